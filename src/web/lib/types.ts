// Shapes of the server API as written in docs/api-foundation.md. The web app only reads these;
// the server owns the schemas.

/** Row ids are integers on the server (they travel as JSON numbers). */
export type Id = number;

/** An id read from text (a URL parameter, storage): a positive integer, or null. */
export function parseId(text: string | null | undefined): Id | null {
  if (!text || !/^\d{1,15}$/.test(text)) return null;
  const id = Number(text);
  return id > 0 ? id : null;
}

export const ROLES = ["admin", "leader", "office", "officer", "viewer"] as const;
export type Role = (typeof ROLES)[number];

export const ORG_UNIT_KINDS = [
  "central",
  "province",
  "department",
  "district",
  "commune",
  "ward",
  "special_zone",
  "division",
  "other",
] as const;
export type OrgUnitKind = (typeof ORG_UNIT_KINDS)[number];

export interface Grant {
  role: Role;
  orgUnitId: Id;
  orgUnitCode: string;
  orgUnitName: string;
}

export interface Me {
  id: Id;
  username: string;
  fullName: string;
  email: string | null;
  locale: "vi" | "en";
  totpEnabled: boolean;
  mustEnrollTotp: boolean;
  grants: Grant[];
}

export interface MeResponse {
  user: Me;
  csrfToken: string;
}

export interface OrgUnit {
  id: Id;
  code: string;
  name: string;
  shortName: string | null;
  kind: OrgUnitKind;
  parentId: Id | null;
  path: string;
  depth: number;
  validFrom: string | null;
  validTo: string | null;
  version: number;
  successorIds: Id[];
  predecessorIds: Id[];
}

export interface OrgUnitDetail {
  item: OrgUnit;
  ancestors: OrgUnit[];
  children: OrgUnit[];
  successors: OrgUnit[];
  predecessors: OrgUnit[];
}

export interface ImportRowError {
  row: number;
  column: string;
  code: string;
  message: string;
}

export interface ImportResult {
  dryRun: boolean;
  created: number;
  updated: number;
  errors: ImportRowError[];
}

export interface User {
  id: Id;
  username: string;
  fullName: string;
  email: string | null;
  disabled: boolean;
  locked: boolean;
  totpEnabled: boolean;
  lastLoginAt: string | null;
  grants: Grant[];
}

export interface Page<T> {
  items: T[];
  total: number;
}

export interface AuditEvent {
  id?: Id | string;
  seq: number;
  at: string;
  actorId: Id | null;
  actorName: string | null;
  action: string;
  entityType: string;
  entityId: string | number | null;
  orgUnitId: Id | null;
  before: unknown;
  after: unknown;
  requestId: string | null;
  ip: string | null;
}

export interface AuditVerifyResult {
  ok: boolean;
  checked: number;
  firstBrokenSeq?: number;
}

export interface Meta {
  version: string;
  database: "pglite" | "postgres";
  demo: boolean;
}
