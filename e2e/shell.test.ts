// The web shell in a real browser against the built server: Vietnamese by default, English on
// request, worded sign-in errors, lockout after repeated failures, and a keyboard-only sign-in.
import type { Browser, Page } from "playwright-core";
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

suite("web shell (browser)", () => {
  let server: StartedServer;
  let browser: Browser;

  beforeAll(async () => {
    server = await startServer();
    browser = await launchBrowser();
  }, 120_000);

  afterAll(async () => {
    await browser?.close();
    await server?.stop();
  });

  async function openLogin(): Promise<Page> {
    const context = await browser.newContext({ viewport: { width: 1366, height: 800 }, locale: "vi-VN" });
    const page = await context.newPage();
    await page.goto(`${server.baseUrl}/login`);
    await page.locator('input[name="username"]').waitFor();
    return page;
  }

  async function submitLogin(page: Page, username: string, password: string) {
    await page.locator('input[name="username"]').fill(username);
    await page.locator('input[name="password"]').fill(password);
    await page.getByRole("button", { name: "Đăng nhập" }).click();
  }

  it("signs lanhdao in and shows the shell in Vietnamese", async () => {
    const page = await openLogin();
    await expect(page.getByRole("textbox", { name: /Tên đăng nhập/ }).count()).resolves.toBe(1);
    await submitLogin(page, "lanhdao", DEMO_PASSWORD);
    const nav = page.getByRole("navigation", { name: "Điều hướng chính" });
    await nav.getByRole("link", { name: "Tổng quan" }).waitFor();
    for (const label of ["Chỉ tiêu", "Số liệu", "Kế hoạch & nhiệm vụ", "Báo cáo", "Đơn vị", "Nhật ký"]) {
      expect(await nav.getByRole("link", { name: label }).count()).toBe(1);
    }
    // A leader is not an administrator: no user management.
    expect(await nav.getByRole("link", { name: "Người dùng" }).count()).toBe(0);
    expect(await page.locator("html").getAttribute("lang")).toBe("vi");
    // The scope selector is set to the leader's unit and the URL carries it.
    await page.waitForURL(/[?&]unit=\d+/);
    await screenshot(page, "shell-vi");
    await page.context().close();
  });

  it("switches to English, keeps the choice after a reload, and switches back", async () => {
    const page = await openLogin();
    await submitLogin(page, "lanhdao", DEMO_PASSWORD);
    await page.getByRole("link", { name: "Tổng quan" }).waitFor();
    await page.getByRole("combobox", { name: "Ngôn ngữ" }).selectOption("en");
    const nav = page.getByRole("navigation", { name: "Main navigation" });
    await nav.getByRole("link", { name: "Overview" }).waitFor();
    expect(await nav.getByRole("link", { name: "Plans & tasks" }).count()).toBe(1);
    expect(await page.locator("html").getAttribute("lang")).toBe("en");
    await screenshot(page, "shell-en");
    await page.reload();
    await nav.getByRole("link", { name: "Overview" }).waitFor();
    await page.getByRole("combobox", { name: "Language" }).selectOption("vi");
    await page.getByRole("link", { name: "Tổng quan" }).waitFor();
    expect(await page.locator("html").getAttribute("lang")).toBe("vi");
    await page.context().close();
  });

  it("answers a wrong password with a Vietnamese error that takes focus", async () => {
    const page = await openLogin();
    await submitLogin(page, "tonghop", "sai-mat-khau");
    const alert = page.getByRole("alert");
    await alert.waitFor();
    expect(await alert.textContent()).toContain("Tên đăng nhập hoặc mật khẩu không đúng");
    expect(await page.evaluate(() => document.activeElement?.getAttribute("role"))).toBe("alert");
    await screenshot(page, "login-wrong-password");
    await page.context().close();
  });

  it("locks an account after 5 wrong passwords and says so", async () => {
    const page = await openLogin();
    const alert = page.getByRole("alert");
    let attempts = 0;
    let text = "";
    while (attempts < 6 && !/tạm khóa/i.test(text)) {
      attempts++;
      await submitLogin(page, "xem", `sai-${attempts}`);
      // Wait for this attempt's answer: the alert is re-rendered and refocused each time.
      await page.waitForFunction(() => document.activeElement?.getAttribute("role") === "alert");
      text = (await alert.textContent()) ?? "";
      await page.evaluate(() => (document.activeElement as HTMLElement | null)?.blur());
    }
    expect(text).toMatch(/tạm khóa/i);
    expect(attempts).toBeLessThanOrEqual(5);
    // Even the right password is refused while the lock lasts.
    await submitLogin(page, "xem", DEMO_PASSWORD);
    await page.waitForFunction(() => document.activeElement?.getAttribute("role") === "alert");
    expect(await alert.textContent()).toMatch(/tạm khóa/i);
    await screenshot(page, "login-locked");
    await page.context().close();
  });

  it("finds a unit without accents and opens it with the keyboard", async () => {
    const page = await openLogin();
    await submitLogin(page, "lanhdao", DEMO_PASSWORD);
    await page.getByRole("link", { name: "Đơn vị" }).click();
    const tree = page.getByRole("tree", { name: "Cây đơn vị" });
    await tree.waitFor();
    await page.getByLabel("Tìm đơn vị").fill("phuong bac giang");
    const match = tree.getByRole("treeitem", { name: /Phường Bắc Giang/ });
    await match.waitFor();
    // Only the match and its ancestors remain.
    await page.waitForFunction(() => document.querySelectorAll("[role=treeitem]").length <= 3);
    await tree.getByRole("treeitem").first().focus();
    await page.keyboard.press("ArrowDown");
    await page.keyboard.press("Enter");
    await page.getByRole("heading", { level: 2, name: "Phường Bắc Giang" }).waitFor();
    expect(page.url()).toMatch(/[?&]id=\d+/);
    await screenshot(page, "orgunits-search");
    await page.context().close();
  });

  it("sends a user whose session ended to the login page and back", async () => {
    const page = await openLogin();
    await submitLogin(page, "lanhdao", DEMO_PASSWORD);
    await page.getByRole("link", { name: "Tổng quan" }).waitFor();
    await page.context().clearCookies();
    // The live dashboard may notice the lost session first and bounce to /login itself; opening
    // the audit page then must still come back there after signing in again.
    await page.goto(`${server.baseUrl}/audit`);
    await page.waitForURL(/\/login\?next=%2Faudit/);
    await submitLogin(page, "lanhdao", DEMO_PASSWORD);
    await page.waitForURL(/\/audit/);
    await page.getByRole("heading", { level: 1, name: "Nhật ký" }).waitFor();
    await page.context().close();
  });

  it("signs in with the keyboard alone", async () => {
    const page = await openLogin();
    // The first field has focus on arrival.
    expect(await page.evaluate(() => document.activeElement?.getAttribute("name"))).toBe("username");
    await page.keyboard.type("canbo.so");
    await page.keyboard.press("Tab");
    expect(await page.evaluate(() => document.activeElement?.getAttribute("name"))).toBe("password");
    await page.keyboard.type(DEMO_PASSWORD);
    await page.keyboard.press("Enter");
    await page.getByRole("link", { name: "Tổng quan" }).waitFor();
    // The skip link is the first stop and lands in the main region.
    await page.keyboard.press("Tab");
    expect(await page.evaluate(() => document.activeElement?.textContent)).toBe("Chuyển đến nội dung chính");
    await page.keyboard.press("Enter");
    expect(
      await page.evaluate(
        () => document.getElementById("main-content")?.contains(document.activeElement) ?? false,
      ),
    ).toBe(true);
    await page.context().close();
  });
});
