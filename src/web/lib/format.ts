// Number and date formatting. Vietnamese conventions by default: 1.234.567,5 and dd/MM/yyyy.
// Timestamps are shown in Vietnam time whatever the browser's zone, so a deadline reads the same
// on every machine; date-only values (YYYY-MM-DD) are calendar dates and never shifted.

export const VN_TIME_ZONE = "Asia/Ho_Chi_Minh";
export type AppLocale = "vi-VN" | "en-GB";

export function localeForLanguage(language: string | undefined): AppLocale {
  return language?.startsWith("en") ? "en-GB" : "vi-VN";
}

const numberFormats = new Map<string, Intl.NumberFormat>();

function numberFormat(locale: AppLocale, options: Intl.NumberFormatOptions): Intl.NumberFormat {
  const key = `${locale}|${JSON.stringify(options)}`;
  let format = numberFormats.get(key);
  if (!format) {
    format = new Intl.NumberFormat(locale, options);
    numberFormats.set(key, format);
  }
  return format;
}

export interface NumberOptions {
  minimumFractionDigits?: number;
  maximumFractionDigits?: number;
}

/** 1234567.5 → "1.234.567,5"; null/undefined/NaN → "" so empty cells stay empty. */
export function formatNumber(
  value: number | null | undefined,
  options: NumberOptions = {},
  locale: AppLocale = "vi-VN",
): string {
  if (value === null || value === undefined || Number.isNaN(value)) return "";
  return numberFormat(locale, {
    minimumFractionDigits: options.minimumFractionDigits ?? 0,
    maximumFractionDigits: options.maximumFractionDigits ?? 2,
  }).format(value);
}

/** A percentage given on the 0–100 scale: 75.25 → "75,3%". */
export function formatPercent(
  value: number | null | undefined,
  fractionDigits = 1,
  locale: AppLocale = "vi-VN",
): string {
  if (value === null || value === undefined || Number.isNaN(value)) return "";
  return `${formatNumber(value, { maximumFractionDigits: fractionDigits }, locale)}%`;
}

const DATE_ONLY = /^(\d{4})-(\d{2})-(\d{2})$/;

function pad2(n: number): string {
  return n < 10 ? `0${n}` : String(n);
}

interface CalendarParts {
  year: number;
  month: number;
  day: number;
  hour: number;
  minute: number;
}

const vnPartsFormat = new Intl.DateTimeFormat("en-GB", {
  timeZone: VN_TIME_ZONE,
  year: "numeric",
  month: "2-digit",
  day: "2-digit",
  hour: "2-digit",
  minute: "2-digit",
  hourCycle: "h23",
});

function vnParts(date: Date): CalendarParts {
  const parts: Record<string, number> = {};
  for (const part of vnPartsFormat.formatToParts(date)) {
    if (part.type !== "literal") parts[part.type] = Number(part.value);
  }
  return { year: parts.year, month: parts.month, day: parts.day, hour: parts.hour, minute: parts.minute };
}

function toParts(value: string | Date): CalendarParts | null {
  if (typeof value === "string") {
    const dateOnly = DATE_ONLY.exec(value);
    if (dateOnly) {
      return {
        year: Number(dateOnly[1]),
        month: Number(dateOnly[2]),
        day: Number(dateOnly[3]),
        hour: 0,
        minute: 0,
      };
    }
  }
  const date = typeof value === "string" ? new Date(value) : value;
  if (Number.isNaN(date.getTime())) return null;
  return vnParts(date);
}

/** "2025-07-01" or a timestamp → "01/07/2025"; empty or invalid input → "". */
export function formatDate(value: string | Date | null | undefined): string {
  if (!value) return "";
  const p = toParts(value);
  return p ? `${pad2(p.day)}/${pad2(p.month)}/${p.year}` : "";
}

/** A timestamp → "01/07/2025 14:05" in Vietnam time. */
export function formatDateTime(value: string | Date | null | undefined): string {
  if (!value) return "";
  const p = toParts(value);
  return p ? `${pad2(p.day)}/${pad2(p.month)}/${p.year} ${pad2(p.hour)}:${pad2(p.minute)}` : "";
}

/** Only the time of day in Vietnam time: "14:05" (a lockout that ends today needs no date). */
export function formatTimeOfDay(value: string | Date | null | undefined): string {
  if (!value) return "";
  const p = toParts(value);
  return p ? `${pad2(p.hour)}:${pad2(p.minute)}` : "";
}

/** "1/7/2025" or "01/07/2025" → "2025-07-01"; anything that is not a real calendar date → null. */
export function parseDate(text: string): string | null {
  const match = /^\s*(\d{1,2})\/(\d{1,2})\/(\d{4})\s*$/.exec(text);
  if (!match) return null;
  const day = Number(match[1]);
  const month = Number(match[2]);
  const year = Number(match[3]);
  const check = new Date(Date.UTC(year, month - 1, day));
  if (check.getUTCFullYear() !== year || check.getUTCMonth() !== month - 1 || check.getUTCDate() !== day) {
    return null;
  }
  return `${year}-${pad2(month)}-${pad2(day)}`;
}

/** Today's calendar date in Vietnam as YYYY-MM-DD (the value an <input type="date"> expects). */
export function todayIso(now: Date = new Date()): string {
  const p = vnParts(now);
  return `${p.year}-${pad2(p.month)}-${pad2(p.day)}`;
}
