/**
 * Reads a multipart/form-data request into its text fields and files, counting bytes as they
 * arrive so a file over the limit is refused with a Vietnamese message (413) instead of being
 * buffered whole. The rest of an oversized file is drained so the connection stays usable.
 */
import type { Multipart } from "@fastify/multipart";
import type { FastifyRequest } from "fastify";
import { AppError, fail } from "../http/errors";

export interface UploadedFile {
  field: string;
  filename: string;
  buffer: Buffer;
}

export interface MultipartForm {
  fields: Record<string, string>;
  files: UploadedFile[];
}

export async function readMultipartForm(
  req: FastifyRequest,
  opts: { maxFileBytes: number; maxFiles: number; maxFieldChars?: number },
): Promise<MultipartForm> {
  if (!req.isMultipart()) throw fail("VALIDATION_FAILED", "Cần gửi dạng multipart/form-data.");
  const fields: Record<string, string> = {};
  const files: UploadedFile[] = [];
  let tooLarge: string | null = null;
  let tooMany = false;
  const maxMb = Math.round(opts.maxFileBytes / 1024 / 1024);
  // throwFileSizeLimit is read by @fastify/multipart but missing from its option type: our own
  // byte count decides, so the message can be Vietnamese and name the file.
  const options = {
    limits: { fileSize: opts.maxFileBytes + 1, files: opts.maxFiles },
    throwFileSizeLimit: false,
  };
  const parts = req.parts(options as Parameters<FastifyRequest["parts"]>[0]);
  try {
    await collect(parts);
  } catch (err) {
    const code = (err as { code?: string }).code;
    if (code === "FST_FILES_LIMIT") tooMany = true;
    else if (code === "FST_REQ_FILE_TOO_LARGE") tooLarge = tooLarge ?? "tệp";
    else if (err instanceof AppError) throw err;
    else throw fail("FILE_INVALID", "Dữ liệu multipart không đọc được.");
  }
  if (tooLarge !== null)
    throw new AppError(
      "FILE_TOO_LARGE",
      `Tệp "${tooLarge}" vượt quá giới hạn ${maxMb} MB. Chưa có gì được lưu.`,
      [],
      413,
    );
  if (tooMany) throw new AppError("FILE_TOO_MANY", `Chỉ gửi tối đa ${opts.maxFiles} tệp mỗi lần.`, [], 422);
  return { fields, files };

  async function collect(iter: AsyncIterableIterator<Multipart>) {
    for await (const part of iter) {
      if (part.type === "field") {
        const value = typeof part.value === "string" ? part.value : String(part.value ?? "");
        if (value.length > (opts.maxFieldChars ?? 200_000))
          throw fail("BODY_TOO_LARGE", `Trường "${part.fieldname}" quá dài.`);
        fields[part.fieldname] = value;
        continue;
      }
      const chunks: Buffer[] = [];
      let size = 0;
      for await (const chunk of part.file) {
        size += chunk.length;
        if (size <= opts.maxFileBytes) chunks.push(chunk as Buffer);
      }
      if (size > opts.maxFileBytes || part.file.truncated) {
        tooLarge = part.filename || part.fieldname;
        continue;
      }
      if (files.length >= opts.maxFiles) {
        tooMany = true;
        continue;
      }
      if (size === 0 && !part.filename) continue; // an empty file input sends an empty part
      files.push({ field: part.fieldname, filename: part.filename || "tep", buffer: Buffer.concat(chunks) });
    }
  }
}
