import { describe, expect, it } from "vitest";
import type { Role } from "../lib/types";
import { NAV_ENTRIES, visibleEntries } from "./nav";

const ids = (roles: Role[]) => visibleEntries(NAV_ENTRIES, new Set(roles)).map((entry) => entry.id);

describe("navigation registry", () => {
  it("has unique ids and paths", () => {
    expect(new Set(NAV_ENTRIES.map((entry) => entry.id)).size).toBe(NAV_ENTRIES.length);
    expect(new Set(NAV_ENTRIES.map((entry) => entry.path)).size).toBe(NAV_ENTRIES.length);
    for (const entry of NAV_ENTRIES) expect(entry.path.startsWith("/")).toBe(true);
  });

  it("shows user management to administrators only and the audit log to administrators and leaders", () => {
    expect(ids(["admin"])).toContain("users");
    expect(ids(["admin"])).toContain("audit");
    expect(ids(["leader"])).not.toContain("users");
    expect(ids(["leader"])).toContain("audit");
    expect(ids(["officer", "viewer"])).not.toContain("audit");
    expect(ids(["viewer"])).toContain("dashboard");
    expect(ids([])).toContain("orgunits");
  });
});
