import { createHash, randomBytes } from "node:crypto";
import { appendAudit } from "../audit/audit.repo";
import type { Db } from "../db/db";
import { fail } from "../http/errors";
import * as repo from "./auth.repo";
import { auditActor, type Ctx } from "./context";
import { assertStrongPassword, dummyPasswordHash, hashPassword, verifyPassword } from "./password";
import type { Principal } from "./principal";
import { newTotpSecret, otpauthUrl, verifyTotp } from "./totp";

export interface AuthSettings {
  maxFailedLogins: number;
  lockMinutes: number;
  sessionHours: number;
  requireTotpForAdmins: boolean;
}

export const DEFAULT_AUTH_SETTINGS: AuthSettings = {
  maxFailedLogins: 5,
  lockMinutes: 15,
  sessionHours: 12,
  requireTotpForAdmins: true,
};

export const sessionIdOf = (token: string) => createHash("sha256").update(token).digest("hex");

export interface Me {
  id: number;
  username: string;
  fullName: string;
  email: string | null;
  locale: string;
  totpEnabled: boolean;
  mustEnrollTotp: boolean;
  grants: { role: string; orgUnitId: number; orgUnitCode?: string; orgUnitName?: string }[];
}

export function createAuthService(db: Db, settings: AuthSettings = DEFAULT_AUTH_SETTINGS) {
  async function principalFor(user: repo.UserRow, session?: repo.SessionRow): Promise<Principal> {
    const grants = await repo.grantsOf(db, user.id);
    const isAdmin = grants.some((g) => g.role === "admin");
    return {
      kind: "user",
      id: user.id,
      name: user.fullName || user.username,
      grants,
      mustEnrollTotp: settings.requireTotpForAdmins && isAdmin && !user.totpEnabled,
      sessionId: session?.id,
      csrfToken: session?.csrfToken,
    };
  }

  async function me(userId: number, who: Principal): Promise<Me> {
    const u = await repo.findUserById(db, userId);
    if (!u) throw fail("AUTH_REQUIRED");
    return {
      id: u.id,
      username: u.username,
      fullName: u.fullName,
      email: u.email,
      locale: u.locale,
      totpEnabled: u.totpEnabled,
      mustEnrollTotp: who.mustEnrollTotp,
      grants: who.grants.map(({ role, orgUnitId, orgUnitCode, orgUnitName }) => ({
        role,
        orgUnitId,
        orgUnitCode,
        orgUnitName,
      })),
    };
  }

  return {
    me,

    /** Resolves a cookie token to its principal, or undefined when absent, expired or disabled. */
    async fromSessionToken(token: string): Promise<Principal | undefined> {
      const r = await repo.findSessionPrincipal(db, sessionIdOf(token));
      if (!r || r.disabled) return undefined;
      const isAdmin = r.grants.some((g) => g.role === "admin");
      return {
        kind: "user",
        id: r.userId,
        name: r.fullName || r.username,
        grants: r.grants,
        mustEnrollTotp: settings.requireTotpForAdmins && isAdmin && !r.totpEnabled,
        sessionId: r.sessionId,
        csrfToken: r.csrfToken,
      };
    },

    async login(input: { username: string; password: string; totpCode?: string; ip: string; userAgent: string; requestId: string }) {
      const user = await repo.findUserByUsername(db, input.username);
      if (!user) {
        await verifyPassword(await dummyPasswordHash(), input.password);
        throw fail("AUTH_INVALID_CREDENTIALS");
      }
      if (user.lockedUntil && new Date(user.lockedUntil) > new Date())
        throw fail("AUTH_LOCKED", undefined, [{ message: "lockedUntil", lockedUntil: user.lockedUntil }]);
      const ok = await verifyPassword(user.passwordHash, input.password);
      const audit = { actorId: user.id, actorName: user.username, entityType: "user", entityId: user.id, requestId: input.requestId, ip: input.ip };
      if (!ok) {
        await db.tx(async (tx) => {
          await repo.recordFailedLogin(tx, user.id, settings.maxFailedLogins, settings.lockMinutes);
          await appendAudit(tx, { ...audit, action: "auth.login_failed" });
        });
        const after = await repo.findUserById(db, user.id);
        if (after?.lockedUntil && new Date(after.lockedUntil) > new Date())
          throw fail("AUTH_LOCKED", undefined, [{ message: "lockedUntil", lockedUntil: after.lockedUntil }]);
        throw fail("AUTH_INVALID_CREDENTIALS");
      }
      if (user.disabled) throw fail("AUTH_DISABLED");
      if (user.totpEnabled && user.totpSecret) {
        if (!input.totpCode) throw fail("AUTH_TOTP_REQUIRED");
        if (!verifyTotp(user.totpSecret, input.totpCode)) {
          await db.tx(async (tx) => {
            await repo.recordFailedLogin(tx, user.id, settings.maxFailedLogins, settings.lockMinutes);
            await appendAudit(tx, { ...audit, action: "auth.totp_failed" });
          });
          throw fail("AUTH_TOTP_INVALID");
        }
      }
      const token = randomBytes(32).toString("base64url");
      const session: repo.SessionRow = {
        id: sessionIdOf(token),
        userId: user.id,
        csrfToken: randomBytes(24).toString("base64url"),
        expiresAt: "",
      };
      await db.tx(async (tx) => {
        await repo.insertSession(tx, { ...session, ttlHours: settings.sessionHours, ip: input.ip, userAgent: input.userAgent });
        await repo.recordSuccessfulLogin(tx, user.id);
        await appendAudit(tx, { ...audit, action: "auth.login" });
      });
      const who = await principalFor(user, session);
      return { token, csrfToken: session.csrfToken, me: await me(user.id, who), maxAgeSeconds: settings.sessionHours * 3600 };
    },

    async logout(ctx: Ctx) {
      if (!ctx.who.sessionId) return;
      await db.tx(async (tx) => {
        await repo.deleteSession(tx, ctx.who.sessionId as string);
        await appendAudit(tx, { ...auditActor(ctx), action: "auth.logout", entityType: "user", entityId: ctx.who.id });
      });
    },

    async changePassword(ctx: Ctx, currentPassword: string, newPassword: string) {
      const user = await repo.findUserById(db, ctx.who.id);
      if (!user || !(await verifyPassword(user.passwordHash, currentPassword))) throw fail("AUTH_INVALID_CREDENTIALS");
      assertStrongPassword(newPassword);
      const hash = await hashPassword(newPassword);
      await db.tx(async (tx) => {
        await tx.query("update app_user set password_hash = $1, updated_at = now() where id = $2", [hash, user.id]);
        // Other sessions may belong to whoever learned the old password.
        await repo.deleteSessionsOfUser(tx, user.id, ctx.who.sessionId);
        await appendAudit(tx, { ...auditActor(ctx), action: "auth.password_changed", entityType: "user", entityId: user.id });
      });
    },

    /** Stores a fresh, not yet enabled secret and returns it for the authenticator app. */
    async totpSetup(ctx: Ctx) {
      const user = await repo.findUserById(db, ctx.who.id);
      if (!user) throw fail("AUTH_REQUIRED");
      if (user.totpEnabled) throw fail("VALIDATION_FAILED", "Xác thực hai lớp đã được bật.");
      const secret = newTotpSecret();
      await db.query("update app_user set totp_secret = $1 where id = $2 and totp_enabled = false", [secret, user.id]);
      return { secret, otpauthUrl: otpauthUrl(secret, user.username) };
    },

    async totpEnable(ctx: Ctx, code: string) {
      const user = await repo.findUserById(db, ctx.who.id);
      if (!user?.totpSecret || !verifyTotp(user.totpSecret, code)) throw fail("AUTH_TOTP_INVALID");
      await db.tx(async (tx) => {
        await tx.query("update app_user set totp_enabled = true, updated_at = now() where id = $1", [user.id]);
        await appendAudit(tx, { ...auditActor(ctx), action: "auth.totp_enabled", entityType: "user", entityId: user.id });
      });
    },

    async totpDisable(ctx: Ctx, password: string) {
      if (settings.requireTotpForAdmins && ctx.who.grants.some((g) => g.role === "admin"))
        throw fail("AUTH_TOTP_REQUIRED_FOR_ADMIN");
      const user = await repo.findUserById(db, ctx.who.id);
      if (!user || !(await verifyPassword(user.passwordHash, password))) throw fail("AUTH_INVALID_CREDENTIALS");
      await db.tx(async (tx) => {
        await tx.query("update app_user set totp_enabled = false, totp_secret = null where id = $1", [user.id]);
        await appendAudit(tx, { ...auditActor(ctx), action: "auth.totp_disabled", entityType: "user", entityId: user.id });
      });
    },
  };
}

export type AuthService = ReturnType<typeof createAuthService>;
