import type { Comparator, Target, TargetStatus } from "./types";

export const TARGET_STATUS_LABELS_VI: Record<TargetStatus, string> = {
  met: "Đạt",
  on_track: "Đúng tiến độ",
  at_risk: "Có nguy cơ",
  missed: "Không đạt",
  no_data: "Chưa có số liệu",
};

/** The words plans use for each comparator (see DOMAIN.md: tối thiểu, trên, không quá, dưới). */
export const COMPARATOR_LABELS_VI: Record<Comparator, string> = {
  ">=": "tối thiểu",
  ">": "trên",
  "<=": "không quá",
  "<": "dưới",
  "=": "bằng",
  between: "trong khoảng",
};

export const COMPARATOR_SYMBOLS: Record<Comparator, string> = {
  ">=": "≥",
  ">": ">",
  "<=": "≤",
  "<": "<",
  "=": "=",
  between: "∈",
};

const numberFormat = new Intl.NumberFormat("vi-VN", { maximumFractionDigits: 2 });

/** 1234.5 -> "1.234,5": vi-VN groups with dots and uses a decimal comma. */
export function formatViNumber(value: number): string {
  return numberFormat.format(value);
}

/** "tối thiểu 75", "không quá 24", "từ 60 đến 80". */
export function describeTargetVi(target: Pick<Target, "comparator" | "value" | "valueMax">): string {
  if (target.comparator === "between") {
    return `từ ${formatViNumber(target.value)} đến ${formatViNumber(target.valueMax ?? target.value)}`;
  }
  return `${COMPARATOR_LABELS_VI[target.comparator]} ${formatViNumber(target.value)}`;
}
