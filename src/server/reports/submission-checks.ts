// What a unit sends with its report, checked before anything is written: narrative sections
// (known, not too long, plain text, the required ones filled on submit) and figures (an indicator
// of the regime the unit reports, a period inside the cut-off window). Then the data-value rows
// the submission writes: what changed, and on submit the unit's other unlocked figures.
import { periodLabel } from "../../core/periods";
import type { DataValueInput } from "../data/data.types";
import type { UnitNode } from "../data/unit-map";
import type { ErrorDetail } from "../http/errors";
import { narrativeProblem, regimeWindow } from "./regime-rules";
import type { regimePeriod, Slot, StoredValue } from "./report-scope";
import { reportError, windowText } from "./reports.errors";
import type { FigureInputT } from "./reports.schemas";
import type { Regime } from "./reports.types";

/** The narrative after this write (previous text with the sent sections replaced), or a 422. */
export function checkNarrative(
  regime: Regime,
  input: Record<string, string>,
  submit: boolean,
  previous: Record<string, string>,
): Record<string, string> {
  const problems: ErrorDetail[] = [];
  const merged: Record<string, string> = { ...previous };
  for (const [key, raw] of Object.entries(input)) {
    const section = regime.sections.find((s) => s.key === key);
    if (!section) {
      problems.push({
        path: `narrative.${key}`,
        message: `Đề cương của chế độ báo cáo không có mục "${key}".`,
      });
      continue;
    }
    const text = raw.replace(/\r\n/g, "\n").trim();
    const problem = narrativeProblem(section, text);
    if (problem) problems.push({ path: `narrative.${key}`, message: problem });
    merged[key] = text;
  }
  if (problems.length) throw reportError.narrativeInvalid(problems);
  if (submit) {
    const missing = regime.sections
      .filter((s) => s.required && !(merged[s.key] ?? "").trim())
      .map((s) => s.title);
    if (missing.length) throw reportError.sectionRequired(missing);
  }
  return merged;
}

const slotOf = (slots: Slot[], code: string) =>
  slots.find((s) => s.ind.code.toLowerCase() === code.trim().toLowerCase());

/** Figures must belong to the report: an indicator the unit reports in this regime, a period in the window. */
export function checkFigures(
  regime: Regime,
  period: ReturnType<typeof regimePeriod>,
  unit: UnitNode,
  slots: Slot[],
  figures: FigureInputT[],
): void {
  const outside: ErrorDetail[] = [];
  const invalid: ErrorDetail[] = [];
  figures.forEach((f, i) => {
    const slot = slotOf(slots, f.indicator);
    const row = i + 1;
    if (!slot) {
      const inRegime = regime.indicatorCodes.some(
        (c) => c.toLowerCase() === f.indicator.trim().toLowerCase(),
      );
      invalid.push({
        row,
        path: `figures.${i}.indicator`,
        message: inRegime
          ? `${unit.name} không báo cáo chỉ tiêu "${f.indicator}".`
          : `Chỉ tiêu "${f.indicator}" không thuộc chế độ báo cáo này.`,
      });
    } else if (slot.ind.formula) {
      invalid.push({
        row,
        path: `figures.${i}.indicator`,
        message: `Chỉ tiêu "${slot.ind.code}" được tính theo công thức, không nhập trực tiếp.`,
      });
    } else if (!slot.periods.some((p) => p.code === f.period.trim().toUpperCase())) {
      outside.push({
        row,
        path: `figures.${i}.period`,
        message: `Số liệu ${slot.ind.code} kỳ "${f.period}" nằm ngoài thời gian chốt số liệu của kỳ báo cáo ${periodLabel(period)} (${windowText(regimeWindow(regime, period))}).`,
      });
    }
  });
  if (outside.length) throw reportError.figureOutsideWindow(outside);
  if (invalid.length) throw reportError.figuresInvalid(invalid);
}

const same = (a: number | null | undefined, b: number | null | undefined) =>
  (a ?? null) === null
    ? (b ?? null) === null
    : b !== null && b !== undefined && Math.abs(Number(a) - Number(b)) < 1e-9;
const toNum = (v: FigureInputT["value"]) =>
  v === null || v === undefined || v === ""
    ? null
    : typeof v === "number"
      ? v
      : Number(String(v).replace(",", "."));

/**
 * The data values the write sends to the data service: figures the unit changed (unchanged and
 * locked ones are left alone, so echoing back an approved figure is not an error), and on submit
 * every other draft figure of the window, which moves to submitted.
 */
export function figureRows(
  unit: UnitNode,
  slots: Slot[],
  stored: StoredValue[],
  figures: FigureInputT[],
  submit: boolean,
): Map<string, DataValueInput> {
  const status = submit ? "submitted" : "draft";
  const rows = new Map<string, DataValueInput>();
  for (const f of figures) {
    const slot = slotOf(slots, f.indicator) as Slot;
    const ratio = slot.ind.aggregation === "ratio";
    const p = f.period.trim().toUpperCase();
    const disagg = f.disagg?.trim() ?? "";
    const old = stored.find((v) => v.indicatorId === slot.ind.id && v.period === p && v.disagg === disagg);
    const unchanged =
      old &&
      same(old.value, ratio ? old.value : toNum(f.value)) &&
      same(old.numerator, toNum(f.numerator)) &&
      same(old.denominator, toNum(f.denominator));
    const empty = toNum(f.value) === null && toNum(f.numerator) === null && toNum(f.denominator) === null;
    if ((unchanged && !(submit && old?.status === "draft")) || (!old && empty)) continue;
    rows.set(`${slot.ind.code}|${p}|${disagg}`, {
      indicator: slot.ind.code,
      orgUnit: unit.code,
      period: p,
      disagg,
      value: ratio ? null : (f.value ?? null),
      numerator: f.numerator ?? null,
      denominator: f.denominator ?? null,
      status,
    });
  }
  if (submit)
    for (const v of stored) {
      const ind = slots.find((s) => s.ind.id === v.indicatorId)?.ind;
      const key = `${ind?.code}|${v.period}|${v.disagg}`;
      if (!ind || v.status !== "draft" || rows.has(key)) continue;
      rows.set(key, {
        indicator: ind.code,
        orgUnit: unit.code,
        period: v.period,
        disagg: v.disagg,
        value: ind.aggregation === "ratio" ? null : v.value,
        numerator: v.numerator,
        denominator: v.denominator,
        status,
      });
    }
  return rows;
}
