// Input model of an administrative document (văn bản hành chính) laid out per
// Nghị định 30/2020/NĐ-CP. Callers describe content; the layout rules live in the builders.

/** A piece of text with its own emphasis inside a paragraph. */
export interface InlineRun {
  text: string;
  bold?: boolean;
  italic?: boolean;
  underline?: boolean;
}

export type RichText = string | InlineRun[];

/**
 * Section headings. Level 1 is numbered "I.", "II." (mục), level 2 "1.", "2." (khoản),
 * level 3 "a)", "b)" (điểm); a level restarts when a higher level appears.
 * Set `numbered: false` when the text already carries its own number.
 */
export interface HeadingBlock {
  kind: "heading";
  level: 1 | 2 | 3;
  text: string;
  numbered?: boolean;
}

export interface ParagraphBlock {
  kind: "paragraph";
  text: RichText;
  /** Default "justify" with a first-line indent, as NĐ 30 asks for body text. */
  align?: "justify" | "left" | "center" | "right";
  /** Skip the first-line indent (e.g. for a "Kính gửi:" line). */
  noIndent?: boolean;
}

/** Bullet list written the official way: "- item" (level 1) and "+ item" (level 2). */
export interface BulletListBlock {
  kind: "bullets";
  items: (RichText | { text: RichText; level: 1 | 2 })[];
}

export type TableCellValue = string | number | null | undefined;

export interface TableColumn {
  header: string;
  /** Relative width; columns without one share equally. */
  width?: number;
  /** Defaults to "right" for numbers, "left" for text. */
  align?: "left" | "center" | "right";
  /** Fixed decimals for numbers in this column; otherwise up to 2, trailing zeros dropped. */
  decimals?: number;
}

export interface TableBlock {
  kind: "table";
  /** Caption above the table, e.g. "Bảng 1. Kết quả thực hiện chỉ tiêu". */
  caption?: string;
  columns: TableColumn[];
  rows: TableCellValue[][];
  /** Bold closing row, e.g. ["Tổng cộng", "", 1234.5]. */
  totalsRow?: TableCellValue[];
  /** 12 or 13 pt (NĐ 30 allows smaller type in tables); default 12. */
  fontSize?: 12 | 13;
  /** Small italic line under the table, e.g. the data source. */
  note?: string;
}

/** A raster picture such as a chart. width/height are pixels at 96 dpi; wider pictures are scaled to the text width. */
export interface ImageBlock {
  kind: "image";
  png: Uint8Array;
  width: number;
  height: number;
  caption?: string;
}

export interface PageBreakBlock {
  kind: "pageBreak";
}

export type Block =
  | HeadingBlock
  | ParagraphBlock
  | BulletListBlock
  | TableBlock
  | ImageBlock
  | PageBreakBlock;

export interface Nd30Signer {
  /** Quyền hạn: "TM. ỦY BAN NHÂN DÂN", "TL. CHỦ TỊCH"... */
  authority?: string;
  /** Chức vụ, may span lines: "KT. CHỦ TỊCH\nPHÓ CHỦ TỊCH". */
  position: string;
  name: string;
}

export interface Nd30Document {
  /** Cơ quan chủ quản, e.g. "UBND TỈNH BẮC GIANG" (upper case, regular). */
  issuerParent?: string;
  /** Cơ quan ban hành, e.g. "VĂN PHÒNG UBND TỈNH" (upper case, bold). */
  issuer: string;
  /** Full number and symbol, "15/BC-UBND". Absent: a blank number is left for the clerk. */
  number?: string;
  /** Issuer part of the symbol ("UBND"), used only when `number` is absent. */
  issuerCode?: string;
  place: string;
  /** YYYY-MM-DD */
  date: string;
  /** "BÁO CÁO", "KẾ HOẠCH"... Empty or "CÔNG VĂN" lays out a letter: "V/v ..." under the number. */
  docType: string;
  /** Trích yếu nội dung. */
  title: string;
  /** Optional "Kính gửi: ..." lines placed before the body (mostly for letters). */
  addressees?: string[];
  body: Block[];
  /** "Nơi nhận" lines without the leading dash; a last entry starting with "Lưu" closes the list. */
  recipients: string[];
  signer: Nd30Signer;
}
