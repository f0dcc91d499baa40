/** Small calendar helpers on "YYYY-MM-DD" strings (UTC arithmetic, no time zones involved). */

export function isLeapYear(year: number): boolean {
  return (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0;
}

export function daysInMonth(year: number, month: number): number {
  if (month === 2) return isLeapYear(year) ? 29 : 28;
  return month === 4 || month === 6 || month === 9 || month === 11 ? 30 : 31;
}

export function isValidDate(year: number, month: number, day: number): boolean {
  return (
    Number.isInteger(year) &&
    year >= 1900 &&
    year <= 2200 &&
    month >= 1 &&
    month <= 12 &&
    day >= 1 &&
    day <= daysInMonth(year, month)
  );
}

export function isoDate(year: number, month: number, day: number): string {
  return `${String(year).padStart(4, "0")}-${String(month).padStart(2, "0")}-${String(day).padStart(2, "0")}`;
}

export function monthStart(year: number, month: number): string {
  return isoDate(year, month, 1);
}

export function monthEnd(year: number, month: number): string {
  return isoDate(year, month, daysInMonth(year, month));
}

/** The day before a "YYYY-MM-DD" date. */
export function dayBefore(date: string): string {
  const [y, m, d] = date.split("-").map(Number);
  const t = new Date(Date.UTC(y, m - 1, d) - 86_400_000);
  return isoDate(t.getUTCFullYear(), t.getUTCMonth() + 1, t.getUTCDate());
}

const ROMAN: Record<string, number> = { I: 1, V: 5, X: 10, L: 50, C: 100 };

/** "IV" -> 4; null when the text is not a roman numeral (up to 399, enough for headings). */
export function romanToNumber(text: string): number | null {
  const upper = text.toUpperCase();
  if (!/^[IVXLC]+$/.test(upper)) return null;
  let total = 0;
  for (let i = 0; i < upper.length; i++) {
    const value = ROMAN[upper[i]];
    const next = ROMAN[upper[i + 1]] ?? 0;
    total += value < next ? -value : value;
  }
  return total > 0 ? total : null;
}

/** Quarter written as a roman or arabic numeral ("II", "2") -> 1..4, else null. */
export function quarterNumber(text: string): number | null {
  const n = /^\d$/.test(text) ? Number(text) : romanToNumber(text);
  return n !== null && n >= 1 && n <= 4 ? n : null;
}

/** A year written in a document: four digits between 1900 and 2199. */
export function isPlausibleYear(n: number): boolean {
  return Number.isInteger(n) && n >= 1900 && n < 2200;
}
