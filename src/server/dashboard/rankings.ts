import { periodLabel, previousPeriod } from "../../core/periods";
import type { Principal } from "../auth/principal";
import { runAnalytics } from "../data/analytics";
import type { UnitIndex } from "../data/unit-map";
import type { Queryable } from "../db/db";
import { AppError } from "../http/errors";
import { getIndicatorsByCodes } from "../indicators/indicators.repo";
import type { Indicator } from "../indicators/indicators.types";
import { listTargets } from "../targets/targets.repo";
import {
  compositeScores,
  rankValues,
  SCORE_PRESETS,
  type ScoreComponentInput,
  type ScoreWeight,
} from "./composite-score";
import { activeChildren, lastCompletePeriod, resolveAsOf, resolveScope } from "./scope";
import { pickTarget } from "./target-pick";

// Child units ranked on one indicator or on a weighted composite score, with each unit's rank in
// the period before, so a leader sees who moved up and who slipped.

export interface RankingOptions {
  unitId?: number;
  /** Rank on this indicator... */
  indicator?: string;
  /** ...or on a composite score: a preset code and/or explicit weights (weights win). */
  preset?: string;
  weights?: ScoreWeight[];
  asOf?: string;
  period?: string;
  today?: string;
  idx?: UnitIndex;
}

export interface RankingItem {
  id: number;
  code: string;
  name: string;
  kind: string;
  value: number | null;
  rank: number | null;
  previousValue: number | null;
  previousRank: number | null;
  /** Places gained since the previous period (positive = moved up); null when either rank is missing. */
  movement: number | null;
  parts?: { code: string; points: number | null; weight: number }[];
}

export interface Ranking {
  unit: { id: number; code: string; name: string };
  mode: "indicator" | "score";
  title: string;
  unitLabel: string;
  decimals: number;
  period: string;
  periodLabel: string;
  previousPeriod: string;
  weights: (ScoreWeight & { name: string })[];
  items: RankingItem[];
}

export function parseWeights(spec: string): ScoreWeight[] {
  return spec
    .split(",")
    .map((s) => s.trim())
    .filter(Boolean)
    .map((part) => {
      const [code, w] = part.split(":");
      const weight = Number(w);
      if (!code || !Number.isFinite(weight) || weight < 0)
        throw new AppError(
          "DASHBOARD_INVALID_WEIGHTS",
          `Trọng số "${part}" không hợp lệ (dạng MÃ_CHỈ_TIÊU:trọng_số).`,
          [{ path: "weights", message: part }],
          422,
        );
      return { indicator: code.trim(), weight };
    });
}

export async function rankings(
  q: Queryable,
  who: Principal | number,
  opts: RankingOptions,
): Promise<Ranking> {
  const asOf = resolveAsOf(opts, opts.today);
  const { unit, idx } = await resolveScope(q, who, opts.unitId, opts.idx);
  const children = activeChildren(unit, idx, asOf);
  const preset = SCORE_PRESETS.find((p) => p.code === (opts.preset ?? "CDS"));
  const weights = opts.indicator
    ? [{ indicator: opts.indicator, weight: 1 }]
    : ((opts.weights?.length ? opts.weights : preset?.weights) ?? []);
  if (!weights.length)
    throw new AppError("DASHBOARD_INVALID_WEIGHTS", "Cần chọn chỉ tiêu hoặc trọng số để xếp hạng.", [], 422);
  const inds = await getIndicatorsByCodes(
    q,
    weights.map((w) => w.indicator),
  );
  const byCode = new Map(inds.map((i) => [i.code.toLowerCase(), i]));
  for (const w of weights)
    if (!byCode.has(w.indicator.toLowerCase()))
      throw new AppError(
        "DATA_UNKNOWN_INDICATOR",
        `Không có chỉ tiêu mã "${w.indicator}".`,
        [{ path: "indicator", message: w.indicator }],
        422,
      );
  const targets = await listTargets(q, { paths: null });
  const ids = children.map((c) => c.id);

  // Current and previous figures per component, each in its own last complete period.
  const comps = await Promise.all(
    weights.map(async (w) => {
      const ind = byCode.get(w.indicator.toLowerCase()) as Indicator;
      const cur = lastCompletePeriod(ind.periodType, asOf);
      const prev = previousPeriod(cur);
      const rows = ids.length
        ? await runAnalytics(
            q,
            { indicatorCodes: [ind.code], orgUnitIds: ids, periods: [cur.code, prev.code] },
            idx,
          )
        : [];
      const valuesAt = (p: string) =>
        new Map(ids.map((id) => [id, rows.find((r) => r.orgUnitId === id && r.period === p)?.value ?? null]));
      const targetsAt = (p: string) =>
        new Map(
          children.map((c) => {
            const t = pickTarget(targets, ind, c, idx, p);
            return [c.id, t ? { comparator: t.comparator, value: t.value } : undefined];
          }),
        );
      const mk = (p: string): ScoreComponentInput => ({
        code: ind.code,
        weight: w.weight,
        direction: ind.direction,
        values: valuesAt(p),
        targets: targetsAt(p),
      });
      return { ind, cur: cur.code, prev: prev.code, now: mk(cur.code), before: mk(prev.code) };
    }),
  );

  const single = !!opts.indicator;
  let nowValues: Map<number, number | null>;
  let beforeValues: Map<number, number | null>;
  let parts: Map<number, RankingItem["parts"]> | null = null;
  if (single) {
    nowValues = comps[0].now.values;
    beforeValues = comps[0].before.values;
  } else {
    const now = compositeScores(
      ids,
      comps.map((c) => c.now),
    );
    const before = compositeScores(
      ids,
      comps.map((c) => c.before),
    );
    nowValues = new Map(ids.map((id) => [id, now.get(id)?.score ?? null]));
    beforeValues = new Map(ids.map((id) => [id, before.get(id)?.score ?? null]));
    parts = new Map(ids.map((id) => [id, now.get(id)?.parts]));
  }
  const direction = single ? comps[0].ind.direction : "up";
  const rankNow = rankValues(nowValues, direction);
  const rankBefore = rankValues(beforeValues, direction);
  const items: RankingItem[] = children
    .map((c) => {
      const rank = rankNow.get(c.id) ?? null;
      const previousRank = rankBefore.get(c.id) ?? null;
      return {
        id: c.id,
        code: c.code,
        name: c.name,
        kind: c.kind,
        value: nowValues.get(c.id) ?? null,
        rank,
        previousValue: beforeValues.get(c.id) ?? null,
        previousRank,
        movement: rank !== null && previousRank !== null ? previousRank - rank : null,
        ...(parts ? { parts: parts.get(c.id) } : {}),
      };
    })
    // Units with nothing to rank on (departments on a commune indicator) are left out.
    .filter((i) => i.value !== null || i.previousValue !== null)
    .sort(
      (a, b) =>
        (a.rank ?? Number.MAX_SAFE_INTEGER) - (b.rank ?? Number.MAX_SAFE_INTEGER) ||
        a.name.localeCompare(b.name, "vi"),
    );
  const first = comps[0];
  return {
    unit: { id: unit.id, code: unit.code, name: unit.name },
    mode: single ? "indicator" : "score",
    title: single
      ? first.ind.name
      : opts.weights?.length
        ? "Chỉ số tổng hợp (trọng số tùy chỉnh)"
        : (preset?.name ?? "Chỉ số tổng hợp"),
    unitLabel: single ? first.ind.unit : "điểm",
    decimals: single ? first.ind.decimals : 1,
    period: first.cur,
    periodLabel: periodLabel(first.cur, "vi"),
    previousPeriod: first.prev,
    weights: weights.map((w) => ({ ...w, name: byCode.get(w.indicator.toLowerCase())?.name ?? w.indicator })),
    items,
  };
}
