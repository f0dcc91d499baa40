import { mkdirSync } from "node:fs";
import { PGlite } from "@electric-sql/pglite";
import { type Db, parseTimestamp, type Queryable, TYPE_OIDS } from "./db";

// PGlite is one connection: two transactions must never interleave on it. Every statement and
// every transaction takes this lock; statements inside a transaction use the transaction's handle.
class Mutex {
  private tail: Promise<void> = Promise.resolve();
  run<T>(fn: () => Promise<T>): Promise<T> {
    const result = this.tail.then(fn);
    this.tail = result.then(
      () => undefined,
      () => undefined,
    );
    return result;
  }
}

const parsers = {
  [TYPE_OIDS.int8]: (v: string) => Number(v),
  [TYPE_OIDS.numeric]: (v: string) => Number(v),
  [TYPE_OIDS.date]: (v: string) => v,
  [TYPE_OIDS.timestamptz]: parseTimestamp,
  [TYPE_OIDS.timestamp]: parseTimestamp,
};

export async function openPglite(dataDir: string | undefined): Promise<Db> {
  if (dataDir) mkdirSync(dataDir, { recursive: true });
  const pg = await PGlite.create({ dataDir, parsers, relaxedDurability: false });
  const lock = new Mutex();
  const direct: Queryable = {
    async query<T>(text: string, params?: unknown[]) {
      const r = await pg.query<T>(text, params as unknown[]);
      return r.rows;
    },
  };
  return {
    kind: "pglite",
    query: (text, params) => lock.run(() => direct.query(text, params)),
    tx: (fn) =>
      lock.run(() =>
        pg.transaction(async (t) =>
          fn({
            async query<T>(text: string, params?: unknown[]) {
              const r = await t.query<T>(text, params as unknown[]);
              return r.rows;
            },
          }),
        ),
      ),
    exec: (script) => lock.run(async () => void (await pg.exec(script))),
    close: () => lock.run(() => pg.close()),
  };
}

/** Dumps the whole data directory as a gzipped tarball (backup for the embedded engine). */
export async function dumpPglite(dataDir: string): Promise<Buffer> {
  const pg = await PGlite.create({ dataDir });
  const blob = await pg.dumpDataDir("gzip");
  await pg.close();
  return Buffer.from(await blob.arrayBuffer());
}

/** Restores a data directory from a tarball made by dumpPglite. dataDir must be empty. */
export async function restorePglite(dataDir: string, tarball: Buffer): Promise<void> {
  mkdirSync(dataDir, { recursive: true });
  const pg = await PGlite.create({ dataDir, loadDataDir: new Blob([new Uint8Array(tarball)]) });
  await pg.query("select 1");
  await pg.close();
}
