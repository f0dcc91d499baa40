import { createServer, type Server } from "node:http";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import {
  createStore,
  type Instance,
  type Session,
  type Store,
  startInstance,
  waitFor,
} from "./exchange.test-helpers";
import { deliverDueWebhooks, MAX_ATTEMPTS, produceWebhookEvents } from "./webhooks.service";
import { signedHeaders, verifyWebhook } from "./webhooks.sign";

interface Received {
  headers: Record<string, string | string[] | undefined>;
  body: string;
}

let store: Store;
let inst: Instance;
let admin: Session;
let receiver: Server;
let receiverUrl: string;
const received: Received[] = [];
let failNext = 0;

beforeAll(async () => {
  receiver = createServer((req, res) => {
    let body = "";
    req.on("data", (c) => (body += c));
    req.on("end", () => {
      received.push({ headers: req.headers, body });
      res.statusCode = failNext-- > 0 ? 500 : 200;
      res.end("ok");
    });
  });
  await new Promise<void>((r) => receiver.listen(0, "127.0.0.1", r));
  receiverUrl = `http://127.0.0.1:${(receiver.address() as { port: number }).port}/hook`;
  store = await createStore();
  inst = await startInstance(store, { catalogue: true });
  admin = await inst.login("admin");
});
afterAll(async () => {
  await inst?.stop();
  await store?.drop();
  await new Promise((r) => receiver?.close(r));
});

const write = (rows: unknown[]) =>
  admin.req({ method: "POST", url: "/api/v1/data-values/bulk", payload: { rows } });
const subscribe = async (body: Record<string, unknown>) => {
  const res = await admin.req({
    method: "POST",
    url: "/api/v1/exchange/webhooks",
    payload: { url: receiverUrl, ...body },
  });
  expect(res.statusCode, res.body).toBe(201);
  return res.json() as { item: { id: number; version: number }; secret: string };
};

describe("webhooks", () => {
  it("delivers signed data events a subscriber can verify, for its units only, and logs them", async () => {
    const sub = await subscribe({ name: "Kho dữ liệu xã", events: ["data_value"], units: ["X-LANG-GIANG"] });
    expect(sub.secret).toMatch(/^whsec_/);
    received.length = 0;
    expect(
      (
        await write([
          { indicator: "TTHC_TONG_HO_SO", orgUnit: "X-LANG-GIANG", period: "202501", value: 321 },
          { indicator: "TTHC_TONG_HO_SO", orgUnit: "X-TIEN-LUC", period: "202501", value: 5 },
        ])
      ).statusCode,
    ).toBe(200);
    await waitFor(async () => received.length > 0, 10_000, "webhook");
    const [hit] = received;
    expect(verifyWebhook(sub.secret, hit.headers, hit.body)).toEqual({ ok: true });
    expect(verifyWebhook("whsec_other", hit.headers, hit.body).ok).toBe(false);
    const event = JSON.parse(hit.body);
    expect(event.type).toBe("data_value.changed");
    expect(hit.headers["x-dieuhanh-event-id"]).toBe(event.id);
    expect(event.data.values).toEqual([
      expect.objectContaining({
        indicator: "TTHC_TONG_HO_SO",
        orgUnit: "X-LANG-GIANG",
        period: "202501",
        value: 321,
        version: 1,
      }),
    ]);
    await waitFor(
      async () => {
        const log = (
          await admin.req({ method: "GET", url: `/api/v1/exchange/webhooks/${sub.item.id}/deliveries` })
        ).json();
        return log.items[0]?.status === "delivered";
      },
      5000,
      "delivery log",
    );
    const log = (
      await admin.req({ method: "GET", url: `/api/v1/exchange/webhooks/${sub.item.id}/deliveries` })
    ).json();
    expect(log.items[0]).toMatchObject({
      eventType: "data_value.changed",
      status: "delivered",
      attempts: 1,
      lastStatusCode: 200,
    });
    await admin.req({
      method: "PUT",
      url: `/api/v1/exchange/webhooks/${sub.item.id}`,
      payload: {
        name: "Kho dữ liệu xã",
        url: receiverUrl,
        events: ["data_value"],
        units: ["X-LANG-GIANG"],
        active: false,
        version: sub.item.version,
      },
    });
  });

  it("retries a failing subscriber with backoff, keeping the event id, and gives up after the last attempt", async () => {
    const sub = await subscribe({ name: "Hệ thống hay lỗi", events: ["data_value"], units: [] });
    received.length = 0;
    failNext = 2;
    await write([{ indicator: "TTHC_TONG_HO_SO", orgUnit: "X-LANG-GIANG", period: "202502", value: 10 }]);
    // Wait until the first (failed) attempt is recorded, not just received.
    await waitFor(
      async () => {
        const [d] = await inst.db.query<{ code: number | null }>(
          "select last_status_code as code from webhook_delivery where subscription_id = $1",
          [sub.item.id],
        );
        return d?.code === 500;
      },
      10_000,
      "first attempt",
    );
    const later = (s: number) => new Date(Date.now() + s * 1000);
    expect(await deliverDueWebhooks(inst.db, { now: new Date() })).toBe(0); // backing off
    await deliverDueWebhooks(inst.db, { now: later(15) });
    await deliverDueWebhooks(inst.db, { now: later(60) });
    expect(received).toHaveLength(3);
    const ids = new Set(received.map((r) => r.headers["x-dieuhanh-event-id"]));
    expect(ids.size).toBe(1);
    const [row] = await inst.db.query<{ status: string; attempts: number }>(
      "select status, attempts from webhook_delivery where subscription_id = $1",
      [sub.item.id],
    );
    expect(row).toEqual({ status: "delivered", attempts: 3 });

    // A subscriber that never answers well ends "failed" after MAX_ATTEMPTS, and can be sent again by hand.
    failNext = 1000;
    await write([{ indicator: "TTHC_TONG_HO_SO", orgUnit: "X-LANG-GIANG", period: "202503", value: 11 }]);
    await produceWebhookEvents(inst.db);
    for (let i = 0; i < MAX_ATTEMPTS + 2; i++)
      await deliverDueWebhooks(inst.db, { now: later(4000 * (i + 1)) });
    const [failed] = await inst.db.query<{ id: number; status: string; attempts: number; lastError: string }>(
      `select id, status, attempts, last_error as "lastError" from webhook_delivery where subscription_id = $1 order by id desc limit 1`,
      [sub.item.id],
    );
    expect(failed).toMatchObject({
      status: "failed",
      attempts: MAX_ATTEMPTS,
      lastError: "Máy nhận trả HTTP 500.",
    });
    failNext = 0;
    const again = await admin.req({
      method: "POST",
      url: `/api/v1/exchange/webhooks/${sub.item.id}/deliveries/${failed.id}/redeliver`,
    });
    expect(again.statusCode).toBe(200);
    // The app's own background delivery may take it first; either way it must end delivered.
    await waitFor(
      async () => {
        await deliverDueWebhooks(inst.db);
        const [done] = await inst.db.query<{ status: string }>(
          "select status from webhook_delivery where id = $1",
          [failed.id],
        );
        return done.status === "delivered";
      },
      10_000,
      "redelivery",
    );
  });

  it("sends task events from the task feed", async () => {
    await subscribe({ name: "Theo dõi nhiệm vụ", events: ["task"], units: ["X-LANG-GIANG"] });
    received.length = 0;
    const bn = await inst.unitId("BN");
    const [plan] = await inst.db.query<{ id: number }>(
      "insert into plan (org_unit_id, doc_type, title) values ($1, 'KH', 'Kế hoạch thử') returning id",
      [bn],
    );
    await inst.db.query(
      "insert into task (plan_id, title, assigner_unit_id, lead_unit_id) values ($1, 'Báo cáo số liệu TTHC', $2, $3)",
      [plan.id, bn, await inst.unitId("X-LANG-GIANG")],
    );
    await inst.db.query(
      "insert into task (plan_id, title, assigner_unit_id, lead_unit_id) values ($1, 'Việc của xã khác', $2, $3)",
      [plan.id, bn, await inst.unitId("X-TIEN-LUC")],
    );
    await produceWebhookEvents(inst.db);
    await deliverDueWebhooks(inst.db);
    const tasks = received.map((r) => JSON.parse(r.body)).filter((e) => e.type === "task.created");
    expect(tasks).toHaveLength(1);
    expect(tasks[0].data.tasks.map((t: { title: string }) => t.title)).toEqual(["Báo cáo số liệu TTHC"]);
  });

  it("refuses a subscription with a bad address and lets only administrators subscribe", async () => {
    const bad = await admin.req({
      method: "POST",
      url: "/api/v1/exchange/webhooks",
      payload: { name: "x", url: "ftp://example.vn/h", events: ["task"] },
    });
    expect([bad.statusCode, bad.json().error.code]).toEqual([422, "EXCHANGE_URL_INVALID"]);
    const office = await inst.login("tonghop");
    expect(
      (
        await office.req({
          method: "POST",
          url: "/api/v1/exchange/webhooks",
          payload: { name: "y", url: receiverUrl, events: ["task"] },
        })
      ).statusCode,
    ).toBe(403);
  });

  it("the sync notify endpoint refuses forged and replayed signatures", async () => {
    const secret = "notify-secret-0123456789";
    const link = await admin.req({
      method: "POST",
      url: "/api/v1/exchange/sync/links",
      payload: {
        name: "Cấp trên giả",
        upperUrl: "http://127.0.0.1:9",
        apiKey: "dhk_x",
        ownedUnits: ["X-LANG-GIANG"],
        groups: [],
        notifySecret: secret,
      },
    });
    expect(link.statusCode, link.body).toBe(201);
    const uid = link.json().item.uid as string;
    const body = JSON.stringify({ type: "data_value.changed" });
    const send = (headers: Record<string, string>) =>
      inst.app.inject({
        method: "POST",
        url: `/api/v1/exchange/sync/notify/${uid}`,
        headers: { ...headers, "content-type": "application/json" },
        payload: body,
      });
    const good = await send(signedHeaders(secret, body, "e1"));
    expect(good.statusCode, good.body).toBe(200);
    const forged = await send(signedHeaders("wrong-secret-0123456789", body, "e1"));
    expect([forged.statusCode, forged.json().error.code]).toEqual([401, "WEBHOOK_SIGNATURE_INVALID"]);
    const replayed = await send(signedHeaders(secret, body, "e1", Date.now() - 10 * 60_000));
    expect(replayed.statusCode).toBe(401);
    expect(replayed.json().error.message).toContain("5 phút");
  });
});
