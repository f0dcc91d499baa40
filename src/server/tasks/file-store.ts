/**
 * Evidence and attachment files, kept in the database (file_blob, bytea): see the migration for
 * why. A file is accepted only when its name's extension and its first bytes agree on one of the
 * document and image types officials send; anything else (executables, scripts, archives) is refused.
 */
import { createHash } from "node:crypto";
import type { Queryable } from "../db/db";
import { AppError } from "../http/errors";

export const MAX_FILE_BYTES = 20 * 1024 * 1024;

type Signature = "pdf" | "zip" | "ole" | "png" | "jpeg" | "gif" | "text";

const TYPES: Record<string, { mime: string; signature: Signature }> = {
  pdf: { mime: "application/pdf", signature: "pdf" },
  docx: { mime: "application/vnd.openxmlformats-officedocument.wordprocessingml.document", signature: "zip" },
  xlsx: { mime: "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", signature: "zip" },
  pptx: {
    mime: "application/vnd.openxmlformats-officedocument.presentationml.presentation",
    signature: "zip",
  },
  odt: { mime: "application/vnd.oasis.opendocument.text", signature: "zip" },
  ods: { mime: "application/vnd.oasis.opendocument.spreadsheet", signature: "zip" },
  doc: { mime: "application/msword", signature: "ole" },
  xls: { mime: "application/vnd.ms-excel", signature: "ole" },
  ppt: { mime: "application/vnd.ms-powerpoint", signature: "ole" },
  png: { mime: "image/png", signature: "png" },
  jpg: { mime: "image/jpeg", signature: "jpeg" },
  jpeg: { mime: "image/jpeg", signature: "jpeg" },
  gif: { mime: "image/gif", signature: "gif" },
  txt: { mime: "text/plain; charset=utf-8", signature: "text" },
  csv: { mime: "text/csv; charset=utf-8", signature: "text" },
};

export const ALLOWED_EXTENSIONS = Object.keys(TYPES);

function startsWith(buf: Buffer, bytes: number[]): boolean {
  return bytes.every((b, i) => buf[i] === b);
}

function looksLikeText(buf: Buffer): boolean {
  if (buf.includes(0)) return false;
  try {
    new TextDecoder("utf-8", { fatal: true }).decode(buf.subarray(0, Math.min(buf.length, 65536)));
    return true;
  } catch {
    // A multi-byte character cut at the 64 KiB boundary is still text.
    return buf.length > 65536;
  }
}

function matches(buf: Buffer, signature: Signature): boolean {
  switch (signature) {
    case "pdf":
      return buf.subarray(0, 5).toString("latin1") === "%PDF-";
    case "zip":
      return startsWith(buf, [0x50, 0x4b, 0x03, 0x04]);
    case "ole":
      return startsWith(buf, [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]);
    case "png":
      return startsWith(buf, [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);
    case "jpeg":
      return startsWith(buf, [0xff, 0xd8, 0xff]);
    case "gif":
      return buf.subarray(0, 4).toString("latin1") === "GIF8";
    case "text":
      return looksLikeText(buf);
  }
}

export function extensionOf(filename: string): string {
  const m = /\.([A-Za-z0-9]{1,5})$/.exec(filename.trim());
  return m ? m[1].toLowerCase() : "";
}

/** The stored content type, or a FILE_TYPE_NOT_ALLOWED / FILE_INVALID / FILE_TOO_LARGE error. */
export function checkFile(buffer: Buffer, filename: string): string {
  if (buffer.length === 0) throw new AppError("FILE_INVALID", `Tệp "${filename}" rỗng.`, [], 422);
  if (buffer.length > MAX_FILE_BYTES)
    throw new AppError("FILE_TOO_LARGE", `Tệp "${filename}" vượt quá giới hạn 20 MB.`, [], 413);
  const ext = extensionOf(filename);
  const type = TYPES[ext];
  if (!type)
    throw new AppError(
      "FILE_TYPE_NOT_ALLOWED",
      `Không nhận loại tệp "${ext ? `.${ext}` : filename}". Chỉ nhận: ${ALLOWED_EXTENSIONS.map((e) => `.${e}`).join(", ")}.`,
      [],
      415,
    );
  if (!matches(buffer, type.signature))
    throw new AppError(
      "FILE_TYPE_MISMATCH",
      `Nội dung tệp "${filename}" không phải tệp .${ext} hợp lệ.`,
      [],
      415,
    );
  return type.mime;
}

/** A file name safe for storage and a Content-Disposition header: no path, no control characters. */
export function cleanFilename(name: string): string {
  const base = name.split(/[\\/]/).pop() ?? "";
  const clean = base
    // biome-ignore lint/suspicious/noControlCharactersInRegex: control characters are what this removes
    .replace(/[\u0000-\u001f\u007f"<>|:*?]/g, "_")
    .trim()
    .slice(-200);
  return clean.length > 0 ? clean : "tep";
}

export interface StoredFile {
  id: number;
  filename: string;
  contentType: string;
  sizeBytes: number;
  sha256: string;
  uploadedAt: string;
}

export async function saveFile(
  tx: Queryable,
  f: { buffer: Buffer; filename: string; orgUnitId: number | null; uploadedBy: number | null },
): Promise<StoredFile> {
  const filename = cleanFilename(f.filename);
  const contentType = checkFile(f.buffer, filename);
  const sha256 = createHash("sha256").update(f.buffer).digest("hex");
  const [row] = await tx.query<StoredFile>(
    `insert into file_blob (filename, content_type, size_bytes, sha256, data, org_unit_id, uploaded_by)
     values ($1, $2, $3, $4, $5, $6, $7)
     returning id, filename, content_type as "contentType", size_bytes as "sizeBytes", sha256, uploaded_at as "uploadedAt"`,
    [filename, contentType, f.buffer.length, sha256, f.buffer, f.orgUnitId, f.uploadedBy],
  );
  return row;
}

export async function readFileBlob(
  q: Queryable,
  id: number,
): Promise<(StoredFile & { data: Buffer; orgUnitId: number | null }) | undefined> {
  const [row] = await q.query<StoredFile & { data: Uint8Array; orgUnitId: number | null }>(
    `select id, filename, content_type as "contentType", size_bytes as "sizeBytes", sha256, uploaded_at as "uploadedAt",
            org_unit_id as "orgUnitId", data
       from file_blob where id = $1`,
    [id],
  );
  if (!row) return undefined;
  return { ...row, data: Buffer.from(row.data.buffer, row.data.byteOffset, row.data.byteLength) };
}

/** RFC 6266 header value: an ASCII fallback plus the UTF-8 name (Vietnamese file names survive). */
export function contentDisposition(filename: string, inline = false): string {
  const ascii = filename
    .normalize("NFD")
    .replace(/[\u0300-\u036f]/g, "")
    .replace(/[đĐ]/g, "d")
    .replace(/[^\x20-\x7e]/g, "_")
    .replace(/"/g, "");
  return `${inline ? "inline" : "attachment"}; filename="${ascii}"; filename*=UTF-8''${encodeURIComponent(filename)}`;
}
