import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { afterAll, describe, expect, it } from "vitest";
import { parsePlanText } from "../../../core/plan-import";
import { runPlanParseCli } from "./cli";
import { readPlanFile } from "./read-plan-file";

const SEED = fileURLToPath(new URL("./fixtures/seeds/plan-province-qd1012.txt", import.meta.url));
const dir = mkdtempSync(join(tmpdir(), "plan-cli-"));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

async function run(args: string[]) {
  let out = "";
  let err = "";
  const code = await runPlanParseCli(
    args,
    (s) => (out += s),
    (s) => (err += s),
  );
  return { code, out, err };
}

describe("dieuhanh plan parse", () => {
  it("prints the JSON contract with --json", async () => {
    const { code, out, err } = await run([SEED, "--json"]);
    expect(code).toBe(0);
    expect(err).toBe("");
    const printed = JSON.parse(out);
    expect(printed).toEqual(parsePlanText(await readPlanFile(SEED)));
    expect(printed.tasks).toHaveLength(13);
    expect(printed.additionalTasks).toHaveLength(4);
    expect(Object.keys(printed.plan)).toEqual(["number", "type", "date", "issuer", "title"]);
  });

  it("accepts the arguments with a leading 'plan parse'", async () => {
    expect((await run(["plan", "parse", "--json", SEED])).code).toBe(0);
  });

  it("prints a short Vietnamese summary without --json", async () => {
    const { code, out } = await run([SEED]);
    expect(code).toBe(0);
    expect(out).toContain("KH số /KH-UBND - Ủy ban nhân dân Tỉnh");
    expect(out).toContain("Nhiệm vụ: 13 (");
    expect(out).toContain("theo quý");
    expect(out).toContain("Chỉ tiêu: 0");
    expect(out).toContain("... và 8 nhiệm vụ khác");
    expect(out).toContain("Nhiệm vụ khác trong phần tổ chức thực hiện (chưa tính): 4");
  });

  it("exits 2 with a Vietnamese message on stderr for a bad file", async () => {
    const fake = join(dir, "gia.docx");
    writeFileSync(fake, "không phải docx");
    const { code, out, err } = await run([fake, "--json"]);
    expect(code).toBe(2);
    expect(out).toBe("");
    expect(err).toMatch(
      /^Lỗi: Tệp "gia\.docx" không phải tài liệu Word \.docx hợp lệ.*\(PLAN_FILE_INVALID_DOCX\)\n$/,
    );
    const empty = join(dir, "rong.txt");
    writeFileSync(empty, "");
    expect((await run([empty])).err).toMatch(/không có nội dung/);
  });

  it("exits 2 with the usage for missing or unknown arguments", async () => {
    expect(await run([])).toMatchObject({
      code: 2,
      err: expect.stringMatching(/^Cách dùng: dieuhanh plan parse/),
    });
    expect(await run([SEED, "--xml"])).toMatchObject({
      code: 2,
      err: expect.stringMatching(/Tùy chọn không hợp lệ: --xml/),
    });
    expect((await run([SEED, SEED])).code).toBe(2);
  });
});
