/**
 * Deadlines as plans write them: a date, a month, a quarter, a year, a range of them, an ongoing
 * duty ("Thường xuyên", "trước ngày 20 của tháng cuối quý") or another body's timetable
 * ("Theo lộ trình của Văn phòng Chính phủ"). See Deadline in types.ts for the from/to rules.
 *
 * Patterns run on text folded with foldAligned (no diacritics, lowercase, same length), so a
 * match's position also cuts the original wording.
 */
import { foldAligned } from "../text/fold";
import {
  dayBefore,
  isoDate,
  isPlausibleYear,
  isValidDate,
  monthEnd,
  monthStart,
  quarterNumber,
} from "./calendar";
import type { Deadline, DeadlineKind } from "./types";

export interface DeadlineResult {
  deadline: Deadline;
  /** Vietnamese, for ParsedPlan.warnings; null when all was understood. */
  warning: string | null;
}

interface DatedMatch {
  start: number;
  end: number;
  kind: DeadlineKind;
  from: string | null;
  to: string | null;
  warning: string | null;
}

type Builder = (m: RegExpExecArray, year: number | null) => Omit<DatedMatch, "start" | "end"> | null;

const Q = "(i{1,3}|iv|[1-4])(?![a-z0-9])";
const SEP_YEAR = "\\s*(?:\\/|-|,|nam|\\s)\\s*";

function quarterBounds(q: number, year: number): [string, string] {
  return [monthStart(year, q * 3 - 2), monthEnd(year, q * 3)];
}

function missingYear(kind: DeadlineKind, what: string) {
  return { kind, from: null, to: null, warning: `Không rõ năm của thời hạn "${what}"` };
}

function dateOf(day: number, month: number, year: number, written: string) {
  if (!isValidDate(year, month, day)) {
    return { kind: "none" as const, from: null, to: null, warning: `Ngày không hợp lệ: "${written}"` };
  }
  const d = isoDate(year, month, day);
  return { kind: "date" as const, from: d, to: d, warning: null };
}

function yearOrContext(text: string | undefined, year: number | null): number | null {
  if (text) return Number(text);
  return year;
}

// Ordered only for readability: the earliest match wins, and the longest among equals.
const DATED_PATTERNS: ReadonlyArray<[RegExp, Builder]> = [
  // 01/3/2025 - 30/6/2025, từ ngày 01/3/2025 đến ngày 30/6/2025
  [
    /(?:tu\s+)?(?:ngay\s+)?(?<!\d)(\d{1,2})\s*[/.-]\s*(\d{1,2})\s*[/.-]\s*(\d{4})\s*(?:-|–|den|toi)\s*(?:ngay\s+)?(\d{1,2})\s*[/.-]\s*(\d{1,2})\s*[/.-]\s*(\d{4})/g,
    (m) => {
      const a = dateOf(+m[1], +m[2], +m[3], m[0]);
      const b = dateOf(+m[4], +m[5], +m[6], m[0]);
      if (a.kind === "none" || b.kind === "none") return a.kind === "none" ? a : b;
      return { kind: "range", from: a.from, to: b.to, warning: null };
    },
  ],
  // Năm 2023 - 2025, giai đoạn 2024-2025, từ năm 2024 đến năm 2025
  [
    /(?:(?:tu\s+)?nam\s+|giai doan\s+)?(?<!\d)((?:19|20|21)\d{2})\s*(?:-|–|—|den(?:\s+het)?(?:\s+nam)?|toi(?:\s+nam)?)\s*((?:19|20|21)\d{2})(?!\d)/g,
    (m) => {
      const [a, b] = [Number(m[1]), Number(m[2])];
      if (b < a) return null;
      return { kind: "range", from: isoDate(a, 1, 1), to: isoDate(b, 12, 31), warning: null };
    },
  ],
  // 6 tháng đầu năm 2025, 6 tháng cuối năm
  [
    /(\d{1,2})\s+thang\s+(dau|cuoi)\s+nam(?:\s+((?:19|20|21)\d{2}))?/g,
    (m, year) => {
      const y = yearOrContext(m[3], year);
      const n = Number(m[1]);
      if (n < 1 || n > 12) return null;
      if (y === null) return missingYear("range", m[0]);
      return m[2] === "dau"
        ? { kind: "range", from: monthStart(y, 1), to: monthEnd(y, n), warning: null }
        : { kind: "range", from: monthStart(y, 13 - n), to: monthEnd(y, 12), warning: null };
    },
  ],
  // Quý I - II/2025, quý II và III năm 2025
  [
    new RegExp(
      `quy\\s+${Q}\\s*(?:-|–|den|va|,)\\s*(?:quy\\s+)?${Q}(?:${SEP_YEAR}((?:19|20|21)\\d{2}))?`,
      "g",
    ),
    (m, year) => {
      const [a, b] = [quarterNumber(m[1].toUpperCase()), quarterNumber(m[2].toUpperCase())];
      const y = yearOrContext(m[3], year);
      if (a === null || b === null || b < a) return null;
      if (y === null) return missingYear("range", m[0]);
      return { kind: "range", from: quarterBounds(a, y)[0], to: quarterBounds(b, y)[1], warning: null };
    },
  ],
  // Tháng 3 - 6/2025, từ tháng 3/2025 đến tháng 6/2025
  [
    /(?:tu\s+)?thang\s+(\d{1,2})(?:\s*[/-]\s*((?:19|20|21)\d{2}))?\s*(?:-|–|den)\s*(?:thang\s+)?(\d{1,2})\s*(?:\/|-|nam)\s*((?:19|20|21)\d{2})/g,
    (m) => {
      const [a, b, y2] = [Number(m[1]), Number(m[3]), Number(m[4])];
      const y1 = m[2] ? Number(m[2]) : y2;
      if (a < 1 || a > 12 || b < 1 || b > 12) return null;
      return { kind: "range", from: monthStart(y1, a), to: monthEnd(y2, b), warning: null };
    },
  ],
  // ngày 25 tháng 5 năm 2025
  [
    /(?:ngay\s+)?(\d{1,2})\s+thang\s+(\d{1,2})\s+nam\s+(\d{4})/g,
    (m) => dateOf(Number(m[1]), Number(m[2]), Number(m[3]), m[0]),
  ],
  // 25/02/2025, 25-02-2025, 25.02.2025
  [
    /(?:ngay\s+)?(?<![\d/])(\d{1,2})\s*([/.-])\s*(\d{1,2})\s*\2\s*(\d{4})(?!\d)/g,
    (m) => dateOf(Number(m[1]), Number(m[3]), Number(m[4]), m[0].replace(/^ngay\s+/, "")),
  ],
  // 2025-02-25
  [/(?<!\d)(\d{4})-(\d{2})-(\d{2})(?!\d)/g, (m) => dateOf(Number(m[3]), Number(m[2]), Number(m[1]), m[0])],
  // Tháng 12/2025, tháng 12 năm 2025, T12/2025, 12/2025, tháng 12 (year from context)
  [
    /(?<![a-z])(?:thang\s+|t)(\d{1,2})(?:\s*(?:\/|-|\.|nam)\s*((?:19|20|21)\d{2}))?(?![\d/])/g,
    (m, year) => {
      const month = Number(m[1]);
      if (month < 1 || month > 12) return null;
      // "T12" only counts with its year ("T12/2025"); alone it is too likely something else.
      if (!m[2] && !m[0].startsWith("thang")) return null;
      const y = yearOrContext(m[2], year);
      if (y === null) return missingYear("month", m[0]);
      return { kind: "month", from: monthStart(y, month), to: monthEnd(y, month), warning: null };
    },
  ],
  [
    /(?<![\d/.])(\d{1,2})\s*\/\s*((?:19|20|21)\d{2})(?!\d)/g,
    (m) => {
      const month = Number(m[1]);
      if (month < 1 || month > 12) return null;
      const y = Number(m[2]);
      return { kind: "month", from: monthStart(y, month), to: monthEnd(y, month), warning: null };
    },
  ],
  // Quý II năm 2025, Quý II/2025, quý 2-2025, Quý IV (year from context)
  [
    new RegExp(`quy\\s+${Q}(?:${SEP_YEAR}((?:19|20|21)\\d{2}))?`, "g"),
    (m, year) => {
      const q = quarterNumber(m[1].toUpperCase());
      if (q === null) return null;
      const y = yearOrContext(m[2], year);
      if (y === null) return missingYear("quarter", m[0]);
      const [from, to] = quarterBounds(q, y);
      return { kind: "quarter", from, to, warning: null };
    },
  ],
  // ngày 25/5 (year from context)
  [
    /(?:ngay\s+)?(?<![\d/.])(\d{1,2})\s*\/\s*(\d{1,2})(?![\d/])/g,
    (m, year) => {
      const [day, month] = [Number(m[1]), Number(m[2])];
      if (day < 1 || day > 31 || month < 1 || month > 12) return null;
      if (year === null) return missingYear("date", m[0]);
      return dateOf(day, month, year, m[0].replace(/^ngay\s+/, ""));
    },
  ],
  // Năm 2025, 2025
  [
    /(?:nam\s+)?(?<![\d/.-])((?:19|20|21)\d{2})(?![\d/])/g,
    (m) => {
      const y = Number(m[1]);
      if (!isPlausibleYear(y)) return null;
      return { kind: "year", from: isoDate(y, 1, 1), to: isoDate(y, 12, 31), warning: null };
    },
  ],
];

function allDatedMatches(folded: string, year: number | null): DatedMatch[] {
  const found: DatedMatch[] = [];
  for (const [pattern, build] of DATED_PATTERNS) {
    pattern.lastIndex = 0;
    for (let m = pattern.exec(folded); m !== null; m = pattern.exec(folded)) {
      const built = build(m, year);
      if (built) found.push({ ...built, start: m.index, end: m.index + m[0].length });
      if (m[0].length === 0) pattern.lastIndex++;
    }
  }
  return found.sort((a, b) => a.start - b.start || b.end - a.end);
}

// "trước tháng 11/2024" ends before the month starts; "trước ngày 25/02" is the day itself.
function applyBefore(match: DatedMatch, folded: string): DatedMatch {
  const before = /truoc\s*$/.test(folded.slice(Math.max(0, match.start - 8), match.start));
  if (!before || match.kind === "date" || match.kind === "none" || match.from === null) return match;
  const d = dayBefore(match.from);
  return { ...match, kind: "date", from: d, to: d };
}

const RECURRING_AT_START =
  /^(?:thuong xuyen|hang\s|hàng\s|dinh ky|lien tuc|moi\s|hang nam|hang quy|hang thang)/;
const RECURRING_ANYWHERE =
  /(?:dinh ky\s*\(?\s*)?(?:truoc|cham nhat|vao)\s+ngay\s+\d{1,2}\s+(?:cua|hang|moi)\s+(?:thang cuoi quy|thang cuoi ky|thang dau quy|thang|quy|nam)|(?:dinh ky\s+)?(?:hang|moi)\s+(?:ngay|tuan|thang|quy|nam|6 thang)(?![a-z])|thuong xuyen|dinh ky|lien tuc/g;
const DAY_OF_PERIOD =
  /(?:dinh ky\s*\(?\s*)?(?:truoc|cham nhat|vao)\s+ngay\s+\d{1,2}\s+(?:cua|hang|moi)\s+(?:thang cuoi quy|thang cuoi ky|thang dau quy|thang|quy|nam)/;
const ROADMAP =
  /^(?:theo\s|tuy theo|khi co yeu cau|khi co chi dao|phu hop voi)|theo lo trinh|theo tien do cua/;

function deadlineOf(
  kind: DeadlineKind,
  from: string | null,
  to: string | null,
  text: string | null,
): Deadline {
  return { kind, from, to, text };
}

/** No deadline: kind none, nothing known. */
export const NO_DEADLINE: Deadline = Object.freeze({ kind: "none", from: null, to: null, text: null });

/**
 * Reads a deadline cell or labelled value as a whole ("Quý II năm 2025", "Thường xuyên").
 * `year` is the document's year, used when the text gives none ("25/5").
 * Unreadable text gives kind none with the text kept and a warning.
 */
export function parseDeadline(text: string | null | undefined, year: number | null): DeadlineResult {
  const written = (text ?? "").replace(/\s+/g, " ").trim();
  if (written.length === 0) return { deadline: { ...NO_DEADLINE }, warning: null };
  const folded = foldAligned(written);
  if (RECURRING_AT_START.test(folded))
    return { deadline: deadlineOf("recurring", null, null, written), warning: null };
  RECURRING_ANYWHERE.lastIndex = 0;
  const dayOfPeriod = /(?:truoc|cham nhat|vao)\s+ngay\s+\d{1,2}\s+(?:cua|hang|moi)\s/.test(folded);
  if (dayOfPeriod) return { deadline: deadlineOf("recurring", null, null, written), warning: null };
  if (/^(?:theo\s|tuy theo|khi co)/.test(folded)) {
    return { deadline: deadlineOf("roadmap", null, null, written), warning: null };
  }
  const matches = allDatedMatches(folded, year);
  if (matches.length > 0) {
    const m = applyBefore(matches[0], folded);
    return { deadline: deadlineOf(m.kind, m.from, m.to, written), warning: m.warning };
  }
  if (RECURRING_ANYWHERE.test(folded))
    return { deadline: deadlineOf("recurring", null, null, written), warning: null };
  if (ROADMAP.test(folded)) return { deadline: deadlineOf("roadmap", null, null, written), warning: null };
  return {
    deadline: deadlineOf("none", null, null, written),
    warning: `Không đọc được thời hạn: "${written}"`,
  };
}

// Words that make a date in running text a deadline ("hoàn thành trước ngày 25/02/2025"), as
// opposed to a reference ("Kế hoạch số 48/KH-BCĐCĐS ngày 01/3/2024").
const TRIGGER =
  /(?:truoc|trong|cham nhat|muon nhat|hoan thanh|xong|den het|ket thuc|han chot|thoi han)\s*(?:ngay\s*)?[:(]?\s*$/;

export interface FoundDeadline extends DeadlineResult {
  /** Where the deadline phrase sits in the text searched. */
  start: number;
  end: number;
}

/**
 * Finds the deadline inside a sentence: a date or period after "trước", "trong", "hoàn thành",
 * "chậm nhất"...; else an ongoing duty ("định kỳ trước ngày 25 của tháng cuối quý", "hằng quý",
 * "thường xuyên"). Returns null when the sentence sets none.
 */
export function findDeadlineInText(text: string, year: number | null): FoundDeadline | null {
  const folded = foldAligned(text);
  for (const match of allDatedMatches(folded, year)) {
    const lead = folded.slice(Math.max(0, match.start - 30), match.start);
    const trigger = TRIGGER.exec(lead);
    if (!trigger) continue;
    const start = match.start - (lead.length - trigger.index);
    const m = applyBefore(match, folded);
    const written = text.slice(start, match.end).replace(/\s+/g, " ").trim();
    return { deadline: deadlineOf(m.kind, m.from, m.to, written), warning: m.warning, start, end: match.end };
  }
  // "định kỳ ... trước ngày 20 của tháng cuối quý" says more than a bare "định kỳ" before it.
  const dayOfPeriod = DAY_OF_PERIOD.exec(folded);
  RECURRING_ANYWHERE.lastIndex = 0;
  const recurring = dayOfPeriod ?? RECURRING_ANYWHERE.exec(folded);
  if (recurring) {
    const written = text
      .slice(recurring.index, recurring.index + recurring[0].length)
      .replace(/[()]/g, "")
      .replace(/\s+/g, " ")
      .trim();
    return {
      deadline: deadlineOf("recurring", null, null, written),
      warning: null,
      start: recurring.index,
      end: recurring.index + recurring[0].length,
    };
  }
  return null;
}
