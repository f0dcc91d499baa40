// How indicator figures and target statuses are shown: vi-VN numbers with the indicator's own
// number of decimals, its unit, and one colour per target status everywhere in the app.
import { periodLabel } from "../../core/periods";
import { formatNumber, localeForLanguage } from "../lib/format";
import type { Comparator, Indicator, TargetStatus } from "./api";

export function formatValue(
  value: number | null | undefined,
  indicator: Pick<Indicator, "decimals">,
  language?: string,
): string {
  // Reports print every figure of an indicator with the same decimals: 71,0% next to 72,2%.
  return formatNumber(
    value,
    { minimumFractionDigits: indicator.decimals, maximumFractionDigits: indicator.decimals },
    localeForLanguage(language),
  );
}

/** "75,3 %" / "1.234 hồ sơ"; empty when there is no value. */
export function formatWithUnit(
  value: number | null | undefined,
  indicator: Pick<Indicator, "decimals" | "unit">,
  language?: string,
): string {
  const text = formatValue(value, indicator, language);
  if (!text) return "";
  if (!indicator.unit) return text;
  return indicator.unit === "%" ? `${text}%` : `${text} ${indicator.unit}`;
}

export function labelOfPeriod(code: string, language?: string): string {
  try {
    return periodLabel(code, language?.startsWith("en") ? "en" : "vi");
  } catch {
    return code;
  }
}

/** Short label for chart axes: "T10/26" / "Q3/26" / "2026". */
export function shortPeriodLabel(code: string): string {
  const month = /^(\d{4})(\d{2})$/.exec(code);
  if (month) return `${Number(month[2])}/${month[1].slice(2)}`;
  const quarter = /^(\d{4})Q(\d)$/.exec(code);
  if (quarter) return `Q${quarter[2]}/${quarter[1].slice(2)}`;
  return code;
}

export const STATUS_COLORS: Record<TargetStatus, string> = {
  met: "green",
  on_track: "blue",
  at_risk: "orange",
  missed: "red",
  no_data: "gray",
};

/** Hex shades for charts (Mantine's filled shades of the same colours). */
export const STATUS_HEX: Record<TargetStatus, string> = {
  met: "#2f9e44",
  on_track: "#1c7ed6",
  at_risk: "#f76707",
  missed: "#e03131",
  no_data: "#868e96",
};

export const STATUS_ORDER: TargetStatus[] = ["met", "on_track", "at_risk", "missed", "no_data"];

export const COMPARATOR_SYMBOL: Record<Comparator, string> = {
  ">=": "≥",
  ">": ">",
  "<=": "≤",
  "<": "<",
  "=": "=",
  between: "∈",
};

export function describeTarget(
  target: { comparator: Comparator; value: number; valueMax?: number | null },
  indicator: Pick<Indicator, "decimals" | "unit">,
  language?: string,
): string {
  if (target.comparator === "between")
    return `${formatWithUnit(target.value, indicator, language)} – ${formatWithUnit(target.valueMax ?? target.value, indicator, language)}`;
  return `${COMPARATOR_SYMBOL[target.comparator]} ${formatWithUnit(target.value, indicator, language)}`;
}

/** A 0–1 share as a percentage: 0.953 → "95,3%". */
export function formatShare(share: number | null | undefined, language?: string): string {
  if (share === null || share === undefined) return "—";
  return `${formatNumber(share * 100, { maximumFractionDigits: 1 }, localeForLanguage(language))}%`;
}
