import { TargetError } from "./errors";

const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;
const MS_PER_DAY = 86_400_000;

/** Days since 1970-01-01 for a YYYY-MM-DD date; calendar arithmetic only, no time zones. */
export function dayNumber(date: string): number {
  const match = ISO_DATE.exec(date);
  if (!match) throw new TargetError(`Ngày '${date}' không đúng định dạng YYYY-MM-DD.`);
  const [year, month, day] = [Number(match[1]), Number(match[2]), Number(match[3])];
  const ms = Date.UTC(year, month - 1, day);
  const check = new Date(ms);
  if (check.getUTCFullYear() !== year || check.getUTCMonth() !== month - 1 || check.getUTCDate() !== day) {
    throw new TargetError(`Ngày '${date}' không tồn tại.`);
  }
  return Math.round(ms / MS_PER_DAY);
}

export function isIsoDate(date: string): boolean {
  try {
    dayNumber(date);
    return true;
  } catch {
    return false;
  }
}

export function dateFromDayNumber(days: number): string {
  return new Date(days * MS_PER_DAY).toISOString().slice(0, 10);
}

/** Months since January of year 0, for placing monthly values on a regular grid. */
export function monthIndex(date: string): number {
  dayNumber(date);
  return Number(date.slice(0, 4)) * 12 + Number(date.slice(5, 7)) - 1;
}

/** Last day of the month with the given monthIndex. */
export function monthEndDate(index: number): string {
  const year = Math.floor(index / 12);
  const month = index - year * 12;
  return new Date(Date.UTC(year, month + 1, 0)).toISOString().slice(0, 10);
}

/** dd/mm/yyyy, the way Vietnamese documents write dates. */
export function formatViDate(date: string): string {
  return `${date.slice(8, 10)}/${date.slice(5, 7)}/${date.slice(0, 4)}`;
}
