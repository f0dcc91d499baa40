import { createHmac } from "node:crypto";
import { describe, expect, it } from "vitest";
import { newWebhookSecret, signatureFor, signedHeaders, verifyWebhook } from "./webhooks.sign";

describe("webhook signatures", () => {
  const secret = newWebhookSecret();
  const body = JSON.stringify({
    id: "e1",
    type: "data_value.changed",
    data: { values: [{ indicator: "A", value: 1 }] },
  });
  const now = Date.UTC(2026, 0, 15, 8, 0, 0);

  it("accepts what it signed", () => {
    const h = signedHeaders(secret, body, "e1", now);
    expect(verifyWebhook(secret, h, body, now)).toEqual({ ok: true });
    expect(h["x-dieuhanh-signature"]).toMatch(/^v1=[0-9a-f]{64}$/);
  });

  it("is HMAC-SHA256 over the documented string timestamp.body", () => {
    expect(signatureFor("k", 1700000000, "{}")).toBe(
      `v1=${createHmac("sha256", "k").update("1700000000.{}").digest("hex")}`,
    );
  });

  it("refuses a forged signature, another secret, an altered body", () => {
    const h = signedHeaders(secret, body, "e1", now);
    const forged = { ...h, "x-dieuhanh-signature": `v1=${"0".repeat(64)}` };
    expect(verifyWebhook(secret, forged, body, now)).toMatchObject({
      ok: false,
      reason: "Chữ ký không khớp.",
    });
    expect(verifyWebhook(newWebhookSecret(), h, body, now).ok).toBe(false);
    expect(verifyWebhook(secret, h, body.replace('"value":1', '"value":2'), now).ok).toBe(false);
  });

  it("refuses a replay outside five minutes and missing headers", () => {
    const h = signedHeaders(secret, body, "e1", now);
    expect(verifyWebhook(secret, h, body, now + 299_000).ok).toBe(true);
    const late = verifyWebhook(secret, h, body, now + 301_000);
    expect(late.ok).toBe(false);
    expect((late as { reason: string }).reason).toContain("5 phút");
    expect(verifyWebhook(secret, { ...h, "x-dieuhanh-timestamp": undefined }, body, now).ok).toBe(false);
    expect(verifyWebhook(secret, { ...h, "x-dieuhanh-signature": "sha256=abc" }, body, now).ok).toBe(false);
  });
});
