import ExcelJS from "exceljs";
import { describe, expect, it } from "vitest";
import { buildNd30Docx, type Nd30Document } from "./nd30-docx";
import { buildXlsxWorkbook, readXlsxRows, XlsxReadError } from "./xlsx-table";
import { ZipArchive } from "./zip-reader";

const columns = [
  { header: "Mã đơn vị", key: "code", width: 14 },
  { header: "Tên đơn vị", key: "name", width: 40 },
  { header: "Hồ sơ", key: "count" },
  { header: "Tỷ lệ (%)", key: "rate" },
  { header: "Ngày cập nhật", key: "updated" },
];
const rows = [
  {
    code: "X01",
    name: "Phường Bắc Giang",
    count: 12450,
    rate: 82.25,
    updated: new Date(Date.UTC(2026, 2, 5)),
  },
  { code: "X02", name: 'Xã "Tân Mỹ"', count: 310, rate: 7.5, updated: null },
];

async function expectXlsxError(promise: Promise<unknown>, code: string): Promise<XlsxReadError> {
  try {
    await promise;
  } catch (error) {
    expect(error).toBeInstanceOf(XlsxReadError);
    expect((error as XlsxReadError).code).toBe(code);
    return error as XlsxReadError;
  }
  throw new Error("expected an XlsxReadError");
}

describe("buildXlsxWorkbook and readXlsxRows", () => {
  it("round-trips a sheet with a title and totals", async () => {
    const buffer = await buildXlsxWorkbook([
      {
        name: "Hồ sơ/Quý I",
        title: "Hồ sơ trực tuyến quý I năm 2026",
        columns,
        rows,
        totals: { name: "Tổng cộng", count: 12760 },
      },
    ]);
    const table = await readXlsxRows(buffer);
    expect(table.headers).toEqual(["Mã đơn vị", "Tên đơn vị", "Hồ sơ", "Tỷ lệ (%)", "Ngày cập nhật"]);
    expect(table.rows).toEqual([
      {
        rowNumber: 4,
        cells: {
          "Mã đơn vị": "X01",
          "Tên đơn vị": "Phường Bắc Giang",
          "Hồ sơ": 12450,
          "Tỷ lệ (%)": 82.25,
          "Ngày cập nhật": "2026-03-05",
        },
      },
      {
        rowNumber: 5,
        cells: {
          "Mã đơn vị": "X02",
          "Tên đơn vị": 'Xã "Tân Mỹ"',
          "Hồ sơ": 310,
          "Tỷ lệ (%)": 7.5,
          "Ngày cập nhật": null,
        },
      },
      {
        rowNumber: 6,
        cells: {
          "Mã đơn vị": null,
          "Tên đơn vị": "Tổng cộng",
          "Hồ sơ": 12760,
          "Tỷ lệ (%)": null,
          "Ngày cập nhật": null,
        },
      },
    ]);
  });

  it("styles the sheet: Times New Roman, bold frozen header, vi-friendly number formats", async () => {
    const buffer = await buildXlsxWorkbook([
      { name: "A", title: "Tiêu đề", columns, rows, totals: { count: 1 } },
    ]);
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(buffer as unknown as ArrayBuffer);
    const ws = wb.worksheets[0];
    expect(ws.getCell("A1").value).toBe("Tiêu đề");
    expect(ws.getCell("A1").isMerged).toBe(true);
    expect(ws.getCell("A3").font?.bold).toBe(true);
    expect(ws.views[0]).toMatchObject({ state: "frozen", ySplit: 3 });
    expect(ws.getCell("C4").numFmt).toBe("#,##0");
    expect(ws.getCell("D4").numFmt).toBe("#,##0.00");
    expect(ws.getCell("E4").numFmt).toBe("dd/mm/yyyy");
    expect(ws.getCell("C6").font?.bold).toBe(true);
    const fonts = new Set<string>();
    ws.eachRow((row) => row.eachCell((cell) => fonts.add(cell.font?.name ?? "")));
    expect([...fonts]).toEqual(["Times New Roman"]);
  });

  it("sanitises and de-duplicates sheet names, and finds a sheet by name or position", async () => {
    const sheet = {
      name: "Dữ liệu: [2026]",
      columns: [
        { header: "a", key: "a" },
        { header: "b", key: "b" },
      ],
      rows: [{ a: 1, b: 2 }],
    };
    const buffer = await buildXlsxWorkbook([sheet, { ...sheet, rows: [{ a: 3, b: 4 }] }]);
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(buffer as unknown as ArrayBuffer);
    expect(wb.worksheets.map((w) => w.name)).toEqual(["Dữ liệu   2026", "Dữ liệu   2026 (2)"]);
    expect((await readXlsxRows(buffer, { sheet: 2 })).rows[0].cells).toEqual({ a: 3, b: 4 });
    expect((await readXlsxRows(buffer, { sheet: "dữ liệu   2026 (2)" })).rows[0].cells.a).toBe(3);
    await expectXlsxError(readXlsxRows(buffer, { sheet: "Khác" }), "XLSX_SHEET_NOT_FOUND");
  });

  it("gives a formula's cached result and a date as YYYY-MM-DD in a file made elsewhere", async () => {
    const wb = new ExcelJS.Workbook();
    const ws = wb.addWorksheet("Nhập");
    ws.addRow(["Ghi chú của đơn vị"]);
    ws.addRow(["Chỉ tiêu", "Tử số", "Mẫu số", "Tỷ lệ", "Kỳ", "Hạn"]);
    ws.addRow([
      "CT01",
      45,
      60,
      { formula: "B3/C3*100", result: 75 },
      { richText: [{ text: "Quý " }, { text: "I" }] },
      new Date(Date.UTC(2026, 0, 9)),
    ]);
    ws.addRow(["CT02", 1, 0, { formula: "B4/C4", result: { error: "#DIV/0!" } }, "  ", null]);
    ws.addRow(["CT03", 2, 4, { formula: "B5/C5" }, true, new Date(Date.UTC(2026, 0, 9, 8, 30))]);
    const buffer = Buffer.from(await wb.xlsx.writeBuffer());
    const table = await readXlsxRows(buffer, { requiredHeaders: ["chỉ tiêu", "Tỷ lệ"] });
    expect(table.headers).toEqual(["Chỉ tiêu", "Tử số", "Mẫu số", "Tỷ lệ", "Kỳ", "Hạn"]);
    expect(table.rows.map((r) => r.rowNumber)).toEqual([3, 4, 5]);
    expect(table.rows[0].cells).toEqual({
      "Chỉ tiêu": "CT01",
      "Tử số": 45,
      "Mẫu số": 60,
      "Tỷ lệ": 75,
      Kỳ: "Quý I",
      Hạn: "2026-01-09",
    });
    expect(table.rows[1].cells["Tỷ lệ"]).toBe("#DIV/0!");
    expect(table.rows[1].cells.Kỳ).toBeNull();
    expect(table.rows[2].cells["Tỷ lệ"]).toBeNull();
    expect(table.rows[2].cells.Kỳ).toBe("TRUE");
    expect(table.rows[2].cells.Hạn).toBe("2026-01-09 08:30:00");
  });

  it("names the missing columns in Vietnamese", async () => {
    const buffer = await buildXlsxWorkbook([{ name: "A", columns: columns.slice(0, 2), rows }]);
    const error = await expectXlsxError(
      readXlsxRows(buffer, { requiredHeaders: ["Mã đơn vị", "Loại đơn vị", "Mã đơn vị cha"] }),
      "XLSX_MISSING_COLUMN",
    );
    expect(error.columns).toEqual(["Loại đơn vị", "Mã đơn vị cha"]);
    expect(error.message).toContain('thiếu cột bắt buộc: "Loại đơn vị", "Mã đơn vị cha"');
    expect(error.row).toBe(1);
  });

  it("refuses a file that is not xlsx: text, a truncated zip, another zip, an old .xls", async () => {
    const good = await buildXlsxWorkbook([{ name: "A", columns, rows }]);
    await expectXlsxError(readXlsxRows(Buffer.from("code,name\nX01,Phường")), "XLSX_INVALID");
    await expectXlsxError(readXlsxRows(good.subarray(0, Math.floor(good.length / 2))), "XLSX_INVALID");
    const corrupted = Buffer.from(good);
    const zip = ZipArchive.open(good);
    const sheetEntry = zip.entries.get("xl/worksheets/sheet1.xml");
    if (!sheetEntry) throw new Error("sheet1 missing");
    corrupted.fill(0x41, sheetEntry.localHeaderOffset + 40, sheetEntry.localHeaderOffset + 40 + 64);
    await expectXlsxError(readXlsxRows(corrupted), "XLSX_INVALID");
    const docxLike = await buildNd30Docx(tinyNotice());
    const error = await expectXlsxError(readXlsxRows(docxLike), "XLSX_INVALID");
    expect(error.message).toContain("xl/workbook.xml");
    const xls = Buffer.concat([
      Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]),
      Buffer.alloc(512),
    ]);
    expect((await expectXlsxError(readXlsxRows(xls), "XLSX_INVALID")).message).toContain(".xls");
  });

  it("returns no rows for an empty sheet and still checks required columns", async () => {
    const buffer = await buildXlsxWorkbook([]);
    expect(await readXlsxRows(buffer)).toEqual({ headers: [], rows: [] });
    await expectXlsxError(readXlsxRows(buffer, { requiredHeaders: ["code"] }), "XLSX_MISSING_COLUMN");
  });
});

function tinyNotice(): Nd30Document {
  return {
    issuer: "UBND XÃ TÂN MỸ",
    place: "Tân Mỹ",
    date: "2026-03-05",
    docType: "THÔNG BÁO",
    title: "Lịch tiếp công dân",
    body: [],
    recipients: [],
    signer: { position: "CHỦ TỊCH", name: "Lê Văn C" },
  };
}
