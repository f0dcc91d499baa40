import type { Queryable } from "../db/db";
import { type ChainedFields, eventHash } from "./hash-chain";

export interface AuditInput {
  actorId: number | null;
  actorName: string | null;
  action: string;
  entityType: string;
  entityId?: string | number | null;
  orgUnitId?: number | null;
  before?: unknown;
  after?: unknown;
  requestId?: string | null;
  ip?: string | null;
}

export interface AuditRow extends ChainedFields {
  prevHash: string;
  hash: string;
}

/** Appends one event inside the caller's transaction; the write and its audit commit together. */
export async function appendAudit(tx: Queryable, input: AuditInput): Promise<number> {
  // Locking the head row serializes appenders: the chain has no forks and no gaps.
  const [head] = await tx.query<{ seq: number; hash: string }>(
    "select seq, hash from audit_head where id = 1 for update",
  );
  const fields: ChainedFields = {
    seq: Number(head.seq) + 1,
    at: new Date().toISOString(),
    actorId: input.actorId,
    actorName: input.actorName,
    action: input.action,
    entityType: input.entityType,
    entityId: input.entityId == null ? null : String(input.entityId),
    orgUnitId: input.orgUnitId ?? null,
    before: normalizeJson(input.before),
    after: normalizeJson(input.after),
    requestId: input.requestId ?? null,
    ip: input.ip ?? null,
  };
  const hash = eventHash(head.hash, fields);
  await tx.query(
    `insert into audit_event (seq, at, actor_id, actor_name, action, entity_type, entity_id, org_unit_id,
       before, after, request_id, ip, prev_hash, hash)
     values ($1,$2,$3,$4,$5,$6,$7,$8,$9::jsonb,$10::jsonb,$11,$12,$13,$14)`,
    [
      fields.seq,
      fields.at,
      fields.actorId,
      fields.actorName,
      fields.action,
      fields.entityType,
      fields.entityId,
      fields.orgUnitId,
      fields.before === null ? null : JSON.stringify(fields.before),
      fields.after === null ? null : JSON.stringify(fields.after),
      fields.requestId,
      fields.ip,
      head.hash,
      hash,
    ],
  );
  await tx.query("update audit_head set seq = $1, hash = $2 where id = 1", [fields.seq, hash]);
  return fields.seq;
}

// What goes into the hash must be exactly what jsonb gives back: drop undefined, dates to strings.
function normalizeJson(v: unknown): unknown {
  return v === undefined || v === null ? null : JSON.parse(JSON.stringify(v));
}

const SELECT = `select seq, at, actor_id as "actorId", actor_name as "actorName", action, entity_type as "entityType",
  entity_id as "entityId", org_unit_id as "orgUnitId", before, after, request_id as "requestId", ip,
  prev_hash as "prevHash", hash from audit_event`;

export async function readAuditChunk(q: Queryable, afterSeq: number, limit: number): Promise<AuditRow[]> {
  return q.query<AuditRow>(`${SELECT} where seq > $1 order by seq limit $2`, [afterSeq, limit]);
}

export interface AuditFilter {
  actor?: string;
  entityType?: string;
  entityId?: string;
  action?: string;
  from?: string;
  to?: string;
  orgUnitPaths?: string[] | null; // null = everything
  limit: number;
  offset: number;
}

export async function searchAudit(q: Queryable, f: AuditFilter): Promise<{ items: AuditRow[]; total: number }> {
  const where: string[] = [];
  const params: unknown[] = [];
  const add = (sql: string, v: unknown) => {
    params.push(v);
    where.push(sql.replace("?", `$${params.length}`));
  };
  if (f.actor) add("actor_name ilike ?", `%${f.actor}%`);
  if (f.entityType) add("entity_type = ?", f.entityType);
  if (f.entityId) add("entity_id = ?", f.entityId);
  if (f.action) add("action ilike ?", `%${f.action}%`);
  if (f.from) add("at >= ?::date", f.from);
  if (f.to) add("at < (?::date + 1)", f.to);
  if (f.orgUnitPaths) {
    params.push(f.orgUnitPaths);
    where.push(
      `org_unit_id in (select ou.id from org_unit ou join unnest($${params.length}::text[]) p(prefix) on ou.path like p.prefix || '%')`,
    );
  }
  const w = where.length ? ` where ${where.join(" and ")}` : "";
  const [{ n }] = await q.query<{ n: number }>(`select count(*)::int as n from audit_event${w}`, params);
  const items = await q.query<AuditRow>(
    `${SELECT}${w} order by seq desc limit $${params.length + 1} offset $${params.length + 2}`,
    [...params, f.limit, f.offset],
  );
  return { items, total: n };
}
