// The top of page 1: issuer and number on the left, national name, motto and date on the right,
// then the document type and summary (or the "V/v" line of a letter), per NĐ 30/2020 Phụ lục I.
import {
  AlignmentType,
  Paragraph,
  Table,
  TableBorders,
  TableCell,
  TableLayoutType,
  TableRow,
  VerticalAlign,
  WidthType,
} from "docx";
import { centeredLine, estimateTextTwips, lineAuto, ruleLine, SIZE, TEXT_WIDTH, textRun } from "./nd30-style";
import type { Nd30Document } from "./nd30-types";
import { formatNd30DateLine } from "./vi-format";

export const NATIONAL_NAME = "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM";
export const MOTTO = "Độc lập - Tự do - Hạnh phúc";

// The right column must hold the national name on one line (13 pt bold is about 5,040 twips wide).
const RIGHT_COLUMN = 5800;
const LEFT_COLUMN = TEXT_WIDTH - RIGHT_COLUMN;
const CELL_MARGIN = 60;
// Width of the motto at 14 pt bold, measured with Times New Roman metrics; the rule under it matches it.
const MOTTO_TWIPS = 3250;

/** Abbreviations of document types from Phụ lục III of NĐ 30/2020. */
const TYPE_CODES: Record<string, string> = {
  "NGHỊ QUYẾT": "NQ",
  "QUYẾT ĐỊNH": "QĐ",
  "CHỈ THỊ": "CT",
  "QUY CHẾ": "QC",
  "QUY ĐỊNH": "QyĐ",
  "THÔNG CÁO": "TC",
  "THÔNG BÁO": "TB",
  "HƯỚNG DẪN": "HD",
  "CHƯƠNG TRÌNH": "CTr",
  "KẾ HOẠCH": "KH",
  "PHƯƠNG ÁN": "PA",
  "ĐỀ ÁN": "ĐA",
  "DỰ ÁN": "DA",
  "BÁO CÁO": "BC",
  "BIÊN BẢN": "BB",
  "TỜ TRÌNH": "TTr",
  "HỢP ĐỒNG": "HĐ",
  "CÔNG ĐIỆN": "CĐ",
  "BẢN GHI NHỚ": "GN",
  "BẢN THỎA THUẬN": "TTh",
  "GIẤY ỦY QUYỀN": "GUQ",
  "GIẤY MỜI": "GM",
  "GIẤY GIỚI THIỆU": "GGT",
  "GIẤY NGHỈ PHÉP": "GNP",
  "PHIẾU GỬI": "PG",
  "PHIẾU CHUYỂN": "PC",
  "PHIẾU BÁO": "PB",
};

const upper = (text: string) => text.normalize("NFC").trim().toLocaleUpperCase("vi");

/** "BÁO CÁO" -> "BC"; unknown types (and letters) have no code. */
export function documentTypeCode(docType: string): string | undefined {
  return TYPE_CODES[upper(docType).replace(/\s+/g, " ")];
}

export function isLetter(doc: Pick<Nd30Document, "docType">): boolean {
  const type = upper(doc.docType);
  return type === "" || type === "CÔNG VĂN";
}

/**
 * "Số: 05/BC-UBND". NĐ 30 writes numbers below 10 with a leading zero. Without a number the
 * space is left blank for the clerk who registers the document, followed by the symbol.
 */
export function formatNumberLine(doc: Pick<Nd30Document, "number" | "docType" | "issuerCode">): string {
  const given = doc.number?.trim();
  if (given) {
    return `Số: ${given.replace(/^(\d)(?!\d)/, "0$1")}`;
  }
  const symbolParts = [documentTypeCode(doc.docType), doc.issuerCode?.trim()].filter(Boolean);
  return `Số:        /${symbolParts.join("-")}`;
}

function borderlessCell(width: number, children: Paragraph[]) {
  return new TableCell({
    width: { size: width, type: WidthType.DXA },
    margins: { left: CELL_MARGIN, right: CELL_MARGIN, top: 0, bottom: 0 },
    verticalAlign: VerticalAlign.TOP,
    children,
  });
}

/** Two columns without borders, fixed widths, spanning the text width. */
export function borderlessTable(columnWidths: [number, number], rows: Paragraph[][][]): Table {
  return new Table({
    width: { size: TEXT_WIDTH, type: WidthType.DXA },
    columnWidths,
    layout: TableLayoutType.FIXED,
    borders: TableBorders.NONE,
    rows: rows.map(
      (cells) =>
        new TableRow({
          cantSplit: true,
          children: cells.map((children, i) => borderlessCell(columnWidths[i], children)),
        }),
    ),
  });
}

function issuerBlock(doc: Nd30Document): Paragraph[] {
  const content = LEFT_COLUMN - 2 * CELL_MARGIN;
  const lines: Paragraph[] = [];
  if (doc.issuerParent?.trim()) {
    lines.push(centeredLine(upper(doc.issuerParent), { size: SIZE.issuer }));
  }
  const issuer = upper(doc.issuer);
  lines.push(centeredLine(issuer, { size: SIZE.issuer, bold: true }));
  // NĐ 30: a rule from 1/3 to 1/2 of the issuer line; a wrapped name is as wide as the column.
  const issuerWidth = Math.min(estimateTextTwips(issuer, SIZE.issuer), content);
  lines.push(ruleLine(Math.round(issuerWidth * 0.42), content));
  return lines;
}

function nationalBlock(): Paragraph[] {
  const content = RIGHT_COLUMN - 2 * CELL_MARGIN;
  return [
    centeredLine(NATIONAL_NAME, { size: SIZE.nationalName, bold: true }),
    centeredLine(MOTTO, { size: SIZE.motto, bold: true }),
    ruleLine(MOTTO_TWIPS, content),
  ];
}

function numberBlock(doc: Nd30Document): Paragraph[] {
  const lines = [centeredLine(formatNumberLine(doc), { size: SIZE.number }, 60)];
  if (isLetter(doc) && doc.title.trim()) {
    lines.push(
      centeredLine(`V/v ${doc.title.trim().replace(/^V\/v\s*/i, "")}`, { size: SIZE.letterSubject }),
    );
  }
  return lines;
}

function dateBlock(doc: Nd30Document): Paragraph[] {
  return [
    new Paragraph({
      alignment: AlignmentType.CENTER,
      spacing: { before: 0, after: 0, ...lineAuto(240) },
      children: [textRun(formatNd30DateLine(doc.place, doc.date), { size: SIZE.dateLine, italic: true })],
    }),
  ];
}

/** Tên loại văn bản and trích yếu, centred, with a short rule under them. */
function titleBlock(doc: Nd30Document): Paragraph[] {
  if (isLetter(doc)) return [];
  const title = doc.title.trim();
  const blocks: Paragraph[] = [
    new Paragraph({
      alignment: AlignmentType.CENTER,
      spacing: { before: 360, after: 0, ...lineAuto(240) },
      keepNext: true,
      children: [textRun(upper(doc.docType), { size: SIZE.docType, bold: true })],
    }),
  ];
  if (title) {
    blocks.push(
      new Paragraph({
        alignment: AlignmentType.CENTER,
        spacing: { before: 0, after: 0, ...lineAuto(264) },
        keepNext: true,
        children: [textRun(title, { size: SIZE.title, bold: true })],
      }),
    );
    const titleWidth = Math.min(estimateTextTwips(title, SIZE.title), TEXT_WIDTH);
    blocks.push(ruleLine(Math.max(Math.round(titleWidth * 0.4), 1200), TEXT_WIDTH, 240));
  } else {
    blocks.push(new Paragraph({ spacing: { before: 0, after: 240 }, children: [] }));
  }
  return blocks;
}

function addresseeBlock(doc: Nd30Document): Paragraph[] {
  const names = (doc.addressees ?? []).map((name) => name.trim()).filter(Boolean);
  if (names.length === 0) return [];
  const spacing = { before: 0, after: 0, ...lineAuto(276) };
  if (names.length === 1) {
    return [
      new Paragraph({
        alignment: AlignmentType.CENTER,
        spacing: { ...spacing, before: 240, after: 240 },
        children: [textRun(`Kính gửi: ${names[0]}.`, { size: SIZE.body })],
      }),
    ];
  }
  // Several addressees: "Kính gửi:" then one dashed line each, indented as a block.
  return [
    new Paragraph({
      spacing: { ...spacing, before: 240 },
      indent: { left: 2268 },
      children: [textRun("Kính gửi:", { size: SIZE.body })],
    }),
    ...names.map(
      (name, i) =>
        new Paragraph({
          spacing: { ...spacing, after: i === names.length - 1 ? 240 : 0 },
          indent: { left: 3402 },
          children: [textRun(`- ${name}${i === names.length - 1 ? "." : ";"}`, { size: SIZE.body })],
        }),
    ),
  ];
}

/** Everything above the body text, in reading order. */
export function buildHeaderBlocks(doc: Nd30Document): (Paragraph | Table)[] {
  const top = borderlessTable(
    [LEFT_COLUMN, RIGHT_COLUMN],
    [
      [issuerBlock(doc), nationalBlock()],
      [numberBlock(doc), dateBlock(doc)],
    ],
  );
  return [top, ...titleBlock(doc), ...addresseeBlock(doc)];
}
