import ExcelJS from "exceljs";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createTestApp, type TestApp, type TestSession } from "../testing/test-app";
import { indicatorsCapability } from "./index";

let t: TestApp;
let office: TestSession;
beforeAll(async () => {
  t = await createTestApp({ capabilities: [indicatorsCapability] });
  office = await t.login("tonghop");
});
afterAll(async () => t.close());

function multipart(filename: string, content: Buffer) {
  const boundary = "----dhx";
  const head = Buffer.from(`--${boundary}\r\nContent-Disposition: form-data; name="file"; filename="${filename}"\r\nContent-Type: application/octet-stream\r\n\r\n`);
  return { payload: Buffer.concat([head, content, Buffer.from(`\r\n--${boundary}--\r\n`)]), headers: { "content-type": `multipart/form-data; boundary=${boundary}` } };
}

async function sheet(rows: (string | number)[][]): Promise<Buffer> {
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet("Danh mục");
  for (const r of rows) ws.addRow(r);
  return Buffer.from(await wb.xlsx.writeBuffer());
}

const HEAD = ["code", "name", "unit", "valueType", "aggregation", "periodType", "ownerUnit", "groups"];

describe("catalogue spreadsheet", () => {
  it("imports a catalogue (dry run first), then exports the same columns", async () => {
    const file = await sheet([HEAD, ["K_A", "Tỷ lệ A", "%", "percent", "ratio", "month", "VPUB", "CDS"], ["K_B", "Số B", "cái", "integer", "sum", "quarter", "", ""]]);
    const dry = await office.req({ method: "POST", url: "/api/v1/indicators/import?dryRun=true", ...multipart("dm.xlsx", file) });
    expect(dry.json()).toMatchObject({ dryRun: true, created: 2 });
    expect((await office.req({ method: "GET", url: "/api/v1/indicators?q=K_A" })).json().items).toHaveLength(0);
    const real = await office.req({ method: "POST", url: "/api/v1/indicators/import?dryRun=false", ...multipart("dm.xlsx", file) });
    expect(real.json()).toMatchObject({ created: 2 });
    const exp = await office.req({ method: "GET", url: "/api/v1/indicators/export" });
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(exp.rawPayload as unknown as ArrayBuffer);
    const text = JSON.stringify(wb.worksheets[0].getSheetValues());
    expect(text).toContain("K_A");
    expect(text).toContain("VPUB");
  });

  it("a broken row names its row and column and nothing is imported", async () => {
    const file = await sheet([HEAD, ["K_C", "Hợp lệ", "%", "percent", "sum", "month", "", ""], ["K_D", "Sai kiểu", "%", "phan-tram", "sum", "month", "", ""], ["K_E", "Đơn vị lạ", "", "number", "sum", "month", "KHONG_CO", ""]]);
    const res = await office.req({ method: "POST", url: "/api/v1/indicators/import?dryRun=false", ...multipart("dm.xlsx", file) });
    expect(res.statusCode).toBe(422);
    const details = res.json().error.details.map((d: { row: number; column: string }) => [d.row, d.column]);
    expect(details).toEqual(expect.arrayContaining([[3, "valueType"], [4, "ownerUnit"]]));
    expect((await office.req({ method: "GET", url: "/api/v1/indicators?q=K_C" })).json().items).toHaveLength(0);
  });

  it("a file that is not a spreadsheet gets a clear error", async () => {
    const res = await office.req({ method: "POST", url: "/api/v1/indicators/import?dryRun=true", ...multipart("dm.xlsx", Buffer.from("khong phai excel")) });
    expect(res.statusCode).toBe(422);
    expect(res.json().error.code).toBe("IMPORT_INVALID");
  });
});
