/**
 * Period codes: the one string form every indicator value, target and report uses for "when".
 *
 *   day 20250615 · ISO week 2025W23 · month 202506 · quarter 2025Q2 · six months 2025S1/2025S2
 *   nine months 2025N9 (first nine months of the year) · year 2025
 *
 * Within one type the canonical codes sort chronologically as plain text (weeks are zero-padded
 * for that reason), which lets SQL order and compare them without parsing.
 */
import {
  daysInMonth,
  epochDayOf,
  formatIsoDate,
  fromEpochDay,
  isoWeekdayOfEpochDay,
  partsFromEpochDay,
} from "./iso-date";
import { PeriodError } from "./period-error";

export type PeriodType = "day" | "week" | "month" | "quarter" | "sixmonth" | "ninemonth" | "year";

/** From finest to coarsest; the order also ranks types for parent/child checks. */
export const PERIOD_TYPES: readonly PeriodType[] = [
  "day",
  "week",
  "month",
  "quarter",
  "sixmonth",
  "ninemonth",
  "year",
];

export interface Period {
  /** Canonical code, e.g. "2025Q2". */
  readonly code: string;
  readonly type: PeriodType;
  /** First day, "YYYY-MM-DD". */
  readonly start: string;
  /** Last day, inclusive, "YYYY-MM-DD". */
  readonly end: string;
}

/** The numbers behind a code. For weeks `year` is the ISO week-year, which can differ from the calendar year. */
export type PeriodParts =
  | { type: "day"; year: number; month: number; day: number }
  | { type: "week"; year: number; week: number }
  | { type: "month"; year: number; month: number }
  | { type: "quarter"; year: number; quarter: number }
  | { type: "sixmonth"; year: number; half: number }
  | { type: "ninemonth"; year: number }
  | { type: "year"; year: number };

/** Periods are limited to years where the data of a Vietnamese government can plausibly live. */
export const MIN_PERIOD_YEAR = 1900;
export const MAX_PERIOD_YEAR = 2199;

const MAX_CODE_LENGTH = 16;

export function periodTypeRank(type: PeriodType): number {
  return PERIOD_TYPES.indexOf(type);
}

export function isPeriodType(value: unknown): value is PeriodType {
  return typeof value === "string" && (PERIOD_TYPES as readonly string[]).includes(value);
}

// ---------------------------------------------------------------- ISO weeks

/** Epoch day of the Monday of ISO week 1 (the week holding 4 January, hence the year's first Thursday). */
export function isoWeekOneMonday(weekYear: number): number {
  const january4 = epochDayOf(weekYear, 1, 4);
  return january4 - (isoWeekdayOfEpochDay(january4) - 1);
}

export function isoWeeksInYear(weekYear: number): 52 | 53 {
  return isoWeekOneMonday(weekYear + 1) - isoWeekOneMonday(weekYear) === 371 ? 53 : 52;
}

/** ISO week-year and week number of a day: the week belongs to the year of its Thursday. */
export function isoWeekOfEpochDay(epochDay: number): { year: number; week: number } {
  const thursday = epochDay + (4 - isoWeekdayOfEpochDay(epochDay));
  const year = partsFromEpochDay(thursday).year;
  return { year, week: Math.floor((thursday - isoWeekOneMonday(year)) / 7) + 1 };
}

// ---------------------------------------------------------------- building

function pad2(value: number): string {
  return String(value).padStart(2, "0");
}

function invalid(input: string, reason: string): PeriodError {
  return new PeriodError("PERIOD_INVALID", `Mã kỳ "${input}" không hợp lệ: ${reason}`, input);
}

function isWholeNumber(value: unknown): value is number {
  return typeof value === "number" && Number.isInteger(value);
}

/** Validates parts and returns the canonical code; `shown` is what the user typed, for the message. */
function canonicalCode(parts: PeriodParts, shown: string): string {
  const { year } = parts;
  if (!isWholeNumber(year) || year < MIN_PERIOD_YEAR || year > MAX_PERIOD_YEAR) {
    throw invalid(shown, `năm phải từ ${MIN_PERIOD_YEAR} đến ${MAX_PERIOD_YEAR}.`);
  }
  switch (parts.type) {
    case "day": {
      const { month, day } = parts;
      if (!isWholeNumber(month) || month < 1 || month > 12) throw invalid(shown, "tháng phải từ 01 đến 12.");
      const length = daysInMonth(year, month);
      if (!isWholeNumber(day) || day < 1 || day > length) {
        throw invalid(shown, `tháng ${month}/${year} chỉ có ${length} ngày.`);
      }
      return `${year}${pad2(month)}${pad2(day)}`;
    }
    case "week": {
      const weeks = isoWeeksInYear(year);
      if (!isWholeNumber(parts.week) || parts.week < 1 || parts.week > weeks) {
        throw invalid(shown, `năm ${year} có ${weeks} tuần theo ISO 8601 (tuần 01 đến ${weeks}).`);
      }
      return `${year}W${pad2(parts.week)}`;
    }
    case "month":
      if (!isWholeNumber(parts.month) || parts.month < 1 || parts.month > 12) {
        throw invalid(shown, "tháng phải từ 01 đến 12.");
      }
      return `${year}${pad2(parts.month)}`;
    case "quarter":
      if (!isWholeNumber(parts.quarter) || parts.quarter < 1 || parts.quarter > 4) {
        throw invalid(shown, "quý phải từ 1 đến 4.");
      }
      return `${year}Q${parts.quarter}`;
    case "sixmonth":
      if (parts.half !== 1 && parts.half !== 2) {
        throw invalid(shown, "kỳ 6 tháng phải là S1 (6 tháng đầu năm) hoặc S2 (6 tháng cuối năm).");
      }
      return `${year}S${parts.half}`;
    case "ninemonth":
      return `${year}N9`;
    case "year":
      return String(year);
    default:
      throw invalid(shown, "loại kỳ không được hỗ trợ.");
  }
}

/** First and last day as epoch days; parts must already be valid. */
function boundsOf(parts: PeriodParts): [number, number] {
  const { year } = parts;
  const monthSpan = (firstMonth: number, lastMonth: number): [number, number] => [
    epochDayOf(year, firstMonth, 1),
    epochDayOf(year, lastMonth, daysInMonth(year, lastMonth)),
  ];
  switch (parts.type) {
    case "day": {
      const day = epochDayOf(year, parts.month, parts.day);
      return [day, day];
    }
    case "week": {
      const monday = isoWeekOneMonday(year) + (parts.week - 1) * 7;
      return [monday, monday + 6];
    }
    case "month":
      return monthSpan(parts.month, parts.month);
    case "quarter":
      return monthSpan(parts.quarter * 3 - 2, parts.quarter * 3);
    case "sixmonth":
      return parts.half === 1 ? monthSpan(1, 6) : monthSpan(7, 12);
    case "ninemonth":
      return monthSpan(1, 9);
    case "year":
      return monthSpan(1, 12);
  }
}

function buildPeriod(parts: PeriodParts, shown: string): Period {
  const code = canonicalCode(parts, shown);
  const [first, last] = boundsOf(parts);
  return Object.freeze({ code, type: parts.type, start: fromEpochDay(first), end: fromEpochDay(last) });
}

/** Builds a Period from its parts, validating them (throws PeriodError PERIOD_INVALID). */
export function periodFromParts(parts: PeriodParts): Period {
  return buildPeriod(parts, describeParts(parts));
}

/** What the code of `parts` would look like, unvalidated, so that messages show a familiar form. */
function describeParts(parts: PeriodParts): string {
  const part = (value: unknown) =>
    typeof value === "number" ? String(value).padStart(2, "0") : String(value);
  switch (parts?.type) {
    case "day":
      return `${parts.year}${part(parts.month)}${part(parts.day)}`;
    case "week":
      return `${parts.year}W${part(parts.week)}`;
    case "month":
      return `${parts.year}${part(parts.month)}`;
    case "quarter":
      return `${parts.year}Q${parts.quarter}`;
    case "sixmonth":
      return `${parts.year}S${parts.half}`;
    case "ninemonth":
      return `${parts.year}N9`;
    case "year":
      return String(parts.year);
    default:
      return String((parts as { type?: unknown })?.type ?? parts).slice(0, 40);
  }
}

// ---------------------------------------------------------------- parsing

const FORMAT_HINT =
  "dùng một trong các dạng 20250615 (ngày), 2025W23 (tuần ISO), 202506 (tháng), 2025Q2 (quý), " +
  "2025S1 / 2025S2 (6 tháng), 2025N9 (9 tháng đầu năm), 2025 (năm).";

/** One pattern per code form; the first that matches decides the type. */
const CODE_FORMS: ReadonlyArray<[RegExp, (groups: string[]) => PeriodParts]> = [
  [/^(\d{4})$/, ([y]) => ({ type: "year", year: Number(y) })],
  [
    /^(\d{4})(\d{2})(\d{2})$/,
    ([y, m, d]) => ({ type: "day", year: Number(y), month: Number(m), day: Number(d) }),
  ],
  [/^(\d{4})(\d{2})$/, ([y, m]) => ({ type: "month", year: Number(y), month: Number(m) })],
  [/^(\d{4})W(\d{1,2})$/, ([y, w]) => ({ type: "week", year: Number(y), week: Number(w) })],
  [/^(\d{4})Q(\d)$/, ([y, q]) => ({ type: "quarter", year: Number(y), quarter: Number(q) })],
  [/^(\d{4})S(\d)$/, ([y, h]) => ({ type: "sixmonth", year: Number(y), half: Number(h) })],
  [/^(\d{4})N(9)$/, ([y]) => ({ type: "ninemonth", year: Number(y) })],
];

function partsFromText(input: string): PeriodParts {
  const text = input.trim().toUpperCase();
  for (const [pattern, build] of CODE_FORMS) {
    const match = pattern.exec(text);
    if (match) return build(match.slice(1));
  }
  if (/^\d{4}N\d$/.test(text)) throw invalid(input, "kỳ 9 tháng chỉ có N9 (9 tháng đầu năm).");
  throw invalid(input, FORMAT_HINT);
}

/**
 * Reads a period code. Surrounding spaces and lower-case letters are accepted ("2025q2"); the
 * returned code is canonical. Throws PeriodError with code PERIOD_INVALID and a Vietnamese message.
 */
export function parsePeriod(code: string): Period {
  if (typeof code !== "string" || code.trim() === "") {
    throw new PeriodError("PERIOD_INVALID", "Mã kỳ không được để trống.", code);
  }
  if (code.length > MAX_CODE_LENGTH) {
    throw new PeriodError(
      "PERIOD_INVALID",
      `Mã kỳ quá dài (tối đa ${MAX_CODE_LENGTH} ký tự).`,
      code.slice(0, 40),
    );
  }
  return buildPeriod(partsFromText(code), code.trim());
}

export function tryParsePeriod(code: string): Period | undefined {
  try {
    return parsePeriod(code);
  } catch (error) {
    if (error instanceof PeriodError) return undefined;
    throw error;
  }
}

export function isValidPeriodCode(code: string): boolean {
  return tryParsePeriod(code) !== undefined;
}

export function periodType(code: string): PeriodType {
  return parsePeriod(code).type;
}

/** Accepts either a code or an already parsed Period (re-validated through its code). */
export function toPeriod(input: string | Period): Period {
  return typeof input === "string" ? parsePeriod(input) : parsePeriod(input.code);
}

/** The numbers behind a period; for weeks, the ISO week-year and week number. */
export function periodParts(input: string | Period): PeriodParts {
  const period = toPeriod(input);
  return partsFromText(period.code);
}

/**
 * The canonical code of a period given as parts, or as a Period (whose type and start decide the
 * code, so a hand-built object cannot smuggle in a mismatched code or end).
 */
export function formatPeriod(period: PeriodParts | Period): string {
  if ("start" in period) {
    const start = epochDayOf(...startTriple(period.start));
    const rebuilt = periodFromParts(partsAt(period.type, start));
    if (rebuilt.start !== period.start || rebuilt.end !== period.end) {
      throw new PeriodError(
        "PERIOD_INVALID",
        `Kỳ loại "${period.type}" từ ${period.start} đến ${period.end} không khớp với một kỳ chuẩn.`,
        period,
      );
    }
    return rebuilt.code;
  }
  return canonicalCode(period, describeParts(period));
}

function startTriple(date: string): [number, number, number] {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(date);
  if (!match) throw new PeriodError("DATE_INVALID", `Ngày bắt đầu "${date}" không hợp lệ.`, date);
  return [Number(match[1]), Number(match[2]), Number(match[3])];
}

/** Parts of the period of `type` that contains the given day (ninemonth only for January–September). */
export function partsAt(type: PeriodType, epochDay: number): PeriodParts {
  const { year, month, day } = partsFromEpochDay(epochDay);
  switch (type) {
    case "day":
      return { type, year, month, day };
    case "week":
      return { type, ...isoWeekOfEpochDay(epochDay) };
    case "month":
      return { type, year, month };
    case "quarter":
      return { type, year, quarter: Math.ceil(month / 3) };
    case "sixmonth":
      return { type, year, half: month <= 6 ? 1 : 2 };
    case "ninemonth":
      if (month > 9) {
        throw new PeriodError(
          "PERIOD_NOT_NESTED",
          `Ngày ${formatIsoDate(year, month, day)} không thuộc kỳ 9 tháng nào (kỳ 9 tháng chỉ gồm tháng 1 đến tháng 9).`,
          formatIsoDate(year, month, day),
        );
      }
      return { type, year };
    case "year":
      return { type, year };
  }
}
