import { childPeriods, containsPeriod, parsePeriod, tryParsePeriod } from "../../core/periods";
import {
  describeTargetVi,
  evaluateTarget,
  type SeriesPoint,
  type TargetEvaluation,
  type TargetStatus,
} from "../../core/targets";
import type { AnalyticsRow } from "../data/analytics";
import type { UnitIndex, UnitNode } from "../data/unit-map";
import type { Indicator } from "../indicators/indicators.types";
import type { TargetView } from "../targets/targets.repo";

// Which plan target a figure is judged against, and the judgement itself from rows the dashboard
// already holds (no second trip to the database): the same accumulation rule as
// targets/target-status.ts (a rate is year-to-date numerators over denominators, a count the
// running sum, an average the mean so far, a stock its latest value).

const scopeRank = (t: TargetView, unit: UnitNode) =>
  t.scopeKind !== "level" && t.orgUnitId === unit.id ? 0 : t.scopeKind === "level" ? 1 : 2;

/** Does target t set a goal for this unit? */
export function targetAppliesTo(t: TargetView, unit: UnitNode, idx: UnitIndex): boolean {
  const root = idx.byId.get(t.orgUnitId);
  if (!root) return false;
  if (t.scopeKind === "unit") return t.orgUnitId === unit.id;
  if (t.scopeKind === "subtree") return unit.path.startsWith(root.path);
  return t.levelKind === unit.kind && unit.path.startsWith(root.path) && unit.id !== root.id;
}

/**
 * The target for this indicator, unit and period: one set for the unit itself before one set for
 * its level before one for a subtree above it; among those, the shortest period containing the
 * figure's period (a quarter's goal before the year's).
 */
export function pickTarget(
  targets: TargetView[],
  ind: Indicator,
  unit: UnitNode,
  idx: UnitIndex,
  period: string,
): TargetView | undefined {
  const len = (t: TargetView) => {
    const p = tryParsePeriod(t.period);
    return p ? Date.parse(p.end) - Date.parse(p.start) : Number.POSITIVE_INFINITY;
  };
  return targets
    .filter(
      (t) =>
        t.indicatorId === ind.id &&
        tryParsePeriod(t.period) &&
        containsPeriod(t.period, period) &&
        targetAppliesTo(t, unit, idx),
    )
    .sort((a, b) => scopeRank(a, unit) - scopeRank(b, unit) || len(a) - len(b))[0];
}

/** Running figure from the start of the target period to the end of each data period. */
export function cumulativeFromRows(
  ind: Indicator,
  rows: AnalyticsRow[],
  targetPeriod: string,
  upTo: string,
): SeriesPoint[] {
  const tp = parsePeriod(targetPeriod);
  const steps = tp.type === ind.periodType ? [tp] : childPeriods(tp, ind.periodType);
  const byPeriod = new Map(rows.map((r) => [r.period, r]));
  const series: SeriesPoint[] = [];
  let sum = 0;
  let num = 0;
  let den = 0;
  let avgSum = 0;
  let avgN = 0;
  for (const s of steps) {
    if (s.code > upTo) break;
    const r = byPeriod.get(s.code);
    if (!r || r.value === null) continue;
    let v: number | null;
    if (ind.formula) v = r.value;
    else if (ind.aggregation === "ratio") {
      num += r.numerator ?? 0;
      den += r.denominator ?? 0;
      v = den ? (num / den) * ind.scale : null;
    } else if (ind.aggregation === "sum") {
      sum += r.value;
      v = sum;
    } else if (ind.aggregation === "average") {
      avgSum += r.value;
      avgN++;
      v = avgSum / avgN;
    } else v = r.value;
    series.push({ date: s.end, value: v });
  }
  return series;
}

export interface TargetSummary {
  id: number;
  comparator: TargetView["comparator"];
  value: number;
  valueMax: number | null;
  period: string;
  label: string;
  planRef: string | null;
}

export interface TargetJudgement {
  target: TargetSummary;
  status: TargetStatus;
  /** The running figure the status is about (year to date for a year target). */
  actual: number | null;
  explanation: string;
  evaluation: TargetEvaluation;
}

export function summarizeTarget(t: TargetView): TargetSummary {
  return {
    id: t.id,
    comparator: t.comparator,
    value: t.value,
    valueMax: t.valueMax,
    period: t.period,
    label: describeTargetVi({ comparator: t.comparator, value: t.value, valueMax: t.valueMax ?? undefined }),
    planRef: t.planRef,
  };
}

/** Judges a target on rows of the indicator's own periods (the same rules as /targets/status). */
export function judgeTarget(
  t: TargetView,
  ind: Indicator,
  rows: AnalyticsRow[],
  upTo: string,
  asOf: string,
): TargetJudgement {
  const p = parsePeriod(t.period);
  const series = cumulativeFromRows(ind, rows, t.period, upTo);
  const evaluation = evaluateTarget(
    {
      comparator: t.comparator,
      value: t.value,
      valueMax: t.valueMax ?? undefined,
      direction: ind.direction,
      period: { start: p.start, end: p.end },
      baseline: t.baselineValue != null ? { value: t.baselineValue, date: p.start } : undefined,
      cumulative: ind.aggregation === "sum",
    },
    series,
    asOf,
  );
  return {
    target: summarizeTarget(t),
    status: evaluation.status,
    actual: evaluation.actual,
    explanation: evaluation.explanation,
    evaluation,
  };
}
