import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createTestApp, type TestApp, type TestSession } from "../testing/test-app";

let t: TestApp;
let admin: TestSession;
let bn: number;
beforeAll(async () => {
  t = await createTestApp();
  admin = await t.login("admin");
  bn = await t.unitId("BN");
});
afterAll(async () => t.close());

const auditCount = async () => (await t.db.query<{ n: number }>("select count(*)::int as n from audit_event"))[0].n;

describe("org units", () => {
  it("lists the tree, searches without accents, and shows the tree as of a date", async () => {
    const all = (await admin.req({ method: "GET", url: "/api/v1/org-units" })).json().items;
    expect(all.length).toBeGreaterThanOrEqual(57);
    expect(all.some((u: { code: string }) => u.code === "P-TRAN-PHU-CU")).toBe(false);
    const found = (await admin.req({ method: "GET", url: "/api/v1/org-units?q=phuong%20bac%20giang" })).json().items;
    expect(found.map((u: { name: string }) => u.name)).toContain("Phường Bắc Giang");
    const before = (await admin.req({ method: "GET", url: "/api/v1/org-units?asOf=2025-06-01" })).json().items;
    const codes = before.map((u: { code: string }) => u.code);
    expect(codes).toContain("P-TRAN-PHU-CU");
    expect(codes).toContain("H-TP-BAC-GIANG");
    expect(codes).not.toContain("P-BAC-GIANG");
  });

  it("shows ancestors, children and the merger history", async () => {
    const id = await t.unitId("P-BAC-GIANG");
    const d = (await admin.req({ method: "GET", url: `/api/v1/org-units/${id}` })).json();
    expect(d.ancestors.map((u: { code: string }) => u.code)).toEqual(["BN"]);
    expect(d.predecessors.map((u: { code: string }) => u.code).sort()).toEqual(["P-LE-LOI-CU", "P-NGO-QUYEN-CU", "P-TRAN-PHU-CU"]);
  });

  it("creates, edits with a version check, and refuses a duplicate code", async () => {
    const res = await admin.req({ method: "POST", url: "/api/v1/org-units", payload: { code: "PHONG-A", name: "Phòng A", kind: "division", parentId: bn } });
    expect(res.statusCode).toBe(201);
    const item = res.json().item;
    expect(item.path).toMatch(new RegExp(`^/${bn}/\\d+/$`));
    const dup = await admin.req({ method: "POST", url: "/api/v1/org-units", payload: { code: "phong-a", name: "Trùng", kind: "division", parentId: bn } });
    expect(dup.statusCode).toBe(409);
    expect(dup.json().error.code).toBe("ORG_UNIT_CODE_TAKEN");
    const ok = await admin.req({ method: "PATCH", url: `/api/v1/org-units/${item.id}`, payload: { name: "Phòng A mới", version: 1 } });
    expect(ok.json().item).toMatchObject({ name: "Phòng A mới", version: 2 });
    const stale = await admin.req({ method: "PATCH", url: `/api/v1/org-units/${item.id}`, payload: { name: "Cũ", version: 1 } });
    expect(stale.statusCode).toBe(409);
    expect(stale.json().error.code).toBe("VERSION_CONFLICT");
  });

  it("moves a subtree and refuses a cycle without changing anything", async () => {
    const p = (await admin.req({ method: "POST", url: "/api/v1/org-units", payload: { code: "CHA", name: "Cha", kind: "other", parentId: bn } })).json().item;
    const c = (await admin.req({ method: "POST", url: "/api/v1/org-units", payload: { code: "CON", name: "Con", kind: "other", parentId: p.id } })).json().item;
    const n = await auditCount();
    const cyc = await admin.req({ method: "POST", url: `/api/v1/org-units/${p.id}/move`, payload: { parentId: c.id, version: p.version } });
    expect(cyc.statusCode).toBe(422);
    expect(cyc.json().error.code).toBe("ORG_UNIT_CYCLE");
    expect(await auditCount()).toBe(n);
    const dept = await t.unitId("SYT");
    const moved = await admin.req({ method: "POST", url: `/api/v1/org-units/${p.id}/move`, payload: { parentId: dept, version: p.version } });
    expect(moved.statusCode).toBe(200);
    const child = (await admin.req({ method: "GET", url: `/api/v1/org-units/${c.id}` })).json().item;
    expect(child.path).toBe(`/${bn}/${dept}/${p.id}/${c.id}/`);
    expect(child.depth).toBe(3);
  });

  it("merges three communes into a new one on a date", async () => {
    const ids = [];
    for (const code of ["XA-1", "XA-2", "XA-3"])
      ids.push((await admin.req({ method: "POST", url: "/api/v1/org-units", payload: { code, name: `Xã ${code}`, kind: "commune", parentId: bn } })).json().item.id);
    const res = await admin.req({
      method: "POST",
      url: "/api/v1/org-units/merge",
      payload: { sourceIds: ids, date: "2025-07-01", target: { code: "XA-MOI", name: "Xã Mới", kind: "commune", parentId: bn } },
    });
    expect(res.statusCode).toBe(200);
    const target = res.json().item;
    expect(target.predecessorIds.sort()).toEqual(ids.sort());
    expect(target.validFrom).toBe("2025-07-01");
    const src = (await admin.req({ method: "GET", url: `/api/v1/org-units/${ids[0]}` })).json().item;
    expect(src.validTo).toBe("2025-06-30");
    expect(src.successorIds).toEqual([target.id]);
  });

  it("refuses HTML and SQL in names, unknown fields, wrong types, with Vietnamese messages", async () => {
    const n = await auditCount();
    const html = await admin.req({ method: "POST", url: "/api/v1/org-units", payload: { code: "X1", name: "<script>alert(1)</script>", kind: "other", parentId: bn } });
    expect(html.statusCode).toBe(400);
    expect(html.json().error.code).toBe("VALIDATION_FAILED");
    expect(html.json().error.details[0].message).toMatch(/ký tự đặc biệt/);
    const sql = await admin.req({ method: "POST", url: "/api/v1/org-units", payload: { code: "X2", name: "x'; drop table org_unit; --", kind: "other", parentId: bn } });
    expect(sql.statusCode).toBe(400);
    const extra = await admin.req({ method: "POST", url: "/api/v1/org-units", payload: { code: "X3", name: "Tên", kind: "other", parentId: bn, evil: 1 } });
    expect(extra.json().error.details[0].message).toMatch(/Trường không được phép: evil/);
    const type = await admin.req({ method: "POST", url: "/api/v1/org-units", payload: { code: "X4", name: "Tên", kind: "other", parentId: "một" } });
    expect(type.json().error.details[0]).toMatchObject({ path: "body.parentId" });
    expect(type.json().error.details[0].message).toMatch(/Sai kiểu dữ liệu/);
    const long = await admin.req({ method: "POST", url: "/api/v1/org-units", payload: { code: "X5", name: "a".repeat(301), kind: "other", parentId: bn } });
    expect(long.json().error.details[0].message).toMatch(/Dài quá 300/);
    expect(await auditCount()).toBe(n);
  });

  it("a commune officer cannot edit any unit; a leader cannot either", async () => {
    const officer = await t.login("canbo.xa");
    const own = await t.unitId("P-BAC-GIANG");
    const r1 = await officer.req({ method: "PATCH", url: `/api/v1/org-units/${own}`, payload: { name: "Đổi tên", version: 1 } });
    expect(r1.statusCode).toBe(403);
    expect(r1.json().error.message).toMatch(/không có quyền/);
    const leader = await t.login("lanhdao");
    const r2 = await leader.req({ method: "POST", url: "/api/v1/org-units", payload: { code: "L1", name: "L", kind: "other", parentId: bn } });
    expect(r2.statusCode).toBe(403);
  });
});
