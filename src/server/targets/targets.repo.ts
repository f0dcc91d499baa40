import type { Queryable } from "../db/db";
import type { TargetRow } from "./target-status";

export interface TargetView extends TargetRow {
  indicatorCode: string;
  indicatorName: string;
  orgUnitCode: string;
  orgUnitName: string;
  planRef: string | null;
  planId: number | null;
  monitorUnitId: number | null;
  note: string | null;
  version: number;
}

const COLS = `t.id, t.indicator_id as "indicatorId", i.code as "indicatorCode", i.name as "indicatorName", t.comparator, t.value,
  t.value_max as "valueMax", t.scope_kind as "scopeKind", t.org_unit_id as "orgUnitId", o.code as "orgUnitCode",
  o.name as "orgUnitName", t.level_kind as "levelKind", t.period, t.baseline_value as "baselineValue", t.plan_ref as "planRef",
  t.plan_id as "planId", t.monitor_unit_id as "monitorUnitId", t.note, t.version`;

export async function listTargets(q: Queryable, f: { indicatorId?: number; paths?: string[] | null }): Promise<TargetView[]> {
  const params: unknown[] = [];
  const where: string[] = [];
  if (f.indicatorId) {
    params.push(f.indicatorId);
    where.push(`t.indicator_id = $${params.length}`);
  }
  if (f.paths) {
    params.push(f.paths);
    // Targets set for the user's units, and those set above them that apply down to their level.
    where.push(`exists (select 1 from unnest($${params.length}::text[]) s(p) where o.path like s.p || '%' or s.p like o.path || '%')`);
  }
  return q.query<TargetView>(
    `select ${COLS} from target t join indicator i on i.id = t.indicator_id join org_unit o on o.id = t.org_unit_id
     ${where.length ? `where ${where.join(" and ")}` : ""} order by i.code, t.period, o.path`,
    params,
  );
}

export async function getTarget(q: Queryable, id: number): Promise<TargetView | undefined> {
  const [t] = await q.query<TargetView>(
    `select ${COLS} from target t join indicator i on i.id = t.indicator_id join org_unit o on o.id = t.org_unit_id where t.id = $1`,
    [id],
  );
  return t;
}

export interface TargetWrite {
  indicatorId: number;
  comparator: string;
  value: number;
  valueMax: number | null;
  scopeKind: string;
  orgUnitId: number;
  levelKind: string | null;
  period: string;
  baselineValue: number | null;
  planRef: string | null;
  planId: number | null;
  monitorUnitId: number | null;
  note: string | null;
}

const FIELDS = ["indicator_id", "comparator", "value", "value_max", "scope_kind", "org_unit_id", "level_kind", "period", "baseline_value", "plan_ref", "plan_id", "monitor_unit_id", "note"];
const vals = (w: TargetWrite) => [w.indicatorId, w.comparator, w.value, w.valueMax, w.scopeKind, w.orgUnitId, w.levelKind, w.period, w.baselineValue, w.planRef, w.planId, w.monitorUnitId, w.note];

export async function insertTarget(q: Queryable, w: TargetWrite): Promise<number> {
  const [r] = await q.query<{ id: number }>(
    `insert into target (${FIELDS.join(", ")}) values (${FIELDS.map((_, i) => `$${i + 1}`).join(", ")}) returning id`,
    vals(w),
  );
  return r.id;
}

export async function updateTarget(q: Queryable, id: number, version: number, w: TargetWrite): Promise<boolean> {
  const rows = await q.query(
    `update target set ${FIELDS.map((f, i) => `${f} = $${i + 3}`).join(", ")}, version = version + 1, updated_at = now()
     where id = $1 and version = $2 returning id`,
    [id, version, ...vals(w)],
  );
  return rows.length === 1;
}

export async function deleteTarget(q: Queryable, id: number): Promise<void> {
  await q.query("delete from target where id = $1", [id]);
}
