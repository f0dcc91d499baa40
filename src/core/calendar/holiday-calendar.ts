/**
 * Working days of Vietnamese state bodies: weekends, public holidays, compensatory days, swaps,
 * and per-year overrides for what the Government decides each year.
 *
 *   const calendar = new HolidayCalendar({
 *     overrides: [{ year: 2026, add: [{ date: "2026-09-01", name: "Quốc khánh (ngày liền kề)" }],
 *                   remove: ["2026-09-03"] }],
 *   });
 *   calendar.addWorkingDays("2026-02-14", 2); // "2026-02-24": Tết Bính Ngọ runs 14–22/02
 */
import { fromEpochDay, isoWeekday, parseIsoDate, toEpochDay } from "../periods/iso-date";
import { MAX_PERIOD_YEAR, MIN_PERIOD_YEAR } from "../periods/period-codes";
import {
  computeYearHolidays,
  type Holiday,
  type HolidayRuleOptions,
  type TetSchedule,
  tetSchedule,
} from "./vietnam-holidays";

export interface HolidayOverride {
  year: number;
  /** Extra days off (a date, or a date with the name to show). */
  add?: ReadonlyArray<string | { date: string; name: string }>;
  /** Days that are not off after all (any holiday, compensatory or swapped day of the year). */
  remove?: readonly string[];
  /** Weekend days that are worked (làm bù). */
  workingDays?: readonly string[];
  /** Replaces the Tết break of that year, weekends included. */
  tet?: { from: string; to: string };
}

export interface HolidayCalendarOptions extends Omit<HolidayRuleOptions, "tetDaysOff"> {
  overrides?: readonly HolidayOverride[];
}

export type HolidayCalendarErrorCode =
  /** A per-year override or a weekend setting that cannot be used. */
  | "HOLIDAY_OVERRIDE_INVALID"
  /** A year outside 1900–2199. */
  | "HOLIDAY_YEAR_OUT_OF_RANGE"
  /** addWorkingDays with a count that is not a reasonable whole number. */
  | "WORKING_DAY_COUNT_INVALID";

export class HolidayCalendarError extends Error {
  readonly code: HolidayCalendarErrorCode;
  readonly input: unknown;

  constructor(code: HolidayCalendarErrorCode, message: string, input?: unknown) {
    super(message);
    this.name = "HolidayCalendarError";
    this.code = code;
    this.input = input;
  }
}

interface YearData {
  holidays: Map<string, Holiday>;
  workingDays: Set<string>;
}

/** Bound on addWorkingDays so that a typo (n = 1e9) fails fast instead of looping. */
export const MAX_WORKING_DAY_STEP = 3_660;

export class HolidayCalendar {
  private readonly weekendDays: readonly number[];
  private readonly ruleOptions: HolidayRuleOptions;
  private readonly overridesByYear = new Map<number, HolidayOverride[]>();
  private readonly years = new Map<number, YearData>();

  constructor(options: HolidayCalendarOptions = {}) {
    this.weekendDays = [...(options.weekendDays ?? [6, 7])];
    const invalidDay = this.weekendDays.some((day) => !Number.isInteger(day) || day < 1 || day > 7);
    if (invalidDay || new Set(this.weekendDays).size > 6) {
      throw new HolidayCalendarError(
        "HOLIDAY_OVERRIDE_INVALID",
        "Ngày nghỉ hằng tuần phải là thứ trong tuần từ 1 (thứ Hai) đến 7 (Chủ nhật), và phải còn ít nhất một ngày làm việc.",
        options.weekendDays,
      );
    }
    const tetDaysOff: Record<number, { from: string; to: string }> = {};
    for (const override of options.overrides ?? []) {
      validateOverride(override);
      const list = this.overridesByYear.get(override.year) ?? [];
      list.push(override);
      this.overridesByYear.set(override.year, list);
      if (override.tet) tetDaysOff[override.year] = override.tet;
    }
    this.ruleOptions = {
      weekendDays: this.weekendDays,
      useAnnouncedSchedules: options.useAnnouncedSchedules,
      additionalAnnualHolidays: options.additionalAnnualHolidays,
      tetDaysOff,
    };
  }

  /** True on a day that is neither a weekly rest day nor a day off, or that is a make-up working day. */
  isWorkingDay(date: string): boolean {
    const data = this.yearData(date);
    if (data.holidays.has(date)) return false;
    if (data.workingDays.has(date)) return true;
    return !this.weekendDays.includes(isoWeekday(date));
  }

  /** The holiday, compensatory, swapped or added day off on `date`, if any. */
  holidayOn(date: string): Holiday | undefined {
    return this.yearData(date).holidays.get(date);
  }

  isHoliday(date: string): boolean {
    return this.holidayOn(date) !== undefined;
  }

  /** Days off of calendar year `year`, in date order (weekends are listed only inside the Tết break). */
  holidaysOf(year: number): Holiday[] {
    return [...this.yearDataOf(year).holidays.values()].sort((a, b) => (a.date < b.date ? -1 : 1));
  }

  /** Weekend days worked in `year` (làm bù). */
  makeUpWorkingDaysOf(year: number): string[] {
    return [...this.yearDataOf(year).workingDays].sort();
  }

  tetSchedule(year: number): TetSchedule {
    checkYear(year);
    return tetSchedule(year, this.ruleOptions);
  }

  /**
   * Moves `n` working days from `date`: n = 2 gives the second working day after `date` (the
   * start day itself is never counted, as in "2 ngày làm việc sau ngày chốt số liệu"); negative n
   * moves backwards; n = 0 returns `date` unchanged.
   */
  addWorkingDays(date: string, n: number): string {
    if (!Number.isInteger(n) || Math.abs(n) > MAX_WORKING_DAY_STEP) {
      throw new HolidayCalendarError(
        "WORKING_DAY_COUNT_INVALID",
        `Số ngày làm việc phải là số nguyên có trị tuyệt đối không quá ${MAX_WORKING_DAY_STEP} (nhận được: ${String(n)}).`,
        n,
      );
    }
    const step = n < 0 ? -1 : 1;
    let day = toEpochDay(date);
    for (let remaining = Math.abs(n); remaining > 0; ) {
      day += step;
      if (this.isWorkingDay(fromEpochDay(day))) remaining--;
    }
    return fromEpochDay(day);
  }

  /** The first working day strictly after `date`. */
  nextWorkingDay(date: string): string {
    return this.addWorkingDays(date, 1);
  }

  /** The last working day strictly before `date`. */
  previousWorkingDay(date: string): string {
    return this.addWorkingDays(date, -1);
  }

  /** `date` itself when it is a working day, otherwise the next one. */
  workingDayOnOrAfter(date: string): string {
    return this.isWorkingDay(date) ? date : this.nextWorkingDay(date);
  }

  /** Working days from `from` to `to`, both included (0 when `from` is after `to`). */
  workingDaysBetween(from: string, to: string): number {
    let count = 0;
    for (let day = toEpochDay(from), last = toEpochDay(to); day <= last; day++) {
      if (this.isWorkingDay(fromEpochDay(day))) count++;
    }
    return count;
  }

  private yearData(date: string): YearData {
    return this.yearDataOf(parseIsoDate(date).year);
  }

  private yearDataOf(year: number): YearData {
    const cached = this.years.get(year);
    if (cached) return cached;
    checkYear(year);
    const holidays = new Map<string, Holiday>();
    const workingDays = new Set<string>();
    // Compensation for a late holiday of the previous year can spill into January.
    for (const sourceYear of [year - 1, year]) {
      if (sourceYear < MIN_PERIOD_YEAR) continue;
      const computed = computeYearHolidays(sourceYear, this.ruleOptions);
      for (const holiday of computed.holidays)
        if (startsWithYear(holiday.date, year)) holidays.set(holiday.date, holiday);
      for (const date of computed.makeUpWorkingDays) if (startsWithYear(date, year)) workingDays.add(date);
    }
    for (const override of this.overridesByYear.get(year) ?? []) {
      for (const date of override.remove ?? []) holidays.delete(date);
      for (const entry of override.add ?? []) {
        const holiday =
          typeof entry === "string" ? { date: entry, name: "Ngày nghỉ theo quyết định" } : entry;
        holidays.set(holiday.date, { date: holiday.date, name: holiday.name, kind: "custom" });
      }
      for (const date of override.workingDays ?? []) workingDays.add(date);
    }
    const data = { holidays, workingDays };
    this.years.set(year, data);
    return data;
  }
}

function startsWithYear(date: string, year: number): boolean {
  return Number(date.slice(0, 4)) === year;
}

function checkYear(year: number): void {
  if (!Number.isInteger(year) || year < MIN_PERIOD_YEAR || year > MAX_PERIOD_YEAR) {
    throw new HolidayCalendarError(
      "HOLIDAY_YEAR_OUT_OF_RANGE",
      `Lịch ngày nghỉ chỉ hỗ trợ các năm từ ${MIN_PERIOD_YEAR} đến ${MAX_PERIOD_YEAR} (nhận được: ${String(year)}).`,
      year,
    );
  }
}

function validateOverride(override: HolidayOverride): void {
  const fail = (message: string) => new HolidayCalendarError("HOLIDAY_OVERRIDE_INVALID", message, override);
  if (!override || !Number.isInteger(override.year))
    throw fail("Điều chỉnh lịch nghỉ phải có năm (year) là số nguyên.");
  checkYear(override.year);
  const checkDate = (date: unknown, what: string) => {
    if (typeof date !== "string" || !/^\d{4}-\d{2}-\d{2}$/.test(date)) {
      throw fail(`${what} "${String(date)}" không đúng dạng YYYY-MM-DD.`);
    }
    try {
      parseIsoDate(date);
    } catch {
      throw fail(`${what} "${date}" không có trên lịch.`);
    }
  };
  const checkInYear = (date: unknown, what: string) => {
    checkDate(date, what);
    if (!startsWithYear(date as string, override.year)) {
      throw fail(`${what} "${String(date)}" không thuộc năm ${override.year} của điều chỉnh.`);
    }
  };
  for (const entry of override.add ?? []) {
    const date = typeof entry === "string" ? entry : entry?.date;
    checkInYear(date, "Ngày nghỉ thêm");
    if (typeof entry !== "string" && (typeof entry.name !== "string" || entry.name.trim() === "")) {
      throw fail(`Ngày nghỉ thêm "${date}" phải có tên.`);
    }
  }
  for (const date of override.remove ?? []) checkInYear(date, "Ngày bỏ nghỉ");
  for (const date of override.workingDays ?? []) checkInYear(date, "Ngày làm bù");
  if (override.tet) {
    checkDate(override.tet.from, "Ngày bắt đầu nghỉ Tết");
    checkDate(override.tet.to, "Ngày kết thúc nghỉ Tết");
    const length = toEpochDay(override.tet.to) - toEpochDay(override.tet.from);
    if (length < 0 || length > 20 || !startsWithYear(override.tet.to, override.year)) {
      throw fail(
        `Kỳ nghỉ Tết năm ${override.year} từ ${override.tet.from} đến ${override.tet.to} không hợp lệ.`,
      );
    }
  }
}

let sharedDefault: HolidayCalendar | undefined;

/** A shared calendar with the built-in rules and announced schedules, for callers that need no overrides. */
export function defaultHolidayCalendar(): HolidayCalendar {
  sharedDefault ??= new HolidayCalendar();
  return sharedDefault;
}
