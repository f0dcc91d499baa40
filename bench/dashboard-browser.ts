/**
 * Time to a fully drawn dashboard in a real browser (Chromium via playwright-core), against a
 * running server:
 *
 *   npx tsx bench/dashboard-browser.ts http://127.0.0.1:3000 [--user lanhdao] [--password Demo@2026]
 *       [--totp SECRET] [--unit ID] [--runs 5] [--width 1600] [--wall]
 *
 * Signs in through the API once, then opens "/" (or /?wall=1) `runs` times in fresh pages of the
 * same browser context and measures, on the page's own clock, from navigation start to the moment
 * the dashboard root carries data-ready="true" (every panel fetched and drawn, the map included).
 * The first run is cold (nothing cached); the median of the others is warm. Prints JSON.
 */
import { createHmac } from "node:crypto";
import { type Browser, chromium } from "playwright-core";

const args = process.argv.slice(2);
const arg = (name: string, fallback?: string) =>
  args.includes(name) ? args[args.indexOf(name) + 1] : fallback;
const baseUrl = args.find((a) => /^https?:\/\//.test(a));

function totp(secret: string, at = Date.now()): string {
  const alphabet = "ABCDEFGHIJKLMNOPQRSTUVWXYZ234567";
  let bits = 0;
  let value = 0;
  const bytes: number[] = [];
  for (const ch of secret.toUpperCase().replace(/[\s=]/g, "")) {
    value = (value << 5) | alphabet.indexOf(ch);
    bits += 5;
    if (bits >= 8) {
      bytes.push((value >>> (bits - 8)) & 0xff);
      bits -= 8;
    }
  }
  const counter = Buffer.alloc(8);
  counter.writeBigUInt64BE(BigInt(Math.floor(at / 30_000)));
  const d = createHmac("sha1", Buffer.from(bytes)).update(counter).digest();
  const o = d[d.length - 1] & 0x0f;
  return String((d.readUInt32BE(o) & 0x7fffffff) % 1_000_000).padStart(6, "0");
}

async function main() {
  if (!baseUrl) {
    console.error(
      "Cách dùng: npx tsx bench/dashboard-browser.ts <địa chỉ máy chủ> [--user lanhdao] [--runs 5]",
    );
    process.exit(2);
  }
  const runs = Number(arg("--runs", "5"));
  const width = Number(arg("--width", "1600"));
  const username = arg("--user", "lanhdao") as string;
  const password = arg("--password", "Demo@2026") as string;
  const secret = arg("--totp");
  const browser: Browser = await chromium.launch({
    executablePath: process.env.CHROMIUM_PATH ?? "/usr/bin/chromium",
    args: ["--no-sandbox", "--disable-gpu", "--no-first-run", "--disable-background-networking"],
  });
  try {
    // The app's CSP forbids eval; the measuring probe is injected by the browser driver, so let it in.
    const context = await browser.newContext({
      viewport: { width, height: 1000 },
      locale: "vi-VN",
      bypassCSP: true,
    });
    const login = await context.request.post(`${baseUrl}/api/v1/auth/login`, {
      data: { username, password, ...(secret ? { totpCode: totp(secret) } : {}) },
    });
    if (!login.ok()) throw new Error(`Đăng nhập thất bại: ${login.status()} ${await login.text()}`);
    const query = new URLSearchParams();
    if (arg("--unit")) query.set("unit", arg("--unit") as string);
    if (args.includes("--wall")) query.set("wall", "1");
    const url = `${baseUrl}/${query.size ? `?${query}` : ""}`;
    const times: number[] = [];
    for (let i = 0; i < runs; i++) {
      const page = await context.newPage();
      await page.goto(url);
      // performance.now() counts from the navigation's start: the whole load, scripts included.
      const handle = await page.waitForFunction(
        () =>
          document.querySelector('[data-testid="dashboard"][data-ready="true"]') ? performance.now() : null,
        undefined,
        { timeout: 120_000, polling: 10 },
      );
      times.push(Math.round((await handle.jsonValue()) as number));
      await page.close();
    }
    const warm = times.slice(1).sort((a, b) => a - b);
    console.log(
      JSON.stringify(
        {
          url,
          user: username,
          runs,
          coldMs: times[0],
          warmMedianMs: warm.length ? warm[Math.floor(warm.length / 2)] : null,
          allMs: times,
        },
        null,
        2,
      ),
    );
  } finally {
    await browser.close();
  }
}

main().catch((e) => {
  console.error(e);
  process.exit(1);
});
