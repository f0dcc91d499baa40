// The steering committee's quarterly digital-transformation report (seed
// plan-city-steering-committee-2024.txt, IV.4: "trước ngày 15 của tháng cuối quý") in a real
// browser against the built server. The demo data leave the latest closed quarter with two wards
// that sent on time (timestamps backdated before the deadline) and Xã Lạng Giang that has not sent:
// its officer sends now, after the deadline, so that one report is late whatever day the test runs.
// The receiving unit accepts the three reports, consolidates, downloads the .docx, and the test
// reads it back: header, number, tables and totals, the totals computed here from the data values.
import { readFileSync } from "node:fs";
import type { Browser, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { childPeriods, periodLabel } from "../src/core/periods";
import { inspectDocx } from "../src/server/documents/docx-inspect";
import { formatViNumber } from "../src/server/documents/vi-format";
import {
  DEMO_PASSWORD,
  launchBrowser,
  type StartedServer,
  screenshot,
  serverIsBuilt,
  startServer,
} from "./harness";

const suite = serverIsBuilt() ? describe : describe.skip;
const REGIME = "Báo cáo kết quả thực hiện Kế hoạch hoạt động của Ban Chỉ đạo chuyển đổi số";
const ONLINE = "Tỷ lệ hồ sơ trực tuyến trên tổng số hồ sơ tiếp nhận, giải quyết TTHC";
const UNITS = ["Phường Đa Mai", "Phường Tiền Phong", "Xã Lạng Giang"];

suite("reporting regimes (browser)", () => {
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

  /** A signed-in API session (cookie) for reading what the test needs to compare with. */
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
    return async <T>(path: string): Promise<T> => {
      const r = await fetch(`${server.baseUrl}/api/v1${path}`, { headers: { cookie } });
      expect(r.status, path).toBe(200);
      return (await r.json()) as T;
    };
  }

  async function signIn(username: string): Promise<Page> {
    const context = await browser.newContext({
      viewport: { width: 1440, height: 900 },
      locale: "vi-VN",
      acceptDownloads: true,
    });
    const page = await context.newPage();
    await page.goto(`${server.baseUrl}/login`);
    await page.locator('input[name="username"]').fill(username);
    await page.locator('input[name="password"]').fill(DEMO_PASSWORD);
    await page.getByRole("button", { name: "Đăng nhập" }).click();
    await page
      .getByRole("navigation", { name: "Điều hướng chính" })
      .getByRole("link", { name: "Báo cáo" })
      .click();
    await page.getByRole("heading", { name: "Báo cáo", level: 1 }).waitFor();
    return page;
  }

  it("is sent by three units (one late), accepted, consolidated and downloaded as an NĐ 30 .docx", async () => {
    const office = await apiSession("tonghop");
    const { items } = await office<{ items: { id: number; code: string }[] }>("/reports/regimes");
    const regimeId = items.find((r) => r.code === "BC_CDS_QUY")?.id as number;
    type Cal = {
      periods: { period: string; dueOn: string; closed: boolean }[];
      units: { id: number; code: string; name: string }[];
      cells: { period: string; unitId: number; state: string; timeliness: string | null }[];
    };
    const before = await office<Cal>(`/reports/regimes/${regimeId}/calendar`);
    const closed = before.periods.filter((p) => p.closed);
    const { period, dueOn } = closed[closed.length - 1];
    expect(dueOn.slice(8)).toBe("15"); // "trước ngày 15 của tháng cuối quý"
    const unitId = (name: string) => before.units.find((u) => u.name === name)?.id as number;
    const cell = (cal: Cal, name: string) =>
      cal.cells.find((c) => c.period === period && c.unitId === unitId(name));
    expect(cell(before, "Phường Đa Mai")).toMatchObject({ state: "submitted", timeliness: "onTime" });
    expect(cell(before, "Phường Tiền Phong")).toMatchObject({ state: "submitted", timeliness: "onTime" });
    expect(cell(before, "Xã Lạng Giang")).toMatchObject({ state: "missing", timeliness: null });
    const label = periodLabel(period);

    // Xã Lạng Giang's officer opens the report from the unit's inbox, prefilled, and sends it late.
    const officer = await signIn("canbo.xa2");
    await officer.getByRole("link", { name: `Mở báo cáo: ${REGIME}, ${label}` }).click();
    await officer.getByRole("heading", { name: `${REGIME} — ${label}` }).waitFor();
    expect(await officer.getByTestId("aggregate-TTHC_HS_TRUC_TUYEN").textContent()).toMatch(/^\d+(,\d+)?$/);
    await officer
      .getByRole("textbox", { name: "Kết quả thực hiện nhiệm vụ, chỉ tiêu chuyển đổi số" })
      .fill("Xã hoàn thành số hóa 100% hồ sơ một cửa; duy trì họp trực tuyến.");
    await officer
      .getByRole("textbox", { name: "Khó khăn, vướng mắc" })
      .fill("Đường truyền Internet tại bộ phận một cửa còn chậm.");
    await officer.getByRole("button", { name: "Gửi báo cáo" }).click();
    await officer.getByText("Chờ tiếp nhận · Gửi muộn").first().waitFor();
    await screenshot(officer, "reports-submitted-late");
    await officer.context().close();

    // The receiving unit's office: calendar, review of the period, accept the three, consolidate.
    const reviewer = await signIn("tonghop");
    await reviewer.getByRole("link", { name: REGIME, exact: true }).click();
    await reviewer.getByRole("heading", { name: "Lịch báo cáo theo kỳ và đơn vị" }).waitFor();
    await screenshot(reviewer, "reports-calendar");
    await reviewer.getByRole("link", { name: `Tiếp nhận, tổng hợp ${label}` }).click();
    await reviewer.getByRole("heading", { name: `Tiếp nhận, tổng hợp: ${REGIME} — ${label}` }).waitFor();
    for (const unit of UNITS) {
      const accept = reviewer.getByRole("button", { name: `Tiếp nhận báo cáo của ${unit}` });
      await accept.click();
      await accept.waitFor({ state: "detached" });
    }
    await reviewer.getByText(/đã tiếp nhận 3 · đúng hạn \d+ · muộn \d+/).waitFor();
    await reviewer.getByRole("textbox", { name: "Số văn bản (ví dụ 12/BC-SKHCN)" }).fill("15/BC-SKHCN");
    await reviewer.getByRole("button", { name: "Lập báo cáo tổng hợp" }).click();
    await reviewer.getByText("Đã lập báo cáo tổng hợp.").waitFor();
    await screenshot(reviewer, "reports-consolidated");
    const [download] = await Promise.all([
      reviewer.waitForEvent("download"),
      reviewer.getByRole("link", { name: "Tải báo cáo (.docx)" }).click(),
    ]);
    expect(download.suggestedFilename()).toBe(`Bao-cao-tong-hop-BC_CDS_QUY-${period}.docx`);
    const doc = inspectDocx(readFileSync((await download.path()) as string));
    await reviewer.context().close();

    const after = await office<Cal>(`/reports/regimes/${regimeId}/calendar`);
    expect(cell(after, "Xã Lạng Giang")).toMatchObject({ state: "accepted", timeliness: "late" });
    expect(cell(after, "Phường Đa Mai")).toMatchObject({ state: "accepted", timeliness: "onTime" });

    // Header per NĐ 30/2020.
    for (const line of [
      "UBND TỈNH BẮC NINH",
      "SỞ KHOA HỌC VÀ CÔNG NGHỆ",
      "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM",
      "Độc lập - Tự do - Hạnh phúc",
      "Số: 15/BC-SKHCN",
      "BÁO CÁO",
      "Nơi nhận:",
    ])
      expect(doc.paragraphs).toContain(line);
    expect(doc.paragraphs.some((p) => /^Bắc Ninh, ngày \d{2} tháng \d{1,2} năm \d{4}$/.test(p))).toBe(true);
    expect(
      doc.paragraphs.some((p) =>
        p.startsWith("Kết quả thực hiện Kế hoạch hoạt động của Ban Chỉ đạo chuyển đổi số quý"),
      ),
    ).toBe(true);
    expect(doc.fonts).toEqual(["Times New Roman"]);
    expect(doc.pageSize).toEqual({ w: 11906, h: 16838 });
    expect(doc.text).toContain("Xã Lạng Giang: Xã hoàn thành số hóa 100% hồ sơ một cửa");

    // Totals: the three units' figures of the quarter's months, summed here from the data values.
    const months = childPeriods(period, "month").map((m) => m.code);
    let n = 0;
    let d = 0;
    for (const unit of UNITS) {
      const { items: values } = await office<{
        items: { period: string; numerator: number; denominator: number; status: string }[];
      }>(`/data-values?orgUnit=${unitId(unit)}&indicator=TTHC_HS_TRUC_TUYEN&periods=${months.join(",")}`);
      for (const v of values) {
        expect(v.status).toBe("approved");
        n += v.numerator;
        d += v.denominator;
      }
    }
    expect(d).toBeGreaterThan(0);
    const rate = (n / d) * 100;
    const summary = doc.tables.find((t) => t[0].includes("Tử số") && t[0].includes("Số đơn vị"));
    expect(summary?.find((row) => row[1] === ONLINE)).toEqual([
      "1",
      ONLINE,
      "%",
      formatViNumber(n),
      formatViNumber(d),
      formatViNumber(Math.round(rate * 10) / 10),
      "3",
    ]);
    const byUnit = doc.tables.find((t) => t[0][1] === "Đơn vị" && t[0][2].startsWith(ONLINE));
    expect(byUnit?.map((r) => r[1])).toEqual(["Đơn vị", ...UNITS, "Tổng hợp"]);
    expect(byUnit?.[byUnit.length - 1][2]).toBe(formatViNumber(Math.round(rate * 10) / 10, { decimals: 1 }));
  }, 240_000);

  it("reviews the regimes and defines a new one, refusing a deadline it cannot read", async () => {
    const page = await signIn("tonghop");
    await page.getByRole("link", { name: "Rà soát chế độ báo cáo" }).click();
    await page.getByRole("heading", { name: "Rà soát chế độ báo cáo", level: 1 }).waitFor();
    const duplicate = page.locator('tr[data-regime="BC_DVCTT_QUY"]');
    await duplicate.getByText("Có thể bãi bỏ, gộp").waitFor();
    expect(await duplicate.textContent()).toContain("Trùng lặp");
    await screenshot(page, "reports-review");

    await page.getByRole("link", { name: "Quay lại" }).click();
    await page.getByRole("link", { name: "Tạo chế độ báo cáo" }).click();
    await page.getByRole("textbox", { name: "Mã" }).fill("BC_E2E_QUY");
    await page.getByRole("textbox", { name: "Tên chế độ báo cáo" }).fill("Báo cáo thử nghiệm hằng quý");
    await page.getByRole("combobox", { name: "Đơn vị nhận báo cáo" }).fill("Khoa học");
    await page.getByRole("option", { name: "Sở Khoa học và Công nghệ" }).click();
    await page.getByRole("button", { name: "Chọn mọi xã, phường" }).click();
    await page.getByRole("textbox", { name: /Kỳ bắt đầu/ }).fill("2026Q1");
    await page.getByRole("textbox", { name: "Tiêu đề mục 1" }).fill("Kết quả thực hiện");
    const deadline = page.getByRole("textbox", { name: "Thời hạn gửi" });
    await deadline.fill("hằng quý, sớm nhất có thể");
    await page
      .getByRole("alert")
      .getByText(/Không nhận ra thời hạn/)
      .waitFor();
    await deadline.fill("trước ngày 20 của tháng cuối quý");
    await page.getByText(/Hạn các kỳ tới: .*20\/\d\d\/\d{4}/).waitFor();
    await page.getByRole("button", { name: "Lưu chế độ báo cáo" }).click();
    await page.getByRole("heading", { name: "Báo cáo thử nghiệm hằng quý", level: 1 }).waitFor();
    await page.getByRole("heading", { name: "Lịch báo cáo theo kỳ và đơn vị" }).waitFor();
    expect(await page.getByText("trước ngày 20 của tháng cuối quý").count()).toBeGreaterThan(0);
    await page.context().close();
  }, 120_000);
});
