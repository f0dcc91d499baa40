import { type DeadlineRule, deadlineFor, defaultHolidayCalendar } from "../../core/calendar";
import {
  addDays,
  isoDateInTimeZone,
  type Period,
  parsePeriod,
  periodForDate,
  periodsBetween,
} from "../../core/periods";
import type { UnitIndex, UnitNode } from "../data/unit-map";
import type { Queryable } from "../db/db";
import { activeChildren } from "./scope";

// Operations panels read straight from the tables of other capabilities (tasks, reports, citizen
// feedback), never through their code: each panel is shown only when its tables exist (probed with
// to_regclass at run time), so the dashboard works whichever of them a deployment has.

export interface UnitCount {
  id: number;
  code: string;
  name: string;
  [k: string]: number | string;
}

export interface TaskPanel {
  byUnit: {
    id: number;
    code: string;
    name: string;
    overdue: number;
    open: number;
    dueSoon: number;
    done: number;
  }[];
  totals: { overdue: number; open: number; dueSoon: number; done: number };
  overdueTasks: {
    id: number;
    title: string;
    unitName: string;
    dueOn: string;
    daysLate: number;
    planNumber: string | null;
  }[];
}

export interface ReportPanel {
  byUnit: {
    id: number;
    code: string;
    name: string;
    onTime: number;
    late: number;
    missing: number;
    expected: number;
  }[];
  totals: { onTime: number; late: number; missing: number; expected: number; onTimeRate: number | null };
  since: string;
}

export interface FeedbackPanel {
  byUnit: {
    id: number;
    code: string;
    name: string;
    total: number;
    onTime: number;
    late: number;
    overdueOpen: number;
  }[];
  totals: { total: number; onTime: number; late: number; overdueOpen: number; onTimeRate: number | null };
  since: string;
}

export async function tableExists(q: Queryable, name: string): Promise<boolean> {
  const [r] = await q.query<{ t: string | null }>("select to_regclass($1)::text as t", [name]);
  return !!r?.t;
}

async function columnsOf(q: Queryable, table: string): Promise<Set<string>> {
  const rows = await q.query<{ c: string }>(
    "select column_name as c from information_schema.columns where table_name = $1",
    [table],
  );
  return new Set(rows.map((r) => r.c));
}

/** The child of `root` a unit belongs under (the unit itself when it is the root). */
function bucketOf(root: UnitNode, children: UnitNode[], path: string): UnitNode | undefined {
  return children.find((c) => path.startsWith(c.path)) ?? (path.startsWith(root.path) ? root : undefined);
}

function bucketRows<T extends Record<string, number>>(
  root: UnitNode,
  children: UnitNode[],
  rows: (T & { path: string })[],
  zero: () => T,
) {
  const out = new Map<number, { id: number; code: string; name: string } & T>();
  for (const r of rows) {
    const b = bucketOf(root, children, r.path);
    if (!b) continue;
    const acc = out.get(b.id) ?? { id: b.id, code: b.code, name: b.name, ...zero() };
    for (const k of Object.keys(zero()) as (keyof T)[]) (acc as Record<keyof T, number>)[k] += Number(r[k]);
    out.set(b.id, acc);
  }
  return [...out.values()];
}

/** Overdue tasks per child unit: leaf tasks led in the subtree, status derived as tasks/task-status.ts does. */
export async function taskPanel(
  q: Queryable,
  root: UnitNode,
  idx: UnitIndex,
  today: string,
): Promise<TaskPanel | null> {
  if (!(await tableExists(q, "task")) || !(await tableExists(q, "plan"))) return null;
  const children = activeChildren(root, idx, today);
  const base = `with leaf as (
      select t.id, t.title, t.lead_unit_id, t.completed_on, t.paused, p.number as plan_number,
             case when t.deadline_kind = 'recurring'
                  then (select min(o.due_on) from task_occurrence o where o.task_id = t.id and o.completed_on is null)
                  else t.due_to end as due
        from task t join plan p on p.id = t.plan_id
       where p.status <> 'cancelled' and t.lead_unit_id is not null
         and not exists (select 1 from task c where c.parent_id = t.id))
    `;
  const rows = await q.query<{ path: string; overdue: number; open: number; dueSoon: number; done: number }>(
    `${base}
     select o.path,
            count(*) filter (where l.completed_on is null and not l.paused and l.due < $2::date)::int as overdue,
            count(*) filter (where l.completed_on is null)::int as open,
            count(*) filter (where l.completed_on is null and not l.paused and l.due >= $2::date and l.due <= $3::date)::int as "dueSoon",
            count(*) filter (where l.completed_on is not null)::int as done
       from leaf l join org_unit o on o.id = l.lead_unit_id
      where o.path like $1 || '%'
      group by o.path`,
    [root.path, today, addDays(today, 7)],
  );
  const overdueTasks = await q.query<{
    id: number;
    title: string;
    unitName: string;
    dueOn: string;
    planNumber: string | null;
  }>(
    `${base}
     select l.id, l.title, o.name as "unitName", l.due as "dueOn", l.plan_number as "planNumber"
       from leaf l join org_unit o on o.id = l.lead_unit_id
      where o.path like $1 || '%' and l.completed_on is null and not l.paused and l.due < $2::date
      order by l.due, l.id limit 50`,
    [root.path, today],
  );
  const byUnit = bucketRows(root, children, rows, () => ({ overdue: 0, open: 0, dueSoon: 0, done: 0 })).sort(
    (a, b) => b.overdue - a.overdue || b.open - a.open,
  );
  const sum = (k: "overdue" | "open" | "dueSoon" | "done") => byUnit.reduce((s, u) => s + u[k], 0);
  return {
    byUnit,
    totals: { overdue: sum("overdue"), open: sum("open"), dueSoon: sum("dueSoon"), done: sum("done") },
    overdueTasks: overdueTasks.map((t) => ({
      ...t,
      daysLate: Math.round((Date.parse(today) - Date.parse(t.dueOn)) / 86_400_000),
    })),
  };
}

interface RegimeRow {
  id: number;
  frequency: string;
  cutoffStartDay: number;
  deadlineRule: DeadlineRule;
  startPeriod: string;
  endPeriod: string | null;
  adhocDue: string | null;
}

/**
 * Report timeliness over the last twelve months of deadlines: every expected report (regime ×
 * period × reporting unit, as NĐ 09 regimes define them) is on time, late, or missing once its
 * deadline has passed. Expected reports are computed from the regimes, as the reports capability
 * does, because a unit that never opened a report leaves no row behind.
 */
export async function reportPanel(
  q: Queryable,
  root: UnitNode,
  idx: UnitIndex,
  today: string,
): Promise<ReportPanel | null> {
  if (
    !(await tableExists(q, "report_regime")) ||
    !(await tableExists(q, "report_submission")) ||
    !(await tableExists(q, "report_regime_unit"))
  )
    return null;
  const since = addDays(today, -365);
  const children = activeChildren(root, idx, today);
  const regimes = await q.query<RegimeRow>(
    `select id, frequency, cutoff_start_day as "cutoffStartDay", deadline_rule as "deadlineRule", start_period as "startPeriod",
            end_period as "endPeriod", adhoc_due as "adhocDue" from report_regime where active`,
  );
  if (regimes.length === 0)
    return { byUnit: [], totals: { onTime: 0, late: 0, missing: 0, expected: 0, onTimeRate: null }, since };
  const members = await q.query<{ regimeId: number; orgUnitId: number }>(
    `select ru.regime_id as "regimeId", ru.org_unit_id as "orgUnitId" from report_regime_unit ru join org_unit o on o.id = ru.org_unit_id
      where o.path like $1 || '%'`,
    [root.path],
  );
  const subs = await q.query<{
    regimeId: number;
    period: string;
    orgUnitId: number;
    firstSubmittedAt: string | null;
    dueOn: string;
  }>(
    `select s.regime_id as "regimeId", s.period, s.org_unit_id as "orgUnitId", s.first_submitted_at as "firstSubmittedAt", s.due_on as "dueOn"
       from report_submission s join org_unit o on o.id = s.org_unit_id where o.path like $1 || '%' and s.due_on >= $2::date`,
    [root.path, since],
  );
  const subOf = new Map(subs.map((s) => [`${s.regimeId}|${s.period}|${s.orgUnitId}`, s]));
  const calendar = defaultHolidayCalendar();
  const counts: { path: string; onTime: number; late: number; missing: number; expected: number }[] = [];
  for (const r of regimes) {
    let periods: Period[];
    try {
      if (r.frequency === "adhoc") periods = [parsePeriod(r.startPeriod)];
      else {
        const first = parsePeriod(r.startPeriod);
        const from = periodForDate(since, first.type);
        const last = periodForDate(today, first.type);
        const start = first.start > from.start ? first : from;
        const end =
          r.endPeriod && parsePeriod(r.endPeriod).start < last.start ? parsePeriod(r.endPeriod) : last;
        periods = start.start <= end.start ? periodsBetween(start, end) : [];
      }
    } catch {
      continue; // a regime this code cannot read is the reports capability's to explain
    }
    for (const p of periods) {
      let due: string;
      try {
        due =
          r.frequency === "adhoc" && r.adhocDue
            ? r.adhocDue
            : deadlineFor(r.deadlineRule, p, calendar, { cutoff: { startDay: r.cutoffStartDay } });
      } catch {
        continue;
      }
      if (due >= today || due < since) continue; // not due yet, or outside the window
      for (const m of members.filter((x) => x.regimeId === r.id)) {
        const u = idx.byId.get(m.orgUnitId);
        if (!u || u.validFrom > p.end || (u.validTo && u.validTo < p.end)) continue;
        const s = subOf.get(`${r.id}|${p.code}|${m.orgUnitId}`);
        const dueOn = s?.dueOn ?? due;
        const sent = s?.firstSubmittedAt ? isoDateInTimeZone(new Date(s.firstSubmittedAt)) : null;
        counts.push({
          path: u.path,
          expected: 1,
          onTime: sent && sent <= dueOn ? 1 : 0,
          late: sent && sent > dueOn ? 1 : 0,
          missing: sent ? 0 : 1,
        });
      }
    }
  }
  const byUnit = bucketRows(root, children, counts, () => ({
    onTime: 0,
    late: 0,
    missing: 0,
    expected: 0,
  })).sort((a, b) => b.missing + b.late - (a.missing + a.late));
  const sum = (k: "onTime" | "late" | "missing" | "expected") => byUnit.reduce((s, u) => s + u[k], 0);
  const expected = sum("expected");
  return {
    byUnit,
    totals: {
      onTime: sum("onTime"),
      late: sum("late"),
      missing: sum("missing"),
      expected,
      onTimeRate: expected ? (100 * sum("onTime")) / expected : null,
    },
    since,
  };
}

/**
 * Citizen-feedback SLA, when a feedback table exists: handled on time, late, and open past the
 * deadline, per child unit over the last twelve months. The column names are discovered, since
 * the feedback capability may name them differently.
 */
export async function feedbackPanel(
  q: Queryable,
  root: UnitNode,
  idx: UnitIndex,
  today: string,
): Promise<FeedbackPanel | null> {
  const table = (await tableExists(q, "feedback"))
    ? "feedback"
    : (await tableExists(q, "feedback_item"))
      ? "feedback_item"
      : null;
  if (!table) return null;
  const cols = await columnsOf(q, table);
  const pick = (names: string[]) => names.find((n) => cols.has(n));
  const unitCol = pick(["assigned_unit_id", "handling_unit_id", "org_unit_id", "unit_id"]);
  const dueCol = pick(["due_at", "due_on", "deadline_at", "deadline", "due_date"]);
  const doneCol = pick(["resolved_at", "closed_at", "answered_at", "completed_at", "done_at"]);
  const createdCol = pick(["created_at", "received_at", "submitted_at"]);
  if (!unitCol || !dueCol || !doneCol || !createdCol) return null;
  const since = addDays(today, -365);
  const children = activeChildren(root, idx, today);
  const rows = await q.query<{
    path: string;
    total: number;
    onTime: number;
    late: number;
    overdueOpen: number;
  }>(
    `select o.path, count(*)::int as total,
            count(*) filter (where f.${doneCol} is not null and f.${doneCol}::date <= f.${dueCol}::date)::int as "onTime",
            count(*) filter (where f.${doneCol} is not null and f.${doneCol}::date > f.${dueCol}::date)::int as late,
            count(*) filter (where f.${doneCol} is null and f.${dueCol}::date < $2::date)::int as "overdueOpen"
       from ${table} f join org_unit o on o.id = f.${unitCol}
      where o.path like $1 || '%' and f.${createdCol}::date >= $3::date
      group by o.path`,
    [root.path, today, since],
  );
  const byUnit = bucketRows(root, children, rows, () => ({
    total: 0,
    onTime: 0,
    late: 0,
    overdueOpen: 0,
  })).sort((a, b) => b.overdueOpen - a.overdueOpen || b.late - a.late);
  const sum = (k: "total" | "onTime" | "late" | "overdueOpen") => byUnit.reduce((s, u) => s + u[k], 0);
  const closed = sum("onTime") + sum("late");
  return {
    byUnit,
    totals: {
      total: sum("total"),
      onTime: sum("onTime"),
      late: sum("late"),
      overdueOpen: sum("overdueOpen"),
      onTimeRate: closed ? (100 * sum("onTime")) / closed : null,
    },
    since,
  };
}

export async function operationsPanels(q: Queryable, root: UnitNode, idx: UnitIndex, today: string) {
  const safe = async <T>(f: () => Promise<T | null>): Promise<T | null> => {
    try {
      return await f();
    } catch {
      // Another capability's schema we could not read: hide the panel rather than fail the dashboard.
      return null;
    }
  };
  return {
    tasks: await safe(() => taskPanel(q, root, idx, today)),
    reports: await safe(() => reportPanel(q, root, idx, today)),
    feedback: await safe(() => feedbackPanel(q, root, idx, today)),
  };
}
