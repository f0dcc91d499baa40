import { describe, expect, it } from "vitest";
import { base32Decode, base32Encode, totpAt, verifyTotp } from "./totp";

describe("TOTP (RFC 6238)", () => {
  // RFC 6238 appendix B, SHA-1 secret "12345678901234567890", 8 digits truncated to our 6.
  const secret = base32Encode(Buffer.from("12345678901234567890"));
  it("matches the RFC test vectors (last 6 digits)", () => {
    expect(totpAt(secret, 59_000)).toBe("287082");
    expect(totpAt(secret, 1111111109_000)).toBe("081804");
    expect(totpAt(secret, 2000000000_000)).toBe("279037");
  });
  it("round-trips base32 and accepts one step of drift only", () => {
    expect(base32Decode(secret).toString()).toBe("12345678901234567890");
    const now = 1_700_000_000_000;
    expect(verifyTotp(secret, totpAt(secret, now - 30_000), now)).toBe(true);
    expect(verifyTotp(secret, totpAt(secret, now - 90_000), now)).toBe(false);
    expect(verifyTotp(secret, "12345a", now)).toBe(false);
  });
});
