import { describe, expect, it } from "vitest";
import { periodsBetween } from "../../core/periods";
import { type PeriodFigure, type ProjectionInput, projectTarget } from "./forecast-target";

const months = (from: string, to: string) => periodsBetween(from, to).map((p) => p.code);
const base = (history: PeriodFigure[], over: Partial<ProjectionInput> = {}): ProjectionInput => ({
  aggregation: "sum",
  scale: 1,
  periodType: "month",
  history,
  targetPeriod: "2026",
  target: { comparator: ">=", value: 100 },
  ...over,
});
const fig = (
  period: string,
  value: number | null,
  numerator: number | null = null,
  denominator: number | null = null,
): PeriodFigure => ({ period, value, numerator, denominator });

describe("projecting a target to the end of its period", () => {
  it("a running sum adds the forecast of the months still to come to the months seen", () => {
    const history = months("202401", "202610").map((p) => fig(p, 10));
    const pr = projectTarget(base(history, { target: { comparator: ">=", value: 125 } }));
    expect(pr.observedPeriods).toBe(10);
    expect(pr.horizon).toBe(2);
    expect(pr.projected).toBeCloseTo(120, 6);
    expect(pr.atRisk).toBe(true);
    expect(pr.explanation).toMatch(/có nguy cơ không đạt chỉ tiêu tối thiểu 125/);
  });

  it("a rate is Σ numerators / Σ denominators, with the remaining months weighted by their forecast denominators", () => {
    // Three observations: the naive method carries the last rate (90 %) and denominator (300) forward.
    const history = [fig("202608", 60, 60, 100), fig("202609", 60, 60, 100), fig("202610", 90, 270, 300)];
    const pr = projectTarget(
      base(history, {
        aggregation: "ratio",
        scale: 100,
        min: 0,
        max: 100,
        target: { comparator: ">=", value: 80 },
      }),
    );
    expect(pr.method).toBe("naive");
    // (60 + 60 + 270 + 2 × 0.9 × 300) / (100 + 100 + 300 + 2 × 300) = 930 / 1100
    expect(pr.projected).toBeCloseTo((930 / 1100) * 100, 9);
    expect(pr.atRisk).toBe(false);
  });

  it("a period already complete is not forecast: its own figure is the answer", () => {
    const history = months("202501", "202512").map((p, i) => fig(p, i < 6 ? 50 : 100, i < 6 ? 50 : 100, 100));
    const pr = projectTarget(
      base(history, {
        aggregation: "ratio",
        scale: 100,
        targetPeriod: "2025",
        target: { comparator: ">=", value: 80 },
      }),
    );
    expect(pr.method).toBe("observed");
    expect(pr.horizon).toBe(0);
    expect(pr.projected).toBeCloseTo(75, 9);
    expect(pr.atRisk).toBe(true);
    expect(pr.probabilityMet).toBe(0);
  });

  it("uses the season when two years of history allow it, and lands near the true year total", () => {
    // Monthly values with a trend and a strong Tết dip, as the demo data have.
    const truth = (t: number, month: number) =>
      100 + 0.8 * t + (month <= 2 ? -25 : 0) + 6 * Math.sin((2 * Math.PI * month) / 12);
    const all = months("202401", "202612").map((p, t) => fig(p, truth(t, Number(p.slice(4)))));
    const yearTotal = all
      .filter((f) => f.period.startsWith("2026"))
      .reduce((s, f) => s + (f.value as number), 0);
    const pr = projectTarget(
      base(
        all.filter((f) => f.period <= "202608"),
        { target: { comparator: ">=", value: yearTotal * 0.98 } },
      ),
    );
    expect(pr.method).toBe("holt-winters");
    expect(pr.horizon).toBe(4);
    expect(Math.abs((pr.projected as number) - yearTotal) / yearTotal).toBeLessThan(0.005);
    expect(pr.lower as number).toBeLessThanOrEqual(pr.projected as number);
    expect(pr.upper as number).toBeGreaterThanOrEqual(pr.projected as number);
    expect(pr.atRisk).toBe(false);
    expect(pr.probabilityMet as number).toBeGreaterThan(0.5);
  });

  it("flags a rate heading below its target, with a low chance of making it", () => {
    const history = months("202401", "202610").map((p, t) =>
      fig(p, 60 + t * 0.2 + (t % 2 ? 0.5 : -0.5), null, null),
    );
    const withParts = history.map((h) => ({ ...h, numerator: (h.value as number) * 10, denominator: 1000 }));
    const pr = projectTarget(
      base(withParts, {
        aggregation: "ratio",
        scale: 100,
        min: 0,
        max: 100,
        target: { comparator: ">=", value: 75 },
      }),
    );
    expect(pr.atRisk).toBe(true);
    expect(pr.probabilityMet as number).toBeLessThan(0.05);
  });

  it("counts the steps between the last figure and a target period that starts later", () => {
    const history = months("202401", "202610").map((p) => fig(p, 5));
    const pr = projectTarget(
      base(history, { targetPeriod: "2027", target: { comparator: ">=", value: 50 } }),
    );
    expect(pr.observedPeriods).toBe(0);
    expect(pr.horizon).toBe(12);
    expect(pr.projected).toBeCloseTo(60, 6);
  });

  it("says so when there is nothing to forecast from", () => {
    const pr = projectTarget(base([fig("202609", null), fig("202610", null)]));
    expect(pr.projected).toBeNull();
    expect(pr.atRisk).toBe(false);
    expect(pr.explanation).toMatch(/Chưa có số liệu/);
  });
});
