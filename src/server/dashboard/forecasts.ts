import { periodLabel } from "../../core/periods";
import type { Principal } from "../auth/principal";
import { type AnalyticsRow, runAnalytics } from "../data/analytics";
import type { UnitIndex } from "../data/unit-map";
import type { Queryable } from "../db/db";
import { listTargets } from "../targets/targets.repo";
import { type Projection, projectTarget } from "./forecast-target";
import { chooseIndicators } from "./overview";
import { lastCompletePeriod, resolveAsOf, resolveScope, trailingPeriods } from "./scope";
import { pickTarget, summarizeTarget, type TargetSummary } from "./target-pick";

// For each plan target that applies to the scope unit: where the figure is heading by the end of
// the target's period, with an interval and a "có nguy cơ không đạt" flag.

export interface ForecastOptions {
  unitId?: number;
  groups?: string[];
  indicators?: string[];
  asOf?: string;
  period?: string;
  today?: string;
  /** Periods of history to fit on (default 36). */
  history?: number;
  idx?: UnitIndex;
}

export interface TargetForecast extends Projection {
  indicator: { id: number; code: string; name: string; unit: string; decimals: number };
  target: TargetSummary;
  lastPeriod: string;
  lastPeriodLabel: string;
}

export async function targetForecasts(q: Queryable, who: Principal | number, opts: ForecastOptions = {}) {
  const asOf = resolveAsOf(opts, opts.today);
  const { unit, idx } = await resolveScope(q, who, opts.unitId, opts.idx);
  const indicators = await chooseIndicators(q, opts);
  const targets = await listTargets(q, { paths: null });
  const span = Math.max(12, Math.min(opts.history ?? 36, 120));
  const items: TargetForecast[] = [];
  const withTarget = indicators
    .map((ind) => {
      const last = lastCompletePeriod(ind.periodType, asOf);
      const t = pickTarget(targets, ind, unit, idx, last.code);
      return t ? { ind, last, t } : null;
    })
    .filter((x): x is NonNullable<typeof x> => x !== null);
  const byType = new Map<string, typeof withTarget>();
  for (const x of withTarget) byType.set(x.ind.periodType, [...(byType.get(x.ind.periodType) ?? []), x]);
  for (const group of byType.values()) {
    const periods = trailingPeriods(group[0].last, span);
    const rows = await runAnalytics(
      q,
      {
        indicatorCodes: group.map((g) => g.ind.code),
        orgUnitIds: [unit.id],
        periods: periods.map((p) => p.code),
      },
      idx,
    );
    const byInd = new Map<string, AnalyticsRow[]>();
    for (const r of rows)
      byInd.set(r.indicator.toLowerCase(), [...(byInd.get(r.indicator.toLowerCase()) ?? []), r]);
    for (const { ind, last, t } of group) {
      const mine = byInd.get(ind.code.toLowerCase()) ?? [];
      const history = periods.map((p) => {
        const r = mine.find((x) => x.period === p.code);
        return {
          period: p.code,
          value: r?.value ?? null,
          numerator: r?.numerator ?? null,
          denominator: r?.denominator ?? null,
        };
      });
      const projection = projectTarget({
        aggregation: ind.aggregation,
        computed: !!ind.formula,
        scale: ind.scale,
        periodType: ind.periodType,
        min: ind.minValue,
        max: ind.maxValue,
        history,
        targetPeriod: t.period,
        target: { comparator: t.comparator, value: t.value, valueMax: t.valueMax },
      });
      items.push({
        ...projection,
        indicator: { id: ind.id, code: ind.code, name: ind.name, unit: ind.unit, decimals: ind.decimals },
        target: summarizeTarget(t),
        lastPeriod: last.code,
        lastPeriodLabel: periodLabel(last.code, "vi"),
      });
    }
  }
  // At risk first, the least likely to make it at the top.
  items.sort(
    (a, b) =>
      Number(b.atRisk) - Number(a.atRisk) ||
      (a.probabilityMet ?? 1) - (b.probabilityMet ?? 1) ||
      a.indicator.code.localeCompare(b.indicator.code),
  );
  return { unit: { id: unit.id, code: unit.code, name: unit.name }, asOf, items };
}
