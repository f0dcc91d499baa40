// Hệ thống kết nối: system clients with their scope, rate limit, use in the last day, usage log.
import { Badge, Button, Group, Modal, Paper, Table, Text } from "@mantine/core";
import { useState } from "react";
import { useTranslation } from "react-i18next";
import { ErrorAlert } from "../components/ErrorAlert";
import { useNotify } from "../components/notify";
import { formatDateTime, formatNumber } from "../lib/format";
import { type ApiClient, useClients, useClientUsage, useRotateKey } from "./api";
import { ClientDialog } from "./ClientDialog";
import { SecretModal, UnitList } from "./shared";

function UsageModal({ client, onClose }: { client: ApiClient; onClose: () => void }) {
  const { t } = useTranslation();
  const usage = useClientUsage(client.id);
  return (
    <Modal opened onClose={onClose} title={t("exchange.clients.usageTitle", { name: client.name })} size="xl">
      <ErrorAlert error={usage.error} focus={false} />
      <Table.ScrollContainer minWidth={700}>
        <Table striped>
          <Table.Thead>
            <Table.Tr>
              <Table.Th>{t("exchange.clients.at")}</Table.Th>
              <Table.Th>{t("exchange.clients.route")}</Table.Th>
              <Table.Th>{t("exchange.clients.status")}</Table.Th>
              <Table.Th>{t("exchange.clients.duration")}</Table.Th>
              <Table.Th>IP</Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {usage.data?.items.map((u) => (
              <Table.Tr key={u.id}>
                <Table.Td>{formatDateTime(u.at)}</Table.Td>
                <Table.Td className="dh-mono">
                  {u.method} {u.route}
                </Table.Td>
                <Table.Td>
                  <Badge
                    color={u.statusCode < 400 ? "green" : u.statusCode === 429 ? "orange" : "red"}
                    variant="light"
                    size="sm"
                  >
                    {u.statusCode}
                  </Badge>
                </Table.Td>
                <Table.Td>{formatNumber(u.durationMs)} ms</Table.Td>
                <Table.Td className="dh-mono">{u.ip ?? "—"}</Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      </Table.ScrollContainer>
      {usage.data && usage.data.items.length === 0 && (
        <Text size="sm" c="dimmed" ta="center" py="md">
          {t("common.noData")}
        </Text>
      )}
    </Modal>
  );
}

type Dialog =
  | { kind: "form"; client: ApiClient | null }
  | { kind: "usage"; client: ApiClient }
  | { kind: "key"; key: string }
  | null;

export function ClientsPanel() {
  const { t } = useTranslation();
  const notify = useNotify();
  const list = useClients();
  const rotate = useRotateKey();
  const [dialog, setDialog] = useState<Dialog>(null);

  return (
    <>
      <Group justify="space-between" mb="sm">
        <Text size="sm" c="dimmed">
          {t("exchange.clients.intro")}
        </Text>
        <Button onClick={() => setDialog({ kind: "form", client: null })}>
          {t("exchange.clients.create")}
        </Button>
      </Group>
      <ErrorAlert error={list.error ?? rotate.error} focus={!!rotate.error} />
      <Paper withBorder>
        <Table.ScrollContainer minWidth={1000}>
          <Table striped highlightOnHover>
            <Table.Thead>
              <Table.Tr>
                <Table.Th>{t("exchange.clients.name")}</Table.Th>
                <Table.Th>{t("exchange.clients.access")}</Table.Th>
                <Table.Th>{t("exchange.clients.units")}</Table.Th>
                <Table.Th>{t("exchange.clients.indicators")}</Table.Th>
                <Table.Th>{t("exchange.clients.rateLimitShort")}</Table.Th>
                <Table.Th>{t("exchange.clients.requests24h")}</Table.Th>
                <Table.Th>{t("exchange.clients.lastUsed")}</Table.Th>
                <Table.Th>{t("common.actions")}</Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {list.data?.items.map((c) => (
                <Table.Tr key={c.id} style={c.disabled ? { opacity: 0.6 } : undefined}>
                  <Table.Td>
                    <Text size="sm" fw={500}>
                      {c.name}
                    </Text>
                    <Text size="xs" c="dimmed" className="dh-mono">
                      {c.keyPrefix}…
                    </Text>
                    <Group gap={4} mt={2}>
                      {c.federation && (
                        <Badge size="xs" variant="outline">
                          {t("exchange.clients.federationBadge")}
                        </Badge>
                      )}
                      {c.disabled && (
                        <Badge size="xs" color="gray">
                          {t("exchange.clients.disabledBadge")}
                        </Badge>
                      )}
                    </Group>
                  </Table.Td>
                  <Table.Td>
                    <Badge
                      color={c.access === "write" ? "orange" : "blue"}
                      variant="light"
                      size="sm"
                      style={{ whiteSpace: "nowrap", overflow: "visible" }}
                    >
                      {c.access === "write"
                        ? t("exchange.clients.accessWriteShort")
                        : t("exchange.clients.accessRead")}
                    </Badge>
                  </Table.Td>
                  <Table.Td>
                    <UnitList units={c.units} />
                  </Table.Td>
                  <Table.Td>
                    <Text size="xs" className={c.indicators.length ? "dh-mono" : undefined}>
                      {c.indicators.length ? c.indicators.join(", ") : t("exchange.clients.allIndicators")}
                    </Text>
                  </Table.Td>
                  <Table.Td>
                    {t("exchange.clients.perMinute", { n: formatNumber(c.rateLimitPerMinute) })}
                  </Table.Td>
                  <Table.Td>{formatNumber(c.requests24h)}</Table.Td>
                  <Table.Td>{formatDateTime(c.lastUsedAt) || "—"}</Table.Td>
                  <Table.Td>
                    <Group gap={4} wrap="nowrap">
                      <Button
                        size="compact-xs"
                        variant="subtle"
                        onClick={() => setDialog({ kind: "form", client: c })}
                      >
                        {t("common.edit")}
                      </Button>
                      <Button
                        size="compact-xs"
                        variant="subtle"
                        onClick={() => setDialog({ kind: "usage", client: c })}
                      >
                        {t("exchange.clients.usage")}
                      </Button>
                      <Button
                        size="compact-xs"
                        variant="subtle"
                        color="red"
                        loading={rotate.isPending && rotate.variables === c.id}
                        onClick={() => {
                          if (!window.confirm(t("exchange.clients.rotateConfirm", { name: c.name }))) return;
                          rotate.mutate(c.id, {
                            onSuccess: (res) => {
                              notify(t("exchange.clients.rotated"));
                              setDialog({ kind: "key", key: res.apiKey });
                            },
                          });
                        }}
                      >
                        {t("exchange.clients.rotate")}
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
        <ClientDialog
          client={dialog.client}
          onClose={() => setDialog(null)}
          onCreated={(key) => setDialog({ kind: "key", key })}
        />
      )}
      {dialog?.kind === "usage" && <UsageModal client={dialog.client} onClose={() => setDialog(null)} />}
      {dialog?.kind === "key" && (
        <SecretModal
          title={t("exchange.clients.keyTitle")}
          hint={t("exchange.clients.keyHint")}
          secret={dialog.key}
          onClose={() => setDialog(null)}
        />
      )}
    </>
  );
}
