import {
  addDays,
  isValidIsoDate,
  type Period,
  type PeriodType,
  parsePeriod,
  periodForDate,
  previousPeriod,
  tryParsePeriod,
} from "../../core/periods";
import { can, scopePaths } from "../auth/authorize";
import type { Principal } from "../auth/principal";
import { loadUnitIndex, type UnitIndex, type UnitNode } from "../data/unit-map";
import type { Queryable } from "../db/db";
import { AppError, fail } from "../http/errors";

// Where and when the dashboard looks: the scope unit (checked against the caller's grants), the
// date figures are read "as of", and the periods each indicator shows.

export interface Scope {
  unit: UnitNode;
  idx: UnitIndex;
}

/**
 * The unit a dashboard is about. With a principal: the requested unit if the caller may read it,
 * else the root of the caller's first readable subtree. With a number (benchmarks, jobs): that
 * unit, unchecked.
 */
export async function resolveScope(
  q: Queryable,
  who: Principal | number,
  unitId?: number,
  idx?: UnitIndex,
): Promise<Scope> {
  const units = idx ?? (await loadUnitIndex(q));
  if (typeof who === "number") {
    const unit = units.byId.get(who);
    if (!unit) throw fail("NOT_FOUND", `Không tìm thấy đơn vị có mã số ${who}.`);
    return { unit, idx: units };
  }
  if (unitId !== undefined) {
    const unit = units.byId.get(unitId);
    if (!unit) throw fail("NOT_FOUND", `Không tìm thấy đơn vị có mã số ${unitId}.`);
    if (!can(who, "read", unit.path)) throw fail("FORBIDDEN");
    return { unit, idx: units };
  }
  const [first] = scopePaths(who, "read").sort((a, b) => a.length - b.length);
  const unit = first ? [...units.byId.values()].find((u) => u.path === first) : undefined;
  if (!unit) throw fail("FORBIDDEN");
  return { unit, idx: units };
}

export const isActive = (u: UnitNode, asOf: string) => !u.validTo || u.validTo >= asOf;

/** Active direct children, in code order within kind (wards, communes, departments...). */
export function activeChildren(unit: UnitNode, idx: UnitIndex, asOf: string): UnitNode[] {
  const kindOrder = [
    "province",
    "district",
    "ward",
    "commune",
    "special_zone",
    "department",
    "division",
    "other",
    "central",
  ];
  return [...idx.byId.values()]
    .filter((u) => u.parentId === unit.id && isActive(u, asOf) && u.validFrom <= asOf)
    .sort(
      (a, b) => kindOrder.indexOf(a.kind) - kindOrder.indexOf(b.kind) || a.name.localeCompare(b.name, "vi"),
    );
}

/** Ancestors from the top down to `unit`, keeping only those the caller may read (breadcrumbs). */
export function readableAncestors(unit: UnitNode, idx: UnitIndex, who: Principal | number): UnitNode[] {
  const ids = unit.path.split("/").filter(Boolean).map(Number);
  return ids
    .map((id) => idx.byId.get(id))
    .filter((u): u is UnitNode => !!u && (typeof who === "number" || can(who, "read", u.path)));
}

/**
 * The date figures are read as of. A month code means "the dashboard as it stood at the end of
 * that month": the day after it, so that month is the last complete one.
 */
export function resolveAsOf(
  opts: { asOf?: string; period?: string },
  today = new Date().toISOString().slice(0, 10),
): string {
  if (opts.period) {
    const p = tryParsePeriod(opts.period);
    if (!p)
      throw new AppError(
        "DASHBOARD_INVALID_PERIOD",
        `Kỳ "${opts.period}" không hợp lệ.`,
        [{ path: "period", message: opts.period }],
        422,
      );
    return addDays(p.end, 1);
  }
  if (opts.asOf) {
    if (!isValidIsoDate(opts.asOf))
      throw new AppError(
        "DASHBOARD_INVALID_DATE",
        `Ngày "${opts.asOf}" không hợp lệ (cần dạng YYYY-MM-DD).`,
        [{ path: "asOf", message: opts.asOf }],
        422,
      );
    return opts.asOf;
  }
  return today;
}

/** The last period of this type that has ended before asOf: the one a dashboard reports. */
export function lastCompletePeriod(type: PeriodType, asOf: string): Period {
  return previousPeriod(periodForDate(asOf, type));
}

/** `count` periods ending with `last`, oldest first. */
export function trailingPeriods(last: Period | string, count: number): Period[] {
  const out = [typeof last === "string" ? parsePeriod(last) : last];
  while (out.length < count) out.unshift(previousPeriod(out[0]));
  return out;
}
