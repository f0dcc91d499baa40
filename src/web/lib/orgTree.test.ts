import { describe, expect, it } from "vitest";
import {
  ancestorsOf,
  buildTree,
  filterTree,
  indexById,
  isActiveOn,
  subtreeIds,
  treeOrder,
  unitsCoveredByGrants,
} from "./orgTree";
import type { Grant, OrgUnit, OrgUnitKind } from "./types";

function unit(
  id: number,
  name: string,
  kind: OrgUnitKind,
  parentId: number | null,
  extra: Partial<OrgUnit> = {},
): OrgUnit {
  return {
    id,
    code: `U${id}`,
    name,
    shortName: null,
    kind,
    parentId,
    path: "",
    depth: 0,
    validFrom: "2025-07-01",
    validTo: null,
    version: 1,
    successorIds: [],
    predecessorIds: [],
    ...extra,
  };
}

// Server order (by path) on purpose differs from the display order.
const units: OrgUnit[] = [
  unit(1, "Tỉnh Bắc Ninh", "province", null),
  unit(20, "Phường Vũ Ninh", "ward", 1),
  unit(10, "Sở Y tế", "department", 1),
  unit(21, "Xã Đông Phong", "commune", 1),
  unit(11, "Sở Công Thương", "department", 1),
  unit(30, "Phòng Kế hoạch", "division", 10),
  unit(22, "Phường Bắc Giang", "ward", 1),
];

const grant = (orgUnitId: number): Grant => ({
  role: "officer",
  orgUnitId,
  orgUnitCode: "",
  orgUnitName: "",
});

describe("org tree", () => {
  it("builds the tree from parent links, agencies first, then alphabetical", () => {
    const tree = buildTree(units);
    expect(tree).toHaveLength(1);
    expect(tree[0].children.map((node) => node.unit.name)).toEqual([
      "Sở Công Thương",
      "Sở Y tế",
      "Phường Bắc Giang",
      "Phường Vũ Ninh",
      "Xã Đông Phong",
    ]);
    expect(treeOrder(units).map((u) => u.id)).toEqual([1, 11, 10, 30, 22, 20, 21]);
  });

  it("makes a unit whose parent is missing a root", () => {
    const tree = buildTree(units.filter((u) => u.id !== 10));
    expect(tree.map((node) => node.unit.id).sort()).toEqual([1, 30]);
  });

  it("survives a cycle in bad data", () => {
    const looped = [unit(1, "A", "other", 2), unit(2, "B", "other", 1)];
    expect(() => buildTree(looped)).not.toThrow();
    expect(subtreeIds(looped, 1)).toEqual(new Set([1, 2]));
    expect(ancestorsOf(indexById(looped), 1).length).toBeLessThanOrEqual(1);
  });

  it("finds subtrees and ancestors", () => {
    expect(subtreeIds(units, 10)).toEqual(new Set([10, 30]));
    expect(subtreeIds(units, 1).size).toBe(units.length);
    expect(ancestorsOf(indexById(units), 30).map((u) => u.id)).toEqual([1, 10]);
    expect(ancestorsOf(indexById(units), 1)).toEqual([]);
  });

  it("limits the scope to the subtrees of the user's grants", () => {
    expect(unitsCoveredByGrants(units, [grant(10)]).map((u) => u.id)).toEqual([10, 30]);
    expect(
      unitsCoveredByGrants(units, [grant(22), grant(21)])
        .map((u) => u.id)
        .sort(),
    ).toEqual([21, 22]);
    expect(unitsCoveredByGrants(units, [grant(1)])).toHaveLength(units.length);
    expect(unitsCoveredByGrants(units, [])).toEqual([]);
  });

  it("keeps search matches and their ancestors, ignoring accents", () => {
    const result = filterTree(units, "ke hoach");
    expect(result.matches).toEqual(new Set([30]));
    expect(result.visible).toEqual(new Set([1, 10, 30]));
    expect(result.expand).toEqual(new Set([1, 10]));
    expect(filterTree(units, "U22").matches).toEqual(new Set([22]));
    expect(filterTree(units, "khong co").visible.size).toBe(0);
  });

  it("tells whether a unit is in force on a date (validTo inclusive)", () => {
    const merged = unit(5, "Phường cũ", "ward", 1, { validFrom: "2020-01-01", validTo: "2025-06-30" });
    expect(isActiveOn(merged, "2025-06-30")).toBe(true);
    expect(isActiveOn(merged, "2025-07-01")).toBe(false);
    expect(isActiveOn(merged, "2019-12-31")).toBe(false);
  });
});
