// Parts of the regime definition form: the deadline preview, the outline (sections) editor and
// the fields of the consolidated document's template (NĐ 30/2020 header, recipients, signer).
import {
  ActionIcon,
  Button,
  Checkbox,
  Paper,
  SimpleGrid,
  Table,
  Text,
  Textarea,
  TextInput,
  Title,
} from "@mantine/core";
import { useDebouncedValue } from "@mantine/hooks";
import { useQuery } from "@tanstack/react-query";
import type { Dispatch, SetStateAction } from "react";
import { useTranslation } from "react-i18next";
import { ErrorAlert } from "../components/ErrorAlert";
import { api } from "../lib/api";
import { formatDate } from "../lib/format";

export interface SectionDraft {
  key?: string;
  title: string;
  required: boolean;
  maxLength: number;
  guidance: string;
}

export interface TemplateValues {
  issuerCode: string;
  place: string;
  recipients: string;
  signerAuthority: string;
  signerPosition: string;
  signerName: string;
}

export function DeadlinePreview({
  text,
  frequency,
  startDay,
}: {
  text: string;
  frequency: string;
  startDay: number;
}) {
  const { t } = useTranslation();
  const [debounced] = useDebouncedValue(text, 400);
  const preview = useQuery({
    queryKey: ["reports", "deadline-preview", debounced, frequency, startDay],
    queryFn: () =>
      api.post<{ canonical: string; periods: { label: string; dueOn: string }[] }>(
        "/reports/deadline-preview",
        { deadlineText: debounced, frequency, cutoffStartDay: startDay, count: 4 },
      ),
    enabled: debounced.trim().length > 0,
    retry: false,
  });
  if (preview.error) return <ErrorAlert error={preview.error} focus={false} />;
  if (!preview.data) return null;
  return (
    <Text size="sm" c="dimmed" role="status">
      {preview.data.canonical} — {t("reports.regimeForm.preview")}:{" "}
      {preview.data.periods.map((p) => `${p.label}: ${formatDate(p.dueOn)}`).join("; ")}
    </Text>
  );
}

export function SectionsEditor({
  sections,
  setSections,
}: {
  sections: SectionDraft[];
  setSections: Dispatch<SetStateAction<SectionDraft[]>>;
}) {
  const { t } = useTranslation();
  return (
    <Paper withBorder p="md" mb="md" component="section" aria-labelledby="regime-sections">
      <Title order={2} size="h5" id="regime-sections" mb="xs">
        {t("reports.sections")}
      </Title>
      <Table>
        <Table.Tbody>
          {sections.map((s, i) => (
            <Table.Tr key={s.key ?? `new-${i}`}>
              <Table.Td>
                <TextInput
                  aria-label={`${t("reports.regimeForm.sectionTitle")} ${i + 1}`}
                  placeholder={t("reports.regimeForm.sectionTitle")}
                  value={s.title}
                  onChange={(e) => {
                    const v = e.currentTarget.value;
                    setSections((cur) => cur.map((x, k) => (k === i ? { ...x, title: v } : x)));
                  }}
                />
              </Table.Td>
              <Table.Td w={130}>
                <Checkbox
                  label={t("reports.form.required")}
                  checked={s.required}
                  onChange={(e) => {
                    const v = e.currentTarget.checked;
                    setSections((cur) => cur.map((x, k) => (k === i ? { ...x, required: v } : x)));
                  }}
                />
              </Table.Td>
              <Table.Td w={60}>
                <ActionIcon
                  variant="subtle"
                  color="red"
                  aria-label={t("reports.regimeForm.removeSection")}
                  onClick={() => setSections((cur) => cur.filter((_, k) => k !== i))}
                >
                  ×
                </ActionIcon>
              </Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
      <Button
        mt="xs"
        variant="light"
        size="compact-sm"
        onClick={() =>
          setSections((cur) => [...cur, { title: "", required: true, maxLength: 20000, guidance: "" }])
        }
      >
        {t("reports.regimeForm.addSection")}
      </Button>
    </Paper>
  );
}

export function TemplateFields<V extends TemplateValues>({
  values: f,
  set,
}: {
  values: V;
  set: <K extends keyof V>(k: K, v: V[K]) => void;
}) {
  const { t } = useTranslation();
  return (
    <Paper withBorder p="md" mb="md" component="section" aria-labelledby="regime-template">
      <Title order={2} size="h5" id="regime-template" mb="xs">
        {t("reports.regimeForm.template")}
      </Title>
      <SimpleGrid cols={{ base: 1, md: 3 }}>
        <TextInput
          label={t("reports.regimeForm.issuerCode")}
          value={f.issuerCode}
          onChange={(e) => set("issuerCode", e.currentTarget.value.toUpperCase())}
        />
        <TextInput
          label={t("reports.regimeForm.place")}
          value={f.place}
          onChange={(e) => set("place", e.currentTarget.value)}
        />
        <TextInput
          label={t("reports.regimeForm.signerAuthority")}
          value={f.signerAuthority}
          onChange={(e) => set("signerAuthority", e.currentTarget.value)}
        />
        <TextInput
          label={t("reports.regimeForm.signerPosition")}
          value={f.signerPosition}
          onChange={(e) => set("signerPosition", e.currentTarget.value)}
        />
        <TextInput
          label={t("reports.regimeForm.signerName")}
          value={f.signerName}
          onChange={(e) => set("signerName", e.currentTarget.value)}
        />
      </SimpleGrid>
      <Textarea
        mt="sm"
        label={t("reports.regimeForm.recipients")}
        value={f.recipients}
        onChange={(e) => set("recipients", e.currentTarget.value)}
        autosize
        minRows={2}
      />
    </Paper>
  );
}
