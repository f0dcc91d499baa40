// Pure helpers over the flat org-unit list the server returns (ordered by path). The tree is
// rebuilt from parentId rather than by parsing `path`, so the web app does not depend on the
// path's exact format.
import { matchesQuery } from "./fold";
import type { Grant, Id, OrgUnit, OrgUnitKind } from "./types";

export interface OrgTreeNode {
  unit: OrgUnit;
  children: OrgTreeNode[];
}

export function indexById(units: readonly OrgUnit[]): Map<Id, OrgUnit> {
  return new Map(units.map((unit) => [unit.id, unit]));
}

export function childrenByParent(units: readonly OrgUnit[]): Map<Id | null, OrgUnit[]> {
  const ids = indexById(units);
  const index = new Map<Id | null, OrgUnit[]>();
  for (const unit of units) {
    // A parent outside the list (inactive, or outside the user's grants) makes this a root.
    const key = unit.parentId && ids.has(unit.parentId) ? unit.parentId : null;
    const list = index.get(key);
    if (list) list.push(unit);
    else index.set(key, [unit]);
  }
  return index;
}

// Siblings are listed the way officials read an org chart: agencies of the level first, then
// the administrative units below it, each group in Vietnamese alphabetical order.
const KIND_ORDER: Record<OrgUnitKind, number> = {
  central: 0,
  province: 1,
  department: 2,
  division: 3,
  district: 4,
  ward: 5,
  commune: 6,
  special_zone: 7,
  other: 8,
};
const collator = new Intl.Collator("vi", { sensitivity: "base", numeric: true });

export function compareSiblings(a: OrgUnit, b: OrgUnit): number {
  return (KIND_ORDER[a.kind] ?? 9) - (KIND_ORDER[b.kind] ?? 9) || collator.compare(a.name, b.name);
}

export function buildTree(units: readonly OrgUnit[]): OrgTreeNode[] {
  const index = childrenByParent(units);
  const build = (unit: OrgUnit, seen: Set<Id>): OrgTreeNode => {
    seen.add(unit.id);
    const children = (index.get(unit.id) ?? []).filter((child) => !seen.has(child.id)).sort(compareSiblings);
    return { unit, children: children.map((child) => build(child, seen)) };
  };
  const seen = new Set<Id>();
  return [...(index.get(null) ?? [])].sort(compareSiblings).map((root) => build(root, seen));
}

/** The units in the order the tree shows them (depth first), for flat pickers. */
export function treeOrder(units: readonly OrgUnit[]): OrgUnit[] {
  const result: OrgUnit[] = [];
  const walk = (nodes: OrgTreeNode[]) => {
    for (const node of nodes) {
      result.push(node.unit);
      walk(node.children);
    }
  };
  walk(buildTree(units));
  return result;
}

/** The unit and everything under it. */
export function subtreeIds(units: readonly OrgUnit[], rootId: Id): Set<Id> {
  const index = childrenByParent(units);
  const result = new Set<Id>();
  const stack: Id[] = [rootId];
  while (stack.length > 0) {
    const id = stack.pop() as Id;
    if (result.has(id)) continue;
    result.add(id);
    for (const child of index.get(id) ?? []) stack.push(child.id);
  }
  return result;
}

/** Ancestors from the root down to the unit's parent. */
export function ancestorsOf(byId: Map<Id, OrgUnit>, id: Id): OrgUnit[] {
  const chain: OrgUnit[] = [];
  const seen = new Set<Id>([id]);
  let current = byId.get(id)?.parentId ?? null;
  while (current && !seen.has(current)) {
    seen.add(current);
    const unit = byId.get(current);
    if (!unit) break;
    chain.unshift(unit);
    current = unit.parentId;
  }
  return chain;
}

/** The units a user may work on: the subtrees of their grants, in the server's order. */
export function unitsCoveredByGrants(units: readonly OrgUnit[], grants: readonly Grant[]): OrgUnit[] {
  const covered = new Set<Id>();
  for (const grant of grants) {
    if (covered.has(grant.orgUnitId)) continue;
    for (const id of subtreeIds(units, grant.orgUnitId)) covered.add(id);
  }
  return units.filter((unit) => covered.has(unit.id));
}

export function unitSearchText(unit: OrgUnit): string {
  return `${unit.name} ${unit.shortName ?? ""} ${unit.code}`;
}

export interface TreeFilter {
  /** Units that match the query themselves. */
  matches: Set<Id>;
  /** Matches plus their ancestors: what stays visible. */
  visible: Set<Id>;
  /** Ancestors of matches: expanded so every match shows. */
  expand: Set<Id>;
}

export function filterTree(units: readonly OrgUnit[], query: string): TreeFilter {
  const byId = indexById(units);
  const matches = new Set<Id>();
  const visible = new Set<Id>();
  const expand = new Set<Id>();
  for (const unit of units) {
    if (!matchesQuery(unitSearchText(unit), query)) continue;
    matches.add(unit.id);
    visible.add(unit.id);
    for (const ancestor of ancestorsOf(byId, unit.id)) {
      visible.add(ancestor.id);
      expand.add(ancestor.id);
    }
  }
  return { matches, visible, expand };
}

/** A unit is active on a date when validFrom <= date and (validTo is empty or date <= validTo). */
export function isActiveOn(unit: OrgUnit, isoDate: string): boolean {
  if (unit.validFrom && unit.validFrom > isoDate) return false;
  if (unit.validTo && unit.validTo < isoDate) return false;
  return true;
}
