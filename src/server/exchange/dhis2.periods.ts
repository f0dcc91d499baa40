// DHIS2 period identifiers and ours. DHIS2 writes 20250115 (day), 2025W3 (ISO week), 202501
// (month), 2025Q1, 2025S1 (January-June), 2025 (year); ours are the same except zero-padded weeks.
// DHIS2's other calendars (bi-monthly 202501B, April six-months 2025AprilS1, financial years
// 2025April...) have no equivalent here and are refused by name; our nine-month period 2025N9 has no
// DHIS2 equivalent and is not exported.
import { tryParsePeriod } from "../../core/periods";

const DHIS2_FORMS: [RegExp, string][] = [
  [/^\d{8}$/, "ngày"],
  [/^\d{4}W\d{1,2}$/, "tuần"],
  [/^\d{6}$/, "tháng"],
  [/^\d{4}Q[1-4]$/, "quý"],
  [/^\d{4}S[12]$/, "6 tháng"],
  [/^\d{4}$/, "năm"],
];

export const DHIS2_PERIOD_HINT =
  "Các dạng kỳ DHIS2 được hỗ trợ: 20250115, 2025W3, 202501, 2025Q1, 2025S1, 2025.";

/** Our canonical period code for a DHIS2 period id, or null when it is malformed or unsupported. */
export function periodFromDhis2(id: string): string | null {
  const s = String(id ?? "").trim();
  if (!DHIS2_FORMS.some(([re]) => re.test(s))) return null;
  return tryParsePeriod(s)?.code ?? null;
}

/** The DHIS2 id of one of our period codes, or null when DHIS2 has no such period type. */
export function periodToDhis2(code: string): string | null {
  const p = tryParsePeriod(code);
  if (!p) return null;
  switch (p.type) {
    case "week":
      return p.code.replace(/W0(\d)$/, "W$1");
    case "ninemonth":
      return null;
    default:
      return p.code;
  }
}
