// Đồng bộ: this instance's links to its upper one (lag, queue depth, last error, pause/resume, sync
// now, tasks received) and, for an upper instance, the lower instances that push to it.
import {
  Alert,
  Button,
  Card,
  Group,
  Modal,
  Paper,
  SimpleGrid,
  Stack,
  Table,
  Text,
  Title,
} from "@mantine/core";
import type { TFunction } from "i18next";
import { useState } from "react";
import { useTranslation } from "react-i18next";
import { ErrorAlert } from "../components/ErrorAlert";
import { useNotify } from "../components/notify";
import { formatDateTime, formatNumber } from "../lib/format";
import { type SyncLink, useInboundTasks, useLinkAction, useLinks, usePeers } from "./api";
import { LinkDialog } from "./LinkDialog";
import { StateBadge, UnitList } from "./shared";

function Figure({ label, value, hint }: { label: string; value: string; hint?: string }) {
  return (
    <div>
      <Text size="xs" c="dimmed">
        {label}
      </Text>
      <Text size="lg" fw={600}>
        {value}
      </Text>
      {hint && (
        <Text size="xs" c="dimmed">
          {hint}
        </Text>
      )}
    </div>
  );
}

function lagText(seconds: number, t: TFunction): string {
  if (seconds < 60) return t("exchange.sync.seconds", { n: seconds });
  if (seconds < 3600) return t("exchange.sync.minutes", { n: Math.round(seconds / 60) });
  return t("exchange.sync.hours", { n: formatNumber(seconds / 3600, { maximumFractionDigits: 1 }) });
}

function TasksModal({ link, onClose }: { link: SyncLink; onClose: () => void }) {
  const { t } = useTranslation();
  const tasks = useInboundTasks(link.id);
  return (
    <Modal opened onClose={onClose} title={t("exchange.sync.tasksTitle", { name: link.name })} size="xl">
      <ErrorAlert error={tasks.error} focus={false} />
      <Table striped>
        <Table.Thead>
          <Table.Tr>
            <Table.Th>{t("exchange.sync.task")}</Table.Th>
            <Table.Th>{t("exchange.sync.taskLead")}</Table.Th>
            <Table.Th>{t("exchange.sync.taskDue")}</Table.Th>
            <Table.Th>{t("exchange.sync.taskProgress")}</Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {tasks.data?.items.map((task) => (
            <Table.Tr key={task.remoteId}>
              <Table.Td>
                {task.payload.code && <b>{task.payload.code} </b>}
                {task.payload.title}
                {task.payload.planNumber && (
                  <Text size="xs" c="dimmed">
                    {task.payload.planNumber}
                  </Text>
                )}
              </Table.Td>
              <Table.Td className="dh-mono">{task.payload.leadUnit}</Table.Td>
              <Table.Td>{task.payload.deadlineText ?? task.payload.dueTo ?? "—"}</Table.Td>
              <Table.Td>{task.payload.progress}%</Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
      {tasks.data && tasks.data.items.length === 0 && (
        <Text size="sm" c="dimmed" ta="center" py="md">
          {t("common.noData")}
        </Text>
      )}
    </Modal>
  );
}

function LinkCard({ link, onEdit, onTasks }: { link: SyncLink; onEdit: () => void; onTasks: () => void }) {
  const { t } = useTranslation();
  const notify = useNotify();
  const action = useLinkAction();
  const run = (a: "pause" | "resume" | "run") =>
    action.mutate({ id: link.id, action: a }, { onSuccess: () => notify(t(`exchange.sync.done.${a}`)) });
  return (
    <Card withBorder padding="md">
      <Group justify="space-between" align="flex-start" mb="sm">
        <div>
          <Group gap="xs">
            <Title order={3} size="h5">
              {link.name}
            </Title>
            <StateBadge state={link.state} />
          </Group>
          <Text size="xs" c="dimmed" className="dh-mono">
            {link.upperUrl}
          </Text>
        </div>
        <Group gap={4}>
          {link.paused ? (
            <Button size="xs" onClick={() => run("resume")} loading={action.isPending}>
              {t("exchange.sync.resume")}
            </Button>
          ) : (
            <Button size="xs" variant="default" onClick={() => run("pause")} loading={action.isPending}>
              {t("exchange.sync.pause")}
            </Button>
          )}
          <Button
            size="xs"
            variant="light"
            onClick={() => run("run")}
            disabled={link.paused}
            loading={action.isPending}
          >
            {t("exchange.sync.runNow")}
          </Button>
          <Button size="xs" variant="subtle" onClick={onEdit}>
            {t("common.edit")}
          </Button>
        </Group>
      </Group>
      <ErrorAlert error={action.error} />
      <SimpleGrid cols={{ base: 2, md: 4 }} mb="sm">
        <Figure label={t("exchange.sync.lag")} value={lagText(link.up.lagSeconds, t)} />
        <Figure
          label={t("exchange.sync.queueDepth")}
          value={formatNumber(link.up.queueDepth)}
          hint={t("exchange.sync.queueDepthHint")}
        />
        <Figure
          label={t("exchange.sync.pushed")}
          value={formatNumber(link.up.pushedValues)}
          hint={formatDateTime(link.up.lastPushAt) || undefined}
        />
        <Figure
          label={t("exchange.sync.pulled")}
          value={formatNumber(link.down.pulledValues)}
          hint={t("exchange.sync.downPending", { n: formatNumber(link.down.pending) })}
        />
      </SimpleGrid>
      <Group gap="xl" mb="xs" align="flex-start">
        <div>
          <Text size="xs" c="dimmed">
            {t("exchange.sync.ownedUnits")}
          </Text>
          <UnitList units={link.ownedUnits} />
        </div>
        <div>
          <Text size="xs" c="dimmed">
            {t("exchange.sync.groups")}
          </Text>
          <Text size="xs" className="dh-mono">
            {link.groups.length ? link.groups.join(", ") : t("exchange.sync.allGroups")}
          </Text>
        </div>
        <div>
          <Text size="xs" c="dimmed">
            {t("exchange.sync.lastSuccess")}
          </Text>
          <Text size="xs">{formatDateTime(link.lastSuccessAt) || "—"}</Text>
        </div>
        <Button size="compact-xs" variant="subtle" onClick={onTasks}>
          {t("exchange.sync.tasksButton", { n: link.inboundTasks })}
        </Button>
      </Group>
      {link.lastError && (
        <Alert
          color={link.consecutiveFailures > 0 ? "red" : "gray"}
          variant="light"
          title={t("exchange.sync.lastError", { at: formatDateTime(link.lastErrorAt) })}
        >
          <Text size="sm">{link.lastError}</Text>
          {link.consecutiveFailures > 0 && (
            <Text size="xs" mt={4}>
              {t("exchange.sync.retryAt", {
                n: link.consecutiveFailures,
                at: formatDateTime(link.nextAttemptAt),
              })}
            </Text>
          )}
        </Alert>
      )}
    </Card>
  );
}

export function SyncPanel() {
  const { t } = useTranslation();
  const links = useLinks();
  const peers = usePeers();
  const [dialog, setDialog] = useState<
    { kind: "form"; link: SyncLink | null } | { kind: "tasks"; link: SyncLink } | null
  >(null);
  return (
    <Stack>
      <Group justify="space-between">
        <Text size="sm" c="dimmed" maw={720}>
          {t("exchange.sync.intro")}
        </Text>
        <Button onClick={() => setDialog({ kind: "form", link: null })}>
          {t("exchange.sync.createLink")}
        </Button>
      </Group>
      <ErrorAlert error={links.error} focus={false} />
      {links.data?.items.map((link) => (
        <LinkCard
          key={link.id}
          link={link}
          onEdit={() => setDialog({ kind: "form", link })}
          onTasks={() => setDialog({ kind: "tasks", link })}
        />
      ))}
      {links.data && links.data.items.length === 0 && (
        <Text size="sm" c="dimmed">
          {t("exchange.sync.noLinks")}
        </Text>
      )}
      <Title order={2} size="h5" mt="md">
        {t("exchange.sync.peersTitle")}
      </Title>
      <ErrorAlert error={peers.error} focus={false} />
      <Paper withBorder>
        <Table.ScrollContainer minWidth={800}>
          <Table striped>
            <Table.Thead>
              <Table.Tr>
                <Table.Th>{t("exchange.sync.peer")}</Table.Th>
                <Table.Th>{t("exchange.sync.peerUnits")}</Table.Th>
                <Table.Th>{t("exchange.sync.lastBatch")}</Table.Th>
                <Table.Th>{t("exchange.sync.batches24h")}</Table.Th>
                <Table.Th>{t("exchange.sync.values24h")}</Table.Th>
                <Table.Th>{t("exchange.sync.lastRejected")}</Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {peers.data?.items.map((p) => (
                <Table.Tr key={p.id}>
                  <Table.Td>{p.name}</Table.Td>
                  <Table.Td className="dh-mono">{p.units.join(", ")}</Table.Td>
                  <Table.Td>{formatDateTime(p.lastBatchAt) || "—"}</Table.Td>
                  <Table.Td>{formatNumber(p.batches24h)}</Table.Td>
                  <Table.Td>{formatNumber(p.values24h)}</Table.Td>
                  <Table.Td>{formatDateTime(p.lastRejectedAt) || "—"}</Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        </Table.ScrollContainer>
        {peers.data && peers.data.items.length === 0 && (
          <Text size="sm" c="dimmed" ta="center" py="md">
            {t("exchange.sync.noPeers")}
          </Text>
        )}
      </Paper>
      {dialog?.kind === "form" && <LinkDialog link={dialog.link} onClose={() => setDialog(null)} />}
      {dialog?.kind === "tasks" && <TasksModal link={dialog.link} onClose={() => setDialog(null)} />}
    </Stack>
  );
}
