import type { Db } from "../db/db";
import { buildXlsxWorkbook } from "../documents/xlsx-table";
import * as repo from "./orgunits.repo";

function csvCell(v: unknown): string {
  const s = v === null || v === undefined ? "" : String(v);
  return /[",\r\n]/.test(s) ? `"${s.replaceAll('"', '""')}"` : s;
}

async function exportRows(db: Db) {
  const units = await repo.listUnits(db, { includeInactive: true });
  const byId = new Map(units.map((u) => [u.id, u]));
  return units.map((u) => ({
    code: u.code,
    name: u.name,
    short_name: u.shortName ?? "",
    kind: u.kind,
    parent_code: u.parentId ? (byId.get(u.parentId)?.code ?? "") : "",
    valid_from: u.validFrom,
    valid_to: u.validTo ?? "",
  }));
}

/** The same columns the importer reads, so an export can be edited and imported back. */
export async function exportOrgUnitsCsv(db: Db): Promise<string> {
  const rows = await exportRows(db);
  const header = "code,name,short_name,kind,parent_code,valid_from,valid_to";
  // BOM so that Excel opens the UTF-8 Vietnamese names correctly.
  return `\uFEFF${[header, ...rows.map((r) => Object.values(r).map(csvCell).join(","))].join("\r\n")}\r\n`;
}

export async function exportOrgUnitsXlsx(db: Db): Promise<Buffer> {
  const rows = await exportRows(db);
  return buildXlsxWorkbook([
    {
      name: "Đơn vị",
      columns: [
        { header: "code", key: "code", width: 16 },
        { header: "name", key: "name", width: 40 },
        { header: "short_name", key: "short_name", width: 20 },
        { header: "kind", key: "kind", width: 14 },
        { header: "parent_code", key: "parent_code", width: 16 },
        { header: "valid_from", key: "valid_from", width: 12 },
        { header: "valid_to", key: "valid_to", width: 12 },
      ],
      rows,
    },
  ]);
}
