import { describe, expect, it } from "vitest";
import { nelderMead, normalCdf, normalQuantile, studentTQuantile } from "./index";
import { fromInterval, toInterval } from "./optimize";

describe("nelderMead", () => {
  it("finds the minimum of a shifted quadratic", () => {
    const result = nelderMead(([x, y]) => (x - 3) ** 2 + 10 * (y + 1) ** 2, [0, 0]);
    expect(result.x[0]).toBeCloseTo(3, 4);
    expect(result.x[1]).toBeCloseTo(-1, 4);
  });

  it("follows the curved valley of Rosenbrock's function", () => {
    const result = nelderMead(([x, y]) => (1 - x) ** 2 + 100 * (y - x * x) ** 2, [-1.2, 1], {
      maxIterations: 2000,
      tolerance: 1e-14,
    });
    expect(result.x[0]).toBeCloseTo(1, 3);
    expect(result.x[1]).toBeCloseTo(1, 3);
  });

  it("maps the real line into an interval and back", () => {
    for (const p of [0.001, 0.3, 0.999]) expect(toInterval(fromInterval(p, 0, 1), 0, 1)).toBeCloseTo(p, 12);
    expect(toInterval(-1000, 0.1, 0.9)).toBeCloseTo(0.1, 12);
  });
});

describe("quantiles", () => {
  it("matches normal tables", () => {
    expect(normalQuantile(0.9)).toBeCloseTo(1.2816, 4);
    expect(normalQuantile(0.975)).toBeCloseTo(1.96, 4);
    expect(normalQuantile(0.5)).toBeCloseTo(0, 6);
    expect(normalCdf(1.6449)).toBeCloseTo(0.95, 4);
    expect(() => normalQuantile(1)).toThrow(RangeError);
  });

  it.each([
    [1, 0.9, 3.0777],
    [2, 0.9, 1.8856],
    [3, 0.9, 1.6377],
    [5, 0.9, 1.4759],
    [10, 0.9, 1.3722],
    [30, 0.9, 1.3104],
    [3, 0.975, 3.1824],
    [10, 0.975, 2.2281],
  ])("t quantile with %i degrees of freedom at %s is %s (within 1%)", (df, p, expected) => {
    expect(Math.abs(studentTQuantile(p, df) / expected - 1)).toBeLessThan(0.01);
  });
});
