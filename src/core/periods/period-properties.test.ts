/** Property-based tests: the invariants that every other module relies on. */
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { cutoffPeriodForDate, cutoffWindow } from "./cutoff-window";
import { addDays, epochDayOf, fromEpochDay, isoWeekday, parseIsoDate } from "./iso-date";
import {
  formatPeriod,
  isoWeeksInYear,
  type Period,
  type PeriodParts,
  type PeriodType,
  parsePeriod,
  periodFromParts,
  periodParts,
} from "./period-codes";
import { childPeriods, containsPeriod, parentPeriod } from "./period-hierarchy";
import {
  nextPeriod,
  periodForDate,
  periodFraction,
  periodsBetween,
  previousPeriod,
  samePeriodLastYear,
} from "./period-navigation";

const RUNS = { numRuns: 400 };
const TILING_TYPES: PeriodType[] = ["day", "week", "month", "quarter", "sixmonth", "year"];

// Keep a year of margin inside 1900–2199 so that neighbours and ISO week-years stay valid.
const arbDate = fc
  .integer({ min: epochDayOf(1901, 1, 1), max: epochDayOf(2198, 12, 31) })
  .map((day) => fromEpochDay(day));
const arbYear = fc.integer({ min: 1901, max: 2198 });

const arbParts: fc.Arbitrary<PeriodParts> = fc.oneof(
  arbDate.map((date): PeriodParts => ({ type: "day", ...parseIsoDate(date) })),
  arbYear.chain((year) =>
    fc
      .integer({ min: 1, max: isoWeeksInYear(year) })
      .map((week): PeriodParts => ({ type: "week", year, week })),
  ),
  fc
    .record({ year: arbYear, month: fc.integer({ min: 1, max: 12 }) })
    .map((p): PeriodParts => ({ type: "month", ...p })),
  fc
    .record({ year: arbYear, quarter: fc.integer({ min: 1, max: 4 }) })
    .map((p): PeriodParts => ({ type: "quarter", ...p })),
  fc
    .record({ year: arbYear, half: fc.integer({ min: 1, max: 2 }) })
    .map((p): PeriodParts => ({ type: "sixmonth", ...p })),
  arbYear.map((year): PeriodParts => ({ type: "ninemonth", year })),
  arbYear.map((year): PeriodParts => ({ type: "year", year })),
);
const arbPeriod: fc.Arbitrary<Period> = arbParts.map(periodFromParts);

describe("codes", () => {
  it("parse(format(p)) round-trips, and so do parts and Periods", () => {
    fc.assert(
      fc.property(arbParts, (parts) => {
        const code = formatPeriod(parts);
        const period = parsePeriod(code);
        expect(period).toEqual(periodFromParts(parts));
        expect(periodParts(code)).toEqual(parts);
        expect(formatPeriod(period)).toBe(code);
        expect(parsePeriod(code.toLowerCase())).toEqual(period);
      }),
      RUNS,
    );
  });

  it("start <= end, and codes of one type sort like their start dates", () => {
    fc.assert(
      fc.property(arbPeriod, arbPeriod, (a, b) => {
        expect(a.start <= a.end).toBe(true);
        if (a.type === b.type && a.code !== b.code) expect(a.code < b.code).toBe(a.start < b.start);
      }),
      RUNS,
    );
  });
});

describe("navigation", () => {
  it("previous(next(p)) = p = next(previous(p)), and tiling types leave no gap", () => {
    fc.assert(
      fc.property(arbPeriod, (period) => {
        const next = nextPeriod(period);
        const previous = previousPeriod(period);
        expect(previousPeriod(next)).toEqual(period);
        expect(nextPeriod(previous)).toEqual(period);
        if (period.type !== "ninemonth") {
          expect(next.start).toBe(addDays(period.end, 1));
          expect(previous.end).toBe(addDays(period.start, -1));
        }
      }),
      RUNS,
    );
  });

  it("every date belongs to exactly one period of each type (nine months: only January–September)", () => {
    fc.assert(
      fc.property(arbDate, (date) => {
        for (const type of TILING_TYPES) {
          const period = periodForDate(date, type);
          expect(period.start <= date && date <= period.end).toBe(true);
          // The neighbours, which touch it on both sides, do not hold the date.
          expect(previousPeriod(period).end < date).toBe(true);
          expect(nextPeriod(period).start > date).toBe(true);
        }
        const month = parseIsoDate(date).month;
        if (month <= 9) {
          const nine = periodForDate(date, "ninemonth");
          expect(nine.start <= date && date <= nine.end).toBe(true);
        } else {
          expect(() => periodForDate(date, "ninemonth")).toThrow();
        }
      }),
      RUNS,
    );
  });

  it("ISO weeks run Monday to Sunday and belong to the year of their Thursday", () => {
    fc.assert(
      fc.property(arbDate, (date) => {
        const week = periodForDate(date, "week");
        expect(isoWeekday(week.start)).toBe(1);
        expect(isoWeekday(week.end)).toBe(7);
        expect(periodParts(week).year).toBe(parseIsoDate(addDays(week.start, 3)).year);
      }),
      RUNS,
    );
  });

  it("periodsBetween lists consecutive periods from one end to the other", () => {
    fc.assert(
      fc.property(arbPeriod, fc.integer({ min: 0, max: 40 }), (from, steps) => {
        if (periodParts(from).year > 2150) return; // 40 yearly steps must stay inside the supported range
        let to = from;
        for (let i = 0; i < steps; i++) to = nextPeriod(to);
        const list = periodsBetween(from, to);
        expect(list).toHaveLength(steps + 1);
        expect(list[0]).toEqual(from);
        expect(list[steps]).toEqual(to);
        if (steps > 0) expect(periodsBetween(to, from)).toEqual([]);
      }),
      { numRuns: 150 },
    );
  });

  it("samePeriodLastYear keeps the type and moves back one year", () => {
    fc.assert(
      fc.property(arbPeriod, (period) => {
        const earlier = samePeriodLastYear(period);
        expect(earlier.type).toBe(period.type);
        expect(periodParts(earlier).year).toBe(periodParts(period).year - 1);
      }),
      RUNS,
    );
  });

  it("periodFraction stays in [0, 1] and never decreases", () => {
    fc.assert(
      fc.property(arbPeriod, arbDate, arbDate, (period, a, b) => {
        const [early, late] = a <= b ? [a, b] : [b, a];
        const f1 = periodFraction(period, early);
        const f2 = periodFraction(period, late);
        expect(f1).toBeGreaterThanOrEqual(0);
        expect(f2).toBeLessThanOrEqual(1);
        expect(f1).toBeLessThanOrEqual(f2);
        expect(periodFraction(period, period.end)).toBe(1);
      }),
      RUNS,
    );
  });
});

describe("hierarchy", () => {
  it("children partition the parent exactly, and each child names the parent as its parent", () => {
    fc.assert(
      fc.property(
        arbPeriod,
        fc.constantFrom<PeriodType>("day", "month", "quarter", "sixmonth"),
        (parent, type) => {
          let children: Period[];
          try {
            children = childPeriods(parent, type);
          } catch {
            // Refused only when the types do not nest: check that it was right to refuse.
            const first = periodForDate(parent.start, type);
            const last = periodForDate(parent.end, type);
            expect(first.start !== parent.start || last.end !== parent.end || type === parent.type).toBe(
              true,
            );
            return;
          }
          expect(children[0].start).toBe(parent.start);
          expect(children.at(-1)?.end).toBe(parent.end);
          for (let i = 1; i < children.length; i++) {
            expect(children[i].start).toBe(addDays(children[i - 1].end, 1));
          }
          for (const child of children) {
            expect(child.type).toBe(type);
            expect(containsPeriod(parent, child)).toBe(true);
            expect(parentPeriod(child, parent.type)).toEqual(parent);
          }
        },
      ),
      { numRuns: 300 },
    );
  });

  it("weeks are shared out by their Thursday: each week of a span lies in exactly one parent", () => {
    fc.assert(
      fc.property(arbPeriod, (parent) => {
        if (parent.type === "day" || parent.type === "week") return;
        const weeks = childPeriods(parent, "week");
        const thursday = (week: Period) => addDays(week.start, 3);
        expect(thursday(weeks[0]) >= parent.start).toBe(true);
        expect(thursday(previousPeriod(weeks[0])) < parent.start).toBe(true);
        expect(thursday(weeks.at(-1) as Period) <= parent.end).toBe(true);
        expect(thursday(nextPeriod(weeks.at(-1) as Period)) > parent.end).toBe(true);
        for (let i = 1; i < weeks.length; i++) expect(weeks[i]).toEqual(nextPeriod(weeks[i - 1]));
        for (const week of weeks) expect(parentPeriod(week, parent.type)).toEqual(parent);
      }),
      { numRuns: 200 },
    );
  });
});

describe("cut-off windows", () => {
  const arbStartDay = fc.integer({ min: 1, max: 28 });

  it("windows of consecutive months follow each other with no gap or overlap", () => {
    fc.assert(
      fc.property(arbYear, fc.integer({ min: 1, max: 12 }), arbStartDay, (year, month, startDay) => {
        const rule = { startDay };
        const period = periodFromParts({ type: "month", year, month });
        const window = cutoffWindow(period, rule);
        expect(cutoffWindow(nextPeriod(period), rule).from).toBe(addDays(window.to, 1));
        // Each window is one month long, give or take the lengths of months.
        expect(window.from <= window.to).toBe(true);
      }),
      RUNS,
    );
  });

  it("the twelve monthly windows tile the yearly window; quarters and halves tile it too", () => {
    fc.assert(
      fc.property(arbYear, arbStartDay, (year, startDay) => {
        const rule = { startDay };
        const yearWindow = cutoffWindow(String(year), rule);
        for (const childType of ["month", "quarter", "sixmonth"] as const) {
          const windows = childPeriods(String(year), childType).map((p) => cutoffWindow(p, rule));
          expect(windows[0].from).toBe(yearWindow.from);
          expect(windows.at(-1)?.to).toBe(yearWindow.to);
          for (let i = 1; i < windows.length; i++)
            expect(windows[i].from).toBe(addDays(windows[i - 1].to, 1));
        }
        const nine = cutoffWindow(`${year}N9`, rule);
        expect(nine.from).toBe(yearWindow.from);
        expect(nine.to).toBe(cutoffWindow(`${year}Q3`, rule).to);
        expect(cutoffWindow(String(year + 1), rule).from).toBe(addDays(yearWindow.to, 1));
      }),
      RUNS,
    );
  });

  it("the period found for a date has a window that holds the date", () => {
    fc.assert(
      fc.property(arbDate, fc.constantFrom(...TILING_TYPES), arbStartDay, (date, type, startDay) => {
        const rule = { startDay };
        const window = cutoffWindow(cutoffPeriodForDate(date, type, rule), rule);
        expect(window.from <= date && date <= window.to).toBe(true);
      }),
      RUNS,
    );
  });
});
