// A tiny SMTP server for tests: speaks just enough of the protocol to receive messages from
// smtp.ts and records what it was told.
import net from "node:net";

export interface ReceivedMail {
  from: string;
  to: string[];
  auth: string | null;
  data: string;
}

export async function startFakeSmtp(opts: { requireAuth?: string } = {}) {
  const received: ReceivedMail[] = [];
  const commands: string[] = [];
  const server = net.createServer((socket) => {
    let buffer = "";
    let inData = false;
    let current: ReceivedMail = { from: "", to: [], auth: null, data: "" };
    const reply = (line: string) => socket.write(`${line}\r\n`);
    reply("220 fake.smtp ESMTP");
    socket.on("data", (chunk) => {
      buffer += chunk.toString("utf8");
      for (;;) {
        if (inData) {
          const end = buffer.indexOf("\r\n.\r\n");
          if (end < 0) return;
          current.data = buffer.slice(0, end).replace(/\r\n\.\./g, "\r\n.");
          buffer = buffer.slice(end + 5);
          inData = false;
          received.push(current);
          current = { from: "", to: [], auth: current.auth, data: "" };
          reply("250 2.0.0 queued");
          continue;
        }
        const i = buffer.indexOf("\r\n");
        if (i < 0) return;
        const line = buffer.slice(0, i);
        buffer = buffer.slice(i + 2);
        commands.push(line);
        const verb = line.split(" ")[0].toUpperCase();
        if (verb === "EHLO") socket.write("250-fake.smtp\r\n250-AUTH PLAIN\r\n250 8BITMIME\r\n");
        else if (verb === "AUTH") {
          const given = Buffer.from(line.split(" ")[2] ?? "", "base64").toString("utf8");
          current.auth = given;
          if (opts.requireAuth && given !== opts.requireAuth) reply("535 5.7.8 authentication failed");
          else reply("235 2.7.0 ok");
        } else if (verb === "MAIL") {
          current.from = /<([^>]*)>/.exec(line)?.[1] ?? "";
          reply("250 ok");
        } else if (verb === "RCPT") {
          current.to.push(/<([^>]*)>/.exec(line)?.[1] ?? "");
          reply("250 ok");
        } else if (verb === "DATA") {
          inData = true;
          reply("354 go ahead");
        } else if (verb === "QUIT") {
          reply("221 bye");
          socket.end();
        } else reply("502 not implemented");
      }
    });
    socket.on("error", () => undefined);
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const port = (server.address() as net.AddressInfo).port;
  return {
    port,
    received,
    commands,
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}

/** The decoded text body and subject of a message built by smtp.ts. */
export function decodeMail(data: string): { subject: string; text: string; headers: string } {
  const [headers, body] = data.split("\r\n\r\n");
  const subjectRaw = /^Subject: (.*)$/m.exec(headers)?.[1] ?? "";
  const encoded = /^=\?UTF-8\?B\?(.*)\?=$/.exec(subjectRaw);
  const subject = encoded ? Buffer.from(encoded[1], "base64").toString("utf8") : subjectRaw;
  return { subject, text: Buffer.from(body.replace(/\r\n/g, ""), "base64").toString("utf8"), headers };
}
