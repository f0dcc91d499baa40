import { readCsvRows } from "../documents/csv-rows";
import { readXlsxRows } from "../documents/xlsx-table";
import { AppError } from "../http/errors";
import type { DataValueInput } from "./data.types";

// Files of figures: CSV, XLSX or JSON with the columns indicator, orgUnit (or org_unit), period,
// disagg, value, numerator, denominator, comment. Row numbers are the spreadsheet's own, so an
// error "dòng 14, cột value" points at the cell the user sees.

const ALIASES: Record<string, keyof DataValueInput> = {
  indicator: "indicator",
  chi_tieu: "indicator",
  orgunit: "orgUnit",
  org_unit: "orgUnit",
  don_vi: "orgUnit",
  period: "period",
  ky: "period",
  disagg: "disagg",
  value: "value",
  gia_tri: "value",
  numerator: "numerator",
  tu_so: "numerator",
  denominator: "denominator",
  mau_so: "denominator",
  comment: "comment",
  ghi_chu: "comment",
};

export async function readDataFile(file: { buffer: Buffer; filename: string }): Promise<{ rows: DataValueInput[]; rowNumbers: number[] }> {
  const name = file.filename.toLowerCase();
  if (name.endsWith(".json")) {
    let parsed: unknown;
    try {
      parsed = JSON.parse(file.buffer.toString("utf8"));
    } catch (e) {
      throw new AppError("IMPORT_INVALID", `Tệp JSON không hợp lệ: ${(e as Error).message}`);
    }
    const list = Array.isArray(parsed) ? parsed : (parsed as { rows?: unknown }).rows;
    if (!Array.isArray(list)) throw new AppError("IMPORT_INVALID", "Tệp JSON cần là một mảng số liệu hoặc {\"rows\": [...]}.");
    return { rows: list as DataValueInput[], rowNumbers: list.map((_, i) => i + 1) };
  }
  let table: { headers: string[]; rows: { rowNumber: number; cells: Record<string, string | number | null> }[] };
  try {
    if (name.endsWith(".xlsx")) table = await readXlsxRows(file.buffer);
    else if (name.endsWith(".csv") || name.endsWith(".txt")) table = readCsvRows(file.buffer);
    else throw new AppError("FILE_INVALID", "Chỉ nhận tệp .csv, .xlsx hoặc .json.");
  } catch (e) {
    if (e instanceof AppError) throw e;
    const err = e as { message: string; code?: string; row?: number; column?: string | number };
    throw new AppError("IMPORT_INVALID", err.message, [{ code: err.code, message: err.message, row: err.row, column: err.column === undefined ? undefined : String(err.column) }]);
  }
  const mapped = new Map<string, keyof DataValueInput>();
  for (const h of table.headers) {
    const key = ALIASES[h.trim().toLowerCase().replace(/\s+/g, "_")];
    if (key) mapped.set(h, key);
  }
  const have = new Set(mapped.values());
  const missing = (["indicator", "orgUnit", "period"] as const).filter((c) => !have.has(c));
  if (missing.length)
    throw new AppError("IMPORT_INVALID", `Thiếu cột: ${missing.join(", ")}.`, missing.map((c) => ({ row: 1, column: c, code: "MISSING_COLUMN", message: `Thiếu cột "${c}".` })));
  const rows: DataValueInput[] = [];
  const rowNumbers: number[] = [];
  for (const r of table.rows) {
    const out: Record<string, unknown> = {};
    for (const [h, key] of mapped) out[key] = r.cells[h];
    if (Object.values(out).every((v) => v === null || v === undefined || v === "")) continue;
    rows.push(out as unknown as DataValueInput);
    rowNumbers.push(r.rowNumber);
  }
  return { rows, rowNumbers };
}
