import type { FastifyRequest } from "fastify";
import { fail } from "../http/errors";
import type { Principal } from "./principal";

/** What a service needs to know about the caller: who, and what to write into the audit log. */
export interface Ctx {
  who: Principal;
  requestId: string;
  ip: string;
}

declare module "fastify" {
  interface FastifyRequest {
    principal?: Principal;
  }
}

/** The caller, or 401. Also refuses admins who have not enrolled TOTP yet (except on auth routes). */
export function ctxOf(req: FastifyRequest): Ctx {
  const who = req.principal;
  if (!who) throw fail("AUTH_REQUIRED");
  if (who.mustEnrollTotp) throw fail("AUTH_TOTP_ENROLL_REQUIRED");
  return { who, requestId: String(req.id), ip: req.ip };
}

/** For routes an admin without TOTP may still use (me, TOTP setup, password, logout). */
export function ctxAllowingEnrollment(req: FastifyRequest): Ctx {
  const who = req.principal;
  if (!who) throw fail("AUTH_REQUIRED");
  return { who, requestId: String(req.id), ip: req.ip };
}

export function auditActor(ctx: Ctx) {
  return {
    actorId: ctx.who.kind === "user" ? ctx.who.id : null,
    actorName: ctx.who.kind === "user" ? ctx.who.name : `client:${ctx.who.name}`,
    requestId: ctx.requestId,
    ip: ctx.ip,
  };
}
