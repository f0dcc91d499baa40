// Data exchange and federation (issue 7): system clients with API keys, CSV/XLSX/JSON and DHIS2
// exchange, federation between a lower and an upper dieuhanh instance, webhooks, and open data.
import type { FastifyInstance } from "fastify";
import type { AppDeps, Capability } from "../app";
import type { Db } from "../db/db";
import { clientRoutes } from "./clients.routes";
import { createClientService, logClientUsage, purgeClientUsage } from "./clients.service";
import { dhis2Routes } from "./dhis2.routes";
import { drainLinkRuns, runAllLinks, setSyncRuntime } from "./federation.lower";
import { federationRoutes } from "./federation.routes";
import { openDataRoutes } from "./opendata.routes";
import { webhookRoutes } from "./webhooks.routes";
import { createWebhookService, deliverDueWebhooks, produceWebhookEvents } from "./webhooks.service";

export { createApiKeyResolver } from "./clients.keys";
export { signatureFor, verifyWebhook } from "./webhooks.sign";

/** Runs `fn` soon after a kick; kicks during a run cause exactly one more run (never two at once). */
function coalescing(fn: () => Promise<unknown>, delayMs: number) {
  let timer: NodeJS.Timeout | undefined;
  let running: Promise<void> | undefined;
  let again = false;
  let stopped = false;
  const start = () => {
    timer = undefined;
    if (stopped) return;
    if (running) {
      again = true;
      return;
    }
    running = (async () => {
      do {
        again = false;
        await fn().catch(() => undefined);
      } while (again && !stopped);
    })().finally(() => {
      running = undefined;
    });
  };
  return {
    kick() {
      if (!timer && !stopped) timer = setTimeout(start, delayMs);
    },
    async stop() {
      stopped = true;
      if (timer) clearTimeout(timer);
      await running;
    },
  };
}

async function webhookRound(db: Db) {
  await produceWebhookEvents(db);
  await deliverDueWebhooks(db);
}

/** Local writes push to the upper instance and feed webhooks within a moment, not at the next job tick. */
function startTriggers(api: FastifyInstance, deps: AppDeps) {
  const sync = coalescing(() => runAllLinks(deps.db), 20);
  const hooks = coalescing(() => webhookRound(deps.db), 100);
  const off = deps.events?.on((e) => {
    if (e.entity === "data_value") {
      sync.kick();
      hooks.kick();
    } else if (e.entity === "task") hooks.kick();
  });
  api.addHook("onClose", async () => {
    off?.();
    await Promise.all([sync.stop(), hooks.stop()]);
    await drainLinkRuns(deps.db);
  });
}

export const exchangeCapability: Capability = {
  name: "exchange",
  async routes(api, deps) {
    setSyncRuntime(deps.db, { events: deps.events });
    // Usage log of key-authenticated calls, written after the answer has gone out.
    api.addHook("onResponse", async (req, reply) => {
      const c = req.apiClient;
      if (!c) return;
      await logClientUsage(deps.db, {
        clientId: c.id,
        method: req.method,
        route: req.routeOptions.url ?? req.url,
        statusCode: reply.statusCode,
        durationMs: reply.elapsedTime,
        ip: req.ip,
      }).catch((err) => req.log.warn({ err }, "could not log API client usage"));
    });
    clientRoutes(api, createClientService(deps.db));
    federationRoutes(api, deps);
    webhookRoutes(api, createWebhookService(deps.db));
    dhis2Routes(api, deps);
    openDataRoutes(api, deps);
    startTriggers(api, deps);
  },
  jobs: {
    "exchange.sync": async (_payload, ctx) => {
      await runAllLinks(ctx.db, { now: ctx.now() });
    },
    "exchange.webhooks": async (_payload, ctx) => {
      await produceWebhookEvents(ctx.db);
      await deliverDueWebhooks(ctx.db, { now: ctx.now() });
    },
    "exchange.usage.purge": async (_payload, ctx) => {
      await purgeClientUsage(ctx.db);
    },
  },
  periodic: [
    { kind: "exchange.sync", everySeconds: 15 },
    { kind: "exchange.webhooks", everySeconds: 15 },
    { kind: "exchange.usage.purge", everySeconds: 86_400 },
  ],
};
