import mammoth from "mammoth";
import { beforeAll, describe, expect, it } from "vitest";
import { type DocxInspection, inspectDocx } from "./docx-inspect";
import {
  buildNd30Docx,
  documentTypeCode,
  formatNumberLine,
  type Nd30Document,
  Nd30InputError,
  recipientLines,
} from "./nd30-docx";
import { sampleNd30Report } from "./nd30-sample";
import { ZipArchive } from "./zip-reader";

const mmToTwips = (mm: number) => Math.round((mm * 1440) / 25.4);

describe("buildNd30Docx: the sample report", () => {
  let buffer: Buffer;
  let doc: DocxInspection;
  beforeAll(async () => {
    buffer = await buildNd30Docx(sampleNd30Report());
    doc = inspectDocx(buffer);
  });

  it("has the national name, motto, number, date line, type and title", () => {
    expect(doc.paragraphs).toContain("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM");
    expect(doc.paragraphs).toContain("Độc lập - Tự do - Hạnh phúc");
    expect(doc.paragraphs).toContain("Số: 15/BC-UBND");
    expect(doc.paragraphs).toContain("Bắc Giang, ngày 05 tháng 3 năm 2026");
    expect(doc.paragraphs).toContain("BÁO CÁO");
    expect(doc.paragraphs).toContain("Kết quả thực hiện chỉ tiêu chuyển đổi số quý I năm 2026");
    expect(doc.paragraphs).toContain("UBND TỈNH BẮC GIANG");
    expect(doc.paragraphs).toContain("VĂN PHÒNG UBND TỈNH");
  });

  it("lays the header out as a two-column table: issuer and number left, national name and date right", () => {
    const [header] = doc.tables;
    expect(header[0][0]).toContain("VĂN PHÒNG UBND TỈNH");
    expect(header[0][1]).toContain("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nĐộc lập - Tự do - Hạnh phúc");
    expect(header[1]).toEqual(["Số: 15/BC-UBND", "Bắc Giang, ngày 05 tháng 3 năm 2026"]);
  });

  it("writes the data table with vi-VN numbers and a totals row", () => {
    const table = doc.tables.find((t) => t[0][0] === "STT");
    expect(table).toBeDefined();
    expect(table?.[0]).toEqual(["STT", "Đơn vị", "Hồ sơ tiếp nhận", "Hồ sơ trực tuyến", "Tỷ lệ (%)"]);
    expect(table?.[1]).toEqual(["1", "Sở Tư pháp", "12.450", "10.210", "82,0"]);
    expect(table?.[3]).toEqual(["3", "UBND phường Bắc Giang", "1.850,5", "1.500", "81,1"]);
    expect(table?.at(-1)).toEqual(["", "Tổng cộng", "17.510,5", "14.020", "80,1"]);
  });

  it("numbers the headings I / 1 and restarts level 2 under a new level 1", () => {
    expect(doc.paragraphs).toContain("I. KẾT QUẢ THỰC HIỆN");
    expect(doc.paragraphs).toContain("1. Dịch vụ công trực tuyến");
    expect(doc.paragraphs).toContain("2. Tồn tại, hạn chế");
    expect(doc.paragraphs).toContain("II. NHIỆM VỤ TRỌNG TÂM QUÝ II NĂM 2026");
    expect(doc.paragraphs).toContain("- Một số đơn vị cập nhật dữ liệu chưa kịp thời, chưa đầy đủ");
    expect(doc.paragraphs).toContain("+ Sở Xây dựng chưa đạt chỉ tiêu 75%");
  });

  it("closes with Nơi nhận and the signer", () => {
    const closing = doc.tables.at(-1);
    expect(closing?.[0][0]).toBe(
      "Nơi nhận:\n- Văn phòng Chính phủ (b/c);\n- Chủ tịch, các PCT UBND tỉnh;\n- Các sở, ban, ngành;\n- Lưu: VT, KSTT.",
    );
    expect(closing?.[0][1].split("\n").filter(Boolean)).toEqual([
      "KT. CHÁNH VĂN PHÒNG",
      "PHÓ CHÁNH VĂN PHÒNG",
      "Nguyễn Văn An",
    ]);
  });

  it("uses Times New Roman only, on A4 with 20/20/30/15 mm margins", () => {
    expect(doc.fonts).toEqual(["Times New Roman"]);
    expect(doc.pageSize).toEqual({ w: 11906, h: 16838 });
    expect(doc.margins).toEqual({
      top: mmToTwips(20),
      bottom: mmToTwips(20),
      left: mmToTwips(30),
      right: mmToTwips(15),
    });
  });

  it("numbers pages at the top from page 2 only", () => {
    expect(doc.titlePage).toBe(true);
    const withPage = doc.headers.filter((h) => h.hasPageField);
    expect(withPage).toHaveLength(1);
    expect(doc.headers.length).toBe(2);
    const xml = ZipArchive.open(buffer).readText("word/document.xml");
    // The first-page header must be the one without the PAGE field.
    const firstId =
      /<w:headerReference[^>]*w:type="first"[^>]*r:id="(rId\d+)"/.exec(xml)?.[1] ??
      /<w:headerReference[^>]*r:id="(rId\d+)"[^>]*w:type="first"/.exec(xml)?.[1];
    const rels = ZipArchive.open(buffer).readText("word/_rels/document.xml.rels");
    const firstTarget =
      new RegExp(`Id="${firstId}"[^>]*Target="([^"]+)"`).exec(rels)?.[1] ??
      new RegExp(`Target="([^"]+)"[^>]*Id="${firstId}"`).exec(rels)?.[1];
    expect(firstTarget).toBeDefined();
    expect(withPage[0].part).not.toBe(`word/${firstTarget}`);
  });

  it("embeds the chart picture", () => {
    expect(doc.media).toHaveLength(1);
    const png = ZipArchive.open(buffer).read(doc.media[0]);
    expect(png.subarray(1, 4).toString("ascii")).toBe("PNG");
  });

  it("reads the same through mammoth, an independent .docx reader", async () => {
    const { value } = await mammoth.extractRawText({ buffer });
    const lines = value
      .split("\n")
      .map((l) => l.trim())
      .filter(Boolean);
    expect(lines).toEqual(doc.paragraphs.map((p) => p.trim()).filter(Boolean));
  });
});

function letter(overrides: Partial<Nd30Document> = {}): Nd30Document {
  return {
    issuerParent: "UBND TỈNH BẮC GIANG",
    issuer: "Sở Khoa học và Công nghệ",
    issuerCode: "SKHCN",
    place: "bắc Giang",
    date: "2026-01-09",
    docType: "",
    title: "đôn đốc cập nhật số liệu chỉ tiêu quý I",
    addressees: ["UBND các xã, phường"],
    body: [{ kind: "paragraph", text: "Đề nghị các đơn vị cập nhật số liệu trước ngày 14/01/2026." }],
    recipients: ["Như trên", "Lưu: VT, KHTC."],
    signer: { position: "GIÁM ĐỐC", name: "Trần Thị Bình" },
    ...overrides,
  };
}

describe("buildNd30Docx: a letter (công văn)", () => {
  it("puts V/v under a blank number, upper-cases the issuer and pads January", async () => {
    const doc = inspectDocx(await buildNd30Docx(letter()));
    expect(doc.tables[0][0][0]).toContain("SỞ KHOA HỌC VÀ CÔNG NGHỆ");
    expect(doc.tables[0][1][0]).toBe("Số:        /SKHCN\nV/v đôn đốc cập nhật số liệu chỉ tiêu quý I");
    expect(doc.paragraphs).toContain("Bắc Giang, ngày 09 tháng 01 năm 2026");
    expect(doc.paragraphs).toContain("Kính gửi: UBND các xã, phường.");
    expect(doc.paragraphs).not.toContain("CÔNG VĂN");
    expect(doc.tables.at(-1)?.[0][0]).toBe("Nơi nhận:\n- Như trên;\n- Lưu: VT, KHTC.");
  });

  it("starts a new page at a page break without leaving an empty page", async () => {
    const buffer = await buildNd30Docx(
      letter({
        body: [
          { kind: "paragraph", text: "Trang một." },
          { kind: "pageBreak" },
          { kind: "heading", level: 1, text: "Phụ lục" },
        ],
      }),
    );
    const xml = ZipArchive.open(buffer).readText("word/document.xml");
    expect(xml.match(/<w:pageBreakBefore\/>/g)).toHaveLength(1);
    expect(xml).not.toContain('w:type="page"');
  });

  it("rejects a bad date, a missing signer and a table row wider than its columns", async () => {
    await expect(buildNd30Docx(letter({ date: "2026-13-01" }))).rejects.toThrow(Nd30InputError);
    await expect(buildNd30Docx(letter({ signer: { position: "", name: "A" } }))).rejects.toThrow(/người ký/);
    await expect(
      buildNd30Docx(letter({ body: [{ kind: "table", columns: [{ header: "A" }], rows: [["x", "y"]] }] })),
    ).rejects.toThrow(/nhiều ô hơn số cột/);
  });
});

describe("number line, type codes and recipients", () => {
  it("formats the number line per NĐ 30", () => {
    expect(formatNumberLine({ number: "15/BC-UBND", docType: "BÁO CÁO" })).toBe("Số: 15/BC-UBND");
    expect(formatNumberLine({ number: "5/KH-UBND", docType: "KẾ HOẠCH" })).toBe("Số: 05/KH-UBND");
    expect(formatNumberLine({ docType: "Báo cáo", issuerCode: "UBND" })).toBe("Số:        /BC-UBND");
    expect(formatNumberLine({ docType: "TỜ TRÌNH" })).toBe("Số:        /TTr");
    expect(documentTypeCode("quyết định")).toBe("QĐ");
    expect(documentTypeCode("CÔNG VĂN")).toBeUndefined();
  });

  it("ends recipients with a single archive line", () => {
    expect(recipientLines(["- Như trên;", "Lưu VT"])).toEqual(["- Như trên;", "- Lưu: VT."]);
    expect(recipientLines(["Lưu: VT, TH.", "Sở Tài chính"])).toEqual(["- Sở Tài chính;", "- Lưu: VT, TH."]);
    expect(recipientLines([])).toEqual(["- Lưu: VT."]);
  });
});
