/**
 * Reporting cycles of recurring ("thường xuyên") tasks: which cycle a deadline text implies, and
 * which cycles (with their report due day) exist from the task's start up to today. Pure.
 */
import { daysInMonth, formatIsoDate, parseIsoDate } from "../../core/periods/iso-date";
import type { Period } from "../../core/periods/period-codes";
import { nextPeriod, periodForDate } from "../../core/periods/period-navigation";
import { foldVietnamese } from "../../core/text/fold";

export const RECUR_CYCLES = ["month", "quarter", "sixmonth", "year"] as const;
export type RecurCycle = (typeof RECUR_CYCLES)[number];

export const RECUR_CYCLE_VI: Record<RecurCycle, string> = {
  month: "Hằng tháng",
  quarter: "Hằng quý",
  sixmonth: "6 tháng",
  year: "Hằng năm",
};

export interface RecurRule {
  cycle: RecurCycle;
  /** Report due on this day of the cycle's last month ("trước ngày 20 của tháng cuối quý"); null = last day. */
  dueDay: number | null;
}

/**
 * The cycle a deadline text names: "hằng tháng" -> month, "hằng quý" / "tháng cuối quý" -> quarter,
 * "6 tháng" -> six months, "hằng năm" -> year. A bare "Thường xuyên" reports every quarter, the
 * cycle most provincial plans use for their progress reports.
 */
export function inferRecurRule(text: string | null | undefined): RecurRule {
  const folded = foldVietnamese(text ?? "");
  const day = /(?:truoc|cham nhat|vao)\s+ngay\s+(\d{1,2})/.exec(folded);
  const dueDay = day && Number(day[1]) >= 1 && Number(day[1]) <= 31 ? Number(day[1]) : null;
  let cycle: RecurCycle = "quarter";
  if (/(hang|moi)\s+thang|thang\s*$|cua\s+thang(?!\s+cuoi)/.test(folded)) cycle = "month";
  if (/quy/.test(folded)) cycle = "quarter";
  if (/6\s+thang|sau\s+thang|nua\s+nam/.test(folded)) cycle = "sixmonth";
  if (/(hang|moi)\s+nam|cuoi\s+nam/.test(folded)) cycle = "year";
  return { cycle, dueDay };
}

export interface Occurrence {
  periodCode: string;
  periodFrom: string;
  periodTo: string;
  dueOn: string;
}

/** The report due day of one cycle: the rule's day of the last month (clamped), or the last day. */
export function dueOfCycle(period: Period, dueDay: number | null): string {
  if (dueDay === null) return period.end;
  const { year, month } = parseIsoDate(period.end);
  return formatIsoDate(year, month, Math.min(dueDay, daysInMonth(year, month)));
}

/**
 * Every cycle from the one holding `start` to the one holding `until` (inclusive), optionally
 * stopping at `endOn` (the task's own end, e.g. the plan period). At most `max` cycles.
 */
export function occurrencesBetween(
  rule: RecurRule,
  start: string,
  until: string,
  endOn: string | null = null,
  max = 240,
): Occurrence[] {
  const out: Occurrence[] = [];
  const last = endOn !== null && endOn < until ? endOn : until;
  if (last < start) return out;
  let period = periodForDate(start, rule.cycle);
  while (period.start <= last && out.length < max) {
    out.push({
      periodCode: period.code,
      periodFrom: period.start,
      periodTo: period.end,
      dueOn: dueOfCycle(period, rule.dueDay),
    });
    period = nextPeriod(period);
  }
  return out;
}
