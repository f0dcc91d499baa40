/**
 * Turns extracted document text into logical lines.
 *
 * Text pulled out of .docx files carries leftovers: markdown-ish asterisks for bold and italic
 * (sometimes gluing a heading to the next one: "Phụ lục**PHÂN CÔNG..."), HTML tags, footnote
 * marks and footnote bodies, and paragraphs cut in two by a page break ("...giải quyết TTHC tại"
 * / blank / "Bộ phận tiếp nhận..."). Table rows arrive as tab-separated cells and are kept as cells.
 */
import { tidyText } from "../text/fold";

export interface LogicalLine {
  /** The text, cells joined by single spaces for table rows. Empty for a blank line. */
  text: string;
  /** 1-based line of the input where this logical line starts. */
  line: number;
  /** Trimmed cells when the line was tab-separated (two cells or more), else null. */
  cells: string[] | null;
}

const SUPERSCRIPTS = /[¹²³⁴⁵⁶⁷⁸⁹⁰]+/g;
const FOOTNOTE_BODY = /^\s*[¹²³⁴⁵⁶⁷⁸⁹⁰]+\s*[.)]?\s/;
const INLINE_TAGS = /<\/?(?:i|b|u|em|strong|span|sup|sub|font|p|div)(?:\s[^>]*)?>/gi;

// A marker glued between two words starts a new line when what follows looks like the start of
// a heading or a parenthesis ("lục**PHÂN", "TIÊU***(Kèm"); elsewhere it is just dropped.
function splitEmphasis(line: string): string[] {
  if (!line.includes("*")) return [line];
  let out = "";
  const pattern = /\*+/g;
  let last = 0;
  for (let m = pattern.exec(line); m !== null; m = pattern.exec(line)) {
    out += line.slice(last, m.index);
    last = m.index + m[0].length;
    const before = line[m.index - 1] ?? "";
    const after = line[last] ?? "";
    const glued = /[\p{L}\p{N}]/u.test(before) && /[\p{L}\p{N}(]/u.test(after);
    if (glued) out += /[\p{Lu}(]/u.test(after) ? "\n" : " ";
  }
  out += line.slice(last);
  return out.split("\n");
}

const LIST_MARKER = /^(?:[-+•–*]|\d+(?:\.\d+)*[.)]|[IVXLC]+[.)]|[a-zđ][.)]|[A-Z][.)])$/u;

function cleanCells(raw: string): string[] | null {
  if (!raw.includes("\t")) return null;
  let cells = raw.split("\t");
  // Word's "1.<tab>Text" and indentation tabs are layout, not columns.
  const nonEmpty = cells.filter((c) => c.trim().length > 0);
  if (nonEmpty.length === 0) return null;
  // One filled cell: indentation when nothing follows it, a table row with empty cells when
  // tabs follow ("\tcontinued text\t\t").
  if (nonEmpty.length === 1 && (cells.length === 2 || raw.trimEnd().endsWith(nonEmpty[0].trimEnd())))
    return null;
  if (cells.length === 2 && LIST_MARKER.test(cells[0].trim())) return null;
  cells = cells.map((c) => c.replace(/\s+/g, " ").trim());
  return cells;
}

function layoutText(raw: string): string {
  const trimmed = raw.replace(/^\t+/, "");
  const marker = /^([^\t]{1,6})\t/.exec(trimmed);
  const text = marker && LIST_MARKER.test(marker[1].trim()) ? trimmed.replace("\t", " ") : trimmed;
  return text.replace(/\t+/g, " ").replace(/\s+/g, " ").trim();
}

// Starts of lines that never continue the previous paragraph.
const BLOCK_START =
  /^(?:[-+•–*]\s|\d+(?:\.\d+)*[.)]\s|[IVXLC]+[.)]\s|[a-zđ][.)]\s|[A-Z][.)]\s|\(\s*k[eè]m theo|điều\s+\d)/iu;
const FUNCTION_WORD_END =
  /(?:^|\s)(?:của|tại|và|với|các|cho|từ|trong|theo|về|để|đến|là|những|được|bằng|trên|dưới|nhằm|gồm|như|hoặc|cùng|thuộc|vào|có|do|mà)$/u;

function continues(previous: string, next: string): boolean {
  if (BLOCK_START.test(next)) return false;
  if (/^\p{Ll}/u.test(next)) return true;
  if (/[.;:!?…)"”]$/u.test(previous)) return false;
  return FUNCTION_WORD_END.test(previous);
}

/** Splits, cleans and re-joins the text of a plan. Blank lines are kept (they separate tables). */
export function preprocessPlanText(input: string): LogicalLine[] {
  const physical = tidyText(input.replace(/^\ufeff/, ""))
    .replace(/\r\n?/g, "\n")
    .split("\n");
  const out: LogicalLine[] = [];
  let lastContent = -1; // index in `out` of the last non-blank line
  physical.forEach((rawLine, index) => {
    if (FOOTNOTE_BODY.test(rawLine)) return;
    const cleaned = rawLine
      .replace(SUPERSCRIPTS, "")
      .replace(/<br\s*\/?>/gi, " ")
      .replace(INLINE_TAGS, "")
      .replace(/&nbsp;/g, " ")
      .replace(/&amp;/g, "&");
    for (const piece of splitEmphasis(cleaned)) {
      const cells = cleanCells(piece);
      const text = cells ? cells.filter((c) => c.length > 0).join(" ") : layoutText(piece);
      if (text.length === 0 && !cells) {
        out.push({ text: "", line: index + 1, cells: null });
        continue;
      }
      const previous = lastContent >= 0 ? out[lastContent] : null;
      if (!cells && previous && !previous.cells && continues(previous.text, text)) {
        previous.text = `${previous.text} ${text}`;
        out.length = lastContent + 1; // the blank lines between were a page break
        continue;
      }
      out.push({ text, line: index + 1, cells });
      lastContent = out.length - 1;
    }
  });
  return out;
}
