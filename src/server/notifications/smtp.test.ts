import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { decodeMail, startFakeSmtp } from "./fake-smtp";
import { buildMessage, parseSmtpUrl, sendMail } from "./smtp";

let server: Awaited<ReturnType<typeof startFakeSmtp>>;
beforeAll(async () => {
  server = await startFakeSmtp({ requireAuth: "\u0000vp\u0000bí mật" });
});
afterAll(async () => server.close());

describe("SMTP_URL", () => {
  it("reads host, port, credentials, sender and TLS options", () => {
    expect(parseSmtpUrl("smtps://vp%40bn:p%40ss@mail.bn.gov.vn?from=dieuhanh@bn.gov.vn")).toMatchObject({
      host: "mail.bn.gov.vn",
      port: 465,
      secure: true,
      user: "vp@bn",
      pass: "p@ss",
      from: "dieuhanh@bn.gov.vn",
    });
    expect(parseSmtpUrl("smtp://relay:2525?from=a@b.vn&starttls=1&insecure=1")).toMatchObject({
      port: 2525,
      starttls: true,
      rejectUnauthorized: false,
      user: null,
    });
    expect(() => parseSmtpUrl("http://x?from=a@b.vn")).toThrow(/smtp/);
    expect(() => parseSmtpUrl("smtp://x")).toThrow(/from=/);
  });
});

describe("sendMail", () => {
  it("sends a Vietnamese message with AUTH PLAIN and dot-stuffing", async () => {
    const target = parseSmtpUrl(
      `smtp://vp:${encodeURIComponent("bí mật")}@127.0.0.1:${server.port}?from=dieuhanh@bn.gov.vn`,
    );
    await sendMail(target, {
      to: "canbo@bn.gov.vn",
      subject: "Nhiệm vụ quá hạn 3 ngày",
      text: "Kính gửi đồng chí,\n.dòng bắt đầu bằng dấu chấm\nHết.",
    });
    expect(server.received).toHaveLength(1);
    const mail = server.received[0];
    expect(mail).toMatchObject({ from: "dieuhanh@bn.gov.vn", to: ["canbo@bn.gov.vn"] });
    const decoded = decodeMail(mail.data);
    expect(decoded.subject).toBe("Nhiệm vụ quá hạn 3 ngày");
    expect(decoded.text).toBe("Kính gửi đồng chí,\r\n.dòng bắt đầu bằng dấu chấm\r\nHết.");
    expect(server.commands.at(-1)).toBe("QUIT");
  });

  it("reports a refused login in the error", async () => {
    const target = parseSmtpUrl(`smtp://vp:sai@127.0.0.1:${server.port}?from=dieuhanh@bn.gov.vn`);
    await expect(sendMail(target, { to: "a@b.vn", subject: "x", text: "y" })).rejects.toThrow(/AUTH: 535/);
  });

  it("refuses a malformed recipient before connecting", async () => {
    const target = parseSmtpUrl(`smtp://127.0.0.1:${server.port}?from=dieuhanh@bn.gov.vn`);
    await expect(
      sendMail(target, { to: "a@b.vn>\r\nRCPT TO:<x@y.vn", subject: "x", text: "y" }),
    ).rejects.toThrow(/không hợp lệ/);
  });

  it("fails cleanly when nobody listens", async () => {
    const target = parseSmtpUrl("smtp://127.0.0.1:1?from=dieuhanh@bn.gov.vn");
    await expect(sendMail(target, { to: "a@b.vn", subject: "x", text: "y" })).rejects.toThrow();
  });

  it("builds headers a mail client reads", () => {
    const m = buildMessage(
      "a@b.vn",
      { to: "c@d.vn", subject: "Plain", text: "x" },
      new Date("2025-06-01T00:00:00Z"),
    );
    expect(m).toContain("Subject: Plain\r\n");
    expect(m).toContain("Date: Sun, 01 Jun 2025 00:00:00 GMT");
    expect(m).toContain("Content-Transfer-Encoding: base64");
  });
});
