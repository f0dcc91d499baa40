/**
 * Data cut-off windows (thời gian chốt số liệu) of Nghị định 09/2019/NĐ-CP, Điều 12.
 *
 * A report does not count the calendar period: a monthly report counts from the 15th of the
 * previous month to the 14th of the month; quarterly, six-monthly, nine-monthly and yearly
 * reports follow the same day-15-to-day-14 rule over their months. Some regimes choose another
 * start day, so the rule can be overridden ({ startDay: 20 } gives 20th to 19th).
 *
 *   202506 → 2025-05-15 … 2025-06-14        2025Q2 → 2025-03-15 … 2025-06-14
 *   2025S1 → 2024-12-15 … 2025-06-14        2025S2 → 2025-06-15 … 2025-12-14
 *   2025N9 → 2024-12-15 … 2025-09-14        2025   → 2024-12-15 … 2025-12-14
 *
 * Days and ISO weeks have no cut-off in NĐ 09; their window is the period itself. startDay 1
 * means "no shift": the window equals the calendar period.
 */
import { addMonths, formatIsoDate, parseIsoDate } from "./iso-date";
import { type Period, type PeriodType, toPeriod } from "./period-codes";
import { PeriodError } from "./period-error";
import { periodForDate } from "./period-navigation";

export interface CutoffRule {
  /** Day of month on which a window opens, 1–28. The window closes the day before, a month (or more) later. */
  startDay: number;
}

export interface CutoffWindow {
  /** First counted day, "YYYY-MM-DD". */
  from: string;
  /** Last counted day (ngày chốt số liệu), inclusive, "YYYY-MM-DD". */
  to: string;
}

export const ND09_CUTOFF_RULE: Readonly<CutoffRule> = Object.freeze({ startDay: 15 });

function checkedStartDay(rule: CutoffRule | undefined): number {
  const startDay = rule?.startDay ?? ND09_CUTOFF_RULE.startDay;
  if (!Number.isInteger(startDay) || startDay < 1 || startDay > 28) {
    throw new PeriodError(
      "CUTOFF_RULE_INVALID",
      `Ngày bắt đầu chốt số liệu phải là số nguyên từ 1 đến 28 (nhận được: ${String(startDay)}).`,
      rule,
    );
  }
  return startDay;
}

/** The cut-off window of a period. */
export function cutoffWindow(code: string | Period, rule?: CutoffRule): CutoffWindow {
  const period = toPeriod(code);
  const startDay = checkedStartDay(rule);
  if (startDay === 1 || period.type === "day" || period.type === "week") {
    return { from: period.start, to: period.end };
  }
  const first = parseIsoDate(period.start);
  const last = parseIsoDate(period.end);
  // The window opens in the month before the period's first month and closes in its last month.
  const opening = parseIsoDate(addMonths(formatIsoDate(first.year, first.month, 1), -1));
  return {
    from: formatIsoDate(opening.year, opening.month, startDay),
    to: formatIsoDate(last.year, last.month, startDay - 1),
  };
}

/**
 * The reporting period of `type` whose cut-off window contains `date`: with the NĐ 09 rule,
 * 2025-06-20 falls in the window of July 2025, of 2025Q3 and of year 2025; 2025-12-20 falls in
 * year 2026. Throws PERIOD_NOT_NESTED for nine months when the date counts towards October–December.
 */
export function cutoffPeriodForDate(date: string, type: PeriodType, rule?: CutoffRule): Period {
  const startDay = checkedStartDay(rule);
  if (startDay === 1 || type === "day" || type === "week") return periodForDate(date, type);
  const { year, month, day } = parseIsoDate(date);
  const reportingMonth =
    day >= startDay ? addMonths(formatIsoDate(year, month, 1), 1) : formatIsoDate(year, month, 1);
  return periodForDate(reportingMonth, type);
}
