/**
 * The due date of a report for a period under a deadline rule.
 *
 * Choices (NĐ 09/2019 states deadlines as dates):
 *  - "trước ngày X" / "chậm nhất ngày X" / "ngày X" all resolve to day X itself, and the date is
 *    kept as written even when it is a Saturday, Sunday or holiday. A report sent on day X is on
 *    time. The qualifier is kept in the rule only to show the text the way it was written.
 *  - "N ngày làm việc sau ..." counts working days with the HolidayCalendar; the anchor day itself
 *    is not counted. "N ngày sau ..." counts calendar days.
 *  - A day beyond the month's length (31 in a 30-day month) becomes the month's last day.
 *  - A fixed day and month with no year ("trước ngày 25/5") is the occurrence nearest to the
 *    period's last day (ties go to the later one): year 2025 with "15/12" gives 15/12/2025,
 *    year 2025 with "25/1" gives 25/01/2026, 2025S1 with "10/7" gives 10/07/2025.
 */
import { type CutoffRule, cutoffWindow } from "../periods/cutoff-window";
import { addDays, addMonths, daysInMonth, diffDays, formatIsoDate, parseIsoDate } from "../periods/iso-date";
import { type Period, toPeriod } from "../periods/period-codes";
import { assertDeadlineRule, type DeadlineRule } from "./deadline-rule";
import { defaultHolidayCalendar, type HolidayCalendar } from "./holiday-calendar";

export interface DeadlineOptions {
  /** Cut-off rule for "sau ngày chốt số liệu" (default NĐ 09: day 15 to day 14). */
  cutoff?: CutoffRule;
}

function dayInMonth(year: number, month: number, day: number): string {
  return formatIsoDate(year, month, Math.min(day, daysInMonth(year, month)));
}

function nearestOccurrence(day: number, month: number, reference: string): string {
  const referenceYear = parseIsoDate(reference).year;
  let best = "";
  let bestDistance = Number.POSITIVE_INFINITY;
  for (const year of [referenceYear - 1, referenceYear, referenceYear + 1]) {
    const candidate = dayInMonth(year, month, day);
    const distance = Math.abs(diffDays(reference, candidate));
    // Iterating in increasing years with "<=" makes a tie go to the later date.
    if (distance <= bestDistance) {
      best = candidate;
      bestDistance = distance;
    }
  }
  return best;
}

/**
 * Due date ("YYYY-MM-DD") of the report for `periodCode` under `rule`. `calendar` is needed for
 * working-day rules and defaults to the built-in Vietnamese calendar.
 */
export function deadlineFor(
  rule: DeadlineRule,
  periodCode: string | Period,
  calendar: HolidayCalendar = defaultHolidayCalendar(),
  options: DeadlineOptions = {},
): string {
  const checked = assertDeadlineRule(rule);
  const period = toPeriod(periodCode);
  const end = parseIsoDate(period.end);
  switch (checked.kind) {
    case "dayOfMonth": {
      let month = formatIsoDate(end.year, end.month, 1);
      if (checked.month === "quarterLastMonth") month = addMonths(month, (3 - (end.month % 3)) % 3);
      if (checked.month === "nextMonth") month = addMonths(month, 1);
      const target = parseIsoDate(month);
      return dayInMonth(target.year, target.month, checked.day);
    }
    case "fixedDate":
      if (checked.year !== undefined) return formatIsoDate(checked.year, checked.month, checked.day);
      return nearestOccurrence(checked.day, checked.month, period.end);
    case "afterAnchor": {
      const anchor = checked.anchor === "cutoff" ? cutoffWindow(period, options.cutoff).to : period.end;
      return checked.unit === "workingDays"
        ? calendar.addWorkingDays(anchor, checked.count)
        : addDays(anchor, checked.count);
    }
  }
}
