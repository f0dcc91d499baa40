// Helpers for browser tests: start the built server on a free port with a fresh data directory
// (and a fresh PostgreSQL database when DATABASE_URL is set), launch Debian's Chromium, save
// screenshots, and compute TOTP codes for the demo administrator.
import { type ChildProcess, spawn } from "node:child_process";
import { createHmac, randomBytes } from "node:crypto";
import { existsSync, mkdirSync, mkdtempSync, rmSync } from "node:fs";
import { createServer } from "node:net";
import { tmpdir } from "node:os";
import { dirname, join, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import pg from "pg";
import { type Browser, chromium, type Page } from "playwright-core";

const repoRoot = resolve(dirname(fileURLToPath(import.meta.url)), "..");
export const SERVER_ENTRY = join(repoRoot, "dist", "server", "main.js");
export const ARTIFACTS_DIR = join(repoRoot, "e2e", "artifacts");
export const DEMO_PASSWORD = "Demo@2026";

/**
 * E2E_FROM_SOURCE=1 runs src/server/main.ts through tsx instead of the bundle, for working on
 * the tests before `npm run build:server` (the web app must still be built into dist/web).
 */
const fromSource = process.env.E2E_FROM_SOURCE === "1";
const SOURCE_ENTRY = join(repoRoot, "src", "server", "main.ts");

/** The browser tests need the built server (npm run build); without it they skip. */
export function serverIsBuilt(): boolean {
  return existsSync(fromSource ? SOURCE_ENTRY : SERVER_ENTRY);
}

export async function freePort(): Promise<number> {
  return new Promise((resolvePort, reject) => {
    const probe = createServer();
    probe.unref();
    probe.on("error", reject);
    probe.listen(0, "127.0.0.1", () => {
      const address = probe.address();
      const port = typeof address === "object" && address ? address.port : 0;
      probe.close(() => resolvePort(port));
    });
  });
}

interface ScratchDatabase {
  url: string;
  drop: () => Promise<void>;
}

/** A database of its own for this run on the PostgreSQL server DATABASE_URL points to. */
async function createScratchDatabase(adminUrl: string): Promise<ScratchDatabase> {
  const name = `dh_e2e_${randomBytes(6).toString("hex")}`;
  const admin = new pg.Client({ connectionString: adminUrl });
  await admin.connect();
  try {
    await admin.query(`CREATE DATABASE ${name}`);
  } finally {
    await admin.end();
  }
  const url = new URL(adminUrl);
  url.pathname = `/${name}`;
  return {
    url: url.toString(),
    drop: async () => {
      const client = new pg.Client({ connectionString: adminUrl });
      await client.connect();
      try {
        await client.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
      } finally {
        await client.end();
      }
    },
  };
}

export interface StartedServer {
  baseUrl: string;
  /** Everything the server printed so far (stdout and stderr). */
  output: () => string;
  /** The demo administrator's TOTP secret, as printed by the server at start. */
  demoTotpSecret: () => string | null;
  stop: () => Promise<void>;
}

export interface StartServerOptions {
  env?: Record<string, string>;
  /** Script to run instead of dist/server/main.js, e.g. src/server/main.ts with nodeArgs ["--import", "tsx"]. */
  entry?: string;
  nodeArgs?: string[];
  /** How long to wait for GET /readyz (ms). */
  readyTimeoutMs?: number;
}

function waitForExit(child: ChildProcess, timeoutMs: number): Promise<boolean> {
  if (child.exitCode !== null || child.signalCode !== null) return Promise.resolve(true);
  return new Promise((done) => {
    const timer = setTimeout(() => done(false), timeoutMs);
    child.once("exit", () => {
      clearTimeout(timer);
      done(true);
    });
  });
}

export async function startServer(options: StartServerOptions = {}): Promise<StartedServer> {
  const port = await freePort();
  const dataDir = mkdtempSync(join(tmpdir(), "dh-e2e-"));
  const database = process.env.DATABASE_URL ? await createScratchDatabase(process.env.DATABASE_URL) : null;
  const env: NodeJS.ProcessEnv = {
    ...process.env,
    PORT: String(port),
    HOST: "127.0.0.1",
    DATA_DIR: dataDir,
    DIEUHANH_DEMO: "1",
    LOG_LEVEL: process.env.LOG_LEVEL ?? "warn",
    ...options.env,
  };
  if (database) env.DATABASE_URL = database.url;
  else delete env.DATABASE_URL;

  const defaultArgs = fromSource ? ["--import", "tsx", SOURCE_ENTRY] : [SERVER_ENTRY];
  const args = options.entry ? [...(options.nodeArgs ?? []), options.entry] : defaultArgs;
  const child = spawn(process.execPath, args, { cwd: repoRoot, env, stdio: ["ignore", "pipe", "pipe"] });
  let output = "";
  child.stdout?.on("data", (chunk: Buffer) => {
    output += chunk.toString();
  });
  child.stderr?.on("data", (chunk: Buffer) => {
    output += chunk.toString();
  });

  const cleanUp = async () => {
    if (child.exitCode === null && child.signalCode === null) {
      child.kill("SIGTERM");
      if (!(await waitForExit(child, 10_000))) {
        child.kill("SIGKILL");
        await waitForExit(child, 5_000);
      }
    }
    rmSync(dataDir, { recursive: true, force: true });
    await database?.drop();
  };

  const baseUrl = `http://127.0.0.1:${port}`;
  const deadline = Date.now() + (options.readyTimeoutMs ?? 90_000);
  for (;;) {
    if (child.exitCode !== null) {
      await cleanUp();
      throw new Error(`The server exited with code ${child.exitCode} before it was ready:\n${output}`);
    }
    try {
      const response = await fetch(`${baseUrl}/readyz`);
      if (response.ok) break;
    } catch {
      // Not listening yet.
    }
    if (Date.now() > deadline) {
      await cleanUp();
      throw new Error(`The server was not ready within the timeout:\n${output}`);
    }
    await new Promise((wait) => setTimeout(wait, 200));
  }

  return {
    baseUrl,
    output: () => output,
    demoTotpSecret: () => /TOTP[^\n]*?\b([A-Z2-7]{16,})\b/.exec(output)?.[1] ?? null,
    stop: cleanUp,
  };
}

export const CHROMIUM_ARGS = [
  "--no-sandbox",
  "--disable-gpu",
  "--disable-quic",
  "--no-first-run",
  "--disable-background-networking",
  "--disable-component-update",
  "--disable-sync",
];

export function launchBrowser(): Promise<Browser> {
  return chromium.launch({ executablePath: "/usr/bin/chromium", args: CHROMIUM_ARGS });
}

/** Saves e2e/artifacts/<name>.png and returns its path. */
export async function screenshot(page: Page, name: string): Promise<string> {
  mkdirSync(ARTIFACTS_DIR, { recursive: true });
  const path = join(ARTIFACTS_DIR, `${name.replace(/[^\w.-]+/g, "-")}.png`);
  await page.screenshot({ path, fullPage: true });
  return path;
}

function base32Decode(text: string): Buffer {
  const alphabet = "ABCDEFGHIJKLMNOPQRSTUVWXYZ234567";
  const clean = text.toUpperCase().replace(/[\s=]/g, "");
  let bits = 0;
  let value = 0;
  const bytes: number[] = [];
  for (const char of clean) {
    const index = alphabet.indexOf(char);
    if (index < 0) throw new Error(`Not base32: ${char}`);
    value = (value << 5) | index;
    bits += 5;
    if (bits >= 8) {
      bytes.push((value >>> (bits - 8)) & 0xff);
      bits -= 8;
    }
  }
  return Buffer.from(bytes);
}

/** RFC 6238 code (HMAC-SHA1, 30-second steps, 6 digits) for a base32 secret. */
export function totpCode(secret: string, atMs: number = Date.now()): string {
  const counter = Buffer.alloc(8);
  counter.writeBigUInt64BE(BigInt(Math.floor(atMs / 1000 / 30)));
  const digest = createHmac("sha1", base32Decode(secret)).update(counter).digest();
  const offset = digest[digest.length - 1] & 0x0f;
  const binary = digest.readUInt32BE(offset) & 0x7fffffff;
  return String(binary % 1_000_000).padStart(6, "0");
}
