import { createHash } from "node:crypto";
import { existsSync, readdirSync, readFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import type { Db } from "./db";

// Forward-only migrations: plain .sql files named NNNN_name.sql, applied in order, each in its own
// transaction, recorded with a checksum. A file changed after it was applied stops the start: the
// database and the code would otherwise silently disagree.

export function migrationsDir(): string {
  const here = dirname(fileURLToPath(import.meta.url));
  // src/server/db/migrations in development, dist/server/migrations in the bundle.
  for (const dir of [join(here, "migrations"), join(here, "..", "migrations"), join(here, "db", "migrations")]) if (existsSync(dir)) return dir;
  throw new Error(`Không tìm thấy thư mục migrations cạnh ${here}`);
}

export interface MigrationResult {
  applied: string[];
  skipped: number;
}

export async function migrate(db: Db, dir = migrationsDir()): Promise<MigrationResult> {
  await db.exec(`create table if not exists schema_migration (
    name text primary key, checksum text not null, applied_at timestamptz not null default now())`);
  const done = new Map(
    (await db.query<{ name: string; checksum: string }>("select name, checksum from schema_migration")).map(
      (r) => [r.name, r.checksum],
    ),
  );
  const files = readdirSync(dir)
    .filter((f) => /^\d{4}_[\w-]+\.sql$/.test(f))
    .sort();
  const applied: string[] = [];
  for (const file of files) {
    const sql = readFileSync(join(dir, file), "utf8");
    const checksum = createHash("sha256").update(sql).digest("hex");
    const previous = done.get(file);
    if (previous) {
      if (previous !== checksum)
        throw new Error(`Migration ${file} đã bị sửa sau khi áp dụng (checksum khác). Hãy tạo migration mới.`);
      continue;
    }
    await db.tx(async (tx) => {
      for (const statement of splitSqlStatements(sql)) await tx.query(statement);
      await tx.query("insert into schema_migration (name, checksum) values ($1, $2)", [file, checksum]);
    });
    applied.push(file);
  }
  return { applied, skipped: files.length - applied.length };
}

/** Splits a script on semicolons outside quotes, comments and $$ bodies. */
export function splitSqlStatements(sql: string): string[] {
  const out: string[] = [];
  let cur = "";
  let i = 0;
  while (i < sql.length) {
    const c = sql[i];
    const rest = sql.slice(i);
    if (rest.startsWith("--")) {
      const end = sql.indexOf("\n", i);
      i = end === -1 ? sql.length : end + 1;
      continue;
    }
    const dollar = /^\$[A-Za-z_]*\$/.exec(rest);
    if (dollar) {
      const close = sql.indexOf(dollar[0], i + dollar[0].length);
      const end = close === -1 ? sql.length : close + dollar[0].length;
      cur += sql.slice(i, end);
      i = end;
      continue;
    }
    if (c === "'") {
      let j = i + 1;
      while (j < sql.length && !(sql[j] === "'" && sql[j + 1] !== "'")) j += sql[j] === "'" ? 2 : 1;
      cur += sql.slice(i, j + 1);
      i = j + 1;
      continue;
    }
    if (c === ";") {
      if (cur.trim()) out.push(cur.trim());
      cur = "";
      i++;
      continue;
    }
    cur += c;
    i++;
  }
  if (cur.trim()) out.push(cur.trim());
  return out;
}
