import { type ForecastMethod, forecastSeries, normalCdf } from "../../core/forecast";
import { childPeriods, type PeriodType, parsePeriod, periodsBetween } from "../../core/periods";
import {
  type Comparator,
  comparatorSense,
  compare,
  describeTargetVi,
  formatViDate,
  formatViNumber,
} from "../../core/targets";

// Projecting a target's figure to the end of its period (method documented in README.md).
// The periods already seen are kept as they are; only the periods still to come are forecast, from
// the indicator's whole history (so a year's seasonal pattern is used when there are two years of
// it), and combined by the indicator's own aggregation rule:
//   sum      observed total + Σ forecasts of the remaining periods
//   ratio    (Σ numerators so far + Σ r̂ₕ·d̂ₕ) / (Σ denominators so far + Σ d̂ₕ) × scale, with the
//            rate r and the denominator d forecast separately (a rate is never averaged)
//   average  mean of the observed and forecast values
//   last     the forecast for the period's last step (stock figures, computed indicators)

export interface PeriodFigure {
  period: string;
  value: number | null;
  numerator: number | null;
  denominator: number | null;
}

export interface ProjectionInput {
  aggregation: "sum" | "average" | "last" | "ratio" | "none";
  /** Computed indicators are projected as "last": their inputs are already aggregated. */
  computed?: boolean;
  scale: number;
  periodType: PeriodType;
  min?: number | null;
  max?: number | null;
  /** Consecutive periods of the indicator's type, oldest first, up to the last complete one. */
  history: PeriodFigure[];
  targetPeriod: string;
  target: { comparator: Comparator; value: number; valueMax?: number | null };
  level?: number;
}

export interface Projection {
  projected: number | null;
  lower: number | null;
  upper: number | null;
  method: ForecastMethod | "observed" | null;
  /** Periods of the target period already observed and still to forecast. */
  observedPeriods: number;
  horizon: number;
  /** History values the model was fitted on. */
  observations: number;
  atRisk: boolean;
  probabilityMet: number | null;
  targetDate: string;
  explanation: string;
}

const METHOD_VI: Record<ForecastMethod, string> = {
  "holt-winters": "Holt-Winters (xu hướng và mùa vụ)",
  holt: "Holt (xu hướng)",
  linear: "hồi quy tuyến tính",
  naive: "giữ nguyên giá trị gần nhất",
};

export const SEASON_LENGTH: Partial<Record<PeriodType, number>> = { month: 12, quarter: 4 };

const finite = (v: number | null | undefined): v is number => typeof v === "number" && Number.isFinite(v);

function chance(projected: number, sd: number, t: ProjectionInput["target"]): number | null {
  if (!(sd > 0)) return compare(projected, t.comparator, t.value, t.valueMax ?? undefined) ? 1 : 0;
  const z = (b: number) => (b - projected) / sd;
  const sense = comparatorSense(t.comparator) ?? t.comparator;
  if (sense === "up") return 1 - normalCdf(z(t.value));
  if (sense === "down") return normalCdf(z(t.value));
  if (sense === "between") return normalCdf(z(t.valueMax ?? t.value)) - normalCdf(z(t.value));
  return null;
}

export function projectTarget(input: ProjectionInput): Projection {
  const tp = parsePeriod(input.targetPeriod);
  const steps = tp.type === input.periodType ? [tp] : childPeriods(tp, input.periodType);
  const goal = describeTargetVi({
    comparator: input.target.comparator,
    value: input.target.value,
    valueMax: input.target.valueMax ?? undefined,
  });
  const endText = formatViDate(tp.end);
  const history = input.history;
  let lastIdx = -1;
  history.forEach((h, i) => {
    if (finite(h.value)) lastIdx = i;
  });
  const empty: Projection = {
    projected: null,
    lower: null,
    upper: null,
    method: null,
    observedPeriods: 0,
    horizon: 0,
    observations: 0,
    atRisk: false,
    probabilityMet: null,
    targetDate: tp.end,
    explanation: `Chưa có số liệu để dự báo khả năng đạt chỉ tiêu ${goal} vào ${endText}.`,
  };
  if (lastIdx < 0) return empty;
  const upTo = history.slice(0, lastIdx + 1);
  const lastCode = upTo[upTo.length - 1].period;
  const stepCodes = new Set(steps.map((s) => s.code));
  const seen = upTo.filter((h) => stepCodes.has(h.period));
  const lastEnd = parsePeriod(lastCode).end;
  const remaining = steps.filter((s) => s.start > lastEnd);
  const h = remaining.length;
  const kind = input.computed ? "last" : input.aggregation === "none" ? "last" : input.aggregation;
  if (kind === "last" && h === 0 && !seen.some((s) => finite(s.value))) return empty;

  const opts = {
    seasonLength: SEASON_LENGTH[input.periodType] ?? 1,
    level: input.level ?? 0.8,
    min: input.min ?? undefined,
    max: input.max ?? undefined,
  };
  const values = upTo.map((x) => (finite(x.value) ? x.value : null));
  // Steps ahead of the last observed period for each remaining period (a target period that starts
  // later than the month after the data leaves a gap that is forecast but not counted).
  const ahead = remaining.map((s) => periodsBetween(lastCode, s.code).length - 1);
  const f = h > 0 ? forecastSeries(values, Math.max(...ahead), opts) : null;
  const pick = (arr: number[] | undefined) => ahead.map((k) => (arr as number[])[k - 1]);
  const pts = f ? pick(f.point) : [];
  const lows = f ? pick(f.lower) : [];
  const highs = f ? pick(f.upper) : [];
  const ses = f ? pick(f.stdErr) : [];
  const sum = (a: number[]) => a.reduce((s, v) => s + v, 0);

  let projected: number;
  let lower: number;
  let upper: number;
  let sd: number;
  if (kind === "sum") {
    const base = sum(seen.map((s) => (finite(s.value) ? s.value : 0)));
    projected = base + sum(pts);
    lower = base + sum(lows);
    upper = base + sum(highs);
    // Forecast errors of consecutive periods move together; adding them as if perfectly correlated
    // keeps the interval honest rather than optimistic.
    sd = sum(ses);
  } else if (kind === "ratio") {
    const num = sum(seen.map((s) => s.numerator ?? 0));
    const den = sum(seen.map((s) => s.denominator ?? 0));
    const dens =
      h > 0
        ? pick(
            forecastSeries(
              upTo.map((x) => (finite(x.denominator) ? x.denominator : null)),
              Math.max(...ahead),
              { seasonLength: opts.seasonLength, min: 0 },
            ).point,
          )
        : [];
    const totalDen = den + sum(dens);
    const at = (rates: number[]) =>
      totalDen > 0
        ? ((num + sum(rates.map((r, i) => (r / input.scale) * dens[i]))) / totalDen) * input.scale
        : 0;
    projected = at(pts);
    lower = at(lows);
    upper = at(highs);
    sd = totalDen > 0 ? sum(ses.map((s, i) => s * dens[i])) / totalDen : 0;
    if (h === 0 && den === 0) return empty;
  } else if (kind === "average") {
    const obs = seen.filter((s) => finite(s.value)).map((s) => s.value as number);
    const n = obs.length + h;
    projected = (sum(obs) + sum(pts)) / n;
    lower = (sum(obs) + sum(lows)) / n;
    upper = (sum(obs) + sum(highs)) / n;
    sd = sum(ses) / n;
  } else if (h > 0) {
    projected = pts[h - 1];
    lower = lows[h - 1];
    upper = highs[h - 1];
    sd = ses[h - 1];
  } else {
    projected = [...seen].reverse().find((s) => finite(s.value))?.value as number;
    lower = projected;
    upper = projected;
    sd = 0;
  }
  const atRisk = !compare(
    projected,
    input.target.comparator,
    input.target.value,
    input.target.valueMax ?? undefined,
  );
  const probabilityMet = h > 0 ? chance(projected, sd, input.target) : atRisk ? 0 : 1;
  const verdict = atRisk ? `có nguy cơ không đạt chỉ tiêu ${goal}` : `đạt chỉ tiêu ${goal}`;
  const fmt = (v: number) => formatViNumber(Math.round(v * 100) / 100);
  const explanation =
    h === 0
      ? `Đã có số liệu đến hết kỳ (${endText}): ${fmt(projected)}, ${verdict}.`
      : `Dự báo đến ${endText} (còn ${h} kỳ) theo ${METHOD_VI[f?.method ?? "naive"]} từ ${f?.observations ?? 0} kỳ số liệu: ` +
        `${fmt(projected)} (khoảng tin cậy ${Math.round(opts.level * 100)}%: ${fmt(lower)} – ${fmt(upper)}), ${verdict}` +
        `${probabilityMet === null ? "" : `; khả năng đạt khoảng ${Math.round(probabilityMet * 100)}%`}.`;
  return {
    projected,
    lower,
    upper,
    method: h === 0 ? "observed" : (f?.method ?? null),
    observedPeriods: seen.length,
    horizon: h,
    observations: f?.observations ?? values.filter((v) => v !== null).length,
    atRisk,
    probabilityMet,
    targetDate: tp.end,
    explanation,
  };
}
