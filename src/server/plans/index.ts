// The plans and task-tracking capability: plans with their chain, tasks with every form of
// deadline, progress with evidence, extensions, recurring reporting cycles, chasing with
// notifications (in the app, and by e-mail when SMTP_URL is set), scorecards, imports.
import type { Capability } from "../app";
import { type ChaseSettings, chaseSettingsFromEnv, runChase } from "../notifications/chase.job";
import { emailJob } from "../notifications/email.job";
import { EMAIL_JOB } from "../notifications/notifications.repo";
import { notificationRoutes } from "../notifications/notifications.routes";
import type { TasksEnv } from "../tasks/tasks.env";
import { taskRoutes } from "../tasks/tasks.routes";
import { seedPlans } from "./demo/demo-seed";
import { planRoutes } from "./plans.routes";

export const CHASE_JOB = "tasks.chase";

export interface PlansCapabilityOptions {
  /** Clock for routes (tests pass the same fake clock as createTestApp({ now })). */
  now?: () => Date;
  /** Default: SMTP_URL from the environment; unset means in-app notifications only. */
  smtpUrl?: string;
  /** Base of links in e-mails (PUBLIC_URL), e.g. https://dieuhanh.tinh.gov.vn */
  publicUrl?: string;
  chase?: ChaseSettings;
}

export function createPlansCapability(opts: PlansCapabilityOptions = {}): Capability {
  const now = opts.now ?? (() => new Date());
  const smtpUrl = opts.smtpUrl ?? (process.env.SMTP_URL || undefined);
  const chase = opts.chase ?? chaseSettingsFromEnv();
  return {
    name: "plans",
    routes(api, deps) {
      const env: TasksEnv = { db: deps.db, now, events: deps.events, email: !!smtpUrl };
      planRoutes(api, env);
      taskRoutes(api, env);
      notificationRoutes(api, env, chase);
    },
    jobs: {
      [CHASE_JOB]: async (_payload, ctx) => {
        await runChase(ctx.db, ctx.now(), chase, !!smtpUrl);
      },
      [EMAIL_JOB]: emailJob(smtpUrl, opts.publicUrl ?? process.env.PUBLIC_URL),
    },
    // Hourly is plenty for day-level deadlines; the reminder log keeps repeats from sending twice.
    periodic: [{ kind: CHASE_JOB, everySeconds: 3600 }],
    seed: seedPlans,
  };
}

export const plansCapability: Capability = createPlansCapability();
