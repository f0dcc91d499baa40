import type { RecurCycle } from "./recurrence";
import type { TaskStatus } from "./task-status";

export const DEADLINE_KINDS = [
  "date",
  "month",
  "quarter",
  "year",
  "range",
  "recurring",
  "roadmap",
  "none",
] as const;
export type DeadlineKind = (typeof DEADLINE_KINDS)[number];

export const PRIORITIES = ["low", "normal", "high", "urgent"] as const;
export type Priority = (typeof PRIORITIES)[number];

/** A task as stored, with the names of the units and plan it refers to. */
export interface TaskRecord {
  id: number;
  planId: number;
  parentId: number | null;
  code: string | null;
  title: string;
  content: string | null;
  section: string | null;
  sortOrder: number;
  assignerUnitId: number;
  leadUnitId: number | null;
  leadText: string | null;
  fanOut: boolean;
  coordinatorUnitIds: number[];
  coordinatorsText: string | null;
  deadlineKind: DeadlineKind;
  dueFrom: string | null;
  dueTo: string | null;
  deadlineText: string | null;
  originalDueTo: string | null;
  recurCycle: RecurCycle | null;
  recurDueDay: number | null;
  expectedResult: string | null;
  priority: Priority;
  indicatorCodes: string[];
  targetRefs: string[];
  progress: number;
  startedOn: string | null;
  completedOn: string | null;
  resultText: string | null;
  paused: boolean;
  pauseReason: string | null;
  version: number;
  createdAt: string;
  updatedAt: string;
  planNumber: string | null;
  planTitle: string;
  planDocType: string;
  leadUnitName: string | null;
  leadUnitPath: string | null;
  assignerUnitName: string;
  assignerUnitPath: string;
  childCount: number;
  hasUpdates: boolean;
}

export interface OccurrenceRecord {
  id: number;
  taskId: number;
  periodCode: string;
  periodFrom: string;
  periodTo: string;
  dueOn: string;
  progress: number;
  startedOn: string | null;
  completedOn: string | null;
  resultText: string | null;
}

/** What the API answers: the record plus everything derived on read. */
export interface TaskView extends TaskRecord {
  status: TaskStatus;
  statusLabel: string;
  /** The due day that counts now: the task's own, an open cycle's, or the earliest open subtask's. */
  effectiveDue: string | null;
  daysLeft: number | null;
  daysLate: number;
  /** Rolled up from subtasks or the current cycle; the stored progress otherwise. */
  effectiveProgress: number;
  effectiveCompletedOn: string | null;
  subtasks: { total: number; byStatus: Partial<Record<TaskStatus, number>> } | null;
  currentOccurrence: (OccurrenceRecord & { status: TaskStatus }) | null;
}
