/**
 * Moving between periods of one type: the period of a date, next/previous, same period last
 * year, ranges, and how far through a period a date is (for target pace).
 */
import { addDays, diffDays, parseIsoDate, toEpochDay } from "./iso-date";
import {
  isoWeeksInYear,
  isPeriodType,
  type Period,
  type PeriodParts,
  type PeriodType,
  parsePeriod,
  partsAt,
  periodFromParts,
  periodParts,
  periodTypeRank,
  toPeriod,
} from "./period-codes";
import { PeriodError } from "./period-error";

/** Upper bound for periodsBetween, so one bad request cannot build a huge array. */
export const MAX_PERIODS_IN_RANGE = 50_000;

function requireType(type: PeriodType): PeriodType {
  if (!isPeriodType(type)) {
    throw new PeriodError("PERIOD_INVALID", `Loại kỳ "${String(type)}" không được hỗ trợ.`, type);
  }
  return type;
}

/**
 * The period of `type` that contains `date` ("YYYY-MM-DD"). Every date lies in exactly one period
 * of each type except "ninemonth": October–December belong to no nine-month period, and asking
 * for one throws PeriodError(PERIOD_NOT_NESTED). Weeks are ISO weeks (Monday to Sunday).
 */
export function periodForDate(date: string, type: PeriodType): Period {
  requireType(type);
  return periodFromParts(partsAt(type, toEpochDay(date)));
}

export function nextPeriod(input: string | Period): Period {
  const period = toPeriod(input);
  if (period.type === "ninemonth") return shiftYears(period, 1);
  return periodForDate(addDays(period.end, 1), period.type);
}

export function previousPeriod(input: string | Period): Period {
  const period = toPeriod(input);
  if (period.type === "ninemonth") return shiftYears(period, -1);
  return periodForDate(addDays(period.start, -1), period.type);
}

/** Moves a period by whole years, clamping 29/02 to 28/02 and week 53 to week 52 when needed. */
function shiftYears(period: Period, years: number): Period {
  const parts = periodParts(period);
  const year = parts.year + years;
  let shifted: PeriodParts;
  switch (parts.type) {
    case "day": {
      const isLeapDay = parts.month === 2 && parts.day === 29;
      const keepsLeapDay = (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0;
      shifted = { ...parts, year, day: isLeapDay && !keepsLeapDay ? 28 : parts.day };
      break;
    }
    case "week":
      shifted = { ...parts, year, week: Math.min(parts.week, isoWeeksInYear(year)) };
      break;
    default:
      shifted = { ...parts, year };
  }
  return periodFromParts(shifted);
}

/**
 * The same period one year earlier, for year-on-year comparison ("cùng kỳ năm trước").
 * 29/02 maps to 28/02, and ISO week 53 maps to week 52 when the earlier year has no week 53.
 */
export function samePeriodLastYear(input: string | Period): Period {
  return shiftYears(toPeriod(input), -1);
}

/** Orders periods chronologically: by start, then by end (shorter first), then by type. */
export function comparePeriods(a: string | Period, b: string | Period): number {
  const left = toPeriod(a);
  const right = toPeriod(b);
  if (left.start !== right.start) return left.start < right.start ? -1 : 1;
  if (left.end !== right.end) return left.end < right.end ? -1 : 1;
  return Math.sign(periodTypeRank(left.type) - periodTypeRank(right.type));
}

/**
 * Every period from `fromCode` to `toCode`, both included, in order. Both must have the same type;
 * an empty list is returned when `fromCode` is after `toCode`.
 */
export function periodsBetween(fromCode: string | Period, toCode: string | Period): Period[] {
  const from = toPeriod(fromCode);
  const to = toPeriod(toCode);
  if (from.type !== to.type) {
    throw new PeriodError(
      "PERIOD_TYPE_MISMATCH",
      `Hai kỳ "${from.code}" và "${to.code}" phải cùng loại để lấy danh sách kỳ ở giữa.`,
      { from: from.code, to: to.code },
    );
  }
  const result: Period[] = [];
  if (from.start > to.start) return result;
  let current = from;
  for (;;) {
    result.push(current);
    if (current.code === to.code) return result;
    if (result.length >= MAX_PERIODS_IN_RANGE) {
      throw new PeriodError(
        "PERIOD_RANGE_TOO_LARGE",
        `Khoảng từ "${from.code}" đến "${to.code}" có quá nhiều kỳ (tối đa ${MAX_PERIODS_IN_RANGE}).`,
        { from: from.code, to: to.code },
      );
    }
    current = nextPeriod(current);
  }
}

/**
 * All periods of `type` that make up calendar year `year`. Weeks are the ISO weeks of week-year
 * `year` (52 or 53 of them; the first may start in December, the last may end in January).
 * Nine months gives the single period yyyyN9.
 */
export function periodsOfTypeInYear(year: number, type: PeriodType): Period[] {
  requireType(type);
  const yearPeriod = parsePeriod(String(year));
  switch (type) {
    case "year":
      return [yearPeriod];
    case "ninemonth":
      return [periodFromParts({ type, year })];
    case "week":
      return periodsBetween(
        periodFromParts({ type, year, week: 1 }),
        periodFromParts({ type, year, week: isoWeeksInYear(year) }),
      );
    default:
      return periodsBetween(periodForDate(yearPeriod.start, type), periodForDate(yearPeriod.end, type));
  }
}

/** Number of days in a period. */
export function periodLength(input: string | Period): number {
  const period = toPeriod(input);
  return diffDays(period.start, period.end) + 1;
}

/**
 * How much of the period has elapsed by the end of `asOfDate`, from 0 to 1. The as-of day counts
 * as elapsed, so the first day of a 30-day month gives 1/30 and its last day gives 1; days before
 * the period give 0 and days after it give 1. Used to pace targets ("đạt 45% khi đã qua 50% kỳ").
 */
export function periodFraction(code: string | Period, asOfDate: string): number {
  const period = toPeriod(code);
  parseIsoDate(asOfDate);
  const total = periodLength(period);
  const elapsed = diffDays(period.start, asOfDate) + 1;
  if (elapsed <= 0) return 0;
  if (elapsed >= total) return 1;
  return elapsed / total;
}
