import { parsePeriod, periodLabel, previousPeriod, tryParsePeriod } from "../../core/periods";
import { TARGET_STATUS_LABELS_VI } from "../../core/targets";
import type { Principal } from "../auth/principal";
import { type AnalyticsRow, runAnalytics } from "../data/analytics";
import type { UnitIndex } from "../data/unit-map";
import type { Queryable } from "../db/db";
import { AppError } from "../http/errors";
import { getIndicatorsByCodes } from "../indicators/indicators.repo";
import { listTargets } from "../targets/targets.repo";
import {
  activeChildren,
  lastCompletePeriod,
  readableAncestors,
  resolveAsOf,
  resolveScope,
  trailingPeriods,
} from "./scope";
import { judgeTarget, pickTarget } from "./target-pick";

// Drill-down from a tile: the figure for a unit, its trend, the same figure for each child unit
// (with each child's target status), and the stored figures behind it — the rows units entered,
// with their status and who last changed them.

export interface DrillOptions {
  unitId?: number;
  indicator: string;
  /** Period of the figure; default the indicator's last complete period. */
  period?: string;
  asOf?: string;
  today?: string;
  idx?: UnitIndex;
  /** Most stored rows to list (default 500). */
  limit?: number;
}

export interface StoredFigure {
  orgUnitId: number;
  orgUnitCode: string;
  orgUnitName: string;
  period: string;
  disagg: string;
  value: number | null;
  numerator: number | null;
  denominator: number | null;
  status: string;
  version: number;
  updatedAt: string;
  updatedBy: string | null;
}

export async function drillDown(q: Queryable, who: Principal | number, opts: DrillOptions) {
  const asOf = resolveAsOf({ asOf: opts.asOf }, opts.today);
  const { unit, idx } = await resolveScope(q, who, opts.unitId, opts.idx);
  const [ind] = await getIndicatorsByCodes(q, [opts.indicator]);
  if (!ind)
    throw new AppError(
      "DATA_UNKNOWN_INDICATOR",
      `Không có chỉ tiêu mã "${opts.indicator}".`,
      [{ path: "indicator", message: opts.indicator }],
      422,
    );
  let period = lastCompletePeriod(ind.periodType, asOf);
  if (opts.period) {
    const p = tryParsePeriod(opts.period);
    if (!p)
      throw new AppError(
        "DASHBOARD_INVALID_PERIOD",
        `Kỳ "${opts.period}" không hợp lệ.`,
        [{ path: "period", message: opts.period }],
        422,
      );
    period = p;
  }
  const trendEnd = period.type === ind.periodType ? period : lastCompletePeriod(ind.periodType, asOf);
  const trend = trailingPeriods(trendEnd, 24);
  const children = activeChildren(unit, idx, asOf);
  const targets = await listTargets(q, { paths: null });
  const own = pickTarget(targets, ind, unit, idx, period.code);
  // Child statuses need each child's periods from the start of its target period.
  const yearStart = own ? parsePeriod(own.period).start : `${period.code.slice(0, 4)}-01-01`;
  const childPeriodCodes = trailingPeriods(trendEnd, 24)
    .filter((p) => p.start >= yearStart)
    .map((p) => p.code);
  const prev = previousPeriod(period).code;
  const [unitRows, childRows] = await Promise.all([
    runAnalytics(
      q,
      {
        indicatorCodes: [ind.code],
        orgUnitIds: [unit.id],
        periods: [...new Set([...trend.map((p) => p.code), period.code])],
      },
      idx,
    ),
    children.length
      ? runAnalytics(
          q,
          {
            indicatorCodes: [ind.code],
            orgUnitIds: children.map((c) => c.id),
            periods: [...new Set([...childPeriodCodes, period.code, prev])],
          },
          idx,
        )
      : Promise.resolve([] as AnalyticsRow[]),
  ]);
  const current = unitRows.find((r) => r.period === period.code) ?? null;
  const judged = own ? judgeTarget(own, ind, unitRows, trendEnd.code, asOf) : null;

  const childItems = children.map((c) => {
    const rows = childRows.filter((r) => r.orgUnitId === c.id);
    const row = rows.find((r) => r.period === period.code);
    const t = pickTarget(targets, ind, c, idx, period.code);
    const j = t ? judgeTarget(t, ind, rows, trendEnd.code, asOf) : null;
    return {
      id: c.id,
      code: c.code,
      name: c.name,
      kind: c.kind,
      hasChildren: [...idx.byId.values()].some(
        (u) => u.parentId === c.id && (!u.validTo || u.validTo >= asOf),
      ),
      value: row?.value ?? null,
      numerator: row?.numerator ?? null,
      denominator: row?.denominator ?? null,
      previous: rows.find((r) => r.period === prev)?.value ?? null,
      status: j?.status ?? null,
      statusLabel: j ? TARGET_STATUS_LABELS_VI[j.status] : null,
      target: j?.target ?? null,
    };
  });

  const { src } = idx.membership([unit.id]);
  const limit = Math.min(opts.limit ?? 500, 5000);
  const stored = ind.formula
    ? []
    : await q.query<StoredFigure>(
        `select dv.org_unit_id as "orgUnitId", o.code as "orgUnitCode", o.name as "orgUnitName", dv.period, dv.disagg,
                dv.value, dv.numerator, dv.denominator, dv.status, dv.version, dv.updated_at as "updatedAt", u.full_name as "updatedBy"
           from data_value dv
           join org_unit o on o.id = dv.org_unit_id
           left join app_user u on u.id = dv.updated_by
          where dv.indicator_id = $1 and dv.org_unit_id = any($2::int[]) and dv.period_type = $3
            and dv.period_start >= $4 and dv.period_end <= $5
          order by o.path, dv.period, dv.disagg
          limit $6`,
        [ind.id, [...new Set(src)], ind.periodType, period.start, period.end, limit + 1],
      );
  return {
    unit: { id: unit.id, code: unit.code, name: unit.name, kind: unit.kind },
    breadcrumbs: readableAncestors(unit, idx, who).map((u) => ({ id: u.id, code: u.code, name: u.name })),
    indicator: {
      id: ind.id,
      code: ind.code,
      name: ind.name,
      unit: ind.unit,
      decimals: ind.decimals,
      direction: ind.direction,
      aggregation: ind.aggregation,
      periodType: ind.periodType,
      formula: ind.formula,
      numeratorLabel: ind.numeratorLabel,
      denominatorLabel: ind.denominatorLabel,
      source: ind.source,
      definition: ind.definition,
    },
    period: period.code,
    periodLabel: periodLabel(period.code, "vi"),
    value: current?.value ?? null,
    numerator: current?.numerator ?? null,
    denominator: current?.denominator ?? null,
    lastUpdated: current?.lastUpdated ?? null,
    target: judged?.target ?? null,
    status: judged?.status ?? null,
    statusLabel: judged ? TARGET_STATUS_LABELS_VI[judged.status] : null,
    explanation: judged?.explanation ?? null,
    trend: trend.map((p) => ({
      period: p.code,
      value: unitRows.find((r) => r.period === p.code)?.value ?? null,
    })),
    children: childItems,
    stored: stored.slice(0, limit),
    storedTruncated: stored.length > limit,
  };
}

export type DrillDown = Awaited<ReturnType<typeof drillDown>>;
