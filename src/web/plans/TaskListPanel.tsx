// One task list with its filters: my tasks, my unit's, what my unit assigned, the overdue list.
// Filters: words, status, due-day range, subordinate units; export to Excel with the same filters.
import { Button, Group, MultiSelect, Paper, Switch, Text, TextInput } from "@mantine/core";
import { useDebouncedValue } from "@mantine/hooks";
import { useState } from "react";
import { useTranslation } from "react-i18next";
import { useScope } from "../app/scope";
import { DateInput } from "../components/DateInput";
import { ErrorAlert } from "../components/ErrorAlert";
import { Pager } from "../components/Pager";
import { formatNumber } from "../lib/format";
import {
  exportUrl,
  TASK_STATUSES,
  type TaskQuery,
  type TaskStatus,
  type TaskView,
  taskQueryParams,
  useTasks,
} from "./api";
import { StatusCounts } from "./TaskBits";
import { TaskTable } from "./TaskTable";

const PAGE_SIZE = 25;

export function TaskListPanel({ view, fixedStatus }: { view: TaskView; fixedStatus?: TaskStatus[] }) {
  const { t } = useTranslation();
  const { unitId } = useScope();
  const [text, setText] = useState("");
  const [q] = useDebouncedValue(text.trim(), 300);
  const [status, setStatus] = useState<TaskStatus[]>([]);
  const [includeSub, setIncludeSub] = useState(true);
  const [dueFrom, setDueFrom] = useState<string | null>(null);
  const [dueTo, setDueTo] = useState<string | null>(null);
  const [page, setPage] = useState(1);
  const needsUnit = view === "unit" || view === "assigned";
  const query: TaskQuery = {
    view: fixedStatus ? "all" : view,
    unitId: needsUnit || fixedStatus ? unitId : undefined,
    includeSub: view === "unit" ? includeSub : fixedStatus ? true : undefined,
    status: fixedStatus ?? status,
    q,
    dueFrom,
    dueTo,
    sort: fixedStatus ? "late" : "due",
    page,
    pageSize: PAGE_SIZE,
  };
  const list = useTasks(query, !needsUnit || unitId !== null);
  const reset = () => setPage(1);

  if (needsUnit && unitId === null) return <Text c="dimmed">{t("plans.noUnit")}</Text>;
  return (
    <>
      <Paper withBorder p="sm" mb="sm">
        <Group align="flex-end" gap="sm" wrap="wrap">
          <TextInput
            label={t("plans.filter.search")}
            type="search"
            value={text}
            onChange={(e) => {
              setText(e.currentTarget.value);
              reset();
            }}
            w={260}
          />
          {!fixedStatus && (
            <MultiSelect
              label={t("plans.filter.status")}
              data={TASK_STATUSES.map((s) => ({ value: s, label: t(`plans.status.${s}`) }))}
              value={status}
              onChange={(v) => {
                setStatus(v as TaskStatus[]);
                reset();
              }}
              clearable
              w={300}
            />
          )}
          <DateInput
            label={t("plans.filter.dueFrom")}
            value={dueFrom}
            onChange={(v) => {
              setDueFrom(v);
              reset();
            }}
            w={130}
          />
          <DateInput
            label={t("plans.filter.dueTo")}
            value={dueTo}
            onChange={(v) => {
              setDueTo(v);
              reset();
            }}
            w={130}
          />
          {view === "unit" && (
            <Switch
              label={t("plans.filter.includeSub")}
              checked={includeSub}
              onChange={(e) => {
                setIncludeSub(e.currentTarget.checked);
                reset();
              }}
              mb={6}
            />
          )}
          <Button
            component="a"
            href={exportUrl(
              "/tasks/export",
              taskQueryParams({ ...query, page: undefined, pageSize: undefined }),
            )}
            variant="light"
            ml="auto"
          >
            {t("plans.actions.exportXlsx")}
          </Button>
        </Group>
        <Group mt="xs" gap="sm">
          <Text size="sm" c="dimmed" aria-live="polite">
            {t("common.totalItems", {
              count: list.data?.total ?? 0,
              formatted: formatNumber(list.data?.total ?? 0),
            })}
          </Text>
          {list.data && !fixedStatus && <StatusCounts counts={list.data.counts} />}
        </Group>
      </Paper>
      <ErrorAlert error={list.error} focus={false} />
      <TaskTable tasks={list.data?.items ?? []} />
      <Pager total={list.data?.total ?? 0} pageSize={PAGE_SIZE} page={page} onChange={setPage} />
    </>
  );
}
