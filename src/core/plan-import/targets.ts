/**
 * Target sentences: "Tỷ lệ hồ sơ trực tuyến ... đạt 75%", "Tối thiểu 90% ...", "Trên 50% ...",
 * "90% cấp tỉnh, 85% cấp huyện và 70% cấp xã" (one target per level), "trong vòng 24 giờ",
 * "ít nhất 01 cuộc".
 *
 * The comparator is read from the words just before the number (tối thiểu/đạt/phấn đấu/ít nhất
 * -> >=, trên -> >, dưới -> <, không quá/trong vòng/tối đa -> <=), or after it ("trở lên").
 * A percentage with no such word is a level to reach (>=); later numbers in a list inherit the
 * comparator of the first ("đạt 90% cấp tỉnh, 85% cấp huyện").
 */
import { foldAligned } from "../text/fold";
import type { Comparator } from "./types";

export interface TargetDraft {
  text: string;
  indicator: string;
  op: Comparator;
  value: number;
  unit: string | null;
  scope: string | null;
}

export interface ExtractTargetOptions {
  /** Accept a bare count with no comparator ("Kết nối 40 nhóm thông tin") - for list items under "Mục tiêu". */
  allowBare?: boolean;
  /** Only numbers with a comparator word ("tối thiểu 60%"); for thresholds inside task sentences. */
  requireComparator?: boolean;
}

// Folded phrases, longest first so that "khong duoi" wins over "duoi" and "dat tren" over "dat".
const COMPARATORS: ReadonlyArray<[string, Comparator]> = (
  [
    ["dat toi thieu", ">="],
    ["toi thieu", ">="],
    ["dat it nhat", ">="],
    ["it nhat", ">="],
    ["khong duoi", ">="],
    ["khong thap hon", ">="],
    ["khong it hon", ">="],
    ["phan dau dat", ">="],
    ["phan dau", ">="],
    ["dat", ">="],
    ["tang len", ">="],
    ["dat tren", ">"],
    ["tren", ">"],
    ["cao hon", ">"],
    ["lon hon", ">"],
    ["nhieu hon", ">"],
    ["vuot", ">"],
    ["dat duoi", "<"],
    ["duoi", "<"],
    ["thap hon", "<"],
    ["nho hon", "<"],
    ["it hon", "<"],
    ["khong vuot qua", "<="],
    ["khong qua", "<="],
    ["toi da", "<="],
    ["trong vong", "<="],
    ["trong thoi han", "<="],
    ["khong cao hon", "<="],
    ["khong lon hon", "<="],
    ["khong nhieu hon", "<="],
    ["giam xuong con", "<="],
    ["giam con", "<="],
    ["bang", "="],
    [">=", ">="],
    ["≥", ">="],
    ["<=", "<="],
    ["≤", "<="],
    [">", ">"],
    ["<", "<"],
    ["=", "="],
  ] as Array<[string, Comparator]>
).sort((a, b) => b[0].length - a[0].length);

interface ComparatorHit {
  op: Comparator;
  /** Length of the phrase, counted back from the end of the window. */
  length: number;
}

/** The comparator written just before a number: "đạt trên" -> ">", "không quá" -> "<=". */
export function comparatorBefore(text: string): Comparator | null {
  return comparatorAtEnd(foldAligned(text))?.op ?? null;
}

function comparatorAtEnd(foldedWindow: string): ComparatorHit | null {
  const trimmed = foldedWindow.replace(/\s+$/, "");
  const spaces = foldedWindow.length - trimmed.length;
  for (const [phrase, op] of COMPARATORS) {
    if (!trimmed.endsWith(phrase)) continue;
    const before = trimmed[trimmed.length - phrase.length - 1];
    if (before !== undefined && /[a-z0-9]/.test(before) && /^[a-z]/.test(phrase)) continue;
    return { op, length: phrase.length + spaces };
  }
  return null;
}

interface Mention {
  /** Where the comparator phrase (or the number, when there is none) starts. */
  start: number;
  end: number;
  value: number;
  unit: string | null;
  op: Comparator | null;
}

/** "75,5" -> 75.5; "1.000" -> 1000 (dot groups thousands in Vietnamese); "01" -> 1. */
export function parseVietnameseNumber(text: string): number {
  if (/^\d{1,3}(\.\d{3})+$/.test(text)) return Number(text.replace(/\./g, ""));
  return Number(text.replace(",", "."));
}

const COUNT_UNITS = [
  "ngày làm việc",
  "cơ sở dữ liệu",
  "triệu đồng",
  "tỷ đồng",
  "hệ thống",
  "dịch vụ",
  "sản phẩm",
  "doanh nghiệp",
  "hồ sơ",
  "giờ",
  "phút",
  "ngày",
  "tháng",
  "năm",
  "lượt",
  "cuộc",
  "lần",
  "nhóm",
  "người",
  "hộ",
  "điểm",
  "km",
  "ha",
];

function unitAfter(text: string): string | null {
  const lower = text.toLowerCase();
  for (const unit of COUNT_UNITS) {
    if (lower.startsWith(unit) && !/\p{L}/u.test(lower[unit.length] ?? "")) return unit;
  }
  const word = /^(\p{L}+)/u.exec(text);
  return word ? word[1] : null;
}

// Numbers that are not amounts: years, document numbers, dates, "Đề án 06".
const NOT_AN_AMOUNT_BEFORE =
  /(?:nam|so|ngay|thang|quy|giai doan|de an|dieu|khoan|muc|phu luc|thu|lan thu|nghi dinh|quyet dinh|thong tu|ke hoach|chi thi|nghi quyet)\s*$/;

function findMentions(clause: string, allowBare: boolean): Mention[] {
  const folded = foldAligned(clause);
  const mentions: Mention[] = [];
  const percent = /(?<![\d.,/])(\d{1,3}(?:[.,]\d+)?)\s?%/g;
  for (let m = percent.exec(clause); m !== null; m = percent.exec(clause)) {
    const hit = comparatorAtEnd(folded.slice(Math.max(0, m.index - 24), m.index));
    mentions.push({
      start: hit ? m.index - hit.length : m.index,
      end: m.index + m[0].length,
      value: parseVietnameseNumber(m[1]),
      unit: "%",
      op: hit?.op ?? null,
    });
  }
  if (mentions.length > 0) return mentions;
  const amount = /(?<![\d.,/\p{L}-])(\d{1,6}(?:[.,]\d+)?)(?![\d/%-])\s*/gu;
  for (let m = amount.exec(clause); m !== null; m = amount.exec(clause)) {
    const window = folded.slice(Math.max(0, m.index - 24), m.index);
    if (NOT_AN_AMOUNT_BEFORE.test(window)) continue;
    const value = parseVietnameseNumber(m[1]);
    if (/^(19|20|21)\d{2}$/.test(m[1])) continue;
    const hit = comparatorAtEnd(window);
    const unit = unitAfter(clause.slice(m.index + m[0].length));
    if (!unit) continue;
    const after = folded.slice(m.index + m[0].length + unit.length, m.index + m[0].length + unit.length + 12);
    const orMore = /^\s*tro len/.test(after);
    const orLess = /^\s*tro xuong/.test(after);
    if (!hit && !orMore && !orLess && !(allowBare && mentions.length === 0)) continue;
    if (unit === "tuổi" || (hit?.op === undefined && /^(năm|tháng)$/.test(unit))) continue;
    mentions.push({
      start: hit ? m.index - hit.length : m.index,
      end: m.index + m[0].length + unit.length,
      value,
      unit,
      op: orMore ? ">=" : orLess ? "<=" : (hit?.op ?? null),
    });
  }
  return mentions;
}

const LEAD_WORDS =
  /^(?:đồng thời|phấn đấu|phân đầu|cụ thể|mục tiêu|chỉ tiêu|bảo đảm|đảm bảo|duy trì|hoàn thành|có|(?:đến hết|đến|trong|trước)?\s*(?:năm\s+\d{4}|quý\s+[IVX\d]+(?:\s*[/-]\s*\d{4}|\s+năm\s+\d{4})?|tháng\s+\d{1,2}(?:\s*[/-]\s*\d{4})?))[\s,:]*/iu;
const LEVEL =
  /^\s*(?:đối với\s+|tại\s+|ở\s+)?((?:các\s+)?cấp\s+(?:tỉnh|huyện|xã|trung ương|cơ sở)|khu vực (?:thành thị|nông thôn)|thành thị|nông thôn)(?=[\s,.;]|$)/iu;

const TRAILING_FILLERS = new Set(["và", "đạt", "là", "với", "mức"]);

// Trims punctuation and the linking words left at the end ("Tỷ lệ X đạt" -> "Tỷ lệ X") in one
// linear pass: documents can hold very long lines, and a trim-until-stable loop is quadratic.
function tidy(text: string): string {
  const words = text
    .replace(/^[\s,;:.\-–+•]+/, "")
    .split(/\s+/)
    .filter((w) => w.length > 0);
  while (words.length > 0) {
    const last = words[words.length - 1].replace(/[,;:.]+$/, "");
    if (last.length === 0) words.pop();
    else if (words.length > 1 && TRAILING_FILLERS.has(last.toLowerCase())) words.pop();
    else {
      words[words.length - 1] = last;
      break;
    }
  }
  if (words.length > 1 && words[words.length - 1].toLowerCase() === "ở") words.pop();
  return words.join(" ");
}

function stripLeadWords(text: string): string {
  let out = tidy(text);
  // A few lead words at most ("Đồng thời, phấn đấu đến năm 2025, ..."); bounded on purpose.
  for (let i = 0; i < 6; i++) {
    const next = tidy(out.replace(LEAD_WORDS, ""));
    if (next === out) break;
    out = next;
  }
  return out;
}

function clausesOf(text: string): string[] {
  return text
    .replace(/^\s*(?:[-+•–*]|\d+(?:\.\d+)*[.)]|[a-zđ][.)])\s+/u, "")
    .split(/;\s+|(?<=[.!?])\s+(?=[\p{Lu}\d])/u)
    .map((c) => c.trim())
    .filter((c) => c.length > 0);
}

// Where the indicator's own name starts inside a longer prefix ("UBND ... chỉ đạo ..., bảo đảm
// tỷ lệ hồ sơ ..."): the first such word, since the name itself may hold another ("mức độ 2").
const INDICATOR_START = /(?:^|\s)(?:tỷ lệ|mức độ hài lòng|số lượng|tốc độ|tỷ trọng)\s/iu;

function indicatorPrefix(text: string): string {
  const m = INDICATOR_START.exec(text);
  return stripLeadWords(m ? text.slice(m.index) : text);
}

function draftsOfClause(clause: string, allowBare: boolean, requireComparator: boolean): TargetDraft[] {
  const mentions = findMentions(clause, allowBare).filter((m) => !requireComparator || m.op !== null);
  if (mentions.length === 0) return [];
  const prefix = indicatorPrefix(clause.slice(0, mentions[0].start));
  const prefixIsIndicator = prefix.split(" ").length >= 3;
  const drafts: TargetDraft[] = [];
  let inherited: Comparator = ">=";
  mentions.forEach((mention, i) => {
    const nextStart = mentions[i + 1]?.start ?? clause.length;
    const after = clause.slice(mention.end, nextStart);
    let scope: string | null = null;
    let rest = after;
    const dueTo = /^\s*đối với\s+(.+)$/iu.exec(after);
    const level = LEVEL.exec(after);
    if (dueTo && i === mentions.length - 1) {
      scope = tidy(dueTo[1].replace(/\.$/, ""));
      rest = "";
    } else if (level) {
      scope = tidy(level[1]);
      rest = after.slice(level[0].length);
    }
    const op = mention.op ?? inherited;
    inherited = op;
    // "đạt 70%, trong đó có bằng cấp, chứng chỉ đạt 30%": the words between two numbers name
    // the second one when they are more than a level.
    const between = i > 0 ? tidy(clause.slice(mentions[i - 1].end, mention.start)) : "";
    const ownName = i > 0 && !LEVEL.test(between) && between.split(" ").length >= 2 ? between : "";
    let indicator: string;
    const countWithObject = mention.unit !== "%" && tidy(rest).split(" ").length >= 2;
    if (mention.unit !== "%" && (countWithObject || !prefixIsIndicator)) {
      // A count reads best as the clause without the number: "Kết nối ... nhóm thông tin".
      indicator = tidy(
        `${clause.slice(0, mention.start)} ${mention.unit ?? ""} ${clause.slice(mention.end)}`,
      );
    } else if (ownName && prefixIsIndicator) {
      indicator = /^trong đó\s/iu.test(ownName)
        ? `${prefix} ${ownName.replace(/^trong đó\s+/iu, "")}`
        : indicatorPrefix(ownName);
    } else if (prefixIsIndicator) {
      indicator = prefix;
    } else {
      indicator = tidy(rest.replace(/\.$/, ""));
    }
    drafts.push({ text: clause, indicator, op, value: mention.value, unit: mention.unit, scope });
  });
  // "90% cấp tỉnh, 85% cấp huyện và 70% cấp xã thực hiện X": the words after the last level
  // name the indicator of every level.
  const shared = drafts[drafts.length - 1];
  for (const d of drafts) {
    if (d.indicator.length === 0 || (d.scope && !prefixIsIndicator && d !== shared && shared.indicator)) {
      d.indicator = shared.indicator || stripLeadWords(clause);
    }
  }
  return drafts;
}

/** All targets a sentence sets; [] when it sets none. */
export function extractTargets(text: string, options: ExtractTargetOptions = {}): TargetDraft[] {
  return clausesOf(text).flatMap((clause) =>
    draftsOfClause(clause, options.allowBare ?? false, options.requireComparator ?? false),
  );
}

/** Folded sentence starts that announce a target even outside a "Mục tiêu" section. */
export function looksLikeTargetSentence(text: string): boolean {
  const folded = foldAligned(text.replace(/^\s*(?:[-+•–*]|\d+[.)]|[a-zđ][.)])\s+/u, "").trim());
  return /^(?:ty le|muc do hai long|toi thieu|it nhat|phan dau|tren \d|duoi \d|khong qua \d|\d{1,3}(?:[.,]\d+)?\s?%)/.test(
    folded,
  );
}
