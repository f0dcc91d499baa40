// Two real instances on loopback: a commune's own dieuhanh (lower) syncing with the province's (upper).
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import {
  createStore,
  type Instance,
  type Session,
  type Store,
  startInstance,
  unitFigures,
  valueOn,
  waitFor,
} from "./exchange.test-helpers";
import { runLinkSerialized, setSyncRuntime } from "./federation.lower";

let upperStore: Store;
let lowerStore: Store;
let upper: Instance;
let lower: Instance;
let upperAdmin: Session;
let lowerAdmin: Session;
let apiKey: string;
let linkId: number;
const OWN = "X-LANG-GIANG";

const owned = (inst: Instance) => unitFigures(inst, OWN);

async function linkStatus() {
  return (await lowerAdmin.req({ method: "GET", url: `/api/v1/exchange/sync/links/${linkId}` })).json().item;
}

beforeAll(async () => {
  [upperStore, lowerStore] = await Promise.all([createStore(), createStore()]);
  [upper, lower] = await Promise.all([
    startInstance(upperStore, { catalogue: true }),
    startInstance(lowerStore, { catalogue: false }),
  ]);
  [upperAdmin, lowerAdmin] = await Promise.all([upper.login("admin"), lower.login("admin")]);
  // The province shares its own socio-economic figures down, sets a commune target, assigns a task.
  const shared = await upperAdmin.req({
    method: "POST",
    url: "/api/v1/data-values/bulk",
    payload: {
      rows: [
        { indicator: "THU_NSNN", orgUnit: "STC", period: "202501", value: 2500.5 },
        { indicator: "TTHC_TONG_HO_SO", orgUnit: OWN, period: "202401", value: 999 },
      ],
    },
  });
  expect(shared.statusCode, shared.body).toBe(200);
  const [ind] = await upper.db.query<{ id: number }>(
    "select id from indicator where code = 'TTHC_HS_TRUC_TUYEN'",
  );
  await upper.db.query(
    `insert into target (indicator_id, comparator, value, scope_kind, org_unit_id, level_kind, period, plan_ref)
     values ($1, '>=', 75, 'level', $2, 'commune', '2025', 'KH 44/KH-UBND')`,
    [ind.id, await upper.unitId("BN")],
  );
  const [plan] = await upper.db.query<{ id: number }>(
    "insert into plan (org_unit_id, doc_type, title, number) values ($1, 'KH', 'Chuyển đổi số 2025', '44/KH-UBND') returning id",
    [await upper.unitId("BN")],
  );
  await upper.db.query(
    "insert into task (plan_id, title, assigner_unit_id, lead_unit_id, deadline_kind, due_to) values ($1, 'Số hóa hồ sơ TTHC', $2, $3, 'date', '2025-12-31')",
    [plan.id, await upper.unitId("BN"), await upper.unitId(OWN)],
  );
  const client = await upperAdmin.req({
    method: "POST",
    url: "/api/v1/exchange/clients",
    payload: {
      name: "Hệ thống xã Lạng Giang",
      access: "write",
      units: [OWN],
      federation: true,
      downGroups: ["KH_KTXH_NAM"],
      rateLimitPerMinute: 100_000,
    },
  });
  expect(client.statusCode, client.body).toBe(201);
  apiKey = client.json().apiKey;
  const link = await lowerAdmin.req({
    method: "POST",
    url: "/api/v1/exchange/sync/links",
    payload: {
      name: "Tỉnh Bắc Ninh",
      upperUrl: upper.url,
      apiKey,
      ownedUnits: [OWN],
      groups: ["TTHC", "CDS"],
    },
  });
  expect(link.statusCode, link.body).toBe(201);
  linkId = link.json().item.id;
  await runLinkSerialized(lower.db, linkId, { force: true });
}, 120_000);

afterAll(async () => {
  await Promise.all([upper?.stop(), lower?.stop()]);
  await Promise.all([upperStore?.drop(), lowerStore?.drop()]);
});

describe("federation between two instances", () => {
  it("sends down definitions, targets, tasks and shared figures, never the lower's own units", async () => {
    const counts = async (i: Instance) =>
      (await i.db.query<{ n: number }>("select count(*)::int as n from indicator"))[0].n;
    expect(await counts(lower)).toBe(await counts(upper));
    const [t] = await lower.db.query<{ value: number; level_kind: string }>(
      "select value, level_kind from target",
    );
    expect(t).toMatchObject({ value: 75, level_kind: "commune" });
    const tasks = (
      await lowerAdmin.req({ method: "GET", url: `/api/v1/exchange/sync/links/${linkId}/tasks` })
    ).json().items;
    expect(tasks.map((x: { payload: { title: string } }) => x.payload.title)).toEqual(["Số hóa hồ sơ TTHC"]);
    expect(await valueOn(lower, "THU_NSNN", "STC", "202501")).toBe(2500.5);
    expect(await valueOn(lower, "TTHC_TONG_HO_SO", OWN, "202401")).toBeUndefined();
  });

  it("writes on the lower appear on the upper by themselves; other units' figures stay home", async () => {
    const officer = await lower.login("canbo.xa2");
    const res = await officer.req({
      method: "POST",
      url: "/api/v1/data-values/bulk",
      payload: {
        rows: [
          { indicator: "TTHC_HS_TRUC_TUYEN", orgUnit: OWN, period: "202502", numerator: 30, denominator: 40 },
          { indicator: "TTHC_TONG_HO_SO", orgUnit: OWN, period: "202502", value: 401 },
        ],
      },
    });
    expect(res.statusCode, res.body).toBe(200);
    const other = await lowerAdmin.req({
      method: "POST",
      url: "/api/v1/data-values/bulk",
      payload: {
        rows: [{ indicator: "TTHC_TONG_HO_SO", orgUnit: "X-TIEN-LUC", period: "202502", value: 77 }],
      },
    });
    expect(other.statusCode).toBe(200);
    await waitFor(
      async () => (await valueOn(upper, "TTHC_TONG_HO_SO", OWN, "202502")) === 401,
      20_000,
      "push to upper",
    );
    expect(await valueOn(upper, "TTHC_HS_TRUC_TUYEN", OWN, "202502")).toBe(75);
    expect(await valueOn(upper, "TTHC_TONG_HO_SO", "X-TIEN-LUC", "202502")).toBeUndefined();
    // The cursor moves once the upper's receipt is back (just after the values land there).
    await waitFor(async () => (await linkStatus()).up.queueDepth === 0, 5000, "receipt");
    expect(await linkStatus()).toMatchObject({
      state: "ok",
      up: { queueDepth: 0, lagSeconds: 0 },
      consecutiveFailures: 0,
    });
  });

  it("a replayed batch changes nothing; a stale version is ignored; a batch with a conflict is refused whole", async () => {
    const key = upper.withKey(apiKey);
    const value = {
      indicator: "TTHC_TONG_HO_SO",
      orgUnit: OWN,
      period: "202503",
      disagg: "",
      value: 10,
      numerator: null,
      denominator: null,
      comment: null,
      status: "draft",
      version: 3,
    };
    const push = (batchId: string, values: unknown[]) =>
      key.req({
        method: "POST",
        url: "/api/v1/exchange/sync/push",
        payload: { batchId, from: 0, to: 0, values },
      });
    const first = await push("test:replay", [value]);
    expect(first.json()).toMatchObject({ status: "SUCCESS", replayed: false, importCount: { imported: 1 } });
    const history = async () =>
      (await upper.db.query<{ n: number }>("select count(*)::int as n from data_value_history"))[0].n;
    const before = await history();
    const again = await push("test:replay", [{ ...value, value: 11 }]);
    expect(again.json()).toMatchObject({ status: "SUCCESS", replayed: true, importCount: { imported: 1 } });
    const stale = await push("test:stale", [{ ...value, value: 12, version: 2 }]);
    expect(stale.json()).toMatchObject({
      status: "SUCCESS",
      importCount: { imported: 0, updated: 0, ignored: 1 },
    });
    expect(await history()).toBe(before);
    expect(await valueOn(upper, "TTHC_TONG_HO_SO", OWN, "202503")).toBe(10);
    // An approved figure sent again unchanged is no conflict; a changed one is (the lock holds).
    const approve = await upperAdmin.req({
      method: "POST",
      url: "/api/v1/data-values/status",
      payload: {
        action: "approve",
        keys: [{ indicator: "TTHC_TONG_HO_SO", orgUnit: OWN, period: "202503" }],
      },
    });
    expect(approve.statusCode, approve.body).toBe(200);
    const unchanged = await push("test:approved-same", [{ ...value, version: 4 }]);
    expect(unchanged.json()).toMatchObject({
      status: "SUCCESS",
      importCount: { imported: 0, updated: 0, ignored: 1 },
    });
    const locked = await push("test:approved-changed", [{ ...value, value: 13, version: 5 }]);
    expect(locked.statusCode).toBe(409);
    expect(locked.json().conflicts[0].value).toContain("phê duyệt");
    // Outside the key's units even a figure equal to the stored one is refused: nothing leaks.
    const probe = await push("test:probe", [
      { ...value, indicator: "THU_NSNN", orgUnit: "STC", period: "202501", value: 2500.5, version: 1 },
    ]);
    expect(probe.statusCode).toBe(409);
    expect(probe.json().conflicts).toEqual([
      { object: "STC", value: expect.stringContaining("Không có quyền") },
    ]);
    const bad = await push("test:bad", [
      { ...value, period: "202504", version: 1 },
      { ...value, orgUnit: "X-TIEN-LUC", period: "202504", version: 1 },
    ]);
    expect(bad.statusCode).toBe(409);
    expect(bad.json().conflicts).toEqual([expect.objectContaining({ object: "X-TIEN-LUC" })]);
    expect(await valueOn(upper, "TTHC_TONG_HO_SO", OWN, "202504")).toBeUndefined();
  });

  it("refuses a read key and a key that is not a lower instance's", async () => {
    const mk = async (body: Record<string, unknown>) =>
      (await upperAdmin.req({ method: "POST", url: "/api/v1/exchange/clients", payload: body })).json()
        .apiKey as string;
    const readKey = await mk({ name: "Đọc", access: "read", units: [OWN], federation: true });
    const plainKey = await mk({ name: "Không liên thông", access: "write", units: [OWN] });
    const body = { batchId: "x", from: 0, to: 0, values: [] };
    const r1 = await upper
      .withKey(readKey)
      .req({ method: "POST", url: "/api/v1/exchange/sync/push", payload: body });
    expect([r1.statusCode, r1.json().error.code]).toEqual([403, "API_KEY_SCOPE"]);
    const r2 = await upper
      .withKey(plainKey)
      .req({ method: "POST", url: "/api/v1/exchange/sync/push", payload: body });
    expect([r2.statusCode, r2.json().error.code]).toEqual([403, "SYNC_NOT_FEDERATION"]);
  });

  it("pauses and resumes exactly where it stopped", async () => {
    const paused = await lowerAdmin.req({
      method: "POST",
      url: `/api/v1/exchange/sync/links/${linkId}/pause`,
    });
    expect(paused.json().item.state).toBe("paused");
    const officer = await lower.login("canbo.xa2");
    await officer.req({
      method: "POST",
      url: "/api/v1/data-values/bulk",
      payload: { rows: [{ indicator: "TTHC_TONG_HO_SO", orgUnit: OWN, period: "202505", value: 505 }] },
    });
    await new Promise((r) => setTimeout(r, 400));
    expect(await valueOn(upper, "TTHC_TONG_HO_SO", OWN, "202505")).toBeUndefined();
    expect((await linkStatus()).up.queueDepth).toBe(1);
    await lowerAdmin.req({ method: "POST", url: `/api/v1/exchange/sync/links/${linkId}/resume` });
    await waitFor(
      async () => (await valueOn(upper, "TTHC_TONG_HO_SO", OWN, "202505")) === 505,
      20_000,
      "resume",
    );
  });

  it("survives the upper dying mid-sync (before and after commit): no value lost, none doubled", async () => {
    // Watch the upper's receipts as the lower gets them.
    const receipts: { batchId: string; replayed: boolean }[] = [];
    setSyncRuntime(lower.db, {
      pushBatch: 150,
      fetchImpl: async (input, init) => {
        const res = await fetch(input, init);
        if (String(input).endsWith("/sync/push")) receipts.push(await res.clone().json());
        return res;
      },
    });
    await lowerAdmin.req({ method: "POST", url: `/api/v1/exchange/sync/links/${linkId}/pause` });
    const batchCount = async () =>
      (await upper.db.query<{ n: number }>("select count(*)::int as n from sync_batch"))[0].n;
    const batchesBefore = await batchCount();
    const rows = [];
    for (let y = 2015; y <= 2024; y++)
      for (let m = 1; m <= 12; m++)
        for (const ind of [
          "TTHC_HS_TRUC_TUYEN",
          "TTHC_DUNG_HAN",
          "PAKN_DUNG_HAN",
          "TTHC_SO_HOA",
          "TTHC_HAI_LONG",
        ])
          rows.push({
            indicator: ind,
            orgUnit: OWN,
            period: `${y}${String(m).padStart(2, "0")}`,
            numerator: m,
            denominator: 20 + y - 2015,
          });
    const write = await lowerAdmin.req({
      method: "POST",
      url: "/api/v1/data-values/bulk",
      payload: { rows },
    });
    expect(write.statusCode, write.body).toBe(200);
    const port = upper.port;
    let pushes = 0;
    const crashOn = (inst: Instance, nth: number, when: "before" | "after") => {
      pushes = 0;
      inst.fault.plan = (req, phase) => {
        if (!req.url.endsWith("/sync/push") || phase !== when) return false;
        return ++pushes === nth;
      };
    };
    // First death: while receiving the 2nd batch, before anything of it is committed.
    crashOn(upper, 2, "before");
    await lowerAdmin.req({ method: "POST", url: `/api/v1/exchange/sync/links/${linkId}/resume` });
    await waitFor(async () => (await linkStatus()).consecutiveFailures > 0, 20_000, "first failure");
    await upper.fault.stopped;
    upper = await startInstance(upperStore, { port });
    // Second death: the 3rd batch after the restart is committed, but the answer never arrives.
    crashOn(upper, 3, "after");
    await runLinkSerialized(lower.db, linkId, { force: true });
    expect((await linkStatus()).state).toBe("failing");
    await upper.fault.stopped;
    upper = await startInstance(upperStore, { port });
    upperAdmin = await upper.login("admin");
    const report = await runLinkSerialized(lower.db, linkId, { force: true });
    expect(report.error).toBeUndefined();
    const status = await linkStatus();
    expect(status).toMatchObject({ state: "ok", up: { queueDepth: 0 } });
    expect(status.lastError).toBeTruthy();
    // Converged: the upper holds exactly the lower's figures for the unit the lower owns (besides the
    // two written straight on the upper earlier in this file)...
    const [l, u] = await Promise.all([owned(lower), owned(upper)]);
    const writtenOnUpper = (r: { code: string; period: string }) =>
      r.code === "TTHC_TONG_HO_SO" && (r.period === "202401" || r.period === "202503");
    expect(u.filter((r) => !writtenOnUpper(r))).toEqual(l);
    expect(l.length).toBeGreaterThanOrEqual(rows.length);
    // ...and applied each of the 600 new figures once: one history row each, no replays doubled.
    const [{ n }] = await upper.db.query<{ n: number }>(
      `select count(*)::int as n from data_value_history h join org_unit o on o.id = h.org_unit_id join indicator i on i.id = h.indicator_id
        where o.code = $1 and h.period between '201501' and '202412' and i.code = any($2::text[])`,
      [OWN, ["TTHC_HS_TRUC_TUYEN", "TTHC_DUNG_HAN", "PAKN_DUNG_HAN", "TTHC_SO_HOA", "TTHC_HAI_LONG"]],
    );
    expect(n).toBe(rows.length);
    const dup = await upper.db.query(
      "select batch_id from sync_batch group by peer, batch_id having count(*) > 1",
    );
    expect(dup).toEqual([]);
    // The batch whose receipt was lost was sent again and answered from the first application.
    expect(receipts.filter((r) => r.replayed)).toHaveLength(1);
    // Every batch was applied exactly once: those answered, plus the one whose answer was lost.
    expect((await batchCount()) - batchesBefore).toBe(receipts.filter((r) => !r.replayed).length + 1);
  }, 120_000);
  it("survives the lower dying after the upper applied a batch, and its restart: none lost, none doubled", async () => {
    const MINE = ["TTHC_HS_TRUC_TUYEN", "TTHC_DUNG_HAN", "PAKN_DUNG_HAN"];
    let pushes = 0;
    // The lower "dies" right after the upper answered its 2nd batch: the receipt is never recorded.
    setSyncRuntime(lower.db, {
      pushBatch: 100,
      fetchImpl: async (input, init) => {
        const res = await fetch(input, init);
        if (String(input).endsWith("/sync/push") && ++pushes === 2) throw new Error("tiến trình bị dừng");
        return res;
      },
    });
    await lowerAdmin.req({ method: "POST", url: `/api/v1/exchange/sync/links/${linkId}/pause` });
    const rows = [];
    for (let y = 2030; y <= 2039; y++)
      for (let m = 1; m <= 10; m++)
        for (const ind of MINE)
          rows.push({
            indicator: ind,
            orgUnit: OWN,
            period: `${y}${String(m).padStart(2, "0")}`,
            numerator: y - 2030,
            denominator: 10,
          });
    expect(
      (await lowerAdmin.req({ method: "POST", url: "/api/v1/data-values/bulk", payload: { rows } }))
        .statusCode,
    ).toBe(200);
    await lowerAdmin.req({ method: "POST", url: `/api/v1/exchange/sync/links/${linkId}/resume` });
    await waitFor(
      async () => pushes >= 2 && (await linkStatus()).consecutiveFailures > 0,
      20_000,
      "lost receipt",
    );
    await lower.stop();
    lower = await startInstance(lowerStore);
    lowerAdmin = await lower.login("admin");
    const report = await runLinkSerialized(lower.db, linkId, { force: true });
    expect(report.error).toBeUndefined();
    expect((await linkStatus()).up.queueDepth).toBe(0);
    const [{ n }] = await upper.db.query<{ n: number }>(
      `select count(*)::int as n from data_value_history h join org_unit o on o.id = h.org_unit_id join indicator i on i.id = h.indicator_id
        where o.code = $1 and h.period between '203001' and '203912' and i.code = any($2::text[])`,
      [OWN, MINE],
    );
    expect(n).toBe(rows.length);
    const [l, u] = await Promise.all([owned(lower), owned(upper)]);
    const recent = (r: { period: string }) => r.period >= "203001";
    expect(u.filter(recent)).toEqual(l.filter(recent));
    expect(l.filter(recent)).toHaveLength(rows.length);
  }, 120_000);
});
