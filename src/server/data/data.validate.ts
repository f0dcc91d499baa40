import { periodFromParts, periodParts, periodTypeNameVi, tryParsePeriod, type Period } from "../../core/periods";
import { can } from "../auth/authorize";
import type { Principal } from "../auth/principal";
import { safeTextProblem } from "../http/safe-text";
import type { Indicator } from "../indicators/indicators.types";
import type { DataValueInput, RowProblem } from "./data.types";

// Row-by-row checks that need no database round trip: every problem is reported with its row and
// column so that a 10,000-row spreadsheet is fixed in one pass, not one error at a time.

export interface UnitRef {
  id: number;
  code: string;
  path: string;
  validFrom: string;
  validTo: string | null;
}

export interface ResolvedRow {
  row: number;
  indicator: Indicator;
  unit: UnitRef;
  period: Period;
  disagg: string;
  value: number | null;
  numerator: number | null;
  denominator: number | null;
  comment: string | null;
  status: "draft" | "submitted";
  version?: number;
}

export interface Catalogues {
  indicators: Map<string, Indicator>; // by lower-case code
  units: Map<string, UnitRef>; // by lower-case code
}

function toNumber(v: unknown): number | null | "bad" {
  if (v === null || v === undefined || v === "") return null;
  if (typeof v === "number") return Number.isFinite(v) ? v : "bad";
  if (typeof v !== "string") return "bad";
  // Vietnamese spreadsheets write 1.234,5; machine files write 1234.5. Accept both, refuse guesses.
  const s = v.trim().replace(/\s/g, "");
  let norm = s;
  if (/^-?\d{1,3}(\.\d{3})+(,\d+)?$/.test(s)) norm = s.replace(/\./g, "").replace(",", ".");
  else if (/^-?\d+,\d+$/.test(s)) norm = s.replace(",", ".");
  if (!/^-?\d+(\.\d+)?([eE][-+]?\d+)?$/.test(norm)) return "bad";
  return Number(norm);
}

export function resolveRow(
  input: DataValueInput,
  row: number,
  cat: Catalogues,
  who: Principal,
  errors: RowProblem[],
): ResolvedRow | null {
  const before = errors.length;
  const problem = (column: string, code: string, message: string) => errors.push({ row, column, code, message });
  const ind = cat.indicators.get(String(input.indicator ?? "").trim().toLowerCase());
  if (!input.indicator) problem("indicator", "REQUIRED", "Thiếu mã chỉ tiêu.");
  else if (!ind) problem("indicator", "DATA_UNKNOWN_INDICATOR", `Không có chỉ tiêu mã "${input.indicator}".`);
  else if (ind.formula) problem("indicator", "DATA_COMPUTED_INDICATOR", `Chỉ tiêu "${ind.code}" được tính theo công thức, không nhập trực tiếp.`);
  else if (!ind.active) problem("indicator", "DATA_INACTIVE_INDICATOR", `Chỉ tiêu "${ind.code}" đã ngừng sử dụng.`);

  const unit = cat.units.get(String(input.orgUnit ?? "").trim().toLowerCase());
  if (!input.orgUnit) problem("orgUnit", "REQUIRED", "Thiếu mã đơn vị.");
  else if (!unit) problem("orgUnit", "DATA_UNKNOWN_ORG_UNIT", `Không có đơn vị mã "${input.orgUnit}".`);
  else if (!can(who, "data.write", unit.path))
    problem("orgUnit", "FORBIDDEN", `Bạn không có quyền nhập số liệu cho đơn vị "${unit.code}".`);

  const period = tryParsePeriod(String(input.period ?? "").trim());
  if (!input.period) problem("period", "REQUIRED", "Thiếu kỳ số liệu.");
  else if (!period) problem("period", "DATA_INVALID_PERIOD", `Kỳ "${input.period}" không hợp lệ (ví dụ 202506, 2025Q2, 2025).`);
  else if (ind && period.type !== ind.periodType)
    problem("period", "DATA_PERIOD_TYPE_MISMATCH", `Chỉ tiêu "${ind.code}" nhập theo kỳ ${periodTypeNameVi(ind.periodType)}, không nhận kỳ "${period.code}".`);
  else if (unit && period && (period.end < unit.validFrom || (unit.validTo && period.start > unit.validTo)))
    problem("period", "DATA_UNIT_INACTIVE", `Đơn vị "${unit.code}" không hoạt động trong kỳ ${period.code}.`);

  const disagg = String(input.disagg ?? "").trim();
  if (ind && !ind.formula) {
    const options = ind.disaggregation?.options.map((o) => o.code) ?? [];
    if (options.length && !options.includes(disagg))
      problem("disagg", "DATA_INVALID_DISAGG", `Chỉ tiêu "${ind.code}" cần phân tổ ${ind.disaggregation?.dimension}: ${options.join(", ")}.`);
    if (!options.length && disagg) problem("disagg", "DATA_INVALID_DISAGG", `Chỉ tiêu "${ind.code}" không có phân tổ.`);
  }

  const value = toNumber(input.value);
  const numerator = toNumber(input.numerator);
  const denominator = toNumber(input.denominator);
  for (const [col, v] of [["value", value], ["numerator", numerator], ["denominator", denominator]] as const)
    if (v === "bad") problem(col, "DATA_NOT_A_NUMBER", `"${String(input[col])}" không phải là số.`);

  let finalValue: number | null = null;
  if (ind && !ind.formula && value !== "bad" && numerator !== "bad" && denominator !== "bad") {
    if (ind.aggregation === "ratio") {
      if (numerator === null && denominator === null && value !== null)
        problem("numerator", "DATA_RATIO_PARTS_REQUIRED", `Chỉ tiêu tỷ lệ "${ind.code}" cần nhập tử số và mẫu số, không nhập tỷ lệ.`);
      else if ((numerator === null) !== (denominator === null))
        problem(numerator === null ? "numerator" : "denominator", "DATA_RATIO_PARTS_REQUIRED", "Cần nhập đủ tử số và mẫu số.");
      else if (numerator !== null && denominator !== null) {
        if (numerator < 0 || denominator < 0) problem("numerator", "DATA_VALUE_OUT_OF_RANGE", "Tử số và mẫu số không được âm.");
        else if (numerator > denominator)
          problem("numerator", "DATA_NUMERATOR_ABOVE_DENOMINATOR", `Tử số (${numerator}) lớn hơn mẫu số (${denominator}).`);
        else finalValue = denominator === 0 ? null : (numerator / denominator) * ind.scale;
      }
    } else {
      if (numerator !== null || denominator !== null)
        problem("numerator", "DATA_NOT_RATIO", `Chỉ tiêu "${ind.code}" không phải tỷ lệ; nhập vào cột giá trị.`);
      finalValue = value;
      if (value !== null) {
        if (ind.valueType === "integer" && !Number.isInteger(value))
          problem("value", "DATA_NOT_INTEGER", `Chỉ tiêu "${ind.code}" cần số nguyên, nhận ${value}.`);
        const max = ind.maxValue ?? (ind.valueType === "percent" ? 100 : null);
        const min = ind.minValue ?? (ind.valueType === "percent" ? 0 : null);
        if (max !== null && value > max) problem("value", "DATA_VALUE_OUT_OF_RANGE", `Giá trị ${value} vượt mức tối đa ${max} của chỉ tiêu "${ind.code}".`);
        if (min !== null && value < min) problem("value", "DATA_VALUE_OUT_OF_RANGE", `Giá trị ${value} nhỏ hơn mức tối thiểu ${min} của chỉ tiêu "${ind.code}".`);
      }
    }
  }
  const comment = input.comment == null ? null : String(input.comment);
  if (comment && comment.length > 2000) problem("comment", "TOO_LONG", "Ghi chú dài quá 2000 ký tự.");
  else if (comment && /[<>]/.test(comment)) problem("comment", "UNSAFE_TEXT", safeTextProblem("<") ?? "Ký tự không hợp lệ.");
  const status = input.status ?? "draft";
  if (status !== "draft" && status !== "submitted") problem("status", "INVALID", "Trạng thái chỉ nhận draft hoặc submitted.");
  if (input.version !== undefined && (!Number.isInteger(input.version) || input.version < 0))
    problem("version", "INVALID", "Phiên bản phải là số nguyên không âm.");

  if (errors.length > before || !ind || !unit || !period) return null;
  return {
    row,
    indicator: ind,
    unit,
    period: periodFromParts(periodParts(period)),
    disagg,
    value: finalValue,
    numerator: numerator as number | null,
    denominator: denominator as number | null,
    comment,
    status,
    version: input.version,
  };
}
