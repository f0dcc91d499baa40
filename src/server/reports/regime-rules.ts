// Pure rules of a reporting regime: which periods are expected, their cut-off window and deadline,
// which figures belong to a period, when reminders are due, and whether a narrative is acceptable.
// No I/O: the services feed these with rows and a holiday calendar.
import { deadlineFor, type HolidayCalendar } from "../../core/calendar";
import {
  addDays,
  type CutoffWindow,
  containsPeriod,
  cutoffWindow,
  isoDateInTimeZone,
  nextPeriod,
  type Period,
  type PeriodType,
  parsePeriod,
  periodForDate,
  periodsBetween,
  periodTypeRank,
} from "../../core/periods";
import type { CellState, Regime, SectionDef, Timeliness } from "./reports.types";

type RegimeTiming = Pick<
  Regime,
  "frequency" | "deadlineRule" | "cutoffStartDay" | "adhocDue" | "startPeriod" | "endPeriod"
>;

/** The period type a regime reports on; an ad hoc regime reports on its one period. */
export function regimePeriodType(r: Pick<Regime, "frequency" | "startPeriod">): PeriodType {
  return r.frequency === "adhoc" ? parsePeriod(r.startPeriod).type : r.frequency;
}

/** The NĐ 09 cut-off window of a reporting period under the regime's start day. */
export function regimeWindow(r: Pick<Regime, "cutoffStartDay">, period: string | Period): CutoffWindow {
  return cutoffWindow(period, { startDay: r.cutoffStartDay });
}

/** The due date of a period's report; an ad hoc regime has one fixed date. */
export function regimeDueOn(r: RegimeTiming, period: string | Period, calendar: HolidayCalendar): string {
  if (r.frequency === "adhoc" && r.adhocDue) return r.adhocDue;
  return deadlineFor(r.deadlineRule, period, calendar, { cutoff: { startDay: r.cutoffStartDay } });
}

/** The period of `type` holding `date`; nine months: that year's N9 (October–December too). */
export function currentPeriod(type: PeriodType, date: string): Period {
  if (type === "ninemonth") return parsePeriod(`${date.slice(0, 4)}N9`);
  return periodForDate(date, type);
}

/**
 * Periods the regime expects between `from` and `to` (codes of its type, both optional), never
 * before its start, after its end, or beyond the period that holds `today`.
 */
export function expectedPeriods(r: RegimeTiming, today: string, from?: string, to?: string): Period[] {
  if (r.frequency === "adhoc") return [parsePeriod(r.startPeriod)];
  const type = regimePeriodType(r);
  let first = parsePeriod(r.startPeriod);
  if (from && parsePeriod(from).start > first.start) first = parsePeriod(from);
  let last = currentPeriod(type, today);
  if (r.endPeriod && parsePeriod(r.endPeriod).start < last.start) last = parsePeriod(r.endPeriod);
  if (to && parsePeriod(to).start < last.start) last = parsePeriod(to);
  if (first.start > last.start) return [];
  return periodsBetween(first, last);
}

/** Is `code` a period this regime reports on (right type, within start and end)? */
export function isRegimePeriod(
  r: Pick<Regime, "frequency" | "startPeriod" | "endPeriod">,
  code: string,
): boolean {
  const p = parsePeriod(code);
  if (r.frequency === "adhoc") return p.code === parsePeriod(r.startPeriod).code;
  if (p.type !== r.frequency) return false;
  if (p.start < parsePeriod(r.startPeriod).start) return false;
  return !r.endPeriod || p.start <= parsePeriod(r.endPeriod).start;
}

/** Rank of a frequency from finest (month) to coarsest (year); ad hoc last. */
export function periodTypeRankOf(f: Regime["frequency"]): number {
  return f === "adhoc" ? Number.POSITIVE_INFINITY : periodTypeRank(f);
}

/** Can an indicator of this period type be reported in a report of `reportType`? (Not a coarser one.) */
export function indicatorFitsRegime(indicatorType: PeriodType, reportType: PeriodType): boolean {
  return periodTypeRank(indicatorType) <= periodTypeRank(reportType);
}

/**
 * The data periods (of the indicator's type) that a report of `reportPeriod` counts. Months and
 * longer periods are the reporting periods inside it: a monthly figure stands for its NĐ 09 month
 * (day 15 to day 14), so the months of a quarter tile the quarter's window. Days and weeks are
 * dated: they count when they lie inside the cut-off window itself.
 */
export function windowPeriods(
  indicatorType: PeriodType,
  reportPeriod: string | Period,
  startDay: number,
): Period[] {
  const report = typeof reportPeriod === "string" ? parsePeriod(reportPeriod) : reportPeriod;
  if (!indicatorFitsRegime(indicatorType, report.type)) return [];
  if (indicatorType === report.type) return [report];
  if (indicatorType === "day" || indicatorType === "week") {
    const w = cutoffWindow(report, { startDay });
    return periodsBetween(periodForDate(w.from, indicatorType), periodForDate(w.to, indicatorType)).filter(
      (p) => p.start >= w.from && p.end <= w.to,
    );
  }
  const out: Period[] = [];
  for (let p = firstOfType(report, indicatorType); p.start <= report.end; p = nextPeriod(p))
    if (containsPeriod(report, p)) out.push(p);
  return out;
}

function firstOfType(report: Period, type: PeriodType): Period {
  return type === "ninemonth"
    ? parsePeriod(`${report.start.slice(0, 4)}N9`)
    : periodForDate(report.start, type);
}

/** Does the unit report this indicator? Its kind is listed, or (no kinds) it is the owner. */
export function unitReportsIndicator(
  ind: { reporterKinds: string[]; ownerUnitId: number | null },
  unit: { id: number; kind: string },
): boolean {
  return ind.reporterKinds.length ? ind.reporterKinds.includes(unit.kind) : ind.ownerUnitId === unit.id;
}

/** Was the unit in existence when the period closed? Merged-away units are no longer asked. */
export function unitActiveAt(unit: { validFrom: string; validTo: string | null }, period: Period): boolean {
  return unit.validFrom <= period.end && (!unit.validTo || unit.validTo >= period.end);
}

/** On time when first sent on or before the due day (Vietnam time); "trước ngày X" includes day X. */
export function timelinessOf(firstSubmittedAt: string | null, dueOn: string): Timeliness {
  if (!firstSubmittedAt) return null;
  return isoDateInTimeZone(new Date(firstSubmittedAt)) <= dueOn ? "onTime" : "late";
}

/** The calendar colour of one expected report. */
export function cellState(status: string | null, dueOn: string, today: string): CellState {
  if (status === "accepted" || status === "submitted" || status === "returned") return status;
  if (today > dueOn) return "missing";
  return status === "draft" ? "draft" : "open";
}

// ------------------------------------------------------------------ reminders

export interface DueReminder {
  kind: "due_soon" | "overdue";
  step: number;
  /** Working days left (due_soon) or working days late (overdue). */
  days: number;
}

const OVERDUE_EVERY = 5;
const OVERDUE_STEPS = 4;

/**
 * The reminder that should have gone out by `today` for a report due on `dueOn`: the closest
 * "N working days before" that has passed (so a job that starts late sends one, not three), then
 * on the first working day after the deadline and every 5 working days after that (at most 4).
 */
export function dueReminder(
  dueOn: string,
  remindBefore: number[],
  today: string,
  calendar: HolidayCalendar,
): DueReminder | null {
  if (today <= dueOn) {
    const offsets = [...new Set(remindBefore)].filter((n) => n > 0).sort((a, b) => a - b);
    for (const n of offsets)
      if (today >= calendar.addWorkingDays(dueOn, -n))
        return { kind: "due_soon", step: n, days: workingDaysBetween(today, dueOn, calendar) };
    return null;
  }
  let step = -1;
  for (let k = 0; k < OVERDUE_STEPS; k++)
    if (today >= calendar.addWorkingDays(dueOn, 1 + OVERDUE_EVERY * k)) step = k;
  return step < 0 ? null : { kind: "overdue", step, days: workingDaysBetween(dueOn, today, calendar) };
}

/** Working days after `from` up to and including `to`. */
export function workingDaysBetween(from: string, to: string, calendar: HolidayCalendar): number {
  return calendar.workingDaysBetween(addDays(from, 1), to);
}

// ------------------------------------------------------------------ narrative text

// Markup in a report is either a mistake or an attack; plain text with "<" in a comparison
// ("tỷ lệ < 50%") is fine, so only tag-like sequences and script URLs are refused.
const MARKUP = /<\s*\/?\s*[a-zA-Z!?]|javascript\s*:|vbscript\s*:|data\s*:\s*text\/html/i;
// biome-ignore lint/suspicious/noControlCharactersInRegex: control characters are exactly what is refused
const CONTROL = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f]/;

/** A Vietnamese message when the text of a section cannot be accepted, else undefined. */
export function narrativeProblem(
  section: Pick<SectionDef, "title" | "maxLength">,
  text: string,
): string | undefined {
  if (text.length > section.maxLength)
    return `Phần “${section.title}” dài ${text.length.toLocaleString("vi-VN")} ký tự, vượt giới hạn ${section.maxLength.toLocaleString("vi-VN")} ký tự.`;
  if (MARKUP.test(text))
    return `Phần “${section.title}” chứa thẻ HTML hoặc mã lệnh (như <script>); chỉ được nhập văn bản thường.`;
  if (CONTROL.test(text)) return `Phần “${section.title}” chứa ký tự điều khiển không hợp lệ.`;
  return undefined;
}

/** Ratio of filled to expected, 0..1, or null when nothing is expected. Never above 1. */
export function share(filled: number, expected: number): number | null {
  if (expected <= 0) return null;
  return Math.min(1, Math.max(0, filled / expected));
}
