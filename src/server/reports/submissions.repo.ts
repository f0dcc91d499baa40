// SQL of submissions, their log, and the locking of a submission's figures on acceptance.
import type { Queryable } from "../db/db";
import type { Submission, SubmissionStatus } from "./reports.types";

const COLS = `s.id, s.regime_id as "regimeId", s.period, s.org_unit_id as "orgUnitId", s.status, s.narrative,
  s.due_on as "dueOn", s.first_submitted_at as "firstSubmittedAt", s.submitted_at as "submittedAt",
  s.submitted_by_name as "submittedByName", s.reviewed_at as "reviewedAt", s.reviewed_by_name as "reviewedByName",
  s.return_reason as "returnReason", s.submit_count as "submitCount", s.version, s.updated_at as "updatedAt"`;

export async function getSubmission(q: Queryable, id: number, lock = false): Promise<Submission | undefined> {
  const [row] = await q.query<Submission>(
    `select ${COLS} from report_submission s where s.id = $1 ${lock ? "for update" : ""}`,
    [id],
  );
  return row;
}

export async function findSubmission(
  q: Queryable,
  regimeId: number,
  period: string,
  orgUnitId: number,
  lock = false,
): Promise<Submission | undefined> {
  const [row] = await q.query<Submission>(
    `select ${COLS} from report_submission s where s.regime_id = $1 and s.period = $2 and s.org_unit_id = $3 ${lock ? "for update" : ""}`,
    [regimeId, period, orgUnitId],
  );
  return row;
}

export async function listSubmissions(
  q: Queryable,
  regimeId: number,
  periods: string[],
): Promise<Submission[]> {
  return q.query<Submission>(
    `select ${COLS} from report_submission s where s.regime_id = $1 and s.period = any($2::text[]) order by s.period, s.org_unit_id`,
    [regimeId, periods],
  );
}

export interface SubmissionWrite {
  status: SubmissionStatus;
  narrative: Record<string, string>;
  dueOn: string;
  firstSubmittedAt: string | null;
  submittedAt: string | null;
  submittedBy: number | null;
  submittedByName: string | null;
  submitCount: number;
}

export async function insertSubmission(
  q: Queryable,
  regimeId: number,
  period: string,
  orgUnitId: number,
  w: SubmissionWrite,
  at: string,
): Promise<number> {
  const [row] = await q.query<{ id: number }>(
    `insert into report_submission (regime_id, period, org_unit_id, status, narrative, due_on, first_submitted_at, submitted_at,
       submitted_by, submitted_by_name, submit_count, created_at, updated_at)
     values ($1,$2,$3,$4,$5::jsonb,$6,$7,$8,$9,$10,$11,$12,$12) returning id`,
    [
      regimeId,
      period,
      orgUnitId,
      w.status,
      JSON.stringify(w.narrative),
      w.dueOn,
      w.firstSubmittedAt,
      w.submittedAt,
      w.submittedBy,
      w.submittedByName,
      w.submitCount,
      at,
    ],
  );
  return row.id;
}

export async function updateSubmission(
  q: Queryable,
  id: number,
  w: SubmissionWrite,
  at: string,
): Promise<void> {
  await q.query(
    `update report_submission set status = $2, narrative = $3::jsonb, due_on = $4, first_submitted_at = $5, submitted_at = $6,
       submitted_by = coalesce($7, submitted_by), submitted_by_name = $8, submit_count = $9, version = version + 1, updated_at = $10
     where id = $1`,
    [
      id,
      w.status,
      JSON.stringify(w.narrative),
      w.dueOn,
      w.firstSubmittedAt,
      w.submittedAt,
      w.submittedBy,
      w.submittedByName,
      w.submitCount,
      at,
    ],
  );
}

export async function reviewSubmission(
  q: Queryable,
  id: number,
  status: "accepted" | "returned",
  reviewer: { id: number | null; name: string },
  reason: string | null,
  at: string,
): Promise<void> {
  await q.query(
    `update report_submission set status = $2, reviewed_at = $3, reviewed_by = $4, reviewed_by_name = $5, return_reason = $6,
       version = version + 1, updated_at = $3 where id = $1`,
    [id, status, at, reviewer.id, reviewer.name, reason],
  );
}

export async function addLog(
  q: Queryable,
  submissionId: number,
  action: "save" | "submit" | "return" | "accept",
  actor: { id: number | null; name: string },
  note: string | null,
  at: string,
): Promise<void> {
  await q.query(
    "insert into report_submission_log (submission_id, action, note, actor_id, actor_name, at) values ($1,$2,$3,$4,$5,$6)",
    [submissionId, action, note, actor.id, actor.name, at],
  );
}

export async function submissionLog(q: Queryable, submissionId: number) {
  return q.query<{ action: string; note: string | null; actorName: string; at: string }>(
    `select action, note, actor_name as "actorName", at from report_submission_log where submission_id = $1 order by at, id`,
    [submissionId],
  );
}

/**
 * Locks a unit's figures for the given indicators and periods: every disaggregation, whatever its
 * status, becomes approved, with a history row each (the same effect as the data service's
 * approve, inside the acceptance's transaction). Returns the keys that changed.
 */
export async function approveFigures(
  tx: Queryable,
  orgUnitId: number,
  keys: { indicatorId: number; period: string }[],
  userId: number | null,
): Promise<{ indicatorId: number; period: string; disagg: string }[]> {
  if (!keys.length) return [];
  const changed = await tx.query<{ indicatorId: number; period: string; disagg: string }>(
    `update data_value d set status = 'approved', version = d.version + 1, updated_by = $4, updated_at = now()
       from unnest($2::int[], $3::text[]) k(i, p)
      where d.org_unit_id = $1 and d.indicator_id = k.i and d.period = k.p and d.status <> 'approved'
      returning d.indicator_id as "indicatorId", d.period, d.disagg`,
    [orgUnitId, keys.map((k) => k.indicatorId), keys.map((k) => k.period), userId],
  );
  if (changed.length)
    await tx.query(
      `insert into data_value_history (indicator_id, org_unit_id, period, disagg, value, numerator, denominator, status, comment,
          version, changed_by, action)
       select d.indicator_id, d.org_unit_id, d.period, d.disagg, d.value, d.numerator, d.denominator, d.status, d.comment,
              d.version, $4, 'approve'
         from data_value d join unnest($2::int[], $3::text[], $5::text[]) k(i, p, g)
           on d.indicator_id = k.i and d.period = k.p and d.disagg = k.g
        where d.org_unit_id = $1`,
      [
        orgUnitId,
        changed.map((c) => c.indicatorId),
        changed.map((c) => c.period),
        userId,
        changed.map((c) => c.disagg),
      ],
    );
  return changed;
}
