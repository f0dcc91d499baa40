// Numbers as officials type and paste them: vi-VN "1.234,5" and "1234,5", machine "1234.5".
// The same reading the server applies to files (src/server/data/data.validate.ts), so a value
// shown in the grid and a value pasted from a Vietnamese Excel mean the same thing.
import { formatNumber } from "../lib/format";

export type ParsedNumber = number | null | "bad";

export function parseNumberText(text: string): ParsedNumber {
  const s = text.replace(/[\s\u00a0\u202f]/g, "");
  if (s === "") return null;
  let norm = s;
  if (/^-?\d{1,3}(\.\d{3})+(,\d+)?$/.test(s)) norm = s.replace(/\./g, "").replace(",", ".");
  else if (/^-?\d+,\d+$/.test(s)) norm = s.replace(",", ".");
  if (!/^-?\d+(\.\d+)?([eE][-+]?\d+)?$/.test(norm)) return "bad";
  const n = Number(norm);
  return Number.isFinite(n) ? n : "bad";
}

/** A stored figure as the text of its input: vi-VN, without losing digits the user typed. */
export function numberToText(value: number | null | undefined): string {
  if (value === null || value === undefined) return "";
  return formatNumber(value, { maximumFractionDigits: 6 });
}

/** Rows × columns of a block copied from Excel (tab-separated, one line per row). */
export function parseClipboardBlock(text: string): string[][] {
  const lines = text.replace(/\r\n?/g, "\n").split("\n");
  // Excel ends a copied block with a line break: the last empty line is not a row.
  if (lines.length > 1 && lines[lines.length - 1] === "") lines.pop();
  return lines.map((line) => line.split("\t").map((cell) => cell.trim()));
}

export function isBlockPaste(text: string): boolean {
  return /[\t\n\r]/.test(text.replace(/[\r\n]+$/, ""));
}
