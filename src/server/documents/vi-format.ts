// Vietnamese number and date formatting for official documents and exports.
// Written by hand instead of Intl.NumberFormat("vi-VN") so that the output does not
// depend on the ICU data a given Node build or browser ships with.

export interface ViNumberOptions {
  /** Exact number of decimals (pads with zeros). */
  decimals?: number;
  /** Upper bound of decimals when `decimals` is not given; trailing zeros are dropped. Default 2. */
  maxDecimals?: number;
}

/** 1234.5 -> "1.234,5"; -1234567 -> "-1.234.567". Non-finite numbers become "". */
export function formatViNumber(value: number, options: ViNumberOptions = {}): string {
  if (!Number.isFinite(value)) return "";
  const places = options.decimals ?? options.maxDecimals ?? 2;
  let fixed = Math.abs(value).toFixed(Math.min(Math.max(places, 0), 20));
  if (options.decimals === undefined && fixed.includes(".")) {
    fixed = fixed.replace(/\.?0+$/, "");
  }
  const [intPart, fracPart] = fixed.split(".");
  const grouped = intPart.replace(/\B(?=(\d{3})+(?!\d))/g, ".");
  const isZero = /^[0.]*$/.test(fixed.replace(".", ""));
  const sign = value < 0 && !isZero ? "-" : "";
  return fracPart ? `${sign}${grouped},${fracPart}` : `${sign}${grouped}`;
}

/** 87.456 -> "87,46%". */
export function formatViPercent(value: number, options: ViNumberOptions = {}): string {
  const text = formatViNumber(value, options);
  return text === "" ? "" : `${text}%`;
}

/**
 * Reads a number written the Vietnamese way ("1.234,5", "1234,5", "-12") and also plain
 * machine numbers ("1234.5"). A lone dot followed by exactly three digits is read as a
 * thousands separator ("1.234" -> 1234), which is how officials type it.
 * Returns null when the text is not a number.
 */
export function parseViNumber(text: string): number | null {
  const s = text.trim().replace(/\s+/g, "");
  if (s === "") return null;
  let normalized: string;
  if (/^-?\d{1,3}(\.\d{3})+(,\d+)?$/.test(s)) {
    normalized = s.replace(/\./g, "").replace(",", ".");
  } else if (/^-?\d+(,\d+)?$/.test(s)) {
    normalized = s.replace(",", ".");
  } else if (/^-?\d+(\.\d+)?$/.test(s)) {
    normalized = s;
  } else {
    return null;
  }
  const n = Number(normalized);
  return Number.isFinite(n) ? n : null;
}

const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;

/** Splits and validates "YYYY-MM-DD"; returns null for impossible dates such as 2026-02-30. */
export function parseIsoDate(iso: string): { year: number; month: number; day: number } | null {
  const m = ISO_DATE.exec(iso.trim());
  if (!m) return null;
  const year = Number(m[1]);
  const month = Number(m[2]);
  const day = Number(m[3]);
  const probe = new Date(Date.UTC(year, month - 1, day));
  if (probe.getUTCFullYear() !== year || probe.getUTCMonth() !== month - 1 || probe.getUTCDate() !== day) {
    return null;
  }
  return { year, month, day };
}

/**
 * The place-and-date line of NĐ 30/2020 (Phụ lục I, mục II.6): days below 10 and the months
 * 1 and 2 take a leading zero, other months do not ("ngày 05 tháng 3 năm 2026",
 * "ngày 15 tháng 02 năm 2026"). The place name starts with a capital letter.
 */
export function formatNd30DateLine(place: string, isoDate: string): string {
  const parts = parseIsoDate(isoDate);
  if (!parts) {
    throw new RangeError(`Ngày văn bản không hợp lệ: "${isoDate}" (cần dạng YYYY-MM-DD).`);
  }
  const day = String(parts.day).padStart(2, "0");
  const month = parts.month <= 2 ? String(parts.month).padStart(2, "0") : String(parts.month);
  const trimmedPlace = place.trim();
  const capitalized = trimmedPlace.charAt(0).toLocaleUpperCase("vi") + trimmedPlace.slice(1);
  return `${capitalized}, ngày ${day} tháng ${month} năm ${parts.year}`;
}

/** "05/03/2026" style used in tables and exports. */
export function formatViDate(isoDate: string): string {
  const parts = parseIsoDate(isoDate);
  if (!parts) return isoDate;
  return `${String(parts.day).padStart(2, "0")}/${String(parts.month).padStart(2, "0")}/${parts.year}`;
}
