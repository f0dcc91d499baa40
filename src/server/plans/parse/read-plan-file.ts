/**
 * Reads an uploaded or local plan file into the text parsePlanText expects.
 *
 * .txt: UTF-8 (with or without BOM) or UTF-16 with its BOM (what Notepad's "Unicode" saves).
 * .docx: through mammoth's HTML, so that tables keep their cells (see html-to-text.ts).
 * Anything else, an empty file, a file over 20 MB, or a ".docx" that is not one, is refused
 * with a PlanFileError carrying a Vietnamese message.
 */
import { readFile, stat } from "node:fs/promises";
import { basename, extname } from "node:path";
import mammoth from "mammoth";
import { htmlToPlanText } from "./html-to-text";
import { PlanFileError } from "./plan-file-error";

export const MAX_PLAN_FILE_BYTES = 20 * 1024 * 1024;

const ZIP_MAGIC = [0x50, 0x4b, 0x03, 0x04];
const OLE_MAGIC = [0xd0, 0xcf, 0x11, 0xe0]; // Word 97-2003 .doc

function startsWith(bytes: Uint8Array, magic: number[]): boolean {
  return magic.every((b, i) => bytes[i] === b);
}

function megabytes(n: number): string {
  return (n / 1024 / 1024).toLocaleString("vi-VN", { maximumFractionDigits: 1 });
}

function tooLarge(size: number, filename: string): PlanFileError {
  return new PlanFileError(
    "PLAN_FILE_TOO_LARGE",
    `Tệp "${filename}" dung lượng ${megabytes(size)} MB, vượt quá giới hạn 20 MB.`,
    filename,
  );
}

function empty(filename: string): PlanFileError {
  return new PlanFileError("PLAN_FILE_EMPTY", `Tệp "${filename}" không có nội dung.`, filename);
}

/** Decodes a text file: UTF-16 LE/BE by BOM, else strict UTF-8 (a BOM is dropped). */
export function decodePlanText(bytes: Uint8Array, filename: string): string {
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return new TextDecoder("utf-16le").decode(bytes.subarray(2));
  if (bytes[0] === 0xfe && bytes[1] === 0xff) {
    // Swap to little-endian rather than rely on the runtime knowing "utf-16be".
    const body = bytes.subarray(2, bytes.length - (bytes.length % 2));
    const swapped = new Uint8Array(body.length);
    for (let i = 0; i < body.length; i += 2) {
      swapped[i] = body[i + 1];
      swapped[i + 1] = body[i];
    }
    return new TextDecoder("utf-16le").decode(swapped);
  }
  try {
    return new TextDecoder("utf-8", { fatal: true, ignoreBOM: false }).decode(bytes);
  } catch (cause) {
    throw new PlanFileError(
      "PLAN_FILE_BAD_ENCODING",
      `Tệp "${filename}" không phải văn bản UTF-8 hoặc UTF-16. Hãy lưu lại với bảng mã Unicode (UTF-8).`,
      filename,
      { cause },
    );
  }
}

async function docxToText(bytes: Uint8Array, filename: string): Promise<string> {
  if (!startsWith(bytes, ZIP_MAGIC)) {
    const hint = startsWith(bytes, OLE_MAGIC)
      ? " Đây có vẻ là tệp Word 97-2003 (.doc); hãy mở bằng Word và lưu lại dưới dạng .docx."
      : "";
    throw new PlanFileError(
      "PLAN_FILE_INVALID_DOCX",
      `Tệp "${filename}" không phải tài liệu Word .docx hợp lệ.${hint}`,
      filename,
    );
  }
  try {
    const buffer = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);
    const result = await mammoth.convertToHtml(
      { buffer },
      // Images are not read: they carry no plan text and can be most of the file.
      { convertImage: mammoth.images.imgElement(async () => ({ src: "" })) },
    );
    return htmlToPlanText(result.value);
  } catch (cause) {
    throw new PlanFileError(
      "PLAN_FILE_INVALID_DOCX",
      `Tệp "${filename}" không phải tài liệu Word .docx hợp lệ hoặc đã bị hỏng.`,
      filename,
      { cause },
    );
  }
}

/**
 * Text of a plan file. `input` is a path, or the file's bytes with `filename` giving its name
 * (the extension decides how it is read; a name without extension is sniffed).
 */
export async function readPlanFile(input: string | Uint8Array, filename?: string): Promise<string> {
  const name = filename ?? (typeof input === "string" ? basename(input) : "tệp tải lên");
  let bytes: Uint8Array;
  if (typeof input === "string") {
    let size: number;
    try {
      size = (await stat(input)).size;
    } catch (cause) {
      throw new PlanFileError("PLAN_FILE_NOT_FOUND", `Không tìm thấy tệp "${input}".`, name, { cause });
    }
    if (size > MAX_PLAN_FILE_BYTES) throw tooLarge(size, name);
    bytes = await readFile(input);
  } else {
    bytes = input;
  }
  if (bytes.byteLength > MAX_PLAN_FILE_BYTES) throw tooLarge(bytes.byteLength, name);
  if (bytes.byteLength === 0) throw empty(name);

  const extension = extname(name).toLowerCase();
  let text: string;
  if (extension === ".docx" || (extension === "" && startsWith(bytes, ZIP_MAGIC))) {
    text = await docxToText(bytes, name);
  } else if (extension === ".txt" || extension === ".text" || extension === "") {
    text = decodePlanText(bytes, name);
  } else {
    const hint = extension === ".doc" ? " Hãy lưu lại dưới dạng .docx." : "";
    throw new PlanFileError(
      "PLAN_FILE_UNSUPPORTED_TYPE",
      `Không đọc được tệp "${name}": chỉ nhận tệp .docx hoặc .txt.${hint}`,
      name,
    );
  }
  if (text.replace(/^\ufeff/, "").trim().length === 0) throw empty(name);
  return text.replace(/^\ufeff/, "");
}
