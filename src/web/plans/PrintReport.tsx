// A printable task report (A4, print CSS in plans.css): national heading, title, the date it is
// as of, a summary by status and the tasks, overdue first. For the scope unit, or one plan.
import { Button, Group, Table } from "@mantine/core";
import { useTranslation } from "react-i18next";
import { useSearchParams } from "react-router";
import { useScope } from "../app/scope";
import { ErrorAlert } from "../components/ErrorAlert";
import { formatDate, todayIso } from "../lib/format";
import { parseId } from "../lib/types";
import { TASK_STATUSES, type Task, type TaskStatus, usePlan, useTasks } from "./api";
import { deadlineLabel } from "./TaskBits";

const ORDER: TaskStatus[] = ["overdue", "in_progress", "not_started", "paused", "done_late", "done_on_time"];

export default function PrintReport() {
  const { t } = useTranslation();
  const { unit, unitId } = useScope();
  const [params] = useSearchParams();
  const planId = parseId(params.get("planId"));
  const plan = usePlan(planId);
  const list = useTasks(
    {
      view: "all",
      unitId: planId ? undefined : unitId,
      planId,
      level: "leaves",
      sort: "plan",
      pageSize: 500,
    },
    planId !== null || unitId !== null,
  );
  const items = [...(list.data?.items ?? [])].sort(
    (a, b) => ORDER.indexOf(a.status) - ORDER.indexOf(b.status),
  );
  const counts = list.data?.counts ?? {};
  const total = list.data?.total ?? 0;
  const subject =
    planId && plan.data
      ? `${plan.data.item.number ?? ""} ${plan.data.item.title}`.trim()
      : (unit?.name ?? "");
  return (
    <div className="dh-print">
      <Group justify="flex-end" className="dh-no-print" mb="sm">
        <Button onClick={() => window.print()}>{t("plans.report.print")}</Button>
      </Group>
      <ErrorAlert error={list.error} focus={false} />
      <div className="dh-print-heading">
        <div>
          <div className="dh-print-upper">{unit?.name?.toUpperCase() ?? ""}</div>
        </div>
        <div>
          <div className="dh-print-upper">CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM</div>
          <div className="dh-print-motto">Độc lập - Tự do - Hạnh phúc</div>
        </div>
      </div>
      <h1 className="dh-print-title">{t("plans.report.title")}</h1>
      <p className="dh-print-sub">{subject}</p>
      <p className="dh-print-sub">{t("plans.report.asOf", { date: formatDate(todayIso()) })}</p>
      <h2 className="dh-print-h2">I. {t("plans.report.summary")}</h2>
      <Table withTableBorder withColumnBorders className="dh-print-table">
        <Table.Thead>
          <Table.Tr>
            <Table.Th>{t("plans.score.total")}</Table.Th>
            {TASK_STATUSES.map((s) => (
              <Table.Th key={s}>{t(`plans.status.${s}`)}</Table.Th>
            ))}
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          <Table.Tr>
            <Table.Td>{total}</Table.Td>
            {TASK_STATUSES.map((s) => (
              <Table.Td key={s}>{counts[s] ?? 0}</Table.Td>
            ))}
          </Table.Tr>
        </Table.Tbody>
      </Table>
      <h2 className="dh-print-h2">II. {t("plans.col.task")}</h2>
      <Table withTableBorder withColumnBorders className="dh-print-table">
        <Table.Thead>
          <Table.Tr>
            <Table.Th w={36}>STT</Table.Th>
            <Table.Th>{t("plans.col.task")}</Table.Th>
            <Table.Th w={150}>{t("plans.col.lead")}</Table.Th>
            <Table.Th w={120}>{t("plans.col.deadline")}</Table.Th>
            <Table.Th w={60}>{t("plans.col.progress")}</Table.Th>
            <Table.Th w={120}>{t("plans.col.status")}</Table.Th>
            <Table.Th w={140}>{t("plans.col.result")}</Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {items.map((task: Task, i) => (
            <Table.Tr key={task.id}>
              <Table.Td>{i + 1}</Table.Td>
              <Table.Td>
                {task.code ? `${task.code}. ` : ""}
                {task.title}
              </Table.Td>
              <Table.Td>{task.leadUnitName}</Table.Td>
              <Table.Td>
                {deadlineLabel(task, t)}
                {task.effectiveDue ? ` (${formatDate(task.effectiveDue)})` : ""}
              </Table.Td>
              <Table.Td>{task.effectiveProgress}%</Table.Td>
              <Table.Td>
                {t(`plans.status.${task.status}`)}
                {task.daysLate > 0 && !task.effectiveCompletedOn
                  ? ` (${t("plans.days.late", { count: task.daysLate })})`
                  : ""}
              </Table.Td>
              <Table.Td>{task.resultText ?? ""}</Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </div>
  );
}
