import { describe, expect, it } from "vitest";
import { addDays, isoWeekday } from "../periods/iso-date";
import { HolidayCalendar, HolidayCalendarError } from "./holiday-calendar";
import { tetSchedule } from "./vietnam-holidays";

const calendar = new HolidayCalendar();

/** Monday–Friday dates of `year` that are not working days. */
function weekdaysOff(cal: HolidayCalendar, year: number): string[] {
  const result: string[] = [];
  for (let date = `${year}-01-01`; date.startsWith(String(year)); date = addDays(date, 1)) {
    if (isoWeekday(date) <= 5 && !cal.isWorkingDay(date)) result.push(date.slice(5));
  }
  return result;
}

describe("working days lost to holidays, as announced for civil servants", () => {
  it.each([
    [2020, ["01-01", "01-23", "01-24", "01-27", "01-28", "01-29", "04-02", "04-30", "05-01", "09-02"], []],
    [
      2021,
      ["01-01", "02-10", "02-11", "02-12", "02-15", "02-16", "04-21", "04-30", "05-03", "09-02", "09-03"],
      [],
    ],
    [
      2022,
      ["01-03", "01-31", "02-01", "02-02", "02-03", "02-04", "04-11", "05-02", "05-03", "09-01", "09-02"],
      [],
    ],
    [
      2023,
      ["01-02", "01-20", "01-23", "01-24", "01-25", "01-26", "05-01", "05-02", "05-03", "09-01", "09-04"],
      [],
    ],
    [
      2024,
      [
        "01-01",
        "02-08",
        "02-09",
        "02-12",
        "02-13",
        "02-14",
        "04-18",
        "04-29",
        "04-30",
        "05-01",
        "09-02",
        "09-03",
      ],
      ["2024-05-04"],
    ],
    [
      2025,
      [
        "01-01",
        "01-27",
        "01-28",
        "01-29",
        "01-30",
        "01-31",
        "04-07",
        "04-30",
        "05-01",
        "05-02",
        "09-01",
        "09-02",
      ],
      ["2025-04-26"],
    ],
    [
      2026,
      // 2/9/2026 is a Wednesday; no announcement yet, so the second day comes from the rule (3/9).
      [
        "01-01",
        "01-02",
        "02-16",
        "02-17",
        "02-18",
        "02-19",
        "02-20",
        "04-27",
        "04-30",
        "05-01",
        "09-02",
        "09-03",
      ],
      ["2026-01-10"],
    ],
  ])("%i", (year, expectedOff, makeUp) => {
    expect(weekdaysOff(calendar, year)).toEqual(expectedOff);
    expect(calendar.makeUpWorkingDaysOf(year)).toEqual(makeUp);
    for (const date of makeUp) {
      expect(isoWeekday(date)).toBe(6);
      expect(calendar.isWorkingDay(date)).toBe(true);
    }
  });

  it("counts 250 working days in 2025 and in 2026", () => {
    expect(calendar.workingDaysBetween("2025-01-01", "2025-12-31")).toBe(250);
    expect(calendar.workingDaysBetween("2026-01-01", "2026-12-31")).toBe(250);
    expect(calendar.workingDaysBetween("2026-01-02", "2026-01-01")).toBe(0);
  });

  it("names the days off", () => {
    expect(calendar.holidayOn("2025-04-07")?.name).toBe("Giỗ Tổ Hùng Vương (10/3 âm lịch)");
    expect(calendar.holidayOn("2022-04-11")).toMatchObject({ kind: "compensatory" });
    expect(calendar.holidayOn("2022-04-11")?.name).toContain("Nghỉ bù Giỗ Tổ");
    expect(calendar.holidayOn("2025-05-02")).toMatchObject({ kind: "swap" });
    expect(calendar.holidayOn("2026-02-14")).toMatchObject({ name: "Tết Nguyên đán" });
    expect(calendar.holidayOn("2025-06-02")).toBeUndefined();
    expect(calendar.isHoliday("2025-09-02")).toBe(true);
    const names = calendar.holidaysOf(2025).map((h) => h.name);
    expect(names).toContain("Quốc khánh (ngày liền kề)");
  });
});

describe("default rule for years without an announcement", () => {
  it.each([
    // year, Mùng 1, break from, break to
    [2027, "2027-02-06", "2027-02-05", "2027-02-11"],
    [2028, "2028-01-26", "2028-01-25", "2028-01-31"],
    [2029, "2029-02-13", "2029-02-10", "2029-02-18"],
    [2030, "2030-02-02", "2030-02-01", "2030-02-07"],
    [2035, "2035-02-08", "2035-02-07", "2035-02-13"],
  ])("Tết %i (mùng 1 %s) runs %s to %s with five working days off", (year, mung1, from, to) => {
    const schedule = tetSchedule(year);
    expect(schedule).toMatchObject({ lunarNewYear: mung1, from, to, status: "rule" });
    let weekdays = 0;
    for (let date = from; date <= to; date = addDays(date, 1)) {
      expect(calendar.isWorkingDay(date)).toBe(false);
      if (isoWeekday(date) <= 5) weekdays++;
    }
    expect(weekdays).toBe(5);
  });

  it("every year from 2027 to 2060 loses exactly five working days to Tết", () => {
    for (let year = 2027; year <= 2060; year++) {
      const { from, to } = calendar.tetSchedule(year);
      let weekdays = 0;
      for (let date = from; date <= to; date = addDays(date, 1)) if (isoWeekday(date) <= 5) weekdays++;
      expect(weekdays, `Tết ${year}`).toBe(5);
    }
  });

  it("reproduces the 2021–2025 National Day choices without the announced data", () => {
    const ruleOnly = new HolidayCalendar({ useAnnouncedSchedules: false });
    const nationalDays = (year: number) =>
      ruleOnly
        .holidaysOf(year)
        .filter((h) => h.date.slice(5, 7) === "09")
        .map((h) => h.date.slice(5));
    expect(nationalDays(2021)).toEqual(["09-02", "09-03"]);
    expect(nationalDays(2022)).toEqual(["09-01", "09-02"]);
    expect(nationalDays(2023)).toEqual(["09-01", "09-02", "09-04"]);
    expect(nationalDays(2024)).toEqual(["09-02", "09-03"]);
    expect(nationalDays(2025)).toEqual(["09-01", "09-02"]);
    // Without the announcement the 2024 swap of 29/04 disappears.
    expect(ruleOnly.isWorkingDay("2024-04-29")).toBe(true);
    expect(ruleOnly.isWorkingDay("2024-05-04")).toBe(false);
  });

  it("compensates a holiday that falls on a weekend with the next working day", () => {
    // 2028: Giỗ Tổ 04/04 (Tue), 30/04 Sunday → Tuesday 02/05 (Monday 01/05 is itself a holiday).
    expect(calendar.holidayOn("2028-05-02")).toMatchObject({ kind: "compensatory" });
    // 01/01/2028 is a Saturday → Monday 03/01; 01/01/2027 is a Friday → nothing to compensate.
    expect(calendar.holidayOn("2028-01-03")).toMatchObject({ kind: "compensatory" });
    expect(calendar.isWorkingDay("2027-01-04")).toBe(true);
  });

  it("supports an extra annual holiday such as Ngày Văn hóa Việt Nam (24/11)", () => {
    const withCultureDay = new HolidayCalendar({
      additionalAnnualHolidays: [{ month: 11, day: 24, name: "Ngày Văn hóa Việt Nam", fromYear: 2026 }],
    });
    expect(withCultureDay.isWorkingDay("2026-11-24")).toBe(false);
    expect(withCultureDay.isWorkingDay("2025-11-24")).toBe(true);
    // 24/11/2029 is a Saturday: compensated on Monday 26/11.
    expect(withCultureDay.holidayOn("2029-11-26")?.name).toBe("Nghỉ bù Ngày Văn hóa Việt Nam");
  });
});

describe("per-year overrides", () => {
  const custom = new HolidayCalendar({
    overrides: [
      {
        year: 2026,
        add: [{ date: "2026-09-03", name: "Quốc khánh (ngày liền kề)" }, "2026-12-31"],
        remove: ["2026-09-01"],
        workingDays: ["2026-09-12"],
      },
      { year: 2027, tet: { from: "2027-02-04", to: "2027-02-10" } },
    ],
  });

  it("adds, removes and makes weekends working days", () => {
    expect(custom.isWorkingDay("2026-09-01")).toBe(true);
    expect(custom.isWorkingDay("2026-09-03")).toBe(false);
    expect(custom.holidayOn("2026-12-31")).toMatchObject({
      kind: "custom",
      name: "Ngày nghỉ theo quyết định",
    });
    expect(custom.isWorkingDay("2026-09-12")).toBe(true);
    expect(calendar.isWorkingDay("2026-09-12")).toBe(false);
  });

  it("replaces the Tết break of a year", () => {
    expect(custom.tetSchedule(2027)).toMatchObject({
      from: "2027-02-04",
      to: "2027-02-10",
      status: "announced",
    });
    expect(custom.isWorkingDay("2027-02-04")).toBe(false);
    expect(custom.isWorkingDay("2027-02-11")).toBe(true);
    expect(calendar.isWorkingDay("2027-02-11")).toBe(false);
  });

  it.each([
    [{ year: 2026, add: ["2025-12-31"] }, "không thuộc năm 2026"],
    [{ year: 2026, add: ["2026-02-30"] }, "không có trên lịch"],
    [{ year: 2026, remove: ["31/12/2026"] }, "YYYY-MM-DD"],
    [{ year: 2026, add: [{ date: "2026-03-01", name: " " }] }, "phải có tên"],
    [{ year: 2026, tet: { from: "2026-02-22", to: "2026-02-14" } }, "không hợp lệ"],
    [{ year: 1800 }, "từ 1900 đến 2199"],
  ])("rejects %j", (override, message) => {
    expect(() => new HolidayCalendar({ overrides: [override as never] })).toThrow(message);
  });

  it("rejects an unusable weekend", () => {
    expect(() => new HolidayCalendar({ weekendDays: [1, 2, 3, 4, 5, 6, 7] })).toThrow(HolidayCalendarError);
    expect(() => new HolidayCalendar({ weekendDays: [0] })).toThrow(HolidayCalendarError);
  });
});

describe("addWorkingDays across year ends and Tết", () => {
  it.each([
    // Cut-off on Saturday 14/02/2026, the first day of the Tết Bính Ngọ break (mùng 1 = 17/02/2026).
    ["2026-02-14", 2, "2026-02-24"],
    ["2026-02-13", 1, "2026-02-23"],
    ["2026-02-12", 1, "2026-02-13"],
    // Year end 2025 → 2026: 01/01 holiday, 02/01 swapped, then the weekend.
    ["2025-12-31", 1, "2026-01-05"],
    ["2025-12-31", 2, "2026-01-06"],
    // Saturday 10/01/2026 is a make-up working day.
    ["2026-01-09", 1, "2026-01-10"],
    ["2024-12-31", 1, "2025-01-02"],
    // Tết Ất Tỵ: 25/01–02/02/2025.
    ["2025-01-24", 1, "2025-02-03"],
    ["2025-01-24", 2, "2025-02-04"],
    // Yearly cut-off 14/12/2025 is a Sunday.
    ["2025-12-14", 2, "2025-12-16"],
    // 29/04–03/05/2023.
    ["2023-04-28", 1, "2023-05-04"],
    // Backwards and zero.
    ["2026-02-23", -1, "2026-02-13"],
    ["2026-01-05", -2, "2025-12-30"],
    ["2026-02-17", 0, "2026-02-17"],
  ])("%s + %i working days = %s", (date, n, expected) => {
    expect(calendar.addWorkingDays(date, n)).toBe(expected);
  });

  it("helpers around it", () => {
    expect(calendar.nextWorkingDay("2026-02-13")).toBe("2026-02-23");
    expect(calendar.previousWorkingDay("2026-02-23")).toBe("2026-02-13");
    expect(calendar.workingDayOnOrAfter("2026-02-18")).toBe("2026-02-23");
    expect(calendar.workingDayOnOrAfter("2026-02-23")).toBe("2026-02-23");
  });

  it("rejects bad counts and dates", () => {
    expect(() => calendar.addWorkingDays("2026-01-01", 1.5)).toThrow(
      expect.objectContaining({ code: "WORKING_DAY_COUNT_INVALID" }),
    );
    expect(() => calendar.addWorkingDays("2026-01-01", 1e9)).toThrow(HolidayCalendarError);
    expect(() => calendar.isWorkingDay("2026-02-29")).toThrow(
      expect.objectContaining({ code: "DATE_INVALID" }),
    );
    expect(() => calendar.isWorkingDay("2300-01-01")).toThrow(
      expect.objectContaining({ code: "HOLIDAY_YEAR_OUT_OF_RANGE" }),
    );
  });
});
