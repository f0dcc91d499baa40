// Reading tasks: lists for "my tasks", a unit's tasks, what a unit assigned, the overdue list;
// one task in detail. Status filters run after the status is derived, so they always agree with
// what the pure rules say today.
import { can, scopePaths } from "../auth/authorize";
import type { Ctx } from "../auth/context";
import { roleAllows } from "../auth/roles";
import type { Queryable } from "../db/db";
import { fail } from "../http/errors";
import { deriveTaskStatus, type TaskStatus } from "./task-status";
import { type TasksEnv, taskError, todayOf } from "./tasks.env";
import {
  getTask,
  listExtensions,
  listTasks,
  listUpdates,
  occurrencesOf,
  type TaskFilter,
} from "./tasks.repo";
import type { TaskRecord, TaskView } from "./tasks.types";
import { decorateTasks } from "./tasks.view";

export type TaskListView = "mine" | "unit" | "assigned" | "all";

export interface TaskListQuery {
  view: TaskListView;
  unitId?: number;
  includeSub?: boolean;
  planId?: number;
  status?: TaskStatus[];
  priority?: string[];
  dueFrom?: string;
  dueTo?: string;
  q?: string;
  /** leaves: each unit's own tasks (subtasks instead of fan-out parents); top: the plan's tasks as assigned. */
  level?: "leaves" | "top";
  sort?: "due" | "plan" | "late";
  limit: number;
  offset: number;
}

export interface TaskListResult {
  items: TaskView[];
  total: number;
  counts: Partial<Record<TaskStatus, number>>;
}

/** Units where the caller holds task.update on the unit itself: "my" units for "my tasks". */
export function ownUnits(ctx: Ctx): number[] {
  return [
    ...new Set(ctx.who.grants.filter((g) => roleAllows(g.role, "task.update")).map((g) => g.orgUnitId)),
  ];
}

async function unitPathOf(q: Queryable, id: number): Promise<string> {
  const [row] = await q.query<{ path: string }>("select path from org_unit where id = $1", [id]);
  if (!row) throw fail("NOT_FOUND", `Không tìm thấy đơn vị có mã số ${id}.`);
  return row.path;
}

export async function listTaskViews(env: TasksEnv, ctx: Ctx, query: TaskListQuery): Promise<TaskListResult> {
  const today = todayOf(env);
  const f: TaskFilter = { readPaths: scopePaths(ctx.who, "read"), planId: query.planId, text: query.q };
  const level = query.level ?? (query.view === "assigned" || query.planId ? "top" : "leaves");
  if (level === "leaves") f.leavesOnly = true;
  else f.topLevel = true;
  if (query.view === "mine") {
    f.leadUnitIds = ownUnits(ctx);
  } else if (query.view === "unit" || query.view === "assigned") {
    if (query.unitId === undefined) throw fail("VALIDATION_FAILED", "Cần chọn đơn vị (unitId).");
    const path = await unitPathOf(env.db, query.unitId);
    if (!can(ctx.who, "read", path)) throw fail("FORBIDDEN");
    if (query.view === "assigned") f.assignerUnitId = query.unitId;
    else if (query.includeSub) f.leadUnderPath = path;
    else f.leadUnitIds = [query.unitId];
  } else if (query.unitId !== undefined) {
    f.leadUnderPath = await unitPathOf(env.db, query.unitId);
  }
  if (f.leadUnitIds && f.leadUnitIds.length === 0) return { items: [], total: 0, counts: {} };
  const rows = await listTasks(env.db, f);
  let views = await decorateTasks(env.db, rows, today);
  if (query.priority?.length) views = views.filter((v) => query.priority?.includes(v.priority));
  if (query.dueFrom)
    views = views.filter((v) => v.effectiveDue !== null && v.effectiveDue >= (query.dueFrom as string));
  if (query.dueTo)
    views = views.filter((v) => v.effectiveDue !== null && v.effectiveDue <= (query.dueTo as string));
  const counts: Partial<Record<TaskStatus, number>> = {};
  for (const v of views) counts[v.status] = (counts[v.status] ?? 0) + 1;
  if (query.status?.length) views = views.filter((v) => query.status?.includes(v.status));
  sortViews(views, query.sort ?? "due");
  return { items: views.slice(query.offset, query.offset + query.limit), total: views.length, counts };
}

function sortViews(views: TaskView[], sort: "due" | "plan" | "late") {
  const dueKey = (v: TaskView) => v.effectiveDue ?? "9999-12-31";
  if (sort === "plan") return;
  if (sort === "late") views.sort((a, b) => b.daysLate - a.daysLate || dueKey(a).localeCompare(dueKey(b)));
  // What needs doing first, by due day: open tasks, then paused ones, then completed ones.
  else views.sort((a, b) => rank(a) - rank(b) || dueKey(a).localeCompare(dueKey(b)) || a.id - b.id);
}

function rank(v: TaskView): number {
  if (v.effectiveCompletedOn) return 2;
  return v.status === "paused" ? 1 : 0;
}

/** The task if the caller may read it (its lead's, assigner's or a coordinator's subtree), else FORBIDDEN. */
export async function readableTask(q: Queryable, ctx: Ctx, id: number): Promise<TaskRecord> {
  const t = await getTask(q, id);
  if (!t) throw taskError.notFound(id);
  const [visible] = await listTasks(q, { ids: [id], readPaths: scopePaths(ctx.who, "read") });
  if (!visible) throw fail("FORBIDDEN");
  return t;
}

export async function taskDetail(env: TasksEnv, ctx: Ctx, id: number) {
  const today = todayOf(env);
  const t = await readableTask(env.db, ctx, id);
  const [item] = await decorateTasks(env.db, [t], today);
  const children = t.childCount > 0 ? await listTasks(env.db, { parentIds: [id], readPaths: null }) : [];
  const subtasks = await decorateTasks(env.db, children, today);
  const occurrences = (await occurrencesOf(env.db, [id])).map((o) => ({
    ...o,
    status: deriveTaskStatus(
      {
        due: o.dueOn,
        completedOn: o.completedOn,
        progress: o.progress,
        started: o.startedOn !== null,
        paused: t.paused,
      },
      today,
    ),
  }));
  const coordinators = t.coordinatorUnitIds.length
    ? await env.db.query<{ id: number; name: string }>(
        "select id, name from org_unit where id = any($1::int[]) order by name",
        [t.coordinatorUnitIds],
      )
    : [];
  const reminders = await env.db.query(
    `select r.id, r.kind, r.step, r.due_on as "dueOn", r.recipients, r.emails, r.sent_at as "sentAt", o.name as "unitName"
       from task_reminder r join org_unit o on o.id = r.org_unit_id where r.task_id = any($1::int[]) order by r.sent_at desc limit 100`,
    [[id, ...children.map((c) => c.id)]],
  );
  return {
    item,
    subtasks,
    occurrences,
    updates: await listUpdates(env.db, [id]),
    extensions: await listExtensions(env.db, id),
    coordinators,
    reminders,
    can: {
      update: t.leadUnitPath !== null && t.childCount === 0 && can(ctx.who, "task.update", t.leadUnitPath),
      manage: can(ctx.who, "plan.manage", t.assignerUnitPath),
    },
  };
}
