import pg from "pg";
import { hashPassword } from "../src/server/auth/password";
import type { Db } from "../src/server/db/db";
import { migrate } from "../src/server/db/migrate";
import { openDb } from "../src/server/db/open";
import { insertUnit } from "../src/server/orgunits/orgunits.repo";
import { communeCode, indicatorCode, isRatioIndicator, provinceCode, type Scale } from "./national-dataset";

export const BENCH_USER = { username: "bench", password: "Bench@2026" };

/** A fresh database on the server of DATABASE_URL, migrated, with the national units and catalogue. */
export async function createBenchDb(serverUrl: string, s: Scale): Promise<{ url: string; db: Db; ids: Map<string, number> }> {
  const admin = new pg.Client({ connectionString: serverUrl });
  await admin.connect();
  await admin.query("drop database if exists dh_bench with (force)");
  await admin.query("create database dh_bench");
  await admin.end();
  const url = new URL(serverUrl);
  url.pathname = "/dh_bench";
  const db = await openDb({ databaseUrl: url.toString() });
  await migrate(db);
  const ids = new Map<string, number>();
  await db.tx(async (tx) => {
    const vn = await insertUnit(tx, { code: "VN", name: "Việt Nam", kind: "central", parentId: null });
    ids.set("VN", vn);
    for (let p = 0; p < s.provinces; p++) {
      const pid = await insertUnit(tx, { code: provinceCode(p), name: `Tỉnh ${p + 1}`, kind: "province", parentId: vn });
      ids.set(provinceCode(p), pid);
      for (let c = 0; c < s.communesPerProvince; c++)
        ids.set(communeCode(p, c), await insertUnit(tx, { code: communeCode(p, c), name: `Xã ${p + 1}.${c + 1}`, kind: "commune", parentId: pid }));
    }
    for (let i = 0; i < s.indicators; i++) {
      const ratio = isRatioIndicator(i);
      const [row] = await tx.query<{ id: number }>(
        `insert into indicator (code, name, unit, value_type, aggregation, period_type, decimals, scale, reporter_kinds, numerator_label, denominator_label)
         values ($1, $2, $3, $4, $5, 'month', 1, $6, '{commune}', $7, $8) returning id`,
        [indicatorCode(i), `Chỉ tiêu ${i}`, ratio ? "%" : "đơn vị", ratio ? "percent" : "number", ratio ? "ratio" : "sum", ratio ? 100 : 1, ratio ? "Tử" : null, ratio ? "Mẫu" : null],
      );
      ids.set(indicatorCode(i), row.id);
    }
    const hash = await hashPassword(BENCH_USER.password);
    const [u] = await tx.query<{ id: number }>("insert into app_user (username, full_name, password_hash) values ($1, 'Bench', $2) returning id", [BENCH_USER.username, hash]);
    // Office staff at the national root: may write everywhere, no TOTP step.
    await tx.query("insert into role_grant (user_id, role, org_unit_id) values ($1, 'office', $2)", [u.id, vn]);
  });
  return { url: url.toString(), db, ids };
}
