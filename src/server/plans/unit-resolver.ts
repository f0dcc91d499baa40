/**
 * From unit names as a plan writes them to org units: one name to one unit by fuzzy matching
 * (src/core/text matchUnitName), a collective name ("Các sở, ban, ngành", "UBND các xã, phường")
 * to every unit of that kind, for the task to fan out.
 */
import { foldVietnamese, isCollectiveUnitName, matchUnitName, rankUnitNames } from "../../core/text";
import type { Queryable } from "../db/db";

export interface UnitRow {
  id: number;
  code: string;
  name: string;
  shortName: string | null;
  kind: string;
  path: string;
}

export interface NameMatch {
  name: string;
  unitId: number | null;
  unitName: string | null;
  score: number;
  ambiguous: boolean;
  /** The units a collective name stands for (empty for a single unit). */
  collective: number[];
  collectiveLabel: string | null;
  suggestions: Array<{ id: number; name: string; score: number }>;
}

export async function activeUnits(q: Queryable, underPath: string | null): Promise<UnitRow[]> {
  return q.query<UnitRow>(
    `select id, code, name, short_name as "shortName", kind, path from org_unit
      where valid_to is null and ($1::text is null or path like $1 || '%') order by path`,
    [underPath],
  );
}

const LOCAL_KINDS = new Set(["commune", "ward", "special_zone"]);

/**
 * Units a collective name stands for, with a label saying which group was chosen; null when the
 * name is not one of the groups we can enumerate ("các đơn vị liên quan" needs a person).
 * District-level units closed on 1/7/2025: "UBND huyện, thành phố" goes to today's communes and wards.
 */
export function resolveCollective(
  name: string,
  units: readonly UnitRow[],
): { ids: number[]; label: string } | null {
  const f = foldVietnamese(name);
  const departments =
    /\bso\b|\bnganh\b|\bco quan\b(?!.*\bdia phuong\b)/.test(f) && !/\bphong\b,? ban\b/.test(f);
  const local = /\bxa\b|\bphuong\b|\bhuyen\b|\bdia phuong\b|\bcap co so\b|dac khu/.test(f);
  const ids: number[] = [];
  const labels: string[] = [];
  if (departments) {
    ids.push(...units.filter((u) => u.kind === "department").map((u) => u.id));
    labels.push("các sở, ban, ngành");
  }
  if (local) {
    ids.push(...units.filter((u) => LOCAL_KINDS.has(u.kind)).map((u) => u.id));
    labels.push("các xã, phường, đặc khu");
  }
  if (ids.length === 0) return null;
  return { ids: [...new Set(ids)], label: labels.join(" và ") };
}

export function matchName(name: string, units: readonly UnitRow[]): NameMatch {
  const candidates = units.map((u) => ({ id: u.id, code: u.code, name: u.name, shortName: u.shortName }));
  const base = {
    name,
    unitId: null,
    unitName: null,
    score: 0,
    ambiguous: false,
    collective: [],
    collectiveLabel: null,
  };
  if (isCollectiveUnitName(name)) {
    const group = resolveCollective(name, units);
    if (group) return { ...base, collective: group.ids, collectiveLabel: group.label, suggestions: [] };
  }
  const m = matchUnitName(name, candidates);
  const suggestions = rankUnitNames(name, candidates)
    .slice(0, 3)
    .filter((r) => r.score > 0.3)
    .map((r) => ({ id: r.candidate.id, name: r.candidate.name, score: r.score }));
  if (!m) return { ...base, suggestions };
  return {
    ...base,
    unitId: m.candidate.id,
    unitName: m.candidate.name,
    score: m.score,
    ambiguous: m.ambiguous,
    suggestions,
  };
}
