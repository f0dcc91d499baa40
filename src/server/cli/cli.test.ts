import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, describe, expect, it, vi } from "vitest";
import { runCli } from "./commands";

// The CLI on the embedded engine (the PostgreSQL path calls pg_dump/pg_restore, exercised by hand):
// migrate, seed, verify the audit chain, back up, restore into an empty directory, verify again.
const dir = mkdtempSync(join(tmpdir(), "dh-cli-"));
const saved = { ...process.env };

afterAll(() => {
  process.env = saved;
  rmSync(dir, { recursive: true, force: true });
});

describe("dieuhanh CLI", () => {
  it("migrates, seeds, verifies, backs up and restores a PGlite data directory", async () => {
    const log = vi.spyOn(console, "log").mockImplementation(() => undefined);
    delete process.env.DATABASE_URL;
    process.env.DATA_DIR = join(dir, "a");
    expect(await runCli(["migrate"])).toBe(0);
    expect(await runCli(["seed-demo"])).toBe(0);
    expect(await runCli(["audit-verify"])).toBe(0);
    expect(log.mock.calls.flat().join("\n")).toMatch(/Chuỗi nhật ký toàn vẹn/);
    expect(await runCli(["backup", join(dir, "b.tar.gz")])).toBe(0);
    process.env.DATA_DIR = join(dir, "restored");
    expect(await runCli(["restore", join(dir, "b.tar.gz")])).toBe(0);
    expect(await runCli(["audit-verify"])).toBe(0);
    expect(await runCli(["seed-demo"])).toBe(0);
    expect(log.mock.calls.flat().join("\n")).toMatch(/CSDL đã có dữ liệu; bỏ qua/);
    expect(await runCli(["khong-co-lenh"])).toBe(2);
    log.mockRestore();
  }, 120_000);
});
