import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { CsvReadError, detectDelimiter, parseCsv, readCsvRows } from "./csv-rows";

describe("readCsvRows", () => {
  it("reads quoted fields with delimiters, doubled quotes and line breaks, CRLF and a BOM", () => {
    const text =
      "\uFEFFSTT,Nhiệm vụ,Đơn vị chủ trì\r\n" +
      '1,"Xây dựng ""Kho dữ liệu dùng chung"", giai đoạn 1",Sở KH&CN\r\n' +
      '2,"Rà soát quy trình\r\nnội bộ",\r\n';
    const table = readCsvRows(text);
    expect(table.headers).toEqual(["STT", "Nhiệm vụ", "Đơn vị chủ trì"]);
    expect(table.rows).toEqual([
      {
        rowNumber: 2,
        cells: {
          STT: "1",
          "Nhiệm vụ": 'Xây dựng "Kho dữ liệu dùng chung", giai đoạn 1',
          "Đơn vị chủ trì": "Sở KH&CN",
        },
      },
      {
        rowNumber: 3,
        cells: { STT: "2", "Nhiệm vụ": "Rà soát quy trình\r\nnội bộ", "Đơn vị chủ trì": null },
      },
    ]);
  });

  it("detects the semicolon Excel writes where the decimal comma is used", () => {
    const table = readCsvRows('Mã;Giá trị\nX01;1.234,5\nX02;"7,5"\n');
    expect(table.headers).toEqual(["Mã", "Giá trị"]);
    expect(table.rows.map((r) => r.cells["Giá trị"])).toEqual(["1.234,5", "7,5"]);
    expect(detectDelimiter('"a;b",c,d\n')).toBe(",");
    expect(detectDelimiter("a\tb\tc")).toBe("\t");
  });

  it("skips blank lines, pads short records and names unnamed or repeated headers", () => {
    const table = readCsvRows("a,,a\n\n1\n");
    expect(table.headers).toEqual(["a", "Cột 2", "a (2)"]);
    expect(table.rows).toEqual([{ rowNumber: 2, cells: { a: "1", "Cột 2": null, "a (2)": null } }]);
    expect(readCsvRows("")).toEqual({ headers: [], rows: [] });
  });

  it("reports an unclosed quote with its row, column and line", () => {
    const text = 'code,name\nA1,"Phường Bắc Giang\nA2,Xã Tân Mỹ\n';
    try {
      readCsvRows(text);
      expect.unreachable();
    } catch (error) {
      expect(error).toBeInstanceOf(CsvReadError);
      const e = error as CsvReadError;
      expect(e.code).toBe("CSV_INVALID");
      expect(e.row).toBe(2);
      expect(e.column).toBe(2);
      expect(e.line).toBe(2);
      expect(e.message).toContain("không được đóng");
    }
  });

  it("rejects text after a closing quote", () => {
    expect(() => readCsvRows('a,b\n"x"y,z\n')).toThrow(/ký tự thừa/);
  });

  it("checks required headers ignoring case and spacing", () => {
    const table = readCsvRows("Đơn vị  chủ trì,Kết quả\nA,B\n", { requiredHeaders: ["đơn vị chủ trì"] });
    expect(table.headers).toEqual(["Đơn vị chủ trì", "Kết quả"]);
    try {
      readCsvRows("code,name\n", { requiredHeaders: ["code", "kind", "parent_code"] });
      expect.unreachable();
    } catch (error) {
      expect((error as CsvReadError).code).toBe("CSV_MISSING_COLUMN");
      expect((error as CsvReadError).columns).toEqual(["kind", "parent_code"]);
      expect((error as CsvReadError).message).toContain('"kind", "parent_code"');
    }
  });

  it("parses back whatever a correct writer produces", () => {
    const cell = fc.string({ unit: fc.constantFrom("a", "ư", ",", ";", '"', "\n", "\r\n", " ", "1") });
    const write = (rows: string[][]) =>
      rows
        .map((r) => r.map((c) => (/[",;\r\n]/.test(c) ? `"${c.replaceAll('"', '""')}"` : c)).join(","))
        .join("\r\n");
    fc.assert(
      fc.property(
        fc.array(fc.array(cell, { minLength: 2, maxLength: 4 }), { minLength: 1, maxLength: 5 }),
        (rows) => {
          const width = rows[0].length;
          const fixed = rows.map((r) => Array.from({ length: width }, (_, i) => r[i] ?? "x"));
          // A record that is one empty field is a blank line, which readers skip by design.
          fc.pre(fixed.every((r) => r.some((c) => c !== "")));
          expect(parseCsv(write(fixed), ",").map((r) => r.fields)).toEqual(fixed);
        },
      ),
    );
  });
});
