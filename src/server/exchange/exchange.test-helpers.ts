// Test support: a whole dieuhanh instance (the real app with the exchange capability and the API-key
// resolver) on a database that outlives it, so a test can stop an instance and start a new app on the
// same database, like a restart. PGlite by default; a fresh database on DATABASE_URL's server if set.
import { randomBytes } from "node:crypto";
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import type { FastifyInstance, FastifyRequest, InjectOptions, LightMyRequestResponse } from "fastify";
import pg from "pg";
import { buildApp } from "../app";
import { totpAt } from "../auth/totp";
import type { Db, Queryable } from "../db/db";
import { migrate } from "../db/migrate";
import { openDb } from "../db/open";
import { DEMO_ADMIN_TOTP_SECRET, DEMO_PASSWORD } from "../demo/demo-users";
import { seedDemo } from "../demo/seed";
import { AppEvents } from "../events";
import { indicatorsCapability } from "../indicators";
import { DEMO_INDICATORS } from "../indicators/demo/demo-catalogue";
import { ensureDefaultGroups, insertIndicator } from "../indicators/indicators.repo";
import { DEFAULT_GROUPS } from "../indicators/indicators.types";
import { createJobRunner, type JobRunner } from "../jobs/jobs";
import { createApiKeyResolver, exchangeCapability } from "./index";

export interface Store {
  dataDir?: string;
  url?: string;
  drop(): Promise<void>;
}

async function adminQuery(url: string, sql: string) {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    await client.query(sql);
  } finally {
    await client.end();
  }
}

/** A database that survives app restarts: a PGlite directory, or a PostgreSQL database. */
export async function createStore(): Promise<Store> {
  const server = process.env.DATABASE_URL;
  if (!server) {
    const dataDir = mkdtempSync(join(tmpdir(), "dh-exchange-"));
    return { dataDir, drop: async () => rmSync(dataDir, { recursive: true, force: true }) };
  }
  const name = `dh_exch_${randomBytes(6).toString("hex")}`;
  await adminQuery(server, `create database ${name}`);
  const url = new URL(server);
  url.pathname = `/${name}`;
  return {
    url: url.toString(),
    drop: () => adminQuery(server, `drop database if exists ${name} with (force)`),
  };
}

/** The demo catalogue's definitions, without figures or targets (fast to seed). */
export async function seedCatalogueOnly(tx: Queryable): Promise<void> {
  await ensureDefaultGroups(tx, DEFAULT_GROUPS);
  const units = new Map(
    (await tx.query<{ id: number; code: string }>("select id, code from org_unit")).map((u) => [
      u.code,
      u.id,
    ]),
  );
  for (const demo of DEMO_INDICATORS) {
    const { sim: _s, target: _t, owner, monitor, ...def } = demo;
    await insertIndicator(tx, {
      ...def,
      ownerUnitId: owner ? (units.get(owner) ?? null) : null,
      monitorUnitId: monitor ? (units.get(monitor) ?? null) : null,
    });
  }
}

export interface Session {
  req(o: InjectOptions): Promise<LightMyRequestResponse>;
}

/** Decides, for each request reaching a route, whether the instance "dies" there (tests of crashes). */
export type FaultPlan = (req: FastifyRequest, phase: "before" | "after") => boolean;

export interface Instance {
  app: FastifyInstance;
  /** Set to make the instance drop the connection and stop at a chosen request and phase. */
  fault: { plan?: FaultPlan; stopped?: Promise<void> };
  db: Db;
  events: AppEvents;
  jobs: JobRunner;
  url: string;
  port: number;
  login(username: string): Promise<Session>;
  withKey(key: string): Session;
  unitId(code: string): Promise<number>;
  /** Stops the app and closes the database (the store stays). */
  stop(): Promise<void>;
}

/** Starts an instance on `store` (seeding the demo province on first start) and listens on loopback. */
export async function startInstance(
  store: Store,
  opts: { catalogue?: boolean; port?: number } = {},
): Promise<Instance> {
  const db = await openDb({ dataDir: store.dataDir, databaseUrl: store.url });
  await migrate(db);
  await seedDemo(db, opts.catalogue ? [seedCatalogueOnly] : []);
  const events = new AppEvents();
  const caps = [indicatorsCapability, exchangeCapability];
  const jobs = createJobRunner(db);
  for (const c of caps)
    for (const [kind, handler] of Object.entries(c.jobs ?? {})) jobs.register(kind, handler);
  const app = await buildApp({
    db,
    events,
    jobs,
    config: {
      loginRateLimitPerMinute: 1000,
      requireTotpForAdmins: true,
      trustProxy: false,
      logLevel: "silent",
    },
    capabilities: caps,
    principalResolvers: [createApiKeyResolver(db)],
    // DH_TEST_LOG=1 shows the server's log (errors behind a 500) while debugging a test.
    logger: process.env.DH_TEST_LOG ? { level: "warn" } : false,
  });
  // A crash: the connection drops without an answer and the instance stops. "before": nothing of
  // the request is done; "after": the handler has committed, only the answer is lost.
  const fault: Instance["fault"] = {};
  const stop = async () => {
    await app.close();
    await db.close();
  };
  const die = (req: FastifyRequest) => {
    req.raw.socket.destroy();
    fault.stopped = new Promise((done) => setImmediate(() => stop().then(done, done)));
  };
  app.addHook("preHandler", async (req, reply) => {
    if (!fault.plan?.(req, "before")) return;
    die(req);
    return reply.hijack();
  });
  app.addHook("onSend", async (req, _reply, payload) => {
    if (fault.plan?.(req, "after")) die(req);
    return payload;
  });
  await app.listen({ port: opts.port ?? 0, host: "127.0.0.1" });
  const port = (app.server.address() as { port: number }).port;
  return {
    app,
    fault,
    db,
    events,
    jobs,
    port,
    url: `http://127.0.0.1:${port}`,
    async login(username) {
      const payload: Record<string, string> = { username, password: DEMO_PASSWORD };
      if (username === "admin") payload.totpCode = totpAt(DEMO_ADMIN_TOTP_SECRET, Date.now());
      const res = await app.inject({ method: "POST", url: "/api/v1/auth/login", payload });
      if (res.statusCode !== 200) throw new Error(`login ${username}: ${res.statusCode} ${res.body}`);
      const cookie = res.cookies.map((c) => `${c.name}=${c.value}`).join("; ");
      const csrf = res.json().csrfToken as string;
      return {
        req: (o) => app.inject({ ...o, headers: { cookie, "x-csrf-token": csrf, ...(o.headers ?? {}) } }),
      };
    },
    withKey(key) {
      return {
        req: (o) => app.inject({ ...o, headers: { authorization: `Bearer ${key}`, ...(o.headers ?? {}) } }),
      };
    },
    async unitId(code) {
      const [r] = await db.query<{ id: number }>("select id from org_unit where code = $1", [code]);
      if (!r) throw new Error(`no unit ${code}`);
      return r.id;
    },
    stop,
  };
}

/** Every stored figure of one unit, in a stable order (to compare two instances). */
export function unitFigures(inst: Instance, unitCode: string) {
  return inst.db.query<{
    code: string;
    period: string;
    value: number | null;
    numerator: number | null;
    denominator: number | null;
  }>(
    `select i.code, d.period, d.value, d.numerator, d.denominator from data_value d join indicator i on i.id = d.indicator_id
       join org_unit o on o.id = d.org_unit_id where o.code = $1 order by 1, 2`,
    [unitCode],
  );
}

/** One stored value, or undefined when there is none. */
export async function valueOn(inst: Instance, indicator: string, unit: string, period: string) {
  const [row] = await inst.db.query<{ value: number | null }>(
    `select d.value from data_value d join indicator i on i.id = d.indicator_id join org_unit o on o.id = d.org_unit_id
      where i.code = $1 and o.code = $2 and d.period = $3`,
    [indicator, unit, period],
  );
  return row?.value;
}

/** Polls until `check` holds (or fails the test after `timeoutMs`). */
export async function waitFor(
  check: () => Promise<boolean>,
  timeoutMs = 20_000,
  what = "condition",
): Promise<void> {
  const until = Date.now() + timeoutMs;
  while (Date.now() < until) {
    if (await check()) return;
    await new Promise((r) => setTimeout(r, 50));
  }
  throw new Error(`timed out waiting for ${what}`);
}
