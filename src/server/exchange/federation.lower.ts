// The lower instance's side of federation. It starts every exchange: pulls definitions, targets and
// tasks down, pushes its own figures up from its change feed, and pulls the figures the upper shares
// down. Delivery up is at least once (the cursor moves only after the upper's receipt; the upper
// deduplicates by batch id and per-value version); delivery down is exactly once in effect (the
// figures and the cursor commit together here). Failures back off and are shown on the status screen.
import type { Ctx } from "../auth/context";
import { writeDataValues } from "../data/data.write";
import type { Db, Queryable } from "../db/db";
import type { AppEvents } from "../events";
import { indicatorIdsInGroups, joinTransaction, syncWriteOptions } from "./exchange.lookup";
import { changedValues, type FeedValue, historyWindow, subtreeUnitIds } from "./federation.feed";
import { callUpper, SyncCallError, type UpperCall } from "./federation.http";
import { applyDownMeta, type IndicatorDef, type TargetDef, type TaskDef } from "./federation.meta";
import {
  type BatchResult,
  idsOf,
  knownVersions,
  problemToConflict,
  rememberVersions,
  unchangedKeys,
} from "./federation.upper";

export const PUSH_BATCH = 10_000;
export const PULL_BATCH = 5000;
const MAX_ROUNDS = 200;
/** A run caused by a local write reads from the upper at most this often. */
const DOWN_READ_EVERY_MS = 5000;
const lastDownRead = new WeakMap<Db, Map<number, number>>();

export interface SyncRuntime {
  events?: AppEvents;
  fetchImpl?: typeof fetch;
  /** Values per pushed batch and history rows per pulled page (tests use small ones). */
  pushBatch?: number;
  pullBatch?: number;
}
const runtimes = new WeakMap<Db, SyncRuntime>();
export const setSyncRuntime = (db: Db, rt: SyncRuntime) => runtimes.set(db, { ...runtimes.get(db), ...rt });
const runtimeOf = (db: Db): SyncRuntime => runtimes.get(db) ?? {};

export interface LinkRow {
  id: number;
  uid: string;
  name: string;
  upperUrl: string;
  apiKey: string;
  ownedUnitIds: number[];
  groupCodes: string[];
  paused: boolean;
  upCursor: number;
  downCursor: number;
  downMetaEtag: string | null;
  nextAttemptAt: string;
  consecutiveFailures: number;
}

export async function loadLink(q: Queryable, id: number): Promise<LinkRow | undefined> {
  const [row] = await q.query<LinkRow>(
    `select id, uid, name, upper_url as "upperUrl", api_key as "apiKey", owned_unit_ids as "ownedUnitIds", group_codes as "groupCodes",
            paused, up_cursor as "upCursor", down_cursor as "downCursor", down_meta_etag as "downMetaEtag",
            next_attempt_at as "nextAttemptAt", consecutive_failures as "consecutiveFailures"
       from sync_link where id = $1`,
    [id],
  );
  return row && { ...row, upCursor: Number(row.upCursor), downCursor: Number(row.downCursor) };
}

/** The identity a link writes with here: the upper's figures and definitions, audited as the link. */
export async function linkCtx(q: Queryable, link: { id: number; uid: string; name: string }): Promise<Ctx> {
  const roots = await q.query<{ id: number; path: string }>(
    "select id, path from org_unit where parent_id is null",
  );
  return {
    who: {
      kind: "client",
      id: link.id,
      name: `đồng bộ ${link.name}`,
      grants: roots.map((r) => ({ role: "office", orgUnitId: r.id, path: r.path })),
      mustEnrollTotp: false,
    },
    requestId: `sync-${link.uid}`,
    ip: "",
  };
}

export interface RunReport {
  linkId: number;
  skipped?: "paused" | "backoff" | "missing";
  pushed: number;
  pulled: number;
  metaChanged: boolean;
  error?: string;
}

/** Backoff after n consecutive failures: 5 s, 10 s, 20 s ... at most 10 minutes. */
export const backoffMs = (failures: number) => Math.min(5000 * 2 ** Math.max(0, failures - 1), 600_000);

export async function runLink(
  db: Db,
  id: number,
  opts: { force?: boolean; now?: Date } = {},
): Promise<RunReport> {
  const report: RunReport = { linkId: id, pushed: 0, pulled: 0, metaChanged: false };
  try {
    return await runLinkOnce(db, id, opts, report);
  } catch (e) {
    // Only reached when the database itself failed (e.g. closed during shutdown): nothing to record.
    return { ...report, error: (e as Error).message };
  }
}

async function runLinkOnce(
  db: Db,
  id: number,
  opts: { force?: boolean; now?: Date },
  report: RunReport,
): Promise<RunReport> {
  const now = opts.now ?? new Date();
  const link = await loadLink(db, id);
  if (!link) return { ...report, skipped: "missing" };
  if (link.paused) return { ...report, skipped: "paused" };
  if (!opts.force && new Date(link.nextAttemptAt).getTime() > now.getTime())
    return { ...report, skipped: "backoff" };
  const call: UpperCall = { url: link.upperUrl, apiKey: link.apiKey, fetchImpl: runtimeOf(db).fetchImpl };
  try {
    const ctx = await linkCtx(db, link);
    // Up first: a local write waits for nothing else. What comes down is read at most every few
    // seconds (the periodic job, a forced run or the upper's notify webhook always read it).
    report.pushed = await pushUp(db, link, call);
    const last = lastDownRead.get(db)?.get(id) ?? 0;
    if (opts.force || now.getTime() - last >= DOWN_READ_EVERY_MS) {
      report.metaChanged = await pullMeta(db, link, call, ctx);
      report.pulled = await pullData(db, link, call, ctx);
      if (!lastDownRead.has(db)) lastDownRead.set(db, new Map());
      lastDownRead.get(db)?.set(id, now.getTime());
    }
    await db.query(
      `update sync_link set consecutive_failures = 0, last_success_at = now(), next_attempt_at = now() where id = $1`,
      [id],
    );
  } catch (e) {
    const message = e instanceof Error ? e.message : String(e);
    report.error = message;
    const failures = link.consecutiveFailures + 1;
    await db.query(
      `update sync_link set consecutive_failures = $2, last_error = $3, last_error_at = now(), next_attempt_at = $4 where id = $1`,
      [id, failures, message.slice(0, 2000), new Date(now.getTime() + backoffMs(failures)).toISOString()],
    );
  }
  return report;
}

interface MetaBody {
  etag: string;
  indicators: IndicatorDef[];
  groups: { code: string; name: string; sort: number }[];
  targets: TargetDef[];
  tasks: TaskDef[];
}

async function pullMeta(db: Db, link: LinkRow, call: UpperCall, ctx: Ctx): Promise<boolean> {
  const res = await callUpper<MetaBody>(call, "/sync/down/meta", {
    headers: link.downMetaEtag ? { "if-none-match": `"${link.downMetaEtag}"` } : {},
  });
  if (res.status === 304 || !res.body || res.body.etag === link.downMetaEtag) return false;
  const meta = res.body;
  await db.tx(async (tx) => {
    await applyDownMeta(db, tx, ctx, link.id, meta);
    await tx.query("update sync_link set down_meta_etag = $2 where id = $1", [link.id, meta.etag]);
  });
  link.downMetaEtag = meta.etag;
  return true;
}

async function pushUp(db: Db, link: LinkRow, call: UpperCall): Promise<number> {
  const unitIds = await subtreeUnitIds(db, link.ownedUnitIds);
  const indicatorIds = link.groupCodes.length ? await indicatorIdsInGroups(db, link.groupCodes) : null;
  const batchSize = runtimeOf(db).pushBatch ?? PUSH_BATCH;
  const prepare = async (after: number) => {
    const w = await historyWindow(db, after, batchSize);
    return {
      from: after,
      to: w.safeTo,
      values: await changedValues(db, after, w.safeTo, { indicatorIds, unitIds }),
    };
  };
  let cursor = link.upCursor;
  let pushed = 0;
  let next = prepare(cursor);
  for (let round = 0; round < MAX_ROUNDS; round++) {
    const batch = await next;
    if (batch.to <= cursor) break;
    // Read the next window while the upper applies this one (the two run on different machines).
    next = prepare(batch.to);
    next.catch(() => undefined);
    if (batch.values.length) {
      const batchId = `${link.uid}:${batch.from}-${batch.to}`;
      const res = await callUpper<BatchResult>(call, "/sync/push", {
        method: "POST",
        body: { batchId, from: batch.from, to: batch.to, values: batch.values },
      });
      if (res.body?.status !== "SUCCESS") throw new SyncCallError("Cấp trên không xác nhận lô dữ liệu.");
    }
    // Compare-and-set: another app instance running the same link must not move the cursor back.
    const moved = await db.query(
      `update sync_link set up_cursor = $3, pushed_values = pushed_values + $4, last_push_at = now()
        where id = $1 and up_cursor = $2 returning id`,
      [link.id, cursor, batch.to, batch.values.length],
    );
    if (!moved.length) break;
    cursor = batch.to;
    link.upCursor = cursor;
    pushed += batch.values.length;
  }
  return pushed;
}

interface DownPage {
  from: number;
  to: number;
  values: FeedValue[];
  pending: number;
}

async function pullData(db: Db, link: LinkRow, call: UpperCall, ctx: Ctx): Promise<number> {
  const own = new Set(await subtreeUnitIds(db, link.ownedUnitIds));
  let pulled = 0;
  for (let round = 0; round < MAX_ROUNDS; round++) {
    const cursor = link.downCursor;
    const res = await callUpper<DownPage>(
      call,
      `/sync/down/data?after=${cursor}&limit=${runtimeOf(db).pullBatch ?? PULL_BATCH}`,
    );
    const page = res.body;
    if (!page || page.to <= cursor) {
      await db.query("update sync_link set down_pending = $2, last_pull_at = now() where id = $1", [
        link.id,
        page?.pending ?? 0,
      ]);
      break;
    }
    const applied = await db.tx(async (tx) => {
      const [row] = await tx.query<{ c: number }>(
        "select down_cursor as c from sync_link where id = $1 for update",
        [link.id],
      );
      if (Number(row?.c) !== cursor) return -1; // another instance applied this page
      const n = await applyDownValues(db, tx, ctx, link.id, page, own);
      await tx.query(
        `update sync_link set down_cursor = $2, down_pending = $3, pulled_values = pulled_values + $4, last_pull_at = now() where id = $1`,
        [link.id, page.to, page.pending, n],
      );
      return n;
    });
    if (applied < 0) break;
    link.downCursor = page.to;
    pulled += applied;
    if (!page.pending) break;
  }
  return pulled;
}

/** Figures from above: never our own units' (we are their source), never units we do not have. */
async function applyDownValues(
  db: Db,
  tx: Queryable,
  ctx: Ctx,
  linkId: number,
  page: DownPage,
  own: Set<number>,
): Promise<number> {
  const peer = `link:${linkId}`;
  const batchId = `down:${page.from}-${page.to}`;
  const [done] = await tx.query("select 1 from sync_batch where peer = $1 and batch_id = $2", [
    peer,
    batchId,
  ]);
  if (done) return 0;
  const ids = await idsOf(tx, page.values);
  const mine = page.values.filter((v) => {
    const u = ids.unit.get(v.orgUnit.toLowerCase());
    return u !== undefined && !own.has(u);
  });
  const known = await knownVersions(tx, peer, mine, ids);
  const same = await unchangedKeys(tx, mine, ids);
  const fresh = mine.filter((v) => {
    const k = ids.key(v) ?? "";
    return (known.get(k) ?? 0) < v.version && !same.has(k);
  });
  const res = await writeDataValues(
    joinTransaction(db, tx),
    ctx,
    fresh.map((v) => ({
      indicator: v.indicator,
      orgUnit: v.orgUnit,
      period: v.period,
      disagg: v.disagg,
      value: v.value,
      numerator: v.numerator,
      denominator: v.denominator,
      comment: v.comment,
      status: v.status,
    })),
    syncWriteOptions(`sync-down:${linkId}`, runtimeOf(db).events),
  );
  if (res.errors.length) {
    const conflicts = res.errors.map((p) => problemToConflict(p, fresh[p.row - 1]));
    throw new SyncCallError(
      `Số liệu từ cấp trên không ghi được (${conflicts.length} xung đột): ${conflicts
        .slice(0, 5)
        .map((c) => `${c.object}: ${c.value}`)
        .join("; ")}`,
      0,
      conflicts,
    );
  }
  await rememberVersions(tx, peer, mine, ids);
  const result = {
    imported: res.inserted,
    updated: res.updated,
    ignored: page.values.length - res.inserted - res.updated,
  };
  await tx.query(
    "insert into sync_batch (peer, batch_id, value_count, result) values ($1, $2, $3, $4::jsonb) on conflict do nothing",
    [peer, batchId, page.values.length, JSON.stringify(result)],
  );
  return res.inserted + res.updated;
}

/** One run per link at a time in this process; a request during a run queues exactly one more. */
const inFlight = new WeakMap<Db, Map<number, { running: Promise<RunReport>; queued?: Promise<RunReport> }>>();

export function runLinkSerialized(
  db: Db,
  id: number,
  opts: { force?: boolean; now?: Date } = {},
): Promise<RunReport> {
  const map =
    inFlight.get(db) ?? new Map<number, { running: Promise<RunReport>; queued?: Promise<RunReport> }>();
  inFlight.set(db, map);
  const state = map.get(id);
  if (!state) {
    const running = runLink(db, id, opts).finally(() => {
      const s = map.get(id);
      if (s?.running === running) {
        if (s.queued) map.set(id, { running: s.queued });
        else map.delete(id);
      }
    });
    map.set(id, { running });
    return running;
  }
  if (state.queued) return state.queued;
  const queued = state.running
    .then(
      () => undefined,
      () => undefined,
    )
    .then(() => runLink(db, id, opts))
    .finally(() => {
      const s = map.get(id);
      if (s?.running === queued) map.delete(id);
    });
  state.queued = queued;
  return queued;
}

/** Waits for this process's runs on `db` to finish (app shutdown). */
export async function drainLinkRuns(db: Db): Promise<void> {
  const map = inFlight.get(db);
  if (!map) return;
  await Promise.all([...map.values()].flatMap((s) => [s.running, s.queued ?? s.running]));
}

/** Every active link (a periodic job, and after local writes). */
export async function runAllLinks(db: Db, opts: { force?: boolean; now?: Date } = {}): Promise<RunReport[]> {
  const links = await db.query<{ id: number }>("select id from sync_link where not paused order by id");
  return Promise.all(links.map((l) => runLinkSerialized(db, l.id, opts)));
}
