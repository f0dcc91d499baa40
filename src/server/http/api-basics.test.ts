import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createTestApp, type TestApp } from "../testing/test-app";

let t: TestApp;
beforeAll(async () => {
  t = await createTestApp();
});
afterAll(async () => t.close());

describe("API basics", () => {
  it("serves health, readiness and an OpenAPI 3.1 document listing the routes", async () => {
    expect((await t.app.inject({ url: "/healthz" })).json()).toEqual({ status: "ok" });
    expect((await t.app.inject({ url: "/readyz" })).statusCode).toBe(200);
    const doc = (await t.app.inject({ url: "/api/openapi.json" })).json();
    expect(doc.openapi).toBe("3.1.0");
    for (const p of ["/api/v1/auth/login", "/api/v1/org-units", "/api/v1/org-units/{id}/move", "/api/v1/users", "/api/v1/audit"])
      expect(Object.keys(doc.paths)).toContain(p);
    expect((await t.app.inject({ url: "/api/docs/" })).statusCode).toBe(200);
  });

  it("answers unknown routes and anonymous calls with the error shape", async () => {
    const res = await t.app.inject({ url: "/api/v1/khong-co" });
    expect(res.statusCode).toBe(404);
    expect(res.json().error.code).toBe("NOT_FOUND");
    const anon = await t.app.inject({ url: "/api/v1/org-units" });
    expect(anon.statusCode).toBe(401);
    expect(anon.json().error).toMatchObject({ code: "AUTH_REQUIRED", message: "Bạn cần đăng nhập." });
  });

  it("echoes a request id and refuses malformed and oversized bodies", async () => {
    const res = await t.app.inject({ url: "/healthz", headers: { "x-request-id": "abc-123" } });
    expect(res.headers["x-request-id"]).toBe("abc-123");
    const bad = await t.app.inject({ method: "POST", url: "/api/v1/auth/login", headers: { "content-type": "application/json" }, payload: "{khong phai json" });
    expect(bad.statusCode).toBe(400);
    expect(bad.json().error.message).toBe("Nội dung JSON không hợp lệ.");
    const big = await t.app.inject({ method: "POST", url: "/api/v1/auth/login", payload: { username: "a", password: "x".repeat(2 * 1024 * 1024) } });
    expect(big.statusCode).toBe(413);
    expect(big.json().error.code).toBe("BODY_TOO_LARGE");
  });

  it("replays a write sent twice with the same Idempotency-Key", async () => {
    const admin = await t.login("admin");
    const bn = await t.unitId("BN");
    const send = () =>
      admin.req({ method: "POST", url: "/api/v1/org-units", headers: { "idempotency-key": "k-1" }, payload: { code: "IDEM", name: "Một lần", kind: "other", parentId: bn } });
    const a = await send();
    const b = await send();
    expect(a.statusCode).toBe(201);
    expect(b.statusCode).toBe(201);
    expect(b.headers["idempotent-replay"]).toBe("true");
    expect(b.json().item.id).toBe(a.json().item.id);
    const [{ n }] = await t.db.query<{ n: number }>("select count(*)::int as n from org_unit where code = 'IDEM'");
    expect(n).toBe(1);
  });
});
