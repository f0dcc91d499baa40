// Creating tasks inside a plan, shared by the plan import and by adding a task by hand: a
// collective lead fans out into one subtask per unit, and recurring tasks get their first
// reporting cycles at once.
import { addDays } from "../../core/periods/iso-date";
import type { Queryable } from "../db/db";
import { AppError, type ErrorDetail } from "../http/errors";
import { occurrencesBetween, type RecurCycle } from "./recurrence";
import { insertOccurrences, insertTask, occurrencesOf } from "./tasks.repo";
import type { DeadlineKind, Priority } from "./tasks.types";

export interface TaskInput {
  code: string | null;
  title: string;
  content?: string | null;
  section?: string | null;
  /** The one lead unit; null when the task fans out to `fanOutUnitIds`. */
  leadUnitId: number | null;
  /** Units a collective lead stands for; two or more make a parent with one subtask each. */
  fanOutUnitIds?: number[];
  leadText?: string | null;
  coordinatorUnitIds?: number[];
  coordinatorsText?: string | null;
  deadline: { kind: DeadlineKind; from: string | null; to: string | null; text: string | null };
  recurCycle?: RecurCycle | null;
  recurDueDay?: number | null;
  expectedResult?: string | null;
  priority?: Priority;
  indicatorCodes?: string[];
  targetRefs?: string[];
}

export interface PlanRef {
  id: number;
  orgUnitId: number;
  periodTo: string | null;
}

/** Problems with one task's fields, worded for the row it came from; empty when it can be saved. */
export function taskInputProblems(t: TaskInput, row: number): ErrorDetail[] {
  const out: ErrorDetail[] = [];
  const at = (column: string, message: string) =>
    out.push({ row, column, message: `Nhiệm vụ ${t.code ?? `dòng ${row}`}: ${message}` });
  if (!t.title.trim()) at("title", "chưa có nội dung nhiệm vụ.");
  const fan = t.fanOutUnitIds ?? [];
  if (t.leadUnitId === null && fan.length === 0)
    at("lead", `chưa chọn đơn vị chủ trì${t.leadText ? ` cho "${t.leadText}"` : ""}.`);
  if (t.leadUnitId !== null && fan.length > 0)
    at("lead", "chỉ chọn một đơn vị chủ trì hoặc danh sách đơn vị được giao, không chọn cả hai.");
  const d = t.deadline;
  if (["date", "month", "quarter", "year", "range"].includes(d.kind) && !d.to)
    at("deadline", `chưa có ngày hết hạn cho thời hạn "${d.text ?? d.kind}".`);
  if (d.from && d.to && d.to < d.from) at("deadline", "ngày kết thúc trước ngày bắt đầu.");
  if (t.recurDueDay != null && (t.recurDueDay < 1 || t.recurDueDay > 31))
    at("deadline", "ngày báo cáo trong kỳ phải từ 1 đến 31.");
  return out;
}

/**
 * Creates the task (and its per-unit subtasks when it fans out). Returns the ids created, parent
 * first. Throws IMPORT_INVALID-style details when the input is not savable.
 */
export async function createTaskTree(
  tx: Queryable,
  plan: PlanRef,
  t: TaskInput,
  opts: {
    sortOrder: number;
    parentId?: number | null;
    createdBy: number | null;
    today: string;
    trackFrom?: string;
  },
): Promise<number[]> {
  const problems = taskInputProblems(t, opts.sortOrder + 1);
  if (problems.length) throw new AppError("TASK_INVALID", problems[0].message, problems, 422);
  const fan = [...new Set(t.fanOutUnitIds ?? [])];
  const recurring = t.deadline.kind === "recurring";
  const base = {
    planId: plan.id,
    code: t.code,
    title: t.title.trim(),
    content: t.content ?? null,
    section: t.section ?? null,
    assignerUnitId: plan.orgUnitId,
    leadText: t.leadText ?? null,
    coordinatorUnitIds: [...new Set(t.coordinatorUnitIds ?? [])],
    coordinatorsText: t.coordinatorsText ?? null,
    deadlineKind: t.deadline.kind,
    dueFrom: t.deadline.from,
    dueTo: t.deadline.to,
    deadlineText: t.deadline.text,
    recurCycle: recurring ? (t.recurCycle ?? "quarter") : null,
    recurDueDay: recurring ? (t.recurDueDay ?? null) : null,
    expectedResult: t.expectedResult ?? null,
    priority: t.priority ?? "normal",
    indicatorCodes: t.indicatorCodes ?? [],
    targetRefs: t.targetRefs ?? [],
    createdBy: opts.createdBy,
  };
  const single = fan.length === 1 ? fan[0] : t.leadUnitId;
  const ids: number[] = [];
  if (fan.length <= 1) {
    const id = await insertTask(tx, {
      ...base,
      parentId: opts.parentId ?? null,
      sortOrder: opts.sortOrder,
      leadUnitId: single,
      fanOut: false,
    });
    ids.push(id);
  } else {
    const parentId = await insertTask(tx, {
      ...base,
      parentId: opts.parentId ?? null,
      sortOrder: opts.sortOrder,
      leadUnitId: null,
      fanOut: true,
    });
    ids.push(parentId);
    for (const [i, unitId] of fan.entries())
      ids.push(await insertTask(tx, { ...base, parentId, sortOrder: i, leadUnitId: unitId, fanOut: false }));
  }
  if (recurring) {
    const leaves = fan.length <= 1 ? ids : ids.slice(1);
    for (const id of leaves)
      await ensureOccurrences(
        tx,
        {
          id,
          recurCycle: base.recurCycle as RecurCycle,
          recurDueDay: base.recurDueDay,
          dueTo: base.dueTo,
          planPeriodTo: plan.periodTo,
          startOn: opts.trackFrom ?? opts.today,
        },
        opts.today,
      );
  }
  return ids;
}

/**
 * Adds the reporting cycles a recurring task is missing, from after its last cycle (or its start)
 * up to the cycle holding today, stopping at the task's or the plan's end. Returns how many.
 */
export async function ensureOccurrences(
  tx: Queryable,
  t: {
    id: number;
    recurCycle: RecurCycle;
    recurDueDay: number | null;
    dueTo: string | null;
    planPeriodTo: string | null;
    startOn: string;
  },
  today: string,
): Promise<number> {
  const existing = await occurrencesOf(tx, [t.id]);
  const last = existing.at(-1);
  const from = last ? addDays(last.periodTo, 1) : t.startOn;
  const endOn = t.dueTo ?? t.planPeriodTo;
  const occ = occurrencesBetween({ cycle: t.recurCycle, dueDay: t.recurDueDay }, from, today, endOn);
  return insertOccurrences(tx, t.id, occ);
}
