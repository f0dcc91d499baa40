/**
 * A minimal SMTP client on node:net / node:tls, enough to send plain-text notifications:
 * EHLO, optional STARTTLS, AUTH PLAIN, one recipient, UTF-8 body in base64. No new dependency.
 *
 * SMTP_URL forms:
 *   smtp://host:25?from=dieuhanh@tinh.gov.vn                      (plain, e.g. a local relay)
 *   smtp://user:pass@host:587?from=...&starttls=1                (upgrade with STARTTLS)
 *   smtps://user:pass@host:465?from=...                          (TLS from the start)
 *   add &insecure=1 to accept a self-signed certificate on an internal relay.
 */
import { randomBytes } from "node:crypto";
import net from "node:net";
import tls from "node:tls";

export interface SmtpTarget {
  host: string;
  port: number;
  secure: boolean;
  starttls: boolean;
  user: string | null;
  pass: string | null;
  from: string;
  rejectUnauthorized: boolean;
}

export function parseSmtpUrl(raw: string): SmtpTarget {
  const url = new URL(raw);
  if (url.protocol !== "smtp:" && url.protocol !== "smtps:")
    throw new Error("SMTP_URL phải bắt đầu bằng smtp:// hoặc smtps://");
  const secure = url.protocol === "smtps:";
  const from = url.searchParams.get("from") ?? (url.username ? decodeURIComponent(url.username) : "");
  if (!from.includes("@"))
    throw new Error("SMTP_URL cần tham số from=địa-chỉ-gửi (ví dụ ?from=dieuhanh@tinh.gov.vn)");
  return {
    host: url.hostname,
    port: url.port ? Number(url.port) : secure ? 465 : 25,
    secure,
    starttls: url.searchParams.get("starttls") === "1",
    user: url.username ? decodeURIComponent(url.username) : null,
    pass: url.password ? decodeURIComponent(url.password) : null,
    from,
    rejectUnauthorized: url.searchParams.get("insecure") !== "1",
  };
}

export interface MailMessage {
  to: string;
  subject: string;
  text: string;
}

const ADDRESS = /^[^\s<>@,;:"]+@[^\s<>@,;:"]+$/;

function encodeHeader(value: string): string {
  // RFC 2047 encoded-word for anything beyond printable ASCII (Vietnamese subjects).
  return /^[\x20-\x7e]*$/.test(value)
    ? value
    : `=?UTF-8?B?${Buffer.from(value, "utf8").toString("base64")}?=`;
}

/** The whole message as sent after DATA: headers, base64 body, CRLF line ends. */
export function buildMessage(from: string, m: MailMessage, now = new Date()): string {
  const body = Buffer.from(m.text.replace(/\r?\n/g, "\r\n"), "utf8")
    .toString("base64")
    .replace(/.{1,76}/g, "$&\r\n");
  const domain = from.split("@")[1] ?? "localhost";
  return [
    `From: ${from}`,
    `To: ${m.to}`,
    `Subject: ${encodeHeader(m.subject.replace(/[\r\n]+/g, " "))}`,
    `Date: ${now.toUTCString()}`,
    `Message-ID: <${randomBytes(12).toString("hex")}@${domain}>`,
    "MIME-Version: 1.0",
    "Content-Type: text/plain; charset=utf-8",
    "Content-Transfer-Encoding: base64",
    "",
    body,
  ].join("\r\n");
}

/** Reads SMTP replies (multi-line "250-..." until "250 ...") from a socket. */
class ReplyReader {
  private buffer = "";
  private lines: string[] = [];
  private waiting: ((r: { code: number; text: string }) => void) | null = null;
  private failed: ((e: Error) => void) | null = null;

  attach(socket: net.Socket) {
    socket.setEncoding("utf8");
    socket.on("data", (chunk: string) => {
      this.buffer += chunk;
      let i = this.buffer.indexOf("\n");
      while (i >= 0) {
        const line = this.buffer.slice(0, i).replace(/\r$/, "");
        this.buffer = this.buffer.slice(i + 1);
        this.lines.push(line);
        if (/^\d{3} /.test(line) || /^\d{3}$/.test(line)) this.flush();
        i = this.buffer.indexOf("\n");
      }
    });
  }

  private complete: Array<{ code: number; text: string }> = [];

  private flush() {
    const last = this.lines[this.lines.length - 1];
    const reply = { code: Number(last.slice(0, 3)), text: this.lines.map((l) => l.slice(4)).join("\n") };
    this.lines = [];
    if (this.waiting) {
      const w = this.waiting;
      this.waiting = null;
      this.failed = null;
      w(reply);
    } else this.complete.push(reply);
  }

  fail(e: Error) {
    this.failed?.(e);
    this.waiting = null;
    this.failed = null;
  }

  next(): Promise<{ code: number; text: string }> {
    const ready = this.complete.shift();
    if (ready) return Promise.resolve(ready);
    return new Promise((resolve, reject) => {
      this.waiting = resolve;
      this.failed = reject;
    });
  }
}

export async function sendMail(target: SmtpTarget, m: MailMessage, timeoutMs = 15_000): Promise<void> {
  if (!ADDRESS.test(m.to)) throw new Error(`Địa chỉ e-mail không hợp lệ: ${m.to}`);
  let socket: net.Socket = target.secure
    ? tls.connect({
        host: target.host,
        port: target.port,
        servername: target.host,
        rejectUnauthorized: target.rejectUnauthorized,
      })
    : net.connect({ host: target.host, port: target.port });
  let reader = new ReplyReader();
  const arm = (s: net.Socket, r: ReplyReader) => {
    r.attach(s);
    s.setTimeout(timeoutMs, () => s.destroy(new Error("Máy chủ SMTP không trả lời (quá thời gian chờ).")));
    s.on("error", (e) => r.fail(e));
    s.on("close", () => r.fail(new Error("Máy chủ SMTP đã đóng kết nối.")));
  };
  arm(socket, reader);
  const expect = async (codes: number[], what: string) => {
    const reply = await reader.next();
    if (!codes.includes(reply.code)) throw new Error(`SMTP ${what}: ${reply.code} ${reply.text}`);
    return reply;
  };
  const send = (line: string) => socket.write(`${line}\r\n`);
  try {
    await expect([220], "chào");
    send(`EHLO ${target.from.split("@")[1] ?? "localhost"}`);
    let ehlo = await expect([250], "EHLO");
    if (target.starttls && !target.secure) {
      if (!/STARTTLS/i.test(ehlo.text)) throw new Error("Máy chủ SMTP không hỗ trợ STARTTLS.");
      send("STARTTLS");
      await expect([220], "STARTTLS");
      socket.removeAllListeners("data");
      socket.removeAllListeners("close");
      socket.removeAllListeners("error");
      const plain = socket;
      socket = tls.connect({
        socket: plain,
        servername: target.host,
        rejectUnauthorized: target.rejectUnauthorized,
      });
      reader = new ReplyReader();
      arm(socket, reader);
      await new Promise<void>((resolve, reject) => {
        (socket as tls.TLSSocket).once("secureConnect", () => resolve());
        socket.once("error", reject);
      });
      send(`EHLO ${target.from.split("@")[1] ?? "localhost"}`);
      ehlo = await expect([250], "EHLO");
    }
    if (target.user) {
      send(
        `AUTH PLAIN ${Buffer.from(`\u0000${target.user}\u0000${target.pass ?? ""}`, "utf8").toString("base64")}`,
      );
      await expect([235], "AUTH");
    }
    send(`MAIL FROM:<${target.from}>`);
    await expect([250], "MAIL FROM");
    send(`RCPT TO:<${m.to}>`);
    await expect([250, 251], "RCPT TO");
    send("DATA");
    await expect([354], "DATA");
    // Dot-stuffing: a line starting with "." gets another (base64 lines never do, headers might).
    socket.write(`${buildMessage(target.from, m).replace(/\r\n\./g, "\r\n..")}\r\n.\r\n`);
    await expect([250], "gửi thư");
    send("QUIT");
    await reader.next().catch(() => undefined);
  } finally {
    socket.destroy();
  }
}
