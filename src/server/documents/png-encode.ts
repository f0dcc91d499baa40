// Encodes RGBA pixels as a PNG (8-bit, colour type 6, no interlace). Used to make chart-like
// pictures in tests without a canvas library, and for simple server-drawn graphics.
import { deflateSync } from "node:zlib";

const CRC_TABLE = (() => {
  const table = new Uint32Array(256);
  for (let n = 0; n < 256; n++) {
    let c = n;
    for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
    table[n] = c >>> 0;
  }
  return table;
})();

export function crc32(data: Uint8Array): number {
  let crc = 0xffffffff;
  for (const byte of data) crc = CRC_TABLE[(crc ^ byte) & 0xff] ^ (crc >>> 8);
  return (crc ^ 0xffffffff) >>> 0;
}

function chunk(type: string, data: Buffer): Buffer {
  const head = Buffer.alloc(8);
  head.writeUInt32BE(data.length, 0);
  head.write(type, 4, "ascii");
  const crc = Buffer.alloc(4);
  crc.writeUInt32BE(crc32(Buffer.concat([head.subarray(4), data])), 0);
  return Buffer.concat([head, data, crc]);
}

/** `rgba` holds width*height*4 bytes, row by row from the top. */
export function encodePng(width: number, height: number, rgba: Uint8Array): Buffer {
  if (rgba.length !== width * height * 4) {
    throw new RangeError(`Cần ${width * height * 4} byte điểm ảnh, nhận ${rgba.length}.`);
  }
  const ihdr = Buffer.alloc(13);
  ihdr.writeUInt32BE(width, 0);
  ihdr.writeUInt32BE(height, 4);
  ihdr[8] = 8; // bit depth
  ihdr[9] = 6; // RGBA
  // Every scanline starts with filter type 0 (none); deflate does the compression.
  const raw = Buffer.alloc(height * (width * 4 + 1));
  for (let y = 0; y < height; y++) {
    raw[y * (width * 4 + 1)] = 0;
    Buffer.from(rgba.buffer, rgba.byteOffset + y * width * 4, width * 4).copy(raw, y * (width * 4 + 1) + 1);
  }
  const signature = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);
  return Buffer.concat([
    signature,
    chunk("IHDR", ihdr),
    chunk("IDAT", deflateSync(raw)),
    chunk("IEND", Buffer.alloc(0)),
  ]);
}

/**
 * A plain bar chart picture (white background, axis, one bar per value), enough to stand in for a
 * rendered chart. Colours are RGB triples.
 */
export function barChartPng(
  values: number[],
  options: { width?: number; height?: number; color?: [number, number, number] } = {},
): Buffer {
  const width = options.width ?? 480;
  const height = options.height ?? 240;
  const [r, g, b] = options.color ?? [31, 94, 168];
  const pixels = new Uint8Array(width * height * 4).fill(255);
  const paint = (x: number, y: number, cr: number, cg: number, cb: number) => {
    const i = (y * width + x) * 4;
    pixels[i] = cr;
    pixels[i + 1] = cg;
    pixels[i + 2] = cb;
  };
  const left = 20;
  const bottom = height - 20;
  for (let x = left; x < width - 10; x++) paint(x, bottom, 0, 0, 0);
  for (let y = 10; y <= bottom; y++) paint(left, y, 0, 0, 0);
  const max = Math.max(1, ...values.map((v) => Math.abs(v)));
  const slot = values.length > 0 ? (width - left - 20) / values.length : 0;
  values.forEach((value, i) => {
    const barHeight = Math.round((Math.abs(value) / max) * (bottom - 20));
    const x0 = Math.round(left + 6 + i * slot);
    const x1 = Math.round(left + (i + 1) * slot - 2);
    for (let x = x0; x < x1; x++) for (let y = bottom - barHeight; y < bottom; y++) paint(x, y, r, g, b);
  });
  return encodePng(width, height, pixels);
}
