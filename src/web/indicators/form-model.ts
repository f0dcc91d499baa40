// Pure helpers of the indicator form: the empty definition, a definition read back from the
// server, and the server's error mapped to the form fields (so "Công thức tham chiếu vòng…"
// appears under the formula box, not only in a banner).
import { ApiError } from "../lib/api";
import type { Indicator, IndicatorInput } from "./api";

export function emptyIndicatorInput(): IndicatorInput {
  return {
    code: "",
    name: "",
    unit: "",
    valueType: "number",
    aggregation: "sum",
    periodType: "month",
    formula: null,
    direction: "up",
    decimals: 1,
    scale: 1,
    minValue: null,
    maxValue: null,
    numeratorLabel: null,
    denominatorLabel: null,
    reporterKinds: [],
    disaggregation: null,
    dueDays: 10,
    ownerUnitId: null,
    monitorUnitId: null,
    source: null,
    definition: null,
    isPublic: false,
    groups: [],
  };
}

export function inputFromIndicator(item: Indicator): IndicatorInput {
  const { id: _id, version: _version, updatedAt: _updatedAt, ...rest } = item;
  return { ...emptyIndicatorInput(), ...rest };
}

/** Trims texts, turns empty optional texts into null and drops parts that do not apply. */
export function normaliseInput(draft: IndicatorInput, computed: boolean): IndicatorInput {
  const text = (value: string | null) => {
    const trimmed = value?.trim() ?? "";
    return trimmed === "" ? null : trimmed;
  };
  const ratio = draft.aggregation === "ratio";
  return {
    ...draft,
    code: draft.code.trim(),
    name: draft.name.trim(),
    unit: draft.unit.trim(),
    formula: computed && !ratio ? text(draft.formula) : null,
    numeratorLabel: ratio ? text(draft.numeratorLabel) : null,
    denominatorLabel: ratio ? text(draft.denominatorLabel) : null,
    scale: ratio ? draft.scale : draft.scale > 0 ? draft.scale : 1,
    source: text(draft.source),
    definition: text(draft.definition),
    disaggregation: draft.disaggregation
      ? {
          dimension: draft.disaggregation.dimension.trim(),
          options: draft.disaggregation.options.map((o) => ({ code: o.code.trim(), name: o.name.trim() })),
        }
      : null,
  };
}

/** Problems found before asking the server: required fields and the ratio's two labels. */
export function localErrors(
  draft: IndicatorInput,
  computed: boolean,
  required: string,
): Record<string, string> {
  const errors: Record<string, string> = {};
  if (!draft.code.trim()) errors.code = required;
  if (!draft.name.trim()) errors.name = required;
  if (computed && draft.aggregation !== "ratio" && !draft.formula?.trim()) errors.formula = required;
  if (draft.aggregation === "ratio") {
    if (!draft.numeratorLabel?.trim()) errors.numeratorLabel = required;
    if (!draft.denominatorLabel?.trim()) errors.denominatorLabel = required;
  }
  if (draft.disaggregation) {
    if (!draft.disaggregation.dimension.trim()) errors.disaggregation = required;
    else if (draft.disaggregation.options.some((o) => !o.code.trim() || !o.name.trim()))
      errors.disaggregation = required;
  }
  return errors;
}

/**
 * The server's answer as messages per field. Schema errors carry paths like "body.formula" or
 * "body.disaggregation.options.0.code"; rule errors (FORMULA_SYNTAX, FORMULA_CYCLE…) carry the
 * field in the detail and the full Vietnamese sentence in the message, which is what we show.
 */
export function fieldErrorsOf(error: unknown): Record<string, string> {
  if (!(error instanceof ApiError)) return {};
  const out: Record<string, string> = {};
  for (const detail of error.details) {
    if (typeof detail.path !== "string" || detail.path === "") continue;
    const field = detail.path.replace(/^body\./, "").split(".")[0];
    if (!field || out[field]) continue;
    const useMain = error.code !== "VALIDATION_FAILED" && error.message;
    out[field] = useMain ? error.message : String(detail.message ?? error.message);
  }
  return out;
}
