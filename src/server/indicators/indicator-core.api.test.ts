import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createTestApp, type TestApp, type TestSession } from "../testing/test-app";
import { indicatorsCapability } from "./index";

// The indicator core end to end on a small hand-made catalogue, so every expected figure is
// computed here by hand.
let t: TestApp;
let office: TestSession;
let bn: number;

const RATIO = {
  code: "R_ONLINE",
  name: "Tỷ lệ hồ sơ trực tuyến",
  unit: "%",
  valueType: "percent",
  aggregation: "ratio",
  periodType: "month",
  numeratorLabel: "Hồ sơ trực tuyến",
  denominatorLabel: "Tổng hồ sơ",
  reporterKinds: ["commune", "ward"],
};
const COUNT = { code: "C_MEET", name: "Số cuộc họp", unit: "cuộc", valueType: "integer", aggregation: "sum", periodType: "month", reporterKinds: ["commune", "ward"] };

beforeAll(async () => {
  t = await createTestApp({ capabilities: [indicatorsCapability] });
  office = await t.login("tonghop");
  bn = await t.unitId("BN");
  for (const body of [RATIO, COUNT]) {
    const res = await office.req({ method: "POST", url: "/api/v1/indicators", payload: body });
    expect(res.statusCode, res.body).toBe(201);
  }
});
afterAll(async () => t.close());

const analytics = (s: TestSession, q: string) => s.req({ method: "GET", url: `/api/v1/analytics?${q}` });

describe("catalogue", () => {
  it("finds an indicator without accents and versions its definition", async () => {
    const res = await office.req({ method: "GET", url: "/api/v1/indicators?q=ty%20le%20ho%20so" });
    expect(res.json().items.map((i: { code: string }) => i.code)).toEqual(["R_ONLINE"]);
    const item = res.json().items[0];
    const upd = await office.req({ method: "PUT", url: `/api/v1/indicators/${item.id}`, payload: { ...RATIO, name: "Tỷ lệ hồ sơ nộp trực tuyến", version: item.version } });
    expect(upd.statusCode, upd.body).toBe(200);
    const versions = (await office.req({ method: "GET", url: `/api/v1/indicators/${item.id}/versions` })).json().items;
    expect(versions.map((v: { version: number }) => v.version)).toEqual([2, 1]);
    // Each version says who saved it (the version history screen shows it).
    expect(versions.map((v: { changedBy: string | null }) => v.changedBy)).toEqual(["Trần Thị Tổng hợp", "Trần Thị Tổng hợp"]);
  });

  it("refuses a formula that refers to itself or through another indicator", async () => {
    const a = await office.req({ method: "POST", url: "/api/v1/indicators", payload: { ...COUNT, code: "F_A", name: "A", aggregation: "none", formula: "{F_A} + 1" } });
    expect(a.statusCode).toBe(422);
    expect(a.json().error.code).toBe("FORMULA_CYCLE");
    expect(a.json().error.message).toMatch(/vòng/);
    const bad = await office.req({ method: "POST", url: "/api/v1/indicators", payload: { ...COUNT, code: "F_B", name: "B", aggregation: "none", formula: "{C_MEET} * (2" } });
    expect(bad.json().error.code).toBe("FORMULA_SYNTAX");
  });

  it("a unit officer cannot edit the catalogue", async () => {
    const officer = await t.login("canbo.xa");
    const res = await officer.req({ method: "POST", url: "/api/v1/indicators", payload: { ...COUNT, code: "X_1", name: "X" } });
    expect(res.statusCode).toBe(403);
  });
});

describe("data entry and live aggregation", () => {
  it("a province ratio is the sum of numerators over the sum of denominators", async () => {
    // Ward A: 90/100 = 90 %; commune B: 10/1000 = 1 %. Mean of percentages would be 45.5 %.
    const rows = [
      { indicator: "R_ONLINE", orgUnit: "P-DA-MAI", period: "202503", numerator: 90, denominator: 100 },
      { indicator: "R_ONLINE", orgUnit: "X-TAN-YEN", period: "202503", numerator: 10, denominator: 1000 },
    ];
    const w = await office.req({ method: "POST", url: "/api/v1/data-values/bulk", payload: { rows } });
    expect(w.statusCode, w.body).toBe(200);
    expect(w.json()).toMatchObject({ inserted: 2, errors: [] });
    const a = await analytics(office, `indicators=R_ONLINE&ou=${bn}&periods=202503`);
    const row = a.json().rows[0];
    expect(row).toMatchObject({ numerator: 100, denominator: 1100 });
    expect(row.value).toBeCloseTo(9.0909, 3);
  });

  it("months add up into the quarter and year; a value written is in the next read", async () => {
    const rows = ["202501", "202502", "202503"].map((p, i) => ({ indicator: "C_MEET", orgUnit: "P-TIEN-PHONG", period: p, value: i + 1 }));
    await office.req({ method: "POST", url: "/api/v1/data-values/bulk", payload: { rows } });
    const tp = await t.unitId("P-TIEN-PHONG");
    const q = await analytics(office, `indicators=C_MEET&ou=${tp},${bn}&periods=2025Q1,2025`);
    const vals = q.json().rows.map((r: { orgUnitId: number; period: string; value: number }) => [r.orgUnitId === bn ? "BN" : "TP", r.period, r.value]);
    expect(vals).toEqual(expect.arrayContaining([["TP", "2025Q1", 6], ["TP", "2025", 6], ["BN", "2025Q1", 6]]));
    await office.req({ method: "PUT", url: "/api/v1/data-values", payload: { indicator: "C_MEET", orgUnit: "P-TIEN-PHONG", period: "202504", value: 4, version: 0 } });
    const after = await analytics(office, `indicators=C_MEET&ou=${bn}&periods=2025`);
    expect(after.json().rows[0].value).toBe(10);
  });

  it("figures of wards merged on 1/7/2025 add up under their successor", async () => {
    const rows = [
      { indicator: "C_MEET", orgUnit: "P-TRAN-PHU-CU", period: "202505", value: 5 },
      { indicator: "C_MEET", orgUnit: "P-NGO-QUYEN-CU", period: "202505", value: 7 },
      { indicator: "C_MEET", orgUnit: "P-BAC-GIANG", period: "202508", value: 3 },
    ];
    const w = await office.req({ method: "POST", url: "/api/v1/data-values/bulk", payload: { rows } });
    expect(w.json().errors).toEqual([]);
    const bg = await t.unitId("P-BAC-GIANG");
    const q = await analytics(office, `indicators=C_MEET&ou=${bg}&periods=2025`);
    expect(q.json().rows[0].value).toBe(15);
    // and the province counts each figure once
    const p = await analytics(office, `indicators=C_MEET&ou=${bn}&periods=2025S1`);
    expect(p.json().rows[0].value).toBe(6 + 4 + 12);
  });

  it("refuses a writing to a unit no longer active in that period", async () => {
    const w = await office.req({ method: "POST", url: "/api/v1/data-values/bulk", payload: { rows: [{ indicator: "C_MEET", orgUnit: "P-TRAN-PHU-CU", period: "202509", value: 1 }] } });
    expect(w.json().errors[0]).toMatchObject({ row: 1, column: "period", code: "DATA_UNIT_INACTIVE" });
  });
});

describe("bad input changes nothing", () => {
  const count = async () => (await t.db.query<{ n: number }>("select count(*)::int as n from data_value"))[0].n;

  it("reports every problem with row and column, and applies nothing", async () => {
    const before = await count();
    const rows = [
      { indicator: "C_MEET", orgUnit: "P-DA-MAI", period: "202506", value: 2 }, // fine
      { indicator: "KHONG_CO", orgUnit: "P-DA-MAI", period: "202506", value: 1 },
      { indicator: "C_MEET", orgUnit: "KHONG_CO", period: "202506", value: 1 },
      { indicator: "C_MEET", orgUnit: "P-DA-MAI", period: "2025Q2", value: 1 },
      { indicator: "C_MEET", orgUnit: "P-DA-MAI", period: "202513", value: 1 },
      { indicator: "C_MEET", orgUnit: "P-NAM-SON", period: "202506", value: "mười" },
      { indicator: "R_ONLINE", orgUnit: "P-DA-MAI", period: "202506", numerator: 120, denominator: 100 },
      { indicator: "C_MEET", orgUnit: "P-VAN-HA", period: "202506", value: 1.5 },
    ];
    const res = await office.req({ method: "POST", url: "/api/v1/data-values/bulk", payload: { rows } });
    expect(res.statusCode).toBe(422);
    const errs = res.json().errors.map((e: { row: number; column: string; code: string }) => [e.row, e.column, e.code]);
    expect(errs).toEqual([
      [2, "indicator", "DATA_UNKNOWN_INDICATOR"],
      [3, "orgUnit", "DATA_UNKNOWN_ORG_UNIT"],
      [4, "period", "DATA_PERIOD_TYPE_MISMATCH"],
      [5, "period", "DATA_INVALID_PERIOD"],
      [6, "value", "DATA_NOT_A_NUMBER"],
      [7, "numerator", "DATA_NUMERATOR_ABOVE_DENOMINATOR"],
      [8, "value", "DATA_NOT_INTEGER"],
    ]);
    expect(res.json().errors[4].message).toMatch(/"mười" không phải là số/);
    expect(await count()).toBe(before);
  });

  it("a percentage above 100 is refused where the indicator forbids it", async () => {
    await office.req({ method: "POST", url: "/api/v1/indicators", payload: { code: "P_PCT", name: "Tỷ lệ che phủ", unit: "%", valueType: "percent", aggregation: "average", periodType: "month", reporterKinds: ["ward"] } });
    const res = await office.req({ method: "POST", url: "/api/v1/data-values/bulk", payload: { rows: [{ indicator: "P_PCT", orgUnit: "P-DA-MAI", period: "202506", value: 101 }] } });
    expect(res.json().errors[0]).toMatchObject({ column: "value", code: "DATA_VALUE_OUT_OF_RANGE" });
    expect(res.json().errors[0].message).toMatch(/vượt mức tối đa 100/);
  });

  it("a dry run checks and saves nothing", async () => {
    const before = await count();
    const res = await office.req({ method: "POST", url: "/api/v1/data-values/bulk", payload: { dryRun: true, rows: [{ indicator: "C_MEET", orgUnit: "P-DA-MAI", period: "202507", value: 2 }] } });
    expect(res.json()).toMatchObject({ dryRun: true, inserted: 1, errors: [] });
    expect(await count()).toBe(before);
  });

  it("a stale version is a conflict", async () => {
    const first = await office.req({ method: "PUT", url: "/api/v1/data-values", payload: { indicator: "C_MEET", orgUnit: "P-DA-MAI", period: "202508", value: 2, version: 0 } });
    expect(first.statusCode).toBe(200);
    const stale = await office.req({ method: "PUT", url: "/api/v1/data-values", payload: { indicator: "C_MEET", orgUnit: "P-DA-MAI", period: "202508", value: 3, version: 0 } });
    expect(stale.statusCode).toBe(409);
    expect(stale.json().errors[0].code).toBe("VERSION_CONFLICT");
  });

  it("a commune officer cannot write another commune's figure, nor read its aggregate", async () => {
    const officer = await t.login("canbo.xa"); // Phường Bắc Giang
    const own = await officer.req({ method: "PUT", url: "/api/v1/data-values", payload: { indicator: "C_MEET", orgUnit: "P-BAC-GIANG", period: "202510", value: 1, version: 0 } });
    expect(own.statusCode, own.body).toBe(200);
    const other = await officer.req({ method: "PUT", url: "/api/v1/data-values", payload: { indicator: "C_MEET", orgUnit: "X-LANG-GIANG", period: "202510", value: 1, version: 0 } });
    expect(other.statusCode).toBe(422);
    expect(other.json().errors[0]).toMatchObject({ column: "orgUnit", code: "FORBIDDEN" });
    const lg = await t.unitId("X-LANG-GIANG");
    expect((await analytics(officer, `indicators=C_MEET&ou=${lg}&periods=2025`)).statusCode).toBe(403);
    expect((await analytics(officer, `indicators=C_MEET&ou=${bn}&periods=2025`)).statusCode).toBe(403);
  });

  it("approval locks a figure until it is unapproved", async () => {
    const leader = await t.login("lanhdao");
    const key = { indicator: "C_MEET", orgUnit: "P-DA-MAI", period: "202508" };
    const ap = await leader.req({ method: "POST", url: "/api/v1/data-values/status", payload: { action: "approve", keys: [key] } });
    expect(ap.json().changed).toBe(1);
    const w = await office.req({ method: "POST", url: "/api/v1/data-values/bulk", payload: { rows: [{ ...key, value: 9 }] } });
    expect(w.json().errors[0].code).toBe("DATA_VALUE_LOCKED");
    const officer = await t.login("canbo.xa");
    const no = await officer.req({ method: "POST", url: "/api/v1/data-values/status", payload: { action: "unapprove", keys: [key] } });
    expect(no.statusCode).toBe(403);
    const hist = await office.req({ method: "GET", url: `/api/v1/data-values/history?indicator=C_MEET&orgUnit=${await t.unitId("P-DA-MAI")}&period=202508` });
    expect(hist.json().items.length).toBeGreaterThanOrEqual(1);
  });

  it("imports a CSV with a broken row: error at that spreadsheet row, nothing applied", async () => {
    const csv = "indicator,orgUnit,period,value\nC_MEET,P-DA-MAI,202509,3\nC_MEET,P-DA-MAI,202510,abc\n";
    const boundary = "----dh";
    const payload = `--${boundary}\r\nContent-Disposition: form-data; name="file"; filename="so-lieu.csv"\r\nContent-Type: text/csv\r\n\r\n${csv}\r\n--${boundary}--\r\n`;
    const before = await count();
    const res = await office.req({ method: "POST", url: "/api/v1/data-values/import?dryRun=false", payload, headers: { "content-type": `multipart/form-data; boundary=${boundary}` } });
    expect(res.statusCode).toBe(422);
    expect(res.json().errors[0]).toMatchObject({ row: 3, column: "value", code: "DATA_NOT_A_NUMBER" });
    expect(await count()).toBe(before);
  });
});

describe("targets", () => {
  it("evaluates a target per unit of a level", async () => {
    const ind = (await office.req({ method: "GET", url: "/api/v1/indicators?q=R_ONLINE" })).json().items[0];
    const res = await office.req({
      method: "POST",
      url: "/api/v1/targets",
      payload: { indicatorId: ind.id, comparator: ">=", value: 75, scopeKind: "level", levelKind: "ward", orgUnitId: bn, period: "2025" },
    });
    expect(res.statusCode, res.body).toBe(201);
    const st = await office.req({ method: "GET", url: `/api/v1/targets/status?indicatorId=${ind.id}&asOf=2026-01-15` });
    const units = st.json().items[0].units;
    const daMai = units.find((u: { orgUnitId: number; orgUnitName: string }) => u.orgUnitName === "Phường Đa Mai");
    expect(daMai.status).toBe("met"); // 90 % for the year, period ended
    const namSon = units.find((u: { orgUnitName: string }) => u.orgUnitName === "Phường Nam Sơn");
    expect(namSon.status).toBe("no_data");
  });
});
