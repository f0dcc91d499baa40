import { appendAudit } from "../audit/audit.repo";
import { assertCanPath } from "../auth/authorize";
import { auditActor, type Ctx } from "../auth/context";
import type { Db, Queryable } from "../db/db";
import { readCsvRows, readXlsxRows } from "../documents/xlsx-table";
import { AppError, type ErrorDetail } from "../http/errors";
import { CODE_PATTERN, isValidIsoDate, safeTextProblem } from "../http/safe-text";
import * as repo from "./orgunits.repo";
import { KIND_LABEL_VI, ORG_UNIT_KINDS, type OrgUnit, type OrgUnitKind } from "./orgunits.types";
import { foldVietnamese as foldForSearch } from "../../core/text";

export const IMPORT_COLUMNS = ["code", "name", "short_name", "kind", "parent_code", "valid_from", "valid_to"] as const;

export interface ImportResult {
  dryRun: boolean;
  created: number;
  updated: number;
  errors: ErrorDetail[];
}

interface ParsedRow {
  row: number;
  code: string;
  name: string;
  shortName: string | null;
  kind: OrgUnitKind;
  parentCode: string | null;
  validFrom: string | null;
  validTo: string | null;
}

class Rollback extends Error {}

/** Reads a CSV or XLSX catalogue of units; applies it whole or not at all. */
export async function importOrgUnits(
  db: Db,
  ctx: Ctx,
  file: { buffer: Buffer; filename: string },
  dryRun: boolean,
): Promise<ImportResult> {
  const table = await readTable(file);
  const errors: ErrorDetail[] = [];
  const rows = table.rows.map((r) => parseRow(r.rowNumber, r.cells, errors));
  const seen = new Map<string, number>();
  for (const r of rows) {
    if (!r) continue;
    const k = r.code.toLowerCase();
    if (seen.has(k))
      errors.push(err(r.row, "code", "DUPLICATE", `Mã "${r.code}" lặp lại (đã có ở dòng ${seen.get(k)}).`));
    else seen.set(k, r.row);
  }
  const valid = rows.filter((r): r is ParsedRow => r !== null);
  let created = 0;
  let updated = 0;
  try {
    await db.tx(async (tx) => {
      ({ created, updated } = await applyRows(tx, ctx, valid, errors));
      if (errors.length > 0 || dryRun) throw new Rollback();
      await appendAudit(tx, {
        ...auditActor(ctx),
        action: "org_unit.import",
        entityType: "org_unit",
        after: { file: file.filename, created, updated },
      });
    });
  } catch (e) {
    if (!(e instanceof Rollback)) throw e;
  }
  errors.sort((a, b) => (a.row ?? 0) - (b.row ?? 0));
  if (errors.length > 0) throw new AppError("IMPORT_INVALID", undefined, errors);
  return { dryRun, created, updated, errors };
}

async function readTable(file: { buffer: Buffer; filename: string }) {
  const lower = file.filename.toLowerCase();
  const required = ["code", "name", "kind", "parent_code"];
  try {
    if (lower.endsWith(".xlsx")) return await readXlsxRows(file.buffer, { requiredHeaders: required });
    if (lower.endsWith(".csv") || lower.endsWith(".txt")) {
      const t = await readCsvRows(file.buffer.toString("utf8"));
      const missing = required.filter((h) => !t.headers.includes(h));
      if (missing.length)
        throw new AppError("IMPORT_INVALID", `Thiếu cột: ${missing.join(", ")}.`, missing.map((c) => err(1, c, "MISSING_COLUMN", `Thiếu cột "${c}".`)));
      return t;
    }
  } catch (e) {
    if (e instanceof AppError) throw e;
    const code = (e as { code?: string }).code ?? "FILE_INVALID";
    throw new AppError("IMPORT_INVALID", (e as Error).message, [
      { code, message: (e as Error).message, row: (e as { row?: number }).row, column: (e as { column?: string }).column },
    ]);
  }
  throw new AppError("FILE_INVALID", "Chỉ nhận tệp .csv hoặc .xlsx.");
}

function err(row: number, column: string, code: string, message: string): ErrorDetail {
  return { row, column, code, message };
}

const KIND_BY_FOLDED = new Map<string, OrgUnitKind>();
for (const k of ORG_UNIT_KINDS) {
  KIND_BY_FOLDED.set(k, k);
  KIND_BY_FOLDED.set(foldForSearch(KIND_LABEL_VI[k]), k);
}

function text(v: unknown): string {
  return v === null || v === undefined ? "" : String(v).trim();
}

function parseRow(row: number, cells: Record<string, unknown>, errors: ErrorDetail[]): ParsedRow | null {
  const before = errors.length;
  const code = text(cells.code);
  const name = text(cells.name);
  const shortName = text(cells.short_name) || null;
  const kindRaw = text(cells.kind);
  const parentCode = text(cells.parent_code) || null;
  const validFrom = text(cells.valid_from) || null;
  const validTo = text(cells.valid_to) || null;
  if (!code) errors.push(err(row, "code", "REQUIRED", "Thiếu mã đơn vị."));
  else if (!CODE_PATTERN.test(code)) errors.push(err(row, "code", "INVALID", `Mã "${code}" không hợp lệ (chỉ chữ không dấu, số, . - _).`));
  if (!name) errors.push(err(row, "name", "REQUIRED", "Thiếu tên đơn vị."));
  else if (name.length > 300) errors.push(err(row, "name", "TOO_LONG", "Tên dài quá 300 ký tự."));
  for (const [col, v] of [["name", name], ["short_name", shortName]] as const) {
    const problem = v ? safeTextProblem(v) : undefined;
    if (problem) errors.push(err(row, col, "UNSAFE_TEXT", problem));
  }
  const kind = KIND_BY_FOLDED.get(foldForSearch(kindRaw));
  if (!kind) errors.push(err(row, "kind", "INVALID", `Loại đơn vị "${kindRaw}" không hợp lệ (dùng: ${ORG_UNIT_KINDS.join(", ")}).`));
  for (const [col, v] of [["valid_from", validFrom], ["valid_to", validTo]] as const)
    if (v && !isValidIsoDate(v)) errors.push(err(row, col, "INVALID_DATE", `Ngày "${v}" không hợp lệ (cần YYYY-MM-DD).`));
  if (errors.length > before || !kind) return null;
  return { row, code, name, shortName, kind, parentCode, validFrom, validTo };
}

async function applyRows(tx: Queryable, ctx: Ctx, rows: ParsedRow[], errors: ErrorDetail[]) {
  let created = 0;
  let updated = 0;
  const pending = [...rows];
  // Parents may come after their children in the file: apply in passes until nothing moves.
  while (pending.length > 0) {
    let progressed = false;
    for (let i = 0; i < pending.length; ) {
      const r = pending[i];
      const parent = r.parentCode ? await repo.getUnitByCode(tx, r.parentCode) : undefined;
      if (r.parentCode && !parent) {
        i++;
        continue;
      }
      pending.splice(i, 1);
      progressed = true;
      if (!parent) {
        errors.push(err(r.row, "parent_code", "REQUIRED", "Thiếu mã đơn vị cấp trên."));
        continue;
      }
      if (!canManage(ctx, parent, r, errors)) continue;
      const existing = await repo.getUnitByCode(tx, r.code);
      if (existing) {
        if (parent.path.startsWith(existing.path)) {
          errors.push(err(r.row, "parent_code", "CYCLE", `Đơn vị "${r.code}" không thể là cấp dưới của chính nó.`));
          continue;
        }
        await repo.updateUnitFields(tx, existing.id, existing.version, { ...r, validTo: r.validTo });
        if (existing.parentId !== parent.id) await repo.moveSubtree(tx, await mustGet(tx, existing.id), parent);
        updated++;
      } else {
        await repo.insertUnit(tx, { ...r, parentId: parent.id, validFrom: r.validFrom ?? undefined });
        created++;
      }
    }
    if (!progressed) {
      for (const r of pending)
        errors.push(err(r.row, "parent_code", "UNKNOWN", `Không tìm thấy đơn vị cấp trên có mã "${r.parentCode}".`));
      break;
    }
  }
  return { created, updated };
}

function canManage(ctx: Ctx, parent: OrgUnit, r: ParsedRow, errors: ErrorDetail[]): boolean {
  try {
    assertCanPath(ctx.who, "orgunit.manage", parent.path);
    return true;
  } catch {
    errors.push(err(r.row, "parent_code", "FORBIDDEN", `Bạn không có quyền quản lý đơn vị dưới "${parent.name}".`));
    return false;
  }
}

async function mustGet(tx: Queryable, id: number): Promise<OrgUnit> {
  const u = await repo.getUnit(tx, id);
  if (!u) throw new Error(`org unit ${id} vanished`);
  return u;
}
