// Excel in and out: workbooks of plain tables for export, and a tolerant reader for imports that
// says clearly, in Vietnamese, what is wrong with a file.
import ExcelJS from "exceljs";
import {
  cleanHeader,
  type ImportedCell,
  type ImportedRow,
  type ImportedTable,
  missingHeaders,
  normalizeHeader,
  uniqueHeaders,
} from "./table-rows";
import { ZipArchive, ZipFormatError } from "./zip-reader";

export { type CsvErrorCode, CsvReadError, detectDelimiter, parseCsv, readCsvRows } from "./csv-rows";
export {
  cleanHeader,
  type ImportedCell,
  type ImportedRow,
  type ImportedTable,
  normalizeHeader,
} from "./table-rows";

const FONT_NAME = "Times New Roman";

export interface XlsxColumn {
  header: string;
  key: string;
  /** Column width in characters. */
  width?: number;
  /** Excel number format; by default "#,##0" or "#,##0.0…" from the data, "dd/mm/yyyy" for dates. */
  numFmt?: string;
}

export interface XlsxSheet {
  name: string;
  /** A bold title line above the table. */
  title?: string;
  columns: XlsxColumn[];
  rows: Record<string, unknown>[];
  /** A bold closing row, e.g. { name: "Tổng cộng", value: 1234 }. */
  totals?: Record<string, unknown>;
}

type WritableValue = string | number | boolean | Date | null;

function toWritable(value: unknown): WritableValue {
  if (value === null || value === undefined) return null;
  if (typeof value === "number") return Number.isFinite(value) ? value : null;
  if (typeof value === "string" || typeof value === "boolean") return value;
  if (value instanceof Date) return Number.isNaN(value.getTime()) ? null : value;
  if (typeof value === "bigint")
    return Number.isSafeInteger(Number(value)) ? Number(value) : value.toString();
  return String(value);
}

/** "#,##0" for whole numbers, otherwise as many decimals as the data uses (at most 4). */
function defaultNumFmt(values: WritableValue[]): string | undefined {
  if (values.some((v) => v instanceof Date)) return "dd/mm/yyyy";
  const numbers = values.filter((v): v is number => typeof v === "number");
  if (numbers.length === 0) return undefined;
  let decimals = 0;
  for (const n of numbers) {
    const text = String(n);
    const dot = text.indexOf(".");
    if (dot >= 0 && !text.includes("e")) decimals = Math.max(decimals, text.length - dot - 1);
  }
  decimals = Math.min(decimals, 4);
  return decimals === 0 ? "#,##0" : `#,##0.${"0".repeat(decimals)}`;
}

/** Excel forbids []:*?/\ in sheet names, limits them to 31 characters and needs them unique. */
function sheetName(raw: string, used: Set<string>): string {
  const base =
    raw
      .replace(/[[\]:*?/\\]/g, " ")
      .trim()
      .slice(0, 31) || "Sheet";
  let name = base;
  for (let n = 2; used.has(name.toLowerCase()); n++) {
    const suffix = ` (${n})`;
    name = base.slice(0, 31 - suffix.length) + suffix;
  }
  used.add(name.toLowerCase());
  return name;
}

const thin = { style: "thin" as const, color: { argb: "FF000000" } };
const allBorders = { top: thin, left: thin, bottom: thin, right: thin };

function addSheet(workbook: ExcelJS.Workbook, sheet: XlsxSheet, used: Set<string>): void {
  const ws = workbook.addWorksheet(sheetName(sheet.name, used));
  const columnCount = Math.max(sheet.columns.length, 1);
  let rowIndex = 1;
  if (sheet.title?.trim()) {
    const titleRow = ws.getRow(1);
    titleRow.getCell(1).value = sheet.title.trim();
    titleRow.getCell(1).font = { name: FONT_NAME, size: 14, bold: true };
    titleRow.getCell(1).alignment = { horizontal: "center", vertical: "middle", wrapText: true };
    titleRow.height = 24;
    if (columnCount > 1) ws.mergeCells(1, 1, 1, columnCount);
    rowIndex = 3;
  }
  const headerRowNumber = rowIndex;

  const formats = sheet.columns.map(
    (column) => column.numFmt ?? defaultNumFmt(sheet.rows.map((row) => toWritable(row[column.key]))),
  );
  sheet.columns.forEach((column, i) => {
    const wsColumn = ws.getColumn(i + 1);
    wsColumn.width = column.width ?? Math.min(Math.max(cleanHeader(column.header).length + 2, 10), 50);
  });

  const header = ws.getRow(headerRowNumber);
  sheet.columns.forEach((column, i) => {
    const cell = header.getCell(i + 1);
    cell.value = column.header;
    cell.font = { name: FONT_NAME, size: 12, bold: true };
    cell.alignment = { horizontal: "center", vertical: "middle", wrapText: true };
    cell.border = allBorders;
    cell.fill = { type: "pattern", pattern: "solid", fgColor: { argb: "FFE7E6E6" } };
  });

  const writeRow = (record: Record<string, unknown>, bold: boolean) => {
    rowIndex += 1;
    const row = ws.getRow(rowIndex);
    sheet.columns.forEach((column, i) => {
      const cell = row.getCell(i + 1);
      const value = toWritable(record[column.key]);
      cell.value = value;
      cell.font = { name: FONT_NAME, size: 12, bold };
      cell.border = allBorders;
      const isNumber = typeof value === "number" || value instanceof Date;
      cell.alignment = { vertical: "top", wrapText: !isNumber, horizontal: isNumber ? "right" : undefined };
      if (isNumber && formats[i]) cell.numFmt = formats[i] as string;
    });
  };
  for (const record of sheet.rows) writeRow(record, false);
  const lastDataRow = rowIndex;
  if (sheet.totals) writeRow(sheet.totals, true);

  ws.views = [
    { state: "frozen", xSplit: 0, ySplit: headerRowNumber, topLeftCell: `A${headerRowNumber + 1}` },
  ];
  if (sheet.columns.length > 0 && lastDataRow > headerRowNumber) {
    ws.autoFilter = {
      from: { row: headerRowNumber, column: 1 },
      to: { row: lastDataRow, column: sheet.columns.length },
    };
  }
  ws.pageSetup = {
    paperSize: 9, // A4
    orientation: sheet.columns.length > 6 ? "landscape" : "portrait",
    fitToPage: true,
    fitToWidth: 1,
    fitToHeight: 0,
    printTitlesRow: `${headerRowNumber}:${headerRowNumber}`,
  };
}

export async function buildXlsxWorkbook(sheets: XlsxSheet[]): Promise<Buffer> {
  const workbook = new ExcelJS.Workbook();
  workbook.creator = "dieuhanh";
  workbook.created = new Date();
  const used = new Set<string>();
  for (const sheet of sheets) addSheet(workbook, sheet, used);
  if (sheets.length === 0) workbook.addWorksheet("Sheet1");
  const data = await workbook.xlsx.writeBuffer();
  return Buffer.from(data as ArrayBuffer);
}

export type XlsxErrorCode = "XLSX_INVALID" | "XLSX_MISSING_COLUMN" | "XLSX_SHEET_NOT_FOUND";

export class XlsxReadError extends Error {
  readonly code: XlsxErrorCode;
  /** Missing column names, for XLSX_MISSING_COLUMN. */
  readonly columns?: string[];
  /** The same names joined, for error reports that hold one column field. */
  readonly column?: string;
  /** Sheet row where the header was looked for or found. */
  readonly row?: number;

  constructor(code: XlsxErrorCode, message: string, where: { columns?: string[]; row?: number } = {}) {
    super(message);
    this.name = "XlsxReadError";
    this.code = code;
    this.columns = where.columns;
    this.column = where.columns?.join(", ");
    this.row = where.row;
  }
}

const INVALID_MESSAGE = "Tệp không phải là tệp Excel (.xlsx) hợp lệ hoặc đã bị hỏng.";

/** Checks the package before ExcelJS sees it, so every broken file gets the same clear error. */
function assertXlsxPackage(buffer: Uint8Array): void {
  const head = Buffer.from(buffer.subarray(0, 8));
  if (head.readUInt32BE(0) === 0xd0cf11e0) {
    throw new XlsxReadError(
      "XLSX_INVALID",
      "Tệp theo định dạng Excel 97-2003 (.xls) chưa được hỗ trợ; hãy mở tệp và lưu lại dưới dạng .xlsx.",
    );
  }
  let zip: ZipArchive;
  try {
    zip = ZipArchive.open(buffer);
  } catch (error) {
    if (error instanceof ZipFormatError) throw new XlsxReadError("XLSX_INVALID", INVALID_MESSAGE);
    throw error;
  }
  if (!zip.has("xl/workbook.xml")) {
    throw new XlsxReadError("XLSX_INVALID", "Tệp nén không chứa bảng tính Excel (thiếu xl/workbook.xml).");
  }
}

function isoDate(date: Date): string {
  const pad = (n: number) => String(n).padStart(2, "0");
  const day = `${date.getUTCFullYear()}-${pad(date.getUTCMonth() + 1)}-${pad(date.getUTCDate())}`;
  const h = date.getUTCHours();
  const m = date.getUTCMinutes();
  const s = date.getUTCSeconds();
  return h || m || s ? `${day} ${pad(h)}:${pad(m)}:${pad(s)}` : day;
}

/** Excel values to what importers need: numbers stay numbers, dates are YYYY-MM-DD, the rest is text. */
export function cellToImported(value: ExcelJS.CellValue | unknown): ImportedCell {
  if (value === null || value === undefined) return null;
  if (typeof value === "number") return Number.isFinite(value) ? value : null;
  if (typeof value === "string") {
    const trimmed = value.trim();
    return trimmed === "" ? null : trimmed;
  }
  if (typeof value === "boolean") return value ? "TRUE" : "FALSE";
  if (value instanceof Date) return Number.isNaN(value.getTime()) ? null : isoDate(value);
  if (typeof value === "object") {
    const v = value as Record<string, unknown>;
    // Formulas (plain or shared) give their cached result; none cached means no value.
    if ("formula" in v || "sharedFormula" in v) return cellToImported(v.result);
    if (Array.isArray(v.richText)) {
      return cellToImported((v.richText as { text?: string }[]).map((part) => part.text ?? "").join(""));
    }
    if ("error" in v) return String(v.error);
    if ("text" in v) return cellToImported(v.text);
  }
  return cellToImported(String(value));
}

/** Own text of a cell: the master of a merged range counts, the cells it covers do not. */
function ownText(cell: ExcelJS.Cell): string {
  if (cell.isMerged && cell.master.address !== cell.address) return "";
  const value = cellToImported(cell.value);
  return value === null ? "" : cleanHeader(String(value));
}

const HEADER_SEARCH_ROWS = 20;

function rowTexts(ws: ExcelJS.Worksheet, rowNumber: number): string[] {
  const row = ws.getRow(rowNumber);
  const texts: string[] = [];
  for (let c = 1; c <= row.cellCount; c++) texts.push(ownText(row.getCell(c)));
  while (texts.length > 0 && texts[texts.length - 1] === "") texts.pop();
  return texts;
}

/**
 * The header row is the first one holding every required header; without requirements, the first
 * with at least two filled cells (a merged title line above the table has one).
 */
function findHeaderRow(ws: ExcelJS.Worksheet, required: string[] | undefined): number {
  const last = Math.min(ws.rowCount, HEADER_SEARCH_ROWS);
  let firstFilled = 0;
  let firstWide = 0;
  let best = { row: 0, matches: 0 };
  for (let r = 1; r <= last; r++) {
    const texts = rowTexts(ws, r);
    const filled = texts.filter(Boolean);
    if (filled.length === 0) continue;
    if (!firstFilled) firstFilled = r;
    if (!firstWide && filled.length >= 2) firstWide = r;
    if (required && required.length > 0) {
      const missing = missingHeaders(filled, required);
      if (missing.length === 0) return r;
      const matches = required.length - missing.length;
      if (matches > best.matches) best = { row: r, matches };
    }
  }
  return best.row || firstWide || firstFilled;
}

export async function readXlsxRows(
  buffer: Uint8Array,
  options: { sheet?: string | number; requiredHeaders?: string[] } = {},
): Promise<ImportedTable> {
  assertXlsxPackage(buffer);
  const workbook = new ExcelJS.Workbook();
  try {
    await workbook.xlsx.load(Buffer.from(buffer) as unknown as ArrayBuffer);
  } catch {
    throw new XlsxReadError("XLSX_INVALID", INVALID_MESSAGE);
  }
  const ws = pickSheet(workbook, options.sheet);
  const headerRow = ws.rowCount > 0 ? findHeaderRow(ws, options.requiredHeaders) : 0;
  if (!headerRow) {
    const missing = missingHeaders([], options.requiredHeaders);
    if (missing.length > 0) throw missingColumnError(missing, 1);
    return { headers: [], rows: [] };
  }
  const rawHeaders = rowTexts(ws, headerRow);
  const headers = uniqueHeaders(rawHeaders, (index) => `Cột ${ws.getColumn(index + 1).letter}`);
  const missing = missingHeaders(headers, options.requiredHeaders);
  if (missing.length > 0) throw missingColumnError(missing, headerRow);

  const rows: ImportedRow[] = [];
  for (let r = headerRow + 1; r <= ws.rowCount; r++) {
    const row = ws.getRow(r);
    const cells: Record<string, ImportedCell> = {};
    let filled = false;
    headers.forEach((header, i) => {
      const value = cellToImported(row.getCell(i + 1).value);
      cells[header] = value;
      if (value !== null) filled = true;
    });
    if (filled) rows.push({ rowNumber: r, cells });
  }
  return { headers, rows };
}

function pickSheet(workbook: ExcelJS.Workbook, wanted: string | number | undefined): ExcelJS.Worksheet {
  const sheets = workbook.worksheets;
  if (sheets.length === 0) throw new XlsxReadError("XLSX_INVALID", "Tệp Excel không có trang tính nào.");
  if (wanted === undefined) return sheets[0];
  const found =
    typeof wanted === "number"
      ? sheets[wanted - 1]
      : sheets.find((s) => normalizeHeader(s.name) === normalizeHeader(wanted));
  if (!found) {
    const names = sheets.map((s) => `"${s.name}"`).join(", ");
    throw new XlsxReadError(
      "XLSX_SHEET_NOT_FOUND",
      `Không tìm thấy trang tính "${wanted}" (tệp có: ${names}).`,
    );
  }
  return found;
}

function missingColumnError(missing: string[], row: number): XlsxReadError {
  return new XlsxReadError(
    "XLSX_MISSING_COLUMN",
    `Tệp Excel thiếu cột bắt buộc: ${missing.map((name) => `"${name}"`).join(", ")} (dòng tiêu đề ${row}).`,
    { columns: missing, row },
  );
}
