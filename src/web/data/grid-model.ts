// The data-entry grid as plain data: which inputs exist (a ratio cell has two, numerator and
// denominator; a disaggregated indicator has one cell per option), what changed, the rows to send,
// where the server's problems belong, pasting a block, and moving between inputs.
import type { Indicator } from "../indicators/api";
import type { Id } from "../lib/types";
import { numberToText, type ParsedNumber, parseNumberText } from "./number-text";

export type Part = "value" | "numerator" | "denominator";
export type DataStatus = "draft" | "submitted" | "approved";

export interface StoredValue {
  i: Id;
  u: Id;
  period: string;
  disagg: string;
  value: number | null;
  numerator: number | null;
  denominator: number | null;
  status: DataStatus;
  version: number;
  comment: string | null;
}

export interface GridCellData {
  indicator: string;
  expected: boolean;
  editable: boolean;
  current: StoredValue[];
  previous: StoredValue[];
  target: { comparator: string; value: number } | null;
}

export interface GridUnit {
  id: Id;
  code: string;
  name: string;
  kind: string;
  path: string;
  cells: GridCellData[];
}

export interface GridResponse {
  period: string;
  previousPeriod: string;
  indicators: Indicator[];
  units: GridUnit[];
}

/** One entry cell: an indicator (and disaggregation option) for a unit. */
export interface CellColumn {
  indicator: Indicator;
  /** Position of the indicator in GridResponse.indicators (and in each unit's cells). */
  indicatorIndex: number;
  disagg: string;
  disaggName: string | null;
  parts: Part[];
  /** Index of this cell's first input among all input columns. */
  firstInput: number;
}

export function buildCellColumns(indicators: Indicator[]): CellColumn[] {
  const columns: CellColumn[] = [];
  let input = 0;
  indicators.forEach((indicator, indicatorIndex) => {
    const parts: Part[] = indicator.aggregation === "ratio" ? ["numerator", "denominator"] : ["value"];
    const options = indicator.disaggregation?.options.length
      ? indicator.disaggregation.options
      : [{ code: "", name: "" }];
    for (const option of options) {
      columns.push({
        indicator,
        indicatorIndex,
        disagg: option.code,
        disaggName: option.code ? option.name : null,
        parts,
        firstInput: input,
      });
      input += parts.length;
    }
  });
  return columns;
}

export function inputCount(columns: CellColumn[]): number {
  const last = columns[columns.length - 1];
  return last ? last.firstInput + last.parts.length : 0;
}

/** The cell column and part that own input column `c`. */
export function columnOfInput(columns: CellColumn[], c: number): { column: CellColumn; part: Part } | null {
  for (const column of columns) {
    const offset = c - column.firstInput;
    if (offset >= 0 && offset < column.parts.length) return { column, part: column.parts[offset] };
  }
  return null;
}

export const cellKey = (indicator: string, unitId: Id, disagg: string) => `${indicator}|${unitId}|${disagg}`;
export const inputKey = (cell: string, part: Part) => `${cell}|${part}`;

export function storedOf(
  unit: GridUnit,
  column: CellColumn,
  which: "current" | "previous" = "current",
): StoredValue | null {
  const cell = unit.cells[column.indicatorIndex];
  return cell?.[which].find((v) => v.disagg === column.disagg) ?? null;
}

export function originalText(stored: StoredValue | null, part: Part): string {
  return numberToText(stored ? stored[part] : null);
}

/** A cell accepts input when the unit reports it, the user may write it and it is not approved. */
export function isCellWritable(unit: GridUnit, column: CellColumn): boolean {
  const cell = unit.cells[column.indicatorIndex];
  if (!cell?.expected || !cell.editable) return false;
  return storedOf(unit, column)?.status !== "approved";
}

/** Edits are kept per unit row so that typing re-renders one row, not the whole grid. */
export type Edits = Record<string, Record<string, string>>;

export function textOf(edits: Edits, unit: GridUnit, column: CellColumn, part: Part): string {
  const typed = edits[unit.id]?.[inputKey(cellKey(column.indicator.code, unit.id, column.disagg), part)];
  return typed ?? originalText(storedOf(unit, column), part);
}

export function isCellDirty(edits: Edits, unit: GridUnit, column: CellColumn): boolean {
  const stored = storedOf(unit, column);
  return column.parts.some((part) => textOf(edits, unit, column, part).trim() !== originalText(stored, part));
}

export interface PendingRow {
  indicator: string;
  orgUnit: string;
  period: string;
  disagg?: string;
  value?: number | null;
  numerator?: number | null;
  denominator?: number | null;
  version: number;
}

export interface CellProblem {
  cell: string;
  part: Part | null;
  code: string;
  message: string;
  kind: "error" | "warning";
}

/**
 * The rows to send for every changed cell, each with the version it was read at (0 when the cell
 * was empty) so that a concurrent change is refused instead of overwritten. Text that is not a
 * number stops the save with a problem at its input.
 */
export function collectChanges(
  edits: Edits,
  units: GridUnit[],
  columns: CellColumn[],
  period: string,
  notANumber: (text: string) => string,
): { rows: PendingRow[]; cells: string[]; problems: CellProblem[] } {
  const rows: PendingRow[] = [];
  const cells: string[] = [];
  const problems: CellProblem[] = [];
  for (const unit of units) {
    if (!edits[unit.id]) continue;
    for (const column of columns) {
      if (!isCellWritable(unit, column) || !isCellDirty(edits, unit, column)) continue;
      const key = cellKey(column.indicator.code, unit.id, column.disagg);
      const parsed = new Map<Part, ParsedNumber>();
      for (const part of column.parts) {
        const text = textOf(edits, unit, column, part);
        const value = parseNumberText(text);
        if (value === "bad")
          problems.push({
            cell: key,
            part,
            code: "DATA_NOT_A_NUMBER",
            message: notANumber(text),
            kind: "error",
          });
        parsed.set(part, value);
      }
      if ([...parsed.values()].includes("bad")) continue;
      const row: PendingRow = {
        indicator: column.indicator.code,
        orgUnit: unit.code,
        period,
        version: storedOf(unit, column)?.version ?? 0,
      };
      if (column.disagg) row.disagg = column.disagg;
      for (const [part, value] of parsed) row[part] = value as number | null;
      rows.push(row);
      cells.push(key);
    }
  }
  return { rows, cells, problems };
}

const PARTS = new Set<string>(["value", "numerator", "denominator"]);

/** The server's problems (row = position in the rows sent, 1-based) placed at their cells. */
export function problemsAtCells(
  cells: string[],
  problems: { row: number; column: string; code: string; message: string }[],
  kind: "error" | "warning",
): CellProblem[] {
  return problems.map((p) => ({
    cell: cells[p.row - 1] ?? "",
    part: PARTS.has(p.column) ? (p.column as Part) : null,
    code: p.code,
    message: p.message,
    kind,
  }));
}

/** Ratio preview while typing: numerator / denominator × scale, or null. */
export function ratioPreview(numerator: string, denominator: string, scale: number): number | null {
  const n = parseNumberText(numerator);
  const d = parseNumberText(denominator);
  if (typeof n !== "number" || typeof d !== "number" || d === 0) return null;
  return (n / d) * scale;
}

/**
 * A block pasted at input (row, col): each pasted cell goes to the input at the same offset;
 * cells that fall outside the grid or on read-only inputs are skipped and counted.
 */
export function pasteBlock(
  block: string[][],
  start: { row: number; col: number },
  rowCount: number,
  colCount: number,
  writable: (row: number, col: number) => boolean,
): { targets: { row: number; col: number; text: string }[]; skipped: number } {
  const targets: { row: number; col: number; text: string }[] = [];
  let skipped = 0;
  block.forEach((line, dr) => {
    line.forEach((text, dc) => {
      const row = start.row + dr;
      const col = start.col + dc;
      if (row >= rowCount || col >= colCount || !writable(row, col)) skipped++;
      else targets.push({ row, col, text });
    });
  });
  return { targets, skipped };
}

export type Move = "up" | "down" | "left" | "right" | "next" | "previous";

/** The next input in a direction that exists (has an input), or null at the edge. */
export function nextPosition(
  from: { row: number; col: number },
  move: Move,
  rowCount: number,
  colCount: number,
  exists: (row: number, col: number) => boolean,
): { row: number; col: number } | null {
  let { row, col } = from;
  for (let guard = rowCount * colCount + 1; guard > 0; guard--) {
    if (move === "up") row--;
    else if (move === "down") row++;
    else if (move === "left") col--;
    else if (move === "right") col++;
    else if (move === "next") {
      col++;
      if (col >= colCount) {
        col = 0;
        row++;
      }
    } else {
      col--;
      if (col < 0) {
        col = colCount - 1;
        row--;
      }
    }
    if (row < 0 || row >= rowCount || col < 0 || col >= colCount) return null;
    if (exists(row, col)) return { row, col };
  }
  return null;
}
