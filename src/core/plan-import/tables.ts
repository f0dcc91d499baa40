/**
 * Appendix tables as tab-separated rows: task tables (STT / Nhiệm vụ / Đơn vị chủ trì /
 * Đơn vị phối hợp / Thời gian hoàn thành / Kết quả) and KPI tables (STT / Chỉ tiêu /
 * Chủ trì theo dõi, đôn đốc / Chủ trì thực hiện, or with value and unit columns).
 *
 * Columns are found by their header words, not their position. A table may continue after a
 * page break with its header repeated (or not), and a two-row header ("Đơn vị thực hiện" over
 * "Chủ trì" / "Phối hợp") is merged.
 */
import { foldVietnamese } from "../text/fold";
import type { LogicalLine } from "./preprocess";

export type ColumnRole =
  | "code"
  | "title"
  | "lead"
  | "coordinators"
  | "deadline"
  | "result"
  | "indicator"
  | "monitor"
  | "implementer"
  | "value"
  | "unit"
  | "note"
  /** A value column for one level ("Cấp tỉnh", "Cấp xã"): the header is the target's scope. */
  | "level";

export interface DetectedTable {
  kind: "task" | "kpi";
  roles: Array<ColumnRole | null>;
  /** Header cell texts (the lower row of a two-row header where it has one). */
  headers: string[];
  /** Indexes (into the logical lines) of the data rows, header rows left out. */
  rows: number[];
  /** Indexes of every line the table covers, headers included. */
  covered: number[];
}

function roleOf(cell: string): ColumnRole | null {
  const f = foldVietnamese(cell)
    .replace(/[^a-z0-9 ]/g, " ")
    .replace(/\s+/g, " ")
    .trim();
  if (f.length === 0) return null;
  if (/^(stt|tt|so tt|so thu tu)$/.test(f)) return "code";
  if (/theo doi|don doc/.test(f)) return "monitor";
  if (/phoi hop/.test(f)) return "coordinators";
  if (/^(don vi tinh|dvt)$/.test(f)) return "unit";
  if (/^(cap (tinh|huyen|xa|trung uong|co so)|khu vuc (thanh thi|nong thon)|thanh thi|nong thon)$/.test(f))
    return "level";
  if (/chu tri thuc hien|^(don vi|co quan) thuc hien$/.test(f)) return "implementer";
  if (/chu tri|trach nhiem|^(don vi|co quan)$/.test(f)) return "lead";
  if (/thoi gian|thoi han|tien do|han hoan thanh|moc/.test(f)) return "deadline";
  if (/ket qua|san pham/.test(f)) return "result";
  if (/ghi chu/.test(f)) return "note";
  if (/chi tieu\s*(nam\s*)?\d{4}/.test(f)) return "value";
  if (/chi tieu|chi so/.test(f)) return "indicator";
  if (/nhiem vu|noi dung|cong viec|giai phap|hoat dong/.test(f)) return "title";
  if (/muc tieu|gia tri|ke hoach|phan dau/.test(f)) return "value";
  return null;
}

interface Header {
  kind: "task" | "kpi";
  roles: Array<ColumnRole | null>;
}

function readHeader(cells: string[]): Header | null {
  if (cells.some((c) => /^\d/.test(c.trim()) && !/\d{4}/.test(c))) return null;
  const roles = cells.map(roleOf);
  const has = (r: ColumnRole) => roles.includes(r);
  if (has("title") && (has("lead") || has("deadline") || has("implementer"))) {
    return { kind: "task", roles: roles.map((r) => (r === "implementer" ? "lead" : r)) };
  }
  if (
    has("indicator") &&
    (has("monitor") || has("implementer") || has("lead") || has("value") || has("level"))
  ) {
    return { kind: "kpi", roles: roles.map((r) => (r === "lead" ? "implementer" : r)) };
  }
  return null;
}

// Second header row under merged cells: only role words, no numbers.
function mergeSecondRow(header: Header, cells: string[]): Header | null {
  const roles = cells.map(roleOf);
  const filled = cells.filter((c) => c.trim().length > 0);
  if (filled.length === 0 || filled.length !== roles.filter((r) => r !== null).length) return null;
  const merged = header.roles.map((r, i) => {
    const second = roles[i] ?? null;
    if (second === null) return r;
    if (header.kind === "kpi" && second === "lead") return "implementer" as const;
    if (header.kind === "task" && second === "implementer") return "lead" as const;
    return second;
  });
  return { kind: header.kind, roles: merged };
}

function sameHeader(a: Header, b: Header): boolean {
  return a.kind === b.kind && a.roles.join("|") === b.roles.join("|");
}

/** Finds the task and KPI tables among the logical lines. */
export function findTables(lines: LogicalLine[]): DetectedTable[] {
  const tables: DetectedTable[] = [];
  let i = 0;
  while (i < lines.length) {
    const cells = lines[i].cells;
    let header = cells ? readHeader(cells) : null;
    if (!header || !cells) {
      i++;
      continue;
    }
    const firstRow = header;
    const table: DetectedTable = {
      kind: header.kind,
      roles: header.roles,
      headers: [...cells],
      rows: [],
      covered: [i],
    };
    i++;
    const secondCells = lines[i]?.cells ?? null;
    const second = secondCells ? mergeSecondRow(header, secondCells) : null;
    if (second && secondCells) {
      header = second;
      table.roles = second.roles;
      table.headers = table.headers.map((h, c) => secondCells[c] || h);
      table.covered.push(i);
      i++;
    }
    while (i < lines.length) {
      const line = lines[i];
      if (line.text === "" && !line.cells) {
        i++;
        continue;
      }
      if (!line.cells) break;
      const repeated = readHeader(line.cells);
      if (repeated) {
        // The header repeated after a page break continues the table; another header starts a new one.
        if (!sameHeader(repeated, header) && !sameHeader(repeated, firstRow)) break;
        table.covered.push(i);
        i++;
        const next = lines[i]?.cells;
        if (next && mergeSecondRow(repeated, next)) {
          table.covered.push(i);
          i++;
        }
        continue;
      }
      table.rows.push(i);
      table.covered.push(i);
      i++;
    }
    tables.push(table);
  }
  return tables;
}

/** The cell of a row playing a role ("" when absent). */
export function cellOf(roles: Array<ColumnRole | null>, cells: string[], role: ColumnRole): string {
  const at = roles.indexOf(role);
  if (at < 0) return "";
  // A row with fewer cells than the header lost its trailing empty cells; one with more had
  // a stray tab inside a cell, which belongs to the last column.
  if (at === roles.length - 1 && cells.length > roles.length) return cells.slice(at).join(" ").trim();
  return (cells[at] ?? "").trim();
}
