// In-app notifications, and the e-mail copies queued with them. A notification is written in the
// same transaction as the event it reports; its e-mail is a job in that transaction too, so a
// rolled-back write sends nothing and a committed one is mailed even if the process restarts.
import type { Queryable } from "../db/db";
import { enqueueJob } from "../jobs/jobs";

export const EMAIL_JOB = "notifications.email";

export interface NotificationRecord {
  id: number;
  userId: number;
  kind: string;
  title: string;
  body: string | null;
  link: string | null;
  taskId: number | null;
  createdAt: string;
  readAt: string | null;
}

export interface Recipient {
  id: number;
  email: string | null;
}

/** Users holding one of `roles` on exactly this unit (not on a unit above it: those would get every unit's mail). */
export async function unitRecipients(
  q: Queryable,
  orgUnitId: number,
  roles: readonly string[],
): Promise<Recipient[]> {
  return q.query<Recipient>(
    `select distinct u.id, u.email from app_user u join role_grant g on g.user_id = u.id
      where g.org_unit_id = $1 and g.role = any($2::text[]) and not u.disabled order by u.id`,
    [orgUnitId, [...roles]],
  );
}

export interface NewNotification {
  kind: string;
  title: string;
  body?: string | null;
  link?: string | null;
  taskId?: number | null;
  at: string;
}

/**
 * Notifies each recipient in the app and, when e-mail is on, queues one e-mail per recipient with
 * an address. Returns how many were notified and how many e-mails were queued.
 */
export async function notifyUsers(
  tx: Queryable,
  recipients: readonly Recipient[],
  n: NewNotification,
  email: boolean,
): Promise<{ notified: number; emails: number }> {
  let emails = 0;
  for (const r of recipients) {
    const [row] = await tx.query<{ id: number }>(
      `insert into notification (user_id, kind, title, body, link, task_id, created_at) values ($1,$2,$3,$4,$5,$6,$7) returning id`,
      [r.id, n.kind, n.title, n.body ?? null, n.link ?? null, n.taskId ?? null, n.at],
    );
    if (email && r.email) {
      await enqueueJob(tx, EMAIL_JOB, { notificationId: row.id }, { runAt: new Date(n.at) });
      emails++;
    }
  }
  return { notified: recipients.length, emails };
}

export async function listNotifications(
  q: Queryable,
  userId: number,
  f: { unreadOnly: boolean; limit: number; offset: number },
): Promise<{ items: NotificationRecord[]; total: number; unread: number }> {
  const cond = f.unreadOnly ? "and read_at is null" : "";
  const [counts] = await q.query<{ total: number; unread: number }>(
    `select count(*) filter (where true ${cond})::int as total, count(*) filter (where read_at is null)::int as unread
       from notification where user_id = $1`,
    [userId],
  );
  const items = await q.query<NotificationRecord>(
    `select id, user_id as "userId", kind, title, body, link, task_id as "taskId", created_at as "createdAt", read_at as "readAt"
       from notification where user_id = $1 ${cond} order by created_at desc, id desc limit $2 offset $3`,
    [userId, f.limit, f.offset],
  );
  return { items, total: counts.total, unread: counts.unread };
}

export async function markRead(
  q: Queryable,
  userId: number,
  ids: number[] | "all",
  at: string,
): Promise<number> {
  const rows =
    ids === "all"
      ? await q.query(
          "update notification set read_at = $2 where user_id = $1 and read_at is null returning id",
          [userId, at],
        )
      : await q.query(
          "update notification set read_at = $3 where user_id = $1 and id = any($2::bigint[]) and read_at is null returning id",
          [userId, ids, at],
        );
  return rows.length;
}

export async function notificationForEmail(
  q: Queryable,
  id: number,
): Promise<(NotificationRecord & { email: string | null; fullName: string }) | undefined> {
  const [row] = await q.query<NotificationRecord & { email: string | null; fullName: string }>(
    `select n.id, n.user_id as "userId", n.kind, n.title, n.body, n.link, n.task_id as "taskId", n.created_at as "createdAt",
            n.read_at as "readAt", u.email, u.full_name as "fullName"
       from notification n join app_user u on u.id = n.user_id where n.id = $1`,
    [id],
  );
  return row;
}
