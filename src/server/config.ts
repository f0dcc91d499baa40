import { resolve } from "node:path";

export interface Config {
  port: number;
  host: string;
  dataDir: string;
  databaseUrl?: string;
  /** Load demo data into an empty database at start (default on; DIEUHANH_DEMO=0 in production). */
  demo: boolean;
  logLevel: string;
  loginRateLimitPerMinute: number;
  requireTotpForAdmins: boolean;
  trustProxy: boolean;
  webDir?: string;
  smtpUrl?: string;
}

export function loadConfig(env: NodeJS.ProcessEnv = process.env): Config {
  return {
    port: Number(env.PORT ?? 3000),
    host: env.HOST ?? "0.0.0.0",
    dataDir: resolve(env.DATA_DIR ?? "./data"),
    databaseUrl: env.DATABASE_URL || undefined,
    demo: env.DIEUHANH_DEMO !== "0",
    logLevel: env.LOG_LEVEL ?? "info",
    loginRateLimitPerMinute: Number(env.LOGIN_RATE_LIMIT ?? 20),
    requireTotpForAdmins: env.REQUIRE_ADMIN_TOTP !== "0",
    trustProxy: env.TRUST_PROXY === "1",
    webDir: env.WEB_DIR,
    smtpUrl: env.SMTP_URL || undefined,
  };
}
