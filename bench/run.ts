// Indicator-core benchmark (issue: Indicator core, Performance). Run:
//   DATABASE_URL=postgres://postgres@127.0.0.1:5432/postgres npx tsx bench/run.ts [--scale small|full]
// Needs the built server (npm run build). Reports ratios against the physical limits measured in the
// same run: raw COPY and an unnest upsert for ingest, hand-written SQL for analytics, a bare
// Fastify route for HTTP.
import { createWriteStream, rmSync } from "node:fs";
import { once } from "node:events";
import { join } from "node:path";
import { tmpdir } from "node:os";
import { runAnalytics } from "../src/server/data/analytics";
import { loadUnitIndex } from "../src/server/data/unit-map";
import type { Db } from "../src/server/db/db";
import { requestsPerSecond } from "./http-load";
import { indicatorCode, isRatioIndicator, monthCodes, provinceCode, rowBatches, SCALES, totalValues, type Scale } from "./national-dataset";
import { freePort, peakRssMiB, startProcess } from "./server-process";
import { BENCH_USER, createBenchDb } from "./setup";

const scaleName = process.argv.includes("--scale") ? process.argv[process.argv.indexOf("--scale") + 1] : "small";
const scale: Scale = SCALES[scaleName];
const serverUrl = process.env.DATABASE_URL;
if (!serverUrl || !scale) {
  console.error("Cần DATABASE_URL (máy chủ PostgreSQL) và --scale small|full");
  process.exit(2);
}
const BATCH = 10_000;
const CONCURRENCY = 2;
const n = totalValues(scale);
const log = (...a: unknown[]) => console.error(new Date().toISOString().slice(11, 19), ...a);

async function timed<T>(fn: () => Promise<T>): Promise<{ ms: number; result: T }> {
  const t0 = performance.now();
  const result = await fn();
  return { ms: performance.now() - t0, result };
}

async function median(fn: () => Promise<unknown>, runs = 5): Promise<number> {
  await fn(); // warm-up
  const times: number[] = [];
  for (let i = 0; i < runs; i++) times.push((await timed(fn)).ms);
  return times.sort((a, b) => a - b)[Math.floor(runs / 2)];
}

async function pool<T>(items: AsyncIterable<T> | Iterable<T>, workers: number, fn: (item: T) => Promise<void>) {
  const it = (items as AsyncIterable<T>)[Symbol.asyncIterator]?.() ?? (items as Iterable<T>)[Symbol.iterator]();
  await Promise.all(
    Array.from({ length: workers }, async () => {
      for (;;) {
        const next = await it.next();
        if (next.done) return;
        await fn(next.value);
      }
    }),
  );
}

async function truncate(db: Db) {
  await db.query("truncate data_value, data_value_history");
}

async function main() {
  log(`scale ${scaleName}: ${n.toLocaleString("en")} values`);
  const { url, db, ids } = await createBenchDb(serverUrl as string, scale);
  const months = new Map(monthCodes(scale).map((m) => [m.code, m]));
  const toColumns = (rows: ReturnType<typeof rowBatches> extends Generator<infer B> ? B : never) => {
    const c = { i: [] as number[], u: [] as number[], p: [] as string[], ps: [] as string[], pe: [] as string[], v: [] as (number | null)[], nu: [] as (number | null)[], d: [] as (number | null)[] };
    for (const r of rows) {
      const m = months.get(r.period) as { start: string; end: string };
      c.i.push(ids.get(r.indicator) as number);
      c.u.push(ids.get(r.orgUnit) as number);
      c.p.push(r.period);
      c.ps.push(m.start);
      c.pe.push(m.end);
      c.nu.push(r.numerator ?? null);
      c.d.push(r.denominator ?? null);
      c.v.push(r.value ?? (r.numerator !== undefined ? ((r.numerator as number) / (r.denominator as number)) * 100 : null));
    }
    return c;
  };

  // 1. Raw COPY from a file: the floor.
  const csv = join(tmpdir(), "dh-bench-values.csv");
  {
    const out = createWriteStream(csv);
    for (const batch of rowBatches(scale, BATCH)) {
      const c = toColumns(batch);
      let chunk = "";
      for (let k = 0; k < c.i.length; k++)
        chunk += `${c.i[k]},${c.u[k]},${c.p[k]},"",month,${c.ps[k]},${c.pe[k]},${c.v[k] ?? ""},${c.nu[k] ?? ""},${c.d[k] ?? ""},draft,1\n`;
      if (!out.write(chunk)) await once(out, "drain");
    }
    out.end();
    await once(out, "finish");
  }
  log("COPY ...");
  const copy = await timed(() =>
    db.query(
      `copy data_value (indicator_id, org_unit_id, period, disagg, period_type, period_start, period_end, value, numerator, denominator, status, version)
       from '${csv}' with (format csv, null '')`,
    ),
  );
  rmSync(csv, { force: true });
  await truncate(db);

  // 2. unnest upsert of the same rows, same batch size and concurrency as the API run.
  log("unnest upsert ...");
  const unnest = await timed(() =>
    pool(rowBatches(scale, BATCH), CONCURRENCY, async (batch) => {
      const c = toColumns(batch);
      await db.query(
        `insert into data_value (indicator_id, org_unit_id, period, disagg, period_type, period_start, period_end, value, numerator, denominator, status)
         select i, u, p, '', 'month', ps, pe, v, nu, d, 'draft'
           from unnest($1::int[], $2::int[], $3::text[], $4::date[], $5::date[], $6::float8[], $7::float8[], $8::float8[]) as t(i, u, p, ps, pe, v, nu, d)
         on conflict (indicator_id, org_unit_id, period, disagg) do update set value = excluded.value,
           numerator = excluded.numerator, denominator = excluded.denominator, version = data_value.version + 1`,
        [c.i, c.u, c.p, c.ps, c.pe, c.v, c.nu, c.d],
      );
    }),
  );
  await truncate(db);

  // 3. The real API path: HTTP + JSON + zod + validation + authorization + history + audit.
  const port = await freePort();
  const server = await startProcess(
    ["dist/server/main.js"],
    { PORT: String(port), HOST: "127.0.0.1", DATABASE_URL: url, DIEUHANH_DEMO: "0", LOG_LEVEL: "warn" },
    `http://127.0.0.1:${port}/readyz`,
  );
  const base = `http://127.0.0.1:${port}`;
  // Whatever happens below, do not leave the server running.
  process.on("exit", () => server.kill("SIGKILL"));
  const login = await fetch(`${base}/api/v1/auth/login`, { method: "POST", headers: { "content-type": "application/json" }, body: JSON.stringify(BENCH_USER) });
  const { csrfToken } = (await login.json()) as { csrfToken: string };
  const cookie = (login.headers.get("set-cookie") ?? "").split(";")[0];
  const auth = { cookie, "x-csrf-token": csrfToken };
  log("API ingest ...");
  const api = await timed(() =>
    pool(rowBatches(scale, BATCH), CONCURRENCY, async (rows) => {
      const res = await fetch(`${base}/api/v1/data-values/bulk`, {
        method: "POST",
        headers: { ...auth, "content-type": "application/json" },
        body: JSON.stringify({ rows }),
      });
      if (res.status !== 200) throw new Error(`bulk ${res.status}: ${(await res.text()).slice(0, 500)}`);
    }),
  );
  await db.query("analyze data_value");

  // 4. Analytics against hand-written SQL for the same figures.
  log("analytics ...");
  const idx = await loadUnitIndex(db);
  const t00 = ids.get(provinceCode(0)) as number;
  const vn = ids.get("VN") as number;
  const year = monthCodes(scale)[0].code.slice(0, 4);
  const y12 = monthCodes(scale).slice(0, 12).map((m) => m.code);
  const communesOfT00 = [...idx.byId.values()].filter((u) => u.parentId === t00).map((u) => u.id);
  const provinces = [...idx.byId.values()].filter((u) => u.parentId === vn).map((u) => u.id);
  const twenty = Array.from({ length: Math.min(20, scale.indicators) }, (_, i) => indicatorCode(i));
  const q1 = { indicatorCodes: [indicatorCode(0)], orgUnitIds: communesOfT00, periods: y12 };
  const q2 = { indicatorCodes: twenty, orgUnitIds: provinces, periods: [year] };
  const q1Rows = await runAnalytics(db, q1, idx);
  const q2Rows = await runAnalytics(db, q2, idx);
  const q1Sql = () =>
    db.query(
      `select d.org_unit_id, d.period, sum(d.numerator) / nullif(sum(d.denominator), 0) * 100 as value
         from data_value d join org_unit o on o.id = d.org_unit_id
        where d.indicator_id = $1 and o.parent_id = $2 and d.period_start >= $3::date and d.period_end <= $4::date
        group by d.org_unit_id, d.period`,
      [ids.get(indicatorCode(0)), t00, `${year}-01-01`, `${year}-12-31`],
    );
  const q2Sql = () =>
    db.query(
      `select d.indicator_id, o.parent_id as province, sum(d.value) as total, sum(d.numerator) / nullif(sum(d.denominator), 0) * 100 as ratio
         from data_value d join org_unit o on o.id = d.org_unit_id
        where d.indicator_id = any($1::int[]) and d.period_start >= $2::date and d.period_end <= $3::date
        group by d.indicator_id, o.parent_id`,
      [twenty.map((c) => ids.get(c)), `${year}-01-01`, `${year}-12-31`],
    );
  // Same answers, or the comparison means nothing.
  const sql1 = (await q1Sql()) as { org_unit_id: number; period: string; value: number }[];
  for (const s of sql1) {
    const r = q1Rows.find((x) => x.orgUnitId === s.org_unit_id && x.period === s.period);
    // The engine rounds to the indicator's decimals + 2; compare at that precision.
    if (!r || Math.abs((r.value ?? 0) - s.value) > 1e-3) throw new Error(`Q1 mismatch at ${s.org_unit_id} ${s.period}`);
  }
  const sql2 = (await q2Sql()) as { indicator_id: number; province: number; total: number; ratio: number }[];
  for (const s of sql2) {
    const code = [...ids].find(([k, id]) => k.startsWith("B") && id === s.indicator_id)?.[0] as string;
    const r = q2Rows.find((x) => x.indicator === code && x.orgUnitId === s.province);
    const expected = isRatioIndicator(Number(code.slice(1))) ? s.ratio : s.total;
    if (!r || Math.abs((r.value ?? 0) - expected) > 1e-3) throw new Error(`Q2 mismatch ${code} ${s.province}`);
  }
  const httpQ1 = `${base}/api/v1/analytics?indicators=${indicatorCode(0)}&ou=level:commune:${t00}&periods=${y12[0]}..${y12[11]}`;
  const httpQ2 = `${base}/api/v1/analytics?indicators=${twenty.join(",")}&ou=children:${vn}&periods=${year}`;
  const get = (u: string) => async () => {
    const r = await fetch(u, { headers: { cookie } });
    if (r.status !== 200) throw new Error(`${u}: ${r.status}`);
    await r.arrayBuffer();
  };
  const a = {
    q1Sql: await median(q1Sql),
    q1Engine: await median(() => runAnalytics(db, q1)),
    q1Http: await median(get(httpQ1)),
    q2Sql: await median(q2Sql),
    q2Engine: await median(() => runAnalytics(db, q2)),
    q2Http: await median(get(httpQ2)),
  };

  // 5. HTTP baseline: a bare Fastify route against a light route of ours, same generator.
  log("HTTP baseline ...");
  const helloPort = await freePort();
  const hello = await startProcess(["bench/hello-fastify.mjs", String(helloPort)], {}, `http://127.0.0.1:${helloPort}/hello`);
  const rpsHello = await requestsPerSecond(`http://127.0.0.1:${helloPort}/hello`, { seconds: 5, concurrency: 32 });
  const rpsOurs = await requestsPerSecond(`${base}/api/v1/auth/me`, { seconds: 5, concurrency: 32, headers: { cookie } });
  hello.kill();
  const peak = peakRssMiB(server.pid as number);
  server.kill("SIGTERM");
  await db.close();

  const vps = (ms: number) => Math.round(n / (ms / 1000));
  const f = (x: number) => x.toLocaleString("en", { maximumFractionDigits: 1 });
  const lines = [
    `### Indicator core, scale \`${scaleName}\` (${n.toLocaleString("en")} values; ${scale.provinces} provinces × ${scale.communesPerProvince} communes × ${scale.indicators} indicators × ${scale.months} months)`,
    "",
    "| measure | ours | physical limit | ratio | goal |",
    "|---|---|---|---|---|",
    `| ingest through POST /api/v1/data-values/bulk (values/s) | ${f(vps(api.ms))} | unnest upsert ${f(vps(unnest.ms))} | ${(unnest.ms / api.ms).toFixed(2)} | ≥ 0.5 |`,
    `| ingest, against raw COPY (values/s) | ${f(vps(api.ms))} | COPY ${f(vps(copy.ms))} | ${(copy.ms / api.ms).toFixed(2)} | — |`,
    `| Q1 one indicator × ${communesOfT00.length} communes × 12 months, engine (ms) | ${f(a.q1Engine)} | SQL ${f(a.q1Sql)} | ${(a.q1Engine / a.q1Sql).toFixed(2)}× | ≤ 2× |`,
    `| Q1 over HTTP GET /api/v1/analytics (ms) | ${f(a.q1Http)} | SQL ${f(a.q1Sql)} | ${(a.q1Http / a.q1Sql).toFixed(2)}× | — |`,
    `| Q2 ${twenty.length} indicators × ${provinces.length} provinces × 1 year, engine (ms) | ${f(a.q2Engine)} | SQL ${f(a.q2Sql)} | ${(a.q2Engine / a.q2Sql).toFixed(2)}× | ≤ 2× |`,
    `| Q2 over HTTP (ms) | ${f(a.q2Http)} | SQL ${f(a.q2Sql)} | ${(a.q2Http / a.q2Sql).toFixed(2)}× | — |`,
    `| authenticated light route GET /api/v1/auth/me (req/s, 32 clients) | ${f(rpsOurs)} | bare Fastify ${f(rpsHello)} | ${(rpsOurs / rpsHello).toFixed(2)} | — |`,
    `| peak server memory (VmHWM) | ${peak} MiB | | | |`,
    "",
  ];
  console.log(lines.join("\n"));
}

main().catch((e) => {
  console.error(e);
  process.exit(1);
});
