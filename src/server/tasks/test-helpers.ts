// Helpers for this capability's API tests: a multipart body builder (no form-data package) and a
// clock that tests move by hand.
import { randomBytes } from "node:crypto";

export function multipart(
  fields: Record<string, string>,
  files: Array<{ field?: string; filename: string; content: Buffer | string; type?: string }> = [],
): { payload: Buffer; headers: Record<string, string> } {
  const boundary = `----dh${randomBytes(8).toString("hex")}`;
  const parts: Buffer[] = [];
  for (const [name, value] of Object.entries(fields))
    parts.push(
      Buffer.from(
        `--${boundary}\r\nContent-Disposition: form-data; name="${name}"\r\n\r\n${value}\r\n`,
        "utf8",
      ),
    );
  for (const f of files) {
    parts.push(
      Buffer.from(
        `--${boundary}\r\nContent-Disposition: form-data; name="${f.field ?? "files"}"; filename="${f.filename}"\r\nContent-Type: ${f.type ?? "application/octet-stream"}\r\n\r\n`,
        "utf8",
      ),
    );
    parts.push(typeof f.content === "string" ? Buffer.from(f.content, "utf8") : f.content);
    parts.push(Buffer.from("\r\n"));
  }
  parts.push(Buffer.from(`--${boundary}--\r\n`));
  return {
    payload: Buffer.concat(parts),
    headers: { "content-type": `multipart/form-data; boundary=${boundary}` },
  };
}

/** A clock fixed at a Vietnam calendar day (09:00 local), movable by whole days. */
export function fakeClock(day: string) {
  let current = new Date(`${day}T02:00:00.000Z`);
  return {
    now: () => new Date(current),
    set(d: string) {
      current = new Date(`${d}T02:00:00.000Z`);
    },
    addDays(n: number) {
      current = new Date(current.getTime() + n * 86_400_000);
    },
  };
}

/** A minimal valid PDF, for evidence uploads. */
export const TINY_PDF = Buffer.from(
  "%PDF-1.4\n1 0 obj<</Type/Catalog>>endobj\ntrailer<</Root 1 0 R>>\n%%EOF\n",
  "latin1",
);
