import type { Queryable } from "../db/db";
import { listIndicators } from "../indicators/indicators.repo";
import type { Indicator } from "../indicators/indicators.types";
import { loadUnitIndex, type UnitIndex } from "./unit-map";

// The unit index and the indicator catalogue, cached per database and catalogue version (see
// migration 0007): one tiny query per read instead of reloading thousands of units. A write to
// units, successions or indicators bumps the version in its own transaction, so the next read in
// any instance reloads.

interface Entry {
  key: string;
  units?: Promise<UnitIndex>;
  indicators?: Promise<Indicator[]>;
}

const cache = new Map<string, Entry>();

async function entryFor(q: Queryable): Promise<Entry> {
  // xmin (the writing transaction) rather than v alone: a version bumped inside a transaction that
  // then rolls back must never be mistaken for the same number committed later.
  const [row] = await q.query<{ id: string; x: string }>("select id::text as id, xmin::text as x from catalog_version");
  const key = `${row.id}:${row.x}`;
  const dbId = row.id;
  let e = cache.get(dbId);
  if (!e || e.key !== key) {
    e = { key };
    cache.set(dbId, e);
  }
  return e;
}

export async function cachedUnitIndex(q: Queryable): Promise<UnitIndex> {
  const e = await entryFor(q);
  e.units ??= loadUnitIndex(q).catch((err) => {
    e.units = undefined;
    throw err;
  });
  return e.units;
}

export async function cachedIndicators(q: Queryable): Promise<Indicator[]> {
  const e = await entryFor(q);
  e.indicators ??= listIndicators(q, { includeInactive: true }).catch((err) => {
    e.indicators = undefined;
    throw err;
  });
  return e.indicators;
}

/** Both catalogues with one version check (the analytics hot path). */
export async function cachedCatalogues(q: Queryable): Promise<{ units: UnitIndex; indicators: Indicator[] }> {
  const e = await entryFor(q);
  e.units ??= loadUnitIndex(q).catch((err) => {
    e.units = undefined;
    throw err;
  });
  e.indicators ??= listIndicators(q, { includeInactive: true }).catch((err) => {
    e.indicators = undefined;
    throw err;
  });
  const [units, indicators] = await Promise.all([e.units, e.indicators]);
  return { units, indicators };
}
