import { appendAudit } from "../audit/audit.repo";
import { assertCanPath, hasAnywhere, scopePaths } from "../auth/authorize";
import { auditActor, type Ctx } from "../auth/context";
import { assertStrongPassword, hashPassword } from "../auth/password";
import type { Role } from "../auth/roles";
import type { Db, Queryable } from "../db/db";
import { fail } from "../http/errors";

export interface UserView {
  id: number;
  username: string;
  fullName: string;
  email: string | null;
  disabled: boolean;
  locked: boolean;
  totpEnabled: boolean;
  lastLoginAt: string | null;
  grants: { role: Role; orgUnitId: number; orgUnitCode: string; orgUnitName: string }[];
}

const SELECT = `select u.id, u.username, u.full_name as "fullName", u.email, u.disabled,
  (u.locked_until is not null and u.locked_until > now()) as locked, u.totp_enabled as "totpEnabled",
  u.last_login_at as "lastLoginAt",
  coalesce((select json_agg(json_build_object('role', g.role, 'orgUnitId', g.org_unit_id, 'orgUnitCode', o.code, 'orgUnitName', o.name) order by o.path)
    from role_grant g join org_unit o on o.id = g.org_unit_id where g.user_id = u.id), '[]'::json) as grants
  from app_user u`;

export interface GrantInput {
  role: Role;
  orgUnitId: number;
}

// An administrator manages the users whose every grant lies inside the administrator's subtrees,
// and can hand out grants only inside them: a commune admin cannot create a province leader.
export function createUserService(db: Db) {
  async function get(q: Queryable, id: number): Promise<UserView> {
    const [u] = await q.query<UserView>(`${SELECT} where u.id = $1`, [id]);
    if (!u) throw fail("NOT_FOUND", "Không tìm thấy người dùng.");
    return u;
  }

  async function assertManageable(q: Queryable, ctx: Ctx, user: UserView) {
    const paths = await q.query<{ path: string }>(
      "select o.path from role_grant g join org_unit o on o.id = g.org_unit_id where g.user_id = $1",
      [user.id],
    );
    for (const p of paths) assertCanPath(ctx.who, "user.manage", p.path);
    if (paths.length === 0 && !hasAnywhere(ctx.who, "user.manage")) throw fail("FORBIDDEN");
  }

  async function writeGrants(q: Queryable, ctx: Ctx, userId: number, grants: GrantInput[]) {
    for (const g of grants) {
      const [unit] = await q.query<{ path: string }>("select path from org_unit where id = $1", [g.orgUnitId]);
      if (!unit) throw fail("VALIDATION_FAILED", `Không tìm thấy đơn vị có mã số ${g.orgUnitId}.`);
      assertCanPath(ctx.who, "user.manage", unit.path);
    }
    await q.query("delete from role_grant where user_id = $1", [userId]);
    for (const g of grants)
      await q.query("insert into role_grant (user_id, role, org_unit_id) values ($1, $2, $3) on conflict do nothing", [
        userId,
        g.role,
        g.orgUnitId,
      ]);
  }

  return {
    async list(ctx: Ctx, f: { q?: string; page: number; pageSize: number }) {
      if (!hasAnywhere(ctx.who, "user.manage")) throw fail("FORBIDDEN");
      const paths = scopePaths(ctx.who, "user.manage");
      const params: unknown[] = [paths];
      let where = `where exists (select 1 from role_grant g join org_unit o on o.id = g.org_unit_id
          join unnest($1::text[]) s(prefix) on o.path like s.prefix || '%' where g.user_id = u.id)`;
      if (f.q) {
        params.push(`%${f.q}%`);
        where += ` and (u.username ilike $2 or u.full_name ilike $2 or u.email ilike $2)`;
      }
      const [{ n }] = await db.query<{ n: number }>(`select count(*)::int as n from app_user u ${where}`, params);
      const items = await db.query<UserView>(
        `${SELECT} ${where} order by u.username limit $${params.length + 1} offset $${params.length + 2}`,
        [...params, f.pageSize, (f.page - 1) * f.pageSize],
      );
      return { items, total: n };
    },

    async create(ctx: Ctx, input: { username: string; fullName: string; email?: string | null; password: string; grants: GrantInput[] }) {
      if (!hasAnywhere(ctx.who, "user.manage")) throw fail("FORBIDDEN");
      assertStrongPassword(input.password);
      const hash = await hashPassword(input.password);
      return db.tx(async (tx) => {
        const taken = await tx.query("select 1 from app_user where lower(username) = lower($1)", [input.username]);
        if (taken.length) throw fail("USERNAME_TAKEN");
        const [row] = await tx.query<{ id: number }>(
          "insert into app_user (username, full_name, email, password_hash) values ($1, $2, $3, $4) returning id",
          [input.username, input.fullName, input.email ?? null, hash],
        );
        await writeGrants(tx, ctx, row.id, input.grants);
        const after = await get(tx, row.id);
        await appendAudit(tx, { ...auditActor(ctx), action: "user.create", entityType: "user", entityId: row.id, after });
        return after;
      });
    },

    async update(ctx: Ctx, id: number, patch: { fullName?: string; email?: string | null; disabled?: boolean; grants?: GrantInput[] }) {
      return db.tx(async (tx) => {
        const before = await get(tx, id);
        await assertManageable(tx, ctx, before);
        if (patch.disabled && id === ctx.who.id) throw fail("VALIDATION_FAILED", "Không thể tự vô hiệu hóa tài khoản của mình.");
        await tx.query(
          `update app_user set full_name = coalesce($2, full_name), email = case when $3::boolean then $4 else email end,
             disabled = coalesce($5, disabled), updated_at = now() where id = $1`,
          [id, patch.fullName ?? null, patch.email !== undefined, patch.email ?? null, patch.disabled ?? null],
        );
        if (patch.grants) await writeGrants(tx, ctx, id, patch.grants);
        if (patch.disabled) await tx.query("delete from user_session where user_id = $1", [id]);
        const after = await get(tx, id);
        await appendAudit(tx, { ...auditActor(ctx), action: "user.update", entityType: "user", entityId: id, before, after });
        return after;
      });
    },

    async resetPassword(ctx: Ctx, id: number, newPassword: string) {
      assertStrongPassword(newPassword);
      const hash = await hashPassword(newPassword);
      await db.tx(async (tx) => {
        await assertManageable(tx, ctx, await get(tx, id));
        await tx.query("update app_user set password_hash = $2, updated_at = now() where id = $1", [id, hash]);
        await tx.query("delete from user_session where user_id = $1", [id]);
        await appendAudit(tx, { ...auditActor(ctx), action: "user.reset_password", entityType: "user", entityId: id });
      });
    },

    async unlock(ctx: Ctx, id: number) {
      await db.tx(async (tx) => {
        await assertManageable(tx, ctx, await get(tx, id));
        await tx.query("update app_user set failed_logins = 0, locked_until = null where id = $1", [id]);
        await appendAudit(tx, { ...auditActor(ctx), action: "user.unlock", entityType: "user", entityId: id });
      });
    },
  };
}

export type UserService = ReturnType<typeof createUserService>;
