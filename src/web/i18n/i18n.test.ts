// The two languages stay in step, every code the server contract names is worded, and every
// static key the shell's own pages use exists.
import { readdirSync, readFileSync, statSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { NAV_ENTRIES } from "../app/nav";
import { ORG_UNIT_KINDS, ROLES } from "../lib/types";
import en from "./en.json";
import vi from "./vi.json";

type Tree = { [key: string]: string | Tree };

function flatten(tree: Tree, prefix = ""): Map<string, string> {
  const out = new Map<string, string>();
  for (const [key, value] of Object.entries(tree)) {
    const path = prefix ? `${prefix}.${key}` : key;
    if (typeof value === "string") out.set(path, value);
    else for (const [k, v] of flatten(value, path)) out.set(k, v);
  }
  return out;
}

// Plural forms (key_one, key_other) count as the key itself: Vietnamese has a single form.
const baseKey = (key: string) => key.replace(/_(zero|one|two|few|many|other)$/, "");
const viKeys = flatten(vi as Tree);
const enKeys = flatten(en as Tree);
const viBase = new Set([...viKeys.keys()].map(baseKey));
const enBase = new Set([...enKeys.keys()].map(baseKey));

const CONTRACT_CODES = [
  "AUTH_INVALID_CREDENTIALS",
  "AUTH_TOTP_REQUIRED",
  "AUTH_TOTP_INVALID",
  "AUTH_LOCKED",
  "AUTH_REQUIRED",
  "RATE_LIMITED",
  "CSRF_INVALID",
  "FORBIDDEN",
  "NOT_FOUND",
  "VALIDATION_FAILED",
  "VERSION_CONFLICT",
  "ORG_UNIT_CODE_TAKEN",
  "ORG_UNIT_CYCLE",
  "IMPORT_INVALID",
  "PASSWORD_TOO_WEAK",
  "AUTH_TOTP_ENROLL_REQUIRED",
  "INTERNAL",
];

function sourceFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return sourceFiles(path);
    return /\.tsx?$/.test(name) && !name.endsWith(".test.ts") ? [path] : [];
  });
}

describe("translations", () => {
  it("have the same keys in Vietnamese and English", () => {
    expect([...enBase].filter((key) => !viBase.has(key))).toEqual([]);
    expect([...viBase].filter((key) => !enBase.has(key))).toEqual([]);
  });

  it("have no empty strings and keep the same placeholders", () => {
    for (const [key, text] of viKeys) {
      expect(text.trim(), key).not.toBe("");
      const placeholders = (s: string) => [...s.matchAll(/{{(\w+)}}/g)].map((m) => m[1]).sort();
      const english = enKeys.get(key) ?? enKeys.get(`${key}_other`);
      if (english !== undefined && key !== "orgunits.childCount" && key !== "orgunits.importErrorCount") {
        expect(placeholders(english), key).toEqual(placeholders(text));
      }
    }
  });

  it("word every error code of the API contract", () => {
    for (const code of CONTRACT_CODES) {
      expect(viKeys.has(`errors.${code}`), code).toBe(true);
      expect(enKeys.has(`errors.${code}`), code).toBe(true);
    }
  });

  it("name every role, unit kind and navigation entry", () => {
    for (const role of ROLES) expect(viKeys.has(`roles.${role}`), role).toBe(true);
    for (const kind of ORG_UNIT_KINDS) expect(viKeys.has(`kinds.${kind}`), kind).toBe(true);
    for (const entry of NAV_ENTRIES) expect(viKeys.has(`nav.${entry.id}`), entry.id).toBe(true);
  });

  it("contain every static key the shell's pages use", () => {
    const root = join(__dirname, "..");
    const folders = ["app", "auth", "audit", "components", "lib", "orgunits", "users"];
    const missing: string[] = [];
    for (const file of folders.flatMap((folder) => sourceFiles(join(root, folder)))) {
      const text = readFileSync(file, "utf8");
      for (const match of text.matchAll(/\bt\(\s*"([a-zA-Z0-9_.]+)"/g)) {
        if (!viBase.has(match[1])) missing.push(`${file.slice(root.length)}: ${match[1]}`);
      }
    }
    expect(missing).toEqual([]);
  });
});
