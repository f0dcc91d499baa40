import { describe, expect, it } from "vitest";
import {
  evaluateTarget,
  type SeriesPoint,
  TARGET_STATUS_LABELS_VI,
  type Target,
  TargetError,
  type TargetStatus,
} from "./index";

const YEAR_2025 = { start: "2025-01-01", end: "2025-12-31" };
/** Fraction of 2025 elapsed from the 2024-12-31 baseline to 2025-06-30: 181 of 365 days. */
const JUNE = 181 / 365;

const online: Target = {
  comparator: ">=",
  value: 75,
  direction: "up",
  period: YEAR_2025,
  baseline: { value: 40, date: "2024-12-31" },
};
const processingHours: Target = {
  comparator: "<=",
  value: 24,
  direction: "down",
  period: YEAR_2025,
  baseline: { value: 48, date: "2024-12-31" },
};
const meetings: Target = {
  comparator: ">=",
  value: 10,
  direction: "up",
  period: YEAR_2025,
  cumulative: true,
};
const accidents: Target = {
  comparator: "<=",
  value: 5,
  direction: "down",
  period: YEAR_2025,
  cumulative: true,
};
const band: Target = {
  comparator: "between",
  value: 60,
  valueMax: 80,
  direction: "up",
  period: YEAR_2025,
  baseline: { value: 90, date: "2024-12-31" },
};

const at = (date: string, value: number | null): SeriesPoint => ({ date, value });

interface Case {
  name: string;
  target: Target;
  series: SeriesPoint[];
  asOf: string;
  status: TargetStatus;
  actual?: number | null;
  expectedNow?: number | null;
  gap?: number | null;
  explanation?: string;
}

const cases: Case[] = [
  {
    name: "ended, last value meets",
    target: online,
    series: [at("2025-06-30", 60), at("2025-12-31", 78)],
    asOf: "2026-01-15",
    status: "met",
    actual: 78,
    gap: 0,
    explanation: "Đạt: giá trị cuối kỳ 78 (31/12/2025) đáp ứng chỉ tiêu tối thiểu 75.",
  },
  {
    name: "ended, last value short",
    target: online,
    series: [at("2025-06-30", 80), at("2025-12-31", 70.5)],
    asOf: "2026-01-15",
    status: "missed",
    actual: 70.5,
    gap: 4.5,
    explanation:
      "Không đạt: giá trị cuối kỳ 70,5 (31/12/2025) chưa đáp ứng chỉ tiêu tối thiểu 75, còn cách 4,5.",
  },
  {
    name: "ended without any value",
    target: online,
    series: [at("2024-12-31", 90)],
    asOf: "2026-01-15",
    status: "no_data",
    actual: null,
    explanation: "Chưa có số liệu trong kỳ đánh giá (từ 01/01/2025 đến 31/12/2025).",
  },
  {
    name: "mid-year ahead of the pace line",
    target: online,
    series: [at("2025-06-30", 60)],
    asOf: "2025-07-10",
    status: "on_track",
    actual: 60,
    expectedNow: 40 + 35 * JUNE,
    gap: 15,
  },
  {
    name: "mid-year behind the pace line",
    target: online,
    series: [at("2025-03-31", 50), at("2025-06-30", 55)],
    asOf: "2025-07-10",
    status: "at_risk",
    expectedNow: 40 + 35 * JUNE,
    explanation:
      "Có nguy cơ không đạt: giá trị 55 (30/06/2025) thấp hơn mức 57,36 cần có theo lộ trình để đạt chỉ tiêu tối thiểu 75 vào 31/12/2025.",
  },
  {
    name: "rate already above the target is on track, not yet met",
    target: online,
    series: [at("2025-06-30", 80)],
    asOf: "2025-07-10",
    status: "on_track",
    gap: 0,
  },
  {
    name: "lower is better, ahead",
    target: processingHours,
    series: [at("2025-06-30", 36)],
    asOf: "2025-07-01",
    status: "on_track",
    expectedNow: 48 - 24 * JUNE,
  },
  {
    name: "lower is better, behind",
    target: processingHours,
    series: [at("2025-06-30", 40)],
    asOf: "2025-07-01",
    status: "at_risk",
    gap: 16,
    explanation:
      "Có nguy cơ không đạt: giá trị 40 (30/06/2025) cao hơn mức 36,1 cần có theo lộ trình để đạt chỉ tiêu không quá 24 vào 31/12/2025.",
  },
  {
    name: "cumulative at-least reached early is met",
    target: meetings,
    series: [at("2025-03-31", 4), at("2025-06-30", 12)],
    asOf: "2025-07-01",
    status: "met",
    explanation: "Đạt: giá trị lũy kế 12 (30/06/2025) đã đạt chỉ tiêu tối thiểu 10 trước hạn 31/12/2025.",
  },
  {
    name: "cumulative at-most exceeded early is missed",
    target: accidents,
    series: [at("2025-03-31", 2), at("2025-06-30", 6)],
    asOf: "2025-07-01",
    status: "missed",
    gap: 1,
  },
  {
    name: "cumulative at-most still under is on track",
    target: accidents,
    series: [at("2025-03-31", 2), at("2025-06-30", 3)],
    asOf: "2025-07-01",
    status: "on_track",
  },
  {
    name: "cumulative at-least behind pace from the first value",
    target: meetings,
    series: [at("2025-01-31", 1), at("2025-09-30", 2)],
    asOf: "2025-10-01",
    status: "at_risk",
    expectedNow: 1 + 9 * (242 / 334),
  },
  {
    name: "between, coming down from above, ahead",
    target: band,
    series: [at("2025-06-30", 84)],
    asOf: "2025-07-01",
    status: "on_track",
    expectedNow: 90 - 10 * JUNE,
  },
  {
    name: "between, coming down from above, behind",
    target: band,
    series: [at("2025-06-30", 88)],
    asOf: "2025-07-01",
    status: "at_risk",
    gap: 8,
  },
  {
    name: "between, inside the band",
    target: band,
    series: [at("2025-06-30", 70)],
    asOf: "2025-07-01",
    status: "on_track",
  },
  {
    name: "equality target climbs from its baseline",
    target: {
      comparator: "=",
      value: 100,
      direction: "up",
      period: YEAR_2025,
      baseline: { value: 50, date: "2024-12-31" },
    },
    series: [at("2025-06-30", 76)],
    asOf: "2025-07-01",
    status: "on_track",
    expectedNow: 50 + 50 * JUNE,
  },
  {
    name: "equality target below its pace line",
    target: {
      comparator: "=",
      value: 100,
      direction: "up",
      period: YEAR_2025,
      baseline: { value: 50, date: "2024-12-31" },
    },
    series: [at("2025-06-30", 70)],
    asOf: "2025-07-01",
    status: "at_risk",
    gap: 30,
  },
  {
    name: "one value only: pace starts at it, so it is on track",
    target: { ...online, baseline: undefined },
    series: [at("2025-01-31", 20)],
    asOf: "2025-02-10",
    status: "on_track",
    expectedNow: 20,
  },
  {
    name: "deadline only, first value is the baseline",
    target: { comparator: ">=", value: 100, direction: "up", deadline: "2025-12-31" },
    series: [at("2024-12-31", 50), at("2025-06-30", 80)],
    asOf: "2025-07-01",
    status: "on_track",
    expectedNow: 50 + 50 * JUNE,
  },
  {
    name: "on the last day the period is not over yet",
    target: online,
    series: [at("2025-11-30", 70)],
    asOf: "2025-12-31",
    status: "at_risk",
  },
  {
    name: "values after asOf and before the period are ignored; nulls skipped",
    target: online,
    series: [at("2024-11-30", 99), at("2025-05-31", 65), at("2025-06-30", null), at("2025-08-31", 10)],
    asOf: "2025-07-15",
    status: "on_track",
    actual: 65,
  },
  {
    name: "strict comparator: equal is not enough",
    target: { comparator: ">", value: 50, direction: "up", period: YEAR_2025 },
    series: [at("2025-12-31", 50)],
    asOf: "2026-01-01",
    status: "missed",
    gap: 0,
  },
  {
    name: "rounding noise still meets",
    target: online,
    series: [at("2025-12-31", 74.99999999999999)],
    asOf: "2026-01-01",
    status: "met",
  },
  {
    name: "before the period starts there is no data",
    target: online,
    series: [at("2024-12-31", 40)],
    asOf: "2024-12-31",
    status: "no_data",
  },
];

describe("evaluateTarget", () => {
  it.each(cases)("$name", (c) => {
    const result = evaluateTarget(c.target, c.series, c.asOf);
    expect(result.status).toBe(c.status);
    if (c.actual !== undefined) expect(result.actual).toBe(c.actual);
    if (c.expectedNow !== undefined) {
      if (c.expectedNow === null) expect(result.expectedNow).toBeNull();
      else expect(result.expectedNow).toBeCloseTo(c.expectedNow, 9);
    }
    if (c.gap !== undefined) {
      if (c.gap === null) expect(result.gap).toBeNull();
      else expect(result.gap).toBeCloseTo(c.gap, 9);
    }
    if (c.explanation !== undefined) expect(result.explanation).toBe(c.explanation);
    expect(result.explanation.length).toBeGreaterThan(10);
  });

  it("reads the pace at the latest value's date by default, at asOf on request", () => {
    const series = [at("2025-03-31", 50)];
    const latest = evaluateTarget(online, series, "2025-09-15");
    expect(latest.paceDate).toBe("2025-03-31");
    expect(latest.expectedNow).toBeCloseTo(40 + (35 * 90) / 365, 9);
    expect(latest.status).toBe("on_track");
    const strict = evaluateTarget(online, series, "2025-09-15", { paceAt: "asOf" });
    expect(strict.paceDate).toBe("2025-09-15");
    expect(strict.status).toBe("at_risk");
  });

  it("signs paceGap so that positive means ahead, whatever the direction", () => {
    expect(evaluateTarget(processingHours, [at("2025-06-30", 30)], "2025-07-01").paceGap).toBeGreaterThan(0);
    expect(evaluateTarget(processingHours, [at("2025-06-30", 40)], "2025-07-01").paceGap).toBeLessThan(0);
    expect(evaluateTarget(online, [at("2025-06-30", 70)], "2025-07-01").paceGap).toBeGreaterThan(0);
  });

  it("takes the later entry when two values share a date", () => {
    const result = evaluateTarget(online, [at("2025-12-31", 70), at("2025-12-31", 76)], "2026-01-02");
    expect(result.actual).toBe(76);
    expect(result.status).toBe("met");
  });

  it.each<[string, Target, string]>([
    ["between without a maximum", { ...band, valueMax: undefined }, "tối đa"],
    ["between with max below min", { ...band, valueMax: 50 }, "tối đa"],
    ["no period and no deadline", { ...online, period: undefined }, "thời hạn"],
    [
      "period ending before it starts",
      { ...online, period: { start: "2025-12-31", end: "2025-01-01" } },
      "trước",
    ],
    ["impossible date", { ...online, period: { start: "2025-02-30", end: "2025-12-31" } }, "không tồn tại"],
    ["malformed date", { ...online, deadline: "31/12/2025", period: undefined }, "YYYY-MM-DD"],
    ["non-numeric value", { ...online, value: Number.NaN }, "một số"],
  ])("rejects %s", (_name, target, fragment) => {
    expect(() => evaluateTarget(target, [], "2025-06-30")).toThrowError(TargetError);
    expect(() => evaluateTarget(target, [], "2025-06-30")).toThrow(fragment);
  });

  it("rejects a malformed asOf or series date", () => {
    expect(() => evaluateTarget(online, [], "2025-6-30")).toThrow(TargetError);
    expect(() => evaluateTarget(online, [at("2025-13-01", 1)], "2025-06-30")).toThrow(TargetError);
  });

  it("has a Vietnamese label for every status", () => {
    expect(TARGET_STATUS_LABELS_VI).toEqual({
      met: "Đạt",
      on_track: "Đúng tiến độ",
      at_risk: "Có nguy cơ",
      missed: "Không đạt",
      no_data: "Chưa có số liệu",
    });
  });
});
