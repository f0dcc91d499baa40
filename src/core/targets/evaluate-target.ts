import { comparatorSense, compare, shortfall } from "./compare";
import { dateFromDayNumber, dayNumber, formatViDate } from "./dates";
import { TargetError } from "./errors";
import { describeTargetVi, formatViNumber } from "./labels";
import type {
  Direction,
  EvaluateTargetOptions,
  IsoDate,
  SeriesPoint,
  Target,
  TargetEvaluation,
  TargetStatus,
} from "./types";

export interface TargetWindow {
  /** First day that counts; -Infinity when only a deadline is known. */
  start: number;
  end: number;
  endDate: IsoDate;
}

/** Checks a target and returns the days its values are read from. */
export function targetWindow(target: Target): TargetWindow {
  if (!Number.isFinite(target.value)) throw new TargetError("Giá trị chỉ tiêu phải là một số.");
  if (target.comparator === "between") {
    if (
      target.valueMax === undefined ||
      !Number.isFinite(target.valueMax) ||
      target.valueMax < target.value
    ) {
      throw new TargetError(
        "Chỉ tiêu dạng 'trong khoảng' cần giá trị tối đa không nhỏ hơn giá trị tối thiểu.",
      );
    }
  }
  if (target.baseline) {
    if (!Number.isFinite(target.baseline.value)) throw new TargetError("Giá trị gốc phải là một số.");
    dayNumber(target.baseline.date);
  }
  if (target.period) {
    const start = dayNumber(target.period.start);
    const end = dayNumber(target.period.end);
    if (end < start) throw new TargetError("Ngày kết thúc kỳ chỉ tiêu đứng trước ngày bắt đầu.");
    return { start, end, endDate: target.period.end };
  }
  if (target.deadline) {
    const end = dayNumber(target.deadline);
    return { start: Number.NEGATIVE_INFINITY, end, endDate: target.deadline };
  }
  throw new TargetError("Chỉ tiêu cần có kỳ thực hiện hoặc thời hạn.");
}

interface Observation {
  day: number;
  date: IsoDate;
  value: number;
}

/** Values inside [start, min(asOf, end)], oldest first; on equal dates the later input wins. */
function observationsInWindow(series: SeriesPoint[], window: TargetWindow, asOfDay: number): Observation[] {
  const last = Math.min(asOfDay, window.end);
  const byDay = new Map<number, Observation>();
  for (const point of series) {
    const day = dayNumber(point.date);
    if (point.value === null || !Number.isFinite(point.value)) continue;
    if (day < window.start || day > last) continue;
    byDay.set(day, { day, date: point.date, value: point.value });
  }
  return [...byDay.values()].sort((a, b) => a.day - b.day);
}

/** Where the pace line heads: the target value, or for "between" the bound nearest the start. */
function paceGoal(target: Target, baseline: number): number {
  if (target.comparator !== "between") return target.value;
  const max = target.valueMax ?? target.value;
  if (baseline < target.value) return target.value;
  if (baseline > max) return max;
  return baseline;
}

/** The side of the pace line that counts as ahead. */
function goodSide(target: Target, baseline: number, goal: number): Direction {
  const sense = comparatorSense(target.comparator);
  if (sense) return sense;
  if (goal > baseline) return "up";
  if (goal < baseline) return "down";
  return target.direction;
}

function result(
  status: TargetStatus,
  explanation: string,
  fields: Partial<Omit<TargetEvaluation, "status" | "explanation">> = {},
): TargetEvaluation {
  return {
    status,
    actual: null,
    actualDate: null,
    expectedNow: null,
    paceDate: null,
    gap: null,
    paceGap: null,
    periodEnded: false,
    explanation,
    ...fields,
  };
}

/**
 * Judges a target against a series as of a date. See README.md in this folder for the rule.
 * @throws TargetError when the target or a date is malformed.
 */
export function evaluateTarget(
  target: Target,
  series: SeriesPoint[],
  asOf: IsoDate,
  options: EvaluateTargetOptions = {},
): TargetEvaluation {
  const window = targetWindow(target);
  const asOfDay = dayNumber(asOf);
  const periodEnded = asOfDay > window.end;
  const goalText = describeTargetVi(target);
  const endText = formatViDate(window.endDate);
  const observations = observationsInWindow(series, window, asOfDay);
  const latest = observations.at(-1);

  if (!latest) {
    const range = Number.isFinite(window.start)
      ? `từ ${formatViDate(dateFromDayNumber(window.start))} đến ${endText}`
      : `đến ${endText}`;
    return result("no_data", `Chưa có số liệu trong kỳ đánh giá (${range}).`, { periodEnded });
  }

  const actual = latest.value;
  const satisfied = compare(actual, target.comparator, target.value, target.valueMax);
  const gap = shortfall(actual, target);
  const valueText = `${formatViNumber(actual)} (${formatViDate(latest.date)})`;
  const base = { actual, actualDate: latest.date, gap, periodEnded };

  if (periodEnded) {
    return satisfied
      ? result("met", `Đạt: giá trị cuối kỳ ${valueText} đáp ứng chỉ tiêu ${goalText}.`, base)
      : result(
          "missed",
          `Không đạt: giá trị cuối kỳ ${valueText} chưa đáp ứng chỉ tiêu ${goalText}, còn cách ${formatViNumber(gap)}.`,
          base,
        );
  }

  const sense = comparatorSense(target.comparator);
  if (target.cumulative && sense === "up" && satisfied) {
    return result(
      "met",
      `Đạt: giá trị lũy kế ${valueText} đã đạt chỉ tiêu ${goalText} trước hạn ${endText}.`,
      base,
    );
  }
  if (target.cumulative && sense === "down" && !satisfied) {
    return result(
      "missed",
      `Không đạt: giá trị lũy kế ${valueText} đã vượt chỉ tiêu ${goalText} trước khi hết kỳ (${endText}).`,
      base,
    );
  }

  // Pace line from the baseline (the plan's, else the first value in the period) to the goal at the end.
  const first = observations[0];
  const baselineValue = target.baseline?.value ?? first.value;
  const baselineDay = target.baseline ? dayNumber(target.baseline.date) : first.day;
  const goal = paceGoal(target, baselineValue);
  const paceDay = options.paceAt === "asOf" ? asOfDay : latest.day;
  const span = window.end - baselineDay;
  const fraction = span <= 0 ? 1 : Math.min(1, Math.max(0, (paceDay - baselineDay) / span));
  const expectedNow = baselineValue + (goal - baselineValue) * fraction;
  const side = goodSide(target, baselineValue, goal);
  const paceGap = side === "up" ? actual - expectedNow : expectedNow - actual;
  const ahead = paceGap >= -1e-9 * Math.max(1, Math.abs(expectedNow));
  const paceFields = { ...base, expectedNow, paceDate: dateFromDayNumber(paceDay), paceGap };
  const expectedText = formatViNumber(expectedNow);

  if (satisfied) {
    return result(
      "on_track",
      `Đúng tiến độ: giá trị ${valueText} đã đáp ứng chỉ tiêu ${goalText}; cần duy trì đến ${endText}.`,
      paceFields,
    );
  }
  if (ahead) {
    return result(
      "on_track",
      `Đúng tiến độ: giá trị ${valueText}, theo lộ trình cần ${expectedText} vào thời điểm này để đạt chỉ tiêu ${goalText} vào ${endText}.`,
      paceFields,
    );
  }
  const behind = side === "up" ? "thấp hơn" : "cao hơn";
  return result(
    "at_risk",
    `Có nguy cơ không đạt: giá trị ${valueText} ${behind} mức ${expectedText} cần có theo lộ trình để đạt chỉ tiêu ${goalText} vào ${endText}.`,
    paceFields,
  );
}
