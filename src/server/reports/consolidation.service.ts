// The receiving unit's consolidated report of a period: tables aggregated by the analytics engine
// from the accepted submissions only (approved figures of the units whose report was accepted),
// the narratives compiled unit by unit, and who is still missing.
import { evaluateFormula, formulaReferences, parseFormula } from "../../core/formula";
import { isoDateInTimeZone, type Period, periodLabel } from "../../core/periods";
import { appendAudit } from "../audit/audit.repo";
import { assertCanPath, can } from "../auth/authorize";
import { auditActor, type Ctx } from "../auth/context";
import { type AnalyticsRow, runAnalytics } from "../data/analytics";
import { loadUnitIndex, type UnitIndex, type UnitNode } from "../data/unit-map";
import type { Queryable } from "../db/db";
import { fail } from "../http/errors";
import type { Indicator } from "../indicators/indicators.types";
import { loadHolidayCalendar } from "./holidays";
import { cellState, regimeDueOn, regimeWindow, timelinessOf } from "./regime-rules";
import * as regimes from "./regimes.repo";
import { canSeeRegime } from "./regimes.service";
import { expectedUnits, regimeIndicators, regimePeriod, slotsFor } from "./report-scope";
import { type ReportsEnv, todayOf } from "./reports.env";
import { reportError } from "./reports.errors";
import type { Regime, Submission } from "./reports.types";
import { listSubmissions } from "./submissions.repo";

export interface Figure {
  value: number | null;
  numerator: number | null;
  denominator: number | null;
}

/** One indicator across a set of units, by the indicator's own rule (ratios: sums over sums). */
export function combine(ind: Indicator, rows: Figure[], totals: Map<string, Figure>): Figure {
  const vals = rows.map((r) => r.value).filter((v): v is number => v !== null);
  const sum = (f: (r: Figure) => number | null) =>
    rows.reduce<number | null>((a, r) => (f(r) === null ? a : (a ?? 0) + (f(r) as number)), null);
  if (ind.formula) {
    const v = evaluateFormula(
      parseFormula(ind.formula),
      (ref) => totals.get(ref.toLowerCase())?.value ?? null,
    );
    return { value: v, numerator: null, denominator: null };
  }
  switch (ind.aggregation) {
    case "ratio": {
      const n = sum((r) => r.numerator);
      const d = sum((r) => r.denominator);
      return { value: n !== null && d ? (n / d) * ind.scale : null, numerator: n, denominator: d };
    }
    case "sum":
    case "last":
      return { value: sum((r) => r.value), numerator: null, denominator: null };
    case "average":
      return {
        value: vals.length ? vals.reduce((a, b) => a + b, 0) / vals.length : null,
        numerator: null,
        denominator: null,
      };
    default:
      return { value: rows.length === 1 ? rows[0].value : null, numerator: null, denominator: null };
  }
}

export interface ConsolidatedIndicator {
  code: string;
  name: string;
  unit: string;
  aggregation: string;
  decimals: number;
  total: Figure & { units: number };
  byUnit: (Figure & { unitId: number })[];
}

export async function buildConsolidated(
  q: Queryable,
  regime: Regime,
  period: Period,
  idx: UnitIndex,
  today: string,
) {
  const calendar = await loadHolidayCalendar(q);
  const units = expectedUnits(regime, idx, period);
  const subs = new Map<number, Submission>(
    (await listSubmissions(q, regime.id, [period.code])).map((s) => [s.orgUnitId, s]),
  );
  const dueOn = regimeDueOn(regime, period, calendar);
  const status = units.map((u) => {
    const s = subs.get(u.id);
    const due = s?.firstSubmittedAt ? s.dueOn : dueOn;
    return {
      unitId: u.id,
      unitCode: u.code,
      unitName: u.name,
      state: cellState(s?.status ?? null, due, today),
      timeliness: timelinessOf(s?.firstSubmittedAt ?? null, due),
      submittedAt: s?.firstSubmittedAt ?? null,
      submissionId: s?.id ?? null,
    };
  });
  const accepted = units.filter((u) => subs.get(u.id)?.status === "accepted");
  const inds = await regimeIndicators(q, regime);
  const refs = inds.flatMap((i) => (i.formula ? formulaReferences(parseFormula(i.formula)) : []));
  const codes = [...new Set([...inds.map((i) => i.code), ...refs])];
  const rows: AnalyticsRow[] =
    accepted.length && codes.length
      ? await runAnalytics(
          q,
          {
            indicatorCodes: codes,
            orgUnitIds: accepted.map((u) => u.id),
            periods: [period.code],
            approvedOnly: true,
          },
          idx,
        )
      : [];
  const byIndUnit = (code: string, unitId: number) =>
    rows.find((r) => r.indicator.toLowerCase() === code.toLowerCase() && r.orgUnitId === unitId);
  const reporters = (ind: Indicator) => accepted.filter((u) => slotsFor(regime, [ind], period, u).length > 0);
  // Totals of referenced inputs first, so computed indicators can use them.
  const totals = new Map<string, Figure>();
  const allInds = await regimeIndicators(q, { indicatorCodes: codes });
  for (const ind of allInds.filter((i) => !i.formula))
    totals.set(
      ind.code.toLowerCase(),
      combine(
        ind,
        reporters(ind).map(
          (u) => byIndUnit(ind.code, u.id) ?? { value: null, numerator: null, denominator: null },
        ),
        totals,
      ),
    );
  const indicators: ConsolidatedIndicator[] = inds.map((ind) => {
    const us = reporters(ind);
    const byUnit = us.map((u) => {
      const r = byIndUnit(ind.code, u.id);
      return {
        unitId: u.id,
        value: r?.value ?? null,
        numerator: r?.numerator ?? null,
        denominator: r?.denominator ?? null,
      };
    });
    const total = ind.formula ? combine(ind, byUnit, totals) : (totals.get(ind.code.toLowerCase()) as Figure);
    return {
      code: ind.code,
      name: ind.name,
      unit: ind.unit,
      aggregation: ind.aggregation,
      decimals: ind.valueType === "integer" ? 0 : ind.decimals,
      total: { ...total, units: byUnit.filter((b) => b.value !== null).length },
      byUnit,
    };
  });
  const narratives = regime.sections.map((sec) => ({
    key: sec.key,
    title: sec.title,
    entries: accepted
      .map((u) => ({
        unitId: u.id,
        unitName: u.name,
        text: (subs.get(u.id)?.narrative[sec.key] ?? "").trim(),
      }))
      .filter((e) => e.text),
  }));
  const [record] = await q.query<{
    number: string | null;
    docDate: string;
    signerName: string | null;
    updatedAt: string;
  }>(
    `select number, doc_date as "docDate", signer_name as "signerName", updated_at as "updatedAt" from report_consolidation where regime_id = $1 and period = $2`,
    [regime.id, period.code],
  );
  const count = (f: (s: (typeof status)[number]) => boolean) => status.filter(f).length;
  return {
    regime: {
      id: regime.id,
      code: regime.code,
      name: regime.name,
      legalBasis: regime.legalBasis,
      frequency: regime.frequency,
      template: regime.template,
    },
    receivingUnit: idx.byId.get(regime.receivingUnitId) as UnitNode,
    period: period.code,
    periodLabel: periodLabel(period),
    window: regimeWindow(regime, period),
    dueOn,
    counts: {
      expected: units.length,
      accepted: accepted.length,
      onTime: count((s) => s.timeliness === "onTime"),
      late: count((s) => s.timeliness === "late"),
      awaiting: count((s) => s.state === "submitted"),
      returned: count((s) => s.state === "returned"),
      missing: count((s) => s.timeliness === null),
    },
    status,
    accepted: accepted.map((u) => ({ unitId: u.id, unitName: u.name })),
    missing: status
      .filter((s) => s.state !== "accepted")
      .map((s) => ({ unitId: s.unitId, unitName: s.unitName, state: s.state })),
    indicators,
    narratives,
    consolidation: record ?? null,
  };
}

export type Consolidated = Awaited<ReturnType<typeof buildConsolidated>>;

export function createConsolidationService(env: ReportsEnv) {
  const db = env.db;

  async function load(ctx: Ctx, regimeId: number, periodCode: string) {
    const idx = await loadUnitIndex(db);
    const regime = await regimes.getRegime(db, regimeId);
    if (!regime || !canSeeRegime(ctx, regime, idx)) throw reportError.regimeNotFound(regimeId);
    const receiverPath = idx.byId.get(regime.receivingUnitId)?.path ?? "\u0000";
    // The consolidated report holds every unit's narrative: the receiving unit's readers only.
    if (!can(ctx.who, "read", receiverPath)) throw fail("FORBIDDEN");
    return { idx, regime, period: regimePeriod(regime, periodCode), receiverPath };
  }

  return {
    async view(ctx: Ctx, regimeId: number, periodCode: string) {
      const { idx, regime, period } = await load(ctx, regimeId, periodCode);
      return buildConsolidated(db, regime, period, idx, todayOf(env));
    },

    /** Records the consolidated report's number, date and signer (the receiving unit only). */
    async consolidate(
      ctx: Ctx,
      regimeId: number,
      periodCode: string,
      b: { number?: string | null; docDate?: string; signerName?: string | null },
    ) {
      const { idx, regime, period, receiverPath } = await load(ctx, regimeId, periodCode);
      assertCanPath(ctx.who, "report.consolidate", receiverPath);
      const before = await buildConsolidated(db, regime, period, idx, todayOf(env));
      if (!before.accepted.length) throw reportError.nothingAccepted(period.code);
      const docDate = b.docDate ?? isoDateInTimeZone(env.now());
      await db.tx(async (tx) => {
        const [old] = await tx.query(
          "select number, doc_date, signer_name from report_consolidation where regime_id = $1 and period = $2 for update",
          [regime.id, period.code],
        );
        await tx.query(
          `insert into report_consolidation (regime_id, period, number, doc_date, signer_name, created_by)
           values ($1, $2, $3, $4, $5, $6)
           on conflict (regime_id, period) do update set number = excluded.number, doc_date = excluded.doc_date,
             signer_name = excluded.signer_name, version = report_consolidation.version + 1, updated_at = now()`,
          [regime.id, period.code, b.number ?? null, docDate, b.signerName ?? null, ctx.who.id],
        );
        await appendAudit(tx, {
          ...auditActor(ctx),
          action: "report_consolidation.save",
          entityType: "report_consolidation",
          entityId: `${regime.id}:${period.code}`,
          orgUnitId: regime.receivingUnitId,
          before: old ?? null,
          after: {
            number: b.number ?? null,
            docDate,
            signerName: b.signerName ?? null,
            accepted: before.accepted.map((a) => a.unitId),
            missing: before.missing.length,
          },
        });
      });
      env.events?.emit({
        entity: "report_consolidation",
        action: "save",
        orgUnitIds: [regime.receivingUnitId],
        ids: [`${regime.id}:${period.code}`],
      });
      return buildConsolidated(db, regime, period, idx, todayOf(env));
    },
  };
}
