import type { FastifyInstance } from "fastify";
import type { Db } from "../db/db";
import { fail } from "./errors";

const WRITE = new Set(["POST", "PUT", "PATCH", "DELETE"]);

/**
 * Writes may carry an Idempotency-Key. The first answer to a key is stored per caller; a retry with
 * the same key gets the same answer without running the write again (a client that lost the
 * response to a timeout can safely resend). The key is bound to the route it was first used on.
 */
export function registerIdempotency(app: FastifyInstance, db: Db) {
  app.addHook("preHandler", async (req, reply) => {
    const key = req.headers["idempotency-key"];
    if (typeof key !== "string" || !WRITE.has(req.method) || !req.principal) return;
    if (key.length > 200) throw fail("VALIDATION_FAILED", "Idempotency-Key dài quá 200 ký tự.");
    const principal = `${req.principal.kind}:${req.principal.id}`;
    const route = `${req.method} ${req.routeOptions.url ?? req.url}`;
    const [hit] = await db.query<{ route: string; statusCode: number; body: string }>(
      `select route, status_code as "statusCode", body from idempotency_key where principal = $1 and key = $2`,
      [principal, key],
    );
    if (hit) {
      if (hit.route !== route) throw fail("IDEMPOTENCY_KEY_REUSED");
      reply.header("idempotent-replay", "true");
      reply.header("content-type", "application/json; charset=utf-8");
      return reply.status(hit.statusCode).send(hit.body);
    }
    (req as { idempotency?: { principal: string; key: string; route: string } }).idempotency = { principal, key, route };
  });

  app.addHook("onSend", async (req, reply, payload) => {
    const idem = (req as { idempotency?: { principal: string; key: string; route: string } }).idempotency;
    if (!idem || reply.statusCode >= 500 || typeof payload !== "string") return payload;
    await db.query(
      `insert into idempotency_key (key, principal, route, status_code, body) values ($1, $2, $3, $4, $5)
       on conflict do nothing`,
      [idem.key, idem.principal, idem.route, reply.statusCode, payload],
    );
    return payload;
  });
}
