import type { Queryable } from "../db/db";
import type { OrgUnit, OrgUnitKind } from "./orgunits.types";

const COLS = `u.id, u.code, u.name, u.short_name as "shortName", u.kind, u.parent_id as "parentId", u.path, u.depth,
  u.valid_from as "validFrom", u.valid_to as "validTo", u.version,
  coalesce((select array_agg(s.successor_id order by s.successor_id) from org_unit_succession s where s.predecessor_id = u.id), '{}') as "successorIds",
  coalesce((select array_agg(s.predecessor_id order by s.predecessor_id) from org_unit_succession s where s.successor_id = u.id), '{}') as "predecessorIds"`;

export interface ListFilter {
  asOf?: string;
  includeInactive?: boolean;
  underPath?: string;
}

export async function listUnits(q: Queryable, f: ListFilter = {}): Promise<OrgUnit[]> {
  const where: string[] = [];
  const params: unknown[] = [];
  if (f.asOf) {
    params.push(f.asOf);
    where.push(`u.valid_from <= $${params.length}::date and (u.valid_to is null or u.valid_to >= $${params.length}::date)`);
  } else if (!f.includeInactive) {
    where.push("u.valid_to is null");
  }
  if (f.underPath) {
    params.push(f.underPath);
    where.push(`u.path like $${params.length} || '%'`);
  }
  const w = where.length ? `where ${where.join(" and ")}` : "";
  return q.query<OrgUnit>(`select ${COLS} from org_unit u ${w} order by u.path`, params);
}

export async function getUnit(q: Queryable, id: number): Promise<OrgUnit | undefined> {
  const [u] = await q.query<OrgUnit>(`select ${COLS} from org_unit u where u.id = $1`, [id]);
  return u;
}

export async function getUnitByCode(q: Queryable, code: string): Promise<OrgUnit | undefined> {
  const [u] = await q.query<OrgUnit>(`select ${COLS} from org_unit u where lower(u.code) = lower($1)`, [code]);
  return u;
}

export async function unitsByIds(q: Queryable, ids: number[]): Promise<OrgUnit[]> {
  if (ids.length === 0) return [];
  return q.query<OrgUnit>(`select ${COLS} from org_unit u where u.id = any($1::int[]) order by u.path`, [ids]);
}

export async function ancestorsOf(q: Queryable, path: string): Promise<OrgUnit[]> {
  const ids = path.split("/").filter(Boolean).map(Number).slice(0, -1);
  return unitsByIds(q, ids);
}

export async function childrenOf(q: Queryable, id: number): Promise<OrgUnit[]> {
  return q.query<OrgUnit>(`select ${COLS} from org_unit u where u.parent_id = $1 order by u.name`, [id]);
}

export interface NewUnit {
  code: string;
  name: string;
  shortName?: string | null;
  kind: OrgUnitKind;
  parentId: number | null;
  validFrom?: string;
  validTo?: string | null;
}

/** Inserts and fills in path and depth from the parent's. */
export async function insertUnit(q: Queryable, u: NewUnit): Promise<number> {
  const [row] = await q.query<{ id: number }>(
    `insert into org_unit (code, name, short_name, kind, parent_id, path, depth, valid_from, valid_to)
     values ($1, $2, $3, $4, $5, '', 0, coalesce($6::date, '1900-01-01'), $7::date) returning id`,
    [u.code, u.name, u.shortName ?? null, u.kind, u.parentId, u.validFrom ?? null, u.validTo ?? null],
  );
  await q.query(
    `update org_unit c set
       path = coalesce((select p.path from org_unit p where p.id = c.parent_id), '/') || c.id || '/',
       depth = coalesce((select p.depth + 1 from org_unit p where p.id = c.parent_id), 0)
     where c.id = $1`,
    [row.id],
  );
  return row.id;
}

export async function updateUnitFields(
  q: Queryable,
  id: number,
  version: number,
  f: { code: string; name: string; shortName: string | null; kind: OrgUnitKind; validTo?: string | null },
): Promise<boolean> {
  const rows = await q.query(
    `update org_unit set code = $3, name = $4, short_name = $5, kind = $6, valid_to = $7::date,
       version = version + 1, updated_at = now()
     where id = $1 and version = $2 returning id`,
    [id, version, f.code, f.name, f.shortName, f.kind, f.validTo ?? null],
  );
  return rows.length === 1;
}

/** Re-parents a unit and rewrites the paths of its whole subtree in one statement. */
export async function moveSubtree(q: Queryable, unit: OrgUnit, parent: OrgUnit): Promise<void> {
  const newPath = `${parent.path}${unit.id}/`;
  const delta = parent.depth + 1 - unit.depth;
  await q.query(
    `update org_unit set path = $2 || substr(path, length($1) + 1), depth = depth + $3,
       version = case when id = $4 then version + 1 else version end, updated_at = now()
     where path like $1 || '%'`,
    [unit.path, newPath, delta, unit.id],
  );
  await q.query("update org_unit set parent_id = $2 where id = $1", [unit.id, parent.id]);
}

export async function closeUnit(q: Queryable, id: number, validTo: string): Promise<void> {
  await q.query("update org_unit set valid_to = $2::date, version = version + 1, updated_at = now() where id = $1", [
    id,
    validTo,
  ]);
}

export async function addSuccession(
  q: Queryable,
  predecessorId: number,
  successorId: number,
  date: string,
  kind: "merge" | "split" | "rename",
): Promise<void> {
  await q.query(
    `insert into org_unit_succession (predecessor_id, successor_id, effective_date, kind) values ($1, $2, $3::date, $4)
     on conflict (predecessor_id, successor_id) do update set effective_date = excluded.effective_date, kind = excluded.kind`,
    [predecessorId, successorId, date, kind],
  );
}

export async function codeTaken(q: Queryable, code: string, exceptId?: number): Promise<boolean> {
  const rows = await q.query("select 1 from org_unit where lower(code) = lower($1) and id is distinct from $2", [
    code,
    exceptId ?? null,
  ]);
  return rows.length > 0;
}
