/**
 * Holt's linear trend and additive Holt-Winters in one filter (seasonLength 0 means no season).
 *
 *   forecast  ŷ(t)  = l + b + s[t mod m]
 *   level     l'    = α (y - s[t mod m]) + (1 - α)(l + b)
 *   trend     b'    = β (l' - l) + (1 - β) b
 *   season    s'    = γ (y - l') + (1 - γ) s[t mod m]
 *
 * A missing observation advances the state on its own forecast (l' = l + b, b and s unchanged)
 * and adds nothing to the error, so gaps need no imputation.
 */

export interface SmoothingParams {
  alpha: number;
  beta: number;
  gamma: number;
}

export interface SmoothingState {
  level: number;
  trend: number;
  /** Seasonal effects indexed by position mod seasonLength; empty without a season. */
  season: number[];
}

export interface FilterResult {
  sse: number;
  /** Observations that contributed a one-step error. */
  count: number;
  /** State after the last element of the series. */
  final: SmoothingState;
}

type Series = readonly (number | null)[];

function mean(values: number[]): number {
  return values.reduce((sum, v) => sum + v, 0) / values.length;
}

/** Least-squares line through the observed points of positions [from, to). */
export function fitLine(
  series: Series,
  from = 0,
  to = series.length,
): { intercept: number; slope: number } | null {
  const ts: number[] = [];
  const ys: number[] = [];
  for (let t = from; t < to; t++) {
    const y = series[t];
    if (y !== null && y !== undefined) {
      ts.push(t);
      ys.push(y);
    }
  }
  if (ts.length === 0) return null;
  const tMean = mean(ts);
  const yMean = mean(ys);
  let sxx = 0;
  let sxy = 0;
  for (let i = 0; i < ts.length; i++) {
    sxx += (ts[i] - tMean) ** 2;
    sxy += (ts[i] - tMean) * (ys[i] - yMean);
  }
  const slope = sxx > 0 ? sxy / sxx : 0;
  return { intercept: yMean - slope * tMean, slope };
}

/**
 * State "before position 0". With a season: level and trend from the means of the first two
 * cycles (a line through the two cycle centres, so a steady trend inside a cycle is not mistaken
 * for season), seasonal effects as the average deviation from that line, centred on zero.
 * Without a season: a line through the first few observations.
 */
export function initialState(series: Series, seasonLength: number): SmoothingState {
  if (seasonLength < 2) {
    let end = 0;
    let seen = 0;
    while (end < series.length && seen < 6) {
      if (series[end] !== null) seen++;
      end++;
    }
    const line = fitLine(series, 0, end) ?? { intercept: 0, slope: 0 };
    return { level: line.intercept - line.slope, trend: line.slope, season: [] };
  }
  const m = seasonLength;
  const cycleCentre = (cycle: number) => {
    const ts: number[] = [];
    const ys: number[] = [];
    for (let t = cycle * m; t < (cycle + 1) * m && t < series.length; t++) {
      const y = series[t];
      if (y !== null) {
        ts.push(t);
        ys.push(y);
      }
    }
    return ts.length > 0 ? { t: mean(ts), y: mean(ys) } : null;
  };
  const first = cycleCentre(0);
  const second = cycleCentre(1);
  let slope: number;
  let intercept: number;
  if (first && second) {
    slope = (second.y - first.y) / (second.t - first.t);
    intercept = first.y - slope * first.t;
  } else {
    const line = fitLine(series, 0, 2 * m) ?? { intercept: 0, slope: 0 };
    slope = line.slope;
    intercept = line.intercept;
  }
  const sums = new Array<number>(m).fill(0);
  const counts = new Array<number>(m).fill(0);
  for (let t = 0; t < 2 * m && t < series.length; t++) {
    const y = series[t];
    if (y === null) continue;
    sums[t % m] += y - (intercept + slope * t);
    counts[t % m]++;
  }
  const season = sums.map((sum, i) => (counts[i] > 0 ? sum / counts[i] : 0));
  const centre = mean(season);
  return { level: intercept - slope, trend: slope, season: season.map((s) => s - centre) };
}

export function runFilter(
  series: Series,
  params: SmoothingParams,
  seasonLength: number,
  start: SmoothingState,
): FilterResult {
  const { alpha, beta, gamma } = params;
  const seasonal = seasonLength >= 2;
  const season = [...start.season];
  let level = start.level;
  let trend = start.trend;
  let sse = 0;
  let count = 0;
  for (let t = 0; t < series.length; t++) {
    const phase = seasonal ? t % seasonLength : 0;
    const s = seasonal ? season[phase] : 0;
    const y = series[t];
    if (y === null) {
      level += trend;
      continue;
    }
    const error = y - (level + trend + s);
    sse += error * error;
    count++;
    const previousLevel = level;
    level = alpha * (y - s) + (1 - alpha) * (level + trend);
    trend = beta * (level - previousLevel) + (1 - beta) * trend;
    if (seasonal) season[phase] = gamma * (y - level) + (1 - gamma) * s;
  }
  return { sse, count, final: { level, trend, season } };
}

/** h-step-ahead point forecast (h = 1 is the position right after the series). */
export function projectState(
  state: SmoothingState,
  seriesLength: number,
  seasonLength: number,
  h: number,
): number {
  const seasonal = seasonLength >= 2 ? state.season[(seriesLength - 1 + h) % seasonLength] : 0;
  return state.level + h * state.trend + seasonal;
}

/**
 * Multiplier of the one-step variance for an h-step forecast:
 * 1 + Σ_{j=1}^{h-1} c_j², c_j = α(1 + jβ) + γ(1 - α)·[j is a multiple of m]
 * (the error-correction form of the same model; see README.md).
 */
export function varianceFactor(params: SmoothingParams, seasonLength: number, h: number): number {
  let factor = 1;
  for (let j = 1; j < h; j++) {
    const seasonalJump = seasonLength >= 2 && j % seasonLength === 0 ? params.gamma * (1 - params.alpha) : 0;
    const c = params.alpha * (1 + j * params.beta) + seasonalJump;
    factor += c * c;
  }
  return factor;
}
