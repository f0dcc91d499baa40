import type { UnitIndex, UnitNode } from "../../data/unit-map";
import type { Queryable } from "../../db/db";
import { activeChildren } from "../scope";
import { demoBoundaries } from "./demo-boundaries";
import type { GeoGeometry, MatchedBoundary } from "./geojson-import";

export interface BoundaryRow {
  orgUnitId: number;
  geometry: GeoGeometry;
  source: string;
}

/** Kinds of unit a map can draw (administrative areas, not departments). */
export const MAP_KINDS = new Set(["province", "district", "commune", "ward", "special_zone"]);

export async function boundariesFor(q: Queryable, unitIds: number[]): Promise<BoundaryRow[]> {
  if (unitIds.length === 0) return [];
  return q.query<BoundaryRow>(
    `select org_unit_id as "orgUnitId", geometry, source from geo_boundary where org_unit_id = any($1::int[])`,
    [unitIds],
  );
}

export async function countBoundaries(q: Queryable): Promise<number> {
  const [r] = await q.query<{ n: number }>("select count(*)::int as n from geo_boundary");
  return r.n;
}

/** Replaces the boundaries of the matched units (a re-import of the same units overwrites them). */
export async function upsertBoundaries(
  tx: Queryable,
  rows: MatchedBoundary[],
  source: string,
  userId: number | null,
) {
  if (rows.length === 0) return;
  await tx.query(
    `insert into geo_boundary (org_unit_id, geometry, source, properties, imported_by)
     select u, g::jsonb, $3, p::jsonb, $4 from unnest($1::int[], $2::text[], $5::text[]) as t(u, g, p)
     on conflict (org_unit_id) do update set geometry = excluded.geometry, source = excluded.source,
       properties = excluded.properties, imported_by = excluded.imported_by, imported_at = now()`,
    [
      rows.map((r) => r.unitId),
      rows.map((r) => JSON.stringify(r.geometry)),
      source,
      userId,
      rows.map((r) => JSON.stringify(r.properties)),
    ],
  );
}

/**
 * The units the map of `root` draws: its active children that are areas (provinces under the
 * country, communes and wards under a province); for a unit without any (a ward, a department),
 * the unit itself.
 */
export function mapUnits(root: UnitNode, idx: UnitIndex, asOf: string): UnitNode[] {
  const below = activeChildren(root, idx, asOf).filter((u) => MAP_KINDS.has(u.kind));
  return below.length ? below : [root];
}

let demoCache: { key: string; shapes: Map<number, GeoGeometry> } | null = null;

/**
 * Shapes for the demo when no boundary has been stored at all (a database seeded before the
 * dashboard existed): the same generated tessellation the demo seed stores, computed for the
 * commune-level units under the top province.
 */
export function generatedDemoShapes(idx: UnitIndex, asOf: string): Map<number, GeoGeometry> {
  const province = [...idx.byId.values()].find((u) => u.kind === "province" && u.parentId === null);
  if (!province) return new Map();
  const units = mapUnits(province, idx, asOf).filter((u) => u.id !== province.id);
  const key = units
    .map((u) => u.code)
    .sort()
    .join(",");
  if (demoCache?.key === key) return demoCache.shapes;
  const { outline, cells } = demoBoundaries(units.map((u) => ({ code: u.code, kind: u.kind })));
  const shapes = new Map<number, GeoGeometry>([[province.id, outline]]);
  for (const u of units) {
    const cell = cells.get(u.code);
    if (cell) shapes.set(u.id, cell);
  }
  demoCache = { key, shapes };
  return shapes;
}

/** Stores the demo tessellation for the demo province (the capability's demo seed). */
export async function seedDemoBoundaries(tx: Queryable, units: UnitNode[]): Promise<number> {
  const province = units.find((u) => u.kind === "province" && u.parentId === null);
  if (!province) return 0;
  const level = units.filter((u) => u.parentId === province.id && MAP_KINDS.has(u.kind) && !u.validTo);
  const { outline, cells } = demoBoundaries(level.map((u) => ({ code: u.code, kind: u.kind })));
  const rows: MatchedBoundary[] = [
    { unitId: province.id, code: province.code, geometry: outline, properties: { name: province.name } },
  ];
  for (const u of level) {
    const cell = cells.get(u.code);
    if (cell) rows.push({ unitId: u.id, code: u.code, geometry: cell, properties: { name: u.name } });
  }
  await upsertBoundaries(tx, rows, "demo", null);
  return rows.length;
}
