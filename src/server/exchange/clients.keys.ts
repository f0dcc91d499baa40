// API keys of system clients and the PrincipalResolver that turns `Authorization: Bearer <key>` into
// a Principal of kind "client". Only a hash of the key is stored; the key is shown once, at creation.
import { createHash, randomBytes } from "node:crypto";
import type { FastifyRequest } from "fastify";
import type { Grant, Principal } from "../auth/principal";
import type { PrincipalResolver } from "../auth/session.plugin";
import type { Queryable } from "../db/db";
import { fail } from "../http/errors";
import { exchangeError } from "./exchange.errors";

export const KEY_PREFIX = "dhk_";
const KEY_PATTERN = /^dhk_[A-Za-z0-9_-]{40,60}$/;

/** What an exchange route needs to know about a key-authenticated caller. */
export interface ApiClientAuth {
  id: number;
  name: string;
  access: "read" | "write";
  /** null: every indicator. */
  indicatorCodes: Set<string> | null;
  rateLimitPerMinute: number;
  federation: boolean;
  downGroupCodes: string[];
  unitIds: number[];
  unitPaths: string[];
}

declare module "fastify" {
  interface FastifyRequest {
    apiClient?: ApiClientAuth;
  }
}

/** A new key: 32 random bytes, base64url, with a recognisable prefix (secret scanners look for it). */
export function generateApiKey(): { key: string; prefix: string; hash: string } {
  const key = `${KEY_PREFIX}${randomBytes(32).toString("base64url")}`;
  return { key, prefix: key.slice(0, 12), hash: hashApiKey(key) };
}

export function hashApiKey(key: string): string {
  return createHash("sha256").update(key, "utf8").digest("hex");
}

interface ClientRow {
  id: number;
  name: string;
  access: "read" | "write";
  indicatorCodes: string[];
  rateLimitPerMinute: number;
  federation: boolean;
  downGroupCodes: string[];
  disabled: boolean;
  unitIds: number[];
  units: { id: number; path: string; code: string; name: string }[];
}

async function findByHash(q: Queryable, hash: string): Promise<ClientRow | undefined> {
  const [row] = await q.query<ClientRow>(
    `select c.id, c.name, c.access, c.indicator_codes as "indicatorCodes", c.rate_limit_per_minute as "rateLimitPerMinute",
            c.federation, c.down_group_codes as "downGroupCodes", c.disabled, c.unit_ids as "unitIds",
            coalesce((select json_agg(json_build_object('id', o.id, 'path', o.path, 'code', o.code, 'name', o.name))
                        from org_unit o where o.id = any(c.unit_ids)), '[]'::json) as units
       from api_client c where c.key_hash = $1`,
    [hash],
  );
  return row;
}

/** The grants a client's scope amounts to: read (viewer) or write (officer) on each unit subtree. */
export function clientGrants(access: "read" | "write", units: ClientRow["units"]): Grant[] {
  return units.map((u) => ({
    role: access === "write" ? "officer" : "viewer",
    orgUnitId: u.id,
    path: u.path,
    orgUnitCode: u.code,
    orgUnitName: u.name,
  }));
}

/** Routes a key restricted to some indicators may call: there the indicator scope is enforced. */
function isExchangeRoute(url: string): boolean {
  return url.startsWith("/api/v1/exchange/") || url.startsWith("/api/v1/open/");
}

/**
 * Resolves `Authorization: Bearer dhk_...`. A malformed, unknown or disabled key is refused with
 * API_KEY_INVALID rather than treated as anonymous, so a misconfigured system gets a clear error.
 * Keys limited to some indicators are accepted on the exchange routes only, where that limit holds.
 */
export function createApiKeyResolver(db: Queryable): PrincipalResolver {
  return async (req: FastifyRequest): Promise<Principal | undefined> => {
    const header = req.headers.authorization;
    if (typeof header !== "string" || !/^bearer\s/i.test(header)) return undefined;
    const key = header.slice(7).trim();
    if (!KEY_PATTERN.test(key)) throw fail("API_KEY_INVALID");
    const row = await findByHash(db, hashApiKey(key));
    if (!row || row.disabled) throw fail("API_KEY_INVALID");
    if ((row.indicatorCodes.length || row.federation) && !isExchangeRoute(req.url))
      throw exchangeError.scope("Khóa API này chỉ dùng cho các API trao đổi dữ liệu (/api/v1/exchange).");
    req.apiClient = {
      id: row.id,
      name: row.name,
      access: row.access,
      indicatorCodes: row.indicatorCodes.length
        ? new Set(row.indicatorCodes.map((c) => c.toLowerCase()))
        : null,
      rateLimitPerMinute: row.rateLimitPerMinute,
      federation: row.federation,
      downGroupCodes: row.downGroupCodes,
      unitIds: row.unitIds,
      unitPaths: row.units.map((u) => u.path),
    };
    return {
      kind: "client",
      id: row.id,
      name: row.name,
      grants: clientGrants(row.access, row.units),
      mustEnrollTotp: false,
    };
  };
}

/** Whether the caller may see or send figures of this indicator (users: every indicator). */
export function indicatorAllowed(req: FastifyRequest, code: string): boolean {
  const set = req.apiClient?.indicatorCodes;
  return !set || set.has(code.toLowerCase());
}

/** Key-authenticated writes need a write key. */
export function assertClientCanWrite(req: FastifyRequest): void {
  if (req.apiClient && req.apiClient.access !== "write")
    throw exchangeError.scope("Khóa API chỉ có quyền đọc, không được ghi số liệu.");
}

/** Per-client rate limit (route config for @fastify/rate-limit): keyed by client, else by address. */
export const clientRateLimit = (anonymousPerMinute = 300) => ({
  rateLimit: {
    max: (req: FastifyRequest) => req.apiClient?.rateLimitPerMinute ?? anonymousPerMinute,
    timeWindow: 60_000,
    keyGenerator: (req: FastifyRequest) => (req.apiClient ? `client:${req.apiClient.id}` : `ip:${req.ip}`),
  },
});
