import type { FastifyInstance, FastifyRequest } from "fastify";
import { fail } from "../http/errors";
import type { AuthService } from "./auth.service";
import type { Principal } from "./principal";

export const SESSION_COOKIE = "dh_session";
const SAFE_METHODS = new Set(["GET", "HEAD", "OPTIONS"]);

/** Other ways to identify a caller (system clients with API keys register one here). */
export type PrincipalResolver = (req: FastifyRequest) => Promise<Principal | undefined>;

/**
 * Resolves the caller on every /api request: a system client's key, or the session cookie.
 * Cookie-authenticated writes must echo the session's CSRF token in `x-csrf-token`; a foreign page
 * can make the browser send the cookie but cannot read the token.
 */
export function registerSessionHook(app: FastifyInstance, auth: AuthService, resolvers: PrincipalResolver[]) {
  app.addHook("onRequest", async (req) => {
    if (!req.url.startsWith("/api/")) return;
    for (const resolve of resolvers) {
      const p = await resolve(req);
      if (p) {
        req.principal = p;
        return;
      }
    }
    const token = req.cookies?.[SESSION_COOKIE];
    if (!token) return;
    const principal = await auth.fromSessionToken(token);
    if (!principal) return;
    req.principal = principal;
    if (!SAFE_METHODS.has(req.method) && req.headers["x-csrf-token"] !== principal.csrfToken) throw fail("CSRF_INVALID");
  });
}
