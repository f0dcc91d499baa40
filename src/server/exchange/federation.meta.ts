// What travels down besides figures: indicator definitions (the upper is their source), targets set
// for the lower's units, and tasks assigned to them. Units and indicators travel by code, since ids
// differ between instances. The lower applies a whole state at once (idempotent upserts).

import { formulaReferences, parseFormula } from "../../core/formula";
import { INDICATOR_DEFINITION_FIELDS } from "../../core/indicator-fields";
import { appendAudit } from "../audit/audit.repo";
import { auditActor, type Ctx } from "../auth/context";
import type { Db, Queryable } from "../db/db";
import { listIndicators } from "../indicators/indicators.repo";
import { createIndicatorService, type IndicatorInput } from "../indicators/indicators.service";
import type { Indicator } from "../indicators/indicators.types";
import {
  deleteTarget,
  getTarget,
  insertTarget,
  type TargetWrite,
  updateTarget,
} from "../targets/targets.repo";

export interface IndicatorDef
  extends Omit<Indicator, "id" | "version" | "updatedAt" | "ownerUnitId" | "monitorUnitId"> {
  ownerUnit: string | null;
  monitorUnit: string | null;
}

export interface TargetDef {
  remoteId: number;
  indicator: string;
  comparator: string;
  value: number;
  valueMax: number | null;
  scopeKind: string;
  orgUnit: string;
  levelKind: string | null;
  period: string;
  baselineValue: number | null;
  planRef: string | null;
  note: string | null;
}

export interface TaskDef {
  remoteId: number;
  code: string | null;
  title: string;
  content: string | null;
  leadUnit: string;
  assignerUnit: string;
  planNumber: string | null;
  planTitle: string | null;
  deadlineKind: string;
  dueFrom: string | null;
  dueTo: string | null;
  deadlineText: string | null;
  expectedResult: string | null;
  priority: string;
  progress: number;
  completedOn: string | null;
  indicatorCodes: string[];
}

/** Definitions of the chosen indicators and of every indicator their formulas reach. */
export async function indicatorDefs(
  q: Queryable,
  wanted: (i: Indicator) => boolean,
): Promise<IndicatorDef[]> {
  const all = await listIndicators(q, { includeInactive: true });
  const byCode = new Map(all.map((i) => [i.code.toLowerCase(), i]));
  const picked = new Map<string, Indicator>();
  const visit = (i: Indicator) => {
    if (picked.has(i.code)) return;
    picked.set(i.code, i);
    if (!i.formula) return;
    try {
      for (const ref of formulaReferences(parseFormula(i.formula))) {
        const dep = byCode.get(ref.toLowerCase());
        if (dep) visit(dep);
      }
    } catch {
      // A formula that does not parse is the catalogue's problem; the definition still travels.
    }
  };
  for (const i of all) if (wanted(i)) visit(i);
  const unitIds = [
    ...new Set(
      [...picked.values()]
        .flatMap((i) => [i.ownerUnitId, i.monitorUnitId])
        .filter((x): x is number => x !== null),
    ),
  ];
  const units = new Map(
    (
      await q.query<{ id: number; code: string }>("select id, code from org_unit where id = any($1::int[])", [
        unitIds,
      ])
    ).map((u) => [u.id, u.code]),
  );
  return [...picked.values()]
    .sort((a, b) => a.code.localeCompare(b.code))
    .map(({ id: _id, version: _v, updatedAt: _u, ownerUnitId, monitorUnitId, ...rest }) => ({
      ...rest,
      groups: [...rest.groups].sort(),
      ownerUnit: ownerUnitId ? (units.get(ownerUnitId) ?? null) : null,
      monitorUnit: monitorUnitId ? (units.get(monitorUnitId) ?? null) : null,
    }));
}

export interface MetaCounts {
  indicatorsCreated: number;
  indicatorsUpdated: number;
  targetsSaved: number;
  targetsRemoved: number;
  targetsIgnored: number;
  tasks: number;
}

const DEF_FIELDS = INDICATOR_DEFINITION_FIELDS;

function sameDefinition(local: Indicator, input: IndicatorInput): boolean {
  const norm = (o: Record<string, unknown>) =>
    JSON.stringify(
      DEF_FIELDS.map((f) => (f === "groups" ? [...((o[f] as string[]) ?? [])].sort() : (o[f] ?? null))),
    );
  return (
    norm(local as unknown as Record<string, unknown>) === norm(input as unknown as Record<string, unknown>)
  );
}

/** Applies the upper's definitions, targets and tasks inside the caller's transaction. */
export async function applyDownMeta(
  db: Db,
  tx: Queryable,
  ctx: Ctx,
  linkId: number,
  meta: {
    indicators: IndicatorDef[];
    groups: { code: string; name: string; sort: number }[];
    targets: TargetDef[];
    tasks: TaskDef[];
  },
): Promise<MetaCounts> {
  const counts: MetaCounts = {
    indicatorsCreated: 0,
    indicatorsUpdated: 0,
    targetsSaved: 0,
    targetsRemoved: 0,
    targetsIgnored: 0,
    tasks: 0,
  };
  for (const g of meta.groups)
    await tx.query(
      "insert into indicator_group (code, name, sort) values ($1, $2, $3) on conflict (code) do nothing",
      [g.code, g.name, g.sort],
    );
  const units = new Map(
    (await tx.query<{ id: number; code: string }>("select id, code from org_unit")).map((u) => [
      u.code.toLowerCase(),
      u.id,
    ]),
  );
  const unitId = (code: string | null) => (code ? (units.get(code.toLowerCase()) ?? null) : null);
  const svc = createIndicatorService(db);
  // Plain indicators first, then computed ones, so that formula references already exist.
  const ordered = [...meta.indicators.filter((d) => !d.formula), ...meta.indicators.filter((d) => d.formula)];
  const locals = new Map(
    (await listIndicators(tx, { includeInactive: true })).map((i) => [i.code.toLowerCase(), i]),
  );
  for (const def of ordered) {
    const { ownerUnit, monitorUnit, ...rest } = def;
    const input: IndicatorInput = {
      ...rest,
      ownerUnitId: unitId(ownerUnit),
      monitorUnitId: unitId(monitorUnit),
    };
    const local = locals.get(def.code.toLowerCase());
    if (!local) {
      await svc.createIn(tx, ctx, input);
      counts.indicatorsCreated++;
    } else if (!sameDefinition(local, input)) {
      await svc.updateIn(tx, ctx, local.id, local.version, { ...input, code: local.code });
      counts.indicatorsUpdated++;
    }
  }
  const indicatorIds = new Map(
    (await tx.query<{ id: number; code: string }>("select id, code from indicator")).map((i) => [
      i.code.toLowerCase(),
      i.id,
    ]),
  );
  const refs = new Map(
    (
      await tx.query<{ remoteId: string; localId: number }>(
        `select remote_id as "remoteId", local_id as "localId" from sync_remote_ref where link_id = $1 and entity = 'target'`,
        [linkId],
      )
    ).map((r) => [r.remoteId, r.localId]),
  );
  const seen = new Set<string>();
  for (const t of meta.targets) {
    const indicatorId = indicatorIds.get(t.indicator.toLowerCase());
    const orgUnitId = unitId(t.orgUnit);
    if (!indicatorId || !orgUnitId) {
      counts.targetsIgnored++;
      continue;
    }
    seen.add(String(t.remoteId));
    const w: TargetWrite = {
      indicatorId,
      comparator: t.comparator,
      value: t.value,
      valueMax: t.valueMax,
      scopeKind: t.scopeKind,
      orgUnitId,
      levelKind: t.levelKind,
      period: t.period,
      baselineValue: t.baselineValue,
      planRef: t.planRef,
      planId: null,
      monitorUnitId: null,
      note: t.note,
    };
    const localId = refs.get(String(t.remoteId));
    const existing = localId ? await getTarget(tx, localId) : undefined;
    if (existing) {
      const changed =
        JSON.stringify([
          existing.comparator,
          existing.value,
          existing.valueMax,
          existing.scopeKind,
          existing.orgUnitId,
          existing.levelKind,
          existing.period,
          existing.baselineValue,
          existing.planRef,
          existing.note,
        ]) !==
        JSON.stringify([
          w.comparator,
          w.value,
          w.valueMax,
          w.scopeKind,
          w.orgUnitId,
          w.levelKind,
          w.period,
          w.baselineValue,
          w.planRef,
          w.note,
        ]);
      if (changed) {
        await updateTarget(tx, existing.id, existing.version, w);
        counts.targetsSaved++;
      }
    } else {
      const id = await insertTarget(tx, w);
      await tx.query(
        `insert into sync_remote_ref (link_id, entity, remote_id, local_id) values ($1, 'target', $2, $3)
         on conflict (link_id, entity, remote_id) do update set local_id = excluded.local_id`,
        [linkId, String(t.remoteId), id],
      );
      counts.targetsSaved++;
    }
  }
  for (const [remoteId, localId] of refs)
    if (!seen.has(remoteId)) {
      // The upper dropped the target (or it no longer concerns us): the mirror goes too.
      await deleteTarget(tx, localId);
      await tx.query(
        "delete from sync_remote_ref where link_id = $1 and entity = 'target' and remote_id = $2",
        [linkId, remoteId],
      );
      counts.targetsRemoved++;
    }
  for (const task of meta.tasks)
    await tx.query(
      `insert into sync_inbound_task (link_id, remote_id, lead_unit_id, payload) values ($1, $2, $3, $4::jsonb)
       on conflict (link_id, remote_id) do update set lead_unit_id = excluded.lead_unit_id, payload = excluded.payload, updated_at = now()
        where sync_inbound_task.payload is distinct from excluded.payload`,
      [linkId, task.remoteId, unitId(task.leadUnit), JSON.stringify(task)],
    );
  await tx.query("delete from sync_inbound_task where link_id = $1 and not (remote_id = any($2::int[]))", [
    linkId,
    meta.tasks.map((t) => t.remoteId),
  ]);
  counts.tasks = meta.tasks.length;
  if (counts.targetsSaved || counts.targetsRemoved || counts.indicatorsCreated || counts.indicatorsUpdated)
    await appendAudit(tx, {
      ...auditActor(ctx),
      action: "sync.meta_applied",
      entityType: "sync_link",
      entityId: linkId,
      after: counts,
    });
  return counts;
}
