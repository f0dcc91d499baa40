// Register or edit a system client: scope (read or write; which units and indicators), rate limit,
// and for a lower dieuhanh instance the data groups shared down to it.
import {
  Button,
  Checkbox,
  Group,
  Modal,
  NumberInput,
  SegmentedControl,
  Stack,
  Switch,
  Text,
  Textarea,
  TextInput,
} from "@mantine/core";
import { type FormEvent, useState } from "react";
import { useTranslation } from "react-i18next";
import { ErrorAlert } from "../components/ErrorAlert";
import { type ApiClient, type ClientInput, useSaveClient } from "./api";
import { GroupCodesPicker, IndicatorCodesPicker, UnitCodesPicker } from "./shared";

export function ClientDialog({
  client,
  onClose,
  onCreated,
}: {
  client: ApiClient | null;
  onClose: () => void;
  onCreated: (key: string) => void;
}) {
  const { t } = useTranslation();
  const save = useSaveClient();
  const [form, setForm] = useState<ClientInput>(() => ({
    name: client?.name ?? "",
    description: client?.description ?? "",
    access: client?.access ?? "read",
    units: client?.units.map((u) => u.code) ?? [],
    indicators: client?.indicators ?? [],
    rateLimitPerMinute: client?.rateLimitPerMinute ?? 600,
    federation: client?.federation ?? false,
    downGroups: client?.downGroups ?? [],
    disabled: client?.disabled ?? false,
  }));
  const set =
    <K extends keyof ClientInput>(key: K) =>
    (value: ClientInput[K]) =>
      setForm((f) => ({ ...f, [key]: value }));

  function submit(event: FormEvent) {
    event.preventDefault();
    const input: ClientInput = { ...form, description: form.description?.trim() || null };
    if (client) input.version = client.version;
    else delete input.disabled;
    save.mutate(
      { id: client?.id, input },
      {
        onSuccess: (res) => {
          if (res.apiKey) onCreated(res.apiKey);
          else onClose();
        },
      },
    );
  }

  return (
    <Modal
      opened
      onClose={onClose}
      title={client ? t("exchange.clients.edit") : t("exchange.clients.create")}
      size="lg"
    >
      <form onSubmit={submit}>
        <Stack gap="sm">
          <ErrorAlert error={save.error} />
          <TextInput
            label={t("exchange.clients.name")}
            required
            value={form.name}
            onChange={(e) => set("name")(e.currentTarget.value)}
            maxLength={200}
          />
          <Textarea
            label={t("exchange.clients.description")}
            value={form.description ?? ""}
            onChange={(e) => set("description")(e.currentTarget.value)}
            maxLength={1000}
            autosize
            minRows={2}
          />
          <div>
            <Text size="sm" fw={500} mb={4}>
              {t("exchange.clients.access")}
            </Text>
            <SegmentedControl
              value={form.access}
              onChange={(v) => set("access")(v as "read" | "write")}
              data={[
                { value: "read", label: t("exchange.clients.accessRead") },
                { value: "write", label: t("exchange.clients.accessWrite") },
              ]}
            />
          </div>
          <UnitCodesPicker
            label={t("exchange.clients.units")}
            description={t("exchange.clients.unitsHint")}
            required
            value={form.units}
            onChange={set("units")}
          />
          <IndicatorCodesPicker
            label={t("exchange.clients.indicators")}
            description={t("exchange.clients.indicatorsHint")}
            value={form.indicators}
            onChange={set("indicators")}
          />
          <NumberInput
            label={t("exchange.clients.rateLimit")}
            min={1}
            max={100000}
            value={form.rateLimitPerMinute}
            onChange={(v) => set("rateLimitPerMinute")(Number(v) || 1)}
          />
          <Checkbox
            label={t("exchange.clients.federation")}
            description={t("exchange.clients.federationHint")}
            checked={!!form.federation}
            onChange={(e) => {
              const on = e.currentTarget.checked;
              // A lower instance pushes after every local write: a larger allowance by default.
              setForm((f) => ({
                ...f,
                federation: on,
                rateLimitPerMinute: on && f.rateLimitPerMinute === 600 ? 6000 : f.rateLimitPerMinute,
              }));
            }}
          />
          {form.federation && (
            <GroupCodesPicker
              label={t("exchange.clients.downGroups")}
              description={t("exchange.clients.downGroupsHint")}
              value={form.downGroups ?? []}
              onChange={set("downGroups")}
            />
          )}
          {client && (
            <Switch
              label={t("exchange.clients.disabled")}
              checked={!!form.disabled}
              onChange={(e) => set("disabled")(e.currentTarget.checked)}
            />
          )}
          <Group justify="flex-end" mt="sm">
            <Button variant="default" onClick={onClose}>
              {t("common.cancel")}
            </Button>
            <Button type="submit" loading={save.isPending}>
              {t("common.save")}
            </Button>
          </Group>
        </Stack>
      </form>
    </Modal>
  );
}
