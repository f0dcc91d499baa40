import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { fakeClock } from "../../tasks/test-helpers";
import { createTestApp, type TestApp, type TestSession } from "../../testing/test-app";
import { createPlansCapability } from "..";

const TODAY = "2026-11-22";
const clock = fakeClock(TODAY);
let t: TestApp;
let office: TestSession;

beforeAll(async () => {
  t = await createTestApp({
    capabilities: [createPlansCapability({ now: clock.now, smtpUrl: "" })],
    seed: true,
    today: TODAY,
    now: clock.now,
  });
  office = await t.login("tonghop");
});
afterAll(async () => t.close());

describe("demo seed", () => {
  it("imports the three seed plans through the parser, in their real chain", async () => {
    const plans = (await office.req({ method: "GET", url: "/api/v1/plans" })).json().items as Array<{
      id: number;
      number: string | null;
      taskCount: number;
      parentPlanId: number | null;
      title: string;
    }>;
    expect(plans).toHaveLength(4);
    const qd = plans.find((p) => p.number === "1012/QĐ-TTg");
    const province = plans.find((p) => p.number === "4117/KH-UBND");
    const city = plans.find((p) => p.title.startsWith("Triển khai Kế hoạch số 4117"));
    expect(province?.parentPlanId).toBe(qd?.id);
    expect(city?.parentPlanId).toBe(province?.id);
    expect(province?.taskCount).toBe(13);
    const detail = (await office.req({ method: "GET", url: `/api/v1/plans/${city?.id}` })).json();
    expect(detail.ancestors.map((a: { number: string }) => a.number)).toEqual([
      "4117/KH-UBND",
      "1012/QĐ-TTg",
    ]);
  });

  it("gives tasks a realistic mix of statuses relative to today", async () => {
    const all = (await office.req({ method: "GET", url: "/api/v1/tasks?view=all&pageSize=1" })).json();
    const c = all.counts as Record<string, number>;
    for (const s of ["done_on_time", "done_late", "overdue", "in_progress", "not_started"])
      expect(c[s], s).toBeGreaterThan(0);
    expect(all.total).toBeGreaterThan(90);
    // Some deadlines were extended into the coming weeks, so something is due soon.
    const soon = (
      await office.req({
        method: "GET",
        url: `/api/v1/tasks?view=all&dueFrom=${TODAY}&dueTo=2026-11-29&status=in_progress,not_started`,
      })
    ).json();
    expect(soon.total).toBeGreaterThan(0);
    // Demo officers have work of their own.
    const so = await t.login("canbo.so");
    expect((await so.req({ method: "GET", url: "/api/v1/tasks?view=mine" })).json().total).toBeGreaterThan(0);
    const xa = await t.login("canbo.xa");
    expect((await xa.req({ method: "GET", url: "/api/v1/tasks?view=mine" })).json().total).toBeGreaterThan(
      20,
    );
  });

  it("is reproducible for the same day", async () => {
    const rows = await t.db.query<{ s: string }>(
      "select string_agg(id || ':' || progress || ':' || coalesce(completed_on::text,''), ',' order by id) as s from task",
    );
    const again = await createTestApp({
      capabilities: [createPlansCapability({ now: clock.now, smtpUrl: "" })],
      seed: true,
      today: TODAY,
    });
    try {
      const rows2 = await again.db.query<{ s: string }>(
        "select string_agg(id || ':' || progress || ':' || coalesce(completed_on::text,''), ',' order by id) as s from task",
      );
      expect(rows2[0].s).toBe(rows[0].s);
    } finally {
      await again.close();
    }
  });
});
