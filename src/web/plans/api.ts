// Server calls of the plans & tasks capability, and the shapes they answer. Every write
// invalidates the whole plans cache: a progress report changes the task, its plan's roll-up,
// the lists and the scorecard at once.
import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import { api } from "../lib/api";
import type { Id } from "../lib/types";

export const PLANS_KEY = ["plans-cap"] as const;

export const TASK_STATUSES = [
  "not_started",
  "in_progress",
  "done_on_time",
  "done_late",
  "overdue",
  "paused",
] as const;
export type TaskStatus = (typeof TASK_STATUSES)[number];
export type DeadlineKind = "date" | "month" | "quarter" | "year" | "range" | "recurring" | "roadmap" | "none";
export type RecurCycle = "month" | "quarter" | "sixmonth" | "year";
export type Priority = "low" | "normal" | "high" | "urgent";

export interface Deadline {
  kind: DeadlineKind;
  from: string | null;
  to: string | null;
  text: string | null;
}

export interface Occurrence {
  id: Id;
  periodCode: string;
  periodFrom: string;
  periodTo: string;
  dueOn: string;
  progress: number;
  completedOn: string | null;
  resultText: string | null;
  status: TaskStatus;
}

export interface Task {
  id: Id;
  planId: Id;
  parentId: Id | null;
  code: string | null;
  title: string;
  content: string | null;
  section: string | null;
  assignerUnitId: Id;
  assignerUnitName: string;
  leadUnitId: Id | null;
  leadUnitName: string | null;
  leadText: string | null;
  fanOut: boolean;
  coordinatorUnitIds: Id[];
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
  planNumber: string | null;
  planTitle: string;
  childCount: number;
  status: TaskStatus;
  statusLabel: string;
  effectiveDue: string | null;
  daysLeft: number | null;
  daysLate: number;
  effectiveProgress: number;
  effectiveCompletedOn: string | null;
  subtasks: { total: number; byStatus: Partial<Record<TaskStatus, number>> } | null;
  currentOccurrence: Occurrence | null;
}

export interface TaskList {
  items: Task[];
  total: number;
  counts: Partial<Record<TaskStatus, number>>;
}

export interface TaskFile {
  id: Id;
  filename: string;
  contentType: string;
  sizeBytes: number;
}

export interface TaskUpdate {
  id: Id;
  occurrenceId: Id | null;
  kind: string;
  note: string | null;
  progress: number | null;
  resultText: string | null;
  authorName: string;
  at: string;
  files: TaskFile[];
}

export interface Extension {
  id: Id;
  previousDue: string | null;
  requestedDue: string;
  reason: string;
  status: "pending" | "approved" | "rejected";
  requestedByName: string;
  requestedAt: string;
  decidedByName: string | null;
  decidedAt: string | null;
  decisionNote: string | null;
}

export interface Reminder {
  id: Id;
  kind: "due_soon" | "overdue" | "escalation";
  step: number;
  dueOn: string;
  recipients: number;
  emails: number;
  sentAt: string;
  unitName: string;
}

export interface TaskDetail {
  item: Task;
  subtasks: Task[];
  occurrences: Occurrence[];
  updates: TaskUpdate[];
  extensions: Extension[];
  coordinators: Array<{ id: Id; name: string }>;
  reminders: Reminder[];
  can: { update: boolean; manage: boolean };
}

export interface Plan {
  id: Id;
  orgUnitId: Id;
  orgUnitName: string;
  number: string | null;
  docType: string;
  issuedOn: string | null;
  issuer: string | null;
  title: string;
  periodFrom: string | null;
  periodTo: string | null;
  status: "draft" | "active" | "completed" | "cancelled";
  parentPlanId: Id | null;
  implementsRef: string | null;
  version: number;
  taskCount: number;
  progress: number;
  counts: Partial<Record<TaskStatus, number>>;
}

export interface PlanDetail {
  item: Plan;
  ancestors: Plan[];
  children: Plan[];
  files: Array<TaskFile & { kind: string; uploadedAt: string }>;
  sections: Array<{ title: string | null; tasks: Array<Task & { units: Task[] }> }>;
  can: { manage: boolean };
}

export interface ScoreRow {
  unitId: Id;
  unitName: string;
  total: number;
  counts: Record<TaskStatus, number>;
  onTimeRate: number | null;
  overdue: number;
  overdueDays: number;
  reminders: number;
}

export interface Notification {
  id: Id;
  kind: string;
  title: string;
  body: string | null;
  link: string | null;
  taskId: Id | null;
  createdAt: string;
  readAt: string | null;
}

export type TaskView = "mine" | "unit" | "assigned" | "all";

export interface TaskQuery {
  view: TaskView;
  unitId?: Id | null;
  includeSub?: boolean;
  planId?: Id | null;
  status?: TaskStatus[];
  q?: string;
  dueFrom?: string | null;
  dueTo?: string | null;
  level?: "leaves" | "top";
  sort?: "due" | "plan" | "late";
  page?: number;
  pageSize?: number;
}

export function taskQueryParams(q: TaskQuery): Record<string, string | number | undefined> {
  return {
    view: q.view,
    unitId: q.unitId ?? undefined,
    includeSub: q.includeSub ? "true" : undefined,
    planId: q.planId ?? undefined,
    status: q.status?.length ? q.status.join(",") : undefined,
    q: q.q || undefined,
    dueFrom: q.dueFrom ?? undefined,
    dueTo: q.dueTo ?? undefined,
    level: q.level,
    sort: q.sort,
    page: q.page,
    pageSize: q.pageSize,
  };
}

export function useTasks(q: TaskQuery, enabled = true) {
  return useQuery({
    queryKey: [...PLANS_KEY, "tasks", q],
    queryFn: ({ signal }) => api.get<TaskList>("/tasks", taskQueryParams(q), signal),
    enabled,
    placeholderData: (previous) => previous,
  });
}

export function useTask(id: Id) {
  return useQuery({
    queryKey: [...PLANS_KEY, "task", id],
    queryFn: ({ signal }) => api.get<TaskDetail>(`/tasks/${id}`, undefined, signal),
  });
}

export function usePlans(params: { orgUnitId?: Id | null; q?: string; page?: number }) {
  return useQuery({
    queryKey: [...PLANS_KEY, "plans", params],
    queryFn: ({ signal }) =>
      api.get<{ items: Plan[]; total: number }>(
        "/plans",
        {
          orgUnitId: params.orgUnitId ?? undefined,
          q: params.q || undefined,
          page: params.page,
          pageSize: 20,
        },
        signal,
      ),
    placeholderData: (previous) => previous,
  });
}

export function usePlan(id: Id | null) {
  return useQuery({
    queryKey: [...PLANS_KEY, "plan", id],
    queryFn: ({ signal }) => api.get<PlanDetail>(`/plans/${id}`, undefined, signal),
    enabled: id !== null && id > 0,
  });
}

export function useScorecard(unitId: Id | null) {
  return useQuery({
    queryKey: [...PLANS_KEY, "scorecard", unitId],
    queryFn: ({ signal }) =>
      api.get<{ items: ScoreRow[] }>("/tasks/scorecard", { unitId: unitId ?? undefined }, signal),
  });
}

export function useNotifications(unreadOnly: boolean, page: number) {
  return useQuery({
    queryKey: [...PLANS_KEY, "notifications", unreadOnly, page],
    queryFn: ({ signal }) =>
      api.get<{ items: Notification[]; total: number; unread: number }>(
        "/notifications",
        { unread: unreadOnly ? "true" : undefined, page, pageSize: 30 },
        signal,
      ),
    refetchInterval: 60_000,
  });
}

/** A write that refreshes everything this capability shows. */
export function usePlansWrite<TInput, TResult>(run: (input: TInput) => Promise<TResult>) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: run,
    onSuccess: () => queryClient.invalidateQueries({ queryKey: PLANS_KEY }),
  });
}

export function fileUrl(id: Id, inline = false): string {
  return `/api/v1/files/${id}${inline ? "?inline=true" : ""}`;
}

/** The export URL for the same filters as a list (the browser downloads it with the session cookie). */
export function exportUrl(path: string, params: Record<string, string | number | undefined>): string {
  const search = new URLSearchParams();
  for (const [k, v] of Object.entries(params)) if (v !== undefined && v !== "") search.set(k, String(v));
  const s = search.toString();
  return `/api/v1${path}${s ? `?${s}` : ""}`;
}
