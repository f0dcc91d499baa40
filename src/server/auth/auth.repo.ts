import type { Queryable } from "../db/db";
import type { Grant } from "./principal";

export interface UserRow {
  id: number;
  username: string;
  fullName: string;
  email: string | null;
  passwordHash: string;
  locale: string;
  disabled: boolean;
  totpSecret: string | null;
  totpEnabled: boolean;
  failedLogins: number;
  lockedUntil: string | null;
  lastLoginAt: string | null;
}

const USER_COLS = `id, username, full_name as "fullName", email, password_hash as "passwordHash", locale, disabled,
  totp_secret as "totpSecret", totp_enabled as "totpEnabled", failed_logins as "failedLogins",
  locked_until as "lockedUntil", last_login_at as "lastLoginAt"`;

export async function findUserByUsername(q: Queryable, username: string): Promise<UserRow | undefined> {
  const [u] = await q.query<UserRow>(`select ${USER_COLS} from app_user where lower(username) = lower($1)`, [
    username,
  ]);
  return u;
}

export async function findUserById(q: Queryable, id: number): Promise<UserRow | undefined> {
  const [u] = await q.query<UserRow>(`select ${USER_COLS} from app_user where id = $1`, [id]);
  return u;
}

export async function grantsOf(q: Queryable, userId: number): Promise<Grant[]> {
  return q.query<Grant>(
    `select g.role, g.org_unit_id as "orgUnitId", u.path, u.code as "orgUnitCode", u.name as "orgUnitName"
       from role_grant g join org_unit u on u.id = g.org_unit_id
      where g.user_id = $1 order by u.path, g.role`,
    [userId],
  );
}

export async function recordFailedLogin(q: Queryable, userId: number, maxFailures: number, lockMinutes: number) {
  await q.query(
    `update app_user set failed_logins = failed_logins + 1,
       locked_until = case when failed_logins + 1 >= $2 then now() + ($3 || ' minutes')::interval else locked_until end
     where id = $1`,
    [userId, maxFailures, String(lockMinutes)],
  );
}

export async function recordSuccessfulLogin(q: Queryable, userId: number) {
  await q.query(
    "update app_user set failed_logins = 0, locked_until = null, last_login_at = now() where id = $1",
    [userId],
  );
}

export interface SessionRow {
  id: string;
  userId: number;
  csrfToken: string;
  expiresAt: string;
}

export async function insertSession(
  q: Queryable,
  s: { id: string; userId: number; csrfToken: string; ttlHours: number; ip: string; userAgent: string },
) {
  await q.query(
    `insert into user_session (id, user_id, csrf_token, expires_at, ip, user_agent)
     values ($1, $2, $3, now() + ($4 || ' hours')::interval, $5, $6)`,
    [s.id, s.userId, s.csrfToken, String(s.ttlHours), s.ip, s.userAgent.slice(0, 300)],
  );
}

export async function findLiveSession(q: Queryable, id: string): Promise<SessionRow | undefined> {
  const [s] = await q.query<SessionRow>(
    `select id, user_id as "userId", csrf_token as "csrfToken", expires_at as "expiresAt"
       from user_session where id = $1 and expires_at > now()`,
    [id],
  );
  return s;
}

export async function deleteSession(q: Queryable, id: string) {
  await q.query("delete from user_session where id = $1", [id]);
}

export async function deleteSessionsOfUser(q: Queryable, userId: number, exceptId?: string) {
  await q.query("delete from user_session where user_id = $1 and id is distinct from $2", [userId, exceptId ?? null]);
}

export interface SessionPrincipalRow {
  sessionId: string;
  csrfToken: string;
  userId: number;
  username: string;
  fullName: string;
  disabled: boolean;
  totpEnabled: boolean;
  grants: Grant[];
}

/** Session, user and grants in one round trip: this runs on every authenticated request. */
export async function findSessionPrincipal(q: Queryable, sessionId: string): Promise<SessionPrincipalRow | undefined> {
  const [r] = await q.query<SessionPrincipalRow>(
    `select s.id as "sessionId", s.csrf_token as "csrfToken", u.id as "userId", u.username, u.full_name as "fullName",
            u.disabled, u.totp_enabled as "totpEnabled",
            coalesce(json_agg(json_build_object('role', g.role, 'orgUnitId', g.org_unit_id, 'path', o.path,
              'orgUnitCode', o.code, 'orgUnitName', o.name) order by o.path, g.role) filter (where g.role is not null), '[]') as grants
       from user_session s join app_user u on u.id = s.user_id
       left join role_grant g on g.user_id = u.id left join org_unit o on o.id = g.org_unit_id
      where s.id = $1 and s.expires_at > now()
      group by s.id, u.id`,
    [sessionId],
  );
  return r;
}
