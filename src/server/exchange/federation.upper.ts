// The upper instance's side of federation: it applies batches a lower instance pushes up (through
// writeDataValues, idempotently) and serves what goes down: definitions, targets, tasks assigned to
// the lower's units, and the figures of the data groups it shares down.
import { createHash } from "node:crypto";
import { can } from "../auth/authorize";
import type { Ctx } from "../auth/context";
import type { RowProblem } from "../data/data.types";
import { writeDataValues } from "../data/data.write";
import type { Db, Queryable } from "../db/db";
import type { AppEvents } from "../events";
import { listTargets } from "../targets/targets.repo";
import type { ApiClientAuth } from "./clients.keys";
import { indicatorIdsInGroups, joinTransaction, syncWriteOptions, tableExists } from "./exchange.lookup";
import { backlog, changedValues, type FeedValue, historyWindow, subtreeUnitIds } from "./federation.feed";
import { type IndicatorDef, indicatorDefs, type TargetDef, type TaskDef } from "./federation.meta";

export interface SyncConflict {
  object: string;
  value: string;
}

/** The answer to a pushed batch, in the shape of a DHIS2 import summary. */
export interface BatchResult {
  batchId: string;
  status: "SUCCESS" | "ERROR";
  replayed: boolean;
  importCount: { imported: number; updated: number; ignored: number; deleted: number };
  conflicts: SyncConflict[];
}

class BatchRejected extends Error {
  constructor(readonly result: BatchResult) {
    super("batch rejected");
  }
}

/** A row problem of writeDataValues as a DHIS2 conflict: the offending code and why. */
export function problemToConflict(
  p: RowProblem,
  row: { indicator: string; orgUnit: string; period: string } | undefined,
): SyncConflict {
  const object = !row
    ? String(p.row)
    : p.column === "orgUnit"
      ? row.orgUnit
      : p.column === "period"
        ? row.period
        : row.indicator;
  return { object, value: `${p.message} (dòng ${p.row})` };
}

const keyOf = (i: number, u: number, p: string, g: string) => `${i}|${u}|${p}|${g}`;

/**
 * Applies one pushed batch. The receipt, the per-value versions and the figures commit in one
 * transaction: applied twice, the second time returns the first answer and changes nothing; a value
 * whose version is not newer than the one already applied is skipped; any conflict rejects the whole
 * batch (nothing applied) and lists the conflicts.
 */
export async function applyPushBatch(
  db: Db,
  ctx: Ctx,
  client: ApiClientAuth,
  batch: { batchId: string; values: FeedValue[] },
  events?: AppEvents,
): Promise<BatchResult> {
  const peer = `client:${client.id}`;
  const empty = { imported: 0, updated: 0, ignored: 0, deleted: 0 };
  try {
    return await db.tx(async (tx) => {
      const [done] = await tx.query<{ result: BatchResult }>(
        "select result from sync_batch where peer = $1 and batch_id = $2",
        [peer, batch.batchId],
      );
      if (done) return { ...done.result, replayed: true };
      const scope = client.indicatorCodes;
      const outside = scope ? batch.values.filter((v) => !scope.has(v.indicator.toLowerCase())) : [];
      if (outside.length)
        throw new BatchRejected({
          batchId: batch.batchId,
          status: "ERROR",
          replayed: false,
          importCount: { ...empty, ignored: batch.values.length },
          conflicts: [...new Set(outside.map((v) => v.indicator))].map((code) => ({
            object: code,
            value: `Khóa API không được gửi chỉ tiêu "${code}".`,
          })),
        });
      const ids = await idsOf(tx, batch.values);
      // Scope first, before anything is compared: a key must learn nothing about units it cannot write.
      const forbidden = [
        ...new Set(
          batch.values
            .filter((v) => {
              const path = ids.unitPath.get(v.orgUnit.toLowerCase());
              return path !== undefined && !can(ctx.who, "data.write", path);
            })
            .map((v) => v.orgUnit),
        ),
      ];
      if (forbidden.length)
        throw new BatchRejected({
          batchId: batch.batchId,
          status: "ERROR",
          replayed: false,
          importCount: { ...empty, ignored: batch.values.length },
          conflicts: forbidden.map((code) => ({
            object: code,
            value: `Không có quyền ghi số liệu của đơn vị "${code}".`,
          })),
        });
      const known = await knownVersions(tx, peer, batch.values, ids);
      const same = await unchangedKeys(tx, batch.values, ids);
      const fresh: FeedValue[] = [];
      let stale = 0;
      for (const v of batch.values) {
        const k = ids.key(v);
        if (k && ((known.get(k) ?? 0) >= v.version || same.has(k))) stale++;
        else fresh.push(v);
      }
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
        syncWriteOptions(`sync:${client.name}`, events),
      );
      if (res.errors.length)
        throw new BatchRejected({
          batchId: batch.batchId,
          status: "ERROR",
          replayed: false,
          importCount: { ...empty, ignored: batch.values.length },
          conflicts: res.errors.map((p) => problemToConflict(p, fresh[p.row - 1])),
        });
      await rememberVersions(tx, peer, batch.values, ids);
      const result: BatchResult = {
        batchId: batch.batchId,
        status: "SUCCESS",
        replayed: false,
        importCount: {
          imported: res.inserted,
          updated: res.updated,
          ignored: res.unchanged + stale,
          deleted: 0,
        },
        conflicts: [],
      };
      await tx.query(
        "insert into sync_batch (peer, batch_id, value_count, result) values ($1, $2, $3, $4::jsonb)",
        [peer, batch.batchId, batch.values.length, JSON.stringify(result)],
      );
      return result;
    });
  } catch (e) {
    if (e instanceof BatchRejected) return e.result;
    throw e;
  }
}

interface IdMaps {
  key(v: { indicator: string; orgUnit: string; period: string; disagg: string }): string | undefined;
  ind: Map<string, number>;
  unit: Map<string, number>;
  unitPath: Map<string, string>;
}

export async function idsOf(q: Queryable, values: { indicator: string; orgUnit: string }[]): Promise<IdMaps> {
  const inds = await q.query<{ id: number; code: string }>(
    "select id, code from indicator where lower(code) = any($1::text[])",
    [[...new Set(values.map((v) => v.indicator.toLowerCase()))]],
  );
  const units = await q.query<{ id: number; code: string; path: string }>(
    "select id, code, path from org_unit where lower(code) = any($1::text[])",
    [[...new Set(values.map((v) => v.orgUnit.toLowerCase()))]],
  );
  const ind = new Map(inds.map((r) => [r.code.toLowerCase(), r.id]));
  const unit = new Map(units.map((r) => [r.code.toLowerCase(), r.id]));
  return {
    ind,
    unit,
    unitPath: new Map(units.map((r) => [r.code.toLowerCase(), r.path])),
    key(v) {
      const i = ind.get(v.indicator.toLowerCase());
      const u = unit.get(v.orgUnit.toLowerCase());
      return i === undefined || u === undefined ? undefined : keyOf(i, u, v.period, v.disagg ?? "");
    },
  };
}

/**
 * Keys whose stored figure already equals the incoming one (whatever its workflow status): nothing to
 * write. This keeps an approved, locked figure that is sent again unchanged from being a conflict.
 */
export async function unchangedKeys(q: Queryable, values: FeedValue[], ids: IdMaps): Promise<Set<string>> {
  const keyed = values.flatMap((v) => {
    const i = ids.ind.get(v.indicator.toLowerCase());
    const u = ids.unit.get(v.orgUnit.toLowerCase());
    return i === undefined || u === undefined
      ? []
      : [
          {
            i,
            u,
            p: v.period,
            g: v.disagg ?? "",
            v: v.value,
            n: v.numerator,
            d: v.denominator,
            c: v.comment,
          },
        ];
  });
  if (!keyed.length) return new Set();
  const rows = await q.query<{ i: number; u: number; p: string; g: string }>(
    `select d.indicator_id as i, d.org_unit_id as u, d.period as p, d.disagg as g
       from data_value d join unnest($1::int[], $2::int[], $3::text[], $4::text[], $5::float8[], $6::float8[], $7::float8[], $8::text[]) k(i, u, p, g, v, n, dn, c)
         on d.indicator_id = k.i and d.org_unit_id = k.u and d.period = k.p and d.disagg = k.g
      where (d.value is not distinct from k.v or abs(d.value - k.v) < 1e-9)
        and (d.numerator is not distinct from k.n or abs(d.numerator - k.n) < 1e-9)
        and (d.denominator is not distinct from k.dn or abs(d.denominator - k.dn) < 1e-9)
        and d.comment is not distinct from k.c`,
    [
      keyed.map((k) => k.i),
      keyed.map((k) => k.u),
      keyed.map((k) => k.p),
      keyed.map((k) => k.g),
      keyed.map((k) => k.v),
      keyed.map((k) => k.n),
      keyed.map((k) => k.d),
      keyed.map((k) => k.c),
    ],
  );
  return new Set(rows.map((r) => keyOf(r.i, r.u, r.p, r.g)));
}

export async function knownVersions(
  q: Queryable,
  peer: string,
  values: FeedValue[],
  ids: IdMaps,
): Promise<Map<string, number>> {
  const keyed = values.flatMap((v) => {
    const i = ids.ind.get(v.indicator.toLowerCase());
    const u = ids.unit.get(v.orgUnit.toLowerCase());
    return i === undefined || u === undefined ? [] : [{ i, u, p: v.period, g: v.disagg ?? "" }];
  });
  const rows = await q.query<{ i: number; u: number; p: string; g: string; v: number }>(
    `select s.indicator_id as i, s.org_unit_id as u, s.period as p, s.disagg as g, s.source_version as v
       from sync_value_version s join unnest($2::int[], $3::int[], $4::text[], $5::text[]) k(i, u, p, g)
         on s.indicator_id = k.i and s.org_unit_id = k.u and s.period = k.p and s.disagg = k.g
      where s.peer = $1`,
    [peer, keyed.map((k) => k.i), keyed.map((k) => k.u), keyed.map((k) => k.p), keyed.map((k) => k.g)],
  );
  return new Map(rows.map((r) => [keyOf(r.i, r.u, r.p, r.g), r.v]));
}

export async function rememberVersions(
  q: Queryable,
  peer: string,
  values: FeedValue[],
  ids: IdMaps,
): Promise<void> {
  const rows = values.flatMap((v) => {
    const i = ids.ind.get(v.indicator.toLowerCase());
    const u = ids.unit.get(v.orgUnit.toLowerCase());
    return i === undefined || u === undefined ? [] : [{ i, u, p: v.period, g: v.disagg ?? "", v: v.version }];
  });
  if (!rows.length) return;
  await q.query(
    `insert into sync_value_version (peer, indicator_id, org_unit_id, period, disagg, source_version)
     select $1, i, u, p, g, v from unnest($2::int[], $3::int[], $4::text[], $5::text[], $6::int[]) k(i, u, p, g, v)
     on conflict (peer, indicator_id, org_unit_id, period, disagg) do update
       set source_version = greatest(sync_value_version.source_version, excluded.source_version)`,
    [
      peer,
      rows.map((r) => r.i),
      rows.map((r) => r.u),
      rows.map((r) => r.p),
      rows.map((r) => r.g),
      rows.map((r) => r.v),
    ],
  );
}

export interface DownMeta {
  etag: string;
  indicators: IndicatorDef[];
  groups: { code: string; name: string; sort: number }[];
  targets: TargetDef[];
  tasks: TaskDef[];
}

/** Everything the upper sends down besides figures, with an etag so an unchanged state costs nothing. */
export async function buildDownMeta(q: Queryable, client: ApiClientAuth): Promise<DownMeta> {
  const shared = new Set(await indicatorIdsInGroups(q, client.downGroupCodes));
  const indicators = await indicatorDefs(
    q,
    (i) => !client.indicatorCodes || client.indicatorCodes.has(i.code.toLowerCase()) || shared.has(i.id),
  );
  const codes = new Set(indicators.map((i) => i.code));
  const usedGroups = [...new Set(indicators.flatMap((i) => i.groups))];
  const groups = await q.query<{ code: string; name: string; sort: number }>(
    "select code, name, sort from indicator_group where code = any($1::text[]) order by sort, code",
    [usedGroups],
  );
  const targets: TargetDef[] = (await listTargets(q, { paths: client.unitPaths }))
    .filter((t) => codes.has(t.indicatorCode))
    .map((t) => ({
      remoteId: t.id,
      indicator: t.indicatorCode,
      comparator: t.comparator,
      value: t.value,
      valueMax: t.valueMax,
      scopeKind: t.scopeKind,
      orgUnit: t.orgUnitCode,
      levelKind: t.levelKind,
      period: t.period,
      baselineValue: t.baselineValue,
      planRef: t.planRef,
      note: t.note,
    }))
    .sort((a, b) => a.remoteId - b.remoteId);
  const tasks = await assignedTasks(q, client.unitPaths);
  const body = { indicators, groups, targets, tasks };
  const etag = createHash("sha256").update(JSON.stringify(body)).digest("hex").slice(0, 32);
  return { etag, ...body };
}

async function assignedTasks(q: Queryable, paths: string[]): Promise<TaskDef[]> {
  if (!paths.length || !(await tableExists(q, "task"))) return [];
  return q.query<TaskDef>(
    `select t.id as "remoteId", t.code, t.title, t.content, lu.code as "leadUnit", au.code as "assignerUnit",
            p.number as "planNumber", p.title as "planTitle", t.deadline_kind as "deadlineKind", t.due_from as "dueFrom",
            t.due_to as "dueTo", t.deadline_text as "deadlineText", t.expected_result as "expectedResult", t.priority,
            t.progress, t.completed_on as "completedOn", t.indicator_codes as "indicatorCodes"
       from task t join org_unit lu on lu.id = t.lead_unit_id join org_unit au on au.id = t.assigner_unit_id
       left join plan p on p.id = t.plan_id
      where exists (select 1 from unnest($1::text[]) s(p) where lu.path like s.p || '%')
      order by t.id`,
    [paths],
  );
}

/** A page of the figures shared down: history after `after`, minus the lower's own units. */
export async function readDownData(q: Queryable, client: ApiClientAuth, after: number, limit: number) {
  const shared = await indicatorIdsInGroups(q, client.downGroupCodes);
  if (!shared.length) {
    const [{ top }] = await q.query<{ top: number }>(
      "select coalesce(max(id), 0)::bigint as top from data_value_history",
    );
    return { from: after, to: Math.max(after, Number(top)), values: [] as FeedValue[], pending: 0 };
  }
  const own = await subtreeUnitIds(q, client.unitIds);
  const w = await historyWindow(q, after, limit);
  const filter = { indicatorIds: shared, unitIds: null, excludeUnitIds: own };
  const values = await changedValues(q, after, w.safeTo, filter);
  const pending = (await backlog(q, w.safeTo, filter)).depth;
  return { from: after, to: w.safeTo, values, pending };
}
