import type { PeriodType } from "../../core/periods";

export const VALUE_TYPES = ["number", "integer", "percent"] as const;
export const AGGREGATIONS = ["sum", "average", "last", "ratio", "none"] as const;
export const PERIOD_TYPES_LIST = ["day", "week", "month", "quarter", "sixmonth", "ninemonth", "year"] as const;

export interface Disaggregation {
  dimension: string;
  options: { code: string; name: string }[];
}

export interface Indicator {
  id: number;
  code: string;
  name: string;
  unit: string;
  valueType: (typeof VALUE_TYPES)[number];
  aggregation: (typeof AGGREGATIONS)[number];
  periodType: PeriodType;
  formula: string | null;
  direction: "up" | "down";
  decimals: number;
  scale: number;
  minValue: number | null;
  maxValue: number | null;
  numeratorLabel: string | null;
  denominatorLabel: string | null;
  reporterKinds: string[];
  disaggregation: Disaggregation | null;
  dueDays: number;
  ownerUnitId: number | null;
  monitorUnitId: number | null;
  source: string | null;
  definition: string | null;
  isPublic: boolean;
  active: boolean;
  version: number;
  groups: string[];
  updatedAt: string;
}

export const AGGREGATION_LABEL_VI: Record<Indicator["aggregation"], string> = {
  sum: "Cộng dồn",
  average: "Trung bình",
  last: "Giá trị kỳ cuối",
  ratio: "Tỷ lệ (tổng tử số / tổng mẫu số)",
  none: "Không tổng hợp",
};

/** The groups of QĐ 1012 plus digital transformation, created by the migration's seed. */
export const DEFAULT_GROUPS = [
  { code: "KTXH_NGAY_THANG", name: "Chỉ tiêu kinh tế - xã hội hằng ngày, hằng tháng", sort: 1 },
  { code: "KH_KTXH_NAM", name: "Kế hoạch phát triển kinh tế - xã hội hằng năm", sort: 2 },
  { code: "CTMTQG_DUAN", name: "Chương trình mục tiêu quốc gia và dự án trọng điểm", sort: 3 },
  { code: "KHAN_CAP", name: "Tình huống khẩn cấp", sort: 4 },
  { code: "CDS", name: "Chuyển đổi số", sort: 5 },
  { code: "TTHC", name: "Thủ tục hành chính, dịch vụ công trực tuyến", sort: 6 },
] as const;

export const isRatio = (i: Pick<Indicator, "aggregation">) => i.aggregation === "ratio";
export const isComputed = (i: Pick<Indicator, "formula">) => !!i.formula;
