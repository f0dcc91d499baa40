import { childPeriods, parsePeriod, type PeriodType } from "../../core/periods";
import { evaluateTarget, type SeriesPoint, type TargetEvaluation } from "../../core/targets";
import type { Queryable } from "../db/db";
import { runAnalytics } from "../data/analytics";
import type { UnitIndex } from "../data/unit-map";
import type { Indicator } from "../indicators/indicators.types";

// A target's status for one unit: the indicator's figures in the target period, accumulated to each
// data period's end by the indicator's own rule (a rate is year-to-date numerators over
// denominators; a count is the running sum), then judged by src/core/targets (see its README for
// the pace rule: đạt, đúng tiến độ, có nguy cơ, không đạt, chưa có số liệu).

export interface TargetRow {
  id: number;
  indicatorId: number;
  comparator: ">=" | ">" | "<=" | "<" | "=" | "between";
  value: number;
  valueMax: number | null;
  scopeKind: "unit" | "subtree" | "level";
  orgUnitId: number;
  levelKind: string | null;
  period: string;
  baselineValue: number | null;
}

export interface UnitTargetStatus extends TargetEvaluation {
  targetId: number;
  orgUnitId: number;
  series: SeriesPoint[];
}

/** The units a target applies to: one unit, or every unit of a kind under it. */
export function targetUnits(t: TargetRow, idx: UnitIndex, asOf: string): number[] {
  if (t.scopeKind !== "level") return [t.orgUnitId];
  const root = idx.byId.get(t.orgUnitId);
  if (!root) return [];
  return [...idx.byId.values()]
    .filter((u) => u.kind === t.levelKind && u.path.startsWith(root.path) && (!u.validTo || u.validTo >= asOf))
    .map((u) => u.id);
}

/** Cumulative series from the start of the target period to the end of each data period. */
export async function cumulativeSeries(
  q: Queryable,
  ind: Indicator,
  unitIds: number[],
  period: string,
  idx: UnitIndex,
): Promise<Map<number, SeriesPoint[]>> {
  const p = parsePeriod(period);
  const dataType: PeriodType = ind.periodType;
  const steps = p.type === dataType ? [p] : childPeriods(p, dataType);
  const rows = await runAnalytics(q, { indicatorCodes: [ind.code], orgUnitIds: unitIds, periods: steps.map((s) => s.code) }, idx);
  const byUnit = new Map<number, SeriesPoint[]>();
  for (const u of unitIds) {
    let sum: number | null = null;
    let num = 0;
    let den = 0;
    let avgSum = 0;
    let avgN = 0;
    let last: number | null = null;
    const series: SeriesPoint[] = [];
    for (const s of steps) {
      const r = rows.find((x) => x.orgUnitId === u && x.period === s.code);
      if (!r || r.value === null) continue;
      let v: number | null = null;
      switch (ind.aggregation) {
        case "ratio":
          num += r.numerator ?? 0;
          den += r.denominator ?? 0;
          v = den ? (num / den) * ind.scale : null;
          break;
        case "sum":
          sum = (sum ?? 0) + r.value;
          v = sum;
          break;
        case "average":
          avgSum += r.value;
          avgN++;
          v = avgSum / avgN;
          break;
        default:
          last = r.value;
          v = last;
      }
      if (ind.formula) v = r.value; // computed: its inputs are already aggregated per period
      series.push({ date: s.end, value: v });
    }
    byUnit.set(u, series);
  }
  return byUnit;
}

export async function evaluateTargetForUnits(
  q: Queryable,
  t: TargetRow,
  ind: Indicator,
  idx: UnitIndex,
  asOf: string,
): Promise<UnitTargetStatus[]> {
  const units = targetUnits(t, idx, asOf);
  const p = parsePeriod(t.period);
  const series = await cumulativeSeries(q, ind, units, t.period, idx);
  return units.map((u) => {
    const s = series.get(u) ?? [];
    const ev = evaluateTarget(
      {
        comparator: t.comparator,
        value: t.value,
        valueMax: t.valueMax ?? undefined,
        direction: ind.direction,
        period: { start: p.start, end: p.end },
        baseline: t.baselineValue != null ? { value: t.baselineValue, date: p.start } : undefined,
        cumulative: ind.aggregation === "sum",
      },
      s,
      asOf,
    );
    return { ...ev, targetId: t.id, orgUnitId: u, series: s };
  });
}
