// The reporting calendar (periods x units with their state), completeness and timeliness per
// unit, and a unit's inbox of reports to send.
import { type Period, periodLabel, tryParsePeriod } from "../../core/periods";
import { can, scopePaths } from "../auth/authorize";
import type { Ctx } from "../auth/context";
import { loadUnitIndex, type UnitIndex, type UnitNode } from "../data/unit-map";
import { fail } from "../http/errors";
import { loadHolidayCalendar } from "./holidays";
import { expectedPeriods, unitActiveAt } from "./regime-rules";
import * as regimes from "./regimes.repo";
import { canSeeRegime } from "./regimes.service";
import { reportMatrix, summarize } from "./report-matrix";
import { byName, regimeIndicators } from "./report-scope";
import { type ReportsEnv, todayOf } from "./reports.env";
import { reportError } from "./reports.errors";
import { FREQUENCY_LABEL_VI, type Regime } from "./reports.types";

const MAX_PERIODS = 36;

export function regimeSummary(r: Regime, ctx: Ctx, idx: UnitIndex) {
  const receiverPath = idx.byId.get(r.receivingUnitId)?.path ?? "\u0000";
  return {
    id: r.id,
    code: r.code,
    name: r.name,
    frequency: r.frequency,
    frequencyLabel: FREQUENCY_LABEL_VI[r.frequency],
    deadlineText: r.deadlineText,
    receivingUnitId: r.receivingUnitId,
    receivingUnitName: r.receivingUnitName,
    unitCount: r.unitIds.length,
    active: r.active,
    canManage: can(ctx.who, "plan.manage", receiverPath),
    canReview: can(ctx.who, "report.consolidate", receiverPath),
    canRead: can(ctx.who, "read", receiverPath),
  };
}

export function createCalendarService(env: ReportsEnv) {
  const db = env.db;

  async function load(ctx: Ctx, regimeId: number) {
    const idx = await loadUnitIndex(db);
    const regime = await regimes.getRegime(db, regimeId);
    if (!regime || !canSeeRegime(ctx, regime, idx)) throw reportError.regimeNotFound(regimeId);
    const receiverPath = idx.byId.get(regime.receivingUnitId)?.path ?? "\u0000";
    const all = regime.unitIds.map((id) => idx.byId.get(id)).filter((u): u is UnitNode => !!u);
    // The receiving unit sees every reporting unit; a reporting unit sees itself (and its subtree).
    const units = (
      can(ctx.who, "read", receiverPath) ? all : all.filter((u) => can(ctx.who, "read", u.path))
    ).sort(byName);
    return { idx, regime, units };
  }

  function rangeOf(regime: Regime, today: string, from?: string, to?: string): Period[] {
    for (const [name, code] of [
      ["from", from],
      ["to", to],
    ] as const)
      if (code && !tryParsePeriod(code))
        throw reportError.periodInvalid(code, `tham số ${name} không phải mã kỳ.`);
    return expectedPeriods(regime, today, from, to).slice(-MAX_PERIODS);
  }

  async function matrix(ctx: Ctx, regimeId: number, from?: string, to?: string) {
    const { idx, regime, units } = await load(ctx, regimeId);
    const today = todayOf(env);
    const periods = rangeOf(regime, today, from, to);
    const m = await reportMatrix(
      db,
      regime,
      await regimeIndicators(db, regime),
      periods,
      units,
      today,
      await loadHolidayCalendar(db),
      (u, p) => regime.unitIds.includes(u.id) && unitActiveAt(u, p),
    );
    return { idx, regime, units, today, ...m };
  }

  return {
    async calendar(ctx: Ctx, regimeId: number, from?: string, to?: string) {
      const { idx, regime, units, today, periods, cells } = await matrix(ctx, regimeId, from, to);
      return {
        regime: regimeSummary(regime, ctx, idx),
        today,
        periods: periods.map((p) => {
          const mine = cells.filter((c) => c.period === p.period);
          const n = (f: (c: (typeof mine)[number]) => boolean) => mine.filter(f).length;
          return {
            ...p,
            counts: {
              expected: mine.length,
              accepted: n((c) => c.state === "accepted"),
              submitted: n((c) => c.state === "submitted"),
              returned: n((c) => c.state === "returned"),
              draft: n((c) => c.state === "draft"),
              missing: n((c) => c.state === "missing"),
              open: n((c) => c.state === "open"),
              onTime: n((c) => c.timeliness === "onTime"),
              late: n((c) => c.timeliness === "late"),
            },
          };
        }),
        units: units.map((u) => ({ id: u.id, code: u.code, name: u.name, kind: u.kind })),
        cells: cells.map((c) => ({ ...c, completeness: c.items ? c.filled / c.items : null })),
      };
    },

    /** Completeness and timeliness per unit over the periods whose deadline has passed. */
    async stats(ctx: Ctx, regimeId: number, from?: string, to?: string) {
      const { idx, regime, units, periods, cells } = await matrix(ctx, regimeId, from, to);
      const closed = new Set(periods.filter((p) => p.closed).map((p) => p.period));
      return {
        regime: regimeSummary(regime, ctx, idx),
        periods: periods
          .filter((p) => p.closed)
          .map((p) => ({ period: p.period, label: p.label, dueOn: p.dueOn })),
        total: { ...summarize(0, cells, closed), unitId: null },
        units: units.map((u) => ({
          ...summarize(
            u.id,
            cells.filter((c) => c.unitId === u.id),
            closed,
          ),
          unitCode: u.code,
          unitName: u.name,
        })),
      };
    },

    /** The reports a unit has to send: open, overdue, returned, awaiting review (latest periods). */
    async inbox(ctx: Ctx, orgUnitId: number) {
      const idx = await loadUnitIndex(db);
      const unit = idx.byId.get(orgUnitId);
      if (!unit) throw fail("NOT_FOUND");
      if (!can(ctx.who, "read", unit.path)) throw fail("FORBIDDEN");
      const today = todayOf(env);
      const calendar = await loadHolidayCalendar(db);
      const items = [];
      for (const id of await regimes.regimeIdsOfUnit(db, orgUnitId)) {
        const regime = (await regimes.getRegime(db, id)) as Regime;
        const periods = expectedPeriods(regime, today).slice(-4);
        const inds = await regimeIndicators(db, regime);
        const m = await reportMatrix(db, regime, inds, periods, [unit], today, calendar, (u, p) =>
          unitActiveAt(u, p),
        );
        for (const c of m.cells) {
          if (c.state === "accepted") continue;
          items.push({
            regimeId: regime.id,
            regimeName: regime.name,
            receivingUnitName: regime.receivingUnitName,
            period: c.period,
            periodLabel: periodLabel(c.period),
            dueOn: c.dueOn,
            state: c.state,
            timeliness: c.timeliness,
            completeness: c.items ? c.filled / c.items : null,
          });
        }
      }
      items.sort((a, b) => a.dueOn.localeCompare(b.dueOn));
      return {
        unit: { id: unit.id, name: unit.name },
        today,
        items,
        canSubmit: can(ctx.who, "report.submit", unit.path),
      };
    },

    /** Units in the caller's scope that report in some regime (for the inbox's unit picker). */
    async reportingUnits(ctx: Ctx) {
      const idx = await loadUnitIndex(db);
      const roots = scopePaths(ctx.who, "read");
      const ids = new Set<number>();
      for (const r of await regimes.listRegimes(db)) for (const id of r.unitIds) ids.add(id);
      return [...ids]
        .map((id) => idx.byId.get(id))
        .filter((u): u is UnitNode => !!u && roots.some((root) => u.path.startsWith(root)))
        .sort((a, b) => a.name.localeCompare(b.name, "vi"))
        .map((u) => ({ id: u.id, code: u.code, name: u.name, kind: u.kind }));
    },
  };
}
