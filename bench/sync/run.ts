// Federation benchmark (issue 7, Performance). Starts two instances on loopback, a province (lower,
// owns BN and everything under it) and the level above it (upper), each its own server process with
// its own PGlite DATA_DIR (or its own database on DATABASE_URL's server), links them, and measures:
//   1. the limit: the upper ingesting the same kind of figures directly (POST /data-values/bulk);
//   2. sync throughput: N new figures written on the lower while the link is paused, then resumed;
//      values per second from resume until the upper holds them all;
//   3. lag under continuous writes: a writer on the lower for --seconds; each figure's lag is the
//      upper's updated_at minus the lower's (same machine, same clock).
// MONTHS must stay at most 240. Period ranges: continuous writes 1900-1919 (so their history is
// shallow: writeDataValues checks every figure of a batch of up to 5,000 against the unit's earlier
// figures, a cost that grows with history depth), direct ingest 1940-1959, sync 1960-1979.
// Run: npx tsx bench/sync/run.ts [--entry dist/server/main.js] [--months 240] [--seconds 20] [--rate 1000]
// Until the exchange capability is wired into the server, use --entry bench/sync/instance.ts.
import { type ChildProcess, spawn } from "node:child_process";
import { mkdtempSync, rmSync } from "node:fs";
import { loadavg, tmpdir } from "node:os";
import { join } from "node:path";
import pg from "pg";
import { totpAt } from "../../src/server/auth/totp";
import { DEMO_ADMIN_TOTP_SECRET, DEMO_PASSWORD } from "../../src/server/demo/demo-users";
import { freePort, peakRssMiB } from "../server-process";

const arg = (name: string, fallback: string) =>
  process.argv.includes(`--${name}`) ? process.argv[process.argv.indexOf(`--${name}`) + 1] : fallback;
const ENTRY = arg("entry", "dist/server/main.js");
const MONTHS = Number(arg("months", "240"));
const SECONDS = Number(arg("seconds", "20"));
const RATE = Number(arg("rate", "1000")); // values per second written during the lag phase
const TICK_MS = 200;
const RATIO = [
  "TTHC_HS_TRUC_TUYEN",
  "TTHC_TT_TRUC_TUYEN",
  "TTHC_NVTC_TRUC_TUYEN",
  "TTHC_SO_HOA",
  "TTHC_KQ_DIEN_TU",
  "TTHC_TAI_SU_DUNG",
  "TTHC_DUNG_HAN",
  "PAKN_DUNG_HAN",
];
const log = (...a: unknown[]) => console.error(new Date().toISOString().slice(11, 19), ...a);

/** Starts a server and waits for /readyz; a fresh PGlite with demo data takes a while on 2 cores. */
async function startProcess(
  args: string[],
  env: Record<string, string>,
  readyUrl: string,
  timeoutMs = 300_000,
): Promise<ChildProcess> {
  const child = spawn(process.execPath, args, {
    env: { ...process.env, ...env },
    stdio: ["ignore", "ignore", "inherit"],
  });
  const until = Date.now() + timeoutMs;
  while (Date.now() < until) {
    if (child.exitCode !== null) break;
    try {
      if ((await fetch(readyUrl)).status < 500) return child;
    } catch {
      // not up yet
    }
    await new Promise((r) => setTimeout(r, 200));
  }
  child.kill("SIGKILL");
  throw new Error(`process did not start: ${args.join(" ")}`);
}

/** SIGTERM, then SIGKILL if the process has not exited after five seconds. */
async function stopProcess(child: ChildProcess): Promise<void> {
  if (child.exitCode !== null) return;
  const exited = new Promise<void>((r) => child.once("exit", () => r()));
  child.kill("SIGTERM");
  const timer = setTimeout(() => child.kill("SIGKILL"), 5000);
  await exited;
  clearTimeout(timer);
}

interface Server {
  url: string;
  proc: ChildProcess;
  cleanup: () => Promise<void>;
}

async function startServer(name: string): Promise<Server> {
  const port = await freePort();
  const env: Record<string, string> = {
    PORT: String(port),
    HOST: "127.0.0.1",
    LOG_LEVEL: "warn",
    DIEUHANH_DEMO: "1",
  };
  let cleanup: () => Promise<void> = async () => {};
  if (process.env.DATABASE_URL) {
    const dbName = `dh_bench_sync_${name}`;
    const admin = new pg.Client({ connectionString: process.env.DATABASE_URL });
    await admin.connect();
    await admin.query(`drop database if exists ${dbName} with (force)`);
    await admin.query(`create database ${dbName}`);
    await admin.end();
    const url = new URL(process.env.DATABASE_URL);
    url.pathname = `/${dbName}`;
    env.DATABASE_URL = url.toString();
  } else {
    const dir = mkdtempSync(join(tmpdir(), `dh-bench-sync-${name}-`));
    env.DATA_DIR = dir;
    env.DATABASE_URL = "";
    cleanup = async () => rmSync(dir, { recursive: true, force: true });
  }
  const args = ENTRY.endsWith(".ts") ? ["--import", "tsx", ENTRY] : [ENTRY];
  const url = `http://127.0.0.1:${port}`;
  let proc: ChildProcess;
  try {
    proc = await startProcess(args, env, `${url}/readyz`);
  } catch (e) {
    await cleanup();
    throw e;
  }
  return { url, proc, cleanup };
}

async function session(base: string) {
  const res = await fetch(`${base}/api/v1/auth/login`, {
    method: "POST",
    headers: { "content-type": "application/json" },
    body: JSON.stringify({
      username: "admin",
      password: DEMO_PASSWORD,
      totpCode: totpAt(DEMO_ADMIN_TOTP_SECRET, Date.now()),
    }),
  });
  if (!res.ok) throw new Error(`login ${base}: ${res.status} ${await res.text()}`);
  const cookie = res.headers
    .getSetCookie()
    .map((c) => c.split(";")[0])
    .join("; ");
  const csrf = ((await res.json()) as { csrfToken: string }).csrfToken;
  return async <T>(method: string, path: string, body?: unknown): Promise<T> => {
    const r = await fetch(`${base}/api/v1${path}`, {
      method,
      headers: {
        cookie,
        "x-csrf-token": csrf,
        ...(body !== undefined ? { "content-type": "application/json" } : {}),
      },
      body: body === undefined ? undefined : JSON.stringify(body),
    });
    const text = await r.text();
    if (!r.ok) throw new Error(`${method} ${path}: ${r.status} ${text.slice(0, 500)}`);
    return (text ? JSON.parse(text) : undefined) as T;
  };
}
type Call = Awaited<ReturnType<typeof session>>;

/** Units that existed in every month from 1900 to 1979 and report these indicators. */
async function reporters(call: Call): Promise<string[]> {
  const units = (
    await call<{ items: { code: string; kind: string; validFrom: string; validTo: string | null }[] }>(
      "GET",
      "/org-units?includeInactive=true",
    )
  ).items;
  return units
    .filter((u) => (u.kind === "commune" || u.kind === "ward") && u.validFrom <= "1900-01-01")
    .map((u) => u.code);
}

const monthCode = (i: number, startYear: number) =>
  `${startYear + Math.floor(i / 12)}${String((i % 12) + 1).padStart(2, "0")}`;

/** `months` months of figures for every unit and ratio indicator, from month `offset` after January of startYear. */
function figures(units: string[], months: number, startYear: number, salt: number, offset = 0) {
  const rows = [];
  for (let m = offset; m < offset + months; m++)
    for (const u of units)
      for (const [k, ind] of RATIO.entries()) {
        const den = 100 + ((m * 7 + k + salt) % 50);
        rows.push({
          indicator: ind,
          orgUnit: u,
          period: monthCode(m, startYear),
          numerator: (m + k + salt) % den,
          denominator: den,
        });
      }
  return rows;
}

async function writeAll(call: Call, rows: unknown[], chunk = 10_000) {
  for (let i = 0; i < rows.length; i += chunk)
    await call("POST", "/data-values/bulk", { rows: rows.slice(i, i + chunk) });
}

async function waitQueueEmpty(lower: Call, linkId: number, timeoutMs = 600_000) {
  const until = Date.now() + timeoutMs;
  for (;;) {
    const { item } = await lower<{
      item: { up: { queueDepth: number }; lastError: string | null; consecutiveFailures: number };
    }>("GET", `/exchange/sync/links/${linkId}`);
    if (item.up.queueDepth === 0) return;
    if (Date.now() > until) throw new Error(`sync did not finish: ${JSON.stringify(item)}`);
    // Not too often: on PGlite the status query shares the one connection with the sync itself.
    await new Promise((r) => setTimeout(r, 200));
  }
}

const pct = (xs: number[], p: number) => xs[Math.min(xs.length - 1, Math.floor((p / 100) * xs.length))];

async function main() {
  const loadAtStart = loadavg()[0];
  log(`starting two instances (${ENTRY}, ${process.env.DATABASE_URL ? "PostgreSQL" : "PGlite"})`);
  const started = await Promise.allSettled([startServer("upper"), startServer("lower")]);
  const failed = started.find((r) => r.status === "rejected");
  if (failed) {
    for (const r of started)
      if (r.status === "fulfilled") await stopProcess(r.value.proc).then(r.value.cleanup);
    throw (failed as PromiseRejectedResult).reason;
  }
  const [upper, lower] = started.map((r) => (r as PromiseFulfilledResult<Server>).value);
  try {
    const [up, low] = await Promise.all([session(upper.url), session(lower.url)]);
    const units = await reporters(low);
    const n = units.length * RATIO.length * MONTHS;
    log(
      `${units.length} units × ${RATIO.length} ratio indicators × ${MONTHS} months = ${n} figures per phase`,
    );
    if (MONTHS > 240) throw new Error("--months must be at most 240");

    // 1. The limit: the upper ingesting directly, same path (writeDataValues), in batches the size of
    // the sync's (10,000 history rows). Three runs on fresh periods; the median counts.
    const directRates: number[] = [];
    const third = Math.floor(MONTHS / 3);
    for (const run of [0, 1, 2]) {
      const direct = figures(units, third, 1940, 1, run * third);
      const t = performance.now();
      await writeAll(up, direct, 10_000);
      directRates.push(direct.length / ((performance.now() - t) / 1000));
    }
    const directRate = directRates.sort((a, b) => a - b)[1];
    log(`direct ingest on the upper: ${directRates.map(Math.round).join(", ")} values/s`);

    // Link: the upper registers the lower, the lower connects and catches up on its demo history.
    const client = await up<{ apiKey: string }>("POST", "/exchange/clients", {
      name: "Tỉnh cấp dưới (bench)",
      access: "write",
      units: ["BN"],
      federation: true,
      rateLimitPerMinute: 100_000,
    });
    const catchUp0 = performance.now();
    const { item: link } = await low<{ item: { id: number } }>("POST", "/exchange/sync/links", {
      name: "Cấp trên (bench)",
      upperUrl: upper.url,
      apiKey: client.apiKey,
      ownedUnits: ["BN"],
      groups: [],
    });
    await waitQueueEmpty(low, link.id);
    const catchUpMs = performance.now() - catchUp0;
    const linked = await low<{ item: { up: { pushedValues: number } } }>(
      "GET",
      `/exchange/sync/links/${link.id}`,
    );
    log(
      `initial catch-up (demo history, already identical upstairs): ${linked.item.up.pushedValues} values in ${Math.round(catchUpMs)} ms`,
    );

    // 2. Sync throughput: write while paused, then resume and time it.
    await low("POST", `/exchange/sync/links/${link.id}/pause`);
    const batch = figures(units, MONTHS, 1960, 2);
    let t0 = performance.now();
    await writeAll(low, batch);
    const lowerWriteRate = batch.length / ((performance.now() - t0) / 1000);
    t0 = performance.now();
    await low("POST", `/exchange/sync/links/${link.id}/resume`);
    await waitQueueEmpty(low, link.id);
    const syncMs = performance.now() - t0;
    const syncRate = batch.length / (syncMs / 1000);
    log(`sync of ${batch.length} new figures: ${Math.round(syncMs)} ms = ${Math.round(syncRate)} values/s`);
    const check = await up<{ rows: unknown[] }>(
      "GET",
      "/exchange/export/data-values?format=json&from=1960-01-01&to=1979-12-31",
    );
    if (check.rows.length !== batch.length)
      throw new Error(`upper holds ${check.rows.length} of ${batch.length} figures`);

    // 3. Lag under continuous writes.
    const perTick = Math.max(1, Math.round((RATE * TICK_MS) / 1000));
    const stream = figures(units, 240, 1900, 3);
    let written = 0;
    const until = Date.now() + SECONDS * 1000;
    t0 = performance.now();
    while (Date.now() < until && written < stream.length) {
      const tickStart = Date.now();
      await low("POST", "/data-values/bulk", { rows: stream.slice(written, written + perTick) });
      written += perTick;
      await new Promise((r) => setTimeout(r, Math.max(0, TICK_MS - (Date.now() - tickStart))));
    }
    const writeSeconds = (performance.now() - t0) / 1000;
    await waitQueueEmpty(low, link.id);
    const drainMs = performance.now() - t0 - writeSeconds * 1000;
    type Row = { indicator: string; orgUnit: string; period: string; updatedAt: string };
    const get = (call: Call) =>
      call<{ rows: Row[] }>("GET", "/exchange/export/data-values?format=json&from=1900-01-01&to=1919-12-31");
    const [lows, ups] = await Promise.all([get(low), get(up)]);
    const upAt = new Map(
      ups.rows.map((r) => [`${r.indicator}|${r.orgUnit}|${r.period}`, Date.parse(r.updatedAt)]),
    );
    const lags = lows.rows
      .map(
        (r) => (upAt.get(`${r.indicator}|${r.orgUnit}|${r.period}`) ?? Number.NaN) - Date.parse(r.updatedAt),
      )
      .sort((a, b) => a - b);
    const missing = lags.filter((x) => Number.isNaN(x)).length;
    const ok = lags.filter((x) => !Number.isNaN(x));

    const results = {
      engine: process.env.DATABASE_URL ? "PostgreSQL" : "PGlite",
      entry: ENTRY,
      figuresPerPhase: batch.length,
      directIngestValuesPerSecond: Math.round(directRate),
      lowerLocalWriteValuesPerSecond: Math.round(lowerWriteRate),
      syncValuesPerSecond: Math.round(syncRate),
      syncVersusDirectIngest: Number((syncRate / directRate).toFixed(2)),
      initialCatchUp: { values: linked.item.up.pushedValues, ms: Math.round(catchUpMs) },
      continuous: {
        targetValuesPerSecond: RATE,
        writtenValues: written,
        achievedWriteValuesPerSecond: Math.round(written / writeSeconds),
        drainAfterWritesStopMs: Math.round(drainMs),
        lagMs: { p50: pct(ok, 50), p95: pct(ok, 95), p99: pct(ok, 99), max: ok[ok.length - 1] },
        missingOnUpper: missing,
      },
      peakRssMiB: {
        upper: peakRssMiB(upper.proc.pid as number),
        lower: peakRssMiB(lower.proc.pid as number),
      },
      // Other work on the machine skews every figure: the 1-minute load average at start and end.
      loadAverage: { start: Number(loadAtStart.toFixed(1)), end: Number(loadavg()[0].toFixed(1)) },
    };
    console.log(JSON.stringify(results, null, 2));
  } finally {
    await Promise.all([upper, lower].map((s) => stopProcess(s.proc)));
    await Promise.all([upper.cleanup(), lower.cleanup()]);
  }
}

main().catch((e) => {
  console.error(e);
  process.exit(1);
});
