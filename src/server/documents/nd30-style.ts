// Page geometry, type sizes and small paragraph helpers shared by the NĐ 30 builders.
// Sizes follow Phụ lục I of Nghị định 30/2020/NĐ-CP; where the decree gives a range we pick one value.
import { AlignmentType, BorderStyle, LineRuleType, Paragraph, TextRun } from "docx";
import type { InlineRun, RichText } from "./nd30-types";

export const FONT = "Times New Roman";

/** Twips per millimetre (1 inch = 1440 twips = 25.4 mm). */
const TWIPS_PER_MM = 1440 / 25.4;
export const mm = (value: number): number => Math.round(value * TWIPS_PER_MM);

export const PAGE = {
  width: 11906, // 210 mm, the usual OOXML value for A4
  height: 16838, // 297 mm
  marginTop: mm(20),
  marginBottom: mm(20),
  marginLeft: mm(30),
  marginRight: mm(15),
  header: mm(10),
  footer: mm(10),
} as const;

export const TEXT_WIDTH = PAGE.width - PAGE.marginLeft - PAGE.marginRight;

/** Point sizes. */
export const SIZE = {
  body: 14,
  issuer: 13,
  nationalName: 13, // Quốc hiệu: 12-13, bold, upper case
  motto: 14, // Tiêu ngữ: 13-14, bold
  number: 13,
  dateLine: 14,
  docType: 14,
  title: 14,
  letterSubject: 13, // "V/v ..." of a công văn: 12-13
  recipientsLabel: 12,
  recipients: 11,
  signer: 14,
  pageNumber: 14,
  table: 12,
} as const;

/** Body line spacing as a multiple of single (NĐ 30: from single to 1.5 lines). */
export const BODY_LINE = Math.round(240 * 1.15);
/** 6 pt between paragraphs, the minimum NĐ 30 asks for. */
export const PARAGRAPH_GAP = 120;
/** First-line indent of 1.27 cm (NĐ 30: 1 to 1.27 cm). */
export const FIRST_LINE_INDENT = 720;

/**
 * Line spacing in 240ths of a line with the rule spelled out: LibreOffice reads a bare w:line
 * as an exact height, which crushes 14 pt text into 12 pt lines.
 */
export function lineAuto(line: number) {
  return { line, lineRule: LineRuleType.AUTO };
}

export interface RunStyle {
  size: number;
  bold?: boolean;
  italic?: boolean;
  underline?: boolean;
}

/** Every run names its font explicitly so that no viewer falls back to a theme font. */
export function textRun(text: string, style: RunStyle): TextRun {
  return new TextRun({
    text,
    font: FONT,
    size: style.size * 2,
    bold: style.bold,
    italics: style.italic,
    underline: style.underline ? {} : undefined,
  });
}

export function richRuns(text: RichText, style: RunStyle): TextRun[] {
  const parts: InlineRun[] = typeof text === "string" ? [{ text }] : text;
  return parts.map((part) =>
    textRun(part.text, {
      size: style.size,
      bold: part.bold ?? style.bold,
      italic: part.italic ?? style.italic,
      underline: part.underline ?? style.underline,
    }),
  );
}

/** A centred line of text with no spacing of its own, the building brick of the header blocks. */
export function centeredLine(text: string, style: RunStyle, spacingAfter = 0): Paragraph {
  return new Paragraph({
    alignment: AlignmentType.CENTER,
    spacing: { before: 0, after: spacingAfter, ...lineAuto(240) },
    children: [textRun(text, style)],
  });
}

/**
 * Average advance of Times New Roman as a share of the point size, measured on the metric-compatible
 * Liberation Serif Bold: upper-case Vietnamese lines run about 0.63 em per character, mixed case about 0.45.
 */
export function estimateTextTwips(text: string, pointSize: number): number {
  const isUpper = text === text.toLocaleUpperCase("vi");
  const emPerChar = isUpper ? 0.63 : 0.45;
  return Math.round([...text].length * emPerChar * pointSize * 20);
}

/**
 * The solid horizontal rules NĐ 30 draws under the issuer, the motto and the summary line.
 * Drawn as the top border of an empty, 3 pt-high paragraph whose indents leave exactly
 * `lengthTwips` of border centred in a box `boxWidth` wide; Word and LibreOffice both render
 * paragraph borders faithfully, unlike floating shapes.
 */
export function ruleLine(lengthTwips: number, boxWidth: number, spacingAfter = 0): Paragraph {
  const length = Math.max(300, Math.min(lengthTwips, boxWidth));
  const side = Math.floor((boxWidth - length) / 2);
  return new Paragraph({
    indent: { left: side, right: side },
    spacing: { before: 80, after: spacingAfter, line: 60, lineRule: LineRuleType.EXACT },
    border: { top: { style: BorderStyle.SINGLE, size: 6, color: "000000", space: 1 } },
    children: [textRun("", { size: 2 })],
    run: { font: FONT, size: 4 },
  });
}
