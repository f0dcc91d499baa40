/**
 * A task's status in the government's classification, derived from its dates and progress on
 * every read: nothing stores a status, so a status is never stale.
 *
 *   chưa thực hiện · đang thực hiện · hoàn thành đúng hạn · hoàn thành quá hạn ·
 *   quá hạn chưa hoàn thành · tạm dừng
 *
 * Pure: no I/O, no clock. "today" is passed in (the server's Vietnam calendar day, or a test's).
 */
import { addDays, diffDays } from "../../core/periods/iso-date";

export const TASK_STATUSES = [
  "not_started",
  "in_progress",
  "done_on_time",
  "done_late",
  "overdue",
  "paused",
] as const;
export type TaskStatus = (typeof TASK_STATUSES)[number];

export const TASK_STATUS_VI: Record<TaskStatus, string> = {
  not_started: "Chưa thực hiện",
  in_progress: "Đang thực hiện",
  done_on_time: "Hoàn thành đúng hạn",
  done_late: "Hoàn thành quá hạn",
  overdue: "Quá hạn chưa hoàn thành",
  paused: "Tạm dừng",
};

export interface StatusInput {
  /** Last day allowed ("YYYY-MM-DD", inclusive); null for "theo lộ trình", "thường xuyên" without an open cycle, none. */
  due: string | null;
  /** Day the result was delivered; null while open. */
  completedOn: string | null;
  /** 0..100. */
  progress: number;
  /** Any work reported (a progress update, even at 0%). */
  started: boolean;
  /** Paused by the assigning unit. */
  paused: boolean;
}

/**
 * The rules, in order:
 *  1. completed: on time when completed on or before the due day (or there is no due day), else late;
 *  2. paused (and not completed): paused, even past the due day: the assigning unit stopped the clock;
 *  3. today after the due day: overdue;
 *  4. some progress or a report: in progress; otherwise not started.
 */
export function deriveTaskStatus(input: StatusInput, today: string): TaskStatus {
  if (input.completedOn)
    return input.due === null || input.completedOn <= input.due ? "done_on_time" : "done_late";
  if (input.paused) return "paused";
  if (input.due !== null && today > input.due) return "overdue";
  return input.progress > 0 || input.started ? "in_progress" : "not_started";
}

export function isDone(status: TaskStatus): boolean {
  return status === "done_on_time" || status === "done_late";
}

/** Days from today to the due day: 3 means due in three days, -2 means two days late; null without a due day. */
export function daysLeft(due: string | null, today: string): number | null {
  return due === null ? null : diffDays(today, due);
}

/** Days the task was or is late (0 when on time or without a due day). */
export function daysLate(input: StatusInput, today: string): number {
  if (input.due === null) return 0;
  const end = input.completedOn ?? today;
  return Math.max(0, diffDays(input.due, end));
}

/**
 * A task with subtasks (one per unit after a fan-out, or split by hand) reports what its subtasks
 * did: the average progress, started when any started, completed on the day the last one was
 * completed, only when all are. Its own due day and pause stay its own.
 */
export function rollUp(own: StatusInput, children: readonly StatusInput[]): StatusInput {
  if (children.length === 0) return own;
  const progress = Math.round(
    children.reduce((s, c) => s + (c.completedOn ? 100 : c.progress), 0) / children.length,
  );
  const allDone = children.every((c) => c.completedOn !== null);
  const lastDone = allDone
    ? (children
        .map((c) => c.completedOn as string)
        .sort()
        .at(-1) ?? null)
    : null;
  // When the parent has no due day of its own (a recurring fan-out), the earliest open child's due day counts.
  const childDues = children
    .filter((c) => !c.completedOn && c.due !== null)
    .map((c) => c.due as string)
    .sort();
  return {
    due: own.due ?? childDues[0] ?? null,
    completedOn: own.completedOn ?? lastDone,
    progress: own.completedOn ? 100 : progress,
    started: own.started || children.some((c) => c.started || c.progress > 0 || c.completedOn !== null),
    paused: own.paused,
  };
}

export interface OccurrenceInput {
  dueOn: string;
  completedOn: string | null;
  progress: number;
}

/**
 * A recurring task ("thường xuyên") is reported once per cycle. The task as a whole is due on
 * the earliest cycle still open, so one unreported past cycle makes it overdue until reported.
 * Progress is that cycle's progress; started once any cycle has been reported.
 */
export function recurringInput(
  own: Omit<StatusInput, "due">,
  occurrences: readonly OccurrenceInput[],
): StatusInput {
  const open = occurrences.filter((o) => !o.completedOn).sort((a, b) => (a.dueOn < b.dueOn ? -1 : 1));
  const current = open[0];
  return {
    ...own,
    due: current?.dueOn ?? null,
    progress: own.completedOn ? 100 : (current?.progress ?? own.progress),
    started: own.started || occurrences.some((o) => o.completedOn !== null || o.progress > 0),
  };
}

/** Open, not paused, with a due day within `days` days from today (today counts). */
export function isDueSoon(input: StatusInput, today: string, days: number): boolean {
  if (input.completedOn || input.paused || input.due === null) return false;
  return input.due >= today && input.due <= addDays(today, days);
}
