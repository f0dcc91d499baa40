import type { FastifyInstance, InjectOptions, LightMyRequestResponse } from "fastify";
import { buildApp, type Capability } from "../app";
import type { Db } from "../db/db";
import { DEMO_ADMIN_TOTP_SECRET, DEMO_PASSWORD } from "../demo/demo-users";
import { seedDemo } from "../demo/seed";
import { AppEvents } from "../events";
import { createJobRunner, type JobRunner } from "../jobs/jobs";
import { totpAt } from "../auth/totp";
import { openTestDb } from "./test-db";

export interface TestSession {
  cookie: string;
  csrf: string;
  /** Sends a request as this user (cookie and CSRF header set). */
  req(opts: InjectOptions): Promise<LightMyRequestResponse>;
}

export interface TestApp {
  app: FastifyInstance;
  db: Db;
  events: AppEvents;
  jobs: JobRunner;
  login(username: string, password?: string): Promise<TestSession>;
  unitId(code: string): Promise<number>;
  close(): Promise<void>;
}

/** The real app on a fresh database with the demo province and users. */
export async function createTestApp(
  opts: { capabilities?: Capability[]; seed?: boolean; today?: string; now?: () => Date } = {},
): Promise<TestApp> {
  const { db, drop } = await openTestDb();
  const caps = opts.capabilities ?? [];
  // Capability demo data only when asked: most tests want just the province and users.
  await seedDemo(db, opts.seed ? caps.flatMap((c) => (c.seed ? [c.seed] : [])) : [], opts.today);
  const events = new AppEvents();
  const jobs = createJobRunner(db, opts.now);
  for (const c of caps) for (const [kind, handler] of Object.entries(c.jobs ?? {})) jobs.register(kind, handler);
  const app = await buildApp({
    events,
    jobs,
    db,
    config: { loginRateLimitPerMinute: 1000, requireTotpForAdmins: true, trustProxy: false, logLevel: "silent" },
    capabilities: caps,
  });
  return {
    app,
    db,
    events,
    jobs,
    async login(username, password = DEMO_PASSWORD) {
      const payload: Record<string, string> = { username, password };
      if (username === "admin") payload.totpCode = totpAt(DEMO_ADMIN_TOTP_SECRET, Date.now());
      const res = await app.inject({ method: "POST", url: "/api/v1/auth/login", payload });
      if (res.statusCode !== 200) throw new Error(`login ${username} failed: ${res.statusCode} ${res.body}`);
      const cookie = res.cookies.map((c) => `${c.name}=${c.value}`).join("; ");
      const csrf = res.json().csrfToken as string;
      return {
        cookie,
        csrf,
        req: (o) =>
          app.inject({ ...o, headers: { cookie, "x-csrf-token": csrf, ...(o.headers ?? {}) } }),
      };
    },
    async unitId(code) {
      const [r] = await db.query<{ id: number }>("select id from org_unit where code = $1", [code]);
      if (!r) throw new Error(`no unit ${code}`);
      return r.id;
    },
    async close() {
      await app.close();
      await drop();
    },
  };
}
