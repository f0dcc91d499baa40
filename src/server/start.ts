import pino from "pino";
import { buildApp } from "./app";
import { CAPABILITIES } from "./capabilities";
import { AppEvents } from "./events";
import { createApiKeyResolver } from "./exchange";
import { createJobRunner } from "./jobs/jobs";
import type { Config } from "./config";
import { openDb } from "./db/open";
import { migrate } from "./db/migrate";
import { seedDemo } from "./demo/seed";
import { DEMO_PASSWORD, DEMO_USERS, DEMO_ADMIN_TOTP_SECRET } from "./demo/demo-users";

/** Opens the database, migrates, seeds demo data on first start, and listens. */
export async function startServer(config: Config) {
  const log = pino({ level: config.logLevel });
  const t0 = Date.now();
  const db = await openDb({ databaseUrl: config.databaseUrl, dataDir: config.dataDir });
  const migrated = await migrate(db);
  if (migrated.applied.length) log.info({ applied: migrated.applied }, "migrations applied");
  const seeders = CAPABILITIES.flatMap((c) => (c.seed ? [c.seed] : []));
  const seeded = config.demo ? await seedDemo(db, seeders) : false;
  const events = new AppEvents();
  const jobs = createJobRunner(db);
  for (const c of CAPABILITIES) for (const [kind, handler] of Object.entries(c.jobs ?? {})) jobs.register(kind, handler);
  const app = await buildApp({ db, config, logger: { level: config.logLevel }, capabilities: CAPABILITIES, events, jobs, principalResolvers: [createApiKeyResolver(db)] });
  jobs.start(CAPABILITIES.flatMap((c) => c.periodic ?? []));
  const address = await app.listen({ port: config.port, host: config.host });
  const port = (app.server.address() as { port: number }).port;
  const where = config.databaseUrl ? "PostgreSQL" : `PGlite (${config.dataDir})`;
  const lines = [
    "",
    `dieuhanh đang chạy tại http://localhost:${port}  (${address}; CSDL: ${where}; khởi động ${Date.now() - t0} ms)`,
    `API: http://localhost:${port}/api/docs`,
  ];
  if (config.demo) {
    lines.push(`Tài khoản demo (mật khẩu ${DEMO_PASSWORD}): ${DEMO_USERS.map((u) => u.username).join(", ")}`);
    lines.push(`  admin dùng xác thực hai lớp, khóa TOTP demo: ${DEMO_ADMIN_TOTP_SECRET}${seeded ? " (vừa nạp dữ liệu demo)" : ""}`);
  }
  console.log(lines.join("\n"));

  let closing = false;
  const shutdown = async (signal: string) => {
    if (closing) return;
    closing = true;
    log.info({ signal }, "shutting down");
    const force = setTimeout(() => process.exit(1), 10_000);
    force.unref();
    await jobs.stop();
    await app.close(); // stops accepting, waits for in-flight requests
    await db.close();
    process.exit(0);
  };
  process.on("SIGINT", () => void shutdown("SIGINT"));
  process.on("SIGTERM", () => void shutdown("SIGTERM"));
  return { app, db, port };
}
