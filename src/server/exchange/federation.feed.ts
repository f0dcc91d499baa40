// The change feed: data_value_history read by id. History ids come from one sequence and are
// written in the same transaction as the value, so "rows with id > cursor" is a durable outbox that
// needs nothing from the write path. One care: on PostgreSQL two writers can commit out of id order,
// so a reader that sees id 12 before id 11 commits would skip 11. The feed therefore stops at a gap
// while another transaction is still open (it may fill the gap) and only steps over a gap that no
// open transaction can fill (a rolled-back write), or one older than GAP_GIVE_UP_MS.
import type { Queryable } from "../db/db";

export const GAP_GIVE_UP_MS = 5 * 60_000;

export interface FeedWindow {
  /** The cursor may advance to this id: every id up to it has committed or never will. */
  safeTo: number;
  /** Ids read in the window (for lag figures). */
  scanned: number;
  /** The oldest change time in the window. */
  oldestAt: string | null;
}

async function openTransactions(q: Queryable): Promise<number> {
  const [row] = await q.query<{ n: number }>(
    "select count(*)::int as n from pg_snapshot_xip(pg_current_snapshot())",
  );
  return row?.n ?? 0;
}

/** Tables read as feeds by id (the same gap rule holds for any identity column). */
const FEED_TABLES = {
  data_value_history: "changed_at",
  task: "created_at",
  task_update: "at",
} as const;

/** The gap-safe window of at most `limit` ids after `after`. */
export async function historyWindow(
  q: Queryable,
  after: number,
  limit: number,
  nowMs = Date.now(),
  table: keyof typeof FEED_TABLES = "data_value_history",
): Promise<FeedWindow> {
  const ids = await q.query<{ id: number; changedAt: string }>(
    `select id, ${FEED_TABLES[table]} as "changedAt" from ${table} where id > $1 order by id limit $2`,
    [after, limit],
  );
  let safeTo = after;
  let open: number | undefined;
  let oldestAt: string | null = null;
  let scanned = 0;
  for (const r of ids) {
    const id = Number(r.id);
    if (id !== safeTo + 1) {
      open ??= await openTransactions(q);
      const old = nowMs - new Date(r.changedAt).getTime() > GAP_GIVE_UP_MS;
      if (open > 0 && !old) break;
    }
    safeTo = id;
    scanned++;
    oldestAt ??= r.changedAt;
  }
  return { safeTo, scanned, oldestAt };
}

export interface FeedValue {
  indicator: string;
  orgUnit: string;
  period: string;
  disagg: string;
  value: number | null;
  numerator: number | null;
  denominator: number | null;
  comment: string | null;
  status: "draft" | "submitted";
  /** The source's data_value.version: a receiver skips anything not newer than what it has. */
  version: number;
}

/**
 * The current state of every figure changed in (after, to], restricted to the given indicators and
 * units (null: no restriction; `excludeUnitIds`: never these). Several changes of one figure in the
 * window travel once, as its latest state.
 */
export async function changedValues(
  q: Queryable,
  after: number,
  to: number,
  f: { indicatorIds: number[] | null; unitIds: number[] | null; excludeUnitIds?: number[] },
): Promise<FeedValue[]> {
  if (to <= after) return [];
  return q.query<FeedValue>(
    `with h as (
       select distinct indicator_id, org_unit_id, period, disagg from data_value_history
        where id > $1 and id <= $2
          and ($3::int[] is null or indicator_id = any($3::int[]))
          and ($4::int[] is null or org_unit_id = any($4::int[]))
          and not (org_unit_id = any($5::int[])))
     select i.code as indicator, o.code as "orgUnit", d.period, d.disagg, d.value, d.numerator, d.denominator, d.comment,
            case when d.status = 'draft' then 'draft' else 'submitted' end as status, d.version
       from h join data_value d on d.indicator_id = h.indicator_id and d.org_unit_id = h.org_unit_id
                               and d.period = h.period and d.disagg = h.disagg
       join indicator i on i.id = d.indicator_id
       join org_unit o on o.id = d.org_unit_id
      order by i.code, o.code, d.period, d.disagg`,
    [after, to, f.indicatorIds, f.unitIds, f.excludeUnitIds ?? []],
  );
}

/** How many history rows wait after the cursor (matching the filter), and since when. */
export async function backlog(
  q: Queryable,
  after: number,
  f: { indicatorIds: number[] | null; unitIds: number[] | null; excludeUnitIds?: number[] },
): Promise<{ depth: number; oldestAt: string | null }> {
  const [row] = await q.query<{ depth: number; oldestAt: string | null }>(
    `select count(*)::int as depth, min(changed_at) as "oldestAt" from data_value_history
      where id > $1 and ($2::int[] is null or indicator_id = any($2::int[]))
        and ($3::int[] is null or org_unit_id = any($3::int[])) and not (org_unit_id = any($4::int[]))`,
    [after, f.indicatorIds, f.unitIds, f.excludeUnitIds ?? []],
  );
  return row ?? { depth: 0, oldestAt: null };
}

/** Ids of every unit in the given subtrees (by root ids). */
export async function subtreeUnitIds(q: Queryable, rootIds: number[]): Promise<number[]> {
  if (!rootIds.length) return [];
  const rows = await q.query<{ id: number }>(
    `select o.id from org_unit o where exists (select 1 from org_unit r where r.id = any($1::int[]) and o.path like r.path || '%')`,
    [rootIds],
  );
  return rows.map((r) => r.id);
}
