// Plan import, step two: review and edit the draft. The plan's header fields, the reader's
// warnings, unit names that matched nothing (map them once for all tasks), and the tasks table
// (title, lead unit, deadline, result; remove a row). Save sends it all in one request.
import {
  Alert,
  Badge,
  Button,
  Group,
  List,
  Paper,
  Select,
  Stack,
  Table,
  Text,
  Textarea,
  TextInput,
  Title,
} from "@mantine/core";
import { useState } from "react";
import { useTranslation } from "react-i18next";
import { DateInput } from "../components/DateInput";
import { ErrorAlert } from "../components/ErrorAlert";
import { UnitSelect } from "../components/UnitSelect";
import { api, isApiError } from "../lib/api";
import type { Id, OrgUnit } from "../lib/types";
import { type Deadline, type DeadlineKind, type RecurCycle, usePlansWrite } from "./api";
import {
  blockingTasks,
  confirmPayload,
  type DraftTask,
  fillMissingDeadlines,
  type ImportDraft,
  mapName,
} from "./import-model";

const CYCLES: RecurCycle[] = ["month", "quarter", "sixmonth", "year"];
const KINDS: DeadlineKind[] = ["date", "month", "quarter", "year", "range", "recurring", "roadmap", "none"];

interface Props {
  draft: ImportDraft;
  units: OrgUnit[];
  orgUnitId: Id;
  onBack: () => void;
  onSaved: (planId: Id, count: number) => void;
}

export function ImportReview({ draft: initial, units, orgUnitId, onBack, onSaved }: Props) {
  const { t } = useTranslation();
  const [draft, setDraft] = useState(initial);
  const [mapped, setMapped] = useState<Record<string, Id | null>>({});
  const setPlan = (patch: Partial<ImportDraft["plan"]>) =>
    setDraft((d) => ({ ...d, plan: { ...d.plan, ...patch } }));
  const setTask = (key: string, patch: Partial<DraftTask>) =>
    setDraft((d) => ({ ...d, tasks: d.tasks.map((x) => (x.key === key ? { ...x, ...patch } : x)) }));
  const setDeadline = (key: string, patch: Partial<Deadline>) =>
    setDraft((d) => ({
      ...d,
      tasks: d.tasks.map((x) => (x.key === key ? { ...x, deadline: { ...x.deadline, ...patch } } : x)),
    }));
  const save = usePlansWrite(() =>
    api.post<{ item: { id: Id }; tasks: number }>("/plans/import/confirm", confirmPayload(draft, orgUnitId)),
  );
  const blocking = blockingTasks(draft.tasks);
  const leadNames = draft.unmatched.filter((n) => !n.coordinatorOnly);
  const otherNames = draft.unmatched.filter((n) => n.coordinatorOnly);

  return (
    <Stack gap="md">
      <Paper withBorder p="md">
        <Title order={2} size="h5" mb="sm">
          {t("plans.imp.tasksFound", { count: draft.tasks.length })}
        </Title>
        <Group align="flex-end" wrap="wrap">
          <TextInput
            label={t("plans.plans.number")}
            value={draft.plan.number ?? ""}
            onChange={(e) => setPlan({ number: e.currentTarget.value })}
            w={170}
            name="planNumber"
          />
          <TextInput
            label={t("plans.plans.type")}
            value={draft.plan.docType}
            onChange={(e) => setPlan({ docType: e.currentTarget.value })}
            w={90}
          />
          <DateInput
            label={t("plans.plans.date")}
            value={draft.plan.issuedOn}
            onChange={(v) => setPlan({ issuedOn: v })}
            w={140}
          />
          <TextInput
            label={t("plans.plans.issuer")}
            value={draft.plan.issuer ?? ""}
            onChange={(e) => setPlan({ issuer: e.currentTarget.value })}
            w={260}
          />
          <DateInput
            label={`${t("plans.plans.period")} (${t("plans.imp.dueFrom")})`}
            value={draft.plan.periodFrom}
            onChange={(v) => setPlan({ periodFrom: v })}
            w={150}
          />
          <DateInput
            label={t("plans.imp.dueTo")}
            value={draft.plan.periodTo}
            onChange={(v) => setPlan({ periodTo: v })}
            w={140}
          />
          <TextInput
            label={t("plans.plans.implements")}
            value={draft.plan.implementsRef ?? ""}
            onChange={(e) => setPlan({ implementsRef: e.currentTarget.value })}
            w={170}
          />
        </Group>
        <Textarea
          label={t("plans.plans.titleField")}
          value={draft.plan.title}
          onChange={(e) => setPlan({ title: e.currentTarget.value })}
          autosize
          minRows={2}
          mt="sm"
          required
          name="planTitle"
        />
        {draft.plan.parentPlanLabel && (
          <Text size="sm" mt="xs" c="green.8">
            {t("plans.imp.parentFound", { label: draft.plan.parentPlanLabel })}
          </Text>
        )}
      </Paper>

      {draft.warnings.length > 0 && (
        <Alert color="yellow" title={t("plans.imp.warnings")}>
          <List size="sm">
            {draft.warnings.map((w) => (
              <List.Item key={`${w.line}-${w.message}`}>{w.message}</List.Item>
            ))}
          </List>
        </Alert>
      )}

      {draft.unmatched.length > 0 && (
        <Paper withBorder p="md">
          <Title order={2} size="h5">
            {t("plans.imp.unmatched")}
          </Title>
          <Text size="sm" c="dimmed" mb="sm">
            {t("plans.imp.unmatchedHint")}
          </Text>
          <Stack gap="xs">
            {[...leadNames, ...otherNames].map((n) => (
              <Group key={n.name} align="flex-end">
                <Text size="sm" w={360} fw={n.coordinatorOnly ? 400 : 600}>
                  {n.name}
                  {n.coordinatorOnly && (
                    <Text span size="xs" c="dimmed">
                      {" "}
                      ({t("plans.imp.coordinatorOnly")})
                    </Text>
                  )}
                </Text>
                {!n.coordinatorOnly && (
                  <UnitSelect
                    aria-label={`${t("plans.imp.mapTo")}: ${n.name}`}
                    placeholder={n.suggestions[0] ? n.suggestions[0].name : t("plans.imp.mapTo")}
                    units={units}
                    value={mapped[n.name] ?? null}
                    onChange={(id) => {
                      setMapped((m) => ({ ...m, [n.name]: id }));
                      setDraft((d) => ({ ...d, tasks: mapName(d.tasks, n.name, id) }));
                    }}
                    w={360}
                  />
                )}
              </Group>
            ))}
          </Stack>
        </Paper>
      )}

      <Paper withBorder>
        <Group p="sm" justify="space-between">
          <Button
            size="xs"
            variant="light"
            disabled={!draft.plan.periodTo}
            onClick={() =>
              setDraft((d) => ({
                ...d,
                tasks: fillMissingDeadlines(d.tasks, d.plan.periodTo, t("plans.imp.dueTo")),
              }))
            }
          >
            {t("plans.imp.fillDeadline")}
          </Button>
        </Group>
        <Table.ScrollContainer minWidth={1100}>
          <Table verticalSpacing="xs" className="dh-import-table">
            <Table.Thead>
              <Table.Tr>
                <Table.Th w={70}>{t("plans.col.code")}</Table.Th>
                <Table.Th>{t("plans.col.task")}</Table.Th>
                <Table.Th w={260}>{t("plans.col.lead")}</Table.Th>
                <Table.Th w={250}>{t("plans.col.deadline")}</Table.Th>
                <Table.Th w={200}>{t("plans.col.result")}</Table.Th>
                <Table.Th w={60} />
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {draft.tasks.map((task) => (
                <Table.Tr
                  key={task.key}
                  data-draft-key={task.key}
                  className={
                    task.leadUnitId === null && task.fanOutUnitIds.length === 0 ? "dh-row-problem" : undefined
                  }
                >
                  <Table.Td>
                    <TextInput
                      size="xs"
                      value={task.code ?? ""}
                      onChange={(e) => setTask(task.key, { code: e.currentTarget.value || null })}
                      aria-label={t("plans.col.code")}
                    />
                  </Table.Td>
                  <Table.Td>
                    <Textarea
                      size="xs"
                      value={task.title}
                      onChange={(e) => setTask(task.key, { title: e.currentTarget.value })}
                      autosize
                      minRows={1}
                      maxRows={5}
                      aria-label={t("plans.col.task")}
                    />
                    {task.problems.length > 0 && (
                      <Text size="xs" c="orange.8" mt={2}>
                        {task.problems.join(" ")}
                      </Text>
                    )}
                  </Table.Td>
                  <Table.Td>
                    {task.fanOutUnitIds.length > 1 ? (
                      <Stack gap={2}>
                        <Text size="xs">{task.leadText}</Text>
                        <Badge variant="light" size="sm">
                          {t("plans.imp.fanOut", { count: task.fanOutUnitIds.length })}
                        </Badge>
                      </Stack>
                    ) : (
                      <UnitSelect
                        size="xs"
                        units={units}
                        value={task.leadUnitId ?? task.fanOutUnitIds[0] ?? null}
                        onChange={(id) => setTask(task.key, { leadUnitId: id, fanOutUnitIds: [] })}
                        placeholder={task.leadText ?? t("plans.imp.leadPick")}
                        aria-label={t("plans.col.lead")}
                        error={task.leadUnitId === null && task.fanOutUnitIds.length === 0}
                      />
                    )}
                  </Table.Td>
                  <Table.Td>
                    <Group gap={4} wrap="nowrap">
                      <Select
                        size="xs"
                        w={130}
                        data={KINDS.map((k) => ({ value: k, label: t(`plans.kind.${k}`) }))}
                        value={task.deadline.kind}
                        onChange={(v) =>
                          v &&
                          setDeadline(task.key, {
                            kind: v as DeadlineKind,
                            ...(v === "recurring" || v === "roadmap" || v === "none"
                              ? { from: null, to: null }
                              : {}),
                          })
                        }
                        aria-label={t("plans.col.deadline")}
                        allowDeselect={false}
                      />
                      {!["recurring", "roadmap", "none"].includes(task.deadline.kind) && (
                        <DateInput
                          size="xs"
                          w={120}
                          value={task.deadline.to}
                          onChange={(v) =>
                            setDeadline(task.key, {
                              to: v,
                              from: task.deadline.kind === "date" ? v : task.deadline.from,
                            })
                          }
                          aria-label={t("plans.col.due")}
                        />
                      )}
                      {task.deadline.kind === "recurring" && (
                        <Select
                          size="xs"
                          w={110}
                          data={CYCLES.map((c) => ({ value: c, label: t(`plans.cycle.${c}`) }))}
                          value={task.recurCycle ?? "quarter"}
                          onChange={(v) => v && setTask(task.key, { recurCycle: v as RecurCycle })}
                          aria-label={t("plans.imp.cycle")}
                          allowDeselect={false}
                        />
                      )}
                    </Group>
                    <Text size="xs" c="dimmed">
                      {task.deadline.text}
                    </Text>
                  </Table.Td>
                  <Table.Td>
                    <Textarea
                      size="xs"
                      value={task.expectedResult ?? ""}
                      onChange={(e) => setTask(task.key, { expectedResult: e.currentTarget.value || null })}
                      autosize
                      minRows={1}
                      maxRows={3}
                      aria-label={t("plans.col.result")}
                    />
                  </Table.Td>
                  <Table.Td>
                    <Button
                      size="compact-xs"
                      variant="subtle"
                      color="red"
                      onClick={() =>
                        setDraft((d) => ({ ...d, tasks: d.tasks.filter((x) => x.key !== task.key) }))
                      }
                      aria-label={`${t("plans.imp.remove")} ${task.code ?? ""}`}
                    >
                      ✕
                    </Button>
                  </Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        </Table.ScrollContainer>
      </Paper>

      <ErrorAlert error={save.error} />
      {isApiError(save.error, "IMPORT_INVALID") && (
        <List size="sm" c="red.8">
          {save.error.details.map((d) => (
            <List.Item key={`${d.row}-${d.column}-${d.message}`}>{String(d.message ?? "")}</List.Item>
          ))}
        </List>
      )}
      <Group>
        <Button variant="default" onClick={onBack}>
          {t("plans.imp.back")}
        </Button>
        <Button
          onClick={() => save.mutate(undefined, { onSuccess: (r) => onSaved(r.item.id, r.tasks) })}
          loading={save.isPending}
          disabled={draft.tasks.length === 0 || blocking.length > 0 || !draft.plan.title.trim()}
        >
          {t("plans.imp.confirm")}
        </Button>
        {blocking.length > 0 && (
          <Text size="sm" c="orange.8">
            {t("plans.imp.problems")}: {blocking.map((b) => b.code ?? b.key).join(", ")}
          </Text>
        )}
      </Group>
    </Stack>
  );
}
