import type { Queryable } from "../db/db";
import { fail } from "../http/errors";
import type { Grant, Principal } from "./principal";
import { type Permission, roleAllows } from "./roles";

// The one authorization check every route uses: may `who` do `permission` on the unit at `unitPath`?
// A grant covers its unit and everything below it (path prefix).

export function grantCovers(g: Grant, unitPath: string): boolean {
  return unitPath.startsWith(g.path);
}

export function can(who: Principal, permission: Permission, unitPath: string): boolean {
  return who.grants.some((g) => roleAllows(g.role, permission) && grantCovers(g, unitPath));
}

/** Roots of the subtrees where `who` holds `permission` (for scoping list queries). */
export function scopePaths(who: Principal, permission: Permission): string[] {
  const paths = who.grants.filter((g) => roleAllows(g.role, permission)).map((g) => g.path);
  // Drop paths already covered by a shorter one.
  return paths.filter((p) => !paths.some((q) => q !== p && p.startsWith(q)));
}

export function hasAnywhere(who: Principal, permission: Permission): boolean {
  return who.grants.some((g) => roleAllows(g.role, permission));
}

export async function unitPath(q: Queryable, orgUnitId: number): Promise<string> {
  const [row] = await q.query<{ path: string }>("select path from org_unit where id = $1", [orgUnitId]);
  if (!row) throw fail("NOT_FOUND", `Không tìm thấy đơn vị có mã số ${orgUnitId}.`);
  return row.path;
}

/** Throws FORBIDDEN unless allowed; returns the unit's path for the caller's further use. */
export async function assertCan(
  q: Queryable,
  who: Principal,
  permission: Permission,
  orgUnitId: number,
): Promise<string> {
  const path = await unitPath(q, orgUnitId);
  if (!can(who, permission, path)) throw fail("FORBIDDEN");
  return path;
}

export function assertCanPath(who: Principal, permission: Permission, path: string): void {
  if (!can(who, permission, path)) throw fail("FORBIDDEN");
}
