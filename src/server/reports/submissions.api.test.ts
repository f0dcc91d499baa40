import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { TestSession } from "../testing/test-app";
import { auditCount, createFixture, FIGURES, type Fixture, formUrl } from "./reports.fixture";

// The form prefilled from the system's data, and the refusals the issue lists: a figure outside
// the cut-off window, a narrative too long or with script, a required section left empty, another
// ward's report. Each refusal is a Vietnamese error and leaves the data and the audit log as they
// were. (Submission after acceptance and the reviewer checks are in review.api.test.ts.)
let f: Fixture;
let lg: TestSession; // canbo.xa2, officer of Xã Lạng Giang
let bg: TestSession; // canbo.xa, officer of Phường Bắc Giang

beforeAll(async () => {
  f = await createFixture("2026-06-10T02:00:00Z");
  lg = await f.login("canbo.xa2");
  bg = await f.login("canbo.xa");
}, 120_000);
afterAll(async () => f?.t.close());

const narrative = {
  ket_qua: "Tỷ lệ hồ sơ trực tuyến tăng so với quý I.",
  kho_khan: "Thiếu thiết bị quét tại bộ phận một cửa.",
};

async function dataOf(s: TestSession, unitId: number) {
  const res = await s.req({
    method: "GET",
    url: `/api/v1/data-values?orgUnit=${unitId}&periods=202604,202605,202606,202607`,
  });
  return res.json().items as {
    indicator: string;
    period: string;
    value: number;
    numerator: number;
    denominator: number;
    status: string;
  }[];
}

describe("the form opens prefilled from the system's data", () => {
  it("aggregates the window through the analytics engine and lists the months to fill", async () => {
    const res = await lg.req({ method: "GET", url: formUrl(f, "2026Q2", f.units.langGiang) });
    expect(res.statusCode, res.body).toBe(200);
    const form = res.json();
    expect(form.window).toEqual({ from: "2026-03-15", to: "2026-06-14" });
    expect(form.dueOn).toBe("2026-06-15");
    expect(form.state).toBe("open");
    const ratio = form.indicators.find((i: { code: string }) => i.code === "R_ONLINE");
    const [apr, may] = FIGURES["X-LANG-GIANG"];
    expect(ratio.aggregate).toMatchObject({ numerator: apr.n + may.n, denominator: apr.d + may.d });
    expect(ratio.aggregate.value).toBeCloseTo(((apr.n + may.n) / (apr.d + may.d)) * 100, 6);
    const analytics = await lg.req({
      method: "GET",
      url: `/api/v1/analytics?indicators=R_ONLINE&ou=${f.units.langGiang}&periods=2026Q2`,
    });
    expect(analytics.json().rows[0].value).toBeCloseTo(ratio.aggregate.value, 9);
    expect(ratio.cells.map((c: { period: string }) => c.period)).toEqual(["202604", "202605", "202606"]);
    expect(ratio.cells[2]).toMatchObject({ value: null, editable: true, status: null });
    expect(form.completeness).toMatchObject({
      expectedCells: 6,
      filledCells: 4,
      requiredSections: 2,
      filledSections: 0,
    });
    expect(form.editable).toBe(true);
  });
});

describe("bad input: a clear Vietnamese error, nothing changed", () => {
  const cases: [string, Record<string, unknown>, string, RegExp][] = [
    [
      "a figure outside the cut-off window",
      { figures: [{ indicator: "R_ONLINE", period: "202607", numerator: 5, denominator: 10 }], narrative },
      "REPORT_FIGURE_OUTSIDE_WINDOW",
      /nằm ngoài thời gian chốt số liệu.*từ 15\/03\/2026 đến 14\/06\/2026/,
    ],
    [
      "a narrative over the length limit",
      { narrative: { ...narrative, kho_khan: "Khó khăn ".repeat(40) } },
      "REPORT_NARRATIVE_INVALID",
      /vượt giới hạn 200 ký tự/,
    ],
    [
      "a narrative with script in it",
      { narrative: { ...narrative, ket_qua: "Kết quả <script>alert(1)</script>" } },
      "REPORT_NARRATIVE_INVALID",
      /thẻ HTML hoặc mã lệnh/,
    ],
    [
      "a section the outline does not have",
      { narrative: { ...narrative, muc_la: "x" } },
      "REPORT_NARRATIVE_INVALID",
      /không có mục "muc_la"/,
    ],
    [
      "a required section left empty",
      { narrative: { ket_qua: "Có nội dung." } },
      "REPORT_SECTION_REQUIRED",
      /Chưa viết nội dung bắt buộc: “Khó khăn, vướng mắc”/,
    ],
    [
      "an indicator outside the regime",
      { figures: [{ indicator: "Y_SYSTEMS", period: "2026", value: 3 }], narrative },
      "REPORT_FIGURES_INVALID",
      /không thuộc chế độ báo cáo này/,
    ],
    [
      "a figure the data service refuses",
      { figures: [{ indicator: "R_ONLINE", period: "202606", numerator: 60, denominator: 50 }], narrative },
      "REPORT_FIGURES_INVALID",
      /Tử số \(60\) lớn hơn mẫu số \(50\)/,
    ],
  ];
  it.each(cases)("%s", async (_name, body, code, message) => {
    const before = { audit: await auditCount(f), data: await dataOf(lg, f.units.langGiang) };
    const res = await lg.req({
      method: "POST",
      url: `${formUrl(f, "2026Q2", f.units.langGiang)}/submit`,
      payload: body,
    });
    expect(res.statusCode, res.body).toBeGreaterThanOrEqual(400);
    expect(res.json().error.code).toBe(code);
    expect(res.json().error.message).toMatch(message);
    expect(await auditCount(f)).toBe(before.audit);
    expect(await dataOf(lg, f.units.langGiang)).toEqual(before.data);
    const form = (await lg.req({ method: "GET", url: formUrl(f, "2026Q2", f.units.langGiang) })).json();
    expect(form.submission).toBeNull();
  });

  it("refuses a period the regime does not have, and a future one", async () => {
    const wrong = await lg.req({ method: "GET", url: formUrl(f, "202604", f.units.langGiang) });
    expect(wrong.json().error.code).toBe("REPORT_PERIOD_INVALID");
    const future = await lg.req({
      method: "PUT",
      url: formUrl(f, "2026Q4", f.units.langGiang),
      payload: { narrative },
    });
    expect(future.json().error).toMatchObject({
      code: "REPORT_PERIOD_NOT_STARTED",
      message: "Kỳ báo cáo Quý IV/2026 chưa bắt đầu.",
    });
  });
});

describe("authorization", () => {
  it("a ward officer cannot write another unit's report", async () => {
    const viewer = await f.login("xem");
    const before = await auditCount(f);
    for (const method of ["PUT", "POST"] as const) {
      const res = await bg.req({
        method,
        url: `${formUrl(f, "2026Q2", f.units.langGiang)}${method === "POST" ? "/submit" : ""}`,
        payload: { narrative },
      });
      expect(res.statusCode).toBe(403);
      expect(res.json().error.message).toMatch(/không có quyền/);
    }
    expect(
      (
        await viewer.req({
          method: "POST",
          url: `${formUrl(f, "2026Q2", f.units.langGiang)}/submit`,
          payload: { narrative },
        })
      ).statusCode,
    ).toBe(403);
    expect(await auditCount(f)).toBe(before);
  });

  it("a ward officer cannot even read another ward's report", async () => {
    expect((await bg.req({ method: "GET", url: formUrl(f, "2026Q2", f.units.langGiang) })).statusCode).toBe(
      403,
    );
  });

  it("a unit outside the regime is not expected", async () => {
    const res = await f.office.req({
      method: "PUT",
      url: formUrl(f, "2026Q2", f.units.tienPhong),
      payload: { narrative },
    });
    expect(res.json().error).toMatchObject({ code: "REPORT_UNIT_NOT_EXPECTED" });
    expect(res.json().error.message).toContain("Phường Tiền Phong không thuộc đối tượng báo cáo");
  });
});
