// The leader dashboard in a real browser against the built server: tiles equal the analytics
// API, drill-down to a ward and its stored figures, a click on the map, a figure entered by a ward
// officer appearing without a reload, the meeting brief downloading as a real NĐ 30 .docx, the
// ward officer's narrower view, and wall mode. Screenshots go to e2e/artifacts/.
//
// Before the dashboard is listed in src/server/capabilities.ts, run it with E2E_DASHBOARD_DEV=1:
// the server then starts from src/server/dashboard/dev-server.ts (the web app must be built).
import { readFileSync } from "node:fs";
import type { Browser, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { inspectDocx } from "../src/server/documents/docx-inspect";
import {
  DEMO_PASSWORD,
  launchBrowser,
  type StartedServer,
  screenshot,
  serverIsBuilt,
  startServer,
} from "./harness";

const devEntry = process.env.E2E_DASHBOARD_DEV === "1";
const suite = serverIsBuilt() || devEntry ? describe : describe.skip;

suite("leader dashboard (browser)", () => {
  let server: StartedServer;
  let browser: Browser;

  beforeAll(async () => {
    server = await startServer(
      devEntry ? { entry: "src/server/dashboard/dev-server.ts", nodeArgs: ["--import", "tsx"] } : {},
    );
    browser = await launchBrowser();
  }, 180_000);

  afterAll(async () => {
    await browser?.close();
    await server?.stop();
  });

  async function signIn(username: string, width = 1600): Promise<Page> {
    const context = await browser.newContext({
      viewport: { width, height: 1000 },
      locale: "vi-VN",
      acceptDownloads: true,
    });
    const page = await context.newPage();
    await page.goto(`${server.baseUrl}/login`);
    await page.locator('input[name="username"]').fill(username);
    await page.locator('input[name="password"]').fill(DEMO_PASSWORD);
    await page.getByRole("button", { name: "Đăng nhập" }).click();
    await page.waitForURL(/[?&]unit=\d+/);
    await page
      .locator('[data-testid="dashboard"][data-ready="true"]')
      .waitFor({ state: "attached", timeout: 60_000 });
    return page;
  }

  /** GET /api/v1/analytics from inside the page (the signed-in user's cookie). */
  async function analytics(
    page: Page,
    indicator: string,
    unit: string,
    period: string,
  ): Promise<number | null> {
    return page.evaluate(
      async ([i, u, p]) => {
        const res = await fetch(`/api/v1/analytics?indicators=${i}&ou=${u}&periods=${p}`);
        const body = await res.json();
        return body.rows[0]?.value ?? null;
      },
      [indicator, unit, period],
    );
  }

  const unitOf = (page: Page) => new URL(page.url()).searchParams.get("unit") as string;
  const tile = (page: Page, code: string) => page.getByTestId(`tile-${code}`);
  const vi = (v: number, decimals: number) =>
    new Intl.NumberFormat("vi-VN", {
      minimumFractionDigits: decimals,
      maximumFractionDigits: decimals,
    }).format(v);

  /** Signs a user in through the API (not the browser) and returns a writer for data values. */
  async function apiSession(username: string) {
    const res = await fetch(`${server.baseUrl}/api/v1/auth/login`, {
      method: "POST",
      headers: { "content-type": "application/json" },
      body: JSON.stringify({ username, password: DEMO_PASSWORD }),
    });
    expect(res.status).toBe(200);
    const cookie = res.headers
      .getSetCookie()
      .map((c) => c.split(";")[0])
      .join("; ");
    const { csrfToken } = await res.json();
    return (rows: unknown[]) =>
      fetch(`${server.baseUrl}/api/v1/data-values/bulk`, {
        method: "POST",
        headers: { "content-type": "application/json", cookie, "x-csrf-token": csrfToken },
        body: JSON.stringify({ rows }),
      });
  }

  it("shows a leader the province's tiles with the numbers the analytics API gives", async () => {
    const page = await signIn("lanhdao");
    await expect(page.getByRole("heading", { name: "Trung tâm điều hành" }).count()).resolves.toBe(1);
    const unit = unitOf(page);
    for (const [code, decimals] of [
      ["TTHC_HS_TRUC_TUYEN", 1],
      ["THU_NSNN", 1],
      ["TTHC_TONG_HO_SO", 0],
    ] as const) {
      const period = (await tile(page, code).getAttribute("data-period")) as string;
      const expected = await analytics(page, code, unit, period);
      expect(expected).not.toBeNull();
      expect(Number(await tile(page, code).getAttribute("data-value"))).toBe(expected);
      expect((await page.getByTestId(`tile-value-${code}`).textContent()) ?? "").toContain(
        vi(expected as number, decimals),
      );
    }
    await screenshot(page, "dashboard-leader");
    await page.context().close();
  }, 120_000);

  it("drills from a tile to the wards, to one ward and to the figures behind it; the map opens a ward too", async () => {
    const page = await signIn("lanhdao");
    const shown = (await page.getByTestId("tile-value-TTHC_HS_TRUC_TUYEN").textContent()) ?? "";
    await tile(page, "TTHC_HS_TRUC_TUYEN").click();
    const drawer = page.getByRole("dialog");
    await drawer.getByTestId("drill-value").waitFor();
    expect(((await drawer.getByTestId("drill-value").textContent()) ?? "").split(" ")[0]).toBe(
      shown.replace("%", "").trim(),
    );
    const rows = drawer.getByTestId("drill-children").locator("tbody tr");
    await expect(rows.count()).resolves.toBe(40);
    await drawer.getByRole("button", { name: "Xem Phường Bắc Giang" }).click();
    // The ward has no units below it: its one stored row is the figure.
    await page.waitForFunction(
      () => document.querySelectorAll('[data-testid="drill-stored"] tbody tr').length === 1,
    );
    await expect(drawer.locator('[data-testid="drill"][aria-busy="true"]').count()).resolves.toBe(0);
    expect((await drawer.getByTestId("drill-stored").textContent()) ?? "").toContain("Phường Bắc Giang");
    await screenshot(page, "dashboard-drill-ward");
    await page.keyboard.press("Escape");
    await drawer.waitFor({ state: "hidden" });

    // The map: click the centre of Phường Đa Mai's shape.
    const map = page.getByTestId("dashboard-map");
    const centers = JSON.parse((await map.getAttribute("data-centers")) as string) as Record<
      string,
      [number, number]
    >;
    expect(Object.keys(centers)).toHaveLength(40);
    await page.getByTestId("map-canvas").scrollIntoViewIfNeeded();
    const box = await page.getByTestId("map-canvas").boundingBox();
    const [x, y] = centers["P-DA-MAI"];
    await page.mouse.click((box?.x ?? 0) + x, (box?.y ?? 0) + y);
    await page
      .getByRole("dialog")
      .getByText("Phường Đa Mai", { exact: true })
      .first()
      .waitFor({ timeout: 10_000 });
    expect(new URL(page.url()).searchParams.get("drillUnit")).not.toBeNull();
    await screenshot(page, "dashboard-map-click");
    await page.context().close();
  }, 120_000);

  it("shows a figure a ward officer enters on the open dashboard within seconds, without a reload", async () => {
    const page = await signIn("lanhdao");
    const unit = unitOf(page);
    const period = (await tile(page, "TTHC_HS_TRUC_TUYEN").getAttribute("data-period")) as string;
    const before = Number(await tile(page, "TTHC_HS_TRUC_TUYEN").getAttribute("data-value"));
    // Mark this document, and note when the tile's figure changes (the browser's own clock).
    await page.evaluate(() => {
      const w = window as unknown as { __sameDocument: boolean; __changedAt?: number };
      w.__sameDocument = true;
      const el = document.querySelector('[data-testid="tile-TTHC_HS_TRUC_TUYEN"]') as Element;
      new MutationObserver(() => {
        w.__changedAt ??= Date.now();
      }).observe(el, { attributes: true, attributeFilter: ["data-value"] });
    });
    const write = await apiSession("canbo.xa");
    const res = await write([
      { indicator: "TTHC_HS_TRUC_TUYEN", orgUnit: "P-BAC-GIANG", period, numerator: 5000, denominator: 5000 },
    ]);
    const sent = Date.now(); // the write has committed
    expect(res.status, await res.clone().text()).toBe(200);
    const expected = (await analytics(page, "TTHC_HS_TRUC_TUYEN", unit, period)) as number;
    expect(expected).toBeGreaterThan(before);
    await page.waitForFunction(
      ([v]) =>
        document.querySelector('[data-testid="tile-TTHC_HS_TRUC_TUYEN"]')?.getAttribute("data-value") ===
        String(v),
      [expected],
      { timeout: 5_000 },
    );
    const took =
      ((await page.evaluate(() => (window as unknown as { __changedAt?: number }).__changedAt)) as number) -
      sent;
    expect(
      await page.evaluate(() => (window as unknown as { __sameDocument?: boolean }).__sameDocument),
    ).toBe(true);
    expect((await page.getByTestId("tile-value-TTHC_HS_TRUC_TUYEN").textContent()) ?? "").toContain(
      vi(expected, 1),
    );
    console.log(`live update shown ${took} ms after the write`);
    expect(took).toBeLessThan(5_000);
    await screenshot(page, "dashboard-live-update");
    await page.context().close();
  }, 120_000);

  it("downloads the meeting brief as a .docx that opens, in NĐ 30 layout", async () => {
    const page = await signIn("lanhdao");
    const [download] = await Promise.all([
      page.waitForEvent("download"),
      page.getByTestId("brief-download").click(),
    ]);
    expect(download.suggestedFilename()).toMatch(/^bao-cao-phien-hop-bn-\d{6}\.docx$/);
    const doc = inspectDocx(readFileSync(await download.path()));
    expect(doc.text).toContain("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM");
    expect(doc.text).toContain("BÁO CÁO");
    expect(doc.text).toMatch(/CÁC CHỈ TIÊU CHỦ YẾU/);
    expect(doc.text).toMatch(/CÁC CHỈ TIÊU CÓ NGUY CƠ KHÔNG ĐẠT/);
    expect(doc.media.length).toBeGreaterThanOrEqual(2);
    expect(doc.fonts).toEqual(["Times New Roman"]);
    await page.context().close();
  }, 120_000);

  it("shows a ward officer their ward only", async () => {
    const page = await signIn("canbo.xa");
    await page.getByText("Phường Bắc Giang").first().waitFor();
    const centers = JSON.parse(
      (await page.getByTestId("dashboard-map").getAttribute("data-centers")) as string,
    );
    expect(Object.keys(centers)).toEqual(["P-BAC-GIANG"]);
    const unit = unitOf(page);
    const period = (await tile(page, "TTHC_HS_TRUC_TUYEN").getAttribute("data-period")) as string;
    expect(Number(await tile(page, "TTHC_HS_TRUC_TUYEN").getAttribute("data-value"))).toBe(
      await analytics(page, "TTHC_HS_TRUC_TUYEN", unit, period),
    );
    await screenshot(page, "dashboard-ward-officer");
    await page.context().close();
  }, 120_000);

  it("runs in wall mode with large type and rotating panels", async () => {
    const page = await signIn("lanhdao", 1920);
    await page.getByRole("button", { name: "Trình chiếu" }).click();
    const wall = page.getByTestId("wall");
    await wall.waitFor();
    await screenshot(page, "dashboard-wall-tiles");
    const fontSize = await wall
      .locator(".dh-tile-value")
      .first()
      .evaluate((el) => Number.parseFloat(getComputedStyle(el).fontSize));
    expect(fontSize).toBeGreaterThanOrEqual(40);
    await wall.getByRole("button", { name: "Bảng tiếp theo" }).click();
    await wall.getByText("Bản đồ và xếp hạng").waitFor();
    await page.locator('[data-testid="dashboard"][data-ready="true"]').waitFor({ state: "attached" });
    await screenshot(page, "dashboard-wall-map");
    await page.keyboard.press("Escape");
    await page.getByRole("heading", { name: "Trung tâm điều hành" }).waitFor();
    await page.context().close();
  }, 120_000);
});
