// What one report (regime x period x unit) covers: the indicators the unit reports, the data
// periods inside the cut-off window, and the data already in the system for them.
import { type Period, periodLabel, tryParsePeriod } from "../../core/periods";
import type { UnitIndex, UnitNode } from "../data/unit-map";
import type { Queryable } from "../db/db";
import { getIndicatorsByCodes } from "../indicators/indicators.repo";
import type { Indicator } from "../indicators/indicators.types";
import { isRegimePeriod, unitActiveAt, unitReportsIndicator, windowPeriods } from "./regime-rules";
import { reportError } from "./reports.errors";
import type { Regime } from "./reports.types";

/** The regime's indicators in the order the regime lists them. */
export async function regimeIndicators(
  q: Queryable,
  regime: Pick<Regime, "indicatorCodes">,
): Promise<Indicator[]> {
  const found = await getIndicatorsByCodes(q, regime.indicatorCodes);
  const byCode = new Map(found.map((i) => [i.code.toLowerCase(), i]));
  return regime.indicatorCodes.map((c) => byCode.get(c.toLowerCase())).filter((i): i is Indicator => !!i);
}

export interface Slot {
  ind: Indicator;
  /** Data periods of the indicator's type inside the report's window (empty for computed indicators). */
  periods: Period[];
}

/** The indicators `unit` reports in this regime, each with the data periods its report counts. */
export function slotsFor(
  regime: Pick<Regime, "cutoffStartDay">,
  inds: Indicator[],
  period: Period,
  unit: Pick<UnitNode, "id" | "kind">,
): Slot[] {
  return inds
    .filter((ind) => unitReportsIndicator(ind, unit))
    .map((ind) => ({
      ind,
      periods: ind.formula ? [] : windowPeriods(ind.periodType, period, regime.cutoffStartDay),
    }));
}

/** The report period, checked against the regime. */
export function regimePeriod(regime: Regime, code: string): Period {
  const p = tryParsePeriod(code);
  if (!p)
    throw reportError.periodInvalid(
      code,
      "mã kỳ không đọc được (ví dụ 202606, 2026Q2, 2026S1, 2026N9, 2026).",
    );
  if (!isRegimePeriod(regime, p.code))
    throw reportError.periodInvalid(
      p.code,
      `chế độ báo cáo này bắt đầu từ kỳ ${periodLabel(regime.startPeriod)} và báo cáo theo kỳ khác.`,
    );
  return p;
}

/** The unit, checked to be one the regime expects in this period. */
export function expectedUnit(regime: Regime, idx: UnitIndex, unitId: number, period: Period): UnitNode {
  const unit = idx.byId.get(unitId);
  if (!unit) throw reportError.unitNotExpected(`Đơn vị mã số ${unitId}`, period.code);
  if (!regime.unitIds.includes(unitId) || !unitActiveAt(unit, period))
    throw reportError.unitNotExpected(unit.name, period.code);
  return unit;
}

/** Units the regime expects in a period (active then), in Vietnamese alphabetical order. */
export function expectedUnits(regime: Regime, idx: UnitIndex, period: Period): UnitNode[] {
  return regime.unitIds
    .map((id) => idx.byId.get(id))
    .filter((u): u is UnitNode => !!u && unitActiveAt(u, period))
    .sort(byName);
}

export const byName = (a: { name: string }, b: { name: string }) => a.name.localeCompare(b.name, "vi");

export interface StoredValue {
  indicatorId: number;
  orgUnitId: number;
  period: string;
  disagg: string;
  value: number | null;
  numerator: number | null;
  denominator: number | null;
  status: "draft" | "submitted" | "approved";
  version: number;
}

/** Stored figures of some units for some indicators and data periods. */
export async function storedValues(
  q: Queryable,
  unitIds: number[],
  indicatorIds: number[],
  periods: string[],
): Promise<StoredValue[]> {
  if (!unitIds.length || !indicatorIds.length || !periods.length) return [];
  return q.query<StoredValue>(
    `select indicator_id as "indicatorId", org_unit_id as "orgUnitId", period, disagg, value, numerator, denominator, status, version
       from data_value where org_unit_id = any($1::int[]) and indicator_id = any($2::int[]) and period = any($3::text[])`,
    [unitIds, indicatorIds, periods],
  );
}

export const filled = (v: Pick<StoredValue, "value" | "numerator" | "denominator">) =>
  v.value !== null || (v.numerator !== null && v.denominator !== null);

export const cellKey = (indicatorId: number, unitId: number, period: string) =>
  `${indicatorId}|${unitId}|${period}`;

/** Expected data cells of a unit's report and how many hold a figure (any status: data, not a button). */
export function countCells(
  slots: Slot[],
  unitId: number,
  filledKeys: Set<string>,
): { expected: number; filled: number } {
  let expected = 0;
  let got = 0;
  for (const s of slots)
    for (const p of s.periods) {
      expected++;
      if (filledKeys.has(cellKey(s.ind.id, unitId, p.code))) got++;
    }
  return { expected, filled: got };
}
