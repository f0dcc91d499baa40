/**
 * The dashboard's figures by hand-written SQL: the physical limit `dashboardData` is measured
 * against. Same figures, same rules (sum, ratio of sums, mean of unit means, latest value), but
 * straight from data_value with path-prefix joins, no unit index built in JS, no formula engine.
 *
 *   npx tsx bench/dashboard-sql.ts [--unit CODE] [--indicators A,B] [--as-of YYYY-MM-DD] [--runs 7]
 *
 * Reads DATABASE_URL or --data-dir (PGlite); with neither it builds the demo database in a
 * temporary directory. Prints both timings (median of the runs), their ratio, and checks that the
 * two give the same figures. Limits: computed (formula) indicators are left out of both; a unit
 * merged into another counts under its successor through one step of succession (as the demo).
 */
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { type Period, samePeriodLastYear } from "../src/core/periods";
import { type DashboardData, dashboardData } from "../src/server/dashboard/overview";
import { activeChildren, lastCompletePeriod, trailingPeriods } from "../src/server/dashboard/scope";
import { loadUnitIndex } from "../src/server/data/unit-map";
import type { Db, Queryable } from "../src/server/db/db";
import { migrate } from "../src/server/db/migrate";
import { openDb } from "../src/server/db/open";
import { seedDemo } from "../src/server/demo/seed";
import { seedIndicatorDemo } from "../src/server/indicators/demo/seed-indicators";

export interface DashboardFigures {
  tiles: {
    code: string;
    period: string;
    value: number | null;
    previous: number | null;
    lastYear: number | null;
    sparkline: (number | null)[];
  }[];
  children: { id: number; values: Record<string, number | null> }[];
}

interface IndRow {
  id: number;
  code: string;
  aggregation: string;
  scale: number;
  decimals: number;
  periodType: string;
}

/**
 * One statement: the indicators' figures for each group unit (its subtree and merged
 * predecessors) and period. The periods are of the indicators' own type, so a stored row belongs
 * to a period by equality of codes, and the index on (indicator, period_start) bounds the scan.
 */
const FIGURES_SQL = `
with ind(id, code, agg, scale, pt) as (select * from unnest($1::int[], $2::text[], $3::text[], $4::float8[], $5::text[])),
     grp(gid, gpath) as (select * from unnest($9::int[], $10::text[])),
     member as materialized (
       select distinct o.id as sid, grp.gid
         from org_unit o
         left join org_unit_succession os on os.predecessor_id = o.id
         left join org_unit s on s.id = os.successor_id
         join grp on o.path like grp.gpath || '%' or s.path like grp.gpath || '%'),
     per_unit as (
       select i.id as ind, i.agg, i.scale, m.gid, dv.period_start as ps, dv.org_unit_id,
              sum(dv.value) as sv, sum(dv.numerator) as sn, sum(dv.denominator) as sd, avg(dv.value) as av,
              (array_agg(dv.value order by dv.period_end desc) filter (where dv.value is not null))[1] as lastv
         from ind i
         join data_value dv on dv.indicator_id = i.id and dv.period_type = i.pt
                           and dv.period_start between $7::date and $8::date and dv.period = any($6::text[])
         join member m on m.sid = dv.org_unit_id
        group by i.id, i.agg, i.scale, m.gid, dv.period_start, dv.org_unit_id)
select ind, gid, ps::text as ps,
       case agg when 'sum' then sum(sv)
                when 'ratio' then case when sum(sd) <> 0 then sum(sn) / sum(sd) * min(scale) end
                when 'average' then avg(av)
                when 'last' then sum(lastv)
                else case when count(*) = 1 then sum(lastv) end end as value
  from per_unit group by ind, agg, gid, ps`;

const round = (v: number | null, decimals: number) => {
  if (v === null || v === undefined) return null;
  const f = 10 ** Math.min(decimals + 2, 10);
  return Math.round(Number(v) * f) / f;
};

async function figuresFor(
  q: Queryable,
  inds: IndRow[],
  periods: Period[],
  groups: { id: number; path: string }[],
) {
  // Grouped on integers and dates (no text collation in the sorts); codes are put back here.
  const rows = await q.query<{ ind: number; gid: number; ps: string; value: number | null }>(FIGURES_SQL, [
    inds.map((i) => i.id),
    inds.map((i) => i.code),
    inds.map((i) => i.aggregation),
    inds.map((i) => i.scale),
    inds.map((i) => i.periodType),
    periods.map((p) => p.code),
    periods.map((p) => p.start).sort()[0],
    periods
      .map((p) => p.start)
      .sort()
      .at(-1),
    groups.map((g) => g.id),
    groups.map((g) => g.path),
  ]);
  const byId = new Map(inds.map((i) => [i.id, i]));
  const periodOf = new Map(periods.map((p) => [p.start, p.code]));
  return new Map(
    rows.map((r) => {
      const ind = byId.get(r.ind) as IndRow;
      return [
        `${ind.code}|${r.gid}|${periodOf.get(String(r.ps).slice(0, 10))}`,
        round(r.value, ind.decimals),
      ];
    }),
  );
}

/** The dashboard's figures for one unit, by hand-written SQL. */
export async function dashboardFiguresSql(
  q: Queryable,
  unitId: number,
  opts: { indicators?: string[]; asOf?: string; sparkline?: number } = {},
): Promise<DashboardFigures> {
  const asOf = opts.asOf ?? new Date().toISOString().slice(0, 10);
  const spark = opts.sparkline ?? 13;
  const idx = await loadUnitIndex(q);
  const unit = idx.byId.get(unitId);
  if (!unit) throw new Error(`Không có đơn vị ${unitId}`);
  const children = activeChildren(unit, idx, asOf);
  const all = await q.query<IndRow>(
    `select id, code, aggregation, scale, decimals, period_type as "periodType" from indicator where active and formula is null order by code`,
  );
  const wanted = opts.indicators?.map((c) => c.toLowerCase());
  const inds = wanted ? all.filter((i) => wanted.includes(i.code.toLowerCase())) : all;
  const out: DashboardFigures = { tiles: [], children: children.map((c) => ({ id: c.id, values: {} })) };
  const byType = new Map<string, IndRow[]>();
  for (const i of inds) byType.set(i.periodType, [...(byType.get(i.periodType) ?? []), i]);
  for (const [type, group] of byType) {
    const current = lastCompletePeriod(type as Period["type"], asOf);
    const periods = trailingPeriods(current, spark);
    const ly = samePeriodLastYear(current);
    if (!periods.some((p) => p.code === ly.code)) periods.unshift(ly);
    const own = await figuresFor(q, group, periods, [{ id: unit.id, path: unit.path }]);
    const kids = children.length
      ? await figuresFor(
          q,
          group,
          [current],
          children.map((c) => ({ id: c.id, path: c.path })),
        )
      : new Map();
    for (const i of group) {
      const at = (p: string) => own.get(`${i.code}|${unit.id}|${p}`) ?? null;
      out.tiles.push({
        code: i.code,
        period: current.code,
        value: at(current.code),
        previous: at(periods[periods.length - 2].code),
        lastYear: at(ly.code),
        sparkline: periods.slice(-spark).map((p) => at(p.code)),
      });
      for (const c of out.children) c.values[i.code] = kids.get(`${i.code}|${c.id}|${current.code}`) ?? null;
    }
  }
  out.tiles.sort((a, b) => a.code.localeCompare(b.code));
  return out;
}

/** The same figures picked out of dashboardData's answer. */
export function figuresOf(d: DashboardData): DashboardFigures {
  return {
    tiles: d.tiles
      .map((t) => ({
        code: t.indicator.code,
        period: t.period,
        value: t.value,
        previous: t.previous.value,
        lastYear: t.lastYear.value,
        sparkline: t.sparkline.map((p) => p.value),
      }))
      .sort((a, b) => a.code.localeCompare(b.code)),
    children: d.children.map((c) => ({ id: c.id, values: c.values })),
  };
}

/** Differences between two answers (empty when they agree to within rounding). */
export function compareFigures(a: DashboardFigures, b: DashboardFigures, tolerance = 1e-6): string[] {
  const diffs: string[] = [];
  const near = (x: number | null, y: number | null) =>
    x === null || y === null ? x === y : Math.abs(x - y) <= tolerance * Math.max(1, Math.abs(x));
  const bt = new Map(b.tiles.map((t) => [t.code, t]));
  for (const t of a.tiles) {
    const u = bt.get(t.code);
    if (!u) diffs.push(`${t.code}: thiếu`);
    else {
      if (!near(t.value, u.value) || !near(t.previous, u.previous) || !near(t.lastYear, u.lastYear))
        diffs.push(
          `${t.code}: ${t.value}/${t.previous}/${t.lastYear} ≠ ${u.value}/${u.previous}/${u.lastYear}`,
        );
      t.sparkline.forEach((v, k) => {
        if (!near(v, u.sparkline[k])) diffs.push(`${t.code} sparkline[${k}]: ${v} ≠ ${u.sparkline[k]}`);
      });
    }
  }
  const bc = new Map(b.children.map((c) => [c.id, c]));
  for (const c of a.children)
    for (const [code, v] of Object.entries(c.values))
      if (!near(v, bc.get(c.id)?.values[code] ?? null))
        diffs.push(`đơn vị ${c.id} ${code}: ${v} ≠ ${bc.get(c.id)?.values[code]}`);
  return diffs;
}

const arg = (name: string) =>
  process.argv.includes(name) ? process.argv[process.argv.indexOf(name) + 1] : undefined;

async function median(fn: () => Promise<unknown>, runs: number): Promise<number> {
  await fn(); // warm-up
  const times: number[] = [];
  for (let i = 0; i < runs; i++) {
    const t0 = performance.now();
    await fn();
    times.push(performance.now() - t0);
  }
  return times.sort((x, y) => x - y)[Math.floor(runs / 2)];
}

async function main() {
  const runs = Number(arg("--runs") ?? 7);
  let db: Db;
  let cleanup: () => Promise<void> = async () => {};
  if (process.env.DATABASE_URL || arg("--data-dir"))
    db = await openDb({ databaseUrl: process.env.DATABASE_URL, dataDir: arg("--data-dir") });
  else {
    const dir = mkdtempSync(join(tmpdir(), "dh-dash-bench-"));
    db = await openDb({ dataDir: dir });
    await migrate(db);
    await seedDemo(db, [seedIndicatorDemo]);
    cleanup = async () => rmSync(dir, { recursive: true, force: true });
  }
  try {
    const code = arg("--unit");
    const [unit] = await db.query<{ id: number; code: string }>(
      code
        ? "select id, code from org_unit where lower(code) = lower($1)"
        : "select id, code from org_unit where parent_id is null order by id limit 1",
      code ? [code] : [],
    );
    if (!unit) throw new Error(`Không có đơn vị ${code ?? "gốc"}`);
    const asOf = arg("--as-of") ?? new Date().toISOString().slice(0, 10);
    const base = await db.query<{ code: string }>(
      "select code from indicator where active and formula is null order by code",
    );
    const indicators = arg("--indicators")?.split(",") ?? base.map((b) => b.code);
    const viaApp = () => dashboardData(db, unit.id, { indicators, asOf, targets: false });
    const viaSql = () => dashboardFiguresSql(db, unit.id, { indicators, asOf });
    const diffs = compareFigures(figuresOf(await viaApp()), await viaSql());
    const app = await median(viaApp, runs);
    const sql = await median(viaSql, runs);
    const withTargets = await median(() => dashboardData(db, unit.id, { indicators, asOf }), runs);
    console.log(
      JSON.stringify(
        {
          unit: unit.code,
          indicators: indicators.length,
          database: db.kind,
          runs,
          dashboardDataMs: Math.round(app),
          handSqlMs: Math.round(sql),
          ratio: Number((app / sql).toFixed(2)),
          withTargetsMs: Math.round(withTargets),
          sameFigures: diffs.length === 0,
          differences: diffs.slice(0, 10),
        },
        null,
        2,
      ),
    );
    if (diffs.length) process.exitCode = 1;
  } finally {
    await db.close();
    await cleanup();
  }
}

if (process.argv[1] && import.meta.url.endsWith(process.argv[1].split("/").pop() as string)) {
  main().catch((e) => {
    console.error(e);
    process.exit(1);
  });
}
