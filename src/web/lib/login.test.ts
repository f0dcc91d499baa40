import { describe, expect, it } from "vitest";
import { groupSecret, safeNextPath } from "./login";

describe("safeNextPath", () => {
  it("follows same-site paths with their query", () => {
    expect(safeNextPath("/org-units?unit=3")).toBe("/org-units?unit=3");
  });

  it("refuses anything that could leave the site or loop back to login", () => {
    for (const next of [
      null,
      "",
      "https://evil.example",
      "//evil.example",
      "/\\evil.example",
      "/login",
      "/login?next=/x",
    ]) {
      expect(safeNextPath(next)).toBe("/");
    }
  });
});

describe("groupSecret", () => {
  it("groups a base32 secret by four", () => {
    expect(groupSecret("JBSWY3DPEHPK3PXP")).toBe("JBSW Y3DP EHPK 3PXP");
    expect(groupSecret("ABCDEF")).toBe("ABCD EF");
    expect(groupSecret("AB CD")).toBe("ABCD");
  });
});
