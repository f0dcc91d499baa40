import pg from "pg";
import { type Db, parseTimestamp, type Queryable, TYPE_OIDS } from "./db";

// Same JS values as the PGlite adapter (see db.ts).
const types = {
  getTypeParser(oid: number, format?: string) {
    if (oid === TYPE_OIDS.int8 || oid === TYPE_OIDS.numeric) return (v: string) => Number(v);
    if (oid === TYPE_OIDS.date) return (v: string) => v;
    if (oid === TYPE_OIDS.timestamptz || oid === TYPE_OIDS.timestamp) return parseTimestamp;
    return pg.types.getTypeParser(oid, format as "text");
  },
};

export async function openPostgres(connectionString: string, poolSize = 10): Promise<Db> {
  // Analytics aggregate hundreds of thousands of rows per answer; PostgreSQL's default 4 MB of work
  // memory sends those sorts and hashes to disk. Set for every connection at startup.
  const workMem = (process.env.PG_WORK_MEM ?? "64MB").replace(/[^0-9A-Za-z]/g, "");
  const pool = new pg.Pool({
    connectionString,
    max: poolSize,
    types: types as pg.CustomTypesConfig,
    options: `-c work_mem=${workMem}`,
  });
  // An idle connection that the server closes (restart, admin termination) must not crash the
  // process: the pool drops it and opens a new one on the next query.
  pool.on("error", (err) => console.error("PostgreSQL: kết nối rảnh bị đóng:", err.message));
  // Fail at start, not at the first request, when the server is unreachable.
  const probe = await pool.connect();
  probe.release();
  const run = async <T>(c: pg.Pool | pg.PoolClient, text: string, params?: unknown[]) =>
    (await c.query(text, params as unknown[])).rows as T[];
  return {
    kind: "postgres",
    query: (text, params) => run(pool, text, params),
    async tx(fn) {
      const client = await pool.connect();
      try {
        await client.query("begin");
        const handle: Queryable = { query: (text, params) => run(client, text, params) };
        const result = await fn(handle);
        await client.query("commit");
        return result;
      } catch (err) {
        await client.query("rollback").catch(() => undefined);
        throw err;
      } finally {
        client.release();
      }
    },
    exec: async (script) => void (await pool.query(script)),
    close: () => pool.end(),
  };
}
