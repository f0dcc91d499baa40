import { parsePeriod, periodForDate, previousPeriod } from "../../core/periods";
import { TARGET_STATUS_LABELS_VI } from "../../core/targets";
import { can } from "../auth/authorize";
import type { Ctx } from "../auth/context";
import type { Db } from "../db/db";
import { runAnalytics } from "../data/analytics";
import { dataQuality } from "../data/quality";
import { loadUnitIndex } from "../data/unit-map";
import { fail } from "../http/errors";
import { evaluateTargetForUnits } from "../targets/target-status";
import { listTargets } from "../targets/targets.repo";
import { getIndicator } from "./indicators.repo";

/** Everything the indicator page shows for one unit: trend, children, targets, data quality. */
export async function indicatorOverview(db: Db, ctx: Ctx, indicatorId: number, orgUnitId: number, asOf: string, span = 24) {
  const ind = await getIndicator(db, indicatorId);
  if (!ind) throw fail("NOT_FOUND");
  const idx = await loadUnitIndex(db);
  const unit = idx.byId.get(orgUnitId);
  if (!unit || !can(ctx.who, "read", unit.path)) throw fail("FORBIDDEN");
  const last = previousPeriod(periodForDate(asOf, ind.periodType));
  const trendPeriods = [last.code];
  for (let i = 1; i < span; i++) trendPeriods.unshift(previousPeriod(trendPeriods[0]).code);
  const children = [...idx.byId.values()].filter((u) => u.parentId === unit.id && (!u.validTo || u.validTo >= asOf));
  const year = String(parsePeriod(last.code).start.slice(0, 4));
  const [trend, breakdown] = await Promise.all([
    runAnalytics(db, { indicatorCodes: [ind.code], orgUnitIds: [unit.id], periods: trendPeriods }, idx),
    children.length
      ? runAnalytics(db, { indicatorCodes: [ind.code], orgUnitIds: children.map((c) => c.id), periods: [last.code, year] }, idx)
      : Promise.resolve([]),
  ]);
  const targets = (await listTargets(db, { indicatorId: ind.id, paths: [unit.path] })).filter((t) => {
    const tu = idx.byId.get(t.orgUnitId);
    return tu && (tu.path.startsWith(unit.path) || unit.path.startsWith(tu.path));
  });
  const targetStatus = [];
  for (const t of targets)
    for (const s of await evaluateTargetForUnits(db, t, ind, idx, asOf))
      if (idx.byId.get(s.orgUnitId)?.path.startsWith(unit.path) || s.orgUnitId === unit.id)
        targetStatus.push({ ...s, statusLabel: TARGET_STATUS_LABELS_VI[s.status], orgUnitName: idx.byId.get(s.orgUnitId)?.name, target: t });
  const quality = await dataQuality(db, ind, unit.id, trendPeriods.slice(-12), idx, children.map((c) => c.id));
  return {
    indicator: ind,
    orgUnit: { id: unit.id, code: unit.code, name: unit.name },
    latestPeriod: last.code,
    trend,
    children: children.map((c) => ({ id: c.id, code: c.code, name: c.name, kind: c.kind })),
    breakdown,
    targets: targetStatus,
    quality,
  };
}
