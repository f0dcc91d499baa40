// Minimal ZIP reader (stored and deflate entries, no ZIP64, no encryption): enough to look inside
// .docx and .xlsx files. Written here because the zip libraries in node_modules (jszip, fflate)
// arrive only as dependencies of docx and exceljs, not as our own.
import { inflateRawSync } from "node:zlib";

export class ZipFormatError extends Error {
  readonly code = "ZIP_INVALID";
  constructor(message: string) {
    super(message);
    this.name = "ZipFormatError";
  }
}

export interface ZipEntry {
  name: string;
  method: number;
  compressedSize: number;
  size: number;
  localHeaderOffset: number;
}

const END_OF_CENTRAL_DIR = 0x06054b50;
const CENTRAL_FILE_HEADER = 0x02014b50;
const LOCAL_FILE_HEADER = 0x04034b50;

function findEndOfCentralDirectory(buf: Buffer): number {
  // The record is 22 bytes plus a comment of at most 65,535 bytes, so it sits near the end.
  const stop = Math.max(0, buf.length - 22 - 0xffff);
  for (let i = buf.length - 22; i >= stop; i--) {
    if (buf.readUInt32LE(i) === END_OF_CENTRAL_DIR) return i;
  }
  throw new ZipFormatError("Không tìm thấy mục lục của tệp nén (tệp không phải ZIP hoặc bị cắt cụt).");
}

export class ZipArchive {
  readonly entries: Map<string, ZipEntry>;

  private constructor(
    private readonly buf: Buffer,
    entries: Map<string, ZipEntry>,
  ) {
    this.entries = entries;
  }

  static open(data: Uint8Array): ZipArchive {
    const buf = Buffer.isBuffer(data) ? data : Buffer.from(data.buffer, data.byteOffset, data.byteLength);
    if (buf.length < 22) throw new ZipFormatError("Tệp quá ngắn để là tệp nén ZIP.");
    const eocd = findEndOfCentralDirectory(buf);
    const count = buf.readUInt16LE(eocd + 10);
    const dirSize = buf.readUInt32LE(eocd + 12);
    const dirOffset = buf.readUInt32LE(eocd + 16);
    if (dirOffset === 0xffffffff || count === 0xffff) throw new ZipFormatError("Tệp ZIP64 chưa được hỗ trợ.");
    if (dirOffset + dirSize > eocd) throw new ZipFormatError("Mục lục của tệp nén bị hỏng.");
    const entries = new Map<string, ZipEntry>();
    let p = dirOffset;
    for (let i = 0; i < count; i++) {
      if (p + 46 > buf.length || buf.readUInt32LE(p) !== CENTRAL_FILE_HEADER) {
        throw new ZipFormatError("Mục lục của tệp nén bị hỏng.");
      }
      const nameLength = buf.readUInt16LE(p + 28);
      const extraLength = buf.readUInt16LE(p + 30);
      const commentLength = buf.readUInt16LE(p + 32);
      const name = buf.toString("utf8", p + 46, p + 46 + nameLength);
      entries.set(name, {
        name,
        method: buf.readUInt16LE(p + 10),
        compressedSize: buf.readUInt32LE(p + 20),
        size: buf.readUInt32LE(p + 24),
        localHeaderOffset: buf.readUInt32LE(p + 42),
      });
      p += 46 + nameLength + extraLength + commentLength;
    }
    return new ZipArchive(buf, entries);
  }

  has(name: string): boolean {
    return this.entries.has(name);
  }

  names(): string[] {
    return [...this.entries.keys()];
  }

  read(name: string): Buffer {
    const entry = this.entries.get(name);
    if (!entry) throw new ZipFormatError(`Tệp nén không có mục "${name}".`);
    const p = entry.localHeaderOffset;
    if (p + 30 > this.buf.length || this.buf.readUInt32LE(p) !== LOCAL_FILE_HEADER) {
      throw new ZipFormatError(`Mục "${name}" của tệp nén bị hỏng.`);
    }
    const start = p + 30 + this.buf.readUInt16LE(p + 26) + this.buf.readUInt16LE(p + 28);
    const raw = this.buf.subarray(start, start + entry.compressedSize);
    if (raw.length !== entry.compressedSize)
      throw new ZipFormatError(`Mục "${name}" của tệp nén bị cắt cụt.`);
    if (entry.method === 0) return Buffer.from(raw);
    if (entry.method !== 8)
      throw new ZipFormatError(`Mục "${name}" dùng kiểu nén ${entry.method} chưa được hỗ trợ.`);
    try {
      return inflateRawSync(raw);
    } catch {
      throw new ZipFormatError(`Không giải nén được mục "${name}" của tệp nén.`);
    }
  }

  readText(name: string): string {
    return this.read(name).toString("utf8");
  }
}
