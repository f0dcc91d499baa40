import fc from "fast-check";
import { describe, expect, it } from "vitest";
import {
  compositeScores,
  indicatorPoints,
  MIN_COVERAGE,
  rankValues,
  type ScoreComponentInput,
} from "./composite-score";

const comp = (
  code: string,
  weight: number,
  values: [number, number | null][],
  opts: Partial<ScoreComponentInput> = {},
): ScoreComponentInput => ({
  code,
  weight,
  direction: "up",
  values: new Map(values),
  targets: new Map(),
  ...opts,
});

describe("indicator points", () => {
  it("scores against the unit's target and caps at full marks", () => {
    expect(indicatorPoints(60, "up", { comparator: ">=", value: 80 }, { min: 0, max: 0 })).toBe(75);
    expect(indicatorPoints(95, "up", { comparator: ">=", value: 80 }, { min: 0, max: 0 })).toBe(100);
    // "at most 4 days": 8 days is half marks, 2 days full marks.
    expect(indicatorPoints(8, "down", { comparator: "<=", value: 4 }, { min: 0, max: 0 })).toBe(50);
    expect(indicatorPoints(2, "down", { comparator: "<=", value: 4 }, { min: 0, max: 0 })).toBe(100);
  });

  it("without a target, places the unit between the worst and the best", () => {
    expect(indicatorPoints(15, "up", undefined, { min: 10, max: 20 })).toBe(50);
    expect(indicatorPoints(12, "down", undefined, { min: 10, max: 20 })).toBe(80);
    expect(indicatorPoints(7, "up", undefined, { min: 7, max: 7 })).toBe(100);
  });
});

describe("composite scores", () => {
  it("is the weighted mean of the points, skipping missing values", () => {
    const scores = compositeScores(
      [1, 2],
      [
        comp(
          "A",
          3,
          [
            [1, 80],
            [2, 40],
          ],
          {
            targets: new Map([
              [1, { comparator: ">=", value: 80 }],
              [2, { comparator: ">=", value: 80 }],
            ]),
          },
        ),
        comp("B", 1, [
          [1, 10],
          [2, null],
        ]),
      ],
    );
    // Unit 1: A 100, B (min–max over one value) 100 → 100. Unit 2: A 50 only, coverage 3/4 → 50.
    expect(scores.get(1)?.score).toBe(100);
    expect(scores.get(2)).toMatchObject({ score: 50, coverage: 0.75 });
  });

  it("leaves a unit unscored when its values carry under half the weight", () => {
    const scores = compositeScores(
      [1, 2],
      [
        comp("A", 1, [
          [1, 5],
          [2, null],
        ]),
        comp("B", 3, [
          [1, 5],
          [2, 9],
        ]),
        comp("C", 1, [
          [1, 5],
          [2, null],
        ]),
      ],
    );
    expect(scores.get(2)?.coverage).toBeCloseTo(0.6);
    expect(scores.get(2)?.score).not.toBeNull();
    const thin = compositeScores(
      [1, 2],
      [
        comp("A", 3, [
          [1, 5],
          [2, null],
        ]),
        comp("B", 1, [
          [1, 5],
          [2, 9],
        ]),
      ],
    );
    expect(thin.get(2)?.coverage).toBeLessThan(MIN_COVERAGE);
    expect(thin.get(2)?.score).toBeNull();
  });

  it("does not change when every weight is multiplied by the same factor, and stays within 0–100", () => {
    fc.assert(
      fc.property(
        fc.array(
          fc.tuple(
            fc.double({ min: 0, max: 100, noNaN: true }),
            fc.double({ min: 0, max: 100, noNaN: true }),
          ),
          { minLength: 2, maxLength: 8 },
        ),
        fc.double({ min: 0.1, max: 10, noNaN: true }),
        fc.double({ min: 0.1, max: 50, noNaN: true }),
        (pairs, w, k) => {
          const ids = pairs.map((_, i) => i + 1);
          const make = (m: number) => [
            comp(
              "A",
              w * m,
              pairs.map(([a], i) => [i + 1, a] as [number, number]),
            ),
            comp(
              "B",
              1 * m,
              pairs.map(([, b], i) => [i + 1, b] as [number, number]),
              { direction: "down" },
            ),
          ];
          const one = compositeScores(ids, make(1));
          const scaled = compositeScores(ids, make(k));
          for (const id of ids) {
            const s = one.get(id)?.score as number;
            expect(s).toBeGreaterThanOrEqual(0);
            expect(s).toBeLessThanOrEqual(100);
            expect(scaled.get(id)?.score).toBeCloseTo(s, 6);
          }
        },
      ),
    );
  });
});

describe("ranking", () => {
  it("gives ties the same place and skips the next (1, 2, 2, 4), best first by direction", () => {
    const up = rankValues(
      new Map([
        [1, 9],
        [2, 7],
        [3, 7],
        [4, 5],
        [5, null],
      ]),
      "up",
    );
    expect([...up]).toEqual([
      [1, 1],
      [2, 2],
      [3, 2],
      [4, 4],
    ]);
    const down = rankValues(
      new Map([
        [1, 9],
        [2, 7],
        [3, 5],
      ]),
      "down",
    );
    expect(down.get(3)).toBe(1);
    expect(down.get(1)).toBe(3);
  });
});
