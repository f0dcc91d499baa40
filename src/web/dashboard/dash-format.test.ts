import { describe, expect, it } from "vitest";
import {
  changeTone,
  formatChange,
  formatFigure,
  scaleColor,
  shortPeriod,
  sparkGeometry,
} from "./dash-format";

describe("dashboard formatting", () => {
  it("writes figures the Vietnamese way with the indicator's decimals", () => {
    expect(formatFigure(76.7204, 1)).toBe("76,7");
    expect(formatFigure(3992.3, 1)).toBe("3.992,3");
    expect(formatFigure(22701, 0)).toBe("22.701");
    expect(formatFigure(null, 1)).toBe("–");
    expect(formatFigure(1234.5, 1, "en-GB")).toBe("1,234.5");
  });

  it("signs changes, and a change that rounds away has no sign", () => {
    expect(formatChange(0.549, 1)).toBe("+0,5");
    expect(formatChange(-1320, 0)).toBe("−1.320");
    expect(formatChange(0.04, 1)).toBe("0,0");
    expect(formatChange(null, 1)).toBe("–");
  });

  it("judges a change by the indicator's direction", () => {
    expect(changeTone(2, "up")).toBe("good");
    expect(changeTone(2, "down")).toBe("bad");
    expect(changeTone(-0.01, "up", 1)).toBe("flat");
  });

  it("shortens period codes", () => {
    expect(shortPeriod("202610")).toBe("10/2026");
    expect(shortPeriod("2026Q3")).toBe("Q3/2026");
    expect(shortPeriod("2025")).toBe("2025");
  });

  it("draws sparklines inside their box and breaks them at gaps", () => {
    const g = sparkGeometry([1, 2, null, 4, 3], 100, 20);
    expect(g.segments).toHaveLength(2);
    for (const seg of g.segments)
      for (const pt of seg.split(" ")) {
        const [x, y] = pt.split(",").map(Number);
        expect(x).toBeGreaterThanOrEqual(0);
        expect(x).toBeLessThanOrEqual(100);
        expect(y).toBeGreaterThanOrEqual(0);
        expect(y).toBeLessThanOrEqual(20);
      }
    expect(g.last).toEqual([98, expect.any(Number)]);
    expect(sparkGeometry([null, null], 10, 10).last).toBeNull();
  });

  it("colours shares from red through amber to green", () => {
    expect(scaleColor(0)).toBe("rgb(201, 42, 42)");
    expect(scaleColor(1)).toBe("rgb(43, 138, 62)");
    expect(scaleColor(0.5)).toBe("rgb(245, 159, 0)");
  });
});
