import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { hashApiKey } from "./clients.keys";
import { createStore, type Instance, type Session, type Store, startInstance } from "./exchange.test-helpers";

let store: Store;
let inst: Instance;
let admin: Session;

const dv = (dataElement: string, orgUnit: string, period: string, value: string) => ({
  dataElement,
  orgUnit,
  period,
  value,
});
const importBody = (values: ReturnType<typeof dv>[]) => ({
  method: "POST" as const,
  url: "/api/v1/exchange/dhis2/dataValueSets",
  payload: { dataValues: values },
});

async function createClient(body: Record<string, unknown>) {
  const res = await admin.req({ method: "POST", url: "/api/v1/exchange/clients", payload: body });
  expect(res.statusCode, res.body).toBe(201);
  return res.json() as { item: { id: number; version: number; keyPrefix: string }; apiKey: string };
}

beforeAll(async () => {
  store = await createStore();
  inst = await startInstance(store, { catalogue: true });
  admin = await inst.login("admin");
});
afterAll(async () => {
  await inst?.stop();
  await store?.drop();
});

describe("system clients and API keys", () => {
  it("shows the key once and stores only its hash", async () => {
    const { item, apiKey } = await createClient({
      name: "Cổng DVC xã Lạng Giang",
      access: "write",
      units: ["X-LANG-GIANG"],
      indicators: ["TTHC_TONG_HO_SO"],
    });
    expect(apiKey).toMatch(/^dhk_[A-Za-z0-9_-]{43}$/);
    expect(item.keyPrefix).toBe(apiKey.slice(0, 12));
    const [row] = await inst.db.query<Record<string, unknown>>("select * from api_client where id = $1", [
      item.id,
    ]);
    expect(row.key_hash).toBe(hashApiKey(apiKey));
    expect(JSON.stringify(row)).not.toContain(apiKey);
    const listed = await admin.req({ method: "GET", url: "/api/v1/exchange/clients" });
    expect(listed.body).not.toContain(apiKey);
    const me = await inst.withKey(apiKey).req({ method: "GET", url: "/api/v1/exchange/me" });
    expect(me.json()).toMatchObject({
      kind: "client",
      access: "write",
      indicators: ["tthc_tong_ho_so"],
      units: [{ code: "X-LANG-GIANG", role: "officer" }],
    });
  });

  it("a write key writes its own unit without CSRF; other units and indicators are conflicts; nothing half-applied", async () => {
    const { apiKey } = await createClient({
      name: "Phần mềm một cửa",
      access: "write",
      units: ["X-LANG-GIANG"],
      indicators: ["TTHC_TONG_HO_SO"],
    });
    const key = inst.withKey(apiKey);
    const ok = await key.req(importBody([dv("TTHC_TONG_HO_SO", "X-LANG-GIANG", "202501", "120")]));
    expect(ok.statusCode, ok.body).toBe(200);
    expect(ok.json()).toMatchObject({
      status: "SUCCESS",
      importCount: { imported: 1, updated: 0, ignored: 0, deleted: 0 },
    });

    const bad = await key.req(
      importBody([
        dv("TTHC_TONG_HO_SO", "X-LANG-GIANG", "202502", "130"),
        dv("TTHC_TONG_HO_SO", "X-TIEN-LUC", "202502", "90"),
        dv("THU_NSNN", "X-LANG-GIANG", "202502", "5"),
      ]),
    );
    expect(bad.statusCode).toBe(409);
    const summary = bad.json();
    expect(summary.status).toBe("ERROR");
    expect(summary.conflicts.map((c: { object: string }) => c.object).sort()).toEqual([
      "THU_NSNN",
      "X-TIEN-LUC",
    ]);
    const stored = await inst.db.query(
      "select period from data_value d join org_unit o on o.id = d.org_unit_id where o.code = 'X-LANG-GIANG' order by period",
    );
    expect(stored).toEqual([{ period: "202501" }]);
  });

  it("a read key cannot write, and an indicator-scoped key stays on the exchange routes", async () => {
    const { apiKey } = await createClient({
      name: "Kho dữ liệu dùng chung",
      access: "read",
      units: ["BN"],
      indicators: ["TTHC_TONG_HO_SO"],
    });
    const key = inst.withKey(apiKey);
    const write = await key.req(importBody([dv("TTHC_TONG_HO_SO", "X-LANG-GIANG", "202503", "1")]));
    expect(write.statusCode).toBe(403);
    expect(write.json().error.code).toBe("API_KEY_SCOPE");
    const elsewhere = await key.req({ method: "GET", url: "/api/v1/org-units" });
    expect(elsewhere.statusCode).toBe(403);
    expect(elsewhere.json().error.code).toBe("API_KEY_SCOPE");
    const other = await key.req({
      method: "GET",
      url: "/api/v1/exchange/dhis2/dataValueSets?dataElement=THU_NSNN&orgUnit=BN&children=true&period=202501",
    });
    expect(other.statusCode).toBe(200);
    expect(other.json().dataValues).toEqual([]);
    const mine = await key.req({
      method: "GET",
      url: "/api/v1/exchange/dhis2/dataValueSets?dataElement=TTHC_TONG_HO_SO&orgUnit=BN&children=true&period=202501",
    });
    expect(mine.json().dataValues).toHaveLength(1);
  });

  it("refuses unknown, malformed, disabled and rotated keys with API_KEY_INVALID", async () => {
    const { item, apiKey } = await createClient({ name: "Hệ thống thử khóa", access: "read", units: ["BN"] });
    const call = (k: string) =>
      inst.app.inject({
        method: "GET",
        url: "/api/v1/exchange/me",
        headers: { authorization: `Bearer ${k}` },
      });
    expect((await call(apiKey)).statusCode).toBe(200);
    for (const k of [`dhk_${"x".repeat(43)}`, "not-a-key", "dhk_short"]) {
      const res = await call(k);
      expect(res.statusCode).toBe(401);
      expect(res.json().error.code).toBe("API_KEY_INVALID");
    }
    const rotated = await admin.req({
      method: "POST",
      url: `/api/v1/exchange/clients/${item.id}/rotate-key`,
    });
    const newKey = rotated.json().apiKey as string;
    expect((await call(apiKey)).statusCode).toBe(401);
    expect((await call(newKey)).statusCode).toBe(200);
    const current = (await admin.req({ method: "GET", url: `/api/v1/exchange/clients/${item.id}` })).json()
      .item;
    const off = await admin.req({
      method: "PUT",
      url: `/api/v1/exchange/clients/${item.id}`,
      payload: {
        name: current.name,
        access: "read",
        units: ["BN"],
        version: current.version,
        disabled: true,
      },
    });
    expect(off.statusCode, off.body).toBe(200);
    expect((await call(newKey)).statusCode).toBe(401);
  });

  it("only administrators manage clients", async () => {
    for (const user of ["tonghop", "canbo.xa2", "xem"]) {
      const s = await inst.login(user);
      expect((await s.req({ method: "GET", url: "/api/v1/exchange/clients" })).statusCode).toBe(403);
      const res = await s.req({
        method: "POST",
        url: "/api/v1/exchange/clients",
        payload: { name: `x ${user}`, access: "read", units: ["BN"] },
      });
      expect(res.statusCode).toBe(403);
    }
  });

  it("limits each client to its own rate and logs its calls", async () => {
    const slow = await createClient({ name: "Chậm", access: "read", units: ["BN"], rateLimitPerMinute: 3 });
    const fast = await createClient({
      name: "Nhanh",
      access: "read",
      units: ["BN"],
      rateLimitPerMinute: 100,
    });
    const codes: number[] = [];
    for (let i = 0; i < 4; i++)
      codes.push(
        (await inst.withKey(slow.apiKey).req({ method: "GET", url: "/api/v1/exchange/me" })).statusCode,
      );
    expect(codes).toEqual([200, 200, 200, 429]);
    expect(
      (await inst.withKey(fast.apiKey).req({ method: "GET", url: "/api/v1/exchange/me" })).statusCode,
    ).toBe(200);
    const limited = await inst.withKey(slow.apiKey).req({ method: "GET", url: "/api/v1/exchange/me" });
    expect(limited.json().error.code).toBe("RATE_LIMITED");
    // The usage row is written after the answer goes out.
    await new Promise((r) => setTimeout(r, 100));
    const usage = await admin.req({ method: "GET", url: `/api/v1/exchange/clients/${slow.item.id}/usage` });
    const items = usage.json().items as { route: string; statusCode: number }[];
    expect(items.length).toBe(5);
    expect(items.filter((u) => u.statusCode === 429).length).toBe(2);
    expect(items[0].route).toBe("/api/v1/exchange/me");
  });

  it("documents the exchange API and the key scheme in OpenAPI", async () => {
    const doc = (await inst.app.inject({ method: "GET", url: "/api/openapi.json" })).json();
    for (const path of [
      "/api/v1/exchange/clients",
      "/api/v1/exchange/sync/push",
      "/api/v1/exchange/dhis2/dataValueSets",
      "/api/v1/exchange/webhooks",
      "/api/v1/open/catalog",
      "/api/v1/open/indicators/{code}/data",
    ])
      expect(Object.keys(doc.paths), path).toContain(path);
    expect(doc.components.securitySchemes.apiKey).toMatchObject({ type: "http", scheme: "bearer" });
    expect(doc.paths["/api/v1/open/catalog"].get.security).toEqual([]);
  });
});
