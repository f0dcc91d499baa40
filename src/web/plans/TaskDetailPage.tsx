// One task: what it asks, who leads, its deadline and status, the units' subtasks, the reporting
// cycles of a recurring task, the history with evidence files, extensions and the reminder log;
// the forms for whoever may act on it.
import {
  Anchor,
  Badge,
  Button,
  Grid,
  Group,
  Paper,
  Stack,
  Table,
  Text,
  Timeline,
  Title,
} from "@mantine/core";
import { useTranslation } from "react-i18next";
import { Link, useNavigate, useParams } from "react-router";
import { useScope, withScope } from "../app/scope";
import { ErrorAlert } from "../components/ErrorAlert";
import { PageHeader } from "../components/PageHeader";
import { formatDate, formatDateTime } from "../lib/format";
import { parseId } from "../lib/types";
import { fileUrl, type TaskDetail, useTask } from "./api";
import { ExtensionDecision, ExtensionRequest, ManageActions, ProgressForm } from "./TaskActions";
import { deadlineLabel, ProgressCell, StatusBadge } from "./TaskBits";
import { TaskTable } from "./TaskTable";

function Field({ label, children }: { label: string; children: React.ReactNode }) {
  return (
    <Stack gap={2}>
      <Text size="xs" c="dimmed">
        {label}
      </Text>
      <div>{children}</div>
    </Stack>
  );
}

function Summary({ d }: { d: TaskDetail }) {
  const { t } = useTranslation();
  const { unitId } = useScope();
  const task = d.item;
  return (
    <Paper withBorder p="md">
      <Grid>
        <Grid.Col span={{ base: 12, md: 6 }}>
          <Stack gap="sm">
            <Field label={t("plans.col.plan")}>
              <Anchor component={Link} to={withScope(`/plans/p/${task.planId}`, unitId)} size="sm">
                {task.planNumber ? `${task.planNumber} · ` : ""}
                {task.planTitle}
              </Anchor>
            </Field>
            {task.section && (
              <Field label={t("plans.col.section")}>
                <Text size="sm">{task.section}</Text>
              </Field>
            )}
            <Field label={t("plans.col.lead")}>
              <Text size="sm" fw={600}>
                {task.leadUnitName ?? task.leadText}
              </Text>
            </Field>
            <Field label={t("plans.col.coordinators")}>
              <Text size="sm">
                {d.coordinators.map((c) => c.name).join("; ") || task.coordinatorsText || "—"}
              </Text>
            </Field>
            <Field label={t("plans.task.assigner")}>
              <Text size="sm">{task.assignerUnitName}</Text>
            </Field>
          </Stack>
        </Grid.Col>
        <Grid.Col span={{ base: 12, md: 6 }}>
          <Stack gap="sm">
            <Field label={t("plans.col.status")}>
              <Group gap="xs">
                <StatusBadge status={task.status} size="md" />
                {task.paused && task.pauseReason && (
                  <Text size="sm">{t("plans.task.paused", { reason: task.pauseReason })}</Text>
                )}
              </Group>
            </Field>
            <Field label={t("plans.col.deadline")}>
              <Text size="sm">
                {deadlineLabel(task, t)}
                {task.effectiveDue && ` — ${formatDate(task.effectiveDue)}`}
              </Text>
              {task.originalDueTo && task.dueTo && task.originalDueTo !== task.dueTo && (
                <Text size="xs" c="dimmed">
                  {t("plans.task.original")}: {formatDate(task.originalDueTo)} ({t("plans.task.extended")})
                </Text>
              )}
            </Field>
            <Field label={t("plans.col.progress")}>
              <ProgressCell value={task.effectiveProgress} status={task.status} />
            </Field>
            <Field label={t("plans.task.expected")}>
              <Text size="sm">{task.expectedResult ?? "—"}</Text>
            </Field>
            {task.resultText && (
              <Field label={t("plans.task.result")}>
                <Text size="sm">
                  {task.resultText} {task.completedOn && `(${formatDate(task.completedOn)})`}
                </Text>
              </Field>
            )}
          </Stack>
        </Grid.Col>
      </Grid>
    </Paper>
  );
}

function History({ d }: { d: TaskDetail }) {
  const { t } = useTranslation();
  if (d.updates.length === 0)
    return (
      <Text size="sm" c="dimmed">
        {t("plans.task.noUpdates")}
      </Text>
    );
  return (
    <Timeline bulletSize={14} lineWidth={2}>
      {d.updates.map((u) => (
        <Timeline.Item
          key={u.id}
          title={
            <Text size="sm" fw={600}>
              {t(`plans.task.update.kind.${u.kind}`, { defaultValue: u.kind })}
              {u.progress !== null ? ` · ${u.progress}%` : ""}
            </Text>
          }
        >
          <Text size="xs" c="dimmed">
            {formatDateTime(u.at)} · {u.authorName}
          </Text>
          {u.note && <Text size="sm">{u.note}</Text>}
          {u.resultText && (
            <Text size="sm">
              {t("plans.task.result")}: {u.resultText}
            </Text>
          )}
          {u.files.map((f) => (
            <Anchor key={f.id} href={fileUrl(f.id)} size="sm" display="block">
              {t("plans.form.files")}: {f.filename} ({Math.max(1, Math.round(f.sizeBytes / 1024))} KB)
            </Anchor>
          ))}
        </Timeline.Item>
      ))}
    </Timeline>
  );
}

export default function TaskDetailPage() {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const id = parseId(useParams().taskId) ?? 0;
  const q = useTask(id);
  const d = q.data;
  if (!d) return <ErrorAlert error={q.error} focus={false} />;
  const task = d.item;
  const pending = d.extensions.find((e) => e.status === "pending");
  return (
    <>
      <PageHeader
        title={`${task.code ? `${task.code}. ` : ""}${task.title.length > 140 ? `${task.title.slice(0, 140)}…` : task.title}`}
        actions={
          <Button variant="subtle" onClick={() => navigate(-1)}>
            {t("plans.task.back")}
          </Button>
        }
      />
      <Stack gap="md">
        {task.title.length > 140 && <Text size="sm">{task.title}</Text>}
        <Summary d={d} />
        {d.subtasks.length > 0 && (
          <div>
            <Title order={2} size="h5" mb="xs">
              {t("plans.task.units")}
            </Title>
            <TaskTable tasks={d.subtasks} showPlan={false} />
          </div>
        )}
        {d.occurrences.length > 0 && (
          <Paper withBorder p="md">
            <Title order={2} size="h5" mb="xs">
              {t("plans.task.cycles")}
            </Title>
            <Table>
              <Table.Tbody>
                {d.occurrences.map((o) => (
                  <Table.Tr key={o.id}>
                    <Table.Td>
                      {t("plans.task.cycle")} {o.periodCode}
                    </Table.Td>
                    <Table.Td>
                      {t("plans.col.due")} {formatDate(o.dueOn)}
                    </Table.Td>
                    <Table.Td>{o.progress}%</Table.Td>
                    <Table.Td>
                      <StatusBadge status={o.status} />
                    </Table.Td>
                    <Table.Td>{o.resultText ?? ""}</Table.Td>
                  </Table.Tr>
                ))}
              </Table.Tbody>
            </Table>
          </Paper>
        )}
        {d.can.update && !task.completedOn && !task.paused && <ProgressForm detail={d} />}
        {d.can.update && !task.completedOn && !pending && (
          <ExtensionRequest taskId={task.id} due={task.effectiveDue} />
        )}
        {d.extensions.length > 0 && (
          <Paper withBorder p="md">
            <Title order={2} size="h5" mb="xs">
              {t("plans.task.extensions")}
            </Title>
            {d.extensions.map((e) => (
              <div key={e.id}>
                <Group gap="xs">
                  <Badge
                    color={e.status === "approved" ? "green" : e.status === "rejected" ? "red" : "yellow"}
                    variant="light"
                  >
                    {t(`plans.ext.${e.status}`)}
                  </Badge>
                  <Text size="sm">
                    {t("plans.ext.from", { from: formatDate(e.previousDue), to: formatDate(e.requestedDue) })}{" "}
                    · {e.requestedByName}: {e.reason}
                  </Text>
                </Group>
                {e.decisionNote && (
                  <Text size="xs" c="dimmed">
                    {e.decidedByName}: {e.decisionNote}
                  </Text>
                )}
                {e.status === "pending" && d.can.manage && <ExtensionDecision taskId={task.id} ext={e} />}
              </div>
            ))}
          </Paper>
        )}
        {d.can.manage && d.subtasks.length === 0 && <ManageActions detail={d} />}
        <Paper withBorder p="md">
          <Title order={2} size="h5" mb="sm">
            {t("plans.task.history")}
          </Title>
          <History d={d} />
        </Paper>
        {d.reminders.length > 0 && (
          <Paper withBorder p="md">
            <Title order={2} size="h5" mb="xs">
              {t("plans.task.reminders")}
            </Title>
            {d.reminders.map((r) => (
              <Text size="sm" key={r.id}>
                {formatDateTime(r.sentAt)} · {t(`plans.task.reminderKind.${r.kind}`)} · {r.unitName} ·{" "}
                {t("plans.col.due")} {formatDate(r.dueOn)}
              </Text>
            ))}
          </Paper>
        )}
      </Stack>
    </>
  );
}
