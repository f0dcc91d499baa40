// Exports in CSV, XLSX and JSON of units, indicators, data values, targets and tasks. Column names
// are the ones the importers read (data values: indicator, orgUnit, period, ...), so an export can be
// edited and imported back. Everything is limited to what the caller may read.
import { can, scopePaths } from "../auth/authorize";
import type { Principal } from "../auth/principal";
import type { Queryable } from "../db/db";
import { buildXlsxWorkbook } from "../documents/xlsx-table";
import { AppError } from "../http/errors";
import { listIndicators } from "../indicators/indicators.repo";
import { listTargets } from "../targets/targets.repo";
import { exchangeError } from "./exchange.errors";
import { tableExists } from "./exchange.lookup";

export const EXPORT_ENTITIES = ["units", "indicators", "data-values", "targets", "tasks"] as const;
export type ExportEntity = (typeof EXPORT_ENTITIES)[number];
export const EXPORT_FORMATS = ["csv", "xlsx", "json"] as const;
export type ExportFormat = (typeof EXPORT_FORMATS)[number];

type Row = Record<string, string | number | boolean | null>;
const MAX_ROWS = 500_000;

export interface ExportOptions {
  who: Principal;
  /** null: every indicator the caller may see (users); a set for scoped API keys. */
  indicatorCodes: Set<string> | null;
  indicator?: string;
  orgUnitId?: number;
  periodFrom?: string;
  periodTo?: string;
}

const SHEET_NAME: Record<ExportEntity, string> = {
  units: "Đơn vị",
  indicators: "Chỉ tiêu",
  "data-values": "Số liệu",
  targets: "Mục tiêu",
  tasks: "Nhiệm vụ",
};

export async function exportRows(q: Queryable, entity: ExportEntity, o: ExportOptions): Promise<Row[]> {
  const readable = scopePaths(o.who, "read");
  const inScope = (path: string) => can(o.who, "read", path);
  const indicatorOk = (code: string) =>
    (!o.indicatorCodes || o.indicatorCodes.has(code.toLowerCase())) &&
    (!o.indicator || o.indicator.toLowerCase() === code.toLowerCase());
  switch (entity) {
    case "units": {
      const rows = await q.query<Row & { path: string }>(
        `select o.code, o.name, o.short_name, o.kind, p.code as parent_code, o.valid_from, o.valid_to, o.path
           from org_unit o left join org_unit p on p.id = o.parent_id order by o.path`,
      );
      return rows.filter((r) => inScope(r.path)).map(({ path: _p, ...r }) => r);
    }
    case "indicators": {
      const units = new Map(
        (await q.query<{ id: number; code: string }>("select id, code from org_unit")).map((u) => [
          u.id,
          u.code,
        ]),
      );
      return (await listIndicators(q, { includeInactive: true }))
        .filter((i) => indicatorOk(i.code))
        .map((i) => ({
          code: i.code,
          name: i.name,
          unit: i.unit,
          value_type: i.valueType,
          aggregation: i.aggregation,
          period_type: i.periodType,
          formula: i.formula,
          direction: i.direction,
          decimals: i.decimals,
          scale: i.scale,
          min_value: i.minValue,
          max_value: i.maxValue,
          numerator_label: i.numeratorLabel,
          denominator_label: i.denominatorLabel,
          reporter_kinds: i.reporterKinds.join(";"),
          owner_unit: i.ownerUnitId ? (units.get(i.ownerUnitId) ?? null) : null,
          monitor_unit: i.monitorUnitId ? (units.get(i.monitorUnitId) ?? null) : null,
          source: i.source,
          definition: i.definition,
          is_public: i.isPublic,
          active: i.active,
          groups: i.groups.join(";"),
          version: i.version,
        }));
    }
    case "data-values": {
      const rows = await q.query<Row & { path: string }>(
        `select i.code as indicator, o.code as "orgUnit", d.period, d.disagg, d.value, d.numerator, d.denominator, d.comment, d.status,
                d.version, d.updated_at as "updatedAt", o.path
           from data_value d join indicator i on i.id = d.indicator_id join org_unit o on o.id = d.org_unit_id
          where exists (select 1 from unnest($1::text[]) s(p) where o.path like s.p || '%')
            and ($2::int is null or exists (select 1 from org_unit r where r.id = $2 and o.path like r.path || '%'))
            and ($3::text is null or lower(i.code) = lower($3))
            and ($4::date is null or d.period_start >= $4::date) and ($5::date is null or d.period_end <= $5::date)
          order by i.code, o.code, d.period, d.disagg limit ${MAX_ROWS + 1}`,
        [readable, o.orgUnitId ?? null, o.indicator ?? null, o.periodFrom ?? null, o.periodTo ?? null],
      );
      return rows.filter((r) => indicatorOk(String(r.indicator))).map(({ path: _p, ...r }) => r);
    }
    case "targets":
      return (await listTargets(q, { paths: readable }))
        .filter((t) => indicatorOk(t.indicatorCode) && (!o.orgUnitId || t.orgUnitId === o.orgUnitId))
        .map((t) => ({
          indicator: t.indicatorCode,
          org_unit: t.orgUnitCode,
          scope_kind: t.scopeKind,
          level_kind: t.levelKind,
          period: t.period,
          comparator: t.comparator,
          value: t.value,
          value_max: t.valueMax,
          baseline_value: t.baselineValue,
          plan_ref: t.planRef,
          note: t.note,
        }));
    case "tasks": {
      if (!(await tableExists(q, "task"))) throw exchangeError.tasksMissing();
      const rows = await q.query<Row & { path: string | null }>(
        `select t.id, t.code, t.title, p.number as plan_number, p.title as plan_title, lu.code as lead_unit, au.code as assigner_unit,
                t.deadline_kind, t.due_from, t.due_to, t.deadline_text, t.expected_result, t.priority, t.progress, t.completed_on,
                array_to_string(t.indicator_codes, ';') as indicator_codes, lu.path
           from task t left join plan p on p.id = t.plan_id left join org_unit lu on lu.id = t.lead_unit_id
           join org_unit au on au.id = t.assigner_unit_id
          order by t.plan_id, t.sort_order, t.id limit ${MAX_ROWS + 1}`,
      );
      return rows.filter((r) => r.path && inScope(r.path)).map(({ path: _p, ...r }) => r);
    }
  }
}

function csvCell(v: unknown): string {
  let s = v === null || v === undefined ? "" : String(v);
  // A text cell starting like a formula would run as one in a spreadsheet; numbers are left alone.
  if (typeof v === "string" && /^[=+@\t]/.test(s)) s = `'${s}`;
  return /[",\r\n;]/.test(s) ? `"${s.replaceAll('"', '""')}"` : s;
}

/** CSV with a BOM so that Excel reads the Vietnamese text as UTF-8. */
export function toCsv(rows: Row[], columns: string[]): string {
  const lines = [columns.join(","), ...rows.map((r) => columns.map((c) => csvCell(r[c])).join(","))];
  return `\uFEFF${lines.join("\r\n")}\r\n`;
}

export async function serialize(
  entity: ExportEntity,
  format: ExportFormat,
  rows: Row[],
): Promise<{ body: string | Buffer; contentType: string; filename: string }> {
  if (rows.length > MAX_ROWS)
    throw new AppError(
      "EXPORT_TOO_LARGE",
      `Kết quả vượt ${MAX_ROWS.toLocaleString("vi-VN")} dòng; hãy thu hẹp bộ lọc.`,
      [],
      413,
    );
  const columns = rows.length ? Object.keys(rows[0]) : [];
  const stamp = new Date().toISOString().slice(0, 10);
  const filename = `${entity}-${stamp}.${format}`;
  switch (format) {
    case "json":
      return {
        body: JSON.stringify({ entity, exportedAt: new Date().toISOString(), rows }),
        contentType: "application/json; charset=utf-8",
        filename,
      };
    case "csv":
      return { body: toCsv(rows, columns), contentType: "text/csv; charset=utf-8", filename };
    case "xlsx":
      return {
        body: await buildXlsxWorkbook([
          {
            name: SHEET_NAME[entity],
            columns: columns.map((c) => ({
              header: c,
              key: c,
              width: Math.min(50, Math.max(10, c.length + 4)),
            })),
            rows,
          },
        ]),
        contentType: "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
        filename,
      };
    default:
      throw exchangeError.format(String(format));
  }
}
