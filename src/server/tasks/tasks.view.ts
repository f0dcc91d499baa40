// Turns stored task rows into what the API shows: status, effective due day and progress derived
// on read by the pure rules in task-status.ts (rolled up from subtasks, or from reporting cycles).
import type { Queryable } from "../db/db";
import {
  daysLate,
  daysLeft,
  deriveTaskStatus,
  recurringInput,
  rollUp,
  type StatusInput,
  TASK_STATUS_VI,
  type TaskStatus,
} from "./task-status";
import { listTasks, occurrencesOf } from "./tasks.repo";
import type { OccurrenceRecord, TaskRecord, TaskView } from "./tasks.types";

/** The status input of one task without subtasks. */
export function ownInput(t: TaskRecord, occurrences: readonly OccurrenceRecord[]): StatusInput {
  const base = {
    completedOn: t.completedOn,
    progress: t.progress,
    started: t.startedOn !== null || t.hasUpdates,
    paused: t.paused,
  };
  if (t.deadlineKind === "recurring") return recurringInput(base, occurrences);
  return { ...base, due: t.dueTo };
}

function occurrenceView(o: OccurrenceRecord, paused: boolean, today: string) {
  const status = deriveTaskStatus(
    { due: o.dueOn, completedOn: o.completedOn, progress: o.progress, started: o.startedOn !== null, paused },
    today,
  );
  return { ...o, status };
}

/**
 * Derives everything for `rows`, loading their subtasks and reporting cycles in two queries.
 * Subtasks of subtasks are not rolled up further: fan-outs are one level deep.
 */
export async function decorateTasks(q: Queryable, rows: TaskRecord[], today: string): Promise<TaskView[]> {
  if (rows.length === 0) return [];
  const parents = rows.filter((r) => r.childCount > 0).map((r) => r.id);
  const children = parents.length ? await listTasks(q, { parentIds: parents, readPaths: null }) : [];
  const recurringIds = [...rows, ...children].filter((r) => r.deadlineKind === "recurring").map((r) => r.id);
  const occurrences = await occurrencesOf(q, recurringIds);
  const occByTask = new Map<number, OccurrenceRecord[]>();
  for (const o of occurrences) occByTask.set(o.taskId, [...(occByTask.get(o.taskId) ?? []), o]);
  const kidsByParent = new Map<number, TaskRecord[]>();
  for (const c of children)
    kidsByParent.set(c.parentId as number, [...(kidsByParent.get(c.parentId as number) ?? []), c]);
  return rows.map((t) => viewOf(t, kidsByParent.get(t.id) ?? [], occByTask, today));
}

export function viewOf(
  t: TaskRecord,
  kids: readonly TaskRecord[],
  occByTask: ReadonlyMap<number, OccurrenceRecord[]>,
  today: string,
): TaskView {
  const occ = occByTask.get(t.id) ?? [];
  const own = ownInput(t, occ);
  const kidInputs = kids.map((k) => ownInput(k, occByTask.get(k.id) ?? []));
  const input = rollUp(own, kidInputs);
  const status = deriveTaskStatus(input, today);
  let subtasks: TaskView["subtasks"] = null;
  if (kids.length > 0) {
    const byStatus: Partial<Record<TaskStatus, number>> = {};
    for (const k of kidInputs) {
      const s = deriveTaskStatus(k, today);
      byStatus[s] = (byStatus[s] ?? 0) + 1;
    }
    subtasks = { total: kids.length, byStatus };
  }
  const open = occ.filter((o) => !o.completedOn);
  const current = open[0] ?? occ.at(-1) ?? null;
  return {
    ...t,
    status,
    statusLabel: TASK_STATUS_VI[status],
    effectiveDue: input.due,
    daysLeft: input.completedOn ? null : daysLeft(input.due, today),
    daysLate: daysLate(input, today),
    effectiveProgress: input.progress,
    effectiveCompletedOn: input.completedOn,
    subtasks,
    currentOccurrence: current ? occurrenceView(current, t.paused, today) : null,
  };
}
