// Webhook signatures: HMAC-SHA256 over "<timestamp>.<body>" with the subscription's secret, sent as
//   X-Dieuhanh-Timestamp: 1767225600            (Unix seconds)
//   X-Dieuhanh-Signature: v1=<hex digest>
// A receiver recomputes the digest over the exact bytes it received and refuses a timestamp more than
// five minutes from its clock: a captured request cannot be replayed later, nor its body altered.
import { createHmac, randomBytes, timingSafeEqual } from "node:crypto";

export const TIMESTAMP_HEADER = "x-dieuhanh-timestamp";
export const SIGNATURE_HEADER = "x-dieuhanh-signature";
export const EVENT_ID_HEADER = "x-dieuhanh-event-id";
export const REPLAY_WINDOW_SECONDS = 300;

export function newWebhookSecret(): string {
  return `whsec_${randomBytes(32).toString("base64url")}`;
}

export function signatureFor(secret: string, timestamp: number, body: string): string {
  return `v1=${createHmac("sha256", secret).update(`${timestamp}.${body}`, "utf8").digest("hex")}`;
}

/** Headers for one delivery attempt (a fresh timestamp each time, so retries stay inside the window). */
export function signedHeaders(
  secret: string,
  body: string,
  eventId: string,
  nowMs = Date.now(),
): Record<string, string> {
  const ts = Math.floor(nowMs / 1000);
  return {
    "content-type": "application/json",
    [TIMESTAMP_HEADER]: String(ts),
    [SIGNATURE_HEADER]: signatureFor(secret, ts, body),
    [EVENT_ID_HEADER]: eventId,
    "user-agent": "dieuhanh-webhook/1",
  };
}

export type VerifyResult = { ok: true } | { ok: false; reason: string };

/** Checks a received webhook; the reason is worded for the sender's log. */
export function verifyWebhook(
  secret: string,
  headers: Record<string, string | string[] | undefined>,
  rawBody: string,
  nowMs = Date.now(),
): VerifyResult {
  const ts = headers[TIMESTAMP_HEADER];
  const sig = headers[SIGNATURE_HEADER];
  if (typeof ts !== "string" || !/^\d{1,12}$/.test(ts))
    return { ok: false, reason: "Thiếu hoặc sai tiêu đề X-Dieuhanh-Timestamp." };
  if (typeof sig !== "string" || !/^v1=[0-9a-f]{64}$/.test(sig))
    return { ok: false, reason: "Thiếu hoặc sai tiêu đề X-Dieuhanh-Signature." };
  const age = Math.abs(nowMs / 1000 - Number(ts));
  if (age > REPLAY_WINDOW_SECONDS)
    return { ok: false, reason: "Chữ ký đã quá hạn 5 phút (có thể là yêu cầu gửi lại trái phép)." };
  const expected = Buffer.from(signatureFor(secret, Number(ts), rawBody));
  const given = Buffer.from(sig);
  if (expected.length !== given.length || !timingSafeEqual(expected, given))
    return { ok: false, reason: "Chữ ký không khớp." };
  return { ok: true };
}
