import type { Db, Queryable } from "../db/db";

// Background work on a jobs table, claimed with FOR UPDATE SKIP LOCKED: any number of app instances
// can run the same runner and each job runs once. Periodic work (chasing late tasks, report
// reminders, sync retries) is a job that re-enqueues its next run under a unique key.

export interface JobContext {
  db: Db;
  /** Injected clock: tests run jobs "on" a chosen day. */
  now: () => Date;
}

export type JobHandler = (payload: Record<string, unknown>, ctx: JobContext) => Promise<void>;

export interface PeriodicJob {
  kind: string;
  everySeconds: number;
}

export async function enqueueJob(
  q: Queryable,
  kind: string,
  payload: Record<string, unknown> = {},
  opts: { runAt?: Date; uniqueKey?: string } = {},
): Promise<void> {
  await q.query(
    `insert into job (kind, payload, run_at, unique_key) values ($1, $2::jsonb, $3, $4)
     on conflict (unique_key) where unique_key is not null do nothing`,
    [kind, JSON.stringify(payload), (opts.runAt ?? new Date()).toISOString(), opts.uniqueKey ?? null],
  );
}

export interface JobRunner {
  register(kind: string, handler: JobHandler): void;
  /** Claims and runs due jobs until none is left; returns how many ran. */
  runDue(limit?: number): Promise<number>;
  /** Runs one job kind now, outside the table (CLI, tests). */
  runNow(kind: string, payload?: Record<string, unknown>): Promise<void>;
  start(periodic: PeriodicJob[], pollMs?: number): void;
  stop(): Promise<void>;
}

const MAX_ATTEMPTS = 5;

export function createJobRunner(db: Db, now: () => Date = () => new Date()): JobRunner {
  const handlers = new Map<string, JobHandler>();
  let timer: NodeJS.Timeout | undefined;
  let running: Promise<unknown> = Promise.resolve();

  async function claim(): Promise<{ id: number; kind: string; payload: Record<string, unknown>; attempts: number } | undefined> {
    return db.tx(async (tx) => {
      const [job] = await tx.query<{ id: number; kind: string; payload: Record<string, unknown>; attempts: number }>(
        `select id, kind, payload, attempts from job
          where status = 'pending' and run_at <= $1
          order by run_at, id limit 1 for update skip locked`,
        [now().toISOString()],
      );
      if (!job) return undefined;
      await tx.query("update job set status = 'running', attempts = attempts + 1, locked_until = $2 where id = $1", [
        job.id,
        new Date(now().getTime() + 5 * 60_000).toISOString(),
      ]);
      return job;
    });
  }

  async function runOne(): Promise<boolean> {
    const job = await claim();
    if (!job) return false;
    const handler = handlers.get(job.kind);
    try {
      if (!handler) throw new Error(`Không có bộ xử lý cho công việc "${job.kind}"`);
      await handler(job.payload ?? {}, { db, now });
      await db.query("update job set status = 'done', finished_at = now(), unique_key = null where id = $1", [job.id]);
    } catch (err) {
      const attempts = job.attempts + 1;
      const failed = attempts >= MAX_ATTEMPTS;
      // Exponential backoff: 30 s, 1 min, 2 min, 4 min.
      const retryAt = new Date(now().getTime() + 30_000 * 2 ** (attempts - 1));
      await db.query(
        `update job set status = $2, last_error = $3, run_at = $4, unique_key = case when $2 = 'failed' then null else unique_key end
         where id = $1`,
        [job.id, failed ? "failed" : "pending", String((err as Error).message ?? err).slice(0, 2000), retryAt.toISOString()],
      );
    }
    return true;
  }

  const runner: JobRunner = {
    register(kind, handler) {
      handlers.set(kind, handler);
    },
    async runDue(limit = 1000) {
      let n = 0;
      while (n < limit && (await runOne())) n++;
      return n;
    },
    async runNow(kind, payload = {}) {
      const handler = handlers.get(kind);
      if (!handler) throw new Error(`Không có bộ xử lý cho công việc "${kind}"`);
      await handler(payload, { db, now });
    },
    start(periodic, pollMs = 5000) {
      const tick = async () => {
        for (const p of periodic) {
          // One pending run per periodic kind and time slot, however many instances tick.
          const slot = Math.floor(now().getTime() / 1000 / p.everySeconds);
          await enqueueJob(db, p.kind, {}, { uniqueKey: `periodic:${p.kind}:${slot}` });
        }
        await runner.runDue(100);
      };
      timer = setInterval(() => {
        running = running.then(tick).catch(() => undefined);
      }, pollMs);
      timer.unref();
    },
    async stop() {
      if (timer) clearInterval(timer);
      await running;
    },
  };
  return runner;
}
