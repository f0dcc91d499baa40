/**
 * Calendar-date arithmetic on "YYYY-MM-DD" strings.
 *
 * Dates are plain calendar days with no time zone: every computation goes through UTC
 * midnights (Date.UTC), so the result is the same in a browser in Hà Nội and on a server
 * running in UTC. Converting an instant to a Vietnamese calendar day is the one place a time
 * zone matters; see isoDateInTimeZone.
 */
import { PeriodError } from "./period-error";

export interface DateParts {
  year: number;
  month: number;
  day: number;
}

const MS_PER_DAY = 86_400_000;
const ISO_DATE_PATTERN = /^(\d{4})-(\d{2})-(\d{2})$/;

/** Dates are limited to four-digit years so that the string form stays fixed-width and sortable. */
export const MIN_DATE_YEAR = 1000;
export const MAX_DATE_YEAR = 9999;

export function isLeapYear(year: number): boolean {
  return (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0;
}

export function daysInMonth(year: number, month: number): number {
  if (month === 2) return isLeapYear(year) ? 29 : 28;
  return month === 4 || month === 6 || month === 9 || month === 11 ? 30 : 31;
}

function pad(value: number, width: number): string {
  return String(value).padStart(width, "0");
}

/** Builds "YYYY-MM-DD" from numbers that are already known to be valid. */
export function formatIsoDate(year: number, month: number, day: number): string {
  return `${pad(year, 4)}-${pad(month, 2)}-${pad(day, 2)}`;
}

export function tryParseIsoDate(text: string): DateParts | undefined {
  if (typeof text !== "string") return undefined;
  const match = ISO_DATE_PATTERN.exec(text);
  if (!match) return undefined;
  const year = Number(match[1]);
  const month = Number(match[2]);
  const day = Number(match[3]);
  if (year < MIN_DATE_YEAR || year > MAX_DATE_YEAR) return undefined;
  if (month < 1 || month > 12) return undefined;
  if (day < 1 || day > daysInMonth(year, month)) return undefined;
  return { year, month, day };
}

export function isValidIsoDate(text: string): boolean {
  return tryParseIsoDate(text) !== undefined;
}

/** Parses "YYYY-MM-DD" or throws PeriodError(DATE_INVALID) with a Vietnamese message. */
export function parseIsoDate(text: string): DateParts {
  const parts = tryParseIsoDate(text);
  if (parts) return parts;
  const shown = typeof text === "string" ? text.slice(0, 40) : String(text);
  throw new PeriodError(
    "DATE_INVALID",
    `Ngày "${shown}" không hợp lệ. Ngày phải có dạng YYYY-MM-DD và có thật trên lịch (ví dụ 2025-06-15).`,
    text,
  );
}

/** Days since 1970-01-01 (negative before). */
export function epochDayOf(year: number, month: number, day: number): number {
  return Math.round(Date.UTC(year, month - 1, day) / MS_PER_DAY);
}

export function toEpochDay(date: string): number {
  const { year, month, day } = parseIsoDate(date);
  return epochDayOf(year, month, day);
}

export function partsFromEpochDay(epochDay: number): DateParts {
  const value = new Date(epochDay * MS_PER_DAY);
  return { year: value.getUTCFullYear(), month: value.getUTCMonth() + 1, day: value.getUTCDate() };
}

export function fromEpochDay(epochDay: number): string {
  const { year, month, day } = partsFromEpochDay(epochDay);
  if (year < MIN_DATE_YEAR || year > MAX_DATE_YEAR) {
    throw new PeriodError(
      "DATE_INVALID",
      `Ngày tính được nằm ngoài khoảng năm ${MIN_DATE_YEAR}–${MAX_DATE_YEAR}.`,
    );
  }
  return formatIsoDate(year, month, day);
}

export function addDays(date: string, days: number): string {
  return fromEpochDay(toEpochDay(date) + days);
}

/** Whole days from `from` to `to` (positive when `to` is later). */
export function diffDays(from: string, to: string): number {
  return toEpochDay(to) - toEpochDay(from);
}

/** ISO weekday: 1 = Monday ... 7 = Sunday. */
export function isoWeekdayOfEpochDay(epochDay: number): number {
  // 1970-01-01 was a Thursday (ISO weekday 4).
  return ((((epochDay + 3) % 7) + 7) % 7) + 1;
}

export function isoWeekday(date: string): number {
  return isoWeekdayOfEpochDay(toEpochDay(date));
}

/** Same-format strings compare chronologically as text; this also validates both. */
export function compareIsoDates(a: string, b: string): number {
  return Math.sign(toEpochDay(a) - toEpochDay(b));
}

/** Adds whole months and clamps the day to the target month's length (31/01 + 1 month = 28/02). */
export function addMonths(date: string, months: number): string {
  const { year, month, day } = parseIsoDate(date);
  const monthIndex = year * 12 + (month - 1) + months;
  const targetYear = Math.floor(monthIndex / 12);
  const targetMonth = (monthIndex % 12) + 1;
  return formatIsoDate(targetYear, targetMonth, Math.min(day, daysInMonth(targetYear, targetMonth)));
}

/** "15/06/2025", the way Vietnamese documents write dates. */
export function formatVietnameseDate(date: string): string {
  const { year, month, day } = parseIsoDate(date);
  return `${pad(day, 2)}/${pad(month, 2)}/${year}`;
}

/**
 * The calendar day of an instant in a time zone (default Vietnam, UTC+7). Uses Intl, which both
 * browsers and Node provide, so the server answers "today" the way an official in Hà Nội would.
 */
export function isoDateInTimeZone(instant: Date, timeZone = "Asia/Ho_Chi_Minh"): string {
  const formatter = new Intl.DateTimeFormat("en-US", {
    timeZone,
    year: "numeric",
    month: "2-digit",
    day: "2-digit",
  });
  const fields: Record<string, string> = {};
  for (const part of formatter.formatToParts(instant)) fields[part.type] = part.value;
  return formatIsoDate(Number(fields.year), Number(fields.month), Number(fields.day));
}
