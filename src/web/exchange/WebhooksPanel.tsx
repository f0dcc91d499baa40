// Webhook: subscriptions to data and task events (HMAC-signed), with their delivery log.
import {
  Badge,
  Button,
  Checkbox,
  Group,
  Modal,
  Paper,
  Stack,
  Switch,
  Table,
  Text,
  TextInput,
} from "@mantine/core";
import { type FormEvent, useState } from "react";
import { useTranslation } from "react-i18next";
import { ErrorAlert } from "../components/ErrorAlert";
import { formatDateTime, formatNumber } from "../lib/format";
import {
  useDeliveries,
  useRedeliver,
  useSaveWebhook,
  useWebhooks,
  type Webhook,
  type WebhookInput,
} from "./api";
import { SecretModal, StateBadge, UnitCodesPicker } from "./shared";

const EVENTS = ["data_value", "task"] as const;

function WebhookDialog({
  hook,
  onClose,
  onCreated,
}: {
  hook: Webhook | null;
  onClose: () => void;
  onCreated: (secret: string) => void;
}) {
  const { t } = useTranslation();
  const save = useSaveWebhook();
  const [form, setForm] = useState<WebhookInput>(() => ({
    name: hook?.name ?? "",
    url: hook?.url ?? "https://",
    events: hook?.events ?? ["data_value"],
    units: hook?.units.map((u) => u.code) ?? [],
    active: hook?.active ?? true,
  }));
  function submit(event: FormEvent) {
    event.preventDefault();
    save.mutate(
      { id: hook?.id, input: hook ? { ...form, version: hook.version } : form },
      { onSuccess: (res) => (res.secret ? onCreated(res.secret) : onClose()) },
    );
  }
  return (
    <Modal
      opened
      onClose={onClose}
      title={hook ? t("exchange.webhooks.edit") : t("exchange.webhooks.create")}
      size="lg"
    >
      <form onSubmit={submit}>
        <Stack gap="sm">
          <ErrorAlert error={save.error} />
          <TextInput
            label={t("exchange.webhooks.name")}
            required
            maxLength={200}
            value={form.name}
            onChange={(e) => setForm({ ...form, name: e.currentTarget.value })}
          />
          <TextInput
            label={t("exchange.webhooks.url")}
            required
            maxLength={1000}
            value={form.url}
            onChange={(e) => setForm({ ...form, url: e.currentTarget.value })}
          />
          <Checkbox.Group
            label={t("exchange.webhooks.events")}
            value={form.events}
            onChange={(events) => setForm({ ...form, events })}
            required
          >
            <Group mt={4}>
              {EVENTS.map((e) => (
                <Checkbox key={e} value={e} label={t(`exchange.webhooks.event.${e}`)} />
              ))}
            </Group>
          </Checkbox.Group>
          <UnitCodesPicker
            label={t("exchange.webhooks.units")}
            description={t("exchange.webhooks.unitsHint")}
            value={form.units}
            onChange={(units) => setForm({ ...form, units })}
          />
          {hook && (
            <Switch
              label={t("exchange.webhooks.active")}
              checked={!!form.active}
              onChange={(e) => setForm({ ...form, active: e.currentTarget.checked })}
            />
          )}
          <Text size="xs" c="dimmed">
            {t("exchange.webhooks.signatureHelp")}
          </Text>
          <Group justify="flex-end">
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

function DeliveriesModal({ hook, onClose }: { hook: Webhook; onClose: () => void }) {
  const { t } = useTranslation();
  const log = useDeliveries(hook.id);
  const redeliver = useRedeliver();
  return (
    <Modal
      opened
      onClose={onClose}
      title={t("exchange.webhooks.deliveriesTitle", { name: hook.name })}
      size="xl"
    >
      <ErrorAlert error={log.error ?? redeliver.error} focus={false} />
      <Table.ScrollContainer minWidth={800}>
        <Table striped>
          <Table.Thead>
            <Table.Tr>
              <Table.Th>{t("exchange.webhooks.createdAt")}</Table.Th>
              <Table.Th>{t("exchange.webhooks.eventType")}</Table.Th>
              <Table.Th>{t("exchange.webhooks.status")}</Table.Th>
              <Table.Th>{t("exchange.webhooks.attempts")}</Table.Th>
              <Table.Th>{t("exchange.webhooks.lastResult")}</Table.Th>
              <Table.Th>{t("common.actions")}</Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {log.data?.items.map((d) => (
              <Table.Tr key={d.id}>
                <Table.Td>{formatDateTime(d.createdAt)}</Table.Td>
                <Table.Td className="dh-mono">{d.eventType}</Table.Td>
                <Table.Td>
                  <StateBadge state={d.status} />
                </Table.Td>
                <Table.Td>{d.attempts}</Table.Td>
                <Table.Td>
                  <Text size="xs">
                    {d.lastStatusCode ? `HTTP ${d.lastStatusCode}` : ""} {d.lastError ?? ""}
                  </Text>
                  {d.status === "pending" && d.attempts > 0 && (
                    <Text size="xs" c="dimmed">
                      {t("exchange.webhooks.nextAttempt", { at: formatDateTime(d.nextAttemptAt) })}
                    </Text>
                  )}
                </Table.Td>
                <Table.Td>
                  {d.status !== "pending" && (
                    <Button
                      size="compact-xs"
                      variant="subtle"
                      onClick={() => redeliver.mutate({ id: hook.id, deliveryId: d.id })}
                    >
                      {t("exchange.webhooks.redeliver")}
                    </Button>
                  )}
                </Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      </Table.ScrollContainer>
    </Modal>
  );
}

type Dialog =
  | { kind: "form"; hook: Webhook | null }
  | { kind: "log"; hook: Webhook }
  | { kind: "secret"; secret: string }
  | null;

export function WebhooksPanel() {
  const { t } = useTranslation();
  const list = useWebhooks();
  const [dialog, setDialog] = useState<Dialog>(null);
  return (
    <>
      <Group justify="space-between" mb="sm">
        <Text size="sm" c="dimmed" maw={720}>
          {t("exchange.webhooks.intro")}
        </Text>
        <Button onClick={() => setDialog({ kind: "form", hook: null })}>
          {t("exchange.webhooks.create")}
        </Button>
      </Group>
      <ErrorAlert error={list.error} focus={false} />
      <Paper withBorder>
        <Table.ScrollContainer minWidth={900}>
          <Table striped highlightOnHover>
            <Table.Thead>
              <Table.Tr>
                <Table.Th>{t("exchange.webhooks.name")}</Table.Th>
                <Table.Th>{t("exchange.webhooks.events")}</Table.Th>
                <Table.Th>{t("exchange.webhooks.units")}</Table.Th>
                <Table.Th>{t("exchange.webhooks.queue")}</Table.Th>
                <Table.Th>{t("exchange.webhooks.lastDelivered")}</Table.Th>
                <Table.Th>{t("common.actions")}</Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {list.data?.items.map((h) => (
                <Table.Tr key={h.id} style={h.active ? undefined : { opacity: 0.6 }}>
                  <Table.Td>
                    <Text size="sm" fw={500}>
                      {h.name}
                    </Text>
                    <Text size="xs" c="dimmed" className="dh-mono">
                      {h.url}
                    </Text>
                  </Table.Td>
                  <Table.Td>
                    <Group gap={4}>
                      {h.events.map((e) => (
                        <Badge key={e} size="xs" variant="outline">
                          {t(`exchange.webhooks.event.${e}`)}
                        </Badge>
                      ))}
                    </Group>
                  </Table.Td>
                  <Table.Td>
                    <Text size="xs">
                      {h.units.length
                        ? h.units.map((u) => u.code).join(", ")
                        : t("exchange.webhooks.allUnits")}
                    </Text>
                  </Table.Td>
                  <Table.Td>
                    <Text size="xs">
                      {t("exchange.webhooks.queueFigures", {
                        pending: formatNumber(h.pending),
                        failed: formatNumber(h.failed),
                      })}
                    </Text>
                  </Table.Td>
                  <Table.Td>{formatDateTime(h.lastDeliveredAt) || "—"}</Table.Td>
                  <Table.Td>
                    <Group gap={4} wrap="nowrap">
                      <Button
                        size="compact-xs"
                        variant="subtle"
                        onClick={() => setDialog({ kind: "form", hook: h })}
                      >
                        {t("common.edit")}
                      </Button>
                      <Button
                        size="compact-xs"
                        variant="subtle"
                        onClick={() => setDialog({ kind: "log", hook: h })}
                      >
                        {t("exchange.webhooks.log")}
                      </Button>
                    </Group>
                  </Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        </Table.ScrollContainer>
        {list.data && list.data.items.length === 0 && (
          <Text size="sm" c="dimmed" ta="center" py="md">
            {t("common.noData")}
          </Text>
        )}
      </Paper>
      {dialog?.kind === "form" && (
        <WebhookDialog
          hook={dialog.hook}
          onClose={() => setDialog(null)}
          onCreated={(secret) => setDialog({ kind: "secret", secret })}
        />
      )}
      {dialog?.kind === "log" && <DeliveriesModal hook={dialog.hook} onClose={() => setDialog(null)} />}
      {dialog?.kind === "secret" && (
        <SecretModal
          title={t("exchange.webhooks.secretTitle")}
          hint={t("exchange.webhooks.secretHint")}
          secret={dialog.secret}
          onClose={() => setDialog(null)}
        />
      )}
    </>
  );
}
