import { createHash } from "node:crypto";

// The chain hashes a canonical JSON form (keys sorted at every level) so that the same event read
// back from jsonb, whose key order PostgreSQL chooses, hashes to the same value.

export function canonicalJson(value: unknown): string {
  if (value === null || value === undefined) return "null";
  if (Array.isArray(value)) return `[${value.map(canonicalJson).join(",")}]`;
  if (typeof value === "object") {
    const entries = Object.entries(value as Record<string, unknown>)
      .filter(([, v]) => v !== undefined)
      .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
    return `{${entries.map(([k, v]) => `${JSON.stringify(k)}:${canonicalJson(v)}`).join(",")}}`;
  }
  return JSON.stringify(value);
}

export interface ChainedFields {
  seq: number;
  at: string;
  actorId: number | null;
  actorName: string | null;
  action: string;
  entityType: string;
  entityId: string | null;
  orgUnitId: number | null;
  before: unknown;
  after: unknown;
  requestId: string | null;
  ip: string | null;
}

export function eventHash(prevHash: string, e: ChainedFields): string {
  return createHash("sha256")
    .update(prevHash)
    .update("\n")
    .update(canonicalJson(e))
    .digest("hex");
}
