import { z } from "zod";

// Names and titles officials type: letters in any script, digits, spaces and ordinary punctuation.
// Markup, statement separators and control characters are refused with a clear message rather than
// stored and escaped later: a name with "<script>" or "; drop table" is a mistake or an attack.
const FORBIDDEN = /[<>;`{}\\\u0000-\u001f\u007f]|--/;

export function safeTextProblem(s: string): string | undefined {
  if (FORBIDDEN.test(s)) return "Không được chứa ký tự đặc biệt < > ; ` { } \\, chuỗi -- hoặc ký tự điều khiển.";
  return undefined;
}

export const safeName = (max = 300) =>
  z
    .string()
    .trim()
    .min(1, "Không được để trống.")
    .max(max)
    .refine((s) => !FORBIDDEN.test(s), { message: "Không được chứa ký tự đặc biệt < > ; ` { } \\, -- hoặc ký tự điều khiển." });

export const CODE_PATTERN = /^[A-Za-z0-9][A-Za-z0-9_.-]{0,49}$/;
export const codeString = () =>
  z.string().trim().regex(CODE_PATTERN, "Mã chỉ gồm chữ không dấu, số, dấu chấm, gạch ngang, gạch dưới (tối đa 50 ký tự).");

export const isoDate = () =>
  z
    .string()
    .regex(/^\d{4}-\d{2}-\d{2}$/, "Ngày phải có dạng YYYY-MM-DD.")
    .refine((s) => isValidIsoDate(s), { message: "Ngày không tồn tại." });

export function isValidIsoDate(s: string): boolean {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(s);
  if (!m) return false;
  const d = new Date(Date.UTC(+m[1], +m[2] - 1, +m[3]));
  return d.getUTCFullYear() === +m[1] && d.getUTCMonth() === +m[2] - 1 && d.getUTCDate() === +m[3];
}
