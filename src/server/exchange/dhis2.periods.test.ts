import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { periodFromDhis2, periodToDhis2 } from "./dhis2.periods";

describe("DHIS2 periods", () => {
  it("maps the DHIS2 forms to our codes", () => {
    expect(periodFromDhis2("202501")).toBe("202501");
    expect(periodFromDhis2("2025Q1")).toBe("2025Q1");
    expect(periodFromDhis2("2025")).toBe("2025");
    expect(periodFromDhis2("2025S1")).toBe("2025S1");
    expect(periodFromDhis2("2025S2")).toBe("2025S2");
    expect(periodFromDhis2("20250115")).toBe("20250115");
    expect(periodFromDhis2("2025W3")).toBe("2025W03");
  });

  it("refuses malformed and unsupported DHIS2 periods", () => {
    for (const bad of [
      "202513",
      "2025Q5",
      "2025S3",
      "25",
      "2025-01",
      "202501B",
      "2025AprilS1",
      "2025April",
      "",
      "2025N9",
      "abc",
    ])
      expect(periodFromDhis2(bad), bad).toBeNull();
  });

  it("writes weeks unpadded and has no form for nine months", () => {
    expect(periodToDhis2("2025W03")).toBe("2025W3");
    expect(periodToDhis2("2025W23")).toBe("2025W23");
    expect(periodToDhis2("2025N9")).toBeNull();
    expect(periodToDhis2("2025S1")).toBe("2025S1");
  });

  it("round-trips every month, quarter, half and year", () => {
    fc.assert(
      fc.property(fc.integer({ min: 1990, max: 2100 }), fc.integer({ min: 1, max: 12 }), (y, m) => {
        for (const code of [
          `${y}${String(m).padStart(2, "0")}`,
          `${y}Q${((m - 1) % 4) + 1}`,
          `${y}S${(m % 2) + 1}`,
          `${y}`,
        ]) {
          const out = periodToDhis2(code);
          expect(out).not.toBeNull();
          expect(periodFromDhis2(out as string)).toBe(code);
        }
      }),
    );
  });
});
