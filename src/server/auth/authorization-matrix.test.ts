import { describe, expect, it } from "vitest";
import { can } from "./authorize";
import type { Principal } from "./principal";
import { ROLES, type Role } from "./roles";

// Each role granted on its own unit '/1/2/' (a department), checked against its own unit, a child
// unit '/1/2/5/', and another unit '/1/3/', for reading and for writing data. Every cell is stated;
// a change to the role table that alters one fails here.
const OWN = "/1/2/";
const CHILD = "/1/2/5/";
const OTHER = "/1/3/";

type Cell = [read: boolean, write: boolean];
const EXPECTED: Record<Role, { own: Cell; child: Cell; other: Cell }> = {
  admin: { own: [true, true], child: [true, true], other: [false, false] },
  leader: { own: [true, false], child: [true, false], other: [false, false] },
  office: { own: [true, true], child: [true, true], other: [false, false] },
  officer: { own: [true, true], child: [true, true], other: [false, false] },
  viewer: { own: [true, false], child: [true, false], other: [false, false] },
};

function principal(role: Role): Principal {
  return { kind: "user", id: 1, name: role, mustEnrollTotp: false, grants: [{ role, orgUnitId: 2, path: OWN }] };
}

describe("authorization matrix: role × unit × read/write", () => {
  for (const role of ROLES) {
    for (const [where, path] of [["own", OWN], ["child", CHILD], ["other", OTHER]] as const) {
      it(`${role} on ${where} unit`, () => {
        const [read, write] = EXPECTED[role][where];
        expect(can(principal(role), "read", path)).toBe(read);
        expect(can(principal(role), "data.write", path)).toBe(write);
      });
    }
  }

  it("a prefix that is not a path segment does not cover: /1/2/ does not cover /1/23/", () => {
    expect(can(principal("admin"), "read", "/1/23/")).toBe(false);
  });

  it("only admins manage units and users; leaders and admins read the audit log", () => {
    const perms = (r: Role) => [can(principal(r), "orgunit.manage", OWN), can(principal(r), "user.manage", OWN), can(principal(r), "audit.read", OWN)];
    expect(perms("admin")).toEqual([true, true, true]);
    expect(perms("leader")).toEqual([false, false, true]);
    expect(perms("office")).toEqual([false, false, false]);
    expect(perms("officer")).toEqual([false, false, false]);
    expect(perms("viewer")).toEqual([false, false, false]);
  });
});
