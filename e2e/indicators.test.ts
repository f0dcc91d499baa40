// The indicator core in real browsers against the built server: a ward officer enters a figure
// in the data grid and saves it; a leader who already has the province's indicator page open
// sees the province aggregate move by exactly that amount after a refetch. The expected change
// comes from GET /api/v1/analytics before and after, not from the page.
import type { Browser, BrowserContext, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import {
  DEMO_PASSWORD,
  launchBrowser,
  type StartedServer,
  screenshot,
  serverIsBuilt,
  startServer,
} from "./harness";

const suite = serverIsBuilt() ? describe : describe.skip;

const INDICATOR = "TTHC_TONG_HO_SO";
const INDICATOR_NAME = "Tổng số hồ sơ TTHC tiếp nhận";
const WARD_NAME = "Phường Bắc Giang";
const DELTA = 37;
// Two browsers and the server share the machine with other test files: generous limits.

const viNumber = new Intl.NumberFormat("vi-VN", { maximumFractionDigits: 0 });

/** "1.234" (vi-VN grouping) → 1234. */
function readViInteger(text: string): number {
  return Number(text.replace(/[^\d-]/g, ""));
}

suite("indicator core (browser)", () => {
  let server: StartedServer;
  let browser: Browser;
  const contexts: BrowserContext[] = [];

  beforeAll(async () => {
    server = await startServer();
    browser = await launchBrowser();
  }, 120_000);

  afterAll(async () => {
    for (const context of contexts) await context.close().catch(() => undefined);
    await browser?.close();
    await server?.stop();
  });

  async function signIn(username: string): Promise<Page> {
    const context = await browser.newContext({ viewport: { width: 1440, height: 900 }, locale: "vi-VN" });
    contexts.push(context);
    const page = await context.newPage();
    await page.goto(`${server.baseUrl}/login`);
    await page.locator('input[name="username"]').fill(username);
    await page.locator('input[name="password"]').fill(DEMO_PASSWORD);
    await page.getByRole("button", { name: "Đăng nhập" }).click();
    await page
      .getByRole("navigation", { name: "Điều hướng chính" })
      .getByRole("link", { name: "Chỉ tiêu" })
      .waitFor();
    await page.waitForURL(/[?&]unit=\d+/);
    return page;
  }

  async function getJson<T>(page: Page, path: string): Promise<T> {
    const response = await page.request.get(`${server.baseUrl}${path}`);
    expect(response.status(), `${path}: ${await response.text()}`).toBe(200);
    return (await response.json()) as T;
  }

  async function provinceTotal(page: Page, provinceId: number, period: string): Promise<number> {
    const body = await getJson<{
      rows: { indicator: string; orgUnitId: number; period: string; value: number | null }[];
    }>(page, `/api/v1/analytics?indicators=${INDICATOR}&ou=${provinceId}&periods=${period}`);
    const row = body.rows.find((r) => r.orgUnitId === provinceId && r.period === period);
    expect(row?.value, "the province has a figure for the latest month").toBeTypeOf("number");
    return row?.value as number;
  }

  it("a ward's saved figure moves the province aggregate on the leader's open page by exactly its change", async () => {
    // The leader opens the catalogue, finds the indicator without accents and opens its page for the province.
    const leader = await signIn("lanhdao");
    const provinceId = Number(new URL(leader.url()).searchParams.get("unit"));
    await leader
      .getByRole("navigation", { name: "Điều hướng chính" })
      .getByRole("link", { name: "Chỉ tiêu" })
      .click();
    await leader.getByRole("searchbox", { name: "Tìm chỉ tiêu" }).fill("tong so ho so");
    await leader.getByRole("link", { name: INDICATOR_NAME, exact: true }).click();
    await leader.waitForURL(/\/indicators\/\d+/);
    const indicatorId = Number(/\/indicators\/(\d+)/.exec(leader.url())?.[1]);
    const overview = await getJson<{ latestPeriod: string; orgUnit: { id: number } }>(
      leader,
      `/api/v1/indicators/${indicatorId}/overview?orgUnit=${provinceId}`,
    );
    expect(overview.orgUnit.id).toBe(provinceId);
    const period = overview.latestPeriod;
    const before = await provinceTotal(leader, provinceId, period);
    const kpi = leader.getByTestId("kpi-latest-value");
    await expect.poll(() => kpi.textContent(), { timeout: 20_000 }).toBe(`${viNumber.format(before)} hồ sơ`);
    await leader.getByTestId("trend-chart").locator("canvas").first().waitFor();
    await screenshot(leader, "indicator-province-before");

    // The ward officer opens the grid (latest month by default) and changes the cell.
    const officer = await signIn("canbo.xa");
    await officer
      .getByRole("navigation", { name: "Điều hướng chính" })
      .getByRole("link", { name: "Số liệu" })
      .click();
    const cell = officer.getByRole("textbox", { name: `${INDICATOR_NAME} – ${WARD_NAME}`, exact: true });
    await cell.waitFor();
    expect(new URL(officer.url()).searchParams.get("period") ?? period).toBe(period);
    const oldText = await cell.inputValue();
    const oldValue = oldText === "" ? 0 : readViInteger(oldText);
    const newValue = oldValue + DELTA;
    await cell.click();
    await cell.fill(String(newValue));
    // Keyboard moves work from the edited cell: Tab goes to the next input, Shift+Tab back.
    await officer.keyboard.press("Tab");
    expect(await officer.evaluate(() => document.activeElement?.getAttribute("aria-label"))).not.toBe(
      `${INDICATOR_NAME} – ${WARD_NAME}`,
    );
    await officer.keyboard.press("Shift+Tab");
    expect(await officer.evaluate(() => document.activeElement?.getAttribute("aria-label"))).toBe(
      `${INDICATOR_NAME} – ${WARD_NAME}`,
    );
    await screenshot(officer, "data-grid-officer-edited");
    await officer.getByRole("button", { name: /^Lưu 1 ô đã sửa$/ }).click();
    await officer
      .getByText(/^Đã lưu/)
      .first()
      .waitFor({ timeout: 20_000 });
    await expect.poll(() => cell.inputValue()).toBe(viNumber.format(newValue));
    await screenshot(officer, "data-grid-officer-saved");

    // The analytics moved by exactly the change, and the leader's page shows it after its refetch.
    const after = await provinceTotal(leader, provinceId, period);
    expect(after - before).toBe(newValue - oldValue);
    await leader.getByRole("button", { name: "Làm mới" }).click();
    await expect.poll(() => kpi.textContent(), { timeout: 20_000 }).toBe(`${viNumber.format(after)} hồ sơ`);
    await screenshot(leader, "indicator-province-after");
  }, 180_000);

  it("keeps a bad cell's error at the cell and writes nothing", async () => {
    const officer = await signIn("canbo.xa");
    await officer.goto(`${server.baseUrl}/data?unit=${new URL(officer.url()).searchParams.get("unit")}`);
    const numerator = officer.getByRole("textbox", {
      name: /^Tỷ lệ hồ sơ trực tuyến trên tổng số hồ sơ tiếp nhận, giải quyết TTHC – Phường Bắc Giang – tử số$/,
    });
    await numerator.waitFor();
    const denominator = officer.getByRole("textbox", {
      name: /^Tỷ lệ hồ sơ trực tuyến trên tổng số hồ sơ tiếp nhận, giải quyết TTHC – Phường Bắc Giang – mẫu số$/,
    });
    const denominatorText = await denominator.inputValue();
    // A numerator above the denominator is refused by the server and shown under the cell.
    await numerator.fill(String(readViInteger(denominatorText) + 100));
    await officer.getByRole("button", { name: /^Lưu 1 ô đã sửa$/ }).click();
    const problem = officer.locator(".dh-grid-problems li").first();
    await problem.waitFor();
    expect(await problem.textContent()).toMatch(/lớn hơn mẫu số/);
    expect(await numerator.getAttribute("aria-invalid")).toBe("true");
    expect(await officer.evaluate(() => document.activeElement?.getAttribute("aria-label"))).toMatch(
      /– tử số$/,
    );
    await screenshot(officer, "data-grid-error-at-cell");
  }, 120_000);
});
