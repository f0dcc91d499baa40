import { describe, expect, it } from "vitest";
import type { Queryable } from "../db/db";
import { GAP_GIVE_UP_MS, historyWindow } from "./federation.feed";

// A fake database: history ids visible now, and how many other transactions are open.
function fakeDb(ids: { id: number; changedAt: string }[], open: number): Queryable {
  return {
    async query<T>(text: string, params?: unknown[]) {
      if (text.includes("pg_snapshot_xip")) return [{ n: open }] as T[];
      const [after, limit] = params as [number, number];
      return ids.filter((r) => r.id > after).slice(0, limit) as T[];
    },
  };
}

describe("change feed window", () => {
  const now = Date.UTC(2026, 0, 1, 12);
  const at = (msAgo: number) => new Date(now - msAgo).toISOString();

  it("reads contiguous ids up to the limit", async () => {
    const db = fakeDb(
      [1, 2, 3, 4, 5].map((id) => ({ id, changedAt: at(1000) })),
      0,
    );
    expect(await historyWindow(db, 0, 3, now)).toMatchObject({ safeTo: 3, scanned: 3 });
    expect(await historyWindow(db, 3, 10, now)).toMatchObject({ safeTo: 5, scanned: 2 });
  });

  it("stops at a gap while another transaction is open (it may still commit the missing id)", async () => {
    const db = fakeDb(
      [1, 2, 4, 5].map((id) => ({ id, changedAt: at(1000) })),
      1,
    );
    expect((await historyWindow(db, 0, 10, now)).safeTo).toBe(2);
    expect((await historyWindow(db, 2, 10, now)).safeTo).toBe(2);
  });

  it("steps over a gap no open transaction can fill (a rolled-back write)", async () => {
    const db = fakeDb(
      [1, 2, 4, 5].map((id) => ({ id, changedAt: at(1000) })),
      0,
    );
    expect((await historyWindow(db, 0, 10, now)).safeTo).toBe(5);
  });

  it("gives up waiting on a gap older than the limit", async () => {
    const db = fakeDb(
      [
        { id: 1, changedAt: at(GAP_GIVE_UP_MS + 5000) },
        { id: 3, changedAt: at(GAP_GIVE_UP_MS + 1000) },
      ],
      3,
    );
    expect((await historyWindow(db, 0, 10, now)).safeTo).toBe(3);
  });
});
