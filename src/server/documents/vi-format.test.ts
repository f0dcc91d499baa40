import fc from "fast-check";
import { describe, expect, it } from "vitest";
import {
  formatNd30DateLine,
  formatViDate,
  formatViNumber,
  formatViPercent,
  parseIsoDate,
  parseViNumber,
} from "./vi-format";

describe("formatViNumber", () => {
  it("groups thousands with dots and uses a decimal comma", () => {
    expect(formatViNumber(1234.5)).toBe("1.234,5");
    expect(formatViNumber(1234567)).toBe("1.234.567");
    expect(formatViNumber(-1234567.891)).toBe("-1.234.567,89");
    expect(formatViNumber(0)).toBe("0");
    expect(formatViNumber(999)).toBe("999");
    expect(formatViNumber(1000)).toBe("1.000");
  });

  it("pads to fixed decimals or trims trailing zeros", () => {
    expect(formatViNumber(82, { decimals: 1 })).toBe("82,0");
    expect(formatViNumber(1.005, { maxDecimals: 3 })).toBe("1,005");
    expect(formatViNumber(2.5, { maxDecimals: 0 })).toBe("3");
    expect(formatViNumber(-0.001)).toBe("0");
    expect(formatViNumber(Number.NaN)).toBe("");
    expect(formatViPercent(87.456)).toBe("87,46%");
  });

  it("round-trips through parseViNumber", () => {
    fc.assert(
      fc.property(fc.integer({ min: -1e12, max: 1e12 }), fc.integer({ min: 0, max: 99 }), (whole, cents) => {
        const value = whole + (Math.sign(whole || 1) * cents) / 100;
        expect(parseViNumber(formatViNumber(value))).toBeCloseTo(value, 2);
      }),
    );
  });
});

describe("parseViNumber", () => {
  it("reads Vietnamese and machine notations", () => {
    expect(parseViNumber("1.234,5")).toBe(1234.5);
    expect(parseViNumber(" 1.234 ")).toBe(1234);
    expect(parseViNumber("1234,5")).toBe(1234.5);
    expect(parseViNumber("1234.5")).toBe(1234.5);
    expect(parseViNumber("-12")).toBe(-12);
    expect(parseViNumber("12 345")).toBe(12345);
    expect(parseViNumber("abc")).toBeNull();
    expect(parseViNumber("1.2.3")).toBeNull();
    expect(parseViNumber("")).toBeNull();
  });
});

describe("NĐ 30 date line", () => {
  it("pads days below 10 and the months 1 and 2 only", () => {
    expect(formatNd30DateLine("Bắc Giang", "2026-03-05")).toBe("Bắc Giang, ngày 05 tháng 3 năm 2026");
    expect(formatNd30DateLine("Bắc Giang", "2026-02-15")).toBe("Bắc Giang, ngày 15 tháng 02 năm 2026");
    expect(formatNd30DateLine("hà Nội", "2025-01-01")).toBe("Hà Nội, ngày 01 tháng 01 năm 2025");
    expect(formatNd30DateLine("Đồng Tháp", "2024-12-31")).toBe("Đồng Tháp, ngày 31 tháng 12 năm 2024");
  });

  it("rejects impossible dates", () => {
    expect(() => formatNd30DateLine("Bắc Giang", "2026-02-30")).toThrow(/không hợp lệ/);
    expect(() => formatNd30DateLine("Bắc Giang", "05/03/2026")).toThrow(/YYYY-MM-DD/);
    expect(parseIsoDate("2024-02-29")).toEqual({ year: 2024, month: 2, day: 29 });
    expect(parseIsoDate("2025-02-29")).toBeNull();
    expect(formatViDate("2026-03-05")).toBe("05/03/2026");
  });
});
