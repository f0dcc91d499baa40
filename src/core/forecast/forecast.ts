import { ForecastError } from "./errors";
import { fitSmoothing } from "./fit";
import { studentTQuantile } from "./quantiles";
import { fitLine, projectState, varianceFactor } from "./smoothing";
import type { Forecast, ForecastMethod, ForecastOptions } from "./types";

const DEFAULT_SEASON = 12;
const DEFAULT_LEVEL = 0.8;
const MAX_HORIZON = 600;
/** Fewest observations each method needs; the automatic choice follows README.md. */
const MIN_FOR_HOLT = 12;
const MIN_FOR_LINEAR = 4;

type Series = (number | null)[];

interface Fitted {
  point: number[];
  stdErr: number[];
  trend: number;
  sigma: number;
  degreesOfFreedom: number;
  params?: Forecast["params"];
}

function observedCount(series: Series): number {
  return series.reduce<number>((n, v) => (v === null ? n : n + 1), 0);
}

/** Positions after the last observation: forecasts from there are really further ahead. */
function trailingGap(series: Series): number {
  let gap = 0;
  for (let t = series.length - 1; t >= 0 && series[t] === null; t--) gap++;
  return gap;
}

export function chooseMethod(observations: number, seasonLength: number): ForecastMethod {
  if (seasonLength >= 2 && observations >= 2 * seasonLength) return "holt-winters";
  if (observations >= MIN_FOR_HOLT) return "holt";
  if (observations >= MIN_FOR_LINEAR) return "linear";
  return "naive";
}

function fitSmoothingForecast(series: Series, seasonLength: number, horizon: number): Fitted {
  const model = fitSmoothing(series, seasonLength);
  const degreesOfFreedom = Math.max(1, model.fit.count - model.parameterCount);
  const sigma = Math.sqrt(model.fit.sse / degreesOfFreedom);
  const gap = trailingGap(series);
  const point: number[] = [];
  const stdErr: number[] = [];
  for (let h = 1; h <= horizon; h++) {
    point.push(projectState(model.fit.final, series.length, seasonLength, h));
    stdErr.push(sigma * Math.sqrt(varianceFactor(model.params, seasonLength, h + gap)));
  }
  const { alpha, beta, gamma } = model.params;
  return {
    point,
    stdErr,
    trend: model.fit.final.trend,
    sigma,
    degreesOfFreedom,
    params: seasonLength >= 2 ? { alpha, beta, gamma } : { alpha, beta },
  };
}

/** Ordinary least squares on position; the interval widens with distance from the data's centre. */
function fitLinearForecast(series: Series, horizon: number): Fitted {
  const line = fitLine(series) ?? { intercept: 0, slope: 0 };
  const ts: number[] = [];
  let sse = 0;
  series.forEach((y, t) => {
    if (y === null) return;
    ts.push(t);
    sse += (y - (line.intercept + line.slope * t)) ** 2;
  });
  const n = ts.length;
  const tMean = ts.reduce((a, b) => a + b, 0) / n;
  const sxx = ts.reduce((sum, t) => sum + (t - tMean) ** 2, 0);
  const degreesOfFreedom = Math.max(1, n - 2);
  const sigma = Math.sqrt(sse / degreesOfFreedom);
  const point: number[] = [];
  const stdErr: number[] = [];
  for (let h = 1; h <= horizon; h++) {
    const t = series.length - 1 + h;
    point.push(line.intercept + line.slope * t);
    stdErr.push(sigma * Math.sqrt(1 + 1 / n + (sxx > 0 ? (t - tMean) ** 2 / sxx : 0)));
  }
  return { point, stdErr, trend: line.slope, sigma, degreesOfFreedom };
}

/** Last value carried forward; the spread of a random walk grows with the square root of the steps. */
function fitNaiveForecast(series: Series, horizon: number): Fitted {
  let last: number | null = null;
  let lastAt = -1;
  let sumSquares = 0;
  let steps = 0;
  series.forEach((y, t) => {
    if (y === null) return;
    if (last !== null) {
      sumSquares += (y - last) ** 2 / (t - lastAt);
      steps++;
    }
    last = y;
    lastAt = t;
  });
  const value = last ?? 0;
  const sigma = steps > 0 ? Math.sqrt(sumSquares / steps) : 0;
  const gap = series.length - 1 - lastAt;
  const point = Array.from({ length: horizon }, () => value);
  const stdErr = point.map((_, i) => sigma * Math.sqrt(i + 1 + gap));
  return { point, stdErr, trend: 0, sigma, degreesOfFreedom: Math.max(1, steps) };
}

function validate(horizon: number, level: number, seasonLength: number): void {
  if (!Number.isInteger(horizon) || horizon < 0 || horizon > MAX_HORIZON) {
    throw new ForecastError("FORECAST_INVALID", `Số kỳ dự báo phải là số nguyên từ 0 đến ${MAX_HORIZON}.`);
  }
  if (!(level > 0 && level < 1)) {
    throw new ForecastError("FORECAST_INVALID", "Mức tin cậy của khoảng dự báo phải nằm giữa 0 và 1.");
  }
  if (!Number.isInteger(seasonLength) || seasonLength < 1 || seasonLength > 366) {
    throw new ForecastError("FORECAST_INVALID", "Độ dài chu kỳ mùa vụ phải là số nguyên từ 1 đến 366.");
  }
}

function checkForcedMethod(method: ForecastMethod, observations: number, seasonLength: number): void {
  const needs: Record<ForecastMethod, number> = {
    "holt-winters": 2 * seasonLength,
    holt: 3,
    linear: 3,
    naive: 1,
  };
  if (method === "holt-winters" && seasonLength < 2) {
    throw new ForecastError(
      "FORECAST_INVALID",
      "Phương pháp Holt-Winters cần chu kỳ mùa vụ từ 2 kỳ trở lên.",
    );
  }
  if (observations < needs[method]) {
    throw new ForecastError(
      "FORECAST_INVALID",
      `Phương pháp ${method} cần ít nhất ${needs[method]} giá trị, chuỗi chỉ có ${observations}.`,
    );
  }
}

/**
 * Forecasts a regular series (monthly by default; null marks a gap) `horizon` steps past its
 * last position, with an interval of about `level` coverage. See README.md for the method.
 * @throws ForecastError FORECAST_NO_DATA without any value, FORECAST_INVALID for bad options.
 */
export function forecastSeries(
  values: readonly (number | null | undefined)[],
  horizon: number,
  opts: ForecastOptions = {},
): Forecast {
  const seasonLength = opts.seasonLength ?? DEFAULT_SEASON;
  const level = opts.level ?? DEFAULT_LEVEL;
  validate(horizon, level, seasonLength);

  const cleaned: Series = values.map((v) => (typeof v === "number" && Number.isFinite(v) ? v : null));
  const first = cleaned.findIndex((v) => v !== null);
  if (first < 0) throw new ForecastError("FORECAST_NO_DATA", "Chuỗi số liệu chưa có giá trị nào để dự báo.");
  const series = cleaned.slice(first);
  const observations = observedCount(series);

  const method = opts.method ?? chooseMethod(observations, seasonLength);
  if (opts.method) checkForcedMethod(opts.method, observations, seasonLength);

  let fitted: Fitted;
  if (method === "holt-winters") fitted = fitSmoothingForecast(series, seasonLength, horizon);
  else if (method === "holt") fitted = fitSmoothingForecast(series, 0, horizon);
  else if (method === "linear") fitted = fitLinearForecast(series, horizon);
  else fitted = fitNaiveForecast(series, horizon);

  const quantile = studentTQuantile((1 + level) / 2, fitted.degreesOfFreedom);
  const clamp = (v: number) =>
    Math.min(opts.max ?? Number.POSITIVE_INFINITY, Math.max(opts.min ?? Number.NEGATIVE_INFINITY, v));
  return {
    method,
    point: fitted.point.map(clamp),
    lower: fitted.point.map((p, i) => clamp(p - quantile * fitted.stdErr[i])),
    upper: fitted.point.map((p, i) => clamp(p + quantile * fitted.stdErr[i])),
    stdErr: fitted.stdErr,
    level,
    seasonLength: method === "holt-winters" ? seasonLength : 1,
    trend: fitted.trend,
    sigma: fitted.sigma,
    observations,
    params: fitted.params,
  };
}
