import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { DEMO_ADMIN_TOTP_SECRET } from "../demo/demo-users";
import { createTestApp, type TestApp } from "../testing/test-app";
import { totpAt } from "./totp";

let t: TestApp;
beforeAll(async () => {
  t = await createTestApp();
});
afterAll(async () => t.close());

const login = (payload: object) => t.app.inject({ method: "POST", url: "/api/v1/auth/login", payload });

describe("login, sessions, CSRF", () => {
  it("logs in with the right password and returns the user with grants", async () => {
    const res = await login({ username: "lanhdao", password: "Demo@2026" });
    expect(res.statusCode).toBe(200);
    expect(res.json().user.grants[0]).toMatchObject({ role: "leader", orgUnitCode: "BN" });
    const cookie = res.cookies.find((c) => c.name === "dh_session");
    expect(cookie?.httpOnly).toBe(true);
    expect(cookie?.sameSite).toBe("Lax");
  });

  it("a wrong password gives a Vietnamese error and the same answer for unknown users", async () => {
    const wrong = await login({ username: "lanhdao", password: "sai-mat-khau1" });
    const unknown = await login({ username: "khong-ton-tai", password: "sai-mat-khau1" });
    expect(wrong.statusCode).toBe(401);
    expect(wrong.json().error).toMatchObject({ code: "AUTH_INVALID_CREDENTIALS", message: "Tên đăng nhập hoặc mật khẩu không đúng." });
    expect(unknown.json().error.code).toBe("AUTH_INVALID_CREDENTIALS");
  });

  it("locks the account after 5 failures, even for the right password", async () => {
    for (let i = 0; i < 4; i++) expect((await login({ username: "xem", password: `sai${i}abcdef` })).statusCode).toBe(401);
    const fifth = await login({ username: "xem", password: "sai5abcdef" });
    expect(fifth.statusCode).toBe(423);
    expect(fifth.json().error.code).toBe("AUTH_LOCKED");
    expect((await login({ username: "xem", password: "Demo@2026" })).json().error.code).toBe("AUTH_LOCKED");
    const admin = await t.login("admin");
    const [{ id }] = await t.db.query<{ id: number }>("select id from app_user where username = 'xem'");
    expect((await admin.req({ method: "POST", url: `/api/v1/users/${id}/unlock` })).statusCode).toBe(204);
    expect((await login({ username: "xem", password: "Demo@2026" })).statusCode).toBe(200);
  });

  it("admin needs the TOTP code; a wrong code is refused", async () => {
    expect((await login({ username: "admin", password: "Demo@2026" })).json().error.code).toBe("AUTH_TOTP_REQUIRED");
    expect((await login({ username: "admin", password: "Demo@2026", totpCode: "000000" })).json().error.code).toBe("AUTH_TOTP_INVALID");
    const ok = await login({ username: "admin", password: "Demo@2026", totpCode: totpAt(DEMO_ADMIN_TOTP_SECRET, Date.now()) });
    expect(ok.statusCode).toBe(200);
  });

  it("refuses a cookie-authenticated write without the CSRF token", async () => {
    const s = await t.login("tonghop");
    const res = await t.app.inject({
      method: "POST",
      url: "/api/v1/auth/password",
      headers: { cookie: s.cookie },
      payload: { currentPassword: "Demo@2026", newPassword: "Moi@20261" },
    });
    expect(res.statusCode).toBe(403);
    expect(res.json().error.code).toBe("CSRF_INVALID");
  });

  it("changes the password, ends other sessions, and logs out", async () => {
    const a = await t.login("canbo.so");
    const b = await t.login("canbo.so");
    const weak = await a.req({ method: "POST", url: "/api/v1/auth/password", payload: { currentPassword: "Demo@2026", newPassword: "abc" } });
    expect(weak.json().error.code).toBe("PASSWORD_TOO_WEAK");
    const res = await a.req({ method: "POST", url: "/api/v1/auth/password", payload: { currentPassword: "Demo@2026", newPassword: "Moi@20261" } });
    expect(res.statusCode).toBe(204);
    expect((await b.req({ method: "GET", url: "/api/v1/auth/me" })).statusCode).toBe(401);
    expect((await a.req({ method: "GET", url: "/api/v1/auth/me" })).statusCode).toBe(200);
    expect((await a.req({ method: "POST", url: "/api/v1/auth/logout" })).statusCode).toBe(204);
    expect((await a.req({ method: "GET", url: "/api/v1/auth/me" })).statusCode).toBe(401);
  });

  it("a new admin without TOTP must enrol before any other write", async () => {
    const admin = await t.login("admin");
    const bn = await t.unitId("BN");
    const created = await admin.req({
      method: "POST",
      url: "/api/v1/users",
      payload: { username: "admin2", fullName: "Quản trị 2", password: "Quantri@2026", grants: [{ role: "admin", orgUnitId: bn }] },
    });
    expect(created.statusCode).toBe(201);
    const s = await t.login("admin2", "Quantri@2026");
    const me = await s.req({ method: "GET", url: "/api/v1/auth/me" });
    expect(me.json().user.mustEnrollTotp).toBe(true);
    const blocked = await s.req({ method: "GET", url: "/api/v1/users" });
    expect(blocked.json().error.code).toBe("AUTH_TOTP_ENROLL_REQUIRED");
    const setup = await s.req({ method: "POST", url: "/api/v1/auth/totp/setup" });
    const { secret } = setup.json();
    expect((await s.req({ method: "POST", url: "/api/v1/auth/totp/enable", payload: { code: totpAt(secret, Date.now()) } })).statusCode).toBe(204);
    expect((await s.req({ method: "GET", url: "/api/v1/users" })).statusCode).toBe(200);
    expect((await s.req({ method: "POST", url: "/api/v1/auth/totp/disable", payload: { password: "Quantri@2026" } })).json().error.code).toBe(
      "AUTH_TOTP_REQUIRED_FOR_ADMIN",
    );
  });
});
