import type { ServerResponse } from "node:http";
import type { FastifyInstance } from "fastify";
import type { ZodTypeProvider } from "fastify-type-provider-zod";
import { z } from "zod";
import type { AppDeps } from "../app";
import { can, scopePaths } from "../auth/authorize";
import { ctxOf } from "../auth/context";
import type { Queryable } from "../db/db";
import type { ChangeEvent } from "../events";
import { fail } from "../http/errors";

// Live dashboards: GET /dashboard/events is a server-sent-event stream of the app's change events
// (AppEvents), filtered to what the caller may read — a change in a unit reaches a viewer whose
// scope holds that unit (a ward's new figure moves its province's totals; a province figure says
// nothing about a ward). The web app refetches the queries an event touches; nothing is pushed but
// the fact of a change, so the stream never carries data the refetch would not.

const HEARTBEAT_MS = 15_000;
const PATH_CACHE_MS = 60_000;

/** Paths of units by id, cached briefly: every event on every stream asks. */
export function unitPathCache(q: Queryable) {
  let cache = new Map<number, string>();
  let loadedAt = 0;
  return async (ids: number[]): Promise<(string | undefined)[]> => {
    if (Date.now() - loadedAt > PATH_CACHE_MS) {
      cache = new Map();
      loadedAt = Date.now();
    }
    const missing = ids.filter((id) => !cache.has(id));
    if (missing.length) {
      const rows = await q.query<{ id: number; path: string }>(
        "select id, path from org_unit where id = any($1::int[])",
        [missing],
      );
      for (const r of rows) cache.set(r.id, r.path);
    }
    return ids.map((id) => cache.get(id));
  };
}

/** The event as this viewer may see it, or null when none of its units is in their scope. */
export function filterEvent(
  e: ChangeEvent,
  paths: (string | undefined)[],
  roots: string[],
): ChangeEvent | null {
  if (e.orgUnitIds.length === 0) return { ...e };
  const ids = e.orgUnitIds.filter((_, i) => {
    const p = paths[i];
    return p !== undefined && roots.some((r) => p.startsWith(r));
  });
  return ids.length ? { entity: e.entity, action: e.action, orgUnitIds: ids, at: e.at } : null;
}

export function liveRoutes(app: FastifyInstance, deps: AppDeps) {
  const r = app.withTypeProvider<ZodTypeProvider>();
  const pathsOf = unitPathCache(deps.db);
  const open = new Set<ServerResponse>();
  // Streams never end on their own: close them when the app closes, or shutdown would wait.
  app.addHook("preClose", async () => {
    for (const res of open) res.end();
    open.clear();
  });

  r.get(
    "/dashboard/events",
    {
      schema: {
        tags: ["dashboard"],
        summary:
          "Luồng sự kiện thay đổi (server-sent events) trong phạm vi người xem, để bảng điều hành tự cập nhật",
        querystring: z.object({ unit: z.coerce.number().int().positive().optional() }),
      },
    },
    async (req, reply) => {
      const ctx = ctxOf(req);
      let roots = scopePaths(ctx.who, "read");
      if (req.query.unit) {
        const [u] = await deps.db.query<{ path: string }>("select path from org_unit where id = $1", [
          req.query.unit,
        ]);
        if (!u) throw fail("NOT_FOUND", `Không tìm thấy đơn vị có mã số ${req.query.unit}.`);
        if (!can(ctx.who, "read", u.path)) throw fail("FORBIDDEN");
        roots = [u.path];
      }
      reply.hijack();
      const res = reply.raw;
      res.writeHead(200, {
        "content-type": "text/event-stream; charset=utf-8",
        "cache-control": "no-cache, no-transform",
        connection: "keep-alive",
        "x-accel-buffering": "no", // nginx: do not buffer the stream
        "x-request-id": String(req.id),
      });
      res.write(`retry: 2000\nevent: ready\ndata: ${JSON.stringify({ at: new Date().toISOString() })}\n\n`);
      open.add(res);
      let closed = false;
      const off = deps.events?.on((e) => {
        void (async () => {
          const seen = filterEvent(e, await pathsOf(e.orgUnitIds), roots);
          if (seen && !closed) res.write(`event: change\ndata: ${JSON.stringify(seen)}\n\n`);
        })().catch(() => undefined);
      });
      const beat = setInterval(() => {
        void (async () => {
          // A stream outlives nothing it should not: a logged-out session ends it.
          const sid = ctx.who.sessionId;
          if (sid) {
            const live = await deps.db.query(
              "select 1 from user_session where id = $1 and expires_at > now()",
              [sid],
            );
            if (live.length === 0) return stop();
          }
          res.write(": ping\n\n");
        })().catch(() => stop());
      }, HEARTBEAT_MS);
      const stop = () => {
        if (closed) return;
        closed = true;
        clearInterval(beat);
        off?.();
        open.delete(res);
        res.end();
      };
      req.raw.on("close", stop);
      res.on("error", stop);
    },
  );
}
