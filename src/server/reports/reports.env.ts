import { isoDateInTimeZone } from "../../core/periods";
import type { Db } from "../db/db";
import type { AppEvents } from "../events";

/** What the reporting services need from outside: the database, a clock, change events. */
export interface ReportsEnv {
  db: Db;
  /** Injected so that tests run "on" a chosen day and lateness is deterministic. */
  now: () => Date;
  events?: AppEvents;
}

/** Today's calendar day in Vietnam: deadlines are Vietnamese days, whatever the server's zone. */
export function todayOf(env: Pick<ReportsEnv, "now">): string {
  return isoDateInTimeZone(env.now());
}
