import { execFileSync } from "node:child_process";
import { existsSync, readdirSync, readFileSync, writeFileSync } from "node:fs";
import { createInterface } from "node:readline/promises";
import { verifyAuditChain } from "../audit/audit.verify";
import { appendAudit } from "../audit/audit.repo";
import { assertStrongPassword, hashPassword } from "../auth/password";
import { CAPABILITIES } from "../capabilities";
import { loadConfig } from "../config";
import type { Db } from "../db/db";
import { migrate } from "../db/migrate";
import { openDb } from "../db/open";
import { dumpPglite, restorePglite } from "../db/pglite";
import { seedDemo } from "../demo/seed";

const HELP = `dieuhanh <lệnh>

  start                      chạy máy chủ (như npm start)
  migrate                    áp dụng migration
  seed-demo                  nạp dữ liệu demo vào CSDL rỗng
  create-admin <tên> <mã đơn vị gốc>   tạo tài khoản quản trị (hỏi mật khẩu, hoặc ADMIN_PASSWORD)
  backup <tệp>               sao lưu (pg_dump với PostgreSQL, tarball thư mục dữ liệu với PGlite)
  restore <tệp>              khôi phục vào CSDL rỗng / thư mục dữ liệu rỗng
  audit-verify               kiểm tra chuỗi băm nhật ký
  plan parse <tệp> [--json]  đọc kế hoạch (.txt/.docx), không cần CSDL

Biến môi trường: DATABASE_URL (PostgreSQL), DATA_DIR (PGlite, mặc định ./data), PORT.`;

async function withDb<T>(fn: (db: Db) => Promise<T>): Promise<T> {
  const cfg = loadConfig();
  const db = await openDb({ databaseUrl: cfg.databaseUrl, dataDir: cfg.dataDir });
  try {
    await migrate(db);
    return await fn(db);
  } finally {
    await db.close();
  }
}

export async function runCli(args: string[]): Promise<number> {
  const [cmd, ...rest] = args;
  const cfg = loadConfig();
  switch (cmd) {
    case "start": {
      const { startServer } = await import("../start");
      await startServer(cfg);
      return new Promise<number>(() => undefined); // runs until a signal
    }
    case "migrate":
      return withDb(async (db) => {
        console.log("Đã áp dụng:", (await migrate(db)).applied.join(", ") || "(không có migration mới)");
        return 0;
      });
    case "seed-demo":
      return withDb(async (db) => {
        console.log((await seedDemo(db, CAPABILITIES.flatMap((c) => (c.seed ? [c.seed] : [])))) ? "Đã nạp dữ liệu demo." : "CSDL đã có dữ liệu; bỏ qua.");
        return 0;
      });
    case "create-admin":
      return createAdmin(rest[0], rest[1]);
    case "audit-verify":
      return withDb(async (db) => {
        const r = await verifyAuditChain(db);
        console.log(r.ok ? `Chuỗi nhật ký toàn vẹn: ${r.checked} sự kiện.` : `CHUỖI NHẬT KÝ BỊ SỬA tại sự kiện #${r.firstBrokenSeq}: ${r.reason}`);
        return r.ok ? 0 : 3;
      });
    case "backup":
      return backup(rest[0]);
    case "restore":
      return restore(rest[0]);
    case "plan": {
      if (rest[0] !== "parse") break;
      const { runPlanParseCli } = await import("../plans/parse/cli");
      return runPlanParseCli(rest.slice(1), (s) => process.stdout.write(s));
    }
    case undefined:
    case "help":
    case "--help":
      console.log(HELP);
      return 0;
  }
  console.error(`Lệnh không hợp lệ: ${args.join(" ")}\n\n${HELP}`);
  return 2;
}

async function createAdmin(username?: string, unitCode?: string): Promise<number> {
  if (!username || !unitCode) {
    console.error("Cách dùng: dieuhanh create-admin <tên đăng nhập> <mã đơn vị>");
    return 2;
  }
  let password = process.env.ADMIN_PASSWORD;
  if (!password) {
    const rl = createInterface({ input: process.stdin, output: process.stdout });
    password = await rl.question("Mật khẩu: ");
    rl.close();
  }
  assertStrongPassword(password);
  const hash = await hashPassword(password);
  return withDb(async (db) => {
    const [unit] = await db.query<{ id: number }>("select id from org_unit where lower(code) = lower($1)", [unitCode]);
    if (!unit) {
      console.error(`Không tìm thấy đơn vị có mã ${unitCode}.`);
      return 2;
    }
    await db.tx(async (tx) => {
      const [u] = await tx.query<{ id: number }>(
        "insert into app_user (username, full_name, password_hash) values ($1, $1, $2) returning id",
        [username, hash],
      );
      await tx.query("insert into role_grant (user_id, role, org_unit_id) values ($1, 'admin', $2)", [u.id, unit.id]);
      await appendAudit(tx, { actorId: null, actorName: "cli", action: "user.create", entityType: "user", entityId: u.id, after: { username, role: "admin", unitCode } });
    });
    console.log(`Đã tạo quản trị ${username}. Lần đăng nhập đầu sẽ yêu cầu bật xác thực hai lớp.`);
    return 0;
  });
}

async function backup(file?: string): Promise<number> {
  if (!file) return usage("backup <tệp>");
  const cfg = loadConfig();
  if (cfg.databaseUrl) {
    execFileSync("pg_dump", ["--format=custom", "--no-owner", `--file=${file}`, cfg.databaseUrl], { stdio: "inherit" });
  } else {
    writeFileSync(file, await dumpPglite(cfg.dataDir));
  }
  console.log(`Đã sao lưu vào ${file}.`);
  return 0;
}

async function restore(file?: string): Promise<number> {
  if (!file || !existsSync(file)) return usage("restore <tệp sao lưu>");
  const cfg = loadConfig();
  if (cfg.databaseUrl) {
    execFileSync("pg_restore", ["--no-owner", "--exit-on-error", `--dbname=${cfg.databaseUrl}`, file], { stdio: "inherit" });
  } else {
    if (existsSync(cfg.dataDir) && readdirSync(cfg.dataDir).length > 0) {
      console.error(`Thư mục ${cfg.dataDir} không rỗng; hãy chọn DATA_DIR mới để khôi phục.`);
      return 2;
    }
    await restorePglite(cfg.dataDir, readFileSync(file));
  }
  console.log("Đã khôi phục.");
  return 0;
}

function usage(s: string): number {
  console.error(`Cách dùng: dieuhanh ${s}`);
  return 2;
}
