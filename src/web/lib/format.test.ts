import fc from "fast-check";
import { describe, expect, it } from "vitest";
import {
  formatDate,
  formatDateTime,
  formatNumber,
  formatPercent,
  formatTimeOfDay,
  localeForLanguage,
  parseDate,
  todayIso,
} from "./format";

describe("formatNumber", () => {
  it("uses Vietnamese grouping and decimal separators", () => {
    expect(formatNumber(1234567.5)).toBe("1.234.567,5");
    expect(formatNumber(0.125, { maximumFractionDigits: 2 })).toBe("0,13");
    expect(formatNumber(-42)).toBe("-42");
  });

  it("uses English separators for English", () => {
    expect(formatNumber(1234567.5, {}, "en-GB")).toBe("1,234,567.5");
  });

  it("leaves empty values empty", () => {
    expect(formatNumber(null)).toBe("");
    expect(formatNumber(undefined)).toBe("");
    expect(formatNumber(Number.NaN)).toBe("");
  });

  it("formats percentages on the 0–100 scale", () => {
    expect(formatPercent(75.25)).toBe("75,3%");
    expect(formatPercent(100, 0)).toBe("100%");
    expect(formatPercent(null)).toBe("");
  });
});

describe("dates", () => {
  it("shows calendar dates as dd/MM/yyyy without shifting them", () => {
    expect(formatDate("2025-07-01")).toBe("01/07/2025");
    expect(formatDate("2024-12-31")).toBe("31/12/2024");
    expect(formatDate(null)).toBe("");
    expect(formatDate("not a date")).toBe("");
  });

  it("shows timestamps in Vietnam time (UTC+7)", () => {
    // 17:30 UTC on 30 June is already 1 July in Hà Nội.
    expect(formatDate("2025-06-30T17:30:00Z")).toBe("01/07/2025");
    expect(formatDateTime("2025-06-30T17:30:00Z")).toBe("01/07/2025 00:30");
    expect(formatDateTime("2025-01-05T02:04:00Z")).toBe("05/01/2025 09:04");
    expect(formatTimeOfDay("2025-01-05T02:04:00Z")).toBe("09:04");
  });

  it("parses typed dates, with or without leading zeros", () => {
    expect(parseDate("01/07/2025")).toBe("2025-07-01");
    expect(parseDate("1/7/2025")).toBe("2025-07-01");
    expect(parseDate(" 29/02/2024 ")).toBe("2024-02-29");
  });

  it("rejects dates that do not exist or are not dd/mm/yyyy", () => {
    expect(parseDate("29/02/2025")).toBeNull();
    expect(parseDate("31/04/2025")).toBeNull();
    expect(parseDate("00/01/2025")).toBeNull();
    expect(parseDate("2025-07-01")).toBeNull();
    expect(parseDate("07/2025")).toBeNull();
    expect(parseDate("")).toBeNull();
  });

  it("round-trips every calendar date through format and parse", () => {
    const day = fc.date({
      min: new Date("1900-01-01T00:00:00Z"),
      max: new Date("2199-12-31T00:00:00Z"),
      noInvalidDate: true,
    });
    fc.assert(
      fc.property(day, (date) => {
        const iso = date.toISOString().slice(0, 10);
        expect(parseDate(formatDate(iso))).toBe(iso);
      }),
    );
  });

  it("knows today's date in Vietnam", () => {
    expect(todayIso(new Date("2025-06-30T17:00:00Z"))).toBe("2025-07-01");
    expect(todayIso(new Date("2025-06-30T16:59:00Z"))).toBe("2025-06-30");
  });

  it("maps the UI language to a formatting locale", () => {
    expect(localeForLanguage("vi")).toBe("vi-VN");
    expect(localeForLanguage("en")).toBe("en-GB");
    expect(localeForLanguage(undefined)).toBe("vi-VN");
  });
});
