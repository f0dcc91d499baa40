import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { defaultHolidayCalendar, HolidayCalendar, parseDeadlineRule } from "../../core/calendar";
import { parsePeriod, periodsBetween } from "../../core/periods";
import {
  cellState,
  dueReminder,
  expectedPeriods,
  indicatorFitsRegime,
  isRegimePeriod,
  narrativeProblem,
  regimeDueOn,
  regimeWindow,
  share,
  timelinessOf,
  windowPeriods,
} from "./regime-rules";
import type { Regime } from "./reports.types";

// Regime-level rules on top of src/core/calendar (which has its own tables): a regime's frequency,
// its cut-off start day and its deadline text, resolved for periods across year ends and Tết.

type Timing = Pick<
  Regime,
  "frequency" | "deadlineRule" | "cutoffStartDay" | "adhocDue" | "startPeriod" | "endPeriod"
>;
const regime = (
  frequency: Regime["frequency"],
  deadlineText: string,
  cutoffStartDay = 15,
  startPeriod = "2024Q1",
): Timing => ({
  frequency,
  deadlineRule: parseDeadlineRule(deadlineText),
  cutoffStartDay,
  adhocDue: null,
  startPeriod,
  endPeriod: null,
});
const cal = defaultHolidayCalendar();

describe("deadline of a regime's period", () => {
  it.each<[string, Regime["frequency"], string, number, string, string]>([
    // The city steering-committee plan: "trước ngày 15 của tháng cuối quý".
    [
      "BCĐ CĐS quý I (đầu năm, sau Tết)",
      "quarter",
      "Định kỳ (trước ngày 15 của tháng cuối quý), báo cáo",
      15,
      "2026Q1",
      "2026-03-15",
    ],
    ["BCĐ CĐS quý IV (cuối năm)", "quarter", "trước ngày 15 của tháng cuối quý", 15, "2025Q4", "2025-12-15"],
    ["quý IV, hạn ngày 20", "quarter", "trước ngày 20 của tháng cuối quý", 15, "2026Q4", "2026-12-20"],
    // NĐ 09 style: two working days after the cut-off day (the 14th).
    [
      "tháng 12: chốt CN 14/12/2025",
      "month",
      "2 ngày làm việc sau ngày chốt số liệu",
      15,
      "202512",
      "2025-12-16",
    ],
    [
      "tháng 1/2026: sau Tết dương lịch",
      "month",
      "2 ngày làm việc sau ngày chốt số liệu",
      15,
      "202601",
      "2026-01-16",
    ],
    [
      "tháng 2/2026: chốt 14/02 rơi vào Tết Bính Ngọ",
      "month",
      "2 ngày làm việc sau ngày chốt số liệu",
      15,
      "202602",
      "2026-02-24",
    ],
    [
      "tháng 2/2025: chốt 14/02, sau Tết Ất Tỵ",
      "month",
      "2 ngày làm việc sau ngày chốt số liệu",
      15,
      "202502",
      "2025-02-18",
    ],
    [
      "tháng 1/2025, chốt ngày 24 (start day 25): ngay trước Tết Ất Tỵ",
      "month",
      "2 ngày làm việc sau ngày chốt số liệu",
      25,
      "202501",
      "2025-02-04",
    ],
    [
      "quý I/2026, chốt ngày 19 (start day 20)",
      "quarter",
      "2 ngày làm việc sau ngày chốt số liệu",
      20,
      "2026Q1",
      "2026-03-23",
    ],
    ["năm 2025: chốt 14/12/2025", "year", "2 ngày làm việc sau ngày chốt số liệu", 15, "2025", "2025-12-16"],
    ["6 tháng cuối năm 2025", "sixmonth", "trước ngày 20 của tháng cuối quý", 15, "2025S2", "2025-12-20"],
    ["6 tháng đầu năm 2026", "sixmonth", "trước ngày 20 của tháng cuối quý", 15, "2026S1", "2026-06-20"],
    ["9 tháng 2026", "ninemonth", "trước ngày 15/10", 15, "2026N9", "2026-10-15"],
    ["năm 2025, hạn 25/1 năm sau (qua năm mới)", "year", "trước ngày 25/1", 15, "2025", "2026-01-25"],
    ["6 tháng đầu năm, hạn cố định 25/5", "sixmonth", "trước ngày 25/5", 15, "2026S1", "2026-05-25"],
    [
      "tháng 12/2025, hạn ngày 5 tháng sau (qua năm mới)",
      "month",
      "trước ngày 5 của tháng sau",
      15,
      "202512",
      "2026-01-05",
    ],
  ])("%s", (_name, frequency, text, startDay, period, due) => {
    expect(regimeDueOn(regime(frequency, text, startDay), parsePeriod(period), cal)).toBe(due);
  });

  it("an ad hoc regime has its one date whatever the rule says", () => {
    const r = { ...regime("adhoc", "trước ngày 30/11/2026", 15, "202611"), adhocDue: "2026-11-30" };
    expect(regimeDueOn(r, parsePeriod("202611"), cal)).toBe("2026-11-30");
  });

  it("follows the per-year holiday corrections given to the calendar", () => {
    const r = regime("month", "1 ngày làm việc sau ngày chốt số liệu");
    const extra = new HolidayCalendar({
      overrides: [{ year: 2026, add: [{ date: "2026-07-15", name: "Nghỉ bù" }] }],
    });
    expect(regimeDueOn(r, parsePeriod("202607"), cal)).toBe("2026-07-15");
    expect(regimeDueOn(r, parsePeriod("202607"), extra)).toBe("2026-07-16");
  });
});

describe("cut-off window and the figures it counts", () => {
  it.each<[string, number, string, string]>([
    ["2026Q1", 15, "2025-12-15", "2026-03-14"],
    ["2026", 15, "2025-12-15", "2026-12-14"],
    ["202601", 15, "2025-12-15", "2026-01-14"],
    ["2026S1", 20, "2025-12-20", "2026-06-19"],
    ["202602", 1, "2026-02-01", "2026-02-28"],
  ])("window of %s (start day %i)", (period, startDay, from, to) => {
    expect(regimeWindow({ cutoffStartDay: startDay }, period)).toEqual({ from, to });
  });

  it.each<[string, string, string[]]>([
    ["month", "2026Q1", ["202601", "202602", "202603"]],
    ["month", "2025S2", ["202507", "202508", "202509", "202510", "202511", "202512"]],
    ["quarter", "2026N9", ["2026Q1", "2026Q2", "2026Q3"]],
    ["sixmonth", "2026N9", ["2026S1"]],
    ["quarter", "2026Q2", ["2026Q2"]],
    ["year", "2026Q2", []],
  ])("%s figures in %s", (type, period, codes) => {
    expect(windowPeriods(type as never, period, 15).map((p) => p.code)).toEqual(codes);
  });

  it("daily figures count by date inside the window, across the year end", () => {
    const days = windowPeriods("day", "202601", 15).map((p) => p.code);
    expect(days[0]).toBe("20251215");
    expect(days[days.length - 1]).toBe("20260114");
    expect(days).toHaveLength(31);
    expect(days).not.toContain("20260115");
  });

  it("months tile a quarter's window with no gap (every start day)", () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 2000, max: 2100 }),
        fc.integer({ min: 1, max: 4 }),
        fc.integer({ min: 2, max: 28 }),
        (y, q, d) => {
          const months = windowPeriods("month", `${y}Q${q}`, d);
          const windows = months.map((m) => regimeWindow({ cutoffStartDay: d }, m));
          const whole = regimeWindow({ cutoffStartDay: d }, `${y}Q${q}`);
          expect(windows[0].from).toBe(whole.from);
          expect(windows[windows.length - 1].to).toBe(whole.to);
        },
      ),
      { numRuns: 200 },
    );
  });

  it("refuses indicators of a longer period than the report", () => {
    expect(indicatorFitsRegime("month", "quarter")).toBe(true);
    expect(indicatorFitsRegime("year", "quarter")).toBe(false);
  });
});

describe("expected periods", () => {
  const q = regime("quarter", "trước ngày 15 của tháng cuối quý", 15, "2025Q3");
  it("runs from the start to the period holding today", () => {
    expect(expectedPeriods(q, "2026-02-10").map((p) => p.code)).toEqual(["2025Q3", "2025Q4", "2026Q1"]);
    expect(expectedPeriods(q, "2026-02-10", "2025Q4", "2025Q4").map((p) => p.code)).toEqual(["2025Q4"]);
    expect(expectedPeriods({ ...q, endPeriod: "2025Q4" }, "2026-08-01").map((p) => p.code)).toEqual([
      "2025Q3",
      "2025Q4",
    ]);
    expect(expectedPeriods(q, "2025-05-01")).toEqual([]);
  });
  it("knows which codes belong to the regime", () => {
    expect(isRegimePeriod(q, "2026Q1")).toBe(true);
    expect(isRegimePeriod(q, "2025Q2")).toBe(false);
    expect(isRegimePeriod(q, "202601")).toBe(false);
  });
});

describe("timeliness and states", () => {
  it("judges by the day in Vietnam: 23:59 on the due day is on time, 00:00 the next day is late", () => {
    expect(timelinessOf("2026-09-15T16:59:00Z", "2026-09-15")).toBe("onTime");
    expect(timelinessOf("2026-09-15T17:00:00Z", "2026-09-15")).toBe("late");
    expect(timelinessOf(null, "2026-09-15")).toBeNull();
  });
  it.each([
    [null, "2026-09-15", "2026-09-10", "open"],
    [null, "2026-09-15", "2026-09-16", "missing"],
    ["draft", "2026-09-15", "2026-09-15", "draft"],
    ["draft", "2026-09-15", "2026-09-16", "missing"],
    ["submitted", "2026-09-15", "2026-10-01", "submitted"],
    ["accepted", "2026-09-15", "2026-10-01", "accepted"],
  ])("status %s due %s on %s → %s", (status, due, today, state) => {
    expect(cellState(status, due, today)).toBe(state);
  });
  it("a share never passes 100%", () => {
    expect(share(5, 4)).toBe(1);
    expect(share(0, 0)).toBeNull();
  });
});

describe("reminders on working days", () => {
  it.each<[string, string, [number, ...number[]], string, string | null, number | null]>([
    // Due Tuesday 24/02/2026, the first working day after the Tết Bính Ngọ break (14–22/02).
    [
      "3 ngày làm việc trước hạn: thứ Năm 12/02, trước Tết",
      "2026-02-24",
      [3, 1],
      "2026-02-12",
      "due_soon",
      3,
    ],
    [
      "giữa kỳ nghỉ Tết: vẫn là lần nhắc 3 ngày (chưa tới lần 1 ngày)",
      "2026-02-24",
      [3, 1],
      "2026-02-18",
      "due_soon",
      3,
    ],
    ["1 ngày làm việc trước hạn: thứ Hai 23/02 sau Tết", "2026-02-24", [3, 1], "2026-02-23", "due_soon", 1],
    ["chưa đến lúc nhắc", "2026-02-24", [3, 1], "2026-02-11", null, null],
    ["quá hạn: ngày làm việc đầu tiên sau hạn", "2026-02-24", [3, 1], "2026-02-25", "overdue", 0],
    ["quá hạn lần 2: sau 5 ngày làm việc nữa", "2026-02-24", [3, 1], "2026-03-04", "overdue", 1],
    // Due Wednesday 31/12/2025: 1/1 is a holiday, 2/1/2026 is swapped off, so the first chase is Monday 5/1.
    ["qua năm mới: Tết dương lịch và ngày hoán đổi", "2025-12-31", [2], "2026-01-02", null, null],
    ["qua năm mới: nhắc quá hạn thứ Hai 05/01/2026", "2025-12-31", [2], "2026-01-05", "overdue", 0],
  ])("%s", (_name, due, before, today, kind, step) => {
    const r = dueReminder(due, before, today, cal);
    if (kind === null) expect(r).toBeNull();
    else expect(r).toMatchObject({ kind, step });
  });

  it("never sends more than four overdue reminders", () => {
    expect(dueReminder("2026-03-02", [1], "2026-12-31", cal)).toMatchObject({ kind: "overdue", step: 3 });
  });

  it("counts working days left and late through holidays", () => {
    expect(dueReminder("2026-02-24", [3], "2026-02-13", cal)?.days).toBe(2);
    expect(dueReminder("2026-02-24", [3], "2026-02-18", cal)?.days).toBe(2);
    expect(dueReminder("2025-12-31", [3], "2026-01-05", cal)?.days).toBe(1);
  });

  it("is one reminder for every day in a year of deadlines", () => {
    for (const p of periodsBetween("202501", "202612")) {
      const due = regimeDueOn(regime("month", "2 ngày làm việc sau ngày chốt số liệu"), p, cal);
      expect(cal.isWorkingDay(due)).toBe(true);
    }
  });
});

describe("narrative text", () => {
  const sec = { title: "Khó khăn, vướng mắc", maxLength: 50 };
  it.each([
    ["Tỷ lệ < 50% ở 3 xã; cần > 2 buổi tập huấn.", undefined],
    ["x".repeat(51), "vượt giới hạn 50 ký tự"],
    ["<script>alert(1)</script>", "thẻ HTML hoặc mã lệnh"],
    ["<img src=x onerror=alert(1)>", "thẻ HTML hoặc mã lệnh"],
    ["xem javascript:alert(1)", "thẻ HTML hoặc mã lệnh"],
    ["dòng 1\u0007", "ký tự điều khiển"],
  ])("%j", (text, problem) => {
    const p = narrativeProblem(sec, text);
    if (problem === undefined) expect(p).toBeUndefined();
    else expect(p).toContain(problem);
  });
});
