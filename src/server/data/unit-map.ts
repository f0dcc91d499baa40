import type { Queryable } from "../db/db";

// Which stored units add up under which requested unit. A unit belongs to every unit on its path,
// and so does every unit merged into it (org_unit_succession): a closed ward's 2024 figures count
// under the ward that succeeded it in 2025, and under that ward's parents.

export interface UnitNode {
  id: number;
  code: string;
  name: string;
  kind: string;
  parentId: number | null;
  path: string;
  validFrom: string;
  validTo: string | null;
}

export interface UnitIndex {
  byId: Map<number, UnitNode>;
  byCode: Map<string, UnitNode>;
  /** Final successor of a unit (itself when it was never merged away). */
  current(id: number): number;
  /** (stored unit, requested unit) pairs for the requested units. */
  membership(groups: number[]): { src: number[]; grp: number[] };
}

export async function loadUnitIndex(q: Queryable): Promise<UnitIndex> {
  const units = await q.query<UnitNode>(
    `select id, code, name, kind, parent_id as "parentId", path, valid_from as "validFrom", valid_to as "validTo" from org_unit`,
  );
  const succ = await q.query<{ p: number; s: number }>("select predecessor_id as p, successor_id as s from org_unit_succession");
  const byId = new Map(units.map((u) => [u.id, u]));
  const byCode = new Map(units.map((u) => [u.code.toLowerCase(), u]));
  const successors = new Map<number, number[]>();
  for (const { p, s } of succ) successors.set(p, [...(successors.get(p) ?? []), s]);
  const currentCache = new Map<number, number>();
  const current = (id: number): number => {
    const cached = currentCache.get(id);
    if (cached !== undefined) return cached;
    let at = id;
    const seen = new Set<number>();
    // Only a merge (one successor) carries data forward; a split cannot divide old figures.
    while ((successors.get(at)?.length ?? 0) === 1 && !seen.has(at)) {
      seen.add(at);
      at = (successors.get(at) as number[])[0];
    }
    currentCache.set(id, at);
    return at;
  };
  let covers: (readonly [number, number[]])[] | undefined;
  const ancestors = (u: UnitNode) => u.path.split("/").filter(Boolean).map(Number);
  return {
    byId,
    byCode,
    current,
    membership(groups) {
      // Which requested units cover each stored unit: its own path and its final successor's,
      // computed once per index (the index itself is cached per catalogue version).
      covers ??= units.map((u) => {
        const cur = byId.get(current(u.id)) ?? u;
        return [u.id, [...new Set([...ancestors(u), ...ancestors(cur)])]] as const;
      });
      const wanted = new Set(groups);
      const src: number[] = [];
      const grp: number[] = [];
      for (const [id, covering] of covers)
        for (const g of covering)
          if (wanted.has(g)) {
            src.push(id);
            grp.push(g);
          }
      return { src, grp };
    },
  };
}
