// The scorecard per unit: how each lead unit does on the tasks it leads. The on-time rate counts
// only tasks whose outcome is known today (done on time, done late, or overdue), so a unit is not
// rewarded for tasks whose deadline has not come.
import type { Ctx } from "../auth/context";
import type { TaskStatus } from "./task-status";
import type { TasksEnv } from "./tasks.env";
import { listTaskViews } from "./tasks.query";

export interface UnitScore {
  unitId: number;
  unitName: string;
  total: number;
  counts: Record<TaskStatus, number>;
  /** 0..100, null when no task has reached its deadline yet. */
  onTimeRate: number | null;
  overdue: number;
  /** Sum of days late of the overdue tasks, to rank units with the same count. */
  overdueDays: number;
  reminders: number;
}

const EMPTY: Record<TaskStatus, number> = {
  not_started: 0,
  in_progress: 0,
  done_on_time: 0,
  done_late: 0,
  overdue: 0,
  paused: 0,
};

export function onTimeRate(c: Record<TaskStatus, number>): number | null {
  const decided = c.done_on_time + c.done_late + c.overdue;
  return decided === 0 ? null : Math.round((1000 * c.done_on_time) / decided) / 10;
}

export async function unitScorecard(
  env: TasksEnv,
  ctx: Ctx,
  f: { unitId?: number; planId?: number },
): Promise<UnitScore[]> {
  const { items } = await listTaskViews(env, ctx, {
    view: "all",
    unitId: f.unitId,
    planId: f.planId,
    level: "leaves",
    limit: 1_000_000,
    offset: 0,
  });
  const byUnit = new Map<number, UnitScore>();
  for (const t of items) {
    if (t.leadUnitId === null) continue;
    let s = byUnit.get(t.leadUnitId);
    if (!s) {
      s = {
        unitId: t.leadUnitId,
        unitName: t.leadUnitName ?? "",
        total: 0,
        counts: { ...EMPTY },
        onTimeRate: null,
        overdue: 0,
        overdueDays: 0,
        reminders: 0,
      };
      byUnit.set(t.leadUnitId, s);
    }
    s.total++;
    s.counts[t.status]++;
    if (t.status === "overdue") s.overdueDays += t.daysLate;
  }
  const ids = [...byUnit.keys()];
  if (ids.length) {
    const rows = await env.db.query<{ unitId: number; n: number }>(
      `select org_unit_id as "unitId", count(*)::int as n from task_reminder where org_unit_id = any($1::int[]) group by org_unit_id`,
      [ids],
    );
    for (const r of rows) (byUnit.get(r.unitId) as UnitScore).reminders = r.n;
  }
  const scores = [...byUnit.values()].map((s) => ({
    ...s,
    onTimeRate: onTimeRate(s.counts),
    overdue: s.counts.overdue,
  }));
  return scores.sort(
    (a, b) =>
      (b.onTimeRate ?? -1) - (a.onTimeRate ?? -1) ||
      a.overdue - b.overdue ||
      a.unitName.localeCompare(b.unitName, "vi"),
  );
}
