import { describe, expect, it } from "vitest";
import type { SeriesPoint, Target } from "../targets/types";
import { forecastTargetRisk } from "./index";

const YEAR_2025 = { start: "2025-01-01", end: "2025-12-31" };
const monthEnd = (year: number, month: number) =>
  new Date(Date.UTC(year, month, 0)).toISOString().slice(0, 10);

/** Monthly values from January of `fromYear`, one per month. */
function monthly(values: (number | null)[], fromYear = 2025): SeriesPoint[] {
  return values.map((value, i) => ({ date: monthEnd(fromYear + Math.floor(i / 12), (i % 12) + 1), value }));
}

const online: Target = { comparator: ">=", value: 75, direction: "up", period: YEAR_2025 };

describe("forecastTargetRisk", () => {
  it("projects a rising rate to the period end and finds it on course", () => {
    const series = monthly([50, 53, 56, 59, 62, 65]);
    const risk = forecastTargetRisk(series, online, "2025-07-10");
    expect(risk.method).toBe("linear");
    expect(risk.horizon).toBe(6);
    expect(risk.targetDate).toBe("2025-12-31");
    expect(risk.projected).toBeCloseTo(83, 6);
    expect(risk.atRisk).toBe(false);
    expect(risk.probabilityMet).toBeGreaterThan(0.99);
    expect(risk.explanation).toContain("Dự báo đến 31/12/2025 theo phương pháp hồi quy tuyến tính: 83");
  });

  it("flags a rate that climbs too slowly", () => {
    const risk = forecastTargetRisk(monthly([50, 51, 52.5, 53, 54, 55.5]), online, "2025-07-10");
    expect(risk.atRisk).toBe(true);
    expect(risk.projected).toBeLessThan(75);
    expect(risk.upper).toBeGreaterThan(risk.projected ?? 0);
    expect(risk.probabilityMet).toBeLessThan(0.05);
    expect(risk.explanation).toContain("chưa đạt chỉ tiêu tối thiểu 75");
  });

  it("uses history before the period for a rate, and only in-period values for a running total", () => {
    const history = monthly([...Array.from({ length: 12 }, (_, i) => 40 + i), 52, 53, 54], 2024);
    expect(forecastTargetRisk(history, online, "2025-04-01").method).toBe("holt");
    const meetings: Target = {
      comparator: ">=",
      value: 10,
      direction: "up",
      period: YEAR_2025,
      cumulative: true,
    };
    const running = monthly([...Array.from({ length: 12 }, (_, i) => i + 1), 1, 2, 3], 2024);
    const risk = forecastTargetRisk(running, meetings, "2025-04-01");
    expect(risk.method).toBe("naive");
    expect(risk.projected).toBe(3);
    expect(risk.atRisk).toBe(true);
  });

  it("ignores values after asOf", () => {
    const series = monthly([50, 53, 56, 59, 62, 65, 10, 10, 10]);
    expect(forecastTargetRisk(series, online, "2025-07-10").projected).toBeCloseTo(83, 6);
  });

  it("reads the last month's value instead of forecasting when it is in", () => {
    const risk = forecastTargetRisk(
      monthly([60, 62, 64, 66, 68, 70, 72, 74, 76, 78, 80, 74]),
      online,
      "2026-01-20",
    );
    expect(risk.method).toBe("observed");
    expect(risk.horizon).toBe(0);
    expect(risk.projected).toBe(74);
    expect(risk.atRisk).toBe(true);
    expect(risk.probabilityMet).toBe(0);
  });

  it("handles gaps and a lower-is-better target", () => {
    const hours: Target = { comparator: "<=", value: 24, direction: "down", deadline: "2025-12-31" };
    const risk = forecastTargetRisk(monthly([48, null, 44, 42, null, 38]), hours, "2025-07-01");
    expect(risk.method).toBe("linear");
    expect(risk.projected).toBeCloseTo(26, 6);
    expect(risk.atRisk).toBe(true);
  });

  it("keeps the latest entry when a month has several", () => {
    const series: SeriesPoint[] = [
      { date: "2025-01-15", value: 10 },
      { date: "2025-01-31", value: 20 },
      { date: "2025-01-20", value: 30 },
    ];
    expect(forecastTargetRisk(series, online, "2025-02-01").projected).toBe(20);
  });

  it("estimates the chance of landing inside a band", () => {
    const band: Target = {
      comparator: "between",
      value: 60,
      valueMax: 90,
      direction: "up",
      period: YEAR_2025,
    };
    const risk = forecastTargetRisk(monthly([50, 53, 56, 59, 62, 65]), band, "2025-07-10");
    expect(risk.atRisk).toBe(false);
    expect(risk.probabilityMet).toBeGreaterThan(0.9);
    expect(risk.probabilityMet).toBeLessThanOrEqual(1);
  });

  it("says so when there is no data", () => {
    const risk = forecastTargetRisk([], online, "2025-07-10");
    expect(risk).toMatchObject({ projected: null, method: null, atRisk: false, probabilityMet: null });
    expect(risk.explanation).toContain("Chưa có số liệu");
  });
});
