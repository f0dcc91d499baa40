import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { DASH_EN, DASH_VI } from "./i18n";

type Tree = { [key: string]: string | Tree };
const flatten = (tree: Tree, prefix = ""): Map<string, string> => {
  const out = new Map<string, string>();
  for (const [k, v] of Object.entries(tree)) {
    const path = prefix ? `${prefix}.${k}` : k;
    if (typeof v === "string") out.set(path, v);
    else for (const [a, b] of flatten(v, path)) out.set(a, b);
  }
  return out;
};

describe("dashboard strings", () => {
  const vi = flatten(DASH_VI as unknown as Tree, "dash");
  const en = flatten(DASH_EN as unknown as Tree, "dash");

  it("have the same keys and placeholders in Vietnamese and English, none empty", () => {
    expect([...vi.keys()].filter((k) => !en.has(k))).toEqual([]);
    expect([...en.keys()].filter((k) => !vi.has(k))).toEqual([]);
    const holes = (s: string) => [...s.matchAll(/{{(\w+)}}/g)].map((m) => m[1]).sort();
    for (const [k, text] of vi) {
      expect(text.trim(), k).not.toBe("");
      expect(holes(en.get(k) as string), k).toEqual(holes(text));
    }
  });

  it("contain every static key the dashboard's components use", () => {
    const dir = __dirname;
    const missing: string[] = [];
    for (const file of readdirSync(dir).filter((f) => f.endsWith(".tsx"))) {
      const text = readFileSync(join(dir, file), "utf8");
      for (const m of text.matchAll(/\bt\(\s*"(dash\.[a-zA-Z0-9_.]+)"/g))
        if (!vi.has(m[1])) missing.push(`${file}: ${m[1]}`);
    }
    expect(missing).toEqual([]);
  });
});
