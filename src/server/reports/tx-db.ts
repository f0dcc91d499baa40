import type { Db, Queryable } from "../db/db";

/**
 * Lets a service that takes a `Db` (writeDataValues) run inside the caller's open transaction:
 * its own `tx(fn)` simply runs `fn` on the same transaction. A submission's figures and its status
 * then commit together or not at all. The service's own "roll back on error" is a throw, which
 * rolls back the caller's transaction too, as it should.
 */
export function txAsDb(tx: Queryable, kind: Db["kind"]): Db {
  return {
    kind,
    query: (text, params) => tx.query(text, params),
    tx: (fn) => fn(tx),
    exec: () => Promise.reject(new Error("exec is not available inside a transaction")),
    close: () => Promise.resolve(),
  };
}
