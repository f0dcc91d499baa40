// Managing a lower instance's links to its upper one, and the sync status screen's figures: lag,
// queue depth, last error, paused or not. The upper's view of its lower peers is here too.
import { randomUUID } from "node:crypto";
import { appendAudit } from "../audit/audit.repo";
import { can, hasAnywhere } from "../auth/authorize";
import { auditActor, type Ctx } from "../auth/context";
import type { Db, Queryable } from "../db/db";
import { fail } from "../http/errors";
import { exchangeError } from "./exchange.errors";
import { indicatorIdsInGroups, resolveGroupCodes, resolveUnitCodes } from "./exchange.lookup";
import { backlog, subtreeUnitIds } from "./federation.feed";
import { checkWebhookUrl } from "./webhooks.service";

export interface LinkInput {
  name: string;
  upperUrl: string;
  apiKey?: string;
  ownedUnits: string[];
  groups: string[];
  notifySecret?: string | null;
}

export interface LinkStatus {
  id: number;
  uid: string;
  name: string;
  upperUrl: string;
  apiKeyPrefix: string;
  ownedUnits: { id: number; code: string; name: string }[];
  groups: string[];
  paused: boolean;
  state: "paused" | "ok" | "failing" | "new";
  up: {
    cursor: number;
    queueDepth: number;
    lagSeconds: number;
    pushedValues: number;
    lastPushAt: string | null;
  };
  down: { cursor: number; pending: number; pulledValues: number; lastPullAt: string | null };
  lastError: string | null;
  lastErrorAt: string | null;
  lastSuccessAt: string | null;
  consecutiveFailures: number;
  nextAttemptAt: string;
  inboundTasks: number;
  version: number;
}

interface Raw {
  id: number;
  uid: string;
  name: string;
  upperUrl: string;
  apiKey: string;
  ownedUnits: { id: number; code: string; name: string; path: string }[];
  ownedUnitIds: number[];
  groups: string[];
  paused: boolean;
  upCursor: number;
  downCursor: number;
  downPending: number;
  pushedValues: number;
  pulledValues: number;
  lastPushAt: string | null;
  lastPullAt: string | null;
  lastError: string | null;
  lastErrorAt: string | null;
  lastSuccessAt: string | null;
  consecutiveFailures: number;
  nextAttemptAt: string;
  inboundTasks: number;
  version: number;
}

const RAW = `l.id, l.uid, l.name, l.upper_url as "upperUrl", l.api_key as "apiKey", l.owned_unit_ids as "ownedUnitIds",
  coalesce((select json_agg(json_build_object('id', o.id, 'code', o.code, 'name', o.name, 'path', o.path) order by o.path)
     from org_unit o where o.id = any(l.owned_unit_ids)), '[]'::json) as "ownedUnits",
  l.group_codes as groups, l.paused, l.up_cursor as "upCursor", l.down_cursor as "downCursor", l.down_pending as "downPending",
  l.pushed_values as "pushedValues", l.pulled_values as "pulledValues", l.last_push_at as "lastPushAt", l.last_pull_at as "lastPullAt",
  l.last_error as "lastError", l.last_error_at as "lastErrorAt", l.last_success_at as "lastSuccessAt",
  l.consecutive_failures as "consecutiveFailures", l.next_attempt_at as "nextAttemptAt",
  (select count(*)::int from sync_inbound_task t where t.link_id = l.id) as "inboundTasks", l.version`;

async function statusOf(q: Queryable, r: Raw, nowMs: number): Promise<LinkStatus> {
  const unitIds = await subtreeUnitIds(q, r.ownedUnitIds);
  const indicatorIds = r.groups.length ? await indicatorIdsInGroups(q, r.groups) : null;
  const b = await backlog(q, Number(r.upCursor), { indicatorIds, unitIds });
  const state = r.paused ? "paused" : r.consecutiveFailures > 0 ? "failing" : r.lastSuccessAt ? "ok" : "new";
  return {
    id: r.id,
    uid: r.uid,
    name: r.name,
    upperUrl: r.upperUrl,
    apiKeyPrefix: r.apiKey.slice(0, 12),
    ownedUnits: r.ownedUnits.map(({ id, code, name }) => ({ id, code, name })),
    groups: r.groups,
    paused: r.paused,
    state,
    up: {
      cursor: Number(r.upCursor),
      queueDepth: b.depth,
      lagSeconds: b.oldestAt ? Math.max(0, Math.round((nowMs - new Date(b.oldestAt).getTime()) / 1000)) : 0,
      pushedValues: Number(r.pushedValues),
      lastPushAt: r.lastPushAt,
    },
    down: {
      cursor: Number(r.downCursor),
      pending: r.downPending,
      pulledValues: Number(r.pulledValues),
      lastPullAt: r.lastPullAt,
    },
    lastError: r.lastError,
    lastErrorAt: r.lastErrorAt,
    lastSuccessAt: r.lastSuccessAt,
    consecutiveFailures: r.consecutiveFailures,
    nextAttemptAt: r.nextAttemptAt,
    inboundTasks: r.inboundTasks,
    version: r.version,
  };
}

export function createLinkService(db: Db) {
  async function load(q: Queryable, id: number): Promise<Raw> {
    const [row] = await q.query<Raw>(`select ${RAW} from sync_link l where l.id = $1`, [id]);
    if (!row) throw exchangeError.linkNotFound(id);
    return row;
  }
  function assertManage(ctx: Ctx, units: { path: string }[]) {
    if (!hasAnywhere(ctx.who, "exchange.manage")) throw fail("FORBIDDEN");
    for (const u of units) if (!can(ctx.who, "exchange.manage", u.path)) throw fail("FORBIDDEN");
  }
  const visible = (ctx: Ctx, r: Raw) => r.ownedUnits.every((u) => can(ctx.who, "exchange.manage", u.path));

  return {
    async list(ctx: Ctx): Promise<LinkStatus[]> {
      if (!hasAnywhere(ctx.who, "exchange.manage")) throw fail("FORBIDDEN");
      const rows = (await db.query<Raw>(`select ${RAW} from sync_link l order by l.name`)).filter((r) =>
        visible(ctx, r),
      );
      const now = Date.now();
      return Promise.all(rows.map((r) => statusOf(db, r, now)));
    },

    async get(ctx: Ctx, id: number): Promise<LinkStatus> {
      const r = await load(db, id);
      assertManage(ctx, r.ownedUnits);
      return statusOf(db, r, Date.now());
    },

    async create(ctx: Ctx, input: LinkInput): Promise<LinkStatus> {
      if (!input.apiKey) throw exchangeError.badUrl("Cần khóa API do hệ thống cấp trên cấp.");
      const id = await db.tx(async (tx) => {
        const units = await resolveUnitCodes(tx, input.ownedUnits);
        if (!units.length) throw exchangeError.unknownUnits(["(trống)"]);
        assertManage(ctx, units);
        const groups = await resolveGroupCodes(tx, input.groups);
        const [{ id }] = await tx.query<{ id: number }>(
          `insert into sync_link (uid, name, upper_url, api_key, owned_unit_ids, group_codes, notify_secret, created_by)
           values ($1, $2, $3, $4, $5::int[], $6::text[], $7, $8) returning id`,
          [
            randomUUID(),
            input.name,
            checkWebhookUrl(input.upperUrl).replace(/\/+$/, ""),
            input.apiKey,
            units.map((u) => u.id),
            groups,
            input.notifySecret ?? null,
            ctx.who.kind === "user" ? ctx.who.id : null,
          ],
        );
        await appendAudit(tx, {
          ...auditActor(ctx),
          action: "sync_link.create",
          entityType: "sync_link",
          entityId: id,
          after: { name: input.name, upperUrl: input.upperUrl, ownedUnits: input.ownedUnits, groups },
        });
        return id;
      });
      return this.get(ctx, id);
    },

    async update(ctx: Ctx, id: number, version: number, input: LinkInput): Promise<LinkStatus> {
      await db.tx(async (tx) => {
        const before = await load(tx, id);
        assertManage(ctx, before.ownedUnits);
        const units = await resolveUnitCodes(tx, input.ownedUnits);
        assertManage(ctx, units);
        const groups = await resolveGroupCodes(tx, input.groups);
        const rows = await tx.query(
          `update sync_link set name = $3, upper_url = $4, api_key = coalesce($5, api_key), owned_unit_ids = $6::int[], group_codes = $7::text[],
              notify_secret = coalesce($8, notify_secret), version = version + 1, next_attempt_at = now()
            where id = $1 and version = $2 returning id`,
          [
            id,
            version,
            input.name,
            checkWebhookUrl(input.upperUrl).replace(/\/+$/, ""),
            input.apiKey ?? null,
            units.map((u) => u.id),
            groups,
            input.notifySecret ?? null,
          ],
        );
        if (!rows.length) throw fail("VERSION_CONFLICT");
        await appendAudit(tx, {
          ...auditActor(ctx),
          action: "sync_link.update",
          entityType: "sync_link",
          entityId: id,
          before: { name: before.name, upperUrl: before.upperUrl, groups: before.groups },
          after: { name: input.name, upperUrl: input.upperUrl, groups, keyChanged: !!input.apiKey },
        });
      });
      return this.get(ctx, id);
    },

    /** Pause stops both directions; resume picks up exactly where the cursors stand. */
    async setPaused(ctx: Ctx, id: number, paused: boolean): Promise<LinkStatus> {
      await db.tx(async (tx) => {
        const before = await load(tx, id);
        assertManage(ctx, before.ownedUnits);
        await tx.query(
          "update sync_link set paused = $2, next_attempt_at = now(), version = version + 1 where id = $1",
          [id, paused],
        );
        await appendAudit(tx, {
          ...auditActor(ctx),
          action: paused ? "sync_link.pause" : "sync_link.resume",
          entityType: "sync_link",
          entityId: id,
        });
      });
      return this.get(ctx, id);
    },

    async assertCanRun(ctx: Ctx, id: number): Promise<void> {
      assertManage(ctx, (await load(db, id)).ownedUnits);
    },

    async inboundTasks(ctx: Ctx, id: number) {
      assertManage(ctx, (await load(db, id)).ownedUnits);
      return db.query<{ remoteId: number; payload: unknown; receivedAt: string; updatedAt: string }>(
        `select remote_id as "remoteId", payload, received_at as "receivedAt", updated_at as "updatedAt"
           from sync_inbound_task where link_id = $1 order by remote_id`,
        [id],
      );
    },
  };
}

export type LinkService = ReturnType<typeof createLinkService>;

/** The upper's view: each lower instance (federation client), what it sent and when. */
export async function peerStatus(q: Queryable, ctx: Ctx) {
  if (!hasAnywhere(ctx.who, "exchange.manage")) throw fail("FORBIDDEN");
  const rows = await q.query<{
    id: number;
    name: string;
    disabled: boolean;
    paths: string[];
    units: string[];
    lastBatchAt: string | null;
    batches24h: number;
    values24h: number;
    lastRejectedAt: string | null;
  }>(
    `select c.id, c.name, c.disabled,
            array(select o.path from org_unit o where o.id = any(c.unit_ids)) as paths,
            array(select o.code from org_unit o where o.id = any(c.unit_ids) order by o.code) as units,
            (select max(b.received_at) from sync_batch b where b.peer = 'client:' || c.id) as "lastBatchAt",
            (select count(*)::int from sync_batch b where b.peer = 'client:' || c.id and b.received_at > now() - interval '1 day') as "batches24h",
            (select coalesce(sum(b.value_count), 0)::int from sync_batch b where b.peer = 'client:' || c.id and b.received_at > now() - interval '1 day') as "values24h",
            (select max(u.at) from api_client_usage u where u.client_id = c.id and u.route like '%/sync/push' and u.status_code >= 400) as "lastRejectedAt"
       from api_client c where c.federation order by c.name`,
  );
  return rows
    .filter((r) => r.paths.every((p) => can(ctx.who, "exchange.manage", p)))
    .map(({ paths: _p, ...r }) => r);
}
