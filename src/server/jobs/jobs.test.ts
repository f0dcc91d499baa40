import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Db } from "../db/db";
import { openTestDb } from "../testing/test-db";
import { createJobRunner, enqueueJob } from "./jobs";

let db: Db;
let drop: () => Promise<void>;
beforeAll(async () => {
  ({ db, drop } = await openTestDb());
});
afterAll(async () => drop());

describe("job runner", () => {
  it("runs due jobs once, skips future ones, dedupes by unique key", async () => {
    let clock = new Date("2026-01-01T00:00:00Z");
    const runner = createJobRunner(db, () => clock);
    const seen: unknown[] = [];
    runner.register("echo", async (p) => void seen.push(p.n));
    await enqueueJob(db, "echo", { n: 1 }, { runAt: clock });
    await enqueueJob(db, "echo", { n: 2 }, { runAt: new Date("2026-01-02T00:00:00Z") });
    await enqueueJob(db, "echo", { n: 3 }, { runAt: clock, uniqueKey: "u" });
    await enqueueJob(db, "echo", { n: 4 }, { runAt: clock, uniqueKey: "u" });
    expect(await runner.runDue()).toBe(2);
    expect(seen.sort()).toEqual([1, 3]);
    clock = new Date("2026-01-02T00:00:01Z");
    expect(await runner.runDue()).toBe(1);
    expect(seen).toContain(2);
  });

  it("retries a failing job with backoff, then marks it failed", async () => {
    let clock = new Date("2026-02-01T00:00:00Z");
    const runner = createJobRunner(db, () => clock);
    let calls = 0;
    runner.register("flaky", async () => {
      calls++;
      throw new Error("mạng lỗi");
    });
    await enqueueJob(db, "flaky", {}, { runAt: clock });
    for (let i = 0; i < 6; i++) {
      await runner.runDue();
      clock = new Date(clock.getTime() + 10 * 60_000);
    }
    expect(calls).toBe(5);
    const [job] = await db.query<{ status: string; lastError: string }>(
      `select status, last_error as "lastError" from job where kind = 'flaky'`,
    );
    expect(job).toEqual({ status: "failed", lastError: "mạng lỗi" });
  });
});
