import { periodForDate, previousPeriod, type Period } from "../../../core/periods";
import type { Queryable } from "../../db/db";
import { DEMO_PROVINCE } from "../../demo/demo-orgunits";
import { ensureDefaultGroups, insertIndicator } from "../indicators.repo";
import { DEFAULT_GROUPS } from "../indicators.types";
import { DEMO_INDICATORS } from "./demo-catalogue";

// Plausible history: each unit has its own level and pace (seeded, so every run is the same), a
// trend from `start` to `end` over the window, a mild seasonal dip around Tết, and noise. Ratio
// indicators get whole-number numerators and denominators.

const MONTHS = 30;

function rng(seed: number) {
  let s = seed >>> 0;
  return () => {
    s = (s * 1664525 + 1013904223) >>> 0;
    return s / 2 ** 32;
  };
}

export async function seedIndicatorDemo(tx: Queryable, opts: { today: string }): Promise<void> {
  await ensureDefaultGroups(tx, DEFAULT_GROUPS);
  const units = await tx.query<{ id: number; code: string; kind: string; validFrom: string; validTo: string | null }>(
    `select id, code, kind, valid_from as "validFrom", valid_to as "validTo" from org_unit`,
  );
  const byCode = new Map(units.map((u) => [u.code, u]));
  const province = byCode.get(DEMO_PROVINCE);
  if (!province) return;
  const lastMonth = previousPeriod(periodForDate(opts.today, "month"));
  const months: Period[] = [lastMonth];
  for (let i = 1; i < MONTHS; i++) months.unshift(previousPeriod(months[0]));
  const cols = { i: [] as number[], u: [] as number[], p: [] as string[], pt: [] as string[], ps: [] as string[], pe: [] as string[], v: [] as (number | null)[], n: [] as (number | null)[], d: [] as (number | null)[], s: [] as string[] };
  const year = Number(opts.today.slice(0, 4));
  for (const [k, demo] of DEMO_INDICATORS.entries()) {
    const { sim, target, owner, monitor, ...def } = demo;
    const id = await insertIndicator(tx, { ...def, ownerUnitId: owner ? (byCode.get(owner)?.id ?? null) : null, monitorUnitId: monitor ? (byCode.get(monitor)?.id ?? null) : null });
    await tx.query(
      "insert into indicator_version (indicator_id, version, definition) select id, version, to_jsonb(indicator.*) from indicator where id = $1",
      [id],
    );
    if (target)
      for (const scope of [{ kind: "level", level: "ward" }, { kind: "level", level: "commune" }, { kind: "unit", level: null }])
        await tx.query(
          `insert into target (indicator_id, comparator, value, scope_kind, org_unit_id, level_kind, period, plan_ref, monitor_unit_id)
           values ($1, $2, $3, $4, $5, $6, $7, $8, $9)`,
          [id, target.op, target.value, scope.kind, province.id, scope.level, String(year), "Kế hoạch hoạt động BCĐ chuyển đổi số", byCode.get(monitor ?? "")?.id ?? null],
        );
    if (def.formula) continue;
    const reporters = def.reporterKinds.length ? units.filter((u) => def.reporterKinds.includes(u.kind)) : units.filter((u) => u.code === owner);
    const periods: Period[] = def.periodType === "month" ? months : uniquePeriods(months, def.periodType);
    for (const u of reporters) {
      const rand = rng(u.id * 7919 + k * 104729);
      const level = (rand() - 0.5) * sim.noise * 2;
      const pace = 0.7 + rand() * 0.6;
      const size = 0.5 + rand() * 1.5;
      periods.forEach((p, t) => {
        if (p.end < u.validFrom || (u.validTo && p.start > u.validTo)) return;
        if (p.end > opts.today) return;
        const frac = periods.length > 1 ? t / (periods.length - 1) : 1;
        const tet = p.type === "month" && (p.code.endsWith("01") || p.code.endsWith("02")) ? -sim.noise * 0.8 : 0;
        let val = sim.start + (sim.end - sim.start) * Math.min(1, frac * pace) + level + tet + (rand() - 0.5) * sim.noise;
        cols.i.push(id);
        cols.u.push(u.id);
        cols.p.push(p.code);
        cols.pt.push(p.type);
        cols.ps.push(p.start);
        cols.pe.push(p.end);
        // Older figures are approved; the last two months are still moving through the workflow.
        cols.s.push(t < periods.length - 2 ? "approved" : t === periods.length - 2 ? "submitted" : "draft");
        if (def.aggregation === "ratio") {
          val = Math.max(0, Math.min(100, val));
          const den = Math.max(1, Math.round((sim.denBase ?? 100) * size * (0.85 + rand() * 0.3)));
          const num = Math.min(den, Math.round((den * val) / 100));
          cols.n.push(num);
          cols.d.push(den);
          cols.v.push((num / den) * 100);
        } else {
          const v = def.valueType === "integer" ? Math.max(0, Math.round(val * size)) : Math.max(0, Math.round(val * 10) / 10);
          cols.n.push(null);
          cols.d.push(null);
          cols.v.push(v);
        }
      });
    }
  }
  await tx.query(
    `insert into data_value (indicator_id, org_unit_id, period, disagg, period_type, period_start, period_end, value, numerator, denominator, status, updated_at)
     select i, u, p, '', pt, ps, pe, v, n, d, s, (pe + 5)::timestamptz
       from unnest($1::int[], $2::int[], $3::text[], $4::text[], $5::date[], $6::date[], $7::float8[], $8::float8[], $9::float8[], $10::text[])
         as t(i, u, p, pt, ps, pe, v, n, d, s)`,
    [cols.i, cols.u, cols.p, cols.pt, cols.ps, cols.pe, cols.v, cols.n, cols.d, cols.s],
  );
  await tx.query(
    `insert into data_value_history (indicator_id, org_unit_id, period, disagg, value, numerator, denominator, status, version, changed_at, action)
     select indicator_id, org_unit_id, period, disagg, value, numerator, denominator, status, 1, updated_at, 'seed' from data_value`,
  );
}

function uniquePeriods(months: Period[], type: "quarter" | "year" | string): Period[] {
  const out = new Map<string, Period>();
  for (const m of months) {
    const p = periodForDate(m.end, type as "quarter");
    if (p.end <= months[months.length - 1].end) out.set(p.code, p);
  }
  return [...out.values()];
}

