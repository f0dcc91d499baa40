// A server entry with the exchange capability and the API-key resolver wired in, for running the
// sync benchmark before they are wired into src/server/capabilities.ts and start.ts (after that,
// dist/server/main.js does the same). Run with: node --import tsx bench/sync/instance.ts
import { buildApp } from "../../src/server/app";
import { CAPABILITIES } from "../../src/server/capabilities";
import { loadConfig } from "../../src/server/config";
import { migrate } from "../../src/server/db/migrate";
import { openDb } from "../../src/server/db/open";
import { seedDemo } from "../../src/server/demo/seed";
import { AppEvents } from "../../src/server/events";
import { createApiKeyResolver, exchangeCapability } from "../../src/server/exchange";
import { createJobRunner } from "../../src/server/jobs/jobs";

const config = loadConfig();
const caps = CAPABILITIES.some((c) => c.name === "exchange")
  ? CAPABILITIES
  : [...CAPABILITIES, exchangeCapability];
const db = await openDb({ databaseUrl: config.databaseUrl, dataDir: config.dataDir });
await migrate(db);
if (config.demo)
  await seedDemo(
    db,
    caps.flatMap((c) => (c.seed ? [c.seed] : [])),
  );
const events = new AppEvents();
const jobs = createJobRunner(db);
for (const c of caps)
  for (const [kind, handler] of Object.entries(c.jobs ?? {})) jobs.register(kind, handler);
const app = await buildApp({
  db,
  config,
  logger: { level: config.logLevel },
  capabilities: caps,
  events,
  jobs,
  principalResolvers: [createApiKeyResolver(db)],
});
jobs.start(caps.flatMap((c) => c.periodic ?? []));
await app.listen({ port: config.port, host: config.host });
const stop = async () => {
  await jobs.stop();
  await app.close();
  await db.close();
  process.exit(0);
};
process.on("SIGINT", () => void stop());
process.on("SIGTERM", () => void stop());
