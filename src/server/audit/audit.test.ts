import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createTestApp, type TestApp } from "../testing/test-app";
import { verifyAuditChain } from "./audit.verify";

let t: TestApp;
beforeAll(async () => {
  t = await createTestApp();
  const admin = await t.login("admin");
  const bn = await t.unitId("BN");
  for (const code of ["A1", "A2", "A3"])
    await admin.req({ method: "POST", url: "/api/v1/org-units", payload: { code, name: `Đơn vị ${code}`, kind: "other", parentId: bn } });
});
afterAll(async () => t.close());

describe("audit log", () => {
  it("records every write with actor, before/after, request id and IP", async () => {
    const admin = await t.login("admin");
    const res = await admin.req({ method: "GET", url: "/api/v1/audit?entityType=org_unit&action=create" });
    expect(res.statusCode).toBe(200);
    const ev = res.json().items.find((e: { after: { code: string } }) => e.after?.code === "A2");
    expect(ev).toMatchObject({ actorName: "Quản trị hệ thống", action: "org_unit.create", before: null, ip: "127.0.0.1" });
    expect(ev.requestId).toMatch(/.+/);
  });

  it("verifies an untouched chain", async () => {
    const r = await verifyAuditChain(t.db);
    expect(r.ok).toBe(true);
    expect(r.checked).toBeGreaterThan(5);
  });

  it("detects an edited event", async () => {
    const [ev] = await t.db.query<{ seq: number }>("select seq from audit_event where action = 'org_unit.create' order by seq limit 1");
    await t.db.query(`update audit_event set after = jsonb_set(after, '{name}', '"Sửa lén"') where seq = $1`, [ev.seq]);
    const r = await verifyAuditChain(t.db);
    expect(r).toMatchObject({ ok: false, firstBrokenSeq: ev.seq });
    await t.db.query(`update audit_event set after = jsonb_set(after, '{name}', '"Đơn vị A1"') where seq = $1`, [ev.seq]);
    expect((await verifyAuditChain(t.db)).ok).toBe(true);
  });

  it("detects a deleted event in the middle and at the end", async () => {
    const rows = await t.db.query<{ seq: number }>("select seq from audit_event order by seq");
    const middle = rows[Math.floor(rows.length / 2)].seq;
    const saved = await t.db.query("select * from audit_event where seq = $1", [middle]);
    await t.db.query("delete from audit_event where seq = $1", [middle]);
    expect(await verifyAuditChain(t.db)).toMatchObject({ ok: false, firstBrokenSeq: middle });
    // put it back exactly, then cut the tail
    const s = saved[0] as Record<string, unknown>;
    await t.db.query(
      `insert into audit_event select * from jsonb_populate_record(null::audit_event, $1::jsonb)`,
      [JSON.stringify(s)],
    );
    expect((await verifyAuditChain(t.db)).ok).toBe(true);
    const last = rows[rows.length - 1].seq;
    await t.db.query("delete from audit_event where seq = $1", [last]);
    expect((await verifyAuditChain(t.db)).ok).toBe(false);
  });

  it("is readable by leaders, not by unit officers", async () => {
    const officer = await t.login("canbo.xa");
    expect((await officer.req({ method: "GET", url: "/api/v1/audit" })).json().error.code).toBe("FORBIDDEN");
    const leader = await t.login("lanhdao");
    expect((await leader.req({ method: "GET", url: "/api/v1/audit" })).statusCode).toBe(200);
  });
});
