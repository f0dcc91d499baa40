// Body blocks of an NĐ 30 document: numbered headings, justified paragraphs, dash lists,
// bordered data tables with vi-VN numbers, pictures (charts) and page breaks.
import {
  AlignmentType,
  BorderStyle,
  ImageRun,
  Paragraph,
  Table,
  TableCell,
  TableLayoutType,
  TableRow,
  VerticalAlign,
  WidthType,
} from "docx";
import {
  BODY_LINE,
  FIRST_LINE_INDENT,
  lineAuto,
  PARAGRAPH_GAP,
  richRuns,
  SIZE,
  TEXT_WIDTH,
  textRun,
} from "./nd30-style";
import type {
  Block,
  BulletListBlock,
  HeadingBlock,
  ImageBlock,
  ParagraphBlock,
  TableBlock,
  TableCellValue,
  TableColumn,
} from "./nd30-types";
import { formatViNumber } from "./vi-format";

const ALIGN = {
  justify: AlignmentType.JUSTIFIED,
  left: AlignmentType.LEFT,
  center: AlignmentType.CENTER,
  right: AlignmentType.RIGHT,
} as const;

const bodySpacing = { before: 0, after: PARAGRAPH_GAP, ...lineAuto(BODY_LINE) };

export function toRoman(value: number): string {
  const numerals: [number, string][] = [
    [1000, "M"],
    [900, "CM"],
    [500, "D"],
    [400, "CD"],
    [100, "C"],
    [90, "XC"],
    [50, "L"],
    [40, "XL"],
    [10, "X"],
    [9, "IX"],
    [5, "V"],
    [4, "IV"],
    [1, "I"],
  ];
  let rest = value;
  let out = "";
  for (const [n, s] of numerals) {
    while (rest >= n) {
      out += s;
      rest -= n;
    }
  }
  return out;
}

/** "a", "b", ..., "z", then "aa"... for level-3 points. */
function letterLabel(index: number): string {
  let n = index;
  let out = "";
  while (n > 0) {
    n -= 1;
    out = String.fromCharCode(97 + (n % 26)) + out;
    n = Math.floor(n / 26);
  }
  return out;
}

/** Keeps the I / 1 / a) counters; a heading resets the levels under it. */
class HeadingCounter {
  private counts = [0, 0, 0];

  label(level: 1 | 2 | 3): string {
    this.counts[level - 1] += 1;
    for (let i = level; i < this.counts.length; i++) this.counts[i] = 0;
    const n = this.counts[level - 1];
    if (level === 1) return `${toRoman(n)}. `;
    if (level === 2) return `${n}. `;
    return `${letterLabel(n)}) `;
  }
}

function heading(block: HeadingBlock, counter: HeadingCounter, breakBefore: boolean): Paragraph {
  const prefix = block.numbered === false ? "" : counter.label(block.level);
  return new Paragraph({
    alignment: AlignmentType.JUSTIFIED,
    indent: { firstLine: FIRST_LINE_INDENT },
    spacing: { before: block.level === 1 ? PARAGRAPH_GAP : 0, after: PARAGRAPH_GAP, ...lineAuto(BODY_LINE) },
    keepNext: true,
    keepLines: true,
    pageBreakBefore: breakBefore,
    children: [
      textRun(`${prefix}${block.text.trim()}`, {
        size: SIZE.body,
        bold: block.level < 3,
        italic: block.level === 3,
      }),
    ],
  });
}

function paragraph(block: ParagraphBlock, breakBefore: boolean): Paragraph {
  return new Paragraph({
    pageBreakBefore: breakBefore,
    alignment: ALIGN[block.align ?? "justify"],
    indent: block.noIndent ? undefined : { firstLine: FIRST_LINE_INDENT },
    spacing: bodySpacing,
    children: richRuns(block.text, { size: SIZE.body }),
  });
}

function bullets(block: BulletListBlock, breakBefore: boolean): Paragraph[] {
  return block.items.map((item, index) => {
    const isObject = typeof item === "object" && !Array.isArray(item);
    const text = isObject ? item.text : item;
    const level = isObject ? item.level : 1;
    const mark = level === 1 ? "- " : "+ ";
    const runs = typeof text === "string" ? [{ text: mark + text }] : [{ text: mark }, ...text];
    return new Paragraph({
      pageBreakBefore: breakBefore && index === 0,
      alignment: AlignmentType.JUSTIFIED,
      indent: { firstLine: FIRST_LINE_INDENT },
      spacing: bodySpacing,
      children: richRuns(runs, { size: SIZE.body }),
    });
  });
}

export function formatTableCell(value: TableCellValue, column: TableColumn | undefined): string {
  if (value === null || value === undefined) return "";
  if (typeof value === "number") {
    return column?.decimals === undefined
      ? formatViNumber(value)
      : formatViNumber(value, { decimals: column.decimals });
  }
  return value;
}

const thin = { style: BorderStyle.SINGLE, size: 4, color: "000000" };
const tableBorders = {
  top: thin,
  bottom: thin,
  left: thin,
  right: thin,
  insideHorizontal: thin,
  insideVertical: thin,
};

function columnWidths(columns: TableColumn[]): number[] {
  const given = columns.map((c) => (c.width && c.width > 0 ? c.width : undefined));
  const known = given.filter((w): w is number => w !== undefined);
  const fallback = known.length > 0 ? known.reduce((a, b) => a + b, 0) / known.length : 1;
  const weights = given.map((w) => w ?? fallback);
  const total = weights.reduce((a, b) => a + b, 0);
  const widths = weights.map((w) => Math.floor((w / total) * TEXT_WIDTH));
  widths[widths.length - 1] += TEXT_WIDTH - widths.reduce((a, b) => a + b, 0);
  return widths;
}

function cell(text: string, width: number, align: keyof typeof ALIGN, size: number, bold: boolean) {
  return new TableCell({
    width: { size: width, type: WidthType.DXA },
    margins: { left: 80, right: 80, top: 30, bottom: 30 },
    verticalAlign: VerticalAlign.CENTER,
    children: text.split("\n").map(
      (line) =>
        new Paragraph({
          alignment: ALIGN[align],
          spacing: { before: 20, after: 20, ...lineAuto(240) },
          children: [textRun(line, { size, bold })],
        }),
    ),
  });
}

function dataRow(values: TableCellValue[], block: TableBlock, widths: number[], bold: boolean): TableRow {
  const size = block.fontSize ?? SIZE.table;
  return new TableRow({
    cantSplit: true,
    children: block.columns.map((column, i) => {
      const value = values[i];
      const align = column.align ?? (typeof value === "number" ? "right" : "left");
      return cell(formatTableCell(value, column), widths[i], align, size, bold);
    }),
  });
}

function table(block: TableBlock, breakBefore: boolean): (Paragraph | Table)[] {
  if (block.columns.length === 0) return [];
  const size = block.fontSize ?? SIZE.table;
  const widths = columnWidths(block.columns);
  const out: (Paragraph | Table)[] = [];
  if (block.caption?.trim() || breakBefore) {
    // A table cannot start a page by itself in OOXML; its caption (or an empty line) carries the break.
    out.push(
      new Paragraph({
        pageBreakBefore: breakBefore,
        alignment: AlignmentType.CENTER,
        spacing: { before: PARAGRAPH_GAP, after: PARAGRAPH_GAP, ...lineAuto(240) },
        keepNext: true,
        children: [textRun(block.caption?.trim() ?? "", { size: SIZE.body - 1, bold: true })],
      }),
    );
  }
  const header = new TableRow({
    tableHeader: true,
    cantSplit: true,
    children: block.columns.map((column, i) => cell(column.header, widths[i], "center", size, true)),
  });
  const rows = [header, ...block.rows.map((values) => dataRow(values, block, widths, false))];
  if (block.totalsRow) rows.push(dataRow(block.totalsRow, block, widths, true));
  out.push(
    new Table({
      width: { size: TEXT_WIDTH, type: WidthType.DXA },
      columnWidths: widths,
      layout: TableLayoutType.FIXED,
      borders: tableBorders,
      rows,
    }),
  );
  out.push(
    new Paragraph({
      alignment: AlignmentType.LEFT,
      spacing: { before: 60, after: PARAGRAPH_GAP, ...lineAuto(240) },
      children: block.note?.trim() ? [textRun(block.note.trim(), { size: SIZE.table, italic: true })] : [],
    }),
  );
  return out;
}

/** Pixels at 96 dpi are 15 twips each; a wider picture is shrunk to the text width. */
const TEXT_WIDTH_PX = Math.floor(TEXT_WIDTH / 15);

function image(block: ImageBlock, breakBefore: boolean): Paragraph[] {
  const scale = Math.min(1, TEXT_WIDTH_PX / block.width);
  const out = [
    new Paragraph({
      pageBreakBefore: breakBefore,
      alignment: AlignmentType.CENTER,
      spacing: { before: PARAGRAPH_GAP, after: block.caption ? 60 : PARAGRAPH_GAP },
      keepNext: Boolean(block.caption),
      children: [
        new ImageRun({
          type: "png",
          data: block.png,
          transformation: {
            width: Math.round(block.width * scale),
            height: Math.round(block.height * scale),
          },
        }),
      ],
    }),
  ];
  if (block.caption?.trim()) {
    out.push(
      new Paragraph({
        alignment: AlignmentType.CENTER,
        spacing: { before: 0, after: PARAGRAPH_GAP, ...lineAuto(240) },
        children: [textRun(block.caption?.trim() ?? "", { size: SIZE.body - 1, italic: true })],
      }),
    );
  }
  return out;
}

/**
 * A page break is carried by the next block as "page break before", so that a break landing at the
 * bottom of a full page does not leave an empty page (as a break inside its own paragraph would).
 */
export function buildBodyBlocks(blocks: Block[]): (Paragraph | Table)[] {
  const counter = new HeadingCounter();
  const out: (Paragraph | Table)[] = [];
  let breakBefore = false;
  for (const block of blocks) {
    if (block.kind === "pageBreak") {
      breakBefore = true;
      continue;
    }
    switch (block.kind) {
      case "heading":
        out.push(heading(block, counter, breakBefore));
        break;
      case "paragraph":
        out.push(paragraph(block, breakBefore));
        break;
      case "bullets":
        if (block.items.length === 0) continue;
        out.push(...bullets(block, breakBefore));
        break;
      case "table":
        if (block.columns.length === 0) continue;
        out.push(...table(block, breakBefore));
        break;
      case "image":
        out.push(...image(block, breakBefore));
        break;
    }
    breakBefore = false;
  }
  // A break after the last block still starts a new page for the closing block.
  if (breakBefore) out.push(new Paragraph({ pageBreakBefore: true, children: [] }));
  return out;
}
