import { describe, expect, it } from "vitest";
import {
  formatPeriod,
  isoWeeksInYear,
  isValidPeriodCode,
  parsePeriod,
  periodFromParts,
  periodParts,
  periodType,
  tryParsePeriod,
} from "./period-codes";
import { PeriodError } from "./period-error";

describe("parsePeriod", () => {
  it.each([
    ["20250615", "day", "2025-06-15", "2025-06-15"],
    ["20240229", "day", "2024-02-29", "2024-02-29"],
    ["2025W23", "week", "2025-06-02", "2025-06-08"],
    ["202506", "month", "2025-06-01", "2025-06-30"],
    ["202402", "month", "2024-02-01", "2024-02-29"],
    ["202502", "month", "2025-02-01", "2025-02-28"],
    ["2025Q1", "quarter", "2025-01-01", "2025-03-31"],
    ["2025Q2", "quarter", "2025-04-01", "2025-06-30"],
    ["2025Q4", "quarter", "2025-10-01", "2025-12-31"],
    ["2025S1", "sixmonth", "2025-01-01", "2025-06-30"],
    ["2025S2", "sixmonth", "2025-07-01", "2025-12-31"],
    ["2025N9", "ninemonth", "2025-01-01", "2025-09-30"],
    ["2025", "year", "2025-01-01", "2025-12-31"],
  ])("%s is a %s from %s to %s", (code, type, start, end) => {
    expect(parsePeriod(code)).toEqual({ code, type, start, end });
  });

  it("accepts spaces, lower case and unpadded weeks, and returns the canonical code", () => {
    expect(parsePeriod(" 2025q2 ").code).toBe("2025Q2");
    expect(parsePeriod("2025w5").code).toBe("2025W05");
    expect(parsePeriod("2025s1").code).toBe("2025S1");
    expect(parsePeriod("2025n9").code).toBe("2025N9");
  });

  it.each([
    ["202513", "tháng phải từ 01 đến 12"],
    ["202500", "tháng phải từ 01 đến 12"],
    ["2025Q5", "quý phải từ 1 đến 4"],
    ["2025Q0", "quý phải từ 1 đến 4"],
    ["20250231", "tháng 2/2025 chỉ có 28 ngày"],
    ["20230229", "tháng 2/2023 chỉ có 28 ngày"],
    ["20250431", "tháng 4/2025 chỉ có 30 ngày"],
    ["2025W53", "năm 2025 có 52 tuần"],
    ["2025W00", "năm 2025 có 52 tuần"],
    ["2025S3", "S1 (6 tháng đầu năm) hoặc S2"],
    ["2025N6", "chỉ có N9"],
    ["1899", "năm phải từ 1900 đến 2199"],
    ["2025-06", "dùng một trong các dạng"],
    ["Q2/2025", "dùng một trong các dạng"],
    ["2025H1", "dùng một trong các dạng"],
    ["abc", "dùng một trong các dạng"],
  ])("rejects %s with PERIOD_INVALID and a Vietnamese reason", (code, reason) => {
    let caught: unknown;
    try {
      parsePeriod(code);
    } catch (error) {
      caught = error;
    }
    expect(caught).toBeInstanceOf(PeriodError);
    expect((caught as PeriodError).code).toBe("PERIOD_INVALID");
    expect((caught as PeriodError).message).toContain(reason);
    expect((caught as PeriodError).message).toContain("không hợp lệ");
  });

  it("rejects empty and over-long input", () => {
    expect(() => parsePeriod("")).toThrow("Mã kỳ không được để trống.");
    expect(() => parsePeriod("   ")).toThrow(PeriodError);
    expect(() => parsePeriod("2".repeat(100))).toThrow("quá dài");
    expect(() => parsePeriod(undefined as unknown as string)).toThrow(PeriodError);
  });

  it("tryParsePeriod and isValidPeriodCode never throw", () => {
    expect(tryParsePeriod("2025Q5")).toBeUndefined();
    expect(tryParsePeriod("2025Q3")?.start).toBe("2025-07-01");
    expect(isValidPeriodCode("20250229")).toBe(false);
    expect(isValidPeriodCode("20240229")).toBe(true);
  });

  it("periodType reads the type of a code", () => {
    expect(periodType("20250615")).toBe("day");
    expect(periodType("2025W23")).toBe("week");
    expect(periodType("202506")).toBe("month");
    expect(periodType("2025Q2")).toBe("quarter");
    expect(periodType("2025S2")).toBe("sixmonth");
    expect(periodType("2025N9")).toBe("ninemonth");
    expect(periodType("2025")).toBe("year");
    expect(() => periodType("2025X1")).toThrow(PeriodError);
  });
});

describe("ISO weeks", () => {
  it.each([
    // Years whose 1 January is a Thursday, or a Wednesday in a leap year, have 53 weeks.
    [2015, 53],
    [2019, 52],
    [2020, 53],
    [2021, 52],
    [2024, 52],
    [2025, 52],
    [2026, 53],
    [2032, 53],
    [2037, 53],
  ])("%i has %i weeks", (year, weeks) => {
    expect(isoWeeksInYear(year)).toBe(weeks);
  });

  it.each([
    ["2020W53", "2020-12-28", "2021-01-03"],
    ["2026W53", "2026-12-28", "2027-01-03"],
    ["2021W01", "2021-01-04", "2021-01-10"],
    ["2025W01", "2024-12-30", "2025-01-05"],
    ["2026W01", "2025-12-29", "2026-01-04"],
    ["2027W01", "2027-01-04", "2027-01-10"],
    ["2009W53", "2009-12-28", "2010-01-03"],
  ])("%s runs Monday %s to Sunday %s", (code, start, end) => {
    expect(parsePeriod(code)).toMatchObject({ start, end });
  });

  it("refuses week 53 in a 52-week year", () => {
    expect(() => parsePeriod("2021W53")).toThrow("năm 2021 có 52 tuần");
  });
});

describe("formatPeriod and periodParts", () => {
  it("formats parts to canonical codes", () => {
    expect(formatPeriod({ type: "day", year: 2025, month: 6, day: 5 })).toBe("20250605");
    expect(formatPeriod({ type: "week", year: 2025, week: 3 })).toBe("2025W03");
    expect(formatPeriod({ type: "month", year: 2025, month: 6 })).toBe("202506");
    expect(formatPeriod({ type: "quarter", year: 2025, quarter: 2 })).toBe("2025Q2");
    expect(formatPeriod({ type: "sixmonth", year: 2025, half: 2 })).toBe("2025S2");
    expect(formatPeriod({ type: "ninemonth", year: 2025 })).toBe("2025N9");
    expect(formatPeriod({ type: "year", year: 2025 })).toBe("2025");
  });

  it("formats a Period from its type and dates, refusing inconsistent ones", () => {
    expect(formatPeriod({ code: "ignored", type: "quarter", start: "2025-04-01", end: "2025-06-30" })).toBe(
      "2025Q2",
    );
    expect(() =>
      formatPeriod({ code: "2025Q2", type: "quarter", start: "2025-04-02", end: "2025-06-30" }),
    ).toThrow(PeriodError);
    expect(() =>
      formatPeriod({ code: "2025Q2", type: "quarter", start: "2025-04-01", end: "2025-07-31" }),
    ).toThrow(PeriodError);
  });

  it("validates parts", () => {
    expect(() => formatPeriod({ type: "month", year: 2025, month: 13 })).toThrow("tháng phải từ 01 đến 12");
    expect(() => formatPeriod({ type: "quarter", year: 2025.5, quarter: 1 })).toThrow("năm phải từ");
    expect(() => periodFromParts({ type: "day", year: 2025, month: 2, day: 29 })).toThrow("chỉ có 28 ngày");
  });

  it("periodParts gives the numbers behind a code, with the ISO week-year for weeks", () => {
    expect(periodParts("2020W53")).toEqual({ type: "week", year: 2020, week: 53 });
    expect(periodParts("20250615")).toEqual({ type: "day", year: 2025, month: 6, day: 15 });
    expect(periodParts("2025S2")).toEqual({ type: "sixmonth", year: 2025, half: 2 });
  });

  it("canonical codes of one type sort chronologically as text", () => {
    const weeks = ["2025W10", "2025W09", "2024W52", "2025W01"].map((code) => parsePeriod(code));
    const byCode = [...weeks].sort((a, b) => (a.code < b.code ? -1 : 1)).map((p) => p.code);
    const byStart = [...weeks].sort((a, b) => (a.start < b.start ? -1 : 1)).map((p) => p.code);
    expect(byCode).toEqual(byStart);
  });
});
