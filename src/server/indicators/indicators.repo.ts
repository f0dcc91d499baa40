import type { Queryable } from "../db/db";
import type { Indicator } from "./indicators.types";

export const INDICATOR_COLS = `i.id, i.code, i.name, i.unit, i.value_type as "valueType", i.aggregation, i.period_type as "periodType",
  i.formula, i.direction, i.decimals, i.scale, i.min_value as "minValue", i.max_value as "maxValue",
  i.numerator_label as "numeratorLabel", i.denominator_label as "denominatorLabel", i.reporter_kinds as "reporterKinds",
  i.disaggregation, i.due_days as "dueDays", i.owner_unit_id as "ownerUnitId", i.monitor_unit_id as "monitorUnitId",
  i.source, i.definition, i.is_public as "isPublic", i.active, i.version, i.updated_at as "updatedAt",
  coalesce((select array_agg(g.code order by g.sort) from indicator_group_member m join indicator_group g on g.id = m.group_id
    where m.indicator_id = i.id), '{}') as groups`;

export async function listIndicators(q: Queryable, opts: { includeInactive?: boolean } = {}): Promise<Indicator[]> {
  return q.query<Indicator>(
    `select ${INDICATOR_COLS} from indicator i ${opts.includeInactive ? "" : "where i.active"} order by i.code`,
  );
}

export async function getIndicator(q: Queryable, id: number): Promise<Indicator | undefined> {
  const [r] = await q.query<Indicator>(`select ${INDICATOR_COLS} from indicator i where i.id = $1`, [id]);
  return r;
}

export async function getIndicatorsByCodes(q: Queryable, codes: string[]): Promise<Indicator[]> {
  if (!codes.length) return [];
  return q.query<Indicator>(`select ${INDICATOR_COLS} from indicator i where lower(i.code) = any($1::text[])`, [
    codes.map((c) => c.toLowerCase()),
  ]);
}

export type IndicatorWrite = Omit<Indicator, "id" | "version" | "groups" | "updatedAt" | "active"> & {
  active?: boolean;
  groups: string[];
};

const WRITE_COLS = [
  ["code", "code"],
  ["name", "name"],
  ["unit", "unit"],
  ["value_type", "valueType"],
  ["aggregation", "aggregation"],
  ["period_type", "periodType"],
  ["formula", "formula"],
  ["direction", "direction"],
  ["decimals", "decimals"],
  ["scale", "scale"],
  ["min_value", "minValue"],
  ["max_value", "maxValue"],
  ["numerator_label", "numeratorLabel"],
  ["denominator_label", "denominatorLabel"],
  ["reporter_kinds", "reporterKinds"],
  ["disaggregation", "disaggregation"],
  ["due_days", "dueDays"],
  ["owner_unit_id", "ownerUnitId"],
  ["monitor_unit_id", "monitorUnitId"],
  ["source", "source"],
  ["definition", "definition"],
  ["is_public", "isPublic"],
] as const;

function writeValues(w: IndicatorWrite): unknown[] {
  return WRITE_COLS.map(([, k]) => (k === "disaggregation" ? (w.disaggregation ? JSON.stringify(w.disaggregation) : null) : w[k]));
}

export async function insertIndicator(q: Queryable, w: IndicatorWrite): Promise<number> {
  const cols = WRITE_COLS.map(([c]) => c).join(", ");
  const params = WRITE_COLS.map(([c], i) => (c === "disaggregation" ? `$${i + 1}::jsonb` : c === "reporter_kinds" ? `$${i + 1}::text[]` : `$${i + 1}`)).join(", ");
  const [r] = await q.query<{ id: number }>(`insert into indicator (${cols}) values (${params}) returning id`, writeValues(w));
  await setGroups(q, r.id, w.groups);
  return r.id;
}

export async function updateIndicator(q: Queryable, id: number, version: number, w: IndicatorWrite & { active: boolean }): Promise<boolean> {
  const sets = WRITE_COLS.map(([c], i) => `${c} = $${i + 3}${c === "disaggregation" ? "::jsonb" : c === "reporter_kinds" ? "::text[]" : ""}`).join(", ");
  const rows = await q.query(
    `update indicator set ${sets}, active = $${WRITE_COLS.length + 3}, version = version + 1, updated_at = now()
      where id = $1 and version = $2 returning id`,
    [id, version, ...writeValues(w), w.active],
  );
  if (rows.length) await setGroups(q, id, w.groups);
  return rows.length === 1;
}

async function setGroups(q: Queryable, id: number, groups: string[]) {
  await q.query("delete from indicator_group_member where indicator_id = $1", [id]);
  if (groups.length)
    await q.query(
      `insert into indicator_group_member (indicator_id, group_id)
       select $1, g.id from indicator_group g where g.code = any($2::text[])`,
      [id, groups],
    );
}

export async function saveVersion(q: Queryable, ind: Indicator, userId: number | null) {
  await q.query(
    "insert into indicator_version (indicator_id, version, definition, changed_by) values ($1, $2, $3::jsonb, $4) on conflict do nothing",
    [ind.id, ind.version, JSON.stringify(ind), userId],
  );
}

export async function listGroups(q: Queryable) {
  return q.query<{ id: number; code: string; name: string; sort: number }>("select id, code, name, sort from indicator_group order by sort, code");
}

export async function ensureDefaultGroups(q: Queryable, groups: readonly { code: string; name: string; sort: number }[]) {
  for (const g of groups)
    await q.query("insert into indicator_group (code, name, sort) values ($1, $2, $3) on conflict (code) do nothing", [g.code, g.name, g.sort]);
}
