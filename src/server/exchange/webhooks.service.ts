// Webhooks: subscribers receive signed events for data and task changes. Events are made from the
// durable feeds (data_value_history, task, task_update) with a cursor per subscription, so nothing is
// lost across restarts; each event becomes a delivery row, retried with backoff, and kept as a log.
import { randomUUID } from "node:crypto";
import { appendAudit } from "../audit/audit.repo";
import { can, hasAnywhere } from "../auth/authorize";
import { auditActor, type Ctx } from "../auth/context";
import type { Db, Queryable } from "../db/db";
import { fail } from "../http/errors";
import { exchangeError } from "./exchange.errors";
import { resolveUnitCodes, tableExists } from "./exchange.lookup";
import { changedValues, historyWindow, subtreeUnitIds } from "./federation.feed";
import { newWebhookSecret, signedHeaders } from "./webhooks.sign";

export const WEBHOOK_EVENTS = ["data_value", "task"] as const;
export type WebhookEvent = (typeof WEBHOOK_EVENTS)[number];
export const MAX_ATTEMPTS = 8;
const EVENT_CHUNK = 1000;

export interface WebhookInput {
  name: string;
  url: string;
  events: WebhookEvent[];
  units: string[];
  active?: boolean;
}

const VIEW = `s.id, s.name, s.url, s.events, s.active, s.created_at as "createdAt", s.version,
  coalesce((select json_agg(json_build_object('id', o.id, 'code', o.code, 'name', o.name, 'path', o.path) order by o.path)
    from org_unit o where o.id = any(s.unit_ids)), '[]'::json) as units,
  (select count(*)::int from webhook_delivery d where d.subscription_id = s.id and d.status = 'pending') as pending,
  (select count(*)::int from webhook_delivery d where d.subscription_id = s.id and d.status = 'failed') as failed,
  (select max(d.delivered_at) from webhook_delivery d where d.subscription_id = s.id) as "lastDeliveredAt"`;

interface SubRow {
  id: number;
  name: string;
  url: string;
  events: string[];
  active: boolean;
  units: { id: number; code: string; name: string; path: string }[];
  pending: number;
  failed: number;
  lastDeliveredAt: string | null;
  createdAt: string;
  version: number;
}

export function checkWebhookUrl(url: string): string {
  let u: URL;
  try {
    u = new URL(url);
  } catch {
    throw exchangeError.badUrl(`Địa chỉ "${url}" không hợp lệ.`);
  }
  if (u.protocol !== "https:" && u.protocol !== "http:")
    throw exchangeError.badUrl("Địa chỉ phải bắt đầu bằng https:// hoặc http://.");
  if (u.username || u.password)
    throw exchangeError.badUrl("Không ghi tên đăng nhập, mật khẩu trong địa chỉ.");
  return u.toString();
}

export function createWebhookService(db: Db) {
  async function load(q: Queryable, id: number): Promise<SubRow> {
    const [row] = await q.query<SubRow>(`select ${VIEW} from webhook_subscription s where s.id = $1`, [id]);
    if (!row) throw exchangeError.webhookNotFound(id);
    return row;
  }
  function assertManage(ctx: Ctx, units: { path: string }[]) {
    if (!hasAnywhere(ctx.who, "exchange.manage")) throw fail("FORBIDDEN");
    // An empty unit list means "every unit": only an admin of a root may subscribe to everything.
    if (
      !units.length &&
      !ctx.who.grants.some((g) => g.role === "admin" && g.path.split("/").filter(Boolean).length === 1)
    )
      throw fail("FORBIDDEN");
    for (const u of units) if (!can(ctx.who, "exchange.manage", u.path)) throw fail("FORBIDDEN");
  }
  async function cursors(q: Queryable) {
    const [h] = await q.query<{ top: number }>(
      "select coalesce(max(id), 0)::bigint as top from data_value_history",
    );
    const hasTasks = await tableExists(q, "task");
    const t = hasTasks
      ? (await q.query<{ top: number }>("select coalesce(max(id), 0)::bigint as top from task"))[0]
      : { top: 0 };
    const u = hasTasks
      ? (await q.query<{ top: number }>("select coalesce(max(id), 0)::bigint as top from task_update"))[0]
      : { top: 0 };
    return [Number(h.top), Number(t.top), Number(u.top)];
  }

  return {
    async list(ctx: Ctx) {
      if (!hasAnywhere(ctx.who, "exchange.manage")) throw fail("FORBIDDEN");
      const rows = await db.query<SubRow>(`select ${VIEW} from webhook_subscription s order by s.name`);
      return rows.filter((r) => r.units.every((u) => can(ctx.who, "exchange.manage", u.path)));
    },

    /** The secret is returned once; subscribers need it to check signatures. Events start from now. */
    async create(ctx: Ctx, input: WebhookInput) {
      return db.tx(async (tx) => {
        const units = await resolveUnitCodes(tx, input.units);
        assertManage(ctx, units);
        const secret = newWebhookSecret();
        const [dataCursor, taskCreated, taskCursor] = await cursors(tx);
        const [{ id }] = await tx.query<{ id: number }>(
          `insert into webhook_subscription (name, url, secret, events, unit_ids, active, data_cursor, task_created_cursor, task_cursor, created_by)
           values ($1, $2, $3, $4::text[], $5::int[], $6, $7, $8, $9, $10) returning id`,
          [
            input.name,
            checkWebhookUrl(input.url),
            secret,
            input.events,
            units.map((u) => u.id),
            input.active ?? true,
            dataCursor,
            taskCreated,
            taskCursor,
            ctx.who.kind === "user" ? ctx.who.id : null,
          ],
        );
        const item = await load(tx, id);
        await appendAudit(tx, {
          ...auditActor(ctx),
          action: "webhook.create",
          entityType: "webhook_subscription",
          entityId: id,
          after: item,
        });
        return { item, secret };
      });
    },

    async update(ctx: Ctx, id: number, version: number, input: WebhookInput) {
      return db.tx(async (tx) => {
        const before = await load(tx, id);
        assertManage(ctx, before.units);
        const units = await resolveUnitCodes(tx, input.units);
        assertManage(ctx, units);
        const rows = await tx.query(
          `update webhook_subscription set name = $3, url = $4, events = $5::text[], unit_ids = $6::int[], active = $7, version = version + 1
            where id = $1 and version = $2 returning id`,
          [
            id,
            version,
            input.name,
            checkWebhookUrl(input.url),
            input.events,
            units.map((u) => u.id),
            input.active ?? before.active,
          ],
        );
        if (!rows.length) throw fail("VERSION_CONFLICT");
        const after = await load(tx, id);
        await appendAudit(tx, {
          ...auditActor(ctx),
          action: "webhook.update",
          entityType: "webhook_subscription",
          entityId: id,
          before,
          after,
        });
        return after;
      });
    },

    async rotateSecret(ctx: Ctx, id: number) {
      return db.tx(async (tx) => {
        const row = await load(tx, id);
        assertManage(ctx, row.units);
        const secret = newWebhookSecret();
        await tx.query("update webhook_subscription set secret = $2, version = version + 1 where id = $1", [
          id,
          secret,
        ]);
        await appendAudit(tx, {
          ...auditActor(ctx),
          action: "webhook.rotate_secret",
          entityType: "webhook_subscription",
          entityId: id,
        });
        return { item: await load(tx, id), secret };
      });
    },

    async deliveries(ctx: Ctx, id: number, page: number, pageSize: number) {
      const row = await load(db, id);
      assertManage(ctx, row.units);
      const items = await db.query(
        `select id, event_id as "eventId", event_type as "eventType", status, attempts, next_attempt_at as "nextAttemptAt",
                last_status_code as "lastStatusCode", last_error as "lastError", created_at as "createdAt", delivered_at as "deliveredAt"
           from webhook_delivery where subscription_id = $1 order by id desc limit $2 offset $3`,
        [id, pageSize, (page - 1) * pageSize],
      );
      const [{ total }] = await db.query<{ total: number }>(
        "select count(*)::int as total from webhook_delivery where subscription_id = $1",
        [id],
      );
      return { items, total };
    },

    /** Sends a failed (or any) delivery again, with a fresh signature. */
    async redeliver(ctx: Ctx, id: number, deliveryId: number) {
      const row = await load(db, id);
      assertManage(ctx, row.units);
      const rows = await db.query(
        `update webhook_delivery set status = 'pending', attempts = 0, next_attempt_at = now() where id = $1 and subscription_id = $2 returning id`,
        [deliveryId, id],
      );
      if (!rows.length) throw fail("NOT_FOUND");
      return { ok: true };
    },
  };
}

export type WebhookService = ReturnType<typeof createWebhookService>;

async function addDelivery(q: Queryable, subscriptionId: number, type: string, data: unknown) {
  const eventId = randomUUID();
  const payload = { id: eventId, type, createdAt: new Date().toISOString(), data };
  await q.query(
    "insert into webhook_delivery (subscription_id, event_id, event_type, payload) values ($1, $2, $3, $4::jsonb)",
    [subscriptionId, eventId, type, JSON.stringify(payload)],
  );
}

/** Turns new feed rows into deliveries for every active subscription; cursor and rows commit together. */
export async function produceWebhookEvents(db: Db): Promise<number> {
  const subs = await db.query<{ id: number; events: string[]; unitIds: number[] }>(
    `select id, events, unit_ids as "unitIds" from webhook_subscription where active order by id`,
  );
  const hasTasks = subs.length ? await tableExists(db, "task") : false;
  let made = 0;
  for (const s of subs) {
    const units = s.unitIds.length ? await subtreeUnitIds(db, s.unitIds) : null;
    await db.tx(async (tx) => {
      const [cur] = await tx.query<{ d: number; t: number; c: number }>(
        "select data_cursor as d, task_cursor as t, task_created_cursor as c from webhook_subscription where id = $1 for update",
        [s.id],
      );
      const sets: number[] = [Number(cur.d), Number(cur.c), Number(cur.t)];
      if (s.events.includes("data_value")) {
        const w = await historyWindow(tx, sets[0], EVENT_CHUNK);
        const values = await changedValues(tx, sets[0], w.safeTo, { indicatorIds: null, unitIds: units });
        if (values.length) {
          await addDelivery(tx, s.id, "data_value.changed", { values });
          made++;
        }
        sets[0] = w.safeTo;
      }
      if (s.events.includes("task") && hasTasks) {
        const created = await historyWindow(tx, sets[1], EVENT_CHUNK, Date.now(), "task");
        const tasks = await tx.query(
          `select t.id, t.code, t.title, lu.code as "leadUnit", t.due_to as "dueTo", t.progress
             from task t left join org_unit lu on lu.id = t.lead_unit_id
            where t.id > $1 and t.id <= $2 and ($3::int[] is null or t.lead_unit_id = any($3::int[])) order by t.id`,
          [sets[1], created.safeTo, units],
        );
        if (tasks.length) {
          await addDelivery(tx, s.id, "task.created", { tasks });
          made++;
        }
        sets[1] = created.safeTo;
        const updated = await historyWindow(tx, sets[2], EVENT_CHUNK, Date.now(), "task_update");
        const updates = await tx.query(
          `select u.id, u.task_id as "taskId", u.kind, u.progress, u.note, u.author_name as "author", u.at, lu.code as "leadUnit"
             from task_update u join task t on t.id = u.task_id left join org_unit lu on lu.id = t.lead_unit_id
            where u.id > $1 and u.id <= $2 and ($3::int[] is null or t.lead_unit_id = any($3::int[])) order by u.id`,
          [sets[2], updated.safeTo, units],
        );
        if (updates.length) {
          await addDelivery(tx, s.id, "task.updated", { updates });
          made++;
        }
        sets[2] = updated.safeTo;
      }
      await tx.query(
        "update webhook_subscription set data_cursor = $2, task_created_cursor = $3, task_cursor = $4 where id = $1",
        [s.id, ...sets],
      );
    });
  }
  return made;
}

/** Backoff after n failed attempts: 10 s, 20 s, 40 s ... at most one hour. */
export const webhookBackoffMs = (attempts: number) =>
  Math.min(10_000 * 2 ** Math.max(0, attempts - 1), 3_600_000);

/** Sends due deliveries. Each is leased first, so several app instances never send one twice at once. */
export async function deliverDueWebhooks(
  db: Db,
  opts: { fetchImpl?: typeof fetch; now?: Date; limit?: number } = {},
): Promise<number> {
  const now = opts.now ?? new Date();
  const leased = await db.tx((tx) =>
    tx.query<{
      id: number;
      eventId: string;
      payload: unknown;
      attempts: number;
      url: string;
      secret: string;
    }>(
      `update webhook_delivery d set next_attempt_at = $2::timestamptz + interval '2 minutes', attempts = d.attempts + 1
         from webhook_subscription s
        where s.id = d.subscription_id and d.id in (
          select id from webhook_delivery where status = 'pending' and next_attempt_at <= $2 order by id limit $1 for update skip locked)
        returning d.id, d.event_id as "eventId", d.payload, d.attempts, s.url, s.secret`,
      [opts.limit ?? 50, now.toISOString()],
    ),
  );
  for (const d of leased) {
    const body = JSON.stringify(d.payload);
    let status = 0;
    let error: string | null = null;
    try {
      const res = await (opts.fetchImpl ?? fetch)(d.url, {
        method: "POST",
        headers: signedHeaders(d.secret, body, d.eventId),
        body,
        signal: AbortSignal.timeout(10_000),
      });
      status = res.status;
      await res.arrayBuffer().catch(() => undefined);
      if (!res.ok) error = `Máy nhận trả HTTP ${res.status}.`;
    } catch (e) {
      error = `Không gửi được: ${(e as { cause?: { code?: string } }).cause?.code ?? (e as Error).message}.`;
    }
    if (!error)
      await db.query(
        "update webhook_delivery set status = 'delivered', delivered_at = now(), last_status_code = $2, last_error = null where id = $1",
        [d.id, status],
      );
    else {
      const failed = d.attempts >= MAX_ATTEMPTS;
      await db.query(
        "update webhook_delivery set status = $2, last_status_code = $3, last_error = $4, next_attempt_at = $5 where id = $1",
        [
          d.id,
          failed ? "failed" : "pending",
          status || null,
          error,
          new Date(now.getTime() + webhookBackoffMs(d.attempts)).toISOString(),
        ],
      );
    }
  }
  return leased.length;
}
