// Open data (public, no login) and the CSV/XLSX/JSON exports.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { readXlsxRows } from "../documents/xlsx-table";
import { createStore, type Instance, type Session, type Store, startInstance } from "./exchange.test-helpers";

let store: Store;
let inst: Instance;
let admin: Session;
const anon = (url: string) => inst.app.inject({ method: "GET", url });

beforeAll(async () => {
  store = await createStore();
  inst = await startInstance(store, { catalogue: true });
  admin = await inst.login("admin");
  await inst.db.query("update indicator set is_public = false where code = 'THU_NSNN'");
  const rows = [
    {
      indicator: "TTHC_HS_TRUC_TUYEN",
      orgUnit: "X-LANG-GIANG",
      period: "202501",
      numerator: 40,
      denominator: 50,
    },
    {
      indicator: "TTHC_HS_TRUC_TUYEN",
      orgUnit: "X-TIEN-LUC",
      period: "202501",
      numerator: 20,
      denominator: 50,
    },
    {
      indicator: "TTHC_HS_TRUC_TUYEN",
      orgUnit: "X-LANG-GIANG",
      period: "202502",
      numerator: 45,
      denominator: 50,
    },
    { indicator: "THU_NSNN", orgUnit: "STC", period: "202501", value: 2500 },
  ];
  expect(
    (await admin.req({ method: "POST", url: "/api/v1/data-values/bulk", payload: { rows } })).statusCode,
  ).toBe(200);
  // Only approved figures are published: approve January, leave February unapproved.
  const keys = rows
    .filter((r) => r.period === "202501")
    .map(({ indicator, orgUnit, period }) => ({ indicator, orgUnit, period }));
  expect(
    (
      await admin.req({
        method: "POST",
        url: "/api/v1/data-values/status",
        payload: { action: "approve", keys },
      })
    ).statusCode,
  ).toBe(200);
});
afterAll(async () => {
  await inst?.stop();
  await store?.drop();
});

describe("open data", () => {
  it("lists public indicators without login, with metadata and last update", async () => {
    const res = await anon("/api/v1/open/indicators");
    expect(res.statusCode).toBe(200);
    const items = res.json().items as {
      code: string;
      latestPeriod: string | null;
      lastUpdated: string | null;
    }[];
    expect(items.map((i) => i.code)).toContain("TTHC_HS_TRUC_TUYEN");
    expect(items.map((i) => i.code)).not.toContain("THU_NSNN");
    const meta = (await anon("/api/v1/open/indicators/TTHC_HS_TRUC_TUYEN")).json().item;
    expect(meta).toMatchObject({
      code: "TTHC_HS_TRUC_TUYEN",
      unit: "%",
      source: "Hệ thống thông tin giải quyết TTHC tỉnh",
      latestPeriod: "202501",
      ownerUnit: "Văn phòng Ủy ban nhân dân tỉnh",
    });
    expect(meta.definition).toContain("Tử số");
    expect(meta.lastUpdated).toMatch(/^\d{4}-\d{2}-\d{2}T/);
    expect((await anon("/api/v1/open/indicators/THU_NSNN")).statusCode).toBe(404);
  });

  it("serves approved aggregates at province and commune level as JSON and CSV", async () => {
    const prov = (
      await anon("/api/v1/open/indicators/TTHC_HS_TRUC_TUYEN/data?level=province&periods=202501,202502")
    ).json();
    // Ratio of sums: (40 + 20) / (50 + 50); February is not approved and stays out.
    expect(prov.rows).toEqual([
      expect.objectContaining({
        period: "202501",
        orgUnitCode: "BN",
        value: 60,
        numerator: 60,
        denominator: 100,
      }),
    ]);
    const communes = (await anon("/api/v1/open/indicators/TTHC_HS_TRUC_TUYEN/data?level=commune")).json();
    expect(
      communes.rows.map((r: { orgUnitCode: string; value: number }) => `${r.orgUnitCode}=${r.value}`),
    ).toEqual(["X-LANG-GIANG=80", "X-TIEN-LUC=40"]);
    const csv = await anon("/api/v1/open/indicators/TTHC_HS_TRUC_TUYEN/data?level=commune&format=csv");
    expect(csv.headers["content-type"]).toContain("text/csv");
    const lines = csv.body
      .replace(/^\uFEFF/, "")
      .trim()
      .split("\r\n");
    expect(lines[0]).toBe(
      "indicator,period,periodLabel,orgUnitCode,orgUnitName,value,numerator,denominator,unit",
    );
    expect(lines[1]).toBe("TTHC_HS_TRUC_TUYEN,202501,Tháng 1/2025,X-LANG-GIANG,Xã Lạng Giang,80,40,50,%");
    expect((await anon("/api/v1/open/indicators/TTHC_HS_TRUC_TUYEN/data?level=district")).statusCode).toBe(
      400,
    );
    expect((await anon("/api/v1/open/indicators/THU_NSNN/data")).statusCode).toBe(404);
  });

  it("publishes a DCAT catalogue in JSON-LD", async () => {
    const res = await inst.app.inject({
      method: "GET",
      url: "/api/v1/open/catalog",
      headers: { host: "dulieu.bacninh.gov.vn" },
    });
    expect(res.headers["content-type"]).toContain("application/ld+json");
    const cat = res.json();
    expect(cat["@type"]).toBe("dcat:Catalog");
    expect(cat["@context"].dcat).toBe("http://www.w3.org/ns/dcat#");
    const ds = cat["dcat:dataset"].find(
      (d: { "dct:identifier": string }) => d["dct:identifier"] === "TTHC_HS_TRUC_TUYEN",
    );
    expect(ds["@type"]).toBe("dcat:Dataset");
    expect(ds["dct:accrualPeriodicity"]["@id"]).toBe("http://purl.org/cld/freq/monthly");
    const urls = ds["dcat:distribution"].map(
      (d: { "dcat:downloadURL": { "@id": string }; "@type": string }) => d["dcat:downloadURL"]["@id"],
    );
    expect(ds["dcat:distribution"][0]["@type"]).toBe("dcat:Distribution");
    expect(urls).toContain(
      "http://dulieu.bacninh.gov.vn/api/v1/open/indicators/TTHC_HS_TRUC_TUYEN/data?level=commune&format=csv",
    );
    expect(ds["dcat:landingPage"]["@id"]).toBe("http://dulieu.bacninh.gov.vn/open-data/TTHC_HS_TRUC_TUYEN");
    expect(
      cat["dcat:dataset"].some((d: { "dct:identifier": string }) => d["dct:identifier"] === "THU_NSNN"),
    ).toBe(false);
  });
});

describe("exports", () => {
  it("exports data values in the importer's columns, limited to what the caller may read", async () => {
    const officer = await inst.login("canbo.xa2");
    const csv = await officer.req({ method: "GET", url: "/api/v1/exchange/export/data-values?format=csv" });
    expect(csv.statusCode).toBe(200);
    const lines = csv.body
      .replace(/^\uFEFF/, "")
      .trim()
      .split("\r\n");
    expect(lines[0]).toBe(
      "indicator,orgUnit,period,disagg,value,numerator,denominator,comment,status,version,updatedAt",
    );
    expect(lines.slice(1).every((l) => l.includes(",X-LANG-GIANG,"))).toBe(true);
    expect(lines).toHaveLength(3);
    const all = await admin.req({ method: "GET", url: "/api/v1/exchange/export/data-values?format=json" });
    expect(all.json().rows).toHaveLength(4);
  });

  it("exports units, indicators, targets and tasks as XLSX and JSON", async () => {
    for (const entity of ["units", "indicators", "targets", "tasks"]) {
      const json = await admin.req({ method: "GET", url: `/api/v1/exchange/export/${entity}?format=json` });
      expect(json.statusCode, `${entity} ${json.body}`).toBe(200);
      const xlsx = await admin.req({ method: "GET", url: `/api/v1/exchange/export/${entity}?format=xlsx` });
      expect(xlsx.headers["content-type"]).toContain("spreadsheetml");
      const table = await readXlsxRows(xlsx.rawPayload);
      expect(table.rows.length).toBe(json.json().rows.length);
    }
    const units = (
      await admin.req({ method: "GET", url: "/api/v1/exchange/export/units?format=json" })
    ).json().rows;
    expect(units[0]).toMatchObject({ code: "BN", kind: "province", parent_code: null });
    const bad = await admin.req({ method: "GET", url: "/api/v1/exchange/export/users?format=csv" });
    expect(bad.statusCode).toBe(400);
  });
});
