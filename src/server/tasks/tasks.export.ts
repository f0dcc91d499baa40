// XLSX export of a task list, in the columns offices use to report task follow-up.
import { buildXlsxWorkbook, type XlsxColumn } from "../documents/xlsx-table";
import { RECUR_CYCLE_VI } from "./recurrence";
import type { UnitScore } from "./scorecard";
import type { TaskView } from "./tasks.types";

function dateCell(iso: string | null): Date | null {
  return iso ? new Date(`${iso}T00:00:00Z`) : null;
}

const COLUMNS: XlsxColumn[] = [
  { header: "STT", key: "stt", width: 6 },
  { header: "Số hiệu", key: "code", width: 10 },
  { header: "Nhiệm vụ", key: "title", width: 60 },
  { header: "Kế hoạch", key: "plan", width: 30 },
  { header: "Đơn vị chủ trì", key: "lead", width: 28 },
  { header: "Đơn vị phối hợp", key: "coordinators", width: 28 },
  { header: "Thời hạn (theo văn bản)", key: "deadlineText", width: 22 },
  { header: "Hạn hoàn thành", key: "due", width: 14 },
  { header: "Tiến độ (%)", key: "progress", width: 10, numFmt: "0" },
  { header: "Tình trạng", key: "status", width: 22 },
  { header: "Số ngày quá hạn", key: "late", width: 10, numFmt: "0" },
  { header: "Ngày hoàn thành", key: "completed", width: 14 },
  { header: "Kết quả", key: "result", width: 30 },
];

export async function tasksWorkbook(items: TaskView[], title: string): Promise<Buffer> {
  const rows = items.map((t, i) => ({
    stt: i + 1,
    code: t.code ?? "",
    title: t.title,
    plan: `${t.planNumber ? `${t.planNumber} - ` : ""}${t.planTitle}`,
    lead: t.leadUnitName ?? t.leadText ?? "",
    coordinators: t.coordinatorsText ?? "",
    deadlineText:
      t.deadlineKind === "recurring" && t.recurCycle
        ? `${t.deadlineText ?? "Thường xuyên"} (${RECUR_CYCLE_VI[t.recurCycle].toLowerCase()})`
        : (t.deadlineText ?? ""),
    due: dateCell(t.effectiveDue),
    progress: t.effectiveProgress,
    status: t.statusLabel,
    late: t.daysLate || null,
    completed: dateCell(t.effectiveCompletedOn),
    result: t.resultText ?? t.expectedResult ?? "",
  }));
  return buildXlsxWorkbook([{ name: "Nhiệm vụ", title, columns: COLUMNS, rows }]);
}

export async function scorecardWorkbook(scores: UnitScore[], title: string): Promise<Buffer> {
  return buildXlsxWorkbook([
    {
      name: "Xếp hạng đơn vị",
      title,
      columns: [
        { header: "STT", key: "stt", width: 6 },
        { header: "Đơn vị", key: "unit", width: 36 },
        { header: "Tổng số nhiệm vụ", key: "total", width: 12 },
        { header: "Hoàn thành đúng hạn", key: "onTime", width: 12 },
        { header: "Hoàn thành quá hạn", key: "late", width: 12 },
        { header: "Quá hạn chưa hoàn thành", key: "overdue", width: 12 },
        { header: "Đang thực hiện", key: "inProgress", width: 12 },
        { header: "Chưa thực hiện", key: "notStarted", width: 12 },
        { header: "Tỷ lệ đúng hạn (%)", key: "rate", width: 12, numFmt: "0.0" },
        { header: "Số lần đôn đốc", key: "reminders", width: 12 },
      ],
      rows: scores.map((s, i) => ({
        stt: i + 1,
        unit: s.unitName,
        total: s.total,
        onTime: s.counts.done_on_time,
        late: s.counts.done_late,
        overdue: s.counts.overdue,
        inProgress: s.counts.in_progress,
        notStarted: s.counts.not_started,
        rate: s.onTimeRate,
        reminders: s.reminders,
      })),
    },
  ]);
}
