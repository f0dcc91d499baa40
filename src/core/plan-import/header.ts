/**
 * The document's identity: number ("Số: 44/KH-UBND"), type, date of issue, issuer and title
 * (trích yếu), read from the NĐ 30/2020 header block. When the block is missing or incomplete
 * (drafts, text pasted without the header table) the parser falls back, in order, to the
 * appendix caption "(Kèm theo Kế hoạch số ... ngày ... của ...)", the preamble sentence
 * "..., Ủy ban nhân dân Tỉnh ban hành Kế hoạch ..." and the signature "TM. ỦY BAN NHÂN DÂN".
 */
import { foldAligned, foldVietnamese, isUpperCaseText } from "../text/fold";
import { isUnitPhrase } from "../text/unit-phrases";
import { isoDate, isPlausibleYear, isValidDate } from "./calendar";
import type { LogicalLine } from "./preprocess";
import type { ParseWarning, PlanHeader } from "./types";

const TYPE_BY_HEADING: ReadonlyArray<[string, string]> = [
  ["ke hoach", "KH"],
  ["quyet dinh", "QĐ"],
  ["nghi quyet", "NQ"],
  ["thong bao", "TB"],
  ["bao cao", "BC"],
  ["chi thi", "CT"],
  ["to trinh", "TTr"],
  ["huong dan", "HD"],
  ["ket luan", "KL"],
  ["cong dien", "CĐ"],
  ["chuong trinh", "CTr"],
  ["de an", "ĐA"],
  ["quy che", "QC"],
  ["cong van", "CV"],
];
const TYPE_CODES: Record<string, string> = {
  kh: "KH",
  qd: "QĐ",
  nq: "NQ",
  tb: "TB",
  bc: "BC",
  ct: "CT",
  ttr: "TTr",
  hd: "HD",
  kl: "KL",
  cd: "CĐ",
  ctr: "CTr",
  da: "ĐA",
  qc: "QC",
  cv: "CV",
};

export interface HeaderResult {
  plan: PlanHeader;
  /** Year for dates written without one; see contextYear. */
  year: number | null;
  /** Index in the lines of the first line after the header and title (where the body starts). */
  bodyStart: number;
  warnings: ParseWarning[];
}

interface Fragment {
  text: string;
  line: number;
  column: "left" | "right";
}

const DECORATION = /^[-_=*.–—\s]*$/;
const NATIONAL_MOTTO = /^(cong hoa xa hoi|doc lap)/;
const PLACE_DATE = /(?:^|,\s*)ngay\s/;

function headingType(text: string): string | null {
  if (!isUpperCaseText(text)) return null;
  const folded = foldVietnamese(text)
    .replace(/[^a-z ]/g, "")
    .trim();
  for (const [words, code] of TYPE_BY_HEADING) {
    if (folded === words || folded === `${words} hanh dong` || folded === `${words} cong tac`) return code;
  }
  return null;
}

/** "44/KH-UBND" -> KH; "33/2023/QĐ-UBND" -> QĐ; "312/UBND-KGVX" (no type code) -> CV. */
function typeFromNumber(number: string): string | null {
  const parts = number.split("/").slice(1);
  for (const part of parts) {
    const code = foldVietnamese(part.split("-")[0] ?? "");
    if (TYPE_CODES[code]) return TYPE_CODES[code];
  }
  return parts.length > 0 && /^[\p{L}]/u.test(parts[parts.length - 1]) ? "CV" : null;
}

interface DateReading {
  date: string | null;
  year: number | null;
  /** The date as written when it is incomplete or invalid, for the warning. */
  problem: string | null;
}

/** Reads "ngày 15 tháng 3 năm 2024" or "ngày 15/3/2024", possibly with blanks left in a draft. */
export function readIssueDate(text: string): DateReading | null {
  const folded = foldAligned(text);
  const long = /ngay\s*(\d{1,2})?\s*thang\s*(\d{1,2})?\s*nam\s*(\d{4})?/.exec(folded);
  const short = /ngay\s*(\d{1,2})?\s*\/\s*(\d{1,2})?\s*\/\s*(\d{4})/.exec(folded);
  const m = long ?? short;
  if (!m) return null;
  const written = text.slice(m.index, m.index + m[0].length).trim();
  const year = m[3] && isPlausibleYear(Number(m[3])) ? Number(m[3]) : null;
  if (!m[1] || !m[2] || year === null) return { date: null, year, problem: written };
  if (!isValidDate(year, Number(m[2]), Number(m[1]))) return { date: null, year, problem: written };
  return { date: isoDate(year, Number(m[2]), Number(m[1])), year, problem: null };
}

function fragmentsOf(line: LogicalLine): Fragment[] {
  if (line.cells) {
    return line.cells.flatMap((cell, i) =>
      cell
        .split(/;\s+/)
        .filter((t) => t.length > 0)
        .map((t) => ({ text: t, line: line.line, column: i === 0 ? ("left" as const) : ("right" as const) })),
    );
  }
  const folded = foldVietnamese(line.text);
  const right = NATIONAL_MOTTO.test(folded) || (PLACE_DATE.test(folded) && !/^so\b/.test(folded));
  return [{ text: line.text, line: line.line, column: right ? "right" : "left" }];
}

// "ỦY BAN NHÂN DÂN" + "TỈNH AN GIANG" is one name over two lines; "UBND TỈNH X" + "SỞ Y"
// names the parent and then the issuing unit.
function issuerFrom(fragments: Fragment[]): string | null {
  const names = fragments
    .map((f) => f.text.replace(/[*_]/g, "").trim())
    .filter(
      (t) =>
        !DECORATION.test(t) && !NATIONAL_MOTTO.test(foldVietnamese(t)) && !PLACE_DATE.test(foldVietnamese(t)),
    )
    .filter((t) => isUpperCaseText(t) || isUnitPhrase(t));
  if (names.length === 0) return null;
  let start = 0;
  for (let i = 1; i < names.length; i++) if (isUnitPhrase(names[i])) start = i;
  let issuer = names.slice(start).join(" ");
  // "UBND TỈNH BẮC NINH" over "VĂN PHÒNG": the office alone does not say whose it is.
  if (start > 0 && issuer.split(/\s+/).length <= 2) issuer = `${issuer} ${names.slice(0, start).join(" ")}`;
  return issuer.replace(/\s+/g, " ").trim();
}

// Where the preamble starts. The first title line may itself begin "Thực hiện ...", so only
// "Căn cứ" and the like stop it; later lines also stop at "Thực hiện".
const STOP_TITLE = /^(can cu|kinh gui|theo de nghi|xet de nghi|dieu \d|[ivx]+\.\s)/;
const STOP_LATER = /^(thuc hien|theo|tiep theo)\s/;

function titleAfter(lines: LogicalLine[], headingIndex: number): { title: string | null; end: number } {
  let i = headingIndex + 1;
  while (i < lines.length && lines[i].text === "") i++;
  const parts: string[] = [];
  for (; i < lines.length; i++) {
    const text = lines[i].text;
    if (text === "" || lines[i].cells) break;
    const folded = foldVietnamese(text);
    if (STOP_TITLE.test(folded) || DECORATION.test(text) || (parts.length > 0 && isUpperCaseText(text)))
      break;
    if (parts.length > 0 && STOP_LATER.test(folded)) break;
    if (
      isUpperCaseText(text) &&
      parts.length === 0 &&
      /^(chu tich|uy ban|hoi dong|ban chi dao|truong ban)/.test(folded)
    )
      break;
    parts.push(text);
  }
  const title = parts.join(" ").replace(/\s+/g, " ").trim();
  return { title: title.length > 0 ? title : null, end: i };
}

const ATTACHED_TO =
  /k[eè]m theo\s+(k[eế] ho[aạ]ch|quy[eế]t [dđ][iị]nh|ngh[iị] quy[eế]t|ch[uư][oơ]ng tr[iì]nh|c[oô]ng v[aă]n|th[oô]ng b[aá]o)\s+s[oố]\s*([^\s]*)\s*(.*?)\s+c[uủ]a\s+(.+?)\)?\s*$/iu;

function fromAppendixCaption(lines: LogicalLine[]) {
  for (const line of lines) {
    const m = ATTACHED_TO.exec(line.text);
    if (m) return { number: m[2] || null, dateText: m[3], issuer: m[4].trim(), line: line.line };
  }
  return null;
}

const ISSUES_PLAN =
  /\s+ban hành\s+(?:kế hoạch|quyết định|nghị quyết|chương trình|hướng dẫn|thông báo|chỉ thị)/giu;

function fromPreamble(lines: LogicalLine[], from: number): string | null {
  let found: string | null = null;
  let seen = 0;
  for (let i = from; i < lines.length && seen < 6; i++) {
    const text = lines[i].text;
    if (text === "" || lines[i].cells) continue;
    seen++;
    ISSUES_PLAN.lastIndex = 0;
    for (let m = ISSUES_PLAN.exec(text); m !== null; m = ISSUES_PLAN.exec(text)) {
      const before = text.slice(0, m.index).split(/[,;]/).pop()?.trim() ?? "";
      const subject = before.replace(/^(?:Phó\s+)?Trưởng\s+(?=Ban\s)/u, "");
      if (isUnitPhrase(subject) && subject.split(" ").length <= 14) found = subject;
    }
    if (/^[IVX]+\.\s/.test(text)) break;
  }
  return found;
}

function fromSignature(lines: LogicalLine[]): string | null {
  for (const line of lines) {
    const m = /^TM\.\s+(.+)$/u.exec(line.text);
    if (m) return m[1].trim();
  }
  return null;
}

function looksLikeHeaderLine(line: LogicalLine): boolean {
  if (line.text === "" || line.cells) return true;
  // "I. MỤC TIÊU", "1. ...", "- ..." open the body even in capitals.
  if (/^(?:[IVX]+|\d+|[a-zđ])[.)]\s|^[-+•]\s|^Điều\s+\d/u.test(line.text)) return false;
  const folded = foldVietnamese(line.text);
  return (
    isUpperCaseText(line.text) ||
    DECORATION.test(line.text) ||
    NATIONAL_MOTTO.test(folded) ||
    /^(so\b|v\/v\b|ve viec\b)/.test(folded) ||
    (PLACE_DATE.test(folded) && folded.length < 60)
  );
}

/** Reads the header; `lines` are the logical lines of the whole document. */
export function parseHeader(lines: LogicalLine[]): HeaderResult {
  const warnings: ParseWarning[] = [];
  const limit = Math.min(lines.length, 60);
  let headingIndex = -1;
  let type: string | null = null;
  for (let i = 0; i < limit; i++) {
    if (/^[IVX]+\.\s/.test(lines[i].text) || /^(Căn cứ|Kính gửi)/u.test(lines[i].text)) break;
    const t = lines[i].cells ? null : headingType(lines[i].text);
    if (t) {
      headingIndex = i;
      type = t;
      break;
    }
  }
  let headerEnd = headingIndex;
  if (headerEnd < 0) {
    // No "KẾ HOẠCH"-like heading (a letter, or a pasted fragment): the header is the run of
    // header-looking lines at the top.
    headerEnd = 0;
    while (headerEnd < limit && looksLikeHeaderLine(lines[headerEnd])) headerEnd++;
  }
  const fragments = lines.slice(0, headerEnd).flatMap(fragmentsOf);

  const numberFragment = fragments.find((f) => /^Số\s*[:.]?\s*/iu.test(f.text) && /\//.test(f.text));
  let number = numberFragment
    ? numberFragment.text.replace(/^Số\s*[:.]?\s*/iu, "").replace(/\s+/g, "") || null
    : null;

  let date: string | null = null;
  let year: number | null = null;
  const readings = fragments.map((f) => ({ f, reading: readIssueDate(f.text) }));
  const dated =
    readings.find((r) => r.f.column === "right" && r.reading) ??
    readings.find((r) => r.reading && !/^Số/iu.test(r.f.text));
  if (dated?.reading) {
    const { reading, f: dateFragment } = dated;
    date = reading.date;
    year = reading.year;
    if (reading.problem)
      warnings.push({
        line: dateFragment.line,
        message: `Ngày ban hành chưa đầy đủ hoặc không hợp lệ: "${reading.problem}"`,
      });
  }

  // The issuer sits above "Số:" in the left column.
  const numberAt = numberFragment ? fragments.indexOf(numberFragment) : fragments.length;
  const leftBeforeNumber = fragments.slice(0, numberAt).filter((f) => f.column === "left");
  let issuer = issuerFrom(leftBeforeNumber.filter((f) => !/^(V\/v|Về việc)/iu.test(f.text)));

  let title: string | null = null;
  let bodyStart = headerEnd;
  if (headingIndex >= 0) {
    const t = titleAfter(lines, headingIndex);
    title = t.title;
    bodyStart = t.end;
  } else {
    const vv = fragments.find((f) => /^V\/v\b/iu.test(f.text));
    if (vv) {
      const continuation = fragments.filter(
        (f) => f.column === vv.column && f.line > vv.line && /^\p{Ll}/u.test(f.text),
      );
      title =
        [vv.text.replace(/^V\/v\s*[:.]?\s*/iu, ""), ...continuation.map((f) => f.text)].join(" ").trim() ||
        null;
      if (!type) type = "CV";
    }
  }

  const caption = fromAppendixCaption(lines);
  if (!number && caption?.number && caption.number.includes("/")) number = caption.number;
  if (!date && caption) {
    const reading = readIssueDate(`ngày ${caption.dateText.replace(/^ngày\s*/iu, "")}`);
    if (reading?.date) date = reading.date;
    if (year === null && reading?.year) year = reading.year;
  }
  issuer = issuer ?? fromPreamble(lines, bodyStart) ?? caption?.issuer ?? fromSignature(lines);

  if (number) type = typeFromNumber(number) ?? type;
  if (year === null && date) year = Number(date.slice(0, 4));
  if (year === null && title) {
    const years = [...new Set(title.match(/(?<!\d)(19|20|21)\d{2}(?!\d)/g) ?? [])];
    if (years.length === 1) year = Number(years[0]);
  }
  return { plan: { number, type, date, issuer, title }, year, bodyStart, warnings };
}
