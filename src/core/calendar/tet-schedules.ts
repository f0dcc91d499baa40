/**
 * Data: lunar new year dates and the days off that the Government announced for civil servants
 * (công chức, viên chức; Saturday and Sunday are their weekly rest days).
 *
 * The Labour Code 2019 (Điều 112) gives five days of Tết, but the Government decides each year
 * which five and often swaps working days, so announced years are data, not a rule. Years not
 * listed in TET_DAYS_OFF_ANNOUNCED fall back to the default rule in vietnam-holidays.ts (last day
 * of the lunar year to mùng 4, plus compensatory days) until a decision is added, either here or
 * through a HolidayCalendar override.
 *
 * Mùng 1 Tết is hard-coded for 2020–2035 and checked against the astronomical computation in
 * lunar-calendar.ts by the tests. Vietnam (UTC+7) and China (UTC+8) differ in some years: 2030
 * starts on 02/02 in Vietnam (new moon at 23:07 Hà Nội time) but on 03/02 in China.
 */

export const LUNAR_NEW_YEAR_DATES: Readonly<Record<number, string>> = Object.freeze({
  2020: "2020-01-25",
  2021: "2021-02-12",
  2022: "2022-02-01",
  2023: "2023-01-22",
  2024: "2024-02-10",
  2025: "2025-01-29",
  2026: "2026-02-17",
  2027: "2027-02-06",
  2028: "2028-01-26",
  2029: "2029-02-13",
  2030: "2030-02-02",
  2031: "2031-01-23",
  2032: "2032-02-11",
  2033: "2033-01-31",
  2034: "2034-02-19",
  2035: "2035-02-08",
});

export interface AnnouncedTetDaysOff {
  /** First and last day of the break, weekends included. */
  from: string;
  to: string;
  /** Weekend days worked to pay back a swapped working day (làm bù). */
  makeUpWorkingDays: readonly string[];
  source: string;
}

export const TET_DAYS_OFF_ANNOUNCED: Readonly<Record<number, AnnouncedTetDaysOff>> = Object.freeze({
  2020: {
    from: "2020-01-23",
    to: "2020-01-29",
    makeUpWorkingDays: [],
    source: "Thông báo của Bộ LĐ-TB&XH theo ý kiến Thủ tướng: 29 tháng Chạp Kỷ Hợi đến hết mùng 5 Canh Tý",
  },
  2021: {
    from: "2021-02-10",
    to: "2021-02-16",
    makeUpWorkingDays: [],
    source: "Thông báo của Bộ LĐ-TB&XH: 29 tháng Chạp Canh Tý đến hết mùng 5 Tân Sửu",
  },
  2022: {
    from: "2022-01-29",
    to: "2022-02-06",
    makeUpWorkingDays: [],
    source: "Thông báo của Bộ LĐ-TB&XH: 27 tháng Chạp Tân Sửu đến hết mùng 6 Nhâm Dần",
  },
  2023: {
    from: "2023-01-20",
    to: "2023-01-26",
    makeUpWorkingDays: [],
    source:
      "Thông báo của Bộ LĐ-TB&XH theo ý kiến Phó Thủ tướng: 29 tháng Chạp Nhâm Dần đến hết mùng 5 Quý Mão",
  },
  2024: {
    from: "2024-02-08",
    to: "2024-02-14",
    makeUpWorkingDays: [],
    source: "Thông báo của Bộ LĐ-TB&XH: 29 tháng Chạp Quý Mão đến hết mùng 5 Giáp Thìn",
  },
  2025: {
    from: "2025-01-25",
    to: "2025-02-02",
    makeUpWorkingDays: [],
    source: "Công văn 8726/VPCP-KGVX ngày 26/11/2024: nghỉ 27/01–31/01/2025 và hai cuối tuần liền kề",
  },
  2026: {
    from: "2026-02-14",
    to: "2026-02-22",
    makeUpWorkingDays: [],
    source: "Phương án Bộ Nội vụ được chấp thuận: 27 tháng Chạp Ất Tỵ đến hết mùng 6 Bính Ngọ",
  },
});

export interface AnnouncedSwap {
  /** A working day given off to bridge a holiday (hoán đổi). */
  dayOff: string;
  /** The weekend day worked instead (làm bù). */
  makeUpWorkingDay: string;
  occasion: string;
  source: string;
}

/** Announced swaps outside Tết. Compensatory days (nghỉ bù) follow from the rule and are not listed. */
export const ANNOUNCED_SWAPS: readonly AnnouncedSwap[] = Object.freeze([
  {
    dayOff: "2024-04-29",
    makeUpWorkingDay: "2024-05-04",
    occasion: "30/4 và 1/5",
    source: "Công văn 2450/VPCP-KGVX ngày 12/4/2024",
  },
  {
    dayOff: "2025-05-02",
    makeUpWorkingDay: "2025-04-26",
    occasion: "30/4 và 1/5",
    source: "Công văn 8726/VPCP-KGVX ngày 26/11/2024",
  },
  {
    dayOff: "2026-01-02",
    makeUpWorkingDay: "2026-01-10",
    occasion: "Tết Dương lịch",
    source: "Công văn 12729/VPCP-KGVX ngày 25/12/2025",
  },
]);
