/**
 * Public holidays of Vietnam for one year, as they apply to civil servants.
 *
 * Bộ luật Lao động 2019, Điều 112: Tết Dương lịch (1/1), five days of Tết Âm lịch, Chiến thắng
 * (30/4), Quốc tế Lao động (1/5), Quốc khánh (2/9 and one day before or after it; a single day
 * until 2020 under the 2012 code) and Giỗ Tổ Hùng Vương (10/3 lunar). Điều 111: a holiday that
 * falls on a weekly rest day is compensated on the next working day (nghỉ bù).
 *
 * Announced decisions (tet-schedules.ts) replace the rule where they exist. Anything else the
 * Government decides later goes into a per-year override of HolidayCalendar.
 */
import { addDays, formatIsoDate, fromEpochDay, isoWeekday, toEpochDay } from "../periods/iso-date";
import { lunarNewYearEpochDay, lunarToEpochDay } from "./lunar-calendar";
import { ANNOUNCED_SWAPS, LUNAR_NEW_YEAR_DATES, TET_DAYS_OFF_ANNOUNCED } from "./tet-schedules";

export type HolidayKind =
  /** A statutory holiday or a day of the Tết break. */
  | "holiday"
  /** Nghỉ bù: replaces a holiday that fell on a weekly rest day. */
  | "compensatory"
  /** Hoán đổi: a working day given off, paid back by working a weekend day. */
  | "swap"
  /** Added by a per-year override. */
  | "custom";

export interface Holiday {
  date: string;
  name: string;
  kind: HolidayKind;
}

export interface TetSchedule {
  year: number;
  /** Mùng 1 Tết. */
  lunarNewYear: string;
  /** First and last day off, weekends included. */
  from: string;
  to: string;
  makeUpWorkingDays: string[];
  /** "announced": decided by the Government; "rule": computed by the default rule. */
  status: "announced" | "rule";
  source: string;
}

export interface AnnualHoliday {
  month: number;
  day: number;
  name: string;
  fromYear?: number;
  toYear?: number;
}

export interface HolidayRuleOptions {
  /** ISO weekdays of the weekly rest (1 = Monday … 7 = Sunday). Default Saturday and Sunday. */
  weekendDays?: readonly number[];
  /** Use the announced Tết breaks and swaps of tet-schedules.ts (default true). */
  useAnnouncedSchedules?: boolean;
  /**
   * Extra fixed-date holidays, compensated like the others. Example: Ngày Văn hóa Việt Nam (24/11),
   * which Nghị quyết 80-NQ/TW (01/2026) intends as a paid holiday once the Labour Code is amended:
   * { month: 11, day: 24, name: "Ngày Văn hóa Việt Nam", fromYear: 2026 }.
   */
  additionalAnnualHolidays?: readonly AnnualHoliday[];
  /** Replaces the Tết break of given years (the Government decides each year). */
  tetDaysOff?: Readonly<Record<number, { from: string; to: string; makeUpWorkingDays?: readonly string[] }>>;
}

export interface YearHolidays {
  holidays: Holiday[];
  makeUpWorkingDays: string[];
}

const DEFAULT_WEEKEND: readonly number[] = [6, 7];

function weekendOf(options: HolidayRuleOptions): readonly number[] {
  return options.weekendDays ?? DEFAULT_WEEKEND;
}

function datesFromTo(from: string, to: string): string[] {
  const dates: string[] = [];
  for (let day = toEpochDay(from); day <= toEpochDay(to); day++) dates.push(fromEpochDay(day));
  return dates;
}

function lunarNewYearDate(year: number): string {
  return LUNAR_NEW_YEAR_DATES[year] ?? fromEpochDay(lunarNewYearEpochDay(year));
}

/** The Tết break of a year: the announced one when known, else the default rule. */
export function tetSchedule(year: number, options: HolidayRuleOptions = {}): TetSchedule {
  const lunarNewYear = lunarNewYearDate(year);
  const configured = options.tetDaysOff?.[year];
  if (configured) {
    return {
      year,
      lunarNewYear,
      from: configured.from,
      to: configured.to,
      makeUpWorkingDays: [...(configured.makeUpWorkingDays ?? [])],
      status: "announced",
      source: "Cấu hình theo quyết định của năm",
    };
  }
  const announced = options.useAnnouncedSchedules === false ? undefined : TET_DAYS_OFF_ANNOUNCED[year];
  if (announced) {
    return {
      year,
      lunarNewYear,
      ...announced,
      makeUpWorkingDays: [...announced.makeUpWorkingDays],
      status: "announced",
    };
  }
  // Default rule: the last day of the lunar year (29 or 30 tháng Chạp) to mùng 4, five days,
  // extended by compensatory days for those that fall on a weekend.
  const weekend = weekendOf(options);
  const first = addDays(lunarNewYear, -1);
  let last = addDays(lunarNewYear, 3);
  const weekendTetDays = datesFromTo(first, last).filter((date) => weekend.includes(isoWeekday(date))).length;
  for (let owed = weekendTetDays; owed > 0; ) {
    last = addDays(last, 1);
    if (!weekend.includes(isoWeekday(last))) owed--;
  }
  // A break that ends on a Friday runs on through the weekend that follows it.
  while (weekend.includes(isoWeekday(addDays(last, 1)))) last = addDays(last, 1);
  let start = first;
  while (weekend.includes(isoWeekday(addDays(start, -1)))) start = addDays(start, -1);
  return {
    year,
    lunarNewYear,
    from: start,
    to: last,
    makeUpWorkingDays: [],
    status: "rule",
    source: "Quy tắc mặc định: ngày cuối năm âm lịch đến mùng 4 Tết, cộng ngày nghỉ bù",
  };
}

/**
 * Which neighbour of 2/9 is the second National Day holiday. The Government picks it each year;
 * this reproduces its choices of 2021–2025 (bridging to the nearer weekend) as the default.
 */
function nationalDaySecondDay(year: number): string {
  const weekday = isoWeekday(formatIsoDate(year, 9, 2));
  const before = weekday === 2 || weekday === 5 || weekday === 6; // Tuesday, Friday, Saturday
  return formatIsoDate(year, 9, before ? 1 : 3);
}

interface Candidate extends Holiday {
  /** False for days of an announced break, whose compensation is already inside it. */
  compensate: boolean;
}

/**
 * All days off of calendar year `year` (dates may run into January of the next year when a late
 * holiday is compensated), plus the weekend days that are worked instead.
 */
export function computeYearHolidays(year: number, options: HolidayRuleOptions = {}): YearHolidays {
  const weekend = weekendOf(options);
  const candidates: Candidate[] = [];
  const add = (date: string, name: string, compensate = true) =>
    candidates.push({ date, name, kind: "holiday", compensate });

  add(formatIsoDate(year, 1, 1), "Tết Dương lịch");

  // The whole break, weekends and compensation included, comes from tetSchedule.
  const tet = tetSchedule(year, options);
  for (const date of datesFromTo(tet.from, tet.to)) add(date, "Tết Nguyên đán", false);

  const gioTo = lunarToEpochDay({ year, month: 3, day: 10, leap: false });
  if (gioTo !== undefined) add(fromEpochDay(gioTo), "Giỗ Tổ Hùng Vương (10/3 âm lịch)");
  add(formatIsoDate(year, 4, 30), "Ngày Chiến thắng (30/4)");
  add(formatIsoDate(year, 5, 1), "Ngày Quốc tế Lao động (1/5)");
  add(formatIsoDate(year, 9, 2), "Quốc khánh (2/9)");
  if (year >= 2021) add(nationalDaySecondDay(year), "Quốc khánh (ngày liền kề)");

  for (const extra of options.additionalAnnualHolidays ?? []) {
    if ((extra.fromYear ?? year) > year || (extra.toYear ?? year) < year) continue;
    add(formatIsoDate(year, extra.month, extra.day), extra.name);
  }

  const taken = new Set(candidates.map((c) => c.date));
  const holidays: Holiday[] = [];
  const seen = new Set<string>();
  for (const candidate of candidates.sort((a, b) => (a.date < b.date ? -1 : a.date > b.date ? 1 : 0))) {
    if (seen.has(candidate.date)) continue;
    seen.add(candidate.date);
    holidays.push({ date: candidate.date, name: candidate.name, kind: "holiday" });
  }
  // Nghỉ bù, in date order, each on the first following day that is neither rest day nor holiday.
  for (const candidate of candidates) {
    if (!candidate.compensate || !weekend.includes(isoWeekday(candidate.date))) continue;
    let day = toEpochDay(candidate.date) + 1;
    while (weekend.includes(isoWeekday(fromEpochDay(day))) || taken.has(fromEpochDay(day))) day++;
    const date = fromEpochDay(day);
    taken.add(date);
    holidays.push({ date, name: `Nghỉ bù ${candidate.name}`, kind: "compensatory" });
  }

  const makeUpWorkingDays = [...tet.makeUpWorkingDays];
  if (options.useAnnouncedSchedules !== false) {
    for (const swap of ANNOUNCED_SWAPS) {
      if (Number(swap.dayOff.slice(0, 4)) !== year || taken.has(swap.dayOff)) continue;
      holidays.push({ date: swap.dayOff, name: `Nghỉ hoán đổi dịp ${swap.occasion}`, kind: "swap" });
      makeUpWorkingDays.push(swap.makeUpWorkingDay);
    }
  }
  holidays.sort((a, b) => (a.date < b.date ? -1 : a.date > b.date ? 1 : 0));
  return { holidays, makeUpWorkingDays: makeUpWorkingDays.sort() };
}
