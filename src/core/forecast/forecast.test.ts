import { describe, expect, it } from "vitest";
import { chooseMethod, ForecastError, forecastSeries } from "./index";
import { syntheticMonthlySeries } from "./synthetic";

const line = (length: number, intercept = 5, slope = 2.5) =>
  Array.from({ length }, (_, t) => intercept + slope * t);

describe("chooseMethod", () => {
  it.each([
    [0, "naive"],
    [3, "naive"],
    [4, "linear"],
    [11, "linear"],
    [12, "holt"],
    [23, "holt"],
    [24, "holt-winters"],
    [120, "holt-winters"],
  ])("%i observations -> %s", (n, method) => {
    expect(chooseMethod(n, 12)).toBe(method);
  });

  it("counts observations, not positions", () => {
    const values: (number | null)[] = syntheticMonthlySeries({ length: 30, seed: 1 });
    for (let i = 0; i < 30; i += 4) values[i] = null;
    expect(forecastSeries(values, 1).method).toBe("holt");
  });
});

describe("forecastSeries on a straight line", () => {
  it.each([
    [8, "linear"],
    [18, "holt"],
    [36, "holt-winters"],
  ])("recovers the slope from %i points (%s)", (n, method) => {
    const f = forecastSeries(line(n), 6);
    expect(f.method).toBe(method);
    expect(f.trend).toBeCloseTo(2.5, 6);
    f.point.forEach((p, i) => {
      expect(p).toBeCloseTo(5 + 2.5 * (n + i), 6);
    });
    expect(f.sigma).toBeCloseTo(0, 6);
  });

  it("recovers the slope through gaps", () => {
    const values: (number | null)[] = line(40);
    for (const i of [0, 1, 5, 13, 14, 15, 27, 39]) values[i] = null;
    const f = forecastSeries(values, 3);
    expect(f.method).toBe("holt-winters");
    expect(f.trend).toBeCloseTo(2.5, 6);
    // Position 40 is one step after the (missing) last position 39.
    expect(f.point[0]).toBeCloseTo(5 + 2.5 * 40, 6);
  });

  it("recovers the slope of a noisy line within sampling error", () => {
    const noisy = syntheticMonthlySeries({ length: 10, seed: 3, trend: 3, amplitude: 0, noise: 1 });
    const f = forecastSeries(noisy, 1);
    expect(f.method).toBe("linear");
    // The standard error of an OLS slope over 10 points with unit noise is 1/sqrt(82.5) ≈ 0.11.
    expect(f.trend).toBeGreaterThan(3 - 0.4);
    expect(f.trend).toBeLessThan(3 + 0.4);
  });
});

describe("forecastSeries with few values", () => {
  it("carries the last value forward below four observations", () => {
    const f = forecastSeries([null, 10, null, 14], 3);
    expect(f.method).toBe("naive");
    expect(f.point).toEqual([14, 14, 14]);
    expect(f.trend).toBe(0);
    expect(f.observations).toBe(2);
    // One step of 4 over a gap of 2 positions: sigma^2 = 16 / 2.
    expect(f.sigma).toBeCloseTo(Math.sqrt(8), 10);
  });

  it("gives a zero-width interval from a single value", () => {
    const f = forecastSeries([42], 2);
    expect(f.point).toEqual([42, 42]);
    expect(f.lower).toEqual([42, 42]);
    expect(f.upper).toEqual([42, 42]);
  });

  it("throws FORECAST_NO_DATA without any value", () => {
    expect(() => forecastSeries([null, undefined, Number.NaN], 3)).toThrowError(
      expect.objectContaining({ code: "FORECAST_NO_DATA" }),
    );
    expect(() => forecastSeries([], 3)).toThrow(ForecastError);
  });
});

describe("prediction intervals", () => {
  const seasonal = syntheticMonthlySeries({ length: 48, seed: 11 });

  it.each([
    ["holt-winters", seasonal],
    ["holt", seasonal.slice(0, 20)],
    ["linear", seasonal.slice(0, 8)],
    ["naive", seasonal.slice(0, 3)],
  ])("%s: bounds surround the point and widen with the horizon", (method, values) => {
    const f = forecastSeries(values, 12);
    expect(f.method).toBe(method);
    for (let h = 0; h < 12; h++) {
      expect(f.lower[h]).toBeLessThan(f.point[h]);
      expect(f.upper[h]).toBeGreaterThan(f.point[h]);
      if (h > 0) expect(f.stdErr[h]).toBeGreaterThanOrEqual(f.stdErr[h - 1]);
    }
    expect(f.upper[11] - f.lower[11]).toBeGreaterThan(f.upper[0] - f.lower[0]);
  });

  it("a 95% interval is wider than the default 80% one", () => {
    const narrow = forecastSeries(seasonal, 3);
    const wide = forecastSeries(seasonal, 3, { level: 0.95 });
    expect(narrow.level).toBe(0.8);
    expect(wide.upper[0] - wide.lower[0]).toBeGreaterThan(1.4 * (narrow.upper[0] - narrow.lower[0]));
  });

  it("covers about 80% of future values across many synthetic series", () => {
    let inside = 0;
    let total = 0;
    for (let seed = 1; seed <= 40; seed++) {
      const values = syntheticMonthlySeries({ length: 60, seed: seed * 7919 });
      const f = forecastSeries(values.slice(0, 48), 12);
      values.slice(48).forEach((actual, h) => {
        total++;
        if (actual >= f.lower[h] && actual <= f.upper[h]) inside++;
      });
    }
    // 480 draws: a true 80% coverage lies within ±0.06 with overwhelming probability.
    expect(inside / total).toBeGreaterThan(0.68);
    expect(inside / total).toBeLessThan(0.92);
  });

  it("clamps points and bounds to [min, max]", () => {
    const falling = Array.from({ length: 8 }, (_, t) => 20 - 3 * t + (t % 2));
    const f = forecastSeries(falling, 6, { min: 0, max: 100 });
    expect(Math.min(...f.point, ...f.lower)).toBeGreaterThanOrEqual(0);
    expect(f.point.at(-1)).toBe(0);
  });
});

describe("options", () => {
  it("can be forced to a method", () => {
    expect(forecastSeries(line(30), 2, { method: "linear" }).method).toBe("linear");
    expect(forecastSeries(line(30), 2, { method: "naive" }).point).toEqual([77.5, 77.5]);
  });

  it("uses another season length", () => {
    const quarterly = Array.from({ length: 12 }, (_, t) => 50 + t + [5, -5, 3, -3][t % 4]);
    const f = forecastSeries(quarterly, 4, { seasonLength: 4 });
    expect(f.method).toBe("holt-winters");
    expect(f.seasonLength).toBe(4);
    f.point.forEach((p, i) => {
      expect(p).toBeCloseTo(50 + 12 + i + [5, -5, 3, -3][i], 4);
    });
  });

  it("returns empty arrays for horizon 0", () => {
    const f = forecastSeries(line(5), 0);
    expect(f.point).toEqual([]);
    expect(f.lower).toEqual([]);
  });

  it.each([
    [() => forecastSeries(line(5), -1), "số nguyên"],
    [() => forecastSeries(line(5), 1.5), "số nguyên"],
    [() => forecastSeries(line(5), 10_000), "số nguyên"],
    [() => forecastSeries(line(5), 1, { level: 1 }), "Mức tin cậy"],
    [() => forecastSeries(line(5), 1, { seasonLength: 0 }), "chu kỳ"],
    [() => forecastSeries(line(10), 1, { method: "holt-winters" }), "ít nhất 24"],
    [() => forecastSeries(line(30), 1, { method: "holt-winters", seasonLength: 1 }), "chu kỳ mùa vụ"],
  ])("rejects bad options (%#)", (call, fragment) => {
    expect(call).toThrowError(expect.objectContaining({ code: "FORECAST_INVALID" }));
    expect(call).toThrow(fragment);
  });
});
