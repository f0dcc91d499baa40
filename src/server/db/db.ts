// One database interface over PostgreSQL (`pg`) and embedded PGlite. Services and repos only ever
// see `Queryable`; which engine runs underneath is decided once, in openDb().

export type Row = Record<string, unknown>;

export interface Queryable {
  /** Runs one parameterized statement ($1, $2, ...) and returns its rows. */
  query<T = Row>(text: string, params?: unknown[]): Promise<T[]>;
}

export interface Db extends Queryable {
  readonly kind: "pglite" | "postgres";
  /** Runs fn in one transaction: committed if it resolves, rolled back if it throws. */
  tx<T>(fn: (tx: Queryable) => Promise<T>): Promise<T>;
  /** Runs a multi-statement script (migrations). */
  exec(script: string): Promise<void>;
  close(): Promise<void>;
}

/** First row or undefined. */
export async function one<T = Row>(q: Queryable, text: string, params?: unknown[]): Promise<T | undefined> {
  const rows = await q.query<T>(text, params);
  return rows[0];
}

// Both engines return these types as the same JS values: dates as "YYYY-MM-DD" strings, timestamps
// as ISO strings, 64-bit integers and numerics as numbers (our counts and values fit in a double).
export const TYPE_OIDS = { int8: 20, numeric: 1700, date: 1082, timestamp: 1114, timestamptz: 1184 } as const;

export function parseTimestamp(v: string): string {
  // PostgreSQL text form "2026-11-22 02:11:27.123+00" -> ISO 8601.
  const d = new Date(v.includes("T") ? v : v.replace(" ", "T").replace(/([+-]\d\d)$/, "$1:00"));
  return Number.isNaN(d.getTime()) ? v : d.toISOString();
}
