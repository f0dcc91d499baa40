// Composite scores for ranking units (e.g. a digital-transformation score): a weighted mean of
// per-indicator points on a 0–100 scale. Pure; the weights are the caller's.
//
// Points for one indicator and unit:
//  - the unit has an "at least / more than X" target: 100 × min(1, value / X) — reaching the
//    target is full marks, so a unit is not rewarded for overshooting one goal at the cost of others;
//  - an "at most / less than X" target: 100 × min(1, X / value) (a value of 0 is full marks);
//  - no such target: min–max among the units ranked, 100 for the best and 0 for the worst (by the
//    indicator's direction); all equal gives 100.
// Score = Σ wᵢ·pointsᵢ / Σ wᵢ over the indicators the unit has a value for; a unit whose values
// carry less than half the total weight gets no score (it is listed, not ranked).

export interface ScoreWeight {
  indicator: string;
  weight: number;
}

export interface ScoreComponentInput {
  code: string;
  weight: number;
  direction: "up" | "down";
  values: Map<number, number | null>;
  targets: Map<number, { comparator: string; value: number } | undefined>;
}

export interface UnitScore {
  score: number | null;
  /** Share of the total weight the unit had values for (0–1). */
  coverage: number;
  parts: { code: string; points: number | null; weight: number }[];
}

export const MIN_COVERAGE = 0.5;

export function indicatorPoints(
  value: number,
  direction: "up" | "down",
  target: { comparator: string; value: number } | undefined,
  range: { min: number; max: number },
): number {
  if (target && (target.comparator === ">=" || target.comparator === ">") && target.value > 0)
    return 100 * Math.min(1, Math.max(0, value) / target.value);
  if (target && (target.comparator === "<=" || target.comparator === "<") && target.value >= 0)
    return value <= 0 ? 100 : 100 * Math.min(1, target.value / value);
  if (range.max === range.min) return 100;
  const share = (value - range.min) / (range.max - range.min);
  return 100 * (direction === "up" ? share : 1 - share);
}

export function compositeScores(units: number[], components: ScoreComponentInput[]): Map<number, UnitScore> {
  const total = components.reduce((s, c) => s + Math.max(0, c.weight), 0);
  const ranges = components.map((c) => {
    const vals = units
      .map((u) => c.values.get(u))
      .filter((v): v is number => v !== null && v !== undefined && Number.isFinite(v));
    return vals.length ? { min: Math.min(...vals), max: Math.max(...vals) } : { min: 0, max: 0 };
  });
  const out = new Map<number, UnitScore>();
  for (const u of units) {
    let weighted = 0;
    let have = 0;
    const parts = components.map((c, k) => {
      const v = c.values.get(u);
      const w = Math.max(0, c.weight);
      if (v === null || v === undefined || !Number.isFinite(v))
        return { code: c.code, points: null, weight: w };
      const points = indicatorPoints(v, c.direction, c.targets.get(u), ranges[k]);
      weighted += w * points;
      have += w;
      return { code: c.code, points: Math.round(points * 10) / 10, weight: w };
    });
    const coverage = total > 0 ? have / total : 0;
    out.set(u, {
      score: coverage >= MIN_COVERAGE && have > 0 ? Math.round((weighted / have) * 100) / 100 : null,
      coverage,
      parts,
    });
  }
  return out;
}

/** Competition ranking ("1, 2, 2, 4"): best first, by direction; nulls unranked. */
export function rankValues(
  values: Map<number, number | null>,
  direction: "up" | "down",
): Map<number, number> {
  const ranked = [...values].filter((e): e is [number, number] => e[1] !== null && Number.isFinite(e[1]));
  ranked.sort((a, b) => (direction === "up" ? b[1] - a[1] : a[1] - b[1]));
  const out = new Map<number, number>();
  ranked.forEach(([id, v], i) => {
    const prev = ranked[i - 1];
    out.set(id, prev && prev[1] === v ? (out.get(prev[0]) as number) : i + 1);
  });
  return out;
}

export interface ScorePreset {
  code: string;
  name: string;
  weights: ScoreWeight[];
}

/**
 * Built-in presets. The digital-transformation score follows the KPIs of the steering committee's
 * plan (online dossiers and payments, digitisation, electronic results, on-time handling,
 * satisfaction, online document work); weights are editable in the dashboard and saved with a view.
 */
export const SCORE_PRESETS: ScorePreset[] = [
  {
    code: "CDS",
    name: "Chỉ số chuyển đổi số",
    weights: [
      { indicator: "TTHC_HS_TRUC_TUYEN", weight: 20 },
      { indicator: "TTHC_TT_TRUC_TUYEN", weight: 15 },
      { indicator: "TTHC_SO_HOA", weight: 15 },
      { indicator: "TTHC_KQ_DIEN_TU", weight: 15 },
      { indicator: "TTHC_DUNG_HAN", weight: 15 },
      { indicator: "TTHC_HAI_LONG", weight: 10 },
      { indicator: "HSCV_TREN_MANG", weight: 10 },
    ],
  },
  {
    code: "TTHC",
    name: "Chỉ số phục vụ người dân, doanh nghiệp",
    weights: [
      { indicator: "TTHC_DUNG_HAN", weight: 40 },
      { indicator: "TTHC_HAI_LONG", weight: 30 },
      { indicator: "PAKN_DUNG_HAN", weight: 30 },
    ],
  },
];
