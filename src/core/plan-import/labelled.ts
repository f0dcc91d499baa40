/**
 * Numbered items followed by labelled lines:
 *
 *   2. Xây dựng kho dữ liệu dùng chung
 *   - Nội dung thực hiện: ...
 *   - Đơn vị chủ trì: Sở TT&TT
 *   - Đơn vị phối hợp: Sở KH&ĐT; Sở Tài chính
 *   - Thời gian thực hiện: Quý II/2025
 *   - Sản phẩm: ...
 *
 * Labels may also share one line separated by ";". The title is the "Nội dung" value, else the
 * item's heading; the code is the item's place in the outline.
 */
import { foldAligned } from "../text/fold";
import { splitUnitList } from "../text/unit-phrases";
import { NO_DEADLINE, parseDeadline } from "./deadline";
import { codeOf, type OutlineLine } from "./outline";
import type { ParseContext, ParsedTask } from "./types";

type Field = "title" | "lead" | "coordinators" | "deadline" | "result";

const LABELS: ReadonlyArray<[Field, RegExp]> = [
  ["title", /^(?:noi dung(?: thuc hien| cong viec| nhiem vu)?|ten nhiem vu|nhiem vu)\s*:/],
  [
    "lead",
    /^(?:(?:don vi|co quan) (?:chu tri(?: thuc hien)?|thuc hien)|chu tri(?: thuc hien)?|trach nhiem thuc hien)\s*:/,
  ],
  ["coordinators", /^(?:(?:don vi|co quan) phoi hop(?: thuc hien)?|phoi hop(?: thuc hien)?)\s*:/],
  [
    "deadline",
    /^(?:thoi gian(?: thuc hien| hoan thanh)?|thoi han(?: hoan thanh)?|tien do(?: thuc hien| hoan thanh)?|han hoan thanh|moc thoi gian)\s*:/,
  ],
  ["result", /^(?:(?:ket qua|san pham)(?: dau ra| du kien| can dat)?)\s*:/],
];

/** Reads "Đơn vị chủ trì: Sở Tài chính" -> ["lead", "Sở Tài chính"]; null for other lines. */
export function readLabel(text: string): [Field, string] | null {
  const body = text.replace(/^\s*(?:[-+•–*]|[a-zđ][.)])\s*/u, "");
  const folded = foldAligned(body);
  for (const [field, pattern] of LABELS) {
    const m = pattern.exec(folded);
    if (m) return [field, body.slice(m[0].length).trim()];
  }
  return null;
}

function labelledPieces(body: string): Array<[Field, string]> | null {
  const pieces = body.split(/;\s+(?=[^;:]{2,40}:)/u);
  const read = pieces.map(readLabel);
  if (read[0] === null) return null;
  // A piece without a label continues the value before it ("Sở A; Sở B" in a coordinators line).
  const out: Array<[Field, string]> = [];
  read.forEach((r, i) => {
    if (r) out.push(r);
    else out[out.length - 1][1] += `; ${pieces[i]}`;
  });
  return out;
}

interface LabelRecord {
  fields: Partial<{ [F in Field]: string }>;
  anchor: OutlineLine;
  lines: number[];
}

export interface LabelledResult {
  tasks: ParsedTask[];
  /** Logical-line indexes used (labelled lines and the headings they belong to). */
  covered: Set<number>;
}

/** Tasks written as labelled records. */
export function labelledTasks(outline: OutlineLine[], ctx: ParseContext): LabelledResult {
  const tasks: ParsedTask[] = [];
  const covered = new Set<number>();
  let record: LabelRecord | null = null;

  const close = () => {
    if (!record) return;
    const { fields, anchor } = record;
    const parents = anchor.headings.filter((h) => h.index !== anchor.index);
    const heading = parents[parents.length - 1];
    const title = fields.title || heading?.text || "";
    if (fields.lead !== undefined || fields.title !== undefined) {
      const { deadline, warning } = fields.deadline
        ? parseDeadline(fields.deadline, ctx.year)
        : { deadline: { ...NO_DEADLINE }, warning: null };
      if (warning) ctx.warnings.push({ line: record.anchor.line, message: warning });
      const lead = fields.lead?.replace(/[.;]$/, "").trim() || null;
      if (!lead)
        ctx.warnings.push({
          line: record.anchor.line,
          message: `Nhiệm vụ "${title.slice(0, 60)}" không có đơn vị chủ trì`,
        });
      tasks.push({
        code: heading ? codeOf(parents.map((h) => h.label)) : null,
        title: title.replace(/[.;]$/, ""),
        lead,
        coordinators: splitUnitList(fields.coordinators ?? ""),
        deadline,
        result: fields.result?.replace(/[.;]$/, "") || null,
        leads: splitUnitList(lead ?? ""),
        section: parents.length > 1 ? parents[parents.length - 2].text : null,
        source: { line: record.anchor.line, shape: "labelled" },
      });
      for (const index of record.lines) covered.add(index);
      if (heading && !fields.title) covered.add(heading.index);
    }
    record = null;
  };

  for (const line of outline) {
    const pieces =
      line.style === "bullet" || line.style === "none" || line.style === "letter"
        ? labelledPieces(line.body)
        : null;
    if (!pieces) {
      close();
      continue;
    }
    for (const [field, value] of pieces) {
      if (record && record.fields[field] !== undefined) close();
      if (!record) record = { fields: {}, anchor: line, lines: [] };
      record.fields[field] = value;
    }
    record?.lines.push(line.index);
  }
  close();
  return { tasks, covered };
}
