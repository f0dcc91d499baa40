/**
 * Report deadlines as Vietnamese plans and reporting regimes write them, read into a small rule
 * object that can be stored (JSON), shown again in Vietnamese, and resolved to a date for any
 * period (deadline-resolve.ts).
 *
 *   "trước ngày 20 của tháng cuối quý"        { kind: "dayOfMonth", day: 20, month: "quarterLastMonth" }
 *   "trước ngày 20 hằng tháng"                { kind: "dayOfMonth", day: 20, month: "periodLastMonth" }
 *   "trước ngày 5 của tháng tiếp theo"        { kind: "dayOfMonth", day: 5,  month: "nextMonth" }
 *   "trước ngày 25/5", "ngày 15/12 hằng năm"  { kind: "fixedDate", day: 25, month: 5 }
 *   "2 ngày làm việc sau ngày chốt số liệu"   { kind: "afterAnchor", count: 2, unit: "workingDays", anchor: "cutoff" }
 *
 * The text may be a whole sentence ("Định kỳ (trước ngày 15 của tháng cuối quý), báo cáo ..."),
 * with or without diacritics; it must hold exactly one deadline.
 */
import { daysInMonth } from "../periods/iso-date";

export type DeadlineQualifier =
  /** "trước ngày X" */
  | "before"
  /** "chậm nhất (là/vào) ngày X", "hạn ngày X", "đến hết ngày X" */
  | "noLaterThan"
  /** "ngày X", "vào ngày X" */
  | "on";

export type DeadlineMonthAnchor =
  /** The last month of the quarter that holds the period's end ("tháng cuối quý"). */
  | "quarterLastMonth"
  /** The last month of the period itself ("hằng tháng", "tháng báo cáo", "tháng cuối kỳ báo cáo"). */
  | "periodLastMonth"
  /** The month after the period ends ("tháng sau", "tháng tiếp theo", "tháng kế tiếp"). */
  | "nextMonth";

export type DeadlineRule =
  | { kind: "dayOfMonth"; qualifier: DeadlineQualifier; day: number; month: DeadlineMonthAnchor }
  | { kind: "fixedDate"; qualifier: DeadlineQualifier; day: number; month: number; year?: number }
  | {
      kind: "afterAnchor";
      count: number;
      unit: "workingDays" | "days";
      /** "cutoff": the last day of the NĐ 09 cut-off window; "periodEnd": the period's last day. */
      anchor: "cutoff" | "periodEnd";
    };

export class DeadlineRuleError extends Error {
  readonly code = "DEADLINE_RULE_INVALID" as const;
  readonly input: unknown;

  constructor(message: string, input?: unknown) {
    super(message);
    this.name = "DeadlineRuleError";
    this.input = input;
  }
}

const MAX_TEXT_LENGTH = 1_000;
const MAX_COUNT = 365;
const EXAMPLES =
  '"trước ngày 20 của tháng cuối quý", "trước ngày 20 hằng tháng", "trước ngày 5 của tháng tiếp theo", ' +
  '"trước ngày 25/5", "ngày 15/12 hằng năm", "2 ngày làm việc sau ngày chốt số liệu"';

/** Lower case, no diacritics (đ → d), parenthesised number words dropped, single spaces. */
function fold(text: string): string {
  return text
    .normalize("NFD")
    .replace(/[\u0300-\u036f]/g, "")
    .replace(/đ/g, "d")
    .replace(/Đ/g, "D")
    .toLowerCase()
    .replace(/(\d+)\s*\([^)]*\)/g, "$1") // "05 (năm) ngày" → "05 ngày"
    .replace(/[^a-z0-9/\s-]/g, " ")
    .replace(/\s+/g, " ")
    .trim();
}

const QUALIFIER = "(?:(truoc|cham nhat(?: la| vao)?|muon nhat(?: la| vao)?|han|den het|den|vao)\\s+)?";
const NUMBER_WORDS: Record<string, number> = {
  mot: 1,
  hai: 2,
  ba: 3,
  bon: 4,
  nam: 5,
  sau: 6,
  bay: 7,
  tam: 8,
  chin: 9,
  muoi: 10,
};

const DAY_OF_MONTH = new RegExp(
  `${QUALIFIER}ngay (\\d{1,2}) (?:cua |trong )?(thang cuoi (?:cua )?quy|thang cuoi (?:cua )?ky(?: bao cao)?|` +
    "thang bao cao|hang thang|thang sau|thang tiep theo|thang ke tiep|thang lien (?:ke )?sau)(?![a-z])",
  "g",
);
const FIXED_SLASH = new RegExp(`${QUALIFIER}ngay (\\d{1,2}) ?/ ?(\\d{1,2})(?: ?/ ?(\\d{4}))?(?!\\d)`, "g");
const FIXED_WORDS = new RegExp(`${QUALIFIER}ngay (\\d{1,2}) thang (\\d{1,2})(?: nam (\\d{4}))?(?!\\d)`, "g");
const AFTER_ANCHOR = new RegExp(
  `(?<![a-z0-9])(\\d{1,3}|${Object.keys(NUMBER_WORDS).join("|")}) ngay( lam viec)? ` +
    "(?:sau|ke tu|tinh tu|ke tu sau) (?:ngay |thoi diem )?" +
    "(chot so lieu|ket thuc ky bao cao|ket thuc ky|het ky bao cao|cuoi ky bao cao)",
  "g",
);

function qualifierOf(word: string | undefined): DeadlineQualifier {
  if (word === "truoc") return "before";
  if (word === undefined || word === "vao") return "on";
  return "noLaterThan";
}

function monthAnchorOf(words: string): DeadlineMonthAnchor {
  if (words.includes("quy")) return "quarterLastMonth";
  if (words.includes("ky") || words === "thang bao cao" || words === "hang thang") return "periodLastMonth";
  return "nextMonth";
}

function checkDayOfMonth(day: number, original: string): void {
  if (day < 1 || day > 31) {
    throw new DeadlineRuleError(
      `Ngày ${day} trong thời hạn "${original}" không hợp lệ (ngày phải từ 1 đến 31).`,
      original,
    );
  }
}

function fixedDateRule(
  qualifier: DeadlineQualifier,
  day: number,
  month: number,
  year: number | undefined,
  original: string,
): DeadlineRule {
  if (month < 1 || month > 12) {
    throw new DeadlineRuleError(
      `Tháng ${month} trong thời hạn "${original}" không hợp lệ (tháng phải từ 1 đến 12).`,
      original,
    );
  }
  // Without a year, 29/02 is allowed (it becomes 28/02 in common years).
  const length = daysInMonth(year ?? 2024, month);
  if (day < 1 || day > length) {
    throw new DeadlineRuleError(
      `Ngày ${day}/${month}${year ? `/${year}` : ""} trong thời hạn "${original}" không có trên lịch.`,
      original,
    );
  }
  if (year !== undefined && (year < 1900 || year > 2199)) {
    throw new DeadlineRuleError(
      `Năm ${year} trong thời hạn "${original}" nằm ngoài khoảng 1900–2199.`,
      original,
    );
  }
  return year === undefined
    ? { kind: "fixedDate", qualifier, day, month }
    : { kind: "fixedDate", qualifier, day, month, year };
}

/**
 * Reads one deadline from Vietnamese text. Throws DeadlineRuleError (code DEADLINE_RULE_INVALID)
 * with a Vietnamese message when no deadline, or more than one, is found, or when a day or month
 * does not exist.
 */
export function parseDeadlineRule(text: string): DeadlineRule {
  if (typeof text !== "string" || text.trim() === "") {
    throw new DeadlineRuleError("Thời hạn báo cáo không được để trống.", text);
  }
  if (text.length > MAX_TEXT_LENGTH) {
    throw new DeadlineRuleError(
      `Thời hạn báo cáo quá dài (tối đa ${MAX_TEXT_LENGTH} ký tự).`,
      text.slice(0, 80),
    );
  }
  const original = text.trim();
  const folded = fold(original);
  const found: DeadlineRule[] = [];

  for (const match of folded.matchAll(DAY_OF_MONTH)) {
    const day = Number(match[2]);
    checkDayOfMonth(day, original);
    found.push({ kind: "dayOfMonth", qualifier: qualifierOf(match[1]), day, month: monthAnchorOf(match[3]) });
  }
  for (const pattern of [FIXED_SLASH, FIXED_WORDS]) {
    for (const match of folded.matchAll(pattern)) {
      const year = match[4] === undefined ? undefined : Number(match[4]);
      found.push(fixedDateRule(qualifierOf(match[1]), Number(match[2]), Number(match[3]), year, original));
    }
  }
  for (const match of folded.matchAll(AFTER_ANCHOR)) {
    const count = NUMBER_WORDS[match[1]] ?? Number(match[1]);
    if (count < 1 || count > MAX_COUNT) {
      throw new DeadlineRuleError(
        `Số ngày ${count} trong thời hạn "${original}" phải từ 1 đến ${MAX_COUNT}.`,
        original,
      );
    }
    found.push({
      kind: "afterAnchor",
      count,
      unit: match[2] ? "workingDays" : "days",
      anchor: match[3].includes("chot") ? "cutoff" : "periodEnd",
    });
  }

  const distinct = [...new Map(found.map((rule) => [JSON.stringify(rule), rule])).values()];
  if (distinct.length === 0) {
    throw new DeadlineRuleError(
      `Không nhận ra thời hạn báo cáo trong "${original.slice(0, 200)}". Ví dụ hợp lệ: ${EXAMPLES}.`,
      original,
    );
  }
  if (distinct.length > 1) {
    throw new DeadlineRuleError(
      `"${original.slice(0, 200)}" có nhiều hơn một thời hạn báo cáo; hãy ghi mỗi thời hạn riêng.`,
      original,
    );
  }
  return distinct[0];
}

const QUALIFIER_TEXT: Record<DeadlineQualifier, string> = {
  before: "trước ngày",
  noLaterThan: "chậm nhất ngày",
  on: "ngày",
};

const MONTH_ANCHOR_TEXT: Record<DeadlineMonthAnchor, string> = {
  quarterLastMonth: "của tháng cuối quý",
  periodLastMonth: "của tháng cuối kỳ báo cáo",
  nextMonth: "của tháng tiếp theo",
};

/** The rule in Vietnamese, in a form parseDeadlineRule reads back to the same rule. */
export function formatDeadlineRule(rule: DeadlineRule): string {
  const checked = assertDeadlineRule(rule);
  switch (checked.kind) {
    case "dayOfMonth":
      return `${QUALIFIER_TEXT[checked.qualifier]} ${checked.day} ${MONTH_ANCHOR_TEXT[checked.month]}`;
    case "fixedDate": {
      const date = `${checked.day}/${checked.month}`;
      return `${QUALIFIER_TEXT[checked.qualifier]} ${checked.year === undefined ? `${date} hằng năm` : `${date}/${checked.year}`}`;
    }
    case "afterAnchor":
      return (
        `${checked.count} ${checked.unit === "workingDays" ? "ngày làm việc" : "ngày"} sau ` +
        (checked.anchor === "cutoff" ? "ngày chốt số liệu" : "ngày kết thúc kỳ báo cáo")
      );
  }
}

/**
 * Checks a value (for instance a rule read back from the database as JSON) and returns it typed,
 * or throws DeadlineRuleError.
 */
export function assertDeadlineRule(value: unknown): DeadlineRule {
  const fail = () => new DeadlineRuleError("Quy tắc thời hạn báo cáo không hợp lệ.", value);
  if (typeof value !== "object" || value === null) throw fail();
  const rule = value as Record<string, unknown>;
  const isInt = (x: unknown, min: number, max: number) =>
    Number.isInteger(x) && (x as number) >= min && (x as number) <= max;
  const qualifierOk =
    rule.qualifier === "before" || rule.qualifier === "noLaterThan" || rule.qualifier === "on";
  switch (rule.kind) {
    case "dayOfMonth":
      if (!qualifierOk || !isInt(rule.day, 1, 31)) throw fail();
      if (rule.month !== "quarterLastMonth" && rule.month !== "periodLastMonth" && rule.month !== "nextMonth")
        throw fail();
      return value as DeadlineRule;
    case "fixedDate":
      if (
        !qualifierOk ||
        !isInt(rule.month, 1, 12) ||
        (rule.year !== undefined && !isInt(rule.year, 1900, 2199))
      )
        throw fail();
      if (!isInt(rule.day, 1, daysInMonth((rule.year as number | undefined) ?? 2024, rule.month as number)))
        throw fail();
      return value as DeadlineRule;
    case "afterAnchor":
      if (!isInt(rule.count, 1, MAX_COUNT)) throw fail();
      if (
        (rule.unit !== "workingDays" && rule.unit !== "days") ||
        (rule.anchor !== "cutoff" && rule.anchor !== "periodEnd")
      ) {
        throw fail();
      }
      return value as DeadlineRule;
    default:
      throw fail();
  }
}
