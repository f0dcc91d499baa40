// RFC 4180 CSV reading with the habits of Vietnamese Excel users in mind: a UTF-8 BOM, CRLF line
// ends, and ";" as the delimiter when the system uses the decimal comma.
import {
  type ImportedCell,
  type ImportedRow,
  type ImportedTable,
  missingHeaders,
  uniqueHeaders,
} from "./table-rows";

export type CsvErrorCode = "CSV_INVALID" | "CSV_MISSING_COLUMN";

export class CsvReadError extends Error {
  readonly code: CsvErrorCode;
  /** Record number (header = 1) where the problem starts. */
  readonly row?: number;
  /** 1-based field position within the record. */
  readonly column?: number;
  /** Physical line of the text, which differs from `row` when quoted fields span lines. */
  readonly line?: number;
  /** Missing column names, for CSV_MISSING_COLUMN. */
  readonly columns?: string[];

  constructor(
    code: CsvErrorCode,
    message: string,
    where: { row?: number; column?: number; line?: number; columns?: string[] } = {},
  ) {
    super(message);
    this.name = "CsvReadError";
    this.code = code;
    this.row = where.row;
    this.column = where.column;
    this.line = where.line;
    this.columns = where.columns;
  }
}

const CANDIDATES = [",", ";", "\t"] as const;

/** Picks the delimiter that occurs most often outside quotes on the first record (ties go to ","). */
export function detectDelimiter(text: string): string {
  const counts = new Map<string, number>(CANDIDATES.map((c) => [c, 0]));
  let quoted = false;
  for (const ch of text) {
    if (ch === '"') quoted = !quoted;
    else if (!quoted && (ch === "\n" || ch === "\r")) break;
    else if (!quoted && counts.has(ch)) counts.set(ch, (counts.get(ch) ?? 0) + 1);
  }
  let best = ",";
  for (const c of CANDIDATES) if ((counts.get(c) ?? 0) > (counts.get(best) ?? 0)) best = c;
  return best;
}

export interface CsvRecord {
  fields: string[];
  /** Physical line where the record starts (1-based). */
  line: number;
}

/** Splits CSV text into records; throws CSV_INVALID on an unclosed quote or text after a closing one. */
export function parseCsv(input: string, delimiter = detectDelimiter(input)): CsvRecord[] {
  const text = input.charCodeAt(0) === 0xfeff ? input.slice(1) : input;
  const records: CsvRecord[] = [];
  let fields: string[] = [];
  let field = "";
  let line = 1;
  let recordLine = 1;
  let i = 0;
  const endRecord = () => {
    fields.push(field);
    field = "";
    // A blank line is not a record (Excel writes none, editors often leave one at the end).
    if (!(fields.length === 1 && fields[0] === "")) records.push({ fields, line: recordLine });
    fields = [];
  };
  while (i < text.length) {
    const ch = text[i];
    if (ch === '"' && field === "") {
      const startLine = line;
      let j = i + 1;
      for (;;) {
        if (j >= text.length) {
          throw new CsvReadError(
            "CSV_INVALID",
            `Dấu ngoặc kép mở ở dòng ${startLine}, cột ${fields.length + 1} không được đóng.`,
            { row: records.length + 1, column: fields.length + 1, line: startLine },
          );
        }
        const c = text[j];
        if (c === '"') {
          if (text[j + 1] === '"') {
            field += '"';
            j += 2;
            continue;
          }
          j += 1;
          break;
        }
        if (c === "\n" || (c === "\r" && text[j + 1] !== "\n")) line += 1;
        field += c;
        j += 1;
      }
      const next = text[j];
      if (j < text.length && next !== delimiter && next !== "\r" && next !== "\n") {
        throw new CsvReadError(
          "CSV_INVALID",
          `Có ký tự thừa sau dấu ngoặc kép đóng ở dòng ${line}, cột ${fields.length + 1}.`,
          { row: records.length + 1, column: fields.length + 1, line },
        );
      }
      i = j;
      continue;
    }
    if (ch === delimiter) {
      fields.push(field);
      field = "";
      i += 1;
    } else if (ch === "\r" || ch === "\n") {
      endRecord();
      i += ch === "\r" && text[i + 1] === "\n" ? 2 : 1;
      line += 1;
      recordLine = line;
    } else {
      field += ch;
      i += 1;
    }
  }
  if (field !== "" || fields.length > 0) endRecord();
  return records;
}

const toCell = (value: string | undefined): ImportedCell => {
  if (value === undefined) return null;
  const trimmed = value.trim();
  return trimmed === "" ? null : trimmed;
};

/**
 * Reads a CSV with a header line. Values stay text (a CSV has no types; "1.234,5" and "1,234.5"
 * mean different things depending on who saved it), empty fields become null.
 */
export function readCsvRows(
  input: string | Uint8Array,
  options: { requiredHeaders?: string[]; delimiter?: string } = {},
): ImportedTable {
  const text = typeof input === "string" ? input : Buffer.from(input).toString("utf8");
  const records = parseCsv(text, options.delimiter ?? detectDelimiter(text.replace(/^\uFEFF/, "")));
  if (records.length === 0) {
    const missing = missingHeaders([], options.requiredHeaders);
    if (missing.length > 0) throw missingColumnError(missing);
    return { headers: [], rows: [] };
  }
  const headers = uniqueHeaders(records[0].fields, (index) => `Cột ${index + 1}`);
  const missing = missingHeaders(headers, options.requiredHeaders);
  if (missing.length > 0) throw missingColumnError(missing);
  const rows: ImportedRow[] = records.slice(1).map((record, index) => {
    const cells: Record<string, ImportedCell> = {};
    headers.forEach((header, column) => {
      cells[header] = toCell(record.fields[column]);
    });
    return { rowNumber: index + 2, cells };
  });
  return { headers, rows };
}

function missingColumnError(missing: string[]): CsvReadError {
  return new CsvReadError(
    "CSV_MISSING_COLUMN",
    `Tệp CSV thiếu cột bắt buộc: ${missing.map((name) => `"${name}"`).join(", ")}.`,
    { row: 1, columns: missing },
  );
}
