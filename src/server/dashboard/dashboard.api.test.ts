import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { compareFigures, dashboardFiguresSql, figuresOf } from "../../../bench/dashboard-sql";
import { inspectDocx } from "../documents/docx-inspect";
import { indicatorsCapability } from "../indicators";
import { createTestApp, type TestApp, type TestSession } from "../testing/test-app";
import { dashboardCapability, dashboardData } from "./index";

// The dashboard on the demo province: every figure checked against the analytics API (the one way
// figures are read), statuses against the targets API, and the scope of a ward officer.

let t: TestApp;
let leader: TestSession;
let wardOfficer: TestSession;
let bn: number;
let ward: number;

beforeAll(async () => {
  t = await createTestApp({ capabilities: [indicatorsCapability, dashboardCapability], seed: true });
  leader = await t.login("lanhdao");
  wardOfficer = await t.login("canbo.xa");
  bn = await t.unitId("BN");
  ward = await t.unitId("P-BAC-GIANG");
}, 120_000);
afterAll(async () => t?.close());

const get = async (s: TestSession, url: string) => {
  const res = await s.req({ method: "GET", url: `/api/v1${url}` });
  return { status: res.statusCode, body: res.json() };
};

interface TileJson {
  indicator: { code: string };
  period: string;
  value: number | null;
  previous: { period: string; value: number | null };
  lastYear: { period: string; value: number | null };
  sparkline: { period: string; value: number | null }[];
  status: string | null;
  target: { id: number } | null;
}

/** Values per indicator and period from GET /analytics, for one unit. */
async function analyticsFor(s: TestSession, codes: string[], unit: number, periods: string[]) {
  const a = await get(
    s,
    `/analytics?indicators=${codes.join(",")}&ou=${unit}&periods=${[...new Set(periods)].join(",")}`,
  );
  expect(a.status).toBe(200);
  return new Map<string, number | null>(
    a.body.rows.map((r: { indicator: string; period: string; value: number | null }) => [
      `${r.indicator}|${r.period}`,
      r.value,
    ]),
  );
}

describe("overview tiles", () => {
  it("show for the province exactly what GET /analytics gives: value, previous period, same period last year, sparkline", async () => {
    const o = await get(leader, "/dashboard/overview");
    expect(o.status).toBe(200);
    expect(o.body.unit.code).toBe("BN");
    const tiles = o.body.tiles as TileJson[];
    expect(tiles.length).toBeGreaterThanOrEqual(15);
    for (const tile of tiles) {
      const periods = [
        tile.period,
        tile.previous.period,
        tile.lastYear.period,
        ...tile.sparkline.map((p) => p.period),
      ];
      const a = await analyticsFor(leader, [tile.indicator.code], bn, periods);
      expect(tile.value, tile.indicator.code).toBe(a.get(`${tile.indicator.code}|${tile.period}`) ?? null);
      expect(tile.previous.value).toBe(a.get(`${tile.indicator.code}|${tile.previous.period}`) ?? null);
      expect(tile.lastYear.value).toBe(a.get(`${tile.indicator.code}|${tile.lastYear.period}`) ?? null);
      for (const p of tile.sparkline)
        expect(p.value).toBe(a.get(`${tile.indicator.code}|${p.period}`) ?? null);
    }
    const online = tiles.find((x) => x.indicator.code === "TTHC_HS_TRUC_TUYEN") as TileJson;
    expect(online.value).not.toBeNull();
    expect(online.sparkline).toHaveLength(13);
  });

  it("judge targets as GET /targets/status does", { timeout: 60_000 }, async () => {
    const o = await get(leader, "/dashboard/overview?groups=TTHC");
    const tiles = (o.body.tiles as TileJson[]).filter((x) => x.target);
    expect(tiles.length).toBeGreaterThan(3);
    const s = await get(leader, `/targets/status?asOf=${o.body.asOf}`);
    for (const tile of tiles) {
      const item = s.body.items.find((i: { target: { id: number } }) => i.target.id === tile.target?.id);
      const own = item.units.find((u: { orgUnitId: number }) => u.orgUnitId === bn);
      expect(tile.status, tile.indicator.code).toBe(own.status);
    }
  });

  it("give each child unit its figure for the map, equal to GET /analytics", async () => {
    const o = await get(leader, "/dashboard/overview?indicators=TTHC_HS_TRUC_TUYEN,THU_NSNN");
    const period = o.body.tiles[0].period;
    const wards = o.body.children.filter((c: { kind: string }) => c.kind === "ward" || c.kind === "commune");
    expect(wards).toHaveLength(40);
    const a = await get(
      leader,
      `/analytics?indicators=TTHC_HS_TRUC_TUYEN&ou=children:${bn}&periods=${period}`,
    );
    for (const c of wards) {
      const row = a.body.rows.find((r: { orgUnitId: number }) => r.orgUnitId === c.id);
      expect(c.values.TTHC_HS_TRUC_TUYEN).toBe(row?.value ?? null);
    }
  });

  it("for a ward officer: their ward by default, the same numbers as /analytics, and nothing above it", async () => {
    const o = await get(wardOfficer, "/dashboard/overview?indicators=TTHC_HS_TRUC_TUYEN,TTHC_TONG_HO_SO");
    expect(o.status).toBe(200);
    expect(o.body.unit.code).toBe("P-BAC-GIANG");
    expect(o.body.children).toEqual([]);
    for (const tile of o.body.tiles as TileJson[]) {
      const a = await analyticsFor(wardOfficer, [tile.indicator.code], ward, [tile.period]);
      expect(tile.value).toBe(a.get(`${tile.indicator.code}|${tile.period}`));
    }
    for (const url of [
      `/dashboard/overview?unit=${bn}`,
      `/dashboard/drill?unit=${bn}&indicator=TTHC_HS_TRUC_TUYEN`,
      `/dashboard/ranking?unit=${bn}`,
      `/dashboard/forecasts?unit=${bn}`,
      `/dashboard/panels?unit=${bn}`,
      `/dashboard/geo?unit=${bn}`,
      `/dashboard/brief.docx?unit=${bn}`,
      `/dashboard/overview?unit=${await t.unitId("X-LANG-GIANG")}`,
    ]) {
      const res = await wardOfficer.req({ method: "GET", url: `/api/v1${url}` });
      expect(res.statusCode, url).toBe(403);
    }
  });

  it("works as a plain function on a unit id (the benchmark's entry) with the same figures", async () => {
    const o = await get(leader, "/dashboard/overview");
    const direct = await dashboardData(t.db, bn, { asOf: o.body.asOf });
    expect(direct.tiles.map((x) => [x.indicator.code, x.value, x.previous.value])).toEqual(
      (o.body.tiles as TileJson[]).map((x) => [x.indicator.code, x.value, x.previous.value]),
    );
    const bare = await dashboardData(t.db, bn, { asOf: o.body.asOf, targets: false });
    expect(bare.tiles.every((x) => x.status === null)).toBe(true);
  });

  it("gives the same figures as the benchmark's hand-written SQL", async () => {
    for (const unit of [bn, ward]) {
      const app = await dashboardData(t.db, unit, { targets: false });
      const codes = app.tiles.filter((x) => x.indicator.code !== "TTHC_TRE_HAN").map((x) => x.indicator.code);
      const viaApp = figuresOf(await dashboardData(t.db, unit, { targets: false, indicators: codes }));
      const viaSql = await dashboardFiguresSql(t.db, unit, { indicators: codes });
      expect(viaSql.tiles.length).toBe(codes.length);
      expect(compareFigures(viaApp, viaSql)).toEqual([]);
    }
  });

  it("refuses a malformed period with a Vietnamese message", async () => {
    const res = await get(leader, "/dashboard/overview?period=2026-13");
    expect(res.status).toBe(400);
    const bad = await get(leader, "/dashboard/overview?period=202613");
    expect(bad.status).toBe(422);
    expect(bad.body.error.message).toMatch(/không hợp lệ/);
  });

  it("shows the dashboard as it stood at the end of a chosen month", async () => {
    const o = await get(leader, "/dashboard/overview?indicators=TTHC_HS_TRUC_TUYEN&period=202603");
    expect(o.body.asOf).toBe("2026-04-01");
    expect(o.body.tiles[0].period).toBe("202603");
    expect(o.body.tiles[0].previous.period).toBe("202602");
    expect(o.body.tiles[0].lastYear.period).toBe("202503");
  });
});

describe("drill-down", () => {
  it("goes from the province to its units and to the stored figures behind a unit's number", async () => {
    const d = await get(leader, "/dashboard/drill?indicator=TTHC_HS_TRUC_TUYEN");
    expect(d.status).toBe(200);
    const kids = d.body.children.filter((c: { value: number | null }) => c.value !== null);
    expect(kids).toHaveLength(40);
    // Σ numerators / Σ denominators of the units is the province's figure.
    const num = kids.reduce((s: number, c: { numerator: number }) => s + c.numerator, 0);
    const den = kids.reduce((s: number, c: { denominator: number }) => s + c.denominator, 0);
    expect(d.body.value).toBeCloseTo((num / den) * 100, 3);
    expect(kids.every((c: { status: string | null }) => c.status !== null)).toBe(true);
    // Down to the ward, then to the rows its officers entered.
    const w = await get(
      leader,
      `/dashboard/drill?indicator=TTHC_HS_TRUC_TUYEN&unit=${ward}&period=${d.body.period}`,
    );
    expect(w.body.breadcrumbs.map((b: { code: string }) => b.code)).toEqual(["BN", "P-BAC-GIANG"]);
    expect(w.body.stored).toHaveLength(1);
    expect(w.body.stored[0]).toMatchObject({
      orgUnitCode: "P-BAC-GIANG",
      period: d.body.period,
      numerator: w.body.numerator,
      denominator: w.body.denominator,
    });
    expect(["draft", "submitted", "approved"]).toContain(w.body.stored[0].status);
  });

  it("lists every stored row behind a province figure, and they add up to it", async () => {
    const d = await get(leader, "/dashboard/drill?indicator=TTHC_TONG_HO_SO&period=202506");
    expect(d.body.stored.length).toBeGreaterThanOrEqual(40);
    const total = d.body.stored.reduce((s: number, r: { value: number }) => s + r.value, 0);
    expect(total).toBe(d.body.value);
    // Before the merger: the former wards' rows count under the province too.
    expect(d.body.stored.some((r: { orgUnitCode: string }) => r.orgUnitCode.endsWith("-CU"))).toBe(true);
  });
});

describe("rankings", () => {
  it("rank child units on one indicator, best first, with movement since the last period", async () => {
    const r = await get(leader, "/dashboard/ranking?indicator=TTHC_DUNG_HAN");
    expect(r.status).toBe(200);
    expect(r.body.mode).toBe("indicator");
    const items = r.body.items as { value: number; rank: number; previousRank: number; movement: number }[];
    expect(items).toHaveLength(40);
    for (let i = 1; i < items.length; i++) expect(items[i].value).toBeLessThanOrEqual(items[i - 1].value);
    expect(items[0].rank).toBe(1);
    for (const i of items) expect(i.movement).toBe(i.previousRank - i.rank);
  });

  it("rank on a composite score whose weights can be changed", async () => {
    const cds = await get(leader, "/dashboard/ranking");
    expect(cds.body.mode).toBe("score");
    expect(cds.body.weights.length).toBe(7);
    const custom = await get(leader, "/dashboard/ranking?weights=TTHC_HS_TRUC_TUYEN:1,TTHC_DUNG_HAN:0");
    expect(custom.body.title).toMatch(/tùy chỉnh/);
    // All weight on one rate: each unit's score is its share of the ward/commune target (≥ 75 %), capped at 100.
    const single = await get(leader, "/dashboard/ranking?indicator=TTHC_HS_TRUC_TUYEN");
    const valueById = new Map(
      single.body.items.map((item: { id: number; value: number }) => [item.id, item.value]),
    );
    for (const item of custom.body.items as { id: number; value: number }[])
      expect(item.value).toBeCloseTo(Math.min(100, ((valueById.get(item.id) as number) / 75) * 100), 1);
    const bad = await get(leader, "/dashboard/ranking?weights=TTHC_HS_TRUC_TUYEN:abc");
    expect(bad.status).toBe(422);
    expect(bad.body.error.code).toBe("DASHBOARD_INVALID_WEIGHTS");
  });
});

describe("forecasts", () => {
  it("project every target of the province to the end of its period, with an interval and an at-risk flag", async () => {
    const f = await get(leader, "/dashboard/forecasts");
    expect(f.status).toBe(200);
    expect(f.body.items.length).toBeGreaterThanOrEqual(10);
    for (const x of f.body.items) {
      expect(x.method).toBe("holt-winters"); // 30 months of demo history: the seasonal model
      expect(x.lower).toBeLessThanOrEqual(x.projected + 1e-9);
      expect(x.upper).toBeGreaterThanOrEqual(x.projected - 1e-9);
      expect(typeof x.atRisk).toBe("boolean");
      expect(x.explanation).toMatch(x.atRisk ? /có nguy cơ không đạt/ : /đạt chỉ tiêu/);
    }
    // At-risk targets come first.
    const flags = f.body.items.map((x: { atRisk: boolean }) => x.atRisk);
    expect(flags).toEqual([...flags].sort((a, b) => Number(b) - Number(a)));
  });
});

describe("meeting brief", () => {
  it("downloads as an NĐ 30 .docx with key figures, targets at risk, tasks and two charts", async () => {
    const res = await leader.req({ method: "GET", url: "/api/v1/dashboard/brief.docx" });
    expect(res.statusCode).toBe(200);
    expect(res.headers["content-type"]).toContain("wordprocessingml");
    expect(String(res.headers["content-disposition"])).toMatch(
      /attachment; filename="bao-cao-phien-hop-bn-\d{6}\.docx"/,
    );
    const doc = inspectDocx(res.rawPayload);
    expect(doc.text).toContain("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM");
    expect(doc.text).toContain("UBND TỈNH BẮC NINH");
    expect(doc.text).toMatch(/I\. CÁC CHỈ TIÊU CHỦ YẾU/);
    expect(doc.text).toMatch(/II\. CÁC CHỈ TIÊU CÓ NGUY CƠ KHÔNG ĐẠT/);
    expect(doc.text).toMatch(/TÌNH HÌNH THỰC HIỆN NHIỆM VỤ/);
    expect(doc.fonts).toEqual(["Times New Roman"]);
    expect(doc.media).toHaveLength(2);
    const row = doc.tables.flat().find((r) => r[1]?.startsWith("Tỷ lệ hồ sơ trực tuyến"));
    const o = await get(leader, "/dashboard/overview?indicators=TTHC_HS_TRUC_TUYEN");
    const v = o.body.tiles[0].value as number;
    expect(row?.[3]).toBe(v.toFixed(1).replace(".", ","));
  });
});
