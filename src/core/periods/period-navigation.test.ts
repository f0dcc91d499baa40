import { describe, expect, it } from "vitest";
import { PeriodError } from "./period-error";
import {
  comparePeriods,
  nextPeriod,
  periodForDate,
  periodFraction,
  periodLength,
  periodsBetween,
  periodsOfTypeInYear,
  previousPeriod,
  samePeriodLastYear,
} from "./period-navigation";

const codes = (list: { code: string }[]) => list.map((p) => p.code);

describe("periodForDate", () => {
  it.each([
    ["2025-06-15", "day", "20250615"],
    ["2025-06-15", "week", "2025W24"],
    ["2025-06-15", "month", "202506"],
    ["2025-06-15", "quarter", "2025Q2"],
    ["2025-06-30", "sixmonth", "2025S1"],
    ["2025-07-01", "sixmonth", "2025S2"],
    ["2025-09-30", "ninemonth", "2025N9"],
    ["2025-12-31", "year", "2025"],
    // ISO week-years differ from calendar years around New Year.
    ["2021-01-01", "week", "2020W53"],
    ["2027-01-03", "week", "2026W53"],
    ["2024-12-30", "week", "2025W01"],
    ["2019-12-30", "week", "2020W01"],
  ] as const)("%s in %s is %s", (date, type, code) => {
    expect(periodForDate(date, type).code).toBe(code);
  });

  it("has no nine-month period for October to December", () => {
    expect(() => periodForDate("2025-10-01", "ninemonth")).toThrow(/không thuộc kỳ 9 tháng nào/);
  });

  it("rejects bad dates and types", () => {
    expect(() => periodForDate("2025-02-30", "month")).toThrow(PeriodError);
    expect(() => periodForDate("15/06/2025", "month")).toThrow(/YYYY-MM-DD/);
    expect(() => periodForDate("2025-06-15", "fortnight" as never)).toThrow(/không được hỗ trợ/);
  });
});

describe("next and previous", () => {
  it.each([
    ["20251231", "20260101"],
    ["20240228", "20240229"],
    ["2020W52", "2020W53"],
    ["2020W53", "2021W01"],
    ["2026W53", "2027W01"],
    ["202512", "202601"],
    ["2025Q4", "2026Q1"],
    ["2025S1", "2025S2"],
    ["2025S2", "2026S1"],
    ["2025N9", "2026N9"],
    ["2025", "2026"],
  ])("after %s comes %s", (code, next) => {
    expect(nextPeriod(code).code).toBe(next);
    expect(previousPeriod(next).code).toBe(code);
  });

  it("stops at the supported year range", () => {
    expect(() => previousPeriod("1900")).toThrow(PeriodError);
    expect(() => nextPeriod("2199Q4")).toThrow(PeriodError);
  });
});

describe("samePeriodLastYear", () => {
  it.each([
    ["20250615", "20240615"],
    ["20240229", "20230228"],
    ["2021W53", null],
    ["2021W10", "2020W10"],
    ["2021W52", "2020W52"],
    ["202506", "202406"],
    ["2025Q2", "2024Q2"],
    ["2025S2", "2024S2"],
    ["2025N9", "2024N9"],
    ["2025", "2024"],
  ])("%s a year earlier is %s", (code, expected) => {
    if (expected === null) {
      expect(() => samePeriodLastYear(code)).toThrow(PeriodError);
    } else {
      expect(samePeriodLastYear(code).code).toBe(expected);
    }
  });

  it("maps week 53 to week 52 when the earlier year has none", () => {
    expect(samePeriodLastYear("2026W53").code).toBe("2025W52");
    expect(samePeriodLastYear("2021W01").code).toBe("2020W01");
  });
});

describe("periodsBetween", () => {
  it("lists both ends and everything between", () => {
    expect(codes(periodsBetween("202511", "202602"))).toEqual(["202511", "202512", "202601", "202602"]);
    expect(codes(periodsBetween("2025Q3", "2026Q1"))).toEqual(["2025Q3", "2025Q4", "2026Q1"]);
    expect(codes(periodsBetween("2020W52", "2021W02"))).toEqual(["2020W52", "2020W53", "2021W01", "2021W02"]);
    expect(codes(periodsBetween("2023N9", "2025N9"))).toEqual(["2023N9", "2024N9", "2025N9"]);
    expect(codes(periodsBetween("2025", "2025"))).toEqual(["2025"]);
  });

  it("is empty when the range is reversed", () => {
    expect(periodsBetween("202603", "202601")).toEqual([]);
  });

  it("refuses mixed types and huge ranges", () => {
    expect(() => periodsBetween("202501", "2025Q2")).toThrow(
      expect.objectContaining({ code: "PERIOD_TYPE_MISMATCH" }),
    );
    expect(() => periodsBetween("19000101", "21991231")).toThrow(
      expect.objectContaining({ code: "PERIOD_RANGE_TOO_LARGE" }),
    );
  });
});

describe("periodsOfTypeInYear", () => {
  it("counts the periods of each type", () => {
    expect(periodsOfTypeInYear(2024, "day")).toHaveLength(366);
    expect(periodsOfTypeInYear(2025, "day")).toHaveLength(365);
    expect(periodsOfTypeInYear(2025, "week")).toHaveLength(52);
    expect(periodsOfTypeInYear(2026, "week")).toHaveLength(53);
    expect(codes(periodsOfTypeInYear(2025, "quarter"))).toEqual(["2025Q1", "2025Q2", "2025Q3", "2025Q4"]);
    expect(codes(periodsOfTypeInYear(2025, "sixmonth"))).toEqual(["2025S1", "2025S2"]);
    expect(codes(periodsOfTypeInYear(2025, "ninemonth"))).toEqual(["2025N9"]);
    expect(codes(periodsOfTypeInYear(2025, "year"))).toEqual(["2025"]);
    expect(periodsOfTypeInYear(2025, "month")[11].code).toBe("202512");
  });

  it("lists ISO weeks of the week-year", () => {
    const weeks = periodsOfTypeInYear(2026, "week");
    expect(weeks[0]).toMatchObject({ code: "2026W01", start: "2025-12-29" });
    expect(weeks[52]).toMatchObject({ code: "2026W53", end: "2027-01-03" });
  });
});

describe("comparePeriods", () => {
  it("orders by start, then length", () => {
    const sorted = ["2025", "202501", "2025Q1", "2024Q4", "20250101"].sort(comparePeriods);
    expect(sorted).toEqual(["2024Q4", "20250101", "202501", "2025Q1", "2025"]);
  });
});

describe("periodFraction", () => {
  it.each([
    ["202506", "2025-05-31", 0],
    ["202506", "2025-06-01", 1 / 30],
    ["202506", "2025-06-15", 0.5],
    ["202506", "2025-06-30", 1],
    ["202506", "2025-07-01", 1],
    ["2024", "2024-07-01", 183 / 366],
    ["2025Q1", "2025-02-14", 45 / 90],
    ["20250615", "2025-06-15", 1],
  ])("%s as of %s is %d", (code, asOf, fraction) => {
    expect(periodFraction(code, asOf)).toBeCloseTo(fraction, 12);
  });

  it("rejects a bad as-of date", () => {
    expect(() => periodFraction("202506", "2025-06-31")).toThrow(PeriodError);
  });

  it("knows period lengths", () => {
    expect(periodLength("2024")).toBe(366);
    expect(periodLength("2025N9")).toBe(273);
    expect(periodLength("2025W01")).toBe(7);
  });
});
