// The expected reports of a regime (period x unit) with their state, and their completeness and
// timeliness computed from the data itself: how many of the expected figures are in the system,
// and how many were there by the deadline (first entry in the data history). A report counts only
// where it is expected and only for the items it asks for, so no rate can pass 100% (DHIS2 counts
// "complete" clicks, including from units not expected, and its users see rates above 100%).
import type { HolidayCalendar } from "../../core/calendar";
import { isoDateInTimeZone, type Period, periodLabel } from "../../core/periods";
import type { UnitNode } from "../data/unit-map";
import type { Queryable } from "../db/db";
import type { Indicator } from "../indicators/indicators.types";
import { cellState, regimeDueOn, regimeWindow, timelinessOf } from "./regime-rules";
import { cellKey, type Slot, slotsFor } from "./report-scope";
import type { CellState, Regime, Submission, Timeliness } from "./reports.types";
import { listSubmissions } from "./submissions.repo";

export interface MatrixCell {
  period: string;
  unitId: number;
  state: CellState;
  timeliness: Timeliness;
  dueOn: string;
  submissionId: number | null;
  submittedAt: string | null;
  /** Expected items: data cells of the window plus required narrative sections. */
  items: number;
  /** Items holding a value now (any status), and items that held one by the deadline. */
  filled: number;
  timely: number;
}

export interface MatrixPeriod {
  period: string;
  label: string;
  window: { from: string; to: string };
  dueOn: string;
  closed: boolean;
}

/** First time each (indicator, unit, period) got a value, from the data history. */
async function firstFilled(
  q: Queryable,
  unitIds: number[],
  indIds: number[],
  periods: string[],
): Promise<Map<string, string>> {
  const map = new Map<string, string>();
  if (!unitIds.length || !indIds.length || !periods.length) return map;
  const rows = await q.query<{ i: number; u: number; p: string; first: string }>(
    `select indicator_id as i, org_unit_id as u, period as p, min(changed_at) as first
       from data_value_history
      where org_unit_id = any($1::int[]) and indicator_id = any($2::int[]) and period = any($3::text[])
        and (value is not null or (numerator is not null and denominator is not null))
      group by indicator_id, org_unit_id, period`,
    [unitIds, indIds, periods],
  );
  for (const r of rows) map.set(cellKey(r.i, r.u, r.p), isoDateInTimeZone(new Date(r.first)));
  return map;
}

async function filledNow(
  q: Queryable,
  unitIds: number[],
  indIds: number[],
  periods: string[],
): Promise<Set<string>> {
  if (!unitIds.length || !indIds.length || !periods.length) return new Set();
  const rows = await q.query<{ i: number; u: number; p: string }>(
    `select distinct indicator_id as i, org_unit_id as u, period as p from data_value
      where org_unit_id = any($1::int[]) and indicator_id = any($2::int[]) and period = any($3::text[])
        and (value is not null or (numerator is not null and denominator is not null))`,
    [unitIds, indIds, periods],
  );
  return new Set(rows.map((r) => cellKey(r.i, r.u, r.p)));
}

export async function reportMatrix(
  q: Queryable,
  regime: Regime,
  inds: Indicator[],
  periods: Period[],
  units: UnitNode[],
  today: string,
  calendar: HolidayCalendar,
  active: (u: UnitNode, p: Period) => boolean,
): Promise<{ periods: MatrixPeriod[]; cells: MatrixCell[] }> {
  const subs = await listSubmissions(
    q,
    regime.id,
    periods.map((p) => p.code),
  );
  const subOf = new Map<string, Submission>(subs.map((s) => [`${s.period}|${s.orgUnitId}`, s]));
  const slotCache = new Map<string, Slot[]>();
  const slots = (p: Period, u: UnitNode) => {
    const k = `${p.code}|${u.kind}|${u.id}`;
    const cached = slotCache.get(k);
    if (cached) return cached;
    const v = slotsFor(regime, inds, p, u);
    slotCache.set(k, v);
    return v;
  };
  const dataPeriods = new Set<string>();
  for (const p of periods)
    for (const u of units) for (const s of slots(p, u)) for (const dp of s.periods) dataPeriods.add(dp.code);
  const unitIds = units.map((u) => u.id);
  const indIds = inds.filter((i) => !i.formula).map((i) => i.id);
  const [now, first] = await Promise.all([
    filledNow(q, unitIds, indIds, [...dataPeriods]),
    firstFilled(q, unitIds, indIds, [...dataPeriods]),
  ]);
  const required = regime.sections.filter((s) => s.required);
  const outPeriods: MatrixPeriod[] = periods.map((p) => {
    const dueOn = regimeDueOn(regime, p, calendar);
    return {
      period: p.code,
      label: periodLabel(p),
      window: regimeWindow(regime, p),
      dueOn,
      closed: dueOn < today,
    };
  });
  const cells: MatrixCell[] = [];
  periods.forEach((p, pi) => {
    for (const u of units) {
      if (!active(u, p)) continue;
      const s = subOf.get(`${p.code}|${u.id}`);
      const dueOn = s?.firstSubmittedAt ? s.dueOn : outPeriods[pi].dueOn;
      let items = 0;
      let filled = 0;
      let timely = 0;
      for (const sl of slots(p, u))
        for (const dp of sl.periods) {
          const k = cellKey(sl.ind.id, u.id, dp.code);
          items++;
          if (now.has(k)) filled++;
          const f = first.get(k);
          if (f && f <= dueOn) timely++;
        }
      const timeliness = timelinessOf(s?.firstSubmittedAt ?? null, dueOn);
      for (const sec of required) {
        items++;
        if ((s?.narrative[sec.key] ?? "").trim()) {
          filled++;
          if (timeliness === "onTime") timely++;
        }
      }
      cells.push({
        period: p.code,
        unitId: u.id,
        state: cellState(s?.status ?? null, dueOn, today),
        timeliness,
        dueOn,
        submissionId: s?.id ?? null,
        submittedAt: s?.firstSubmittedAt ?? null,
        items,
        filled: Math.min(filled, items),
        timely: Math.min(timely, filled, items),
      });
    }
  });
  return { periods: outPeriods, cells };
}

export interface UnitStats {
  unitId: number;
  expected: number;
  onTime: number;
  late: number;
  missing: number;
  accepted: number;
  awaiting: number;
  returned: number;
  items: number;
  filled: number;
  timely: number;
  completeness: number | null;
  timelinessRate: number | null;
  reportOnTimeRate: number | null;
}

/** Sums over the closed periods (deadline passed) of the cells of one unit, or of all. */
export function summarize(unitId: number, cells: MatrixCell[], closed: Set<string>): UnitStats {
  const mine = cells.filter((c) => closed.has(c.period));
  const count = (f: (c: MatrixCell) => boolean) => mine.filter(f).length;
  const items = mine.reduce((a, c) => a + c.items, 0);
  const filled = mine.reduce((a, c) => a + c.filled, 0);
  const timely = mine.reduce((a, c) => a + c.timely, 0);
  const onTime = count((c) => c.timeliness === "onTime");
  return {
    unitId,
    expected: mine.length,
    onTime,
    late: count((c) => c.timeliness === "late"),
    missing: count((c) => c.timeliness === null),
    accepted: count((c) => c.state === "accepted"),
    awaiting: count((c) => c.state === "submitted"),
    returned: count((c) => c.state === "returned"),
    items,
    filled,
    timely,
    completeness: items ? filled / items : null,
    timelinessRate: items ? timely / items : null,
    reportOnTimeRate: mine.length ? onTime / mine.length : null,
  };
}
