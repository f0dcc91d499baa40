import type { Ctx } from "../auth/context";
import type { Db } from "../db/db";
import { readXlsxRows } from "../documents/xlsx-table";
import { buildXlsxWorkbook } from "../documents/xlsx-table";
import { AppError, type ErrorDetail } from "../http/errors";
import { listIndicators } from "./indicators.repo";
import { IndicatorBody } from "./indicators.schema";
import type { IndicatorService } from "./indicators.service";
import { zodIssueVi } from "../http/error-handler";

// The catalogue as a spreadsheet: one row per indicator, the same columns out and in, so that a
// department can fill the catalogue in Excel and import it back.
const COLUMNS = [
  ["code", "Mã"],
  ["name", "Tên chỉ tiêu"],
  ["unit", "Đơn vị tính"],
  ["valueType", "Kiểu giá trị"],
  ["aggregation", "Cách tổng hợp"],
  ["periodType", "Kỳ"],
  ["formula", "Công thức"],
  ["direction", "Chiều tốt"],
  ["decimals", "Số chữ số thập phân"],
  ["numeratorLabel", "Tử số"],
  ["denominatorLabel", "Mẫu số"],
  ["reporterKinds", "Cấp báo cáo"],
  ["ownerUnit", "Đơn vị chủ trì"],
  ["monitorUnit", "Đơn vị theo dõi"],
  ["groups", "Nhóm"],
  ["source", "Nguồn"],
  ["definition", "Định nghĩa"],
  ["isPublic", "Công khai"],
] as const;

export async function exportCatalogueXlsx(db: Db): Promise<Buffer> {
  const items = await listIndicators(db, { includeInactive: true });
  const units = new Map(
    (await db.query<{ id: number; code: string }>("select id, code from org_unit")).map((u) => [
      u.id,
      u.code,
    ]),
  );
  return buildXlsxWorkbook([
    {
      name: "Danh mục chỉ tiêu",
      columns: COLUMNS.map(([key, header]) => ({
        key,
        header: key,
        width: key === "name" || key === "definition" ? 50 : 16,
        title: header,
      })),
      rows: items.map((i) => ({
        ...i,
        reporterKinds: i.reporterKinds.join(","),
        groups: i.groups.join(","),
        ownerUnit: i.ownerUnitId ? units.get(i.ownerUnitId) : "",
        monitorUnit: i.monitorUnitId ? units.get(i.monitorUnitId) : "",
        isPublic: i.isPublic ? "x" : "",
      })),
    },
  ]);
}

export async function importCatalogueXlsx(
  db: Db,
  svc: IndicatorService,
  ctx: Ctx,
  file: { buffer: Buffer; filename: string },
  dryRun: boolean,
) {
  let table: Awaited<ReturnType<typeof readXlsxRows>>;
  try {
    table = await readXlsxRows(file.buffer, {
      requiredHeaders: ["code", "name", "valueType", "aggregation", "periodType"],
    });
  } catch (e) {
    throw new AppError("IMPORT_INVALID", (e as Error).message, [
      { message: (e as Error).message, code: (e as { code?: string }).code },
    ]);
  }
  const units = new Map(
    (await db.query<{ id: number; code: string }>("select id, code from org_unit")).map((u) => [
      u.code.toLowerCase(),
      u.id,
    ]),
  );
  const existing = new Map(
    (await listIndicators(db, { includeInactive: true })).map((i) => [i.code.toLowerCase(), i]),
  );
  const errors: ErrorDetail[] = [];
  const parsed: { row: number; body: ReturnType<typeof IndicatorBody.parse> }[] = [];
  for (const { rowNumber, cells } of table.rows) {
    const s = (k: string) => (cells[k] === null || cells[k] === undefined ? "" : String(cells[k]).trim());
    const unitId = (k: string) => {
      const c = s(k);
      if (!c) return null;
      const id = units.get(c.toLowerCase());
      if (!id)
        errors.push({
          row: rowNumber,
          column: k,
          code: "UNKNOWN_UNIT",
          message: `Không có đơn vị mã "${c}".`,
        });
      return id ?? null;
    };
    const candidate = {
      code: s("code"),
      name: s("name"),
      unit: s("unit"),
      valueType: s("valueType"),
      aggregation: s("aggregation"),
      periodType: s("periodType"),
      formula: s("formula") || null,
      direction: s("direction") || "up",
      decimals: s("decimals") ? Number(s("decimals")) : 1,
      numeratorLabel: s("numeratorLabel") || null,
      denominatorLabel: s("denominatorLabel") || null,
      reporterKinds: s("reporterKinds")
        ? s("reporterKinds")
            .split(",")
            .map((x) => x.trim())
        : [],
      ownerUnitId: unitId("ownerUnit"),
      monitorUnitId: unitId("monitorUnit"),
      groups: s("groups")
        ? s("groups")
            .split(",")
            .map((x) => x.trim())
        : [],
      source: s("source") || null,
      definition: s("definition") || null,
      isPublic: ["x", "true", "1", "có"].includes(s("isPublic").toLowerCase()),
    };
    const res = IndicatorBody.safeParse(candidate);
    if (!res.success) {
      for (const issue of res.error.issues)
        errors.push({
          row: rowNumber,
          column: String(issue.path[0] ?? ""),
          code: "INVALID",
          message: zodIssueVi(issue as never, issue.message),
        });
    } else parsed.push({ row: rowNumber, body: res.data });
  }
  if (errors.length) throw new AppError("IMPORT_INVALID", undefined, errors);
  let created = 0;
  let updated = 0;
  if (!dryRun) {
    // Each row goes through the same service as the screen, so the same rules apply; one
    // transaction for the file, so it is applied whole or not at all.
    await db.tx(async (tx) => {
      for (const { row, body } of parsed) {
        try {
          const old = existing.get(body.code.toLowerCase());
          if (old) {
            await svc.updateIn(tx, ctx, old.id, old.version, body);
            updated++;
          } else {
            await svc.createIn(tx, ctx, body);
            created++;
          }
        } catch (e) {
          if (e instanceof AppError)
            throw new AppError("IMPORT_INVALID", `Dòng ${row}: ${e.message}`, [
              { row, column: "code", code: e.code, message: e.message },
            ]);
          throw e;
        }
      }
    });
  } else {
    for (const { body } of parsed) existing.has(body.code.toLowerCase()) ? updated++ : created++;
  }
  return { dryRun, created, updated, errors: [] };
}
