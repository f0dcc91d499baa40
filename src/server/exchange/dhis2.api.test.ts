import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { insertIndicator } from "../indicators/indicators.repo";
import { createStore, type Instance, type Session, type Store, startInstance } from "./exchange.test-helpers";

let store: Store;
let inst: Instance;
let admin: Session;
const URL_SETS = "/api/v1/exchange/dhis2/dataValueSets";

async function snapshot() {
  return inst.db.query(
    `select i.code, o.code as ou, d.period, d.disagg, d.value, d.numerator, d.denominator, d.comment
       from data_value d join indicator i on i.id = d.indicator_id join org_unit o on o.id = d.org_unit_id
      order by 1, 2, 3, 4`,
  );
}

beforeAll(async () => {
  store = await createStore();
  inst = await startInstance(store, { catalogue: true });
  admin = await inst.login("admin");
  await insertIndicator(inst.db, {
    code: "HS_THEO_GIOI",
    name: "Số học sinh theo giới tính",
    unit: "người",
    valueType: "integer",
    aggregation: "sum",
    periodType: "year",
    formula: null,
    direction: "up",
    decimals: 0,
    scale: 1,
    minValue: 0,
    maxValue: null,
    numeratorLabel: null,
    denominatorLabel: null,
    reporterKinds: ["commune"],
    disaggregation: {
      dimension: "gioi_tinh",
      options: [
        { code: "NAM", name: "Nam" },
        { code: "NU", name: "Nữ" },
      ],
    },
    dueDays: 10,
    ownerUnitId: null,
    monitorUnitId: null,
    source: null,
    definition: null,
    isPublic: false,
    groups: ["KTXH_NGAY_THANG"],
  });
  const rows = [
    {
      indicator: "TTHC_HS_TRUC_TUYEN",
      orgUnit: "X-LANG-GIANG",
      period: "202501",
      numerator: 40,
      denominator: 50,
      comment: "Số liệu tháng 1",
    },
    {
      indicator: "TTHC_HS_TRUC_TUYEN",
      orgUnit: "X-TIEN-LUC",
      period: "202501",
      numerator: 33,
      denominator: 60,
    },
    { indicator: "TTHC_TONG_HO_SO", orgUnit: "X-LANG-GIANG", period: "202501", value: 410 },
    { indicator: "TTHC_TONG_HO_SO", orgUnit: "X-LANG-GIANG", period: "202502", value: 388 },
    {
      indicator: "DN_NEN_TANG_SO",
      orgUnit: "X-LANG-GIANG",
      period: "2025Q1",
      numerator: 12,
      denominator: 30,
    },
    { indicator: "HS_THEO_GIOI", orgUnit: "X-LANG-GIANG", period: "2025", disagg: "NAM", value: 1200 },
    { indicator: "HS_THEO_GIOI", orgUnit: "X-LANG-GIANG", period: "2025", disagg: "NU", value: 1180 },
  ];
  const res = await admin.req({ method: "POST", url: "/api/v1/data-values/bulk", payload: { rows } });
  expect(res.statusCode, res.body).toBe(200);
});
afterAll(async () => {
  await inst?.stop();
  await store?.drop();
});

describe("DHIS2 dataValueSets", () => {
  it("exports stored values by code, ratios as .NUM/.DEN, disaggregations as category option combos", async () => {
    const res = await admin.req({
      method: "GET",
      url: `${URL_SETS}?dataSet=TTHC&orgUnit=X-LANG-GIANG&period=202501`,
    });
    expect(res.statusCode, res.body).toBe(200);
    const values = res.json().dataValues as {
      dataElement: string;
      value: string;
      period: string;
      orgUnit: string;
      comment?: string;
    }[];
    expect(values.map((v) => `${v.dataElement}=${v.value}`).sort()).toEqual([
      "TTHC_HS_TRUC_TUYEN.DEN=50",
      "TTHC_HS_TRUC_TUYEN.NUM=40",
      "TTHC_TONG_HO_SO=410",
    ]);
    expect(values.find((v) => v.dataElement === "TTHC_HS_TRUC_TUYEN.NUM")?.comment).toBe("Số liệu tháng 1");
    const dis = await admin.req({
      method: "GET",
      url: `${URL_SETS}?dataElement=HS_THEO_GIOI&orgUnit=BN&children=true&startDate=2025-01-01&endDate=2025-12-31`,
    });
    expect(
      dis
        .json()
        .dataValues.map(
          (v: { categoryOptionCombo: string; value: string }) => `${v.categoryOptionCombo}=${v.value}`,
        )
        .sort(),
    ).toEqual(["NAM=1200", "NU=1180"]);
  });

  it("round trip: export then import gives the same values", async () => {
    const exported = (
      await admin.req({
        method: "GET",
        url: `${URL_SETS}?dataElement=TTHC_HS_TRUC_TUYEN,TTHC_TONG_HO_SO,DN_NEN_TANG_SO,HS_THEO_GIOI&orgUnit=BN&children=true&startDate=2024-01-01&endDate=2025-12-31`,
      })
    ).json();
    expect(exported.dataValues).toHaveLength(10);
    const before = await snapshot();
    // Importing what was exported changes nothing.
    const again = await admin.req({ method: "POST", url: URL_SETS, payload: exported });
    expect(again.json()).toMatchObject({
      status: "SUCCESS",
      importCount: { imported: 0, updated: 0, ignored: 10, deleted: 0 },
    });
    // Into an empty store it recreates every value.
    await inst.db.query("delete from data_value");
    const res = await admin.req({ method: "POST", url: URL_SETS, payload: exported });
    expect(res.statusCode, res.body).toBe(200);
    expect(res.json()).toMatchObject({
      responseType: "ImportSummary",
      status: "SUCCESS",
      importCount: { imported: 10, updated: 0, ignored: 0, deleted: 0 },
      conflicts: [],
    });
    expect(await snapshot()).toEqual(before);
  });

  it("updates one ratio part, taking the other from the stored value", async () => {
    const res = await admin.req({
      method: "POST",
      url: URL_SETS,
      payload: {
        dataValues: [
          { dataElement: "TTHC_HS_TRUC_TUYEN.NUM", period: "202501", orgUnit: "X-TIEN-LUC", value: "45" },
        ],
      },
    });
    expect(res.json()).toMatchObject({ status: "SUCCESS", importCount: { imported: 0, updated: 1 } });
    const [row] = await inst.db.query<{ numerator: number; denominator: number; value: number }>(
      "select numerator, denominator, value from data_value d join org_unit o on o.id = d.org_unit_id where o.code = 'X-TIEN-LUC' and period = '202501'",
    );
    expect(row).toEqual({ numerator: 45, denominator: 60, value: 75 });
  });

  it("lists every conflict DHIS2-style and imports nothing", async () => {
    const before = await snapshot();
    const payload = {
      dataValues: [
        { dataElement: "TTHC_TONG_HO_SO", period: "202503", orgUnit: "X-LANG-GIANG", value: "500" },
        { dataElement: "KHONG_CO", period: "202503", orgUnit: "X-LANG-GIANG", value: "1" },
        { dataElement: "TTHC_TONG_HO_SO", period: "202503", orgUnit: "X-KHONG-CO", value: "1" },
        { dataElement: "TTHC_TONG_HO_SO", period: "2025-03", orgUnit: "X-LANG-GIANG", value: "1" },
        { dataElement: "TTHC_TONG_HO_SO", period: "202503B", orgUnit: "X-TIEN-LUC", value: "1" },
        { dataElement: "TTHC_TONG_HO_SO", period: "2025Q1", orgUnit: "X-TIEN-LUC", value: "1" },
        { dataElement: "TTHC_HS_TRUC_TUYEN", period: "202503", orgUnit: "X-LANG-GIANG", value: "80" },
        { dataElement: "TTHC_TONG_HO_SO", period: "202504", orgUnit: "X-LANG-GIANG", value: "nhiều" },
        { dataElement: "TTHC_TONG_HO_SO", period: "202505", orgUnit: "X-LANG-GIANG", value: "" },
      ],
    };
    const res = await admin.req({ method: "POST", url: URL_SETS, payload });
    expect(res.statusCode).toBe(409);
    const s = res.json();
    expect(s.status).toBe("ERROR");
    expect(s.importCount).toEqual({ imported: 0, updated: 0, ignored: 9, deleted: 0 });
    const objects = s.conflicts.map((c: { object: string }) => c.object);
    for (const o of [
      "KHONG_CO",
      "X-KHONG-CO",
      "2025-03",
      "202503B",
      "2025Q1",
      "TTHC_HS_TRUC_TUYEN",
      "nhiều",
      "TTHC_TONG_HO_SO",
    ])
      expect(objects, o).toContain(o);
    expect(s.conflicts.find((c: { object: string }) => c.object === "2025-03").value).toContain(
      "202501, 2025Q1",
    );
    expect(await snapshot()).toEqual(before);
  });

  it("refuses id schemes other than CODE and checks the caller's units", async () => {
    const uid = await admin.req({
      method: "POST",
      url: `${URL_SETS}?idScheme=UID`,
      payload: { dataValues: [] },
    });
    expect(uid.statusCode).toBe(400);
    expect(uid.json().error.code).toBe("DHIS2_ID_SCHEME_UNSUPPORTED");
    const officer = await inst.login("canbo.xa2"); // officer of X-LANG-GIANG
    const res = await officer.req({
      method: "POST",
      url: URL_SETS,
      payload: {
        dataValues: [{ dataElement: "TTHC_TONG_HO_SO", period: "202506", orgUnit: "X-TIEN-LUC", value: "3" }],
      },
    });
    expect(res.statusCode).toBe(409);
    expect(res.json().conflicts[0]).toMatchObject({ object: "X-TIEN-LUC" });
    const probe = await officer.req({
      method: "POST",
      url: URL_SETS,
      payload: {
        dataValues: [
          { dataElement: "TTHC_HS_TRUC_TUYEN.NUM", period: "202501", orgUnit: "X-TIEN-LUC", value: "45" },
          { dataElement: "TTHC_HS_TRUC_TUYEN.DEN", period: "202501", orgUnit: "X-TIEN-LUC", value: "60" },
        ],
      },
    });
    expect(probe.statusCode).toBe(409); // equal to what is stored, yet refused: no probing other units
    const own = await officer.req({
      method: "POST",
      url: URL_SETS,
      payload: {
        dataValues: [
          { dataElement: "TTHC_TONG_HO_SO", period: "202506", orgUnit: "X-LANG-GIANG", value: "3" },
        ],
      },
    });
    expect(own.json()).toMatchObject({ status: "SUCCESS", importCount: { imported: 1 } });
    const dry = await officer.req({
      method: "POST",
      url: `${URL_SETS}?dryRun=true`,
      payload: {
        dataValues: [
          { dataElement: "TTHC_TONG_HO_SO", period: "202507", orgUnit: "X-LANG-GIANG", value: "4" },
        ],
      },
    });
    expect(dry.json()).toMatchObject({
      status: "SUCCESS",
      importOptions: { dryRun: true },
      importCount: { imported: 1 },
    });
    const stored = await inst.db.query("select 1 from data_value where period = '202507'");
    expect(stored).toHaveLength(0);
  });
});
