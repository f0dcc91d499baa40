import { hash, verify } from "@node-rs/argon2";
import { fail } from "../http/errors";

// argon2id with OWASP's suggested minimum cost (19 MiB, 2 passes).
const OPTIONS = { memoryCost: 19456, timeCost: 2, parallelism: 1, algorithm: 2 /* Argon2id */ };

export function hashPassword(plain: string): Promise<string> {
  return hash(plain, OPTIONS);
}

export async function verifyPassword(stored: string, plain: string): Promise<boolean> {
  try {
    return await verify(stored, plain);
  } catch {
    return false;
  }
}

export function assertStrongPassword(plain: string): void {
  if (plain.length < 8 || !/[0-9]/.test(plain) || !/[^0-9\s]/.test(plain) || plain.length > 200)
    throw fail("PASSWORD_TOO_WEAK");
}

// A hash of a random password, verified when the username does not exist, so that the response
// time does not tell an attacker which usernames are real.
let dummyHash: Promise<string> | undefined;
export function dummyPasswordHash(): Promise<string> {
  dummyHash ??= hashPassword("không-có-tài-khoản-này-0");
  return dummyHash;
}
