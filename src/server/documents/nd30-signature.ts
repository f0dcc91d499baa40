// The closing block of an NĐ 30 document: "Nơi nhận" on the left, the signer on the right.
import { AlignmentType, LineRuleType, Paragraph, type Table } from "docx";
import { borderlessTable } from "./nd30-header";
import { centeredLine, lineAuto, SIZE, TEXT_WIDTH, textRun } from "./nd30-style";
import type { Nd30Document, Nd30Signer } from "./nd30-types";

const LEFT_COLUMN = Math.round(TEXT_WIDTH * 0.45);
const RIGHT_COLUMN = TEXT_WIDTH - LEFT_COLUMN;
/** Room for the handwritten signature and the seal, about 3 cm. */
const SIGNATURE_SPACE = 1700;

const stripEnd = (text: string) =>
  text
    .trim()
    .replace(/^[-–+]\s*/, "")
    .replace(/[;.,]+$/, "")
    .trim();

/**
 * "- Như trên;" lines ending with "- Lưu: VT, ...". A last entry that starts with "Lưu" closes the
 * list; without one the office's archive line "Lưu: VT." is added, as NĐ 30 requires it.
 */
export function recipientLines(recipients: string[]): string[] {
  const entries = recipients.map(stripEnd).filter(Boolean);
  const archiveIndex = entries.findIndex((entry) => /^lưu\b/iu.test(entry));
  const archive = archiveIndex >= 0 ? entries.splice(archiveIndex, 1)[0] : "Lưu: VT";
  const normalizedArchive = archive.replace(/^lưu\s*:?\s*/iu, "Lưu: ");
  return [...entries.map((entry) => `- ${entry};`), `- ${normalizedArchive}.`];
}

function recipientsBlock(recipients: string[]): Paragraph[] {
  const line = (text: string, size: number, bold = false, italic = false) =>
    new Paragraph({
      alignment: AlignmentType.LEFT,
      spacing: { before: 0, after: 0, ...lineAuto(240) },
      children: [textRun(text, { size, bold, italic })],
    });
  return [
    line("Nơi nhận:", SIZE.recipientsLabel, true, true),
    ...recipientLines(recipients).map((text) => line(text, SIZE.recipients)),
  ];
}

function signerBlock(signer: Nd30Signer): Paragraph[] {
  const upper = (text: string) => text.trim().toLocaleUpperCase("vi");
  const titleLines = [signer.authority, ...signer.position.split("\n")]
    .map((line) => (line ? upper(line) : ""))
    .filter(Boolean);
  return [
    ...titleLines.map((line) => centeredLine(line, { size: SIZE.signer, bold: true })),
    new Paragraph({
      spacing: { before: 0, after: 0, line: SIGNATURE_SPACE, lineRule: LineRuleType.EXACT },
      children: [],
    }),
    centeredLine(signer.name.trim(), { size: SIZE.signer, bold: true }),
  ];
}

export function buildSignatureBlock(doc: Pick<Nd30Document, "recipients" | "signer">): (Paragraph | Table)[] {
  return [
    // Keeps a little air between the body and the closing block.
    new Paragraph({ spacing: { before: 0, after: 0, ...lineAuto(240) }, children: [] }),
    borderlessTable(
      [LEFT_COLUMN, RIGHT_COLUMN],
      [[recipientsBlock(doc.recipients), signerBlock(doc.signer)]],
    ),
  ];
}
