import { describe, expect, it } from "vitest";
import type { IndicatorOverview } from "./api";
import {
  buildChildRows,
  buildTrend,
  countByStatus,
  latestChange,
  relevantChildRows,
  trendPeriods,
} from "./overview-model";

function overview(partial: Partial<IndicatorOverview>): IndicatorOverview {
  return {
    indicator: { aggregation: "ratio", periodType: "month" } as IndicatorOverview["indicator"],
    orgUnit: { id: 1, code: "BN", name: "Tỉnh" },
    latestPeriod: "202610",
    trend: [],
    children: [],
    breakdown: [],
    targets: [],
    quality: {
      total: { expected: 0, filled: 0, onTime: 0, completeness: null, timeliness: null },
      byUnit: {},
    },
    ...partial,
  };
}

const row = (orgUnitId: number, period: string, value: number | null) => ({
  indicator: "X",
  orgUnitId,
  period,
  value,
  numerator: null,
  denominator: null,
  count: 1,
  units: 1,
  lastUpdated: null,
});

const status = (orgUnitId: number, s: "met" | "at_risk", period = "2026", value = 75) =>
  ({
    status: s,
    orgUnitId,
    targetId: 1,
    series: [{ date: "2026-09-30", value: 500 }],
    target: { comparator: ">=", value, period },
  }) as unknown as IndicatorOverview["targets"][number];

describe("indicator page model", () => {
  it("ends the trend at the latest period and draws the target only inside its year", () => {
    expect(trendPeriods("202602", 4)).toEqual(["202511", "202512", "202601", "202602"]);
    const trend = buildTrend(
      overview({
        trend: [row(1, "202411", 60), row(1, "202609", 70), row(1, "202610", 72)],
        targets: [status(1, "at_risk")],
      }),
    );
    expect(trend.periods).toHaveLength(24);
    expect(trend.values.slice(-2)).toEqual([70, 72]);
    expect(trend.target.slice(-10).every((v) => v === 75)).toBe(true);
    expect(trend.target[trend.periods.indexOf("202512")]).toBeNull();
    expect(trend.unitStatus?.status).toBe("at_risk");
    expect(trend.cumulative).toBeNull();
    expect(latestChange(trend.values)).toEqual({ latest: 72, previous: 70, delta: 2 });
  });

  it("compares a summed indicator's yearly target with the running total", () => {
    const trend = buildTrend(
      overview({
        indicator: { aggregation: "sum", periodType: "month" } as never,
        targets: [status(1, "met", "2026", 900)],
      }),
    );
    expect(trend.cumulative?.[trend.periods.indexOf("202609")]).toBe(500);
  });

  it("starts a yearly trend at its first figure instead of 24 empty years", () => {
    const trend = buildTrend(
      overview({
        indicator: { aggregation: "ratio", periodType: "year" } as never,
        latestPeriod: "2025",
        trend: [row(1, "2024", 80), row(1, "2025", 90)],
      }),
    );
    expect(trend.periods).toEqual(["2020", "2021", "2022", "2023", "2024", "2025"]);
  });

  it("gives each child its latest, year-to-date, status and quality, and drops silent children", () => {
    const ov = overview({
      children: [
        { id: 5, code: "A", name: "A", kind: "ward" },
        { id: 6, code: "B", name: "B", kind: "department" },
      ],
      breakdown: [row(5, "202610", 71), row(5, "2026", 69)],
      targets: [status(5, "met"), status(5, "at_risk", "2025")],
      quality: {
        total: { expected: 12, filled: 12, onTime: 11, completeness: 1, timeliness: 11 / 12 },
        byUnit: { 5: { expected: 12, filled: 12, onTime: 11, completeness: 1, timeliness: 11 / 12 } },
      },
    });
    const rows = buildChildRows(ov);
    expect(rows[0]).toMatchObject({
      id: 5,
      latest: { value: 71 },
      yearToDate: { value: 69 },
      status: { status: "met" },
    });
    expect(rows[1]).toMatchObject({ id: 6, latest: null, status: null, quality: null });
    expect(relevantChildRows(rows).map((r) => r.id)).toEqual([5]);
    expect(countByStatus(ov.targets)).toEqual({ met: 1, on_track: 0, at_risk: 1, missed: 0, no_data: 0 });
  });
});
