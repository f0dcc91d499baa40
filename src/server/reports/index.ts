import type { Capability } from "../app";
import { seedReportsDemo } from "./demo/seed-reports";
import { REMIND_JOB, remindJob } from "./reminders.job";
import { reportRoutes } from "./reports.routes";

/**
 * Reporting regimes (issue 5, NĐ 09/2019): regimes, the calendar of expected reports, submissions
 * prefilled from the system's data, review, consolidation into an NĐ 30 Word report with an Excel
 * annex, regime review, completeness and timeliness, and reminders. Its demo data use the
 * indicator capability's catalogue and figures, so it comes after it in capabilities.ts.
 */
export function createReportsCapability(opts: { now?: () => Date } = {}): Capability {
  const now = opts.now ?? (() => new Date());
  return {
    name: "reports",
    routes(api, deps) {
      reportRoutes(api, { db: deps.db, now, events: deps.events });
    },
    jobs: { [REMIND_JOB]: remindJob },
    // Hourly: reminders are per working day, the unique log makes extra runs harmless.
    periodic: [{ kind: REMIND_JOB, everySeconds: 3600 }],
    seed: seedReportsDemo,
  };
}

export const reportsCapability: Capability = createReportsCapability();
