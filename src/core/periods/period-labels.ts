/**
 * Human labels for periods, the way Vietnamese reports title them ("Quý II/2025",
 * "6 tháng đầu năm 2025"), with English as the second language.
 */
import { type Period, periodParts } from "./period-codes";

export type PeriodLabelLocale = "vi" | "en";

const ROMAN_QUARTERS = ["I", "II", "III", "IV"];
const ENGLISH_MONTHS = [
  "January",
  "February",
  "March",
  "April",
  "May",
  "June",
  "July",
  "August",
  "September",
  "October",
  "November",
  "December",
];

function pad2(value: number): string {
  return String(value).padStart(2, "0");
}

/**
 * vi: "Ngày 15/06/2025", "Tuần 23/2025", "Tháng 6/2025", "Quý II/2025", "6 tháng đầu năm 2025",
 *     "6 tháng cuối năm 2025", "9 tháng đầu năm 2025", "Năm 2025".
 * en: "15 June 2025", "Week 23, 2025", "June 2025", "Q2 2025", "First half of 2025",
 *     "Second half of 2025", "First nine months of 2025", "Year 2025".
 * Weeks are labelled with their ISO week-year (2021-01-01 is in "Tuần 53/2020").
 */
export function periodLabel(code: string | Period, locale: PeriodLabelLocale = "vi"): string {
  const parts = periodParts(code);
  const english = locale === "en";
  switch (parts.type) {
    case "day":
      return english
        ? `${parts.day} ${ENGLISH_MONTHS[parts.month - 1]} ${parts.year}`
        : `Ngày ${pad2(parts.day)}/${pad2(parts.month)}/${parts.year}`;
    case "week":
      return english ? `Week ${parts.week}, ${parts.year}` : `Tuần ${parts.week}/${parts.year}`;
    case "month":
      return english
        ? `${ENGLISH_MONTHS[parts.month - 1]} ${parts.year}`
        : `Tháng ${parts.month}/${parts.year}`;
    case "quarter":
      return english
        ? `Q${parts.quarter} ${parts.year}`
        : `Quý ${ROMAN_QUARTERS[parts.quarter - 1]}/${parts.year}`;
    case "sixmonth":
      if (parts.half === 1) return english ? `First half of ${parts.year}` : `6 tháng đầu năm ${parts.year}`;
      return english ? `Second half of ${parts.year}` : `6 tháng cuối năm ${parts.year}`;
    case "ninemonth":
      return english ? `First nine months of ${parts.year}` : `9 tháng đầu năm ${parts.year}`;
    case "year":
      return english ? `Year ${parts.year}` : `Năm ${parts.year}`;
  }
}
