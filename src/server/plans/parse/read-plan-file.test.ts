import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { Document, Packer, Paragraph, Table, TableCell, TableRow } from "docx";
import { afterAll, describe, expect, it } from "vitest";
import { parsePlanText } from "../../../core/plan-import";
import { buildSplitTableDocx } from "./fixtures/docx-fixture";
import { PlanFileError } from "./plan-file-error";
import { MAX_PLAN_FILE_BYTES, readPlanFile } from "./read-plan-file";

const dir = mkdtempSync(join(tmpdir(), "plan-file-"));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const utf8 = (s: string) => new TextEncoder().encode(s);

async function failure(promise: Promise<unknown>): Promise<PlanFileError> {
  try {
    await promise;
  } catch (error) {
    expect(error).toBeInstanceOf(PlanFileError);
    return error as PlanFileError;
  }
  throw new Error("expected a PlanFileError");
}

describe("readPlanFile: text", () => {
  it("reads UTF-8 with and without BOM", async () => {
    expect(await readPlanFile(utf8("Kế hoạch"), "a.txt")).toBe("Kế hoạch");
    expect(await readPlanFile(new Uint8Array([0xef, 0xbb, 0xbf, ...utf8("Quý II")]), "a.txt")).toBe("Quý II");
  });

  it("reads UTF-16 little- and big-endian with their BOM", async () => {
    const text = "Ủy ban nhân dân";
    const le = new Uint8Array(2 + text.length * 2);
    const be = new Uint8Array(2 + text.length * 2);
    le.set([0xff, 0xfe]);
    be.set([0xfe, 0xff]);
    for (let i = 0; i < text.length; i++) {
      const code = text.charCodeAt(i);
      le.set([code & 0xff, code >> 8], 2 + i * 2);
      be.set([code >> 8, code & 0xff], 2 + i * 2);
    }
    expect(await readPlanFile(le, "a.txt")).toBe(text);
    expect(await readPlanFile(be, "a.txt")).toBe(text);
  });

  it("refuses text that is not UTF-8", async () => {
    const error = await failure(readPlanFile(new Uint8Array([0x4b, 0xe9, 0x20, 0x68, 0x6f]), "cp1258.txt"));
    expect(error.code).toBe("PLAN_FILE_BAD_ENCODING");
    expect(error.message).toMatch(/không phải văn bản UTF-8/);
  });

  it("reads from a path", async () => {
    const path = join(dir, "ke-hoach.txt");
    writeFileSync(path, "Số: 1/KH-UBND\nKẾ HOẠCH\nThử nghiệm", "utf8");
    expect(await readPlanFile(path)).toContain("KẾ HOẠCH");
  });
});

describe("readPlanFile: refusals", () => {
  it("refuses an empty file or one with only spaces", async () => {
    expect((await failure(readPlanFile(new Uint8Array(0), "rong.txt"))).code).toBe("PLAN_FILE_EMPTY");
    const blank = await failure(readPlanFile(utf8(" \n\t\n"), "rong.txt"));
    expect(blank.code).toBe("PLAN_FILE_EMPTY");
    expect(blank.message).toBe('Tệp "rong.txt" không có nội dung.');
  });

  it("refuses files over 20 MB, from bytes and from a path, before reading them", async () => {
    const big = new Uint8Array(MAX_PLAN_FILE_BYTES + 1);
    const error = await failure(readPlanFile(big, "lon.docx"));
    expect(error.code).toBe("PLAN_FILE_TOO_LARGE");
    expect(error.message).toMatch(/vượt quá giới hạn 20 MB/);
    const path = join(dir, "lon.txt");
    writeFileSync(path, big);
    expect((await failure(readPlanFile(path))).code).toBe("PLAN_FILE_TOO_LARGE");
  });

  it("refuses a file named .docx that is not one", async () => {
    const text = await failure(readPlanFile(utf8("Đây là văn bản thường"), "gia.docx"));
    expect(text.code).toBe("PLAN_FILE_INVALID_DOCX");
    expect(text.message).toMatch(/không phải tài liệu Word \.docx hợp lệ/);
    const oldWord = await failure(
      readPlanFile(new Uint8Array([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]), "cu.docx"),
    );
    expect(oldWord.message).toMatch(/Word 97-2003/);
    const brokenZip = await failure(
      readPlanFile(new Uint8Array([0x50, 0x4b, 0x03, 0x04, 1, 2, 3, 4, 5, 6]), "hong.docx"),
    );
    expect(brokenZip.code).toBe("PLAN_FILE_INVALID_DOCX");
  });

  it("refuses other types with a Vietnamese hint", async () => {
    const pdf = await failure(readPlanFile(utf8("%PDF-1.7"), "ke-hoach.pdf"));
    expect(pdf.code).toBe("PLAN_FILE_UNSUPPORTED_TYPE");
    expect(pdf.message).toMatch(/chỉ nhận tệp \.docx hoặc \.txt/);
    expect((await failure(readPlanFile(utf8("x"), "cu.doc"))).message).toMatch(/lưu lại dưới dạng \.docx/);
  });

  it("reports a missing path", async () => {
    expect((await failure(readPlanFile(join(dir, "khong-co.txt")))).code).toBe("PLAN_FILE_NOT_FOUND");
  });
});

describe("readPlanFile: .docx", () => {
  it("turns an appendix table into tab-separated rows the parser reads", async () => {
    const cell = (t: string) => new TableCell({ children: [new Paragraph(t)] });
    const row = (cells: string[]) => new TableRow({ children: cells.map(cell) });
    const doc = new Document({
      sections: [
        {
          children: [
            new Paragraph("Phụ lục"),
            new Table({
              rows: [
                row([
                  "STT",
                  "Nhiệm vụ",
                  "Đơn vị chủ trì",
                  "Đơn vị phối hợp",
                  "Thời gian hoàn thành",
                  "Kết quả",
                ]),
                row(["I", "HẠ TẦNG SỐ", "", "", "", ""]),
                row([
                  "1",
                  "Nâng cấp mạng LAN",
                  "Sở TT&TT",
                  "Sở Tài chính",
                  "Quý II năm 2025",
                  "Mạng được nâng cấp",
                ]),
              ],
            }),
          ],
        },
      ],
    });
    const text = await readPlanFile(await Packer.toBuffer(doc), "phu-luc.docx");
    expect(text).toContain(
      "1\tNâng cấp mạng LAN\tSở TT&TT\tSở Tài chính\tQuý II năm 2025\tMạng được nâng cấp",
    );
    expect(parsePlanText(text).tasks).toEqual([
      expect.objectContaining({
        code: "I.1",
        lead: "Sở TT&TT",
        coordinators: ["Sở Tài chính"],
        deadline: { kind: "quarter", from: "2025-04-01", to: "2025-06-30", text: "Quý II năm 2025" },
      }),
    ]);
  });

  it("reads a realistic plan: header table, merged header, table split over a page break", async () => {
    const parsed = parsePlanText(await readPlanFile(await buildSplitTableDocx(), "ke-hoach.docx"));
    expect(parsed.plan).toEqual({
      number: "58/KH-UBND",
      type: "KH",
      date: "2024-04-12",
      issuer: "ỦY BAN NHÂN DÂN HUYỆN YÊN DŨNG",
      title: "Triển khai chuyển đổi số năm 2024 trên địa bàn huyện",
    });
    expect(parsed.tasks.map((t) => [t.code, t.lead, t.deadline.kind])).toEqual([
      ["I.1", "Văn phòng HĐND và UBND huyện", "quarter"],
      ["I.2", "UBND các xã, thị trấn", "recurring"],
      ["I.3", "Phòng Tư pháp", "month"],
      ["I.4", "Phòng VH-TT", "year"],
      ["II.1", "Phòng Kinh tế và Hạ tầng", "range"],
      ["II.2", "Phòng Kinh tế và Hạ tầng", "range"],
      ["II.3", "Phòng VH-TT", "roadmap"],
    ]);
    expect(parsed.tasks[3].title).toBe(
      "Xây dựng Trang thông tin điện tử của các xã, thị trấn theo mô hình thống nhất của tỉnh",
    );
    expect(parsed.tasks[0].coordinators).toEqual(["Phòng VH-TT", "UBND các xã, thị trấn"]);
    expect(parsed.targets.map((t) => [t.op, t.value])).toEqual([
      [">=", 60],
      [">=", 80],
    ]);
    expect(parsed.warnings).toEqual([]);
  });
});
