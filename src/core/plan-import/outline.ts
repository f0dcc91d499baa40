/**
 * The heading structure of a plan's running text: "I." / "1." / "1.1." / "a)" / "A." / "Điều 1."
 * items and "-" / "+" bullets. Each line gets its place (the labels of the items it sits under),
 * which gives task codes ("III.1.a") and tells whether a line sits under "Mục tiêu".
 *
 * Documents mix numbering styles freely, so levels are not fixed: a new item of some style closes
 * every open item from the last one of that same style onwards (a "1." closes the previous "1."
 * and the "a)" under it, but not the "II." above it).
 */
import { foldVietnamese } from "../text/fold";
import type { LogicalLine } from "./preprocess";

export type MarkerStyle = "roman" | "arabic" | "decimal" | "letter" | "upper" | "article" | "bullet" | "none";

export interface Heading {
  style: MarkerStyle;
  label: string;
  /** Text after the marker. */
  text: string;
  /** Index of the line in the document's logical lines. */
  index: number;
}

export interface OutlineLine {
  /** Index in the document's logical lines. */
  index: number;
  line: number;
  style: MarkerStyle;
  /** Marker label ("II", "3", "1.2", "a"); "-" or "+" for bullets; "" for plain paragraphs. */
  label: string;
  /** Text without the marker. */
  body: string;
  /** Open numbered items enclosing this line, outermost first; includes the line itself when numbered. */
  headings: Heading[];
}

const MARKERS: ReadonlyArray<[MarkerStyle, RegExp]> = [
  ["article", /^Điều\s+(\d+)\s*[.:]\s*(.*)$/u],
  ["roman", /^([IVX]+)\s*[.)]\s+(.*)$/u],
  ["decimal", /^(\d+(?:\.\d+)+)\.?\s+(.*)$/u],
  ["arabic", /^(\d{1,2})\s*[.)]\s+(.*)$/u],
  ["letter", /^([a-zđ])\s*[.)]\s+(.*)$/u],
  ["upper", /^([A-HJ-UWYZ])\s*[.)]\s+(.*)$/u],
  ["bullet", /^([-+•–*])\s*(.*)$/u],
];

/** Splits the list marker off a line. */
export function readMarker(text: string): { style: MarkerStyle; label: string; body: string } {
  for (const [style, pattern] of MARKERS) {
    const m = pattern.exec(text);
    if (m) return { style, label: m[1], body: m[2].trim() };
  }
  return { style: "none", label: "", body: text.trim() };
}

/** Code of a position: labels joined by ".", without repeating a decimal's own prefix ("1" + "1.2" -> "1.2"). */
export function codeOf(labels: string[]): string {
  const out: string[] = [];
  for (const label of labels) {
    const previous = out[out.length - 1];
    if (previous !== undefined && label.startsWith(`${previous}.`)) out.pop();
    out.push(label);
  }
  return out.join(".");
}

/**
 * Builds the outline of the given lines (table rows and blank lines are skipped).
 * `reset` holds indexes where the numbering starts afresh (an appendix).
 */
export function buildOutline(lines: LogicalLine[], indexes: number[], reset: Set<number>): OutlineLine[] {
  const stack: Heading[] = [];
  const out: OutlineLine[] = [];
  for (const index of indexes) {
    const line = lines[index];
    if (reset.has(index)) stack.length = 0;
    if (line.cells || line.text === "") continue;
    const { style, label, body } = readMarker(line.text);
    if (style !== "bullet" && style !== "none") {
      const same = stack.findIndex((h) => h.style === style);
      if (same >= 0) stack.length = same;
      stack.push({ style, label, text: body, index });
    }
    out.push({ index, line: line.line, style, label, body, headings: [...stack] });
  }
  return out;
}

/** True when some enclosing heading is about objectives or targets ("MỤC TIÊU", "Chỉ tiêu cụ thể"). */
export function underTargetHeading(line: OutlineLine): boolean {
  return line.headings.some(
    (h) => h.index !== line.index && /\b(muc tieu|chi tieu)\b/.test(foldVietnamese(h.text)),
  );
}
