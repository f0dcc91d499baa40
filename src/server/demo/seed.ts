import { appendAudit } from "../audit/audit.repo";
import { hashPassword } from "../auth/password";
import type { Db, Queryable } from "../db/db";
import * as units from "../orgunits/orgunits.repo";
import { DEMO_PROVINCE, demoOrgUnits, MERGED_INTO, MERGED_WARDS, MERGER_DATE, slug } from "./demo-orgunits";
import { DEMO_ADMIN_TOTP_SECRET, DEMO_PASSWORD, DEMO_USERS } from "./demo-users";

/** A capability's demo data, run after the foundation's in the same transaction. */
export type DemoSeeder = (tx: Queryable, opts: { today: string }) => Promise<void>;

export async function isEmpty(db: Queryable): Promise<boolean> {
  const [row] = await db.query<{ n: number }>("select count(*)::int as n from org_unit");
  return row.n === 0;
}

/** Loads the demo province, users and each capability's demo data. Idempotent: skips a non-empty db. */
export async function seedDemo(db: Db, seeders: DemoSeeder[] = [], today = new Date().toISOString().slice(0, 10)) {
  if (!(await isEmpty(db))) return false;
  const passwordHash = await hashPassword(DEMO_PASSWORD);
  await db.tx(async (tx) => {
    const ids = new Map<string, number>();
    for (const u of demoOrgUnits()) {
      const id = await units.insertUnit(tx, {
        code: u.code,
        name: u.name,
        shortName: u.shortName,
        kind: u.kind,
        parentId: u.parent ? (ids.get(u.parent) ?? null) : null,
        validFrom: u.validFrom,
        validTo: u.validTo,
      });
      ids.set(u.code, id);
    }
    for (const w of MERGED_WARDS)
      await units.addSuccession(tx, ids.get(`P-${slug(w)}-CU`) as number, ids.get(MERGED_INTO) as number, MERGER_DATE, "merge");
    for (const u of DEMO_USERS) {
      const [row] = await tx.query<{ id: number }>(
        `insert into app_user (username, full_name, email, password_hash, totp_secret, totp_enabled)
         values ($1, $2, $3, $4, $5, $6) returning id`,
        [u.username, u.fullName, `${u.username}@demo.dieuhanh.vn`, passwordHash, u.totp ? DEMO_ADMIN_TOTP_SECRET : null, !!u.totp],
      );
      await tx.query("insert into role_grant (user_id, role, org_unit_id) values ($1, $2, $3)", [row.id, u.role, ids.get(u.unit)]);
    }
    for (const seed of seeders) await seed(tx, { today });
    await appendAudit(tx, {
      actorId: null,
      actorName: "system",
      action: "demo.seed",
      entityType: "system",
      orgUnitId: ids.get(DEMO_PROVINCE),
      after: { units: ids.size, users: DEMO_USERS.length },
    });
  });
  return true;
}
