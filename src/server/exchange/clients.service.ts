// System clients (hệ thống kết nối): registered by an admin with a scope (read or write; which units
// and indicators), a rate limit and, for a lower dieuhanh instance, the data groups shared down to it.
import { appendAudit } from "../audit/audit.repo";
import { can, hasAnywhere } from "../auth/authorize";
import { auditActor, type Ctx } from "../auth/context";
import type { Db, Queryable } from "../db/db";
import { fail } from "../http/errors";
import { generateApiKey } from "./clients.keys";
import { exchangeError } from "./exchange.errors";
import { resolveGroupCodes, resolveIndicatorCodes, resolveUnitCodes, type UnitRow } from "./exchange.lookup";

export interface ClientInput {
  name: string;
  description?: string | null;
  access: "read" | "write";
  units: string[];
  indicators: string[];
  rateLimitPerMinute?: number;
  federation?: boolean;
  downGroups?: string[];
}

export interface ClientView {
  id: number;
  name: string;
  description: string | null;
  keyPrefix: string;
  access: "read" | "write";
  units: { id: number; code: string; name: string }[];
  indicators: string[];
  rateLimitPerMinute: number;
  federation: boolean;
  downGroups: string[];
  disabled: boolean;
  createdAt: string;
  lastUsedAt: string | null;
  requests24h: number;
  version: number;
}

const VIEW = `c.id, c.name, c.description, c.key_prefix as "keyPrefix", c.access,
  coalesce((select json_agg(json_build_object('id', o.id, 'code', o.code, 'name', o.name, 'path', o.path) order by o.path)
     from org_unit o where o.id = any(c.unit_ids)), '[]'::json) as units,
  c.indicator_codes as indicators, c.rate_limit_per_minute as "rateLimitPerMinute", c.federation,
  c.down_group_codes as "downGroups", c.disabled, c.created_at as "createdAt", c.last_used_at as "lastUsedAt",
  (select count(*)::int from api_client_usage u where u.client_id = c.id and u.at > now() - interval '1 day') as "requests24h",
  c.version`;

type Row = Omit<ClientView, "units"> & { units: (ClientView["units"][number] & { path: string })[] };

const strip = (r: Row): ClientView => ({
  ...r,
  units: r.units.map(({ id, code, name }) => ({ id, code, name })),
});

export function createClientService(db: Db) {
  function assertManage(ctx: Ctx, units: { path: string }[]) {
    if (!hasAnywhere(ctx.who, "exchange.manage")) throw fail("FORBIDDEN");
    for (const u of units) if (!can(ctx.who, "exchange.manage", u.path)) throw fail("FORBIDDEN");
  }

  async function load(q: Queryable, id: number): Promise<Row> {
    const [row] = await q.query<Row>(`select ${VIEW} from api_client c where c.id = $1`, [id]);
    if (!row) throw exchangeError.clientNotFound(id);
    return row;
  }

  async function checked(
    q: Queryable,
    input: ClientInput,
  ): Promise<{ units: UnitRow[]; indicators: string[]; groups: string[] }> {
    if (!input.units.length) throw exchangeError.unknownUnits(["(trống)"]);
    const units = await resolveUnitCodes(q, input.units);
    const indicators = await resolveIndicatorCodes(q, input.indicators);
    const groups = await resolveGroupCodes(q, input.downGroups ?? []);
    return { units, indicators, groups };
  }

  async function nameTaken(q: Queryable, name: string, exceptId = 0) {
    const rows = await q.query("select 1 from api_client where lower(name) = lower($1) and id <> $2", [
      name,
      exceptId,
    ]);
    if (rows.length) throw exchangeError.clientNameTaken(name);
  }

  return {
    async list(ctx: Ctx): Promise<ClientView[]> {
      if (!hasAnywhere(ctx.who, "exchange.manage")) throw fail("FORBIDDEN");
      const rows = await db.query<Row>(`select ${VIEW} from api_client c order by c.name`);
      // An admin of a subtree sees the clients whose whole scope lies inside it.
      return rows.filter((r) => r.units.every((u) => can(ctx.who, "exchange.manage", u.path))).map(strip);
    },

    async get(ctx: Ctx, id: number): Promise<ClientView> {
      const row = await load(db, id);
      assertManage(ctx, row.units);
      return strip(row);
    },

    /** Returns the key in clear: the only time it is ever shown. */
    async create(ctx: Ctx, input: ClientInput): Promise<{ item: ClientView; apiKey: string }> {
      return db.tx(async (tx) => {
        const { units, indicators, groups } = await checked(tx, input);
        assertManage(ctx, units);
        await nameTaken(tx, input.name);
        const key = generateApiKey();
        const [{ id }] = await tx.query<{ id: number }>(
          `insert into api_client (name, description, key_prefix, key_hash, access, unit_ids, indicator_codes, rate_limit_per_minute,
              federation, down_group_codes, created_by)
           values ($1, $2, $3, $4, $5, $6::int[], $7::text[], $8, $9, $10::text[], $11) returning id`,
          [
            input.name,
            input.description ?? null,
            key.prefix,
            key.hash,
            input.access,
            units.map((u) => u.id),
            indicators,
            // A lower instance pushes after every local write: its default allowance is higher.
            input.rateLimitPerMinute ?? (input.federation ? 6000 : 600),
            input.federation ?? false,
            groups,
            ctx.who.kind === "user" ? ctx.who.id : null,
          ],
        );
        const item = strip(await load(tx, id));
        await appendAudit(tx, {
          ...auditActor(ctx),
          action: "api_client.create",
          entityType: "api_client",
          entityId: id,
          after: item,
        });
        return { item, apiKey: key.key };
      });
    },

    async update(
      ctx: Ctx,
      id: number,
      version: number,
      input: ClientInput & { disabled?: boolean },
    ): Promise<ClientView> {
      return db.tx(async (tx) => {
        const before = await load(tx, id);
        assertManage(ctx, before.units);
        const { units, indicators, groups } = await checked(tx, input);
        assertManage(ctx, units);
        await nameTaken(tx, input.name, id);
        const rows = await tx.query(
          `update api_client set name = $3, description = $4, access = $5, unit_ids = $6::int[], indicator_codes = $7::text[],
              rate_limit_per_minute = $8, federation = $9, down_group_codes = $10::text[], disabled = $11, version = version + 1
            where id = $1 and version = $2 returning id`,
          [
            id,
            version,
            input.name,
            input.description ?? null,
            input.access,
            units.map((u) => u.id),
            indicators,
            input.rateLimitPerMinute ?? before.rateLimitPerMinute,
            input.federation ?? before.federation,
            groups,
            input.disabled ?? before.disabled,
          ],
        );
        if (!rows.length) throw fail("VERSION_CONFLICT");
        const after = strip(await load(tx, id));
        await appendAudit(tx, {
          ...auditActor(ctx),
          action: "api_client.update",
          entityType: "api_client",
          entityId: id,
          before: strip(before),
          after,
        });
        return after;
      });
    },

    /** A new key; the old one stops working at once. */
    async rotateKey(ctx: Ctx, id: number): Promise<{ item: ClientView; apiKey: string }> {
      return db.tx(async (tx) => {
        const before = await load(tx, id);
        assertManage(ctx, before.units);
        const key = generateApiKey();
        await tx.query(
          "update api_client set key_prefix = $2, key_hash = $3, version = version + 1 where id = $1",
          [id, key.prefix, key.hash],
        );
        const item = strip(await load(tx, id));
        await appendAudit(tx, {
          ...auditActor(ctx),
          action: "api_client.rotate_key",
          entityType: "api_client",
          entityId: id,
          before: { keyPrefix: before.keyPrefix },
          after: { keyPrefix: item.keyPrefix },
        });
        return { item, apiKey: key.key };
      });
    },

    async usage(ctx: Ctx, id: number, page: number, pageSize: number) {
      const row = await load(db, id);
      assertManage(ctx, row.units);
      const items = await db.query<{
        id: number;
        at: string;
        method: string;
        route: string;
        statusCode: number;
        durationMs: number;
        ip: string | null;
      }>(
        `select id, at, method, route, status_code as "statusCode", duration_ms as "durationMs", ip
           from api_client_usage where client_id = $1 order by id desc limit $2 offset $3`,
        [id, pageSize, (page - 1) * pageSize],
      );
      const [{ total }] = await db.query<{ total: number }>(
        "select count(*)::int as total from api_client_usage where client_id = $1",
        [id],
      );
      return { items, total };
    },
  };
}

export type ClientService = ReturnType<typeof createClientService>;

/** One row per key-authenticated request (written after the answer is sent), and the last-used time. */
export async function logClientUsage(
  q: Queryable,
  u: { clientId: number; method: string; route: string; statusCode: number; durationMs: number; ip: string },
): Promise<void> {
  await q.query(
    "insert into api_client_usage (client_id, method, route, status_code, duration_ms, ip) values ($1, $2, $3, $4, $5, $6)",
    [u.clientId, u.method, u.route.slice(0, 300), u.statusCode, Math.round(u.durationMs), u.ip],
  );
  await q.query(
    "update api_client set last_used_at = now() where id = $1 and (last_used_at is null or last_used_at < now() - interval '1 minute')",
    [u.clientId],
  );
}

/** Usage rows older than 90 days go (a periodic job). */
export async function purgeClientUsage(q: Queryable): Promise<void> {
  await q.query("delete from api_client_usage where at < now() - interval '90 days'");
}
