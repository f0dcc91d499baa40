// Phân tổ: an optional breakdown dimension (e.g. "Giới tính") with its options (code + name).
// The server asks for at least two options when a dimension is set.
import { ActionIcon, Button, Fieldset, Group, Stack, Switch, Text, TextInput } from "@mantine/core";
import { useTranslation } from "react-i18next";
import type { Disaggregation } from "./api";

export interface DisaggregationEditorProps {
  value: Disaggregation | null;
  onChange: (value: Disaggregation | null) => void;
  error?: string;
}

export function DisaggregationEditor({ value, onChange, error }: DisaggregationEditorProps) {
  const { t } = useTranslation();
  const setOption = (index: number, patch: Partial<{ code: string; name: string }>) => {
    if (!value) return;
    onChange({ ...value, options: value.options.map((o, i) => (i === index ? { ...o, ...patch } : o)) });
  };
  return (
    <Stack gap={6}>
      <Switch
        label={t("ind.field.disaggregation")}
        checked={value !== null}
        onChange={(e) =>
          onChange(
            e.currentTarget.checked
              ? {
                  dimension: "",
                  options: [
                    { code: "", name: "" },
                    { code: "", name: "" },
                  ],
                }
              : null,
          )
        }
      />
      {value && (
        <Fieldset legend={t("ind.disagg.legend")} p="sm">
          <Stack gap="xs">
            <TextInput
              label={t("ind.disagg.dimension")}
              placeholder={t("ind.disagg.dimensionPlaceholder")}
              value={value.dimension}
              onChange={(e) => onChange({ ...value, dimension: e.currentTarget.value })}
              data-field="disaggregation"
              w={320}
            />
            {value.options.map((option, index) => (
              // Options have no id of their own until saved; their position is their identity here.
              // biome-ignore lint/suspicious/noArrayIndexKey: see above
              <Group key={index} gap="xs" align="flex-end">
                <TextInput
                  label={index === 0 ? t("ind.disagg.code") : undefined}
                  aria-label={t("ind.disagg.codeN", { n: index + 1 })}
                  value={option.code}
                  onChange={(e) => setOption(index, { code: e.currentTarget.value })}
                  className="dh-mono"
                  w={140}
                />
                <TextInput
                  label={index === 0 ? t("ind.disagg.name") : undefined}
                  aria-label={t("ind.disagg.nameN", { n: index + 1 })}
                  value={option.name}
                  onChange={(e) => setOption(index, { name: e.currentTarget.value })}
                  w={260}
                />
                <ActionIcon
                  variant="subtle"
                  color="red"
                  size="lg"
                  aria-label={t("ind.disagg.removeN", { n: index + 1 })}
                  disabled={value.options.length <= 2}
                  onClick={() => onChange({ ...value, options: value.options.filter((_, i) => i !== index) })}
                >
                  ×
                </ActionIcon>
              </Group>
            ))}
            <Group>
              <Button
                size="compact-sm"
                variant="light"
                onClick={() => onChange({ ...value, options: [...value.options, { code: "", name: "" }] })}
                disabled={value.options.length >= 30}
              >
                {t("ind.disagg.add")}
              </Button>
            </Group>
            {error && (
              <Text size="sm" c="red" role="alert">
                {error}
              </Text>
            )}
          </Stack>
        </Fieldset>
      )}
    </Stack>
  );
}
