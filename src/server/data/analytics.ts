import { evaluateFormula, parseFormula, formulaReferences, topoOrder, type FormulaAst } from "../../core/formula";
import { parsePeriod, type Period } from "../../core/periods";
import type { Queryable } from "../db/db";
import { AppError } from "../http/errors";
import type { Indicator } from "../indicators/indicators.types";
import { cachedCatalogues } from "./catalog-cache";
import type { UnitIndex } from "./unit-map";

// The analytics engine: figures aggregated on read, up the unit tree (with merged units rolled into
// their successors) and over time (months into quarters and years), by each indicator's rule.
// No precomputed tables: a value written is in the next answer.

export interface AnalyticsQuery {
  indicatorCodes: string[];
  /** Requested units: each answer row is one of these, its subtree and predecessors added up. */
  orgUnitIds: number[];
  periods: string[];
  approvedOnly?: boolean;
  byDisagg?: boolean;
}

export interface AnalyticsRow {
  indicator: string;
  orgUnitId: number;
  period: string;
  disagg?: string;
  value: number | null;
  numerator: number | null;
  denominator: number | null;
  /** How many stored figures went into the value, and from how many units. */
  count: number;
  units: number;
  lastUpdated: string | null;
}

interface Partial {
  indicator_id: number;
  grp: number;
  code: string;
  disagg: string;
  sv: number | null;
  sn: number | null;
  sd: number | null;
  av: number | null;
  lastv: number | null;
  cnt: number;
  units: number;
  upd: string | null;
}

export async function runAnalytics(q: Queryable, query: AnalyticsQuery, idx?: UnitIndex): Promise<AnalyticsRow[]> {
  const catalogues = await cachedCatalogues(q);
  const all = catalogues.indicators;
  const byCode = new Map(all.map((i) => [i.code.toLowerCase(), i]));
  const requested: Indicator[] = [];
  for (const c of query.indicatorCodes) {
    const ind = byCode.get(c.toLowerCase());
    if (!ind) throw new AppError("DATA_UNKNOWN_INDICATOR", `Không có chỉ tiêu mã "${c}".`, [{ path: "indicators", message: c }], 422);
    requested.push(ind);
  }
  const periods: Period[] = query.periods.map((p) => {
    try {
      return parsePeriod(p);
    } catch {
      throw new AppError("DATA_INVALID_PERIOD", `Kỳ "${p}" không hợp lệ.`, [{ path: "periods", message: p }], 422);
    }
  });
  // Computed indicators need their inputs: collect everything the formulas reach.
  const asts = new Map<string, FormulaAst>();
  const base = new Map<number, Indicator>();
  const visit = (ind: Indicator) => {
    if (ind.formula) {
      if (asts.has(ind.code.toLowerCase())) return;
      const ast = parseFormula(ind.formula);
      asts.set(ind.code.toLowerCase(), ast);
      for (const ref of formulaReferences(ast)) {
        const dep = byCode.get(ref.toLowerCase());
        if (dep) visit(dep);
      }
    } else base.set(ind.id, ind);
  };
  requested.forEach(visit);

  const units = idx ?? catalogues.units;
  const { src, grp } = units.membership(query.orgUnitIds);
  const baseList = [...base.values()];
  const partials = baseList.length && src.length && periods.length ? await aggregate(q, baseList, periods, src, grp, !!query.approvedOnly) : [];

  // Final values per (indicator, unit, period[, disagg]).
  const out = new Map<string, AnalyticsRow>();
  const k = (code: string, g: number, p: string, d = "") => `${code.toLowerCase()}|${g}|${p}|${d}`;
  const totals = new Map<string, Partial[]>();
  for (const part of partials) {
    const ind = base.get(part.indicator_id) as Indicator;
    const keys = [k(ind.code, part.grp, part.code)];
    if (query.byDisagg && part.disagg) keys.push(k(ind.code, part.grp, part.code, part.disagg));
    for (const key of keys) totals.set(key, [...(totals.get(key) ?? []), part]);
  }
  for (const [key, parts] of totals) {
    const [, g, p, d] = key.split("|");
    const ind = base.get(parts[0].indicator_id) as Indicator;
    out.set(key, finalize(ind, Number(g), p, d, parts));
  }
  // Computed indicators, in dependency order, from the already aggregated inputs.
  if (asts.size) {
    const order = topoOrder(Object.fromEntries([...asts].map(([c, a]) => [c, a])));
    for (const code of order) {
      const ind = byCode.get(code) as Indicator;
      const ast = asts.get(code) as FormulaAst;
      for (const g of query.orgUnitIds)
        for (const per of periods) {
          const value = evaluateFormula(ast, (ref) => out.get(k(ref, g, per.code))?.value ?? null);
          out.set(k(ind.code, g, per.code), {
            indicator: ind.code,
            orgUnitId: g,
            period: per.code,
            value: value === null ? null : round(value, ind.decimals + 2),
            numerator: null,
            denominator: null,
            count: 0,
            units: 0,
            lastUpdated: null,
          });
        }
    }
  }
  const wanted = new Set(requested.map((i) => i.code.toLowerCase()));
  return [...out.values()]
    .filter((r) => wanted.has(r.indicator.toLowerCase()))
    .sort((a, b) => (a.indicator === b.indicator ? (a.orgUnitId === b.orgUnitId ? a.period.localeCompare(b.period) : a.orgUnitId - b.orgUnitId) : a.indicator.localeCompare(b.indicator)));
}

function round(v: number, decimals: number): number {
  const f = 10 ** Math.min(decimals, 10);
  return Math.round(v * f) / f;
}

function finalize(ind: Indicator, grp: number, period: string, disagg: string, parts: Partial[]): AnalyticsRow {
  const sum = (f: (p: Partial) => number | null) => {
    let s: number | null = null;
    for (const p of parts) {
      const v = f(p);
      if (v !== null && v !== undefined) s = (s ?? 0) + Number(v);
    }
    return s;
  };
  const count = parts.reduce((a, p) => a + Number(p.cnt), 0);
  const unitsCount = parts.reduce((a, p) => a + Number(p.units), 0);
  let value: number | null = null;
  let numerator: number | null = null;
  let denominator: number | null = null;
  switch (ind.aggregation) {
    case "sum":
      value = sum((p) => p.sv);
      break;
    case "last":
      value = sum((p) => p.lastv);
      break;
    case "average": {
      const vals = parts.map((p) => p.av).filter((v): v is number => v !== null);
      value = vals.length ? vals.reduce((a, b) => a + Number(b), 0) / vals.length : null;
      break;
    }
    case "ratio":
      // Sum of numerators over sum of denominators: never the mean of the units' percentages.
      numerator = sum((p) => p.sn);
      denominator = sum((p) => p.sd);
      value = numerator !== null && denominator ? (numerator / denominator) * ind.scale : null;
      break;
    case "none":
      value = unitsCount === 1 ? sum((p) => p.lastv) : null;
      break;
  }
  const upd = parts.map((p) => p.upd).filter(Boolean).sort().pop() ?? null;
  return {
    indicator: ind.code,
    orgUnitId: grp,
    period,
    ...(disagg ? { disagg } : {}),
    value: value === null ? null : round(value, ind.decimals + 2),
    numerator,
    denominator,
    count,
    units: unitsCount,
    lastUpdated: upd,
  };
}

async function aggregate(
  q: Queryable,
  inds: Indicator[],
  periods: Period[],
  src: number[],
  grp: number[],
  approvedOnly: boolean,
): Promise<Partial[]> {
  // Sums and ratios add up in one pass; averages and last values need each unit's own figure first.
  const simple = inds.filter((i) => i.aggregation === "sum" || i.aggregation === "ratio");
  const perUnit = inds.filter((i) => !simple.includes(i));
  const lo = periods.reduce((a, p) => (p.start < a ? p.start : a), periods[0].start);
  const hi = periods.reduce((a, p) => (p.end > a ? p.end : a), periods[0].end);
  // Few requested units: filter the scan by unit too (index-friendly). Many: the hash join does it.
  const unitFilter = src.length <= 1000;
  const common = (list: Indicator[]) => [
    src,
    grp,
    periods.map((p) => p.code),
    periods.map((p) => p.start),
    periods.map((p) => p.end),
    list.map((i) => i.id),
    approvedOnly,
    lo,
    hi,
  ];
  // An indicator's figures are stored only at its own period type (checked on write), so the
  // indicator id alone selects them; joining an unnest of (id, type) made the planner guess a
  // handful of rows and sort hundreds of thousands on disk.
  const FROM = `with m(src, grp) as (select * from unnest($1::int[], $2::int[])),
          pr(code, ps, pe) as (select * from unnest($3::text[], $4::date[], $5::date[]))`;
  const JOIN = `from data_value dv
              join pr on dv.period_start >= pr.ps and dv.period_end <= pr.pe
              join m on m.src = dv.org_unit_id
             where dv.indicator_id = any($6::int[])
               and ($7::boolean = false or dv.status = 'approved')
               and dv.period_start between $8::date and $9::date
               ${unitFilter ? "and dv.org_unit_id = any($1::int[])" : ""}`;
  const JOIN_NO_MAP = JOIN.replace("join m on m.src = dv.org_unit_id", "");
  const [a, b] = await Promise.all([
    simple.length
      ? q.query<Partial>(
          `${FROM}
           , per_unit as (
             select dv.indicator_id, dv.org_unit_id, pr.code, dv.disagg, sum(dv.value) as sv,
                    sum(dv.numerator) as sn, sum(dv.denominator) as sd, count(dv.value) as cnt, max(dv.updated_at) as upd
               ${JOIN_NO_MAP}
              group by dv.indicator_id, dv.org_unit_id, pr.code, dv.disagg)
           -- Each unit's figures first, then the small per-unit result joined to the requested units:
           -- hashing stays in memory and the unit mapping touches thousands of rows, not millions.
           select pu.indicator_id, m.grp, pu.code, pu.disagg, sum(pu.sv) as sv, sum(pu.sn) as sn, sum(pu.sd) as sd,
                  null::float8 as av, null::float8 as lastv, sum(pu.cnt)::int as cnt, count(*)::int as units, max(pu.upd) as upd
             from per_unit pu join m on m.src = pu.org_unit_id
            group by pu.indicator_id, m.grp, pu.code, pu.disagg`,
          common(simple),
        )
      : Promise.resolve([] as Partial[]),
    perUnit.length
      ? q.query<Partial>(
          `${FROM},
          per_unit as (
            select dv.indicator_id, m.grp, pr.code, dv.disagg, dv.org_unit_id,
                   sum(dv.value) as sv, sum(dv.numerator) as sn, sum(dv.denominator) as sd, avg(dv.value) as av,
                   count(dv.value) as cnt,
                   (array_agg(dv.value order by dv.period_end desc) filter (where dv.value is not null))[1] as lastv,
                   max(dv.updated_at) as upd
              ${JOIN}
             group by dv.indicator_id, m.grp, pr.code, dv.disagg, dv.org_unit_id)
     select indicator_id, grp, code, disagg, sum(sv) as sv, sum(sn) as sn, sum(sd) as sd, avg(av) as av,
            sum(lastv) as lastv, sum(cnt)::int as cnt, count(*)::int as units, max(upd) as upd
       from per_unit group by indicator_id, grp, code, disagg`,
          common(perUnit),
        )
      : Promise.resolve([] as Partial[]),
  ]);
  return [...a, ...b];
}
