import { deflateRawSync, inflateSync } from "node:zlib";
import { describe, expect, it } from "vitest";
import { collectFonts, decodeXmlText, inspectDocx, parseWordXml } from "./docx-inspect";
import { barChartPng, crc32, encodePng } from "./png-encode";
import { ZipArchive, ZipFormatError } from "./zip-reader";

/** Writes a ZIP by hand (the first entry stored, the others deflated) to test the reader on its own. */
function makeZip(files: Record<string, string>): Buffer {
  const locals: Buffer[] = [];
  const centrals: Buffer[] = [];
  let offset = 0;
  Object.entries(files).forEach(([name, text], index) => {
    const data = Buffer.from(text, "utf8");
    const method = index === 0 ? 0 : 8;
    const body = method === 0 ? data : deflateRawSync(data);
    const nameBytes = Buffer.from(name, "utf8");
    const local = Buffer.alloc(30);
    local.writeUInt32LE(0x04034b50, 0);
    local.writeUInt16LE(20, 4);
    local.writeUInt16LE(method, 8);
    local.writeUInt32LE(crc32(data), 14);
    local.writeUInt32LE(body.length, 18);
    local.writeUInt32LE(data.length, 22);
    local.writeUInt16LE(nameBytes.length, 26);
    const central = Buffer.alloc(46);
    central.writeUInt32LE(0x02014b50, 0);
    central.writeUInt16LE(20, 4);
    central.writeUInt16LE(20, 6);
    central.writeUInt16LE(method, 10);
    central.writeUInt32LE(crc32(data), 16);
    central.writeUInt32LE(body.length, 20);
    central.writeUInt32LE(data.length, 24);
    central.writeUInt16LE(nameBytes.length, 28);
    central.writeUInt32LE(offset, 42);
    locals.push(local, nameBytes, body);
    centrals.push(central, nameBytes);
    offset += 30 + nameBytes.length + body.length;
  });
  const dir = Buffer.concat(centrals);
  const end = Buffer.alloc(22);
  end.writeUInt32LE(0x06054b50, 0);
  end.writeUInt16LE(Object.keys(files).length, 8);
  end.writeUInt16LE(Object.keys(files).length, 10);
  end.writeUInt32LE(dir.length, 12);
  end.writeUInt32LE(offset, 16);
  return Buffer.concat([...locals, dir, end]);
}

const W = 'xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"';

const documentXml = `<?xml version="1.0"?><w:document ${W}><w:body>
<w:p><w:r><w:rPr><w:rFonts w:ascii="Arial" w:hAnsi="Arial"/></w:rPr><w:t>Tiêu đề &amp; &lt;mục&gt;</w:t></w:r></w:p>
<w:p><w:r><w:t xml:space="preserve">A</w:t><w:tab/><w:t>B</w:t><w:br/><w:t>C</w:t><w:br w:type="page"/></w:r>
<w:r><w:fldChar w:fldCharType="begin"/></w:r><w:r><w:instrText> PAGE </w:instrText></w:r><w:r><w:t>7</w:t></w:r></w:p>
<w:p/>
<w:tbl><w:tr><w:tc><w:p><w:r><w:t>a1</w:t></w:r></w:p><w:p><w:r><w:t>a1b</w:t></w:r></w:p></w:tc>
<w:tc><w:tbl><w:tr><w:tc><w:p><w:r><w:t>inner</w:t></w:r></w:p></w:tc></w:tr></w:tbl><w:p/></w:tc></w:tr>
<w:tr><w:tc><w:p><w:r><w:delText>gone</w:delText><w:t>&#7889;&#x1EA1;</w:t></w:r></w:p></w:tc><w:tc><w:p/></w:tc></w:tr></w:tbl>
<w:sectPr><w:pgSz w:w="16838" w:h="11906" w:orient="landscape"/><w:pgMar w:top="1134" w:right="1134" w:bottom="1134" w:left="1701"/><w:titlePg/></w:sectPr>
</w:body></w:document>`;

describe("parseWordXml and inspectDocx on a hand-written package", () => {
  const zip = makeZip({
    "word/document.xml": documentXml,
    "word/styles.xml": `<w:styles ${W}><w:rPr><w:rFonts w:asciiTheme="minorHAnsi"/></w:rPr></w:styles>`,
    "word/header1.xml": `<w:hdr ${W}><w:p><w:fldSimple w:instr=" PAGE "><w:r><w:t>1</w:t></w:r></w:fldSimple></w:p></w:hdr>`,
    "word/media/image1.png": "x",
  });
  const result = inspectDocx(zip);

  it("keeps text, tabs and line breaks, drops field codes and deleted text", () => {
    expect(result.paragraphs.slice(0, 3)).toEqual(["Tiêu đề & <mục>", "A\tB\nC7", ""]);
    expect(result.text.startsWith("Tiêu đề & <mục>\nA\tB\nC7\n\n")).toBe(true);
  });

  it("keeps table structure, nested tables included", () => {
    expect(result.tables).toEqual([
      [
        ["a1\na1b", "inner\n"],
        ["ốạ", ""],
      ],
      [["inner"]],
    ]);
  });

  it("reports fonts, theme references, page set-up and headers", () => {
    expect(result.fonts).toEqual(["(theme:minorHAnsi)", "Arial"]);
    expect(result.pageSize).toEqual({ w: 16838, h: 11906 });
    expect(result.margins).toEqual({ top: 1134, bottom: 1134, left: 1701, right: 1134 });
    expect(result.titlePage).toBe(true);
    expect(result.headers).toEqual([{ part: "word/header1.xml", text: "1", hasPageField: true }]);
    expect(result.media).toEqual(["word/media/image1.png"]);
  });

  it("decodes XML entities", () => {
    expect(decodeXmlText("&quot;a&apos; &#65;&#x42;")).toBe("\"a' AB");
    expect(parseWordXml(`<w:p><w:r><w:t>x</w:t></w:r></w:p>`).paragraphs).toEqual(["x"]);
    const fonts = new Set<string>();
    collectFonts('<w:rFonts w:ascii="Times New Roman" w:cs="Tahoma"/>', fonts);
    expect([...fonts]).toEqual(["Times New Roman", "Tahoma"]);
  });
});

describe("ZipArchive", () => {
  it("reads stored and deflated entries", () => {
    const zip = ZipArchive.open(makeZip({ "a.txt": "xin chào", "b/c.txt": "Độc lập".repeat(50) }));
    expect(zip.names()).toEqual(["a.txt", "b/c.txt"]);
    expect(zip.readText("a.txt")).toBe("xin chào");
    expect(zip.readText("b/c.txt")).toBe("Độc lập".repeat(50));
  });

  it("refuses what is not a ZIP, a truncated ZIP and a missing entry", () => {
    expect(() => ZipArchive.open(Buffer.from("không phải zip, chỉ là văn bản thường"))).toThrow(
      ZipFormatError,
    );
    const whole = makeZip({ "a.txt": "abc" });
    expect(() => ZipArchive.open(whole.subarray(0, whole.length - 30))).toThrow(ZipFormatError);
    expect(() => ZipArchive.open(whole).read("b.txt")).toThrow(/không có mục/);
  });
});

describe("png-encode", () => {
  it("computes the standard CRC-32 check value", () => {
    expect(crc32(Buffer.from("123456789"))).toBe(0xcbf43926);
  });

  it("writes a PNG whose pixels decode back", () => {
    const rgba = new Uint8Array([255, 0, 0, 255, 0, 255, 0, 128, 0, 0, 255, 255, 1, 2, 3, 4]);
    const png = encodePng(2, 2, rgba);
    expect(png.subarray(0, 8)).toEqual(Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]));
    expect(png.readUInt32BE(16)).toBe(2);
    expect(png.readUInt32BE(20)).toBe(2);
    const idatLength = png.readUInt32BE(33);
    expect(png.subarray(37, 41).toString("ascii")).toBe("IDAT");
    const raw = inflateSync(png.subarray(41, 41 + idatLength));
    expect([...raw]).toEqual([0, ...rgba.subarray(0, 8), 0, ...rgba.subarray(8)]);
    // Every chunk's CRC covers its type and data.
    expect(png.readUInt32BE(41 + idatLength)).toBe(crc32(png.subarray(37, 41 + idatLength)));
    expect(() => encodePng(2, 2, new Uint8Array(3))).toThrow(RangeError);
  });

  it("draws bars in the given colour", () => {
    const png = barChartPng([1, 2], { width: 100, height: 100, color: [10, 20, 30] });
    const idatLength = png.readUInt32BE(33);
    const raw = inflateSync(png.subarray(41, 41 + idatLength));
    // The tallest bar reaches well above the axis: a pixel in its middle has the bar colour.
    const stride = 100 * 4 + 1;
    const y = 50;
    const x = 65;
    expect([...raw.subarray(y * stride + 1 + x * 4, y * stride + 1 + x * 4 + 3)]).toEqual([10, 20, 30]);
  });
});
