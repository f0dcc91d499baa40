import { describe, expect, it } from "vitest";
import { matchesQuery } from "./fold";

describe("matchesQuery", () => {
  it("ignores accents, case and extra spaces", () => {
    expect(matchesQuery("Phường Bắc Giang", "bac giang")).toBe(true);
    expect(matchesQuery("Phường Bắc Giang", "BẮC   GIANG")).toBe(true);
    expect(matchesQuery("Sở Tư pháp", "so tu phap")).toBe(true);
  });

  it("treats đ as d", () => {
    expect(matchesQuery("Xã Đồng Việt", "dong viet")).toBe(true);
    expect(matchesQuery("Xã Dong Viet", "đồng")).toBe(true);
  });

  it("needs every word, in any order", () => {
    expect(matchesQuery("Phường Bắc Giang P-BAC-GIANG", "giang phuong")).toBe(true);
    expect(matchesQuery("Phường Bắc Giang", "bac ninh")).toBe(false);
  });

  it("matches everything with an empty query", () => {
    expect(matchesQuery("Tỉnh Bắc Ninh", "  ")).toBe(true);
  });
});
