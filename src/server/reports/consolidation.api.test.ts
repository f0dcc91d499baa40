import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { inspectDocx } from "../documents/docx-inspect";
import { readXlsxRows } from "../documents/xlsx-table";
import type { TestSession } from "../testing/test-app";
import { createFixture, FIGURES, type Fixture, formUrl, userWith } from "./reports.fixture";

// The receiving unit's consolidated report: tables from the accepted submissions only (approved
// figures, by the indicators' own rules), narratives unit by unit, who is missing; then the
// NĐ 30/2020 Word document and the Excel annex, checked by reading them back.
let f: Fixture;
let receiver: TestSession;
const JUNE = { lg: { n: 40, d: 50, meet: 2 }, bg: { n: 75, d: 100, meet: 1 } };
const base = () => `/api/v1/reports/regimes/${f.regimeId}/periods/2026Q2`;

beforeAll(async () => {
  f = await createFixture("2026-06-12T02:00:00Z");
  receiver = await userWith(f, "tonghop.so", "office", f.units.skhcn);
  const lg = await f.login("canbo.xa2");
  const bg = await f.login("canbo.xa");
  const send = async (
    s: TestSession,
    unitId: number,
    june: { n: number; d: number; meet: number },
    text: string,
  ) => {
    const res = await s.req({
      method: "POST",
      url: `${formUrl(f, "2026Q2", unitId)}/submit`,
      payload: {
        figures: [
          { indicator: "R_ONLINE", period: "202606", numerator: june.n, denominator: june.d },
          { indicator: "C_MEET", period: "202606", value: june.meet },
        ],
        narrative: { ket_qua: `${text}\nDuy trì 100% văn bản điện tử.`, kho_khan: "Thiếu thiết bị quét." },
      },
    });
    expect(res.statusCode, res.body).toBe(200);
    return res.json().submission.id as number;
  };
  const lgId = await send(lg, f.units.langGiang, JUNE.lg, "Xã Lạng Giang hoàn thành số hóa hồ sơ.");
  f.setNow("2026-06-17T02:00:00Z");
  const bgId = await send(
    bg,
    f.units.bacGiang,
    JUNE.bg,
    "Phường Bắc Giang triển khai thanh toán trực tuyến.",
  );
  // Phường Đa Mai's figures of April and May are in the system, but it sent no report.
  expect(
    (await receiver.req({ method: "POST", url: `/api/v1/reports/submissions/${lgId}/accept`, payload: {} }))
      .statusCode,
  ).toBe(200);
  const before = (await receiver.req({ method: "GET", url: `${base()}/consolidated` })).json();
  expect(before.accepted.map((a: { unitId: number }) => a.unitId)).toEqual([f.units.langGiang]);
  expect(
    (await receiver.req({ method: "POST", url: `/api/v1/reports/submissions/${bgId}/accept`, payload: {} }))
      .statusCode,
  ).toBe(200);
  f.setNow("2026-06-20T02:00:00Z");
}, 120_000);
afterAll(async () => f?.t.close());

const sum = (unit: string, k: "n" | "d" | "meet", june: number) =>
  FIGURES[unit].reduce((a, m) => a + m[k], 0) + june;
const N = sum("X-LANG-GIANG", "n", JUNE.lg.n) + sum("P-BAC-GIANG", "n", JUNE.bg.n);
const D = sum("X-LANG-GIANG", "d", JUNE.lg.d) + sum("P-BAC-GIANG", "d", JUNE.bg.d);
const MEET = sum("X-LANG-GIANG", "meet", JUNE.lg.meet) + sum("P-BAC-GIANG", "meet", JUNE.bg.meet);
const vi = (x: number, d: number) => x.toFixed(d).replace(".", ",");

describe("the consolidated report", () => {
  it("aggregates the accepted submissions only, by each indicator's rule", async () => {
    const res = await receiver.req({ method: "GET", url: `${base()}/consolidated` });
    expect(res.statusCode, res.body).toBe(200);
    const c = res.json();
    expect(c.counts).toEqual({
      expected: 3,
      accepted: 2,
      onTime: 1,
      late: 1,
      awaiting: 0,
      returned: 0,
      missing: 1,
    });
    expect(c.missing).toEqual([{ unitId: f.units.daMai, unitName: "Phường Đa Mai", state: "missing" }]);
    const ratio = c.indicators.find((i: { code: string }) => i.code === "R_ONLINE");
    expect(ratio.total).toMatchObject({ numerator: N, denominator: D, units: 2 });
    expect(ratio.total.value).toBeCloseTo((N / D) * 100, 6);
    expect(c.indicators.find((i: { code: string }) => i.code === "C_MEET").total.value).toBe(MEET);
    // The same figure from the analytics API over the two units, approved figures only.
    const a = await f.office.req({
      method: "GET",
      url: `/api/v1/analytics?indicators=R_ONLINE&ou=${f.units.langGiang},${f.units.bacGiang}&periods=2026Q2&approvedOnly=true`,
    });
    const rows = a.json().rows as { numerator: number; denominator: number }[];
    expect(rows.reduce((s, r) => s + r.numerator, 0)).toBe(N);
    const texts = c.narratives
      .find((n: { key: string }) => n.key === "ket_qua")
      .entries.map((e: { unitName: string }) => e.unitName);
    expect(texts.sort()).toEqual(["Phường Bắc Giang", "Xã Lạng Giang"]);
  });

  it("only the receiving unit consolidates, and a ward cannot read it", async () => {
    const bg = await f.login("canbo.xa");
    expect((await bg.req({ method: "GET", url: `${base()}/consolidated` })).statusCode).toBe(403);
    expect(
      (await bg.req({ method: "POST", url: `${base()}/consolidate`, payload: { number: "12/BC-SKHCN" } }))
        .statusCode,
    ).toBe(403);
    const bad = await receiver.req({
      method: "POST",
      url: `${base()}/consolidate`,
      payload: { number: "mười hai" },
    });
    expect(bad.statusCode).toBe(400);
    const none = await receiver.req({
      method: "POST",
      url: `/api/v1/reports/regimes/${f.regimeId}/periods/2026Q1/consolidate`,
      payload: {},
    });
    expect(none.json().error).toMatchObject({
      code: "REPORT_NOTHING_TO_CONSOLIDATE",
      message: "Kỳ Quý I/2026 chưa có báo cáo nào được tiếp nhận để tổng hợp.",
    });
    const ok = await receiver.req({
      method: "POST",
      url: `${base()}/consolidate`,
      payload: { number: "12/BC-SKHCN", docDate: "2026-06-20" },
    });
    expect(ok.statusCode, ok.body).toBe(200);
    expect(ok.json().consolidation).toMatchObject({ number: "12/BC-SKHCN", docDate: "2026-06-20" });
    const audit = await f.admin.req({ method: "GET", url: "/api/v1/audit?entityType=report_consolidation" });
    expect(audit.json().items[0]).toMatchObject({
      action: "report_consolidation.save",
      actorName: "Người dùng tonghop.so",
    });
  });

  it("produces a Word document laid out as NĐ 30/2020 requires", async () => {
    const res = await receiver.req({ method: "GET", url: `${base()}/consolidated.docx` });
    expect(res.statusCode).toBe(200);
    expect(res.headers["content-type"]).toContain("wordprocessingml");
    expect(res.headers["content-disposition"]).toContain("Bao-cao-tong-hop-BC_CDS_QUY_TEST-2026Q2.docx");
    const doc = inspectDocx(res.rawPayload);
    for (const line of [
      "UBND TỈNH BẮC NINH",
      "SỞ KHOA HỌC VÀ CÔNG NGHỆ",
      "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM",
      "Độc lập - Tự do - Hạnh phúc",
      "Số: 12/BC-SKHCN",
      "Bắc Ninh, ngày 20 tháng 6 năm 2026",
      "BÁO CÁO",
      "Báo cáo kết quả thực hiện Kế hoạch chuyển đổi số quý II năm 2026",
      "Nơi nhận:",
      "- Lưu: VT, CĐS.",
      "KT. GIÁM ĐỐC",
      "Nguyễn Văn Bình",
      "Các đơn vị chưa gửi báo cáo: Phường Đa Mai.",
    ])
      expect(doc.paragraphs).toContain(line);
    expect(doc.text).toContain("Xã Lạng Giang: Xã Lạng Giang hoàn thành số hóa hồ sơ.");
    expect(doc.fonts).toEqual(["Times New Roman"]);
    expect(doc.pageSize).toEqual({ w: 11906, h: 16838 });
    expect(doc.margins).toEqual({ top: 1134, bottom: 1134, left: 1701, right: 850 });
    const summary = doc.tables.find((t) => t[0].includes("Tử số"));
    expect(summary?.find((row) => row[1] === "Tỷ lệ hồ sơ trực tuyến")).toEqual([
      "1",
      "Tỷ lệ hồ sơ trực tuyến",
      "%",
      String(N),
      String(D),
      vi((N / D) * 100, 1),
      "2",
    ]);
    const byUnit = doc.tables.find((t) => t[0][1] === "Đơn vị");
    expect(byUnit?.map((r) => r[1])).toEqual(["Đơn vị", "Phường Bắc Giang", "Xã Lạng Giang", "Tổng hợp"]);
    expect(byUnit?.[byUnit.length - 1]).toEqual(["", "Tổng hợp", vi((N / D) * 100, 1), String(MEET)]);
  });

  it("produces the Excel annex of the same tables", async () => {
    const res = await receiver.req({ method: "GET", url: `${base()}/consolidated.xlsx` });
    expect(res.statusCode).toBe(200);
    const summary = await readXlsxRows(res.rawPayload, {
      sheet: "Tổng hợp",
      requiredHeaders: ["Mã chỉ tiêu", "Tử số"],
    });
    const row = summary.rows.find((r) => r.cells["Mã chỉ tiêu"] === "R_ONLINE");
    expect(row?.cells).toMatchObject({ "Tử số": N, "Mẫu số": D, "Số đơn vị": 2 });
    const status = await readXlsxRows(res.rawPayload, {
      sheet: "Tình hình gửi",
      requiredHeaders: ["Đơn vị", "Trạng thái"],
    });
    expect(status.rows.map((r) => [r.cells["Đơn vị"], r.cells["Trạng thái"], r.cells["Thời hạn"]])).toEqual([
      ["Phường Bắc Giang", "Đã tiếp nhận", "Muộn"],
      ["Phường Đa Mai", "Chưa gửi", null],
      ["Xã Lạng Giang", "Đã tiếp nhận", "Đúng hạn"],
    ]);
  });
});

describe("regime review", () => {
  it("measures the share of data items the system holds and flags what could go", async () => {
    const dup = await f.office.req({
      method: "POST",
      url: "/api/v1/reports/regimes",
      payload: {
        code: "BC_DUP",
        name: "Báo cáo tỷ lệ trực tuyến",
        frequency: "quarter",
        receivingUnitId: f.units.skhcn,
        unitIds: [f.units.langGiang],
        deadlineText: "trước ngày 15 của tháng cuối quý",
        indicatorCodes: ["R_ONLINE"],
        startPeriod: "2026Q1",
      },
    });
    expect(dup.statusCode, dup.body).toBe(201);
    const paper = await f.office.req({
      method: "POST",
      url: "/api/v1/reports/regimes",
      payload: {
        code: "BC_GIAY",
        name: "Báo cáo tình hình ứng dụng CNTT",
        frequency: "year",
        receivingUnitId: f.units.skhcn,
        unitIds: [f.units.langGiang],
        deadlineText: "trước ngày 25/5",
        indicatorCodes: ["C_MEET"],
        extraItems: ["Số máy tính", "Số máy chủ", "Số phần mềm"],
        sections: [{ title: "Đánh giá chung" }],
        startPeriod: "2025",
      },
    });
    expect(paper.statusCode, paper.body).toBe(201);
    const res = await f.office.req({ method: "GET", url: "/api/v1/reports/review" });
    const by = new Map(res.json().items.map((i: { regime: { code: string } }) => [i.regime.code, i]));
    expect(by.get("BC_CDS_QUY_TEST")).toMatchObject({
      period: "2026Q2",
      dataItems: 2,
      heldItems: 2,
      share: 1,
      canAutoFill: true,
      canCut: false,
    });
    const d = by.get("BC_DUP") as { canCut: boolean; flags: { code: string; message: string }[] };
    expect(d.canCut).toBe(true);
    expect(d.flags.map((x) => x.code)).toEqual(["AUTO_FILL", "CUT_NO_NARRATIVE", "DUPLICATE"]);
    expect(d.flags[2].message).toContain("Báo cáo kết quả thực hiện Kế hoạch chuyển đổi số");
    // Year 2025 of C_MEET: nothing in the system (the figures are monthly from April 2026).
    expect(by.get("BC_GIAY")).toMatchObject({
      period: "2025",
      dataItems: 4,
      heldItems: 0,
      share: 0,
      canAutoFill: false,
    });
  });
});
