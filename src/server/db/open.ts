import type { Db } from "./db";
import { openPglite } from "./pglite";
import { openPostgres } from "./postgres";

/** DATABASE_URL set: PostgreSQL. Otherwise embedded PGlite in dataDir (memory when undefined). */
export async function openDb(opts: { databaseUrl?: string; dataDir?: string }): Promise<Db> {
  if (opts.databaseUrl) return openPostgres(opts.databaseUrl);
  return openPglite(opts.dataDir);
}
