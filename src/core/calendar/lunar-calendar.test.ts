import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { epochDayOf, fromEpochDay, toEpochDay } from "../periods/iso-date";
import {
  leapMonthOf,
  lunarDateOfEpochDay,
  lunarMonthsAround,
  lunarNewYearEpochDay,
  lunarToEpochDay,
  newMoonJde,
  sunLongitude,
} from "./lunar-calendar";
import { LUNAR_NEW_YEAR_DATES } from "./tet-schedules";

const lunarNewYear = (year: number) => fromEpochDay(lunarNewYearEpochDay(year));

describe("astronomy", () => {
  it("reproduces Meeus' worked example 49.a (new moon of February 1977)", () => {
    expect(newMoonJde(-283)).toBeCloseTo(2443192.65118, 4);
  });

  it("puts the sun at 0°, 90°, 180° and 270° near the equinoxes and solstices of 2025", () => {
    // Instants (TT) of the 2025 March equinox and December solstice, to the minute.
    const marchEquinox = 2460754.8765; // 2025-03-20 09:01 UT
    const decemberSolstice = 2461031.1279; // 2025-12-21 15:03 UT
    const near = (value: number, target: number) =>
      Math.min(Math.abs(value - target), 360 - Math.abs(value - target));
    expect(near(sunLongitude(marchEquinox), 0)).toBeLessThan(0.02);
    expect(near(sunLongitude(decemberSolstice), 270)).toBeLessThan(0.02);
  });
});

describe("lunar new year (mùng 1 Tết)", () => {
  it("the hard-coded table for 2020–2035 agrees with the computation", () => {
    for (const [year, date] of Object.entries(LUNAR_NEW_YEAR_DATES)) {
      expect(lunarNewYear(Number(year)), `Tết ${year}`).toBe(date);
    }
    expect(Object.keys(LUNAR_NEW_YEAR_DATES)).toHaveLength(16);
  });

  it.each([
    // Years where Vietnam (UTC+7) and China (UTC+8) differ.
    [1985, "1985-01-21"],
    [2007, "2007-02-17"],
    [2030, "2030-02-02"],
    // Some ordinary years.
    [2000, "2000-02-05"],
    [2010, "2010-02-14"],
    [2015, "2015-02-19"],
    [2019, "2019-02-05"],
  ])("Tết %i is %s", (year, date) => {
    expect(lunarNewYear(year)).toBe(date);
  });
});

describe("lunar dates", () => {
  it.each([
    [2020, "2020-04-02"],
    [2021, "2021-04-21"],
    [2022, "2022-04-10"],
    [2023, "2023-04-29"],
    [2024, "2024-04-18"],
    [2025, "2025-04-07"],
    [2026, "2026-04-26"],
  ])("Giỗ Tổ Hùng Vương (10/3 âm lịch) %i is %s", (year, date) => {
    expect(fromEpochDay(lunarToEpochDay({ year, month: 3, day: 10, leap: false }) as number)).toBe(date);
  });

  it.each([
    [2020, 4],
    [2023, 2],
    [2025, 6],
    [2028, 5],
  ])("lunar year %i has leap month %i", (year, month) => {
    expect(leapMonthOf(year)).toBe(month);
  });

  it.each([2021, 2022, 2024, 2026, 2027])("lunar year %i has no leap month", (year) => {
    expect(leapMonthOf(year)).toBeUndefined();
  });

  it("knows the last day of the year: Ất Tỵ ends on 29 tháng Chạp (16/02/2026)", () => {
    expect(lunarDateOfEpochDay(toEpochDay("2026-02-16"))).toEqual({
      year: 2025,
      month: 12,
      day: 29,
      leap: false,
    });
    expect(lunarDateOfEpochDay(toEpochDay("2026-02-17"))).toEqual({
      year: 2026,
      month: 1,
      day: 1,
      leap: false,
    });
    expect(lunarToEpochDay({ year: 2025, month: 12, day: 30, leap: false })).toBeUndefined();
    expect(lunarDateOfEpochDay(toEpochDay("2024-02-09"))).toEqual({
      year: 2023,
      month: 12,
      day: 30,
      leap: false,
    });
  });

  it("reads dates in a leap month", () => {
    // 2023 had a leap second month: 22/03/2023 was mùng 1 tháng 2 nhuận.
    expect(lunarDateOfEpochDay(toEpochDay("2023-03-22"))).toEqual({
      year: 2023,
      month: 2,
      day: 1,
      leap: true,
    });
    expect(lunarToEpochDay({ year: 2023, month: 2, day: 1, leap: true })).toBe(toEpochDay("2023-03-22"));
    expect(lunarToEpochDay({ year: 2024, month: 2, day: 1, leap: true })).toBeUndefined();
  });

  it("months are 29 or 30 days and a year holds 12 or 13 of them", () => {
    for (let year = 1990; year <= 2060; year++) {
      const months = lunarMonthsAround(year);
      expect([12, 13]).toContain(months.length);
      for (const month of months) expect([29, 30]).toContain(month.length);
    }
  });

  it("solar → lunar → solar round-trips for every day, and days follow each other", () => {
    const arbDay = fc.integer({ min: epochDayOf(1950, 1, 1), max: epochDayOf(2100, 12, 31) });
    fc.assert(
      fc.property(arbDay, (day) => {
        const lunar = lunarDateOfEpochDay(day);
        expect(lunarToEpochDay(lunar)).toBe(day);
        const next = lunarDateOfEpochDay(day + 1);
        if (next.day !== 1) expect(next).toEqual({ ...lunar, day: lunar.day + 1 });
      }),
      { numRuns: 500 },
    );
  });
});
