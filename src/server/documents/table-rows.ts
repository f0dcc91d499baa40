// The shape both the xlsx and the csv readers return, and header matching shared by them.

export type ImportedCell = string | number | null;

export interface ImportedRow {
  /** Row number as the user sees it: the sheet row in Excel, the record number in a CSV (header = 1). */
  rowNumber: number;
  cells: Record<string, ImportedCell>;
}

export interface ImportedTable {
  headers: string[];
  rows: ImportedRow[];
}

/** Header text as returned: NFC, whitespace (line breaks inside a header cell too) collapsed. */
export function cleanHeader(text: string): string {
  return text.normalize("NFC").replace(/\s+/g, " ").trim();
}

/** Key for comparing headers: cleaned and lower-cased, so "Đơn vị  chủ trì" matches "đơn vị chủ trì". */
export function normalizeHeader(text: string): string {
  return cleanHeader(text).toLocaleLowerCase("vi");
}

/** Required headers not present among `headers`, compared with normalizeHeader. */
export function missingHeaders(headers: string[], required: string[] | undefined): string[] {
  if (!required || required.length === 0) return [];
  const present = new Set(headers.map(normalizeHeader));
  return required.filter((name) => !present.has(normalizeHeader(name)));
}

/** Makes duplicate or empty headers unique so no column is silently dropped. */
export function uniqueHeaders(raw: string[], fallbackName: (index: number) => string): string[] {
  const seen = new Map<string, number>();
  return raw.map((text, index) => {
    const base = cleanHeader(text) || fallbackName(index);
    const count = (seen.get(base) ?? 0) + 1;
    seen.set(base, count);
    return count === 1 ? base : `${base} (${count})`;
  });
}
