// The submission form of one unit for one period, opened prefilled from the figures the system
// already holds for the cut-off window: the period's aggregate comes from the analytics engine
// (the one way figures are read), the cells from the data values the unit can still fill or fix.
import type { HolidayCalendar } from "../../core/calendar";
import { type Period, periodLabel } from "../../core/periods";
import { can } from "../auth/authorize";
import type { Principal } from "../auth/principal";
import { runAnalytics } from "../data/analytics";
import type { UnitIndex, UnitNode } from "../data/unit-map";
import type { Queryable } from "../db/db";
import { cellState, regimeDueOn, regimeWindow, share, timelinessOf } from "./regime-rules";
import { cellKey, countCells, filled, regimeIndicators, slotsFor, storedValues } from "./report-scope";
import type { Regime, SectionDef, Submission } from "./reports.types";
import { findSubmission, submissionLog } from "./submissions.repo";

export interface FormCell {
  period: string;
  label: string;
  disagg: string;
  value: number | null;
  numerator: number | null;
  denominator: number | null;
  status: "draft" | "submitted" | "approved" | null;
  version: number;
  editable: boolean;
}

export interface FormIndicator {
  code: string;
  name: string;
  unit: string;
  aggregation: string;
  valueType: string;
  decimals: number;
  numeratorLabel: string | null;
  denominatorLabel: string | null;
  computed: boolean;
  aggregate: {
    value: number | null;
    numerator: number | null;
    denominator: number | null;
    count: number;
  } | null;
  cells: FormCell[];
}

export async function buildSubmissionForm(
  q: Queryable,
  who: Principal,
  regime: Regime,
  period: Period,
  unit: UnitNode,
  idx: UnitIndex,
  calendar: HolidayCalendar,
  today: string,
) {
  const submission = (await findSubmission(q, regime.id, period.code, unit.id)) ?? null;
  const dueOn = submission?.firstSubmittedAt ? submission.dueOn : regimeDueOn(regime, period, calendar);
  const open = !submission || submission.status === "draft" || submission.status === "returned";
  const mayWrite = can(who, "report.submit", unit.path) && can(who, "data.write", unit.path);
  const inds = await regimeIndicators(q, regime);
  const slots = slotsFor(regime, inds, period, unit);
  const allPeriods = [...new Set(slots.flatMap((s) => s.periods.map((p) => p.code)))];
  const stored = await storedValues(
    q,
    [unit.id],
    slots.map((s) => s.ind.id),
    allPeriods,
  );
  const aggregates = slots.length
    ? await runAnalytics(
        q,
        { indicatorCodes: slots.map((s) => s.ind.code), orgUnitIds: [unit.id], periods: [period.code] },
        idx,
      )
    : [];
  const filledKeys = new Set(stored.filter(filled).map((v) => cellKey(v.indicatorId, v.orgUnitId, v.period)));

  const indicators: FormIndicator[] = slots.map(({ ind, periods }) => {
    const agg = aggregates.find((a) => a.indicator === ind.code);
    const options = ind.disaggregation?.options.map((o) => o.code) ?? [""];
    const cells: FormCell[] = periods.flatMap((p) =>
      options.map((disagg) => {
        const v = stored.find((s) => s.indicatorId === ind.id && s.period === p.code && s.disagg === disagg);
        return {
          period: p.code,
          label: periodLabel(p),
          disagg,
          value: v?.value ?? null,
          numerator: v?.numerator ?? null,
          denominator: v?.denominator ?? null,
          status: v?.status ?? null,
          version: v?.version ?? 0,
          editable: open && mayWrite && v?.status !== "approved",
        };
      }),
    );
    return {
      code: ind.code,
      name: ind.name,
      unit: ind.unit,
      aggregation: ind.aggregation,
      valueType: ind.valueType,
      decimals: ind.decimals,
      numeratorLabel: ind.numeratorLabel,
      denominatorLabel: ind.denominatorLabel,
      computed: !!ind.formula,
      aggregate: agg
        ? { value: agg.value, numerator: agg.numerator, denominator: agg.denominator, count: agg.count }
        : null,
      cells,
    };
  });

  const narrative = submission?.narrative ?? {};
  const sections = regime.sections.map((s) => ({ ...s, text: narrative[s.key] ?? "" }));
  const cells = countCells(slots, unit.id, filledKeys);
  const required = regime.sections.filter((s) => s.required);
  const sectionsFilled = required.filter((s) => (narrative[s.key] ?? "").trim()).length;
  return {
    regime: {
      id: regime.id,
      code: regime.code,
      name: regime.name,
      frequency: regime.frequency,
      legalBasis: regime.legalBasis,
      deadlineText: regime.deadlineText,
      receivingUnitId: regime.receivingUnitId,
      receivingUnitName: regime.receivingUnitName,
    },
    period: period.code,
    periodLabel: periodLabel(period),
    window: regimeWindow(regime, period),
    dueOn,
    unit: { id: unit.id, code: unit.code, name: unit.name },
    submission: submission ? publicSubmission(submission) : null,
    log: submission ? await submissionLog(q, submission.id) : [],
    state: cellState(submission?.status ?? null, dueOn, today),
    timeliness: timelinessOf(submission?.firstSubmittedAt ?? null, dueOn),
    editable: open && mayWrite,
    canReview:
      can(who, "report.consolidate", idx.byId.get(regime.receivingUnitId)?.path ?? "\u0000") &&
      submission?.status === "submitted",
    indicators,
    sections,
    completeness: {
      expectedCells: cells.expected,
      filledCells: cells.filled,
      requiredSections: required.length,
      filledSections: sectionsFilled,
      share: share(cells.filled + sectionsFilled, cells.expected + required.length),
    },
  };
}

export type SubmissionFormView = Awaited<ReturnType<typeof buildSubmissionForm>>;

export function publicSubmission(s: Submission) {
  return {
    id: s.id,
    status: s.status,
    dueOn: s.dueOn,
    firstSubmittedAt: s.firstSubmittedAt,
    submittedAt: s.submittedAt,
    submittedByName: s.submittedByName,
    reviewedAt: s.reviewedAt,
    reviewedByName: s.reviewedByName,
    returnReason: s.returnReason,
    submitCount: s.submitCount,
    version: s.version,
    updatedAt: s.updatedAt,
  };
}

export type { SectionDef };
