import type { AddressInfo } from "node:net";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { addDays, isoDateInTimeZone, periodForDate, previousPeriod } from "../../core/periods";
import { indicatorsCapability } from "../indicators";
import { createTestApp, type TestApp, type TestSession } from "../testing/test-app";
import { dashboardCapability } from "./index";
import { filterEvent } from "./live";

// Live updates, operations panels, saved views and boundaries, against the real app.

let t: TestApp;
let leader: TestSession;
let wardOfficer: TestSession;
let otherOfficer: TestSession;
let baseUrl: string;
const id: Record<string, number> = {};
const today = isoDateInTimeZone(new Date());

beforeAll(async () => {
  t = await createTestApp({ capabilities: [indicatorsCapability, dashboardCapability], seed: true });
  leader = await t.login("lanhdao");
  wardOfficer = await t.login("canbo.xa");
  otherOfficer = await t.login("canbo.xa2");
  for (const code of ["BN", "P-BAC-GIANG", "X-LANG-GIANG", "P-DA-MAI", "SKHCN", "VPUB"])
    id[code] = await t.unitId(code);
  await t.app.listen({ port: 0, host: "127.0.0.1" });
  baseUrl = `http://127.0.0.1:${(t.app.server.address() as AddressInfo).port}`;
}, 120_000);
afterAll(async () => t?.close());

const get = async (s: TestSession, url: string) => {
  const res = await s.req({ method: "GET", url: `/api/v1${url}` });
  return { status: res.statusCode, body: res.json() };
};

/** Opens the event stream as `s` and collects its events. */
async function listen(s: TestSession, query = "") {
  const abort = new AbortController();
  const res = await fetch(`${baseUrl}/api/v1/dashboard/events${query}`, {
    headers: { cookie: s.cookie },
    signal: abort.signal,
  });
  const events: { event: string; data: { entity?: string; orgUnitIds?: number[] }; at: number }[] = [];
  let ready: () => void = () => undefined;
  const isReady = new Promise<void>((r) => {
    ready = r;
  });
  if (res.ok && res.body) {
    const reader = res.body.getReader();
    const decoder = new TextDecoder();
    let buf = "";
    void (async () => {
      try {
        for (;;) {
          const { value, done } = await reader.read();
          if (done) break;
          buf += decoder.decode(value, { stream: true });
          let cut = buf.indexOf("\n\n");
          while (cut >= 0) {
            const block = buf.slice(0, cut);
            buf = buf.slice(cut + 2);
            const event = /^event: (.*)$/m.exec(block)?.[1];
            const data = /^data: (.*)$/m.exec(block)?.[1];
            if (event) events.push({ event, data: data ? JSON.parse(data) : {}, at: Date.now() });
            if (event === "ready") ready();
            cut = buf.indexOf("\n\n");
          }
        }
      } catch {
        // aborted
      }
    })();
  }
  return { status: res.status, headers: res.headers, events, ready: isReady, close: () => abort.abort() };
}

describe("live updates (server-sent events)", () => {
  it("a figure entered by a ward officer reaches the province leader and the ward within 2 seconds, not another commune", async () => {
    const lead = await listen(leader);
    const own = await listen(wardOfficer);
    const other = await listen(otherOfficer);
    expect(lead.status).toBe(200);
    expect(lead.headers.get("content-type")).toContain("text/event-stream");
    await Promise.all([lead.ready, own.ready, other.ready]);
    const month = previousPeriod(periodForDate(today, "month")).code;
    const before = await get(
      leader,
      `/dashboard/overview?indicators=TTHC_HS_TRUC_TUYEN&unit=${id["P-BAC-GIANG"]}`,
    );
    const sent = Date.now();
    const w = await wardOfficer.req({
      method: "POST",
      url: "/api/v1/data-values/bulk",
      payload: {
        rows: [
          {
            indicator: "TTHC_HS_TRUC_TUYEN",
            orgUnit: "P-BAC-GIANG",
            period: month,
            numerator: 999,
            denominator: 1000,
          },
        ],
      },
    });
    expect(w.statusCode, w.body).toBe(200);
    const deadline = Date.now() + 2000;
    while (
      Date.now() < deadline &&
      (!lead.events.some((e) => e.event === "change") || !own.events.some((e) => e.event === "change"))
    )
      await new Promise((r) => setTimeout(r, 20));
    const got = lead.events.find((e) => e.event === "change");
    expect(got?.data).toMatchObject({ entity: "data_value", orgUnitIds: [id["P-BAC-GIANG"]] });
    expect((got?.at as number) - sent).toBeLessThan(2000);
    expect(own.events.some((e) => e.event === "change")).toBe(true);
    await new Promise((r) => setTimeout(r, 300));
    expect(other.events.filter((e) => e.event === "change")).toEqual([]);
    // What the refetch then reads is the new figure.
    const after = await get(
      leader,
      `/dashboard/overview?indicators=TTHC_HS_TRUC_TUYEN&unit=${id["P-BAC-GIANG"]}`,
    );
    expect(after.body.tiles[0].value).toBeCloseTo(99.9, 6);
    expect(after.body.tiles[0].value).not.toBe(before.body.tiles[0].value);
    for (const s of [lead, own, other]) s.close();
  });

  it("refuses a stream for a unit outside the caller's scope, and one without a session", async () => {
    const res = await listen(wardOfficer, `?unit=${id.BN}`);
    expect(res.status).toBe(403);
    const anon = await fetch(`${baseUrl}/api/v1/dashboard/events`);
    expect(anon.status).toBe(401);
  });

  it("filters events by unit path", () => {
    const e = { entity: "task", action: "update", orgUnitIds: [7, 9], at: "2026-01-01T00:00:00Z" };
    expect(filterEvent(e, ["/1/7/", "/1/9/"], ["/1/9/"])?.orgUnitIds).toEqual([9]);
    expect(filterEvent(e, ["/1/7/", "/1/9/"], ["/1/3/"])).toBeNull();
    expect(filterEvent({ ...e, orgUnitIds: [] }, [], ["/1/3/"])).not.toBeNull();
  });
});

describe("operations panels", () => {
  it("count overdue tasks per unit as the task rules define them, within the caller's scope", async () => {
    const [plan] = await t.db.query<{ id: number }>(
      "insert into plan (org_unit_id, doc_type, title) values ($1, 'KH', 'Kế hoạch thử') returning id",
      [id.BN],
    );
    const task = async (lead: number | null, due: string | null, extra: Record<string, unknown> = {}) => {
      const cols = {
        plan_id: plan.id,
        title: `Nhiệm vụ ${Math.random().toString(36).slice(2, 7)}`,
        assigner_unit_id: id.BN,
        lead_unit_id: lead,
        due_to: due,
        deadline_kind: due ? "date" : "none",
        ...extra,
      };
      const keys = Object.keys(cols);
      const [row] = await t.db.query<{ id: number }>(
        `insert into task (${keys.join(", ")}) values (${keys.map((_, i) => `$${i + 1}`).join(", ")}) returning id`,
        Object.values(cols),
      );
      return row.id;
    };
    await task(id["P-BAC-GIANG"], addDays(today, -30)); // overdue
    await task(id["P-BAC-GIANG"], addDays(today, 40)); // open
    await task(id["X-LANG-GIANG"], addDays(today, 3)); // due soon
    await task(id["X-LANG-GIANG"], addDays(today, -300), { paused: true }); // paused: not overdue
    await task(id.SKHCN, addDays(today, -60), { completed_on: addDays(today, -61) }); // done
    const parent = await task(null, null, { fan_out: true });
    await task(id["P-DA-MAI"], addDays(today, -5), { parent_id: parent }); // overdue (the parent is not counted)
    const recurring = await task(id["P-DA-MAI"], null, { deadline_kind: "recurring", recur_cycle: "month" });
    await t.db.query(
      "insert into task_occurrence (task_id, period_code, period_from, period_to, due_on) values ($1, 'X1', $2, $2, $2), ($1, 'X2', $3, $3, $3)",
      [recurring, addDays(today, -12), addDays(today, 18)],
    ); // its earliest open cycle is late: overdue

    const p = await get(leader, "/dashboard/panels");
    expect(p.status).toBe(200);
    const by = (code: string) => p.body.tasks.byUnit.find((u: { code: string }) => u.code === code);
    expect(by("P-BAC-GIANG")).toMatchObject({ overdue: 1, open: 2, dueSoon: 0, done: 0 });
    expect(by("X-LANG-GIANG")).toMatchObject({ overdue: 0, open: 2, dueSoon: 1 });
    expect(by("SKHCN")).toMatchObject({ overdue: 0, open: 0, done: 1 });
    expect(by("P-DA-MAI")).toMatchObject({ overdue: 2, open: 2 });
    expect(p.body.tasks.totals.overdue).toBe(3);
    expect(p.body.tasks.byUnit[0].code).toBe("P-DA-MAI"); // most overdue first
    expect(
      p.body.tasks.overdueTasks
        .map((x: { daysLate: number }) => x.daysLate)
        .sort((a: number, b: number) => a - b),
    ).toEqual([5, 12, 30]);

    const mine = await get(wardOfficer, "/dashboard/panels");
    expect(mine.body.tasks.byUnit).toEqual([
      expect.objectContaining({ code: "P-BAC-GIANG", overdue: 1, open: 2 }),
    ]);
    expect(mine.body.tasks.overdueTasks).toHaveLength(1);
  });

  it("count reports on time, late and missing from the regimes, including reports never opened", async () => {
    const m1 = previousPeriod(previousPeriod(previousPeriod(periodForDate(today, "month"))));
    const m2 = previousPeriod(previousPeriod(periodForDate(today, "month")));
    const [regime] = await t.db.query<{ id: number }>(
      `insert into report_regime (code, name, frequency, receiving_unit_id, deadline_text, deadline_rule, start_period, end_period)
       values ('BC_THU', 'Báo cáo thử', 'month', $1, 'trước ngày 5 của tháng sau', $2::jsonb, $3, $4) returning id`,
      [
        id.VPUB,
        JSON.stringify({ kind: "dayOfMonth", qualifier: "before", day: 5, month: "nextMonth" }),
        m1.code,
        m2.code,
      ],
    );
    await t.db.query("insert into report_regime_unit (regime_id, org_unit_id) values ($1, $2), ($1, $3)", [
      regime.id,
      id["P-BAC-GIANG"],
      id["X-LANG-GIANG"],
    ]);
    const due1 = addDays(m1.end, 5);
    const sub = (unit: number, period: string, status: string, sentDay: string | null) =>
      t.db.query(
        "insert into report_submission (regime_id, period, org_unit_id, status, due_on, first_submitted_at, submitted_at) values ($1, $2, $3, $4, $5, $6, $6)",
        [regime.id, period, unit, status, due1, sentDay ? `${sentDay}T09:00:00+07:00` : null],
      );
    await sub(id["P-BAC-GIANG"], m1.code, "accepted", addDays(due1, -2)); // on time
    await sub(id["X-LANG-GIANG"], m1.code, "submitted", addDays(due1, 4)); // late
    await sub(id["P-BAC-GIANG"], m2.code, "draft", null); // opened, never sent: missing
    // X-LANG-GIANG never opened the second report: missing as well.
    const p = await get(leader, "/dashboard/panels");
    expect(p.body.reports.totals).toMatchObject({
      expected: 4,
      onTime: 1,
      late: 1,
      missing: 2,
      onTimeRate: 25,
    });
    const mine = await get(wardOfficer, "/dashboard/panels");
    expect(mine.body.reports.totals).toMatchObject({ expected: 2, onTime: 1, late: 0, missing: 1 });
    expect(p.body.feedback).toBeNull(); // no feedback tables in this deployment: the panel is hidden
  });
});

describe("saved views", () => {
  it("are kept per user, shared by link only when marked shared, and audited", async () => {
    const config = {
      groups: ["CDS"],
      rankIndicator: "TTHC_DUNG_HAN",
      weights: [{ indicator: "TTHC_HS_TRUC_TUYEN", weight: 2 }],
    };
    const created = await leader.req({
      method: "POST",
      url: "/api/v1/dashboard/views",
      payload: { name: "Chuyển đổi số", config },
    });
    expect(created.statusCode, created.body).toBe(201);
    const view = created.json().item;
    expect(view).toMatchObject({ name: "Chuyển đổi số", shared: false, mine: true, config });
    expect((await get(leader, "/dashboard/views")).body.items).toHaveLength(1);
    expect((await get(wardOfficer, "/dashboard/views")).body.items).toHaveLength(0);
    // Not shared: another user cannot open the link.
    expect((await get(wardOfficer, `/dashboard/views/shared/${view.token}`)).status).toBe(404);
    const upd = await leader.req({
      method: "PUT",
      url: `/api/v1/dashboard/views/${view.id}`,
      payload: { name: "Chuyển đổi số", config, shared: true, version: view.version },
    });
    expect(upd.statusCode, upd.body).toBe(200);
    const opened = await get(wardOfficer, `/dashboard/views/shared/${view.token}`);
    expect(opened.body.item).toMatchObject({ name: "Chuyển đổi số", mine: false, config });
    // A stale version, someone else's view, markup in a name: refused.
    const stale = await leader.req({
      method: "PUT",
      url: `/api/v1/dashboard/views/${view.id}`,
      payload: { name: "X", config, shared: true, version: view.version },
    });
    expect(stale.statusCode).toBe(409);
    expect(
      (await wardOfficer.req({ method: "DELETE", url: `/api/v1/dashboard/views/${view.id}` })).statusCode,
    ).toBe(404);
    const bad = await leader.req({
      method: "POST",
      url: "/api/v1/dashboard/views",
      payload: { name: "<script>", config: {} },
    });
    expect(bad.statusCode).toBe(400);
    const extra = await leader.req({
      method: "POST",
      url: "/api/v1/dashboard/views",
      payload: { name: "A", config: { evil: 1 } },
    });
    expect(extra.statusCode).toBe(400);
    expect(
      (await leader.req({ method: "DELETE", url: `/api/v1/dashboard/views/${view.id}` })).statusCode,
    ).toBe(204);
    const audit = await t.db.query<{ action: string }>(
      "select action from audit_event where entity_type = 'dashboard_view' order by seq",
    );
    expect(audit.map((a) => a.action)).toEqual([
      "dashboard_view.create",
      "dashboard_view.update",
      "dashboard_view.delete",
    ]);
  });
});

describe("boundaries", () => {
  it("the demo map holds the 40 wards and communes of the province, a ward officer's only their ward", async () => {
    const g = await get(leader, "/dashboard/geo");
    expect(g.body.source).toBe("demo");
    expect(g.body.geojson.features).toHaveLength(40);
    expect(g.body.outline.type).toBe("Polygon");
    expect(g.body.missing).toEqual([]);
    const mine = await get(wardOfficer, "/dashboard/geo");
    expect(
      mine.body.geojson.features.map((f: { properties: { code: string } }) => f.properties.code),
    ).toEqual(["P-BAC-GIANG"]);
  });

  it("imports real boundaries matched by code, all or nothing, and lists features that match no unit", async () => {
    const admin = await t.login("admin");
    const poly = {
      type: "Polygon",
      coordinates: [
        [
          [106.1, 21.1],
          [106.2, 21.1],
          [106.2, 21.2],
          [106.1, 21.2],
          [106.1, 21.1],
        ],
      ],
    };
    const fc = (features: unknown[]) => ({ type: "FeatureCollection", features });
    const bad = await admin.req({
      method: "POST",
      url: "/api/v1/dashboard/boundaries",
      payload: fc([
        { type: "Feature", properties: { ma: "P-BAC-GIANG" }, geometry: poly },
        { type: "Feature", properties: { ma: "P-KHONG-CO", ten: "Phường Không Có" }, geometry: poly },
      ]),
    });
    expect(bad.statusCode).toBe(422);
    expect(bad.json().error.code).toBe("GEO_IMPORT_INVALID");
    expect(bad.json().error.details[0].message).toContain(
      '1 đối tượng không khớp mã đơn vị nào: #2 "P-KHONG-CO" Phường Không Có',
    );
    expect((await get(wardOfficer, "/dashboard/geo")).body.source).toBe("demo"); // nothing was saved
    const officer = await wardOfficer.req({
      method: "POST",
      url: "/api/v1/dashboard/boundaries",
      payload: fc([{ type: "Feature", properties: { ma: "P-BAC-GIANG" }, geometry: poly }]),
    });
    expect(officer.statusCode).toBe(403);
    const ok = await admin.req({
      method: "POST",
      url: "/api/v1/dashboard/boundaries",
      payload: fc([{ type: "Feature", properties: { ma: "p-bac-giang" }, geometry: poly }]),
    });
    expect(ok.statusCode, ok.body).toBe(200);
    expect(ok.json()).toMatchObject({ matched: 1, units: ["P-BAC-GIANG"] });
    const mine = await get(wardOfficer, "/dashboard/geo");
    expect(mine.body.source).toBe("import");
    expect(mine.body.geojson.features[0].geometry).toEqual(poly);
  });
});
