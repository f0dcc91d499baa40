// One plan as a tree: its chain of documents, its files, its sections and tasks with each unit's
// subtask, every level with its rolled-up progress and status.
import {
  Anchor,
  Breadcrumbs,
  Button,
  FileInput,
  Group,
  Paper,
  Stack,
  Table,
  Text,
  Title,
  UnstyledButton,
} from "@mantine/core";
import { useState } from "react";
import { useTranslation } from "react-i18next";
import { Link, useParams } from "react-router";
import { useScope, withScope } from "../app/scope";
import { ErrorAlert } from "../components/ErrorAlert";
import { useNotify } from "../components/notify";
import { PageHeader } from "../components/PageHeader";
import { apiRequest } from "../lib/api";
import { formatDate } from "../lib/format";
import { parseId } from "../lib/types";
import { exportUrl, fileUrl, type Task, usePlan, usePlansWrite } from "./api";
import { DueCell, ProgressCell, StatusBadge, StatusCounts } from "./TaskBits";

function TaskRow({ task, depth }: { task: Task; depth: number }) {
  const { unitId } = useScope();
  return (
    <Table.Tr>
      <Table.Td className="dh-mono" style={{ paddingLeft: 8 + depth * 20 }}>
        {depth === 0 ? (task.code ?? "") : "↳"}
      </Table.Td>
      <Table.Td>
        <Anchor
          component={Link}
          to={withScope(`/plans/tasks/${task.id}`, unitId)}
          size="sm"
          lineClamp={depth ? 1 : 3}
        >
          {depth ? (task.leadUnitName ?? "") : task.title}
        </Anchor>
      </Table.Td>
      <Table.Td>{depth === 0 && <Text size="sm">{task.leadUnitName ?? task.leadText}</Text>}</Table.Td>
      <Table.Td>
        <DueCell task={task} />
      </Table.Td>
      <Table.Td>
        <ProgressCell value={task.effectiveProgress} status={task.status} />
      </Table.Td>
      <Table.Td>
        <StatusBadge status={task.status} />
      </Table.Td>
    </Table.Tr>
  );
}

function FanOutRows({ task, units }: { task: Task; units: Task[] }) {
  const { t } = useTranslation();
  const [open, setOpen] = useState(false);
  return (
    <>
      <TaskRow task={task} depth={0} />
      <Table.Tr>
        <Table.Td />
        <Table.Td colSpan={5}>
          <UnstyledButton onClick={() => setOpen((o) => !o)} aria-expanded={open}>
            <Group gap={6}>
              <Text size="xs" c="blue">
                {open ? "▾" : "▸"} {t("plans.plans.unitsCount", { count: units.length })}
              </Text>
              {task.subtasks && <StatusCounts counts={task.subtasks.byStatus} />}
            </Group>
          </UnstyledButton>
        </Table.Td>
      </Table.Tr>
      {open && units.map((u) => <TaskRow key={u.id} task={u} depth={1} />)}
    </>
  );
}

function AttachFiles({ planId }: { planId: number }) {
  const { t } = useTranslation();
  const notify = useNotify();
  const [files, setFiles] = useState<File[]>([]);
  const attach = usePlansWrite(async (list: File[]) => {
    const form = new FormData();
    for (const f of list) form.append("files", f);
    return apiRequest(`/plans/${planId}/files`, { method: "POST", body: form });
  });
  return (
    <Group align="flex-end">
      <FileInput
        label={t("plans.plans.attach")}
        multiple
        value={files}
        onChange={setFiles}
        w={320}
        clearable
      />
      <Button
        variant="light"
        disabled={files.length === 0}
        loading={attach.isPending}
        onClick={() =>
          attach.mutate(files, {
            onSuccess: () => {
              setFiles([]);
              notify(t("common.saved"));
            },
          })
        }
      >
        {t("common.save")}
      </Button>
      <ErrorAlert error={attach.error} />
    </Group>
  );
}

export default function PlanTreePage() {
  const { t } = useTranslation();
  const { unitId } = useScope();
  const id = parseId(useParams().planId) ?? 0;
  const plan = usePlan(id);
  const d = plan.data;
  if (!d) return <ErrorAlert error={plan.error} focus={false} />;
  const p = d.item;
  return (
    <>
      <Breadcrumbs mb="xs" separator="›">
        <Anchor component={Link} to={withScope("/plans?tab=plans", unitId)} size="sm">
          {t("plans.tabs.plans")}
        </Anchor>
        {[...d.ancestors].reverse().map((a) => (
          <Anchor key={a.id} component={Link} to={withScope(`/plans/p/${a.id}`, unitId)} size="sm">
            {a.number ?? a.docType}
          </Anchor>
        ))}
        <Text size="sm">{p.number ?? p.docType}</Text>
      </Breadcrumbs>
      <PageHeader
        title={`${t(`plans.docType.${p.docType}`, { defaultValue: p.docType })} ${p.number ?? ""}`.trim()}
        description={p.title}
        actions={
          <>
            <Button component="a" variant="light" href={exportUrl(`/plans/${p.id}/export`, {})}>
              {t("plans.plans.exportPlan")}
            </Button>
            <Button component={Link} variant="light" to={withScope(`/plans/report?planId=${p.id}`, unitId)}>
              {t("plans.actions.print")}
            </Button>
          </>
        }
      />
      <Paper withBorder p="md" mb="md">
        <Group gap="xl" align="flex-start" wrap="wrap">
          <Stack gap={2}>
            <Text size="xs" c="dimmed">
              {t("plans.plans.issuer")}
            </Text>
            <Text size="sm">{p.issuer ?? p.orgUnitName}</Text>
          </Stack>
          <Stack gap={2}>
            <Text size="xs" c="dimmed">
              {t("plans.plans.date")}
            </Text>
            <Text size="sm">{formatDate(p.issuedOn) || "—"}</Text>
          </Stack>
          <Stack gap={2}>
            <Text size="xs" c="dimmed">
              {t("plans.plans.period")}
            </Text>
            <Text size="sm">
              {p.periodFrom || p.periodTo ? `${formatDate(p.periodFrom)} – ${formatDate(p.periodTo)}` : "—"}
            </Text>
          </Stack>
          <Stack gap={2}>
            <Text size="xs" c="dimmed">
              {t("plans.plans.implements")}
            </Text>
            <Text size="sm">{p.implementsRef ?? "—"}</Text>
          </Stack>
          <Stack gap={2} miw={220}>
            <Text size="xs" c="dimmed">
              {t("plans.plans.progress")}
            </Text>
            <ProgressCell
              value={p.progress}
              status={(p.counts.overdue ?? 0) > 0 ? "overdue" : "in_progress"}
            />
            <StatusCounts counts={p.counts} />
          </Stack>
        </Group>
        {d.children.length > 0 && (
          <Text size="sm" mt="sm">
            {t("plans.plans.children")}:{" "}
            {d.children.map((c, i) => (
              <span key={c.id}>
                {i > 0 && "; "}
                <Anchor component={Link} to={withScope(`/plans/p/${c.id}`, unitId)}>
                  {c.number ?? c.title.slice(0, 60)}
                </Anchor>
              </span>
            ))}
          </Text>
        )}
        <Group mt="sm" gap="sm">
          <Text size="sm" c="dimmed">
            {t("plans.plans.files")}:
          </Text>
          {d.files.length === 0 && <Text size="sm">—</Text>}
          {d.files.map((f) => (
            <Anchor key={f.id} href={fileUrl(f.id)} size="sm">
              {f.filename}
            </Anchor>
          ))}
        </Group>
        {d.can.manage && <AttachFiles planId={p.id} />}
      </Paper>
      {d.sections.map((s) => (
        <Paper withBorder mb="md" key={`${s.title}-${s.tasks[0]?.id}`}>
          <Title order={2} size="h5" p="sm" pb={0}>
            {s.title ?? t("plans.plans.noSection")}
          </Title>
          <Table.ScrollContainer minWidth={860}>
            <Table verticalSpacing="xs" highlightOnHover>
              <Table.Thead>
                <Table.Tr>
                  <Table.Th w={80}>{t("plans.col.code")}</Table.Th>
                  <Table.Th>{t("plans.col.task")}</Table.Th>
                  <Table.Th w={190}>{t("plans.col.lead")}</Table.Th>
                  <Table.Th w={160}>{t("plans.col.due")}</Table.Th>
                  <Table.Th w={150}>{t("plans.col.progress")}</Table.Th>
                  <Table.Th w={170}>{t("plans.col.status")}</Table.Th>
                </Table.Tr>
              </Table.Thead>
              <Table.Tbody>
                {s.tasks.map((task) =>
                  task.units.length > 0 ? (
                    <FanOutRows key={task.id} task={task} units={task.units} />
                  ) : (
                    <TaskRow key={task.id} task={task} depth={0} />
                  ),
                )}
              </Table.Tbody>
            </Table>
          </Table.ScrollContainer>
        </Paper>
      ))}
    </>
  );
}
