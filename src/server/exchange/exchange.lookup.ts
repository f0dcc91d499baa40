// Small shared helpers of the exchange capability: codes to rows, optional tables, and running a
// Db-taking writer (writeDataValues) inside a transaction we already hold.
import type { Db, Queryable } from "../db/db";
import type { AppEvents } from "../events";
import { exchangeError } from "./exchange.errors";

export interface UnitRow {
  id: number;
  code: string;
  name: string;
  path: string;
}

export async function resolveUnitCodes(q: Queryable, codes: string[]): Promise<UnitRow[]> {
  const wanted = [...new Set(codes.map((c) => c.trim()).filter(Boolean))];
  const rows = await q.query<UnitRow>(
    "select id, code, name, path from org_unit where lower(code) = any($1::text[])",
    [wanted.map((c) => c.toLowerCase())],
  );
  const found = new Set(rows.map((r) => r.code.toLowerCase()));
  const missing = wanted.filter((c) => !found.has(c.toLowerCase()));
  if (missing.length) throw exchangeError.unknownUnits(missing);
  return rows;
}

/** Canonical codes of the given indicators; unknown ones are an error. */
export async function resolveIndicatorCodes(q: Queryable, codes: string[]): Promise<string[]> {
  const wanted = [...new Set(codes.map((c) => c.trim()).filter(Boolean))];
  if (!wanted.length) return [];
  const rows = await q.query<{ code: string }>(
    "select code from indicator where lower(code) = any($1::text[])",
    [wanted.map((c) => c.toLowerCase())],
  );
  const found = new Set(rows.map((r) => r.code.toLowerCase()));
  const missing = wanted.filter((c) => !found.has(c.toLowerCase()));
  if (missing.length) throw exchangeError.unknownIndicators(missing);
  return rows.map((r) => r.code).sort();
}

export async function resolveGroupCodes(q: Queryable, codes: string[]): Promise<string[]> {
  const wanted = [...new Set(codes.map((c) => c.trim()).filter(Boolean))];
  if (!wanted.length) return [];
  const rows = await q.query<{ code: string }>(
    "select code from indicator_group where code = any($1::text[])",
    [wanted],
  );
  const found = new Set(rows.map((r) => r.code));
  const missing = wanted.filter((c) => !found.has(c));
  if (missing.length) throw exchangeError.unknownGroups(missing);
  return wanted;
}

/** Indicator ids in any of the groups (empty groups list: none). */
export async function indicatorIdsInGroups(q: Queryable, groups: string[]): Promise<number[]> {
  if (!groups.length) return [];
  const rows = await q.query<{ id: number }>(
    `select distinct m.indicator_id as id from indicator_group_member m join indicator_group g on g.id = m.group_id
      where g.code = any($1::text[])`,
    [groups],
  );
  return rows.map((r) => r.id);
}

/** Whether a table of another capability exists in this database (tasks may not be installed). */
export async function tableExists(q: Queryable, name: string): Promise<boolean> {
  const [row] = await q.query<{ ok: boolean }>("select to_regclass($1) is not null as ok", [name]);
  return !!row?.ok;
}

let savepointSeq = 0;

/**
 * A Db whose queries run in `tx` and whose tx() is a savepoint inside it. writeDataValues takes a Db
 * and opens its own transaction; through this it joins ours, so a batch receipt, the cursor and the
 * values it carries commit together or not at all (exactly-once effect for at-least-once delivery).
 */
export function joinTransaction(db: Db, tx: Queryable): Db {
  return {
    kind: db.kind,
    query: (text, params) => tx.query(text, params),
    async tx(fn) {
      const name = `dh_nested_${++savepointSeq}`;
      await tx.query(`savepoint ${name}`);
      try {
        const out = await fn(tx);
        await tx.query(`release savepoint ${name}`);
        return out;
      } catch (e) {
        await tx.query(`rollback to savepoint ${name}`);
        throw e;
      }
    },
    exec: () => Promise.reject(new Error("exec() không dùng được trong giao dịch lồng nhau")),
    close: () => Promise.resolve(),
  };
}

/**
 * writeDataValues options for machine-to-machine sync. `warnings: false` asks it to skip the outlier
 * warnings (no one reads them on a sync, and on a deep history they cost more than the write itself);
 * writeDataValues ignores the flag until it supports it (passed as a variable, so it type-checks).
 */
export function syncWriteOptions(source: string, events?: AppEvents) {
  const opts = { dryRun: false, source, events, warnings: false };
  return opts;
}

/** Subtree test on materialized paths. */
export const inSubtree = (path: string, roots: string[]) => roots.some((r) => path.startsWith(r));
