import { parsePeriod } from "../../core/periods";
import type { Queryable } from "../db/db";
import type { Indicator } from "../indicators/indicators.types";
import type { UnitIndex, UnitNode } from "./unit-map";

// Data quality from the data itself (never from a "complete" button, whose counts drift above 100%):
// completeness = cells that hold a value / cells expected (each reporting unit active in a period,
// for each period); timeliness = values first entered within `due_days` after their period ended.

export interface QualityFigures {
  expected: number;
  filled: number;
  onTime: number;
  completeness: number | null;
  timeliness: number | null;
}

export function expectedReporters(ind: Indicator, root: UnitNode, idx: UnitIndex): UnitNode[] {
  const all = [...idx.byId.values()].filter((u) => u.path.startsWith(root.path));
  if (!ind.reporterKinds.length) return all.filter((u) => u.id === ind.ownerUnitId);
  return all.filter((u) => ind.reporterKinds.includes(u.kind));
}

export async function dataQuality(
  q: Queryable,
  ind: Indicator,
  rootId: number,
  periodCodes: string[],
  idx: UnitIndex,
  groupBy?: number[],
): Promise<{ total: QualityFigures; byUnit: Record<number, QualityFigures> }> {
  const root = idx.byId.get(rootId);
  const empty = (): QualityFigures => ({ expected: 0, filled: 0, onTime: 0, completeness: null, timeliness: null });
  if (!root) return { total: empty(), byUnit: {} };
  const periods = periodCodes.map((c) => parsePeriod(c));
  const reporters = expectedReporters(ind, root, idx);
  const filled = await q.query<{ u: number; period: string; first: string }>(
    `select d.org_unit_id as u, d.period,
            coalesce((select min(h.changed_at) from data_value_history h where h.indicator_id = d.indicator_id
               and h.org_unit_id = d.org_unit_id and h.period = d.period and h.disagg = d.disagg), d.updated_at) as first
       from data_value d
      where d.indicator_id = $1 and d.org_unit_id = any($2::int[]) and d.period = any($3::text[])
        and (d.value is not null or d.numerator is not null)`,
    [ind.id, reporters.map((u) => u.id), periodCodes],
  );
  const have = new Map(filled.map((f) => [`${f.u}|${f.period}`, f.first]));
  const total = empty();
  const byUnit: Record<number, QualityFigures> = {};
  const bucketOf = (u: UnitNode) => groupBy?.find((g) => u.path.split("/").includes(String(g)));
  for (const u of reporters)
    for (const p of periods) {
      if (p.end < u.validFrom || (u.validTo && p.start > u.validTo)) continue;
      const first = have.get(`${u.id}|${p.code}`);
      const due = new Date(Date.parse(`${p.end}T23:59:59+07:00`) + ind.dueDays * 86_400_000);
      const targets = [total];
      const b = bucketOf(u);
      if (b !== undefined) targets.push((byUnit[b] ??= empty()));
      for (const t of targets) {
        t.expected++;
        if (first) {
          t.filled++;
          if (new Date(first) <= due) t.onTime++;
        }
      }
    }
  for (const f of [total, ...Object.values(byUnit)]) {
    f.completeness = f.expected ? f.filled / f.expected : null;
    f.timeliness = f.filled ? f.onTime / f.filled : null;
  }
  return { total, byUnit };
}
