import { comparatorSense, compare } from "../targets/compare";
import { dayNumber, formatViDate, monthIndex } from "../targets/dates";
import { targetWindow } from "../targets/evaluate-target";
import { describeTargetVi, formatViNumber } from "../targets/labels";
import type { IsoDate, SeriesPoint, Target } from "../targets/types";
import { forecastSeries } from "./forecast";
import { normalCdf } from "./quantiles";
import type { ForecastMethod, ForecastOptions } from "./types";

export interface TargetRisk {
  /** Value expected at the end of the target's period; null without data. */
  projected: number | null;
  lower: number | null;
  upper: number | null;
  /** "observed" when the period's last month already has a value and nothing is forecast. */
  method: ForecastMethod | "observed" | null;
  /** Last day of the target's period (or its deadline). */
  targetDate: IsoDate;
  /** Months from the last value to the target date. */
  horizon: number;
  /** The projection does not satisfy the target. */
  atRisk: boolean;
  /** Chance the value at the target date satisfies the target, under normal forecast errors. */
  probabilityMet: number | null;
  explanation: string;
}

const METHOD_LABELS_VI: Record<ForecastMethod, string> = {
  "holt-winters": "Holt-Winters (xu hướng và mùa vụ)",
  holt: "Holt (xu hướng)",
  linear: "hồi quy tuyến tính",
  naive: "giữ nguyên giá trị gần nhất",
};

/** One value per calendar month (the latest entry of the month), gaps as null, oldest first. */
function monthlyGrid(points: { month: number; day: number; value: number }[]): {
  values: (number | null)[];
  lastMonth: number;
} {
  const byMonth = new Map<number, { day: number; value: number }>();
  for (const p of points) {
    const current = byMonth.get(p.month);
    if (!current || p.day >= current.day) byMonth.set(p.month, { day: p.day, value: p.value });
  }
  const months = [...byMonth.keys()];
  const firstMonth = Math.min(...months);
  const lastMonth = Math.max(...months);
  const values: (number | null)[] = [];
  for (let m = firstMonth; m <= lastMonth; m++) values.push(byMonth.get(m)?.value ?? null);
  return { values, lastMonth };
}

function chanceOfMeeting(target: Target, projected: number, stdErr: number): number | null {
  if (!(stdErr > 0)) return compare(projected, target.comparator, target.value, target.valueMax) ? 1 : 0;
  const z = (bound: number) => (bound - projected) / stdErr;
  switch (comparatorSense(target.comparator) ?? target.comparator) {
    case "up":
      return 1 - normalCdf(z(target.value));
    case "down":
      return normalCdf(z(target.value));
    case "between":
      return normalCdf(z(target.valueMax ?? target.value)) - normalCdf(z(target.value));
    default:
      return null; // "=": a continuous forecast hits an exact value with probability zero.
  }
}

/**
 * Projects a monthly series to the end of a target's period and says whether the projection
 * misses the target. Uses the values up to asOf; for a cumulative target only those inside the
 * period, since the running total restarts with it.
 */
export function forecastTargetRisk(
  series: SeriesPoint[],
  target: Target,
  asOf: IsoDate,
  opts: ForecastOptions = {},
): TargetRisk {
  const window = targetWindow(target);
  const asOfDay = dayNumber(asOf);
  const from = target.cumulative ? window.start : Number.NEGATIVE_INFINITY;
  const cutoff = Math.min(asOfDay, window.end);
  const targetDate = window.endDate;
  const endText = formatViDate(targetDate);
  const goalText = describeTargetVi(target);

  const points = series
    .filter((p) => p.value !== null && Number.isFinite(p.value))
    .map((p) => ({ day: dayNumber(p.date), month: monthIndex(p.date), value: p.value as number }))
    .filter((p) => p.day >= from && p.day <= cutoff);
  if (points.length === 0) {
    return {
      projected: null,
      lower: null,
      upper: null,
      method: null,
      targetDate,
      horizon: 0,
      atRisk: false,
      probabilityMet: null,
      explanation: `Chưa có số liệu để dự báo khả năng đạt chỉ tiêu ${goalText} vào ${endText}.`,
    };
  }

  const { values, lastMonth } = monthlyGrid(points);
  const horizon = Math.max(0, monthIndex(targetDate) - lastMonth);
  let projected: number;
  let lower: number;
  let upper: number;
  let stdErr = 0;
  let level = opts.level ?? 0.8;
  let method: TargetRisk["method"];
  if (horizon === 0) {
    projected = values[values.length - 1] as number;
    lower = projected;
    upper = projected;
    method = "observed";
  } else {
    const forecast = forecastSeries(values, horizon, opts);
    projected = forecast.point[horizon - 1];
    lower = forecast.lower[horizon - 1];
    upper = forecast.upper[horizon - 1];
    stdErr = forecast.stdErr[horizon - 1];
    level = forecast.level;
    method = forecast.method;
  }

  const atRisk = !compare(projected, target.comparator, target.value, target.valueMax);
  const probabilityMet = chanceOfMeeting(target, projected, stdErr);
  const verdict = atRisk ? `chưa đạt chỉ tiêu ${goalText}` : `đạt chỉ tiêu ${goalText}`;
  const chance = probabilityMet === null ? "" : `; khả năng đạt khoảng ${Math.round(probabilityMet * 100)}%`;
  const explanation =
    method === "observed"
      ? `Số liệu tháng cuối kỳ (${endText}) đã có: ${formatViNumber(projected)}, ${verdict}.`
      : `Dự báo đến ${endText} theo phương pháp ${METHOD_LABELS_VI[method]}: ${formatViNumber(projected)} ` +
        `(khoảng tin cậy ${Math.round(level * 100)}%: ${formatViNumber(lower)} – ${formatViNumber(upper)}), ` +
        `${verdict}${chance}.`;

  return { projected, lower, upper, method, targetDate, horizon, atRisk, probabilityMet, explanation };
}
