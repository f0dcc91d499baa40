import type { Role } from "./roles";

/** Who is calling: a logged-in user or a registered system client (API key). */
export interface Principal {
  kind: "user" | "client";
  id: number;
  name: string;
  grants: Grant[];
  /** Admin without TOTP yet: may only enrol TOTP, change password and log out. */
  mustEnrollTotp: boolean;
  sessionId?: string;
  csrfToken?: string;
}

export interface Grant {
  role: Role;
  orgUnitId: number;
  /** Materialized path of the granted unit, e.g. '/1/7/'. */
  path: string;
  orgUnitCode?: string;
  orgUnitName?: string;
}
