import { type Period, periodLabel, samePeriodLastYear } from "../../core/periods";
import { TARGET_STATUS_LABELS_VI, type TargetStatus } from "../../core/targets";
import type { Principal } from "../auth/principal";
import { type AnalyticsRow, runAnalytics } from "../data/analytics";
import type { UnitIndex } from "../data/unit-map";
import type { Queryable } from "../db/db";
import { listIndicators } from "../indicators/indicators.repo";
import type { Indicator } from "../indicators/indicators.types";
import { listTargets } from "../targets/targets.repo";
import { activeChildren, lastCompletePeriod, resolveAsOf, resolveScope, trailingPeriods } from "./scope";
import { judgeTarget, pickTarget, type TargetSummary } from "./target-pick";

// The overview every leader opens first: one tile per indicator of the chosen groups for the scope
// unit, and the same indicators for each child unit (the map and the drill-down read those).
// Every figure comes from runAnalytics, the one way figures are read, so a tile always equals
// GET /api/v1/analytics for the same indicator, unit and period.

export interface DashboardOptions {
  /** Indicator group codes (indicator_group.code); default every active indicator. */
  groups?: string[];
  /** Indicator codes, instead of groups. */
  indicators?: string[];
  /** Read figures as of this date (YYYY-MM-DD); default today. */
  asOf?: string;
  /** A period code: show the dashboard as it stood when that period had just ended. */
  period?: string;
  /** With a principal: the unit to look at (must be readable); default the caller's top unit. */
  unitId?: number;
  /** Periods on each sparkline, 13 by default (a year and the same month a year before). */
  sparkline?: number;
  /** Judge plan targets (default true); benchmarks of bare figures turn it off. */
  targets?: boolean;
  /** Child-unit figures for the map and drill-down (default true). */
  children?: boolean;
  today?: string;
  idx?: UnitIndex;
}

export interface PointValue {
  period: string;
  value: number | null;
}

export interface Tile {
  indicator: Pick<
    Indicator,
    | "id"
    | "code"
    | "name"
    | "unit"
    | "decimals"
    | "direction"
    | "aggregation"
    | "periodType"
    | "valueType"
    | "groups"
  >;
  period: string;
  periodLabel: string;
  value: number | null;
  numerator: number | null;
  denominator: number | null;
  previous: PointValue;
  lastYear: PointValue;
  /** value − previous and value − lastYear (percentage points for a rate). */
  changePrevious: number | null;
  changeLastYear: number | null;
  sparkline: PointValue[];
  target: TargetSummary | null;
  status: TargetStatus | null;
  statusLabel: string | null;
  /** The running figure the target is judged on (year to date for a year target). */
  targetActual: number | null;
  explanation: string | null;
  lastUpdated: string | null;
}

export interface ChildFigures {
  id: number;
  code: string;
  name: string;
  kind: string;
  /** Value of each tile's indicator in the tile's period. */
  values: Record<string, number | null>;
}

export interface DashboardData {
  unit: { id: number; code: string; name: string; kind: string };
  asOf: string;
  tiles: Tile[];
  children: ChildFigures[];
}

/** Indicators for the chosen groups or codes, in catalogue order; formulas included. */
export async function chooseIndicators(
  q: Queryable,
  opts: Pick<DashboardOptions, "groups" | "indicators">,
): Promise<Indicator[]> {
  const all = await listIndicators(q);
  if (opts.indicators?.length) {
    const wanted = opts.indicators.map((c) => c.toLowerCase());
    return all
      .filter((i) => wanted.includes(i.code.toLowerCase()))
      .sort((a, b) => wanted.indexOf(a.code.toLowerCase()) - wanted.indexOf(b.code.toLowerCase()));
  }
  if (opts.groups?.length) return all.filter((i) => i.groups.some((g) => opts.groups?.includes(g)));
  return all;
}

const diff = (a: number | null, b: number | null) => (a === null || b === null ? null : a - b);

/** The whole overview for one unit. `who` is a principal (checked) or a unit id (unchecked). */
export async function dashboardData(
  q: Queryable,
  who: Principal | number,
  opts: DashboardOptions = {},
): Promise<DashboardData> {
  const asOf = resolveAsOf(opts, opts.today);
  const { unit, idx } = await resolveScope(q, who, opts.unitId, opts.idx);
  const indicators = await chooseIndicators(q, opts);
  const children = opts.children === false ? [] : activeChildren(unit, idx, asOf);
  const targets = opts.targets === false ? [] : await listTargets(q, { paths: null });
  const spark = Math.max(2, Math.min(opts.sparkline ?? 13, 60));

  // One trip per period type for the unit's series and one for its children's current figures.
  const byType = new Map<string, Indicator[]>();
  for (const ind of indicators) byType.set(ind.periodType, [...(byType.get(ind.periodType) ?? []), ind]);
  const unitRows: AnalyticsRow[] = [];
  const childRows: AnalyticsRow[] = [];
  const periodsOf = new Map<string, Period[]>();
  await Promise.all(
    [...byType].map(async ([type, inds]) => {
      const current = lastCompletePeriod(inds[0].periodType, asOf);
      const periods = trailingPeriods(current, spark);
      const ly = samePeriodLastYear(current);
      if (!periods.some((p) => p.code === ly.code)) periods.unshift(ly);
      periodsOf.set(type, periods);
      const codes = inds.map((i) => i.code);
      const [own, kids] = await Promise.all([
        runAnalytics(
          q,
          { indicatorCodes: codes, orgUnitIds: [unit.id], periods: periods.map((p) => p.code) },
          idx,
        ),
        children.length
          ? runAnalytics(
              q,
              { indicatorCodes: codes, orgUnitIds: children.map((c) => c.id), periods: [current.code] },
              idx,
            )
          : [],
      ]);
      unitRows.push(...own);
      childRows.push(...kids);
    }),
  );

  const rowsOf = new Map<string, AnalyticsRow[]>();
  for (const r of unitRows)
    rowsOf.set(r.indicator.toLowerCase(), [...(rowsOf.get(r.indicator.toLowerCase()) ?? []), r]);

  const tiles: Tile[] = indicators.map((ind) => {
    const periods = periodsOf.get(ind.periodType) as Period[];
    const current = periods[periods.length - 1];
    const rows = rowsOf.get(ind.code.toLowerCase()) ?? [];
    const at = (code: string) => rows.find((r) => r.period === code);
    const now = at(current.code);
    const prevCode = periods[periods.length - 2].code;
    const lyCode = samePeriodLastYear(current).code;
    const value = now?.value ?? null;
    const prev = at(prevCode)?.value ?? null;
    const ly = at(lyCode)?.value ?? null;
    const t = targets.length ? pickTarget(targets, ind, unit, idx, current.code) : undefined;
    const judged = t ? judgeTarget(t, ind, rows, current.code, asOf) : null;
    return {
      indicator: {
        id: ind.id,
        code: ind.code,
        name: ind.name,
        unit: ind.unit,
        decimals: ind.decimals,
        direction: ind.direction,
        aggregation: ind.aggregation,
        periodType: ind.periodType,
        valueType: ind.valueType,
        groups: ind.groups,
      },
      period: current.code,
      periodLabel: periodLabel(current.code, "vi"),
      value,
      numerator: now?.numerator ?? null,
      denominator: now?.denominator ?? null,
      previous: { period: prevCode, value: prev },
      lastYear: { period: lyCode, value: ly },
      changePrevious: diff(value, prev),
      changeLastYear: diff(value, ly),
      sparkline: periods.slice(-spark).map((p) => ({ period: p.code, value: at(p.code)?.value ?? null })),
      target: judged?.target ?? null,
      status: judged?.status ?? null,
      statusLabel: judged ? TARGET_STATUS_LABELS_VI[judged.status] : null,
      targetActual: judged?.actual ?? null,
      explanation: judged?.explanation ?? null,
      lastUpdated: now?.lastUpdated ?? null,
    };
  });

  const childValues = new Map<number, Record<string, number | null>>();
  for (const c of children) childValues.set(c.id, Object.fromEntries(indicators.map((i) => [i.code, null])));
  for (const r of childRows) {
    const vals = childValues.get(r.orgUnitId);
    const ind = indicators.find((i) => i.code.toLowerCase() === r.indicator.toLowerCase());
    if (vals && ind) vals[ind.code] = r.value;
  }
  return {
    unit: { id: unit.id, code: unit.code, name: unit.name, kind: unit.kind },
    asOf,
    tiles,
    children: children.map((c) => ({
      id: c.id,
      code: c.code,
      name: c.name,
      kind: c.kind,
      values: childValues.get(c.id) ?? {},
    })),
  };
}
