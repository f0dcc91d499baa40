// Builds a Word document laid out as Nghị định 30/2020/NĐ-CP requires for administrative documents:
// A4, margins 20/20/30/15 mm, Times New Roman, header block, body, "Nơi nhận" and signer,
// page numbers centred at the top from page 2.
import { AlignmentType, Document, Header, Packer, PageNumber, Paragraph, TextRun } from "docx";
import { buildBodyBlocks } from "./nd30-body";
import { buildHeaderBlocks } from "./nd30-header";
import { buildSignatureBlock } from "./nd30-signature";
import { FONT, PAGE, SIZE } from "./nd30-style";
import type { Nd30Document } from "./nd30-types";
import { parseIsoDate } from "./vi-format";

export { documentTypeCode, formatNumberLine, MOTTO, NATIONAL_NAME } from "./nd30-header";
export { recipientLines } from "./nd30-signature";
export type * from "./nd30-types";
export {
  formatNd30DateLine,
  formatViDate,
  formatViNumber,
  formatViPercent,
  parseViNumber,
} from "./vi-format";

/** Raised for input a document cannot be built from; `code` is stable, the message is for people. */
export class Nd30InputError extends Error {
  readonly code = "DOCUMENT_INVALID_INPUT";
  constructor(
    message: string,
    readonly field: string,
  ) {
    super(message);
    this.name = "Nd30InputError";
  }
}

function validate(doc: Nd30Document): void {
  if (!doc.issuer?.trim()) throw new Nd30InputError("Thiếu tên cơ quan ban hành văn bản.", "issuer");
  if (!doc.place?.trim()) throw new Nd30InputError("Thiếu địa danh ban hành văn bản.", "place");
  if (!parseIsoDate(doc.date ?? "")) {
    throw new Nd30InputError(`Ngày văn bản không hợp lệ: "${doc.date}" (cần dạng YYYY-MM-DD).`, "date");
  }
  if (!doc.signer?.position?.trim() || !doc.signer?.name?.trim()) {
    throw new Nd30InputError("Thiếu chức vụ hoặc họ tên người ký.", "signer");
  }
  for (const [i, block] of doc.body.entries()) {
    if (block.kind === "image" && !(block.width > 0 && block.height > 0)) {
      throw new Nd30InputError(`Hình ở khối nội dung thứ ${i + 1} thiếu kích thước.`, `body.${i}`);
    }
    if (block.kind === "table") {
      const wide = [...block.rows, ...(block.totalsRow ? [block.totalsRow] : [])].findIndex(
        (row) => row.length > block.columns.length,
      );
      if (wide >= 0) {
        throw new Nd30InputError(
          `Bảng ở khối nội dung thứ ${i + 1}: dòng ${wide + 1} có nhiều ô hơn số cột (${block.columns.length}).`,
          `body.${i}`,
        );
      }
    }
  }
}

/** NĐ 30: page numbers centred at the top, not shown on the first page. */
function pageNumberHeader(): Header {
  return new Header({
    children: [
      new Paragraph({
        alignment: AlignmentType.CENTER,
        children: [new TextRun({ children: [PageNumber.CURRENT], font: FONT, size: SIZE.pageNumber * 2 })],
      }),
    ],
  });
}

export async function buildNd30Docx(doc: Nd30Document): Promise<Buffer> {
  validate(doc);
  const document = new Document({
    creator: doc.issuer.trim(),
    title: [doc.docType, doc.title]
      .filter((s) => s?.trim())
      .join(" ")
      .trim(),
    styles: {
      default: {
        document: {
          run: { font: FONT, size: SIZE.body * 2, language: { value: "vi-VN" } },
          paragraph: { spacing: { before: 0, after: 0 } },
        },
      },
    },
    sections: [
      {
        properties: {
          titlePage: true,
          page: {
            size: { width: PAGE.width, height: PAGE.height },
            margin: {
              top: PAGE.marginTop,
              bottom: PAGE.marginBottom,
              left: PAGE.marginLeft,
              right: PAGE.marginRight,
              header: PAGE.header,
              footer: PAGE.footer,
            },
          },
        },
        headers: {
          default: pageNumberHeader(),
          first: new Header({ children: [new Paragraph({ children: [] })] }),
        },
        children: [...buildHeaderBlocks(doc), ...buildBodyBlocks(doc.body), ...buildSignatureBlock(doc)],
      },
    ],
  });
  return Packer.toBuffer(document);
}
