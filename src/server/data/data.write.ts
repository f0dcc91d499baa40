import { appendAudit } from "../audit/audit.repo";
import { auditActor, type Ctx } from "../auth/context";
import type { Db, Queryable } from "../db/db";
import type { AppEvents } from "../events";
import { AppError } from "../http/errors";
import { listIndicators } from "../indicators/indicators.repo";
import type { Indicator } from "../indicators/indicators.types";
import { checkRules } from "./data.rules";
import type { DataValueInput, RowProblem, WriteResult } from "./data.types";
import { type Catalogues, type ResolvedRow, resolveRow, type UnitRef } from "./data.validate";
import { outlierWarnings } from "./outliers";

export const MAX_BATCH = 200_000;

class Rollback extends Error {}

interface Existing {
  indicatorId: number;
  orgUnitId: number;
  period: string;
  disagg: string;
  value: number | null;
  numerator: number | null;
  denominator: number | null;
  comment: string | null;
  status: string;
  version: number;
}

export async function loadCatalogues(q: Queryable, inputs: DataValueInput[]): Promise<Catalogues> {
  const indicators = new Map<string, Indicator>();
  for (const i of await listIndicators(q, { includeInactive: true })) indicators.set(i.code.toLowerCase(), i);
  const codes = [...new Set(inputs.map((r) => String(r.orgUnit ?? "").trim().toLowerCase()).filter(Boolean))];
  const units = new Map<string, UnitRef>();
  const rows = await q.query<UnitRef>(
    `select id, code, path, valid_from as "validFrom", valid_to as "validTo" from org_unit where lower(code) = any($1::text[])`,
    [codes],
  );
  for (const u of rows) units.set(u.code.toLowerCase(), u);
  return { indicators, units };
}

const keyOf = (r: { indicatorId: number; orgUnitId: number; period: string; disagg: string }) =>
  `${r.indicatorId}|${r.orgUnitId}|${r.period}|${r.disagg}`;

/**
 * Writes a batch of figures: applied whole or not at all. Every row is checked (type, range, ratio
 * parts, scope, locks, versions, rules between indicators) and every problem is reported with its row
 * and column; warnings (outliers) do not stop the write. `dryRun` checks everything and saves nothing.
 */
export async function writeDataValues(
  db: Db,
  ctx: Ctx,
  inputs: DataValueInput[],
  opts: { dryRun: boolean; source: string; events?: AppEvents; firstRow?: number; warnings?: boolean },
): Promise<WriteResult> {
  if (inputs.length > MAX_BATCH)
    throw new AppError("DATA_BATCH_TOO_LARGE", `Một lần gửi tối đa ${MAX_BATCH.toLocaleString("vi-VN")} số liệu.`, [], 413);
  const firstRow = opts.firstRow ?? 1;
  const errors: RowProblem[] = [];
  const warnings: RowProblem[] = [];
  const result: WriteResult = { dryRun: opts.dryRun, inserted: 0, updated: 0, unchanged: 0, errors, warnings };
  const cat = await loadCatalogues(db, inputs);
  const rows: ResolvedRow[] = [];
  const seen = new Map<string, number>();
  inputs.forEach((input, i) => {
    const r = resolveRow(input, firstRow + i, cat, ctx.who, errors);
    if (!r) return;
    const k = keyOf({ indicatorId: r.indicator.id, orgUnitId: r.unit.id, period: r.period.code, disagg: r.disagg });
    const dup = seen.get(k);
    if (dup !== undefined) errors.push({ row: r.row, column: "indicator", code: "DATA_DUPLICATE_ROW", message: `Trùng với dòng ${dup} (cùng chỉ tiêu, đơn vị, kỳ).` });
    else seen.set(k, r.row);
    rows.push(r);
  });

  const touchedUnits = new Set<number>();
  try {
    await db.tx(async (tx) => {
      const existing = await lockExisting(tx, rows);
      const toWrite: { r: ResolvedRow; old?: Existing }[] = [];
      for (const r of rows) {
        const old = existing.get(keyOf({ indicatorId: r.indicator.id, orgUnitId: r.unit.id, period: r.period.code, disagg: r.disagg }));
        if (old?.status === "approved")
          errors.push({ row: r.row, column: "value", code: "DATA_VALUE_LOCKED", message: `Số liệu ${r.indicator.code} kỳ ${r.period.code} của ${r.unit.code} đã được phê duyệt, không sửa được.` });
        else if (r.version !== undefined && r.version !== (old?.version ?? 0))
          errors.push({ row: r.row, column: "version", code: "VERSION_CONFLICT", message: `Số liệu đã được người khác sửa (phiên bản ${old?.version ?? 0}, bạn gửi ${r.version}). Hãy tải lại.` });
        else if (old && same(old, r)) result.unchanged++;
        else toWrite.push({ r, old });
      }
      errors.push(...(await checkRules(tx, rows, cat)));
      // Outlier warnings are for people; machine sync passes warnings: false.
      if (rows.length <= 5000 && opts.warnings !== false) warnings.push(...(await outlierWarnings(tx, rows)));
      if (errors.length || opts.dryRun) {
        result.inserted = toWrite.filter((w) => !w.old).length;
        result.updated = toWrite.length - result.inserted;
        throw new Rollback();
      }
      await upsert(tx, toWrite, ctx.who.id);
      result.inserted = toWrite.filter((w) => !w.old).length;
      result.updated = toWrite.length - result.inserted;
      for (const w of toWrite) touchedUnits.add(w.r.unit.id);
      if (toWrite.length)
        await appendAudit(tx, {
          ...auditActor(ctx),
          action: toWrite.length === 1 ? "data_value.write" : "data_value.bulk_write",
          entityType: "data_value",
          entityId: toWrite.length === 1 ? keyOf({ indicatorId: toWrite[0].r.indicator.id, orgUnitId: toWrite[0].r.unit.id, period: toWrite[0].r.period.code, disagg: toWrite[0].r.disagg }) : null,
          orgUnitId: touchedUnits.size === 1 ? [...touchedUnits][0] : null,
          before: toWrite.length === 1 ? (toWrite[0].old ?? null) : null,
          after: toWrite.length === 1 ? describe(toWrite[0].r) : { source: opts.source, inserted: result.inserted, updated: result.updated, rows: inputs.length },
        });
    });
  } catch (e) {
    if (!(e instanceof Rollback)) throw e;
  }
  errors.sort((a, b) => a.row - b.row);
  if (!errors.length && !opts.dryRun && touchedUnits.size)
    opts.events?.emit({ entity: "data_value", action: "write", orgUnitIds: [...touchedUnits] });
  return result;
}

function describe(r: ResolvedRow) {
  return { indicator: r.indicator.code, orgUnit: r.unit.code, period: r.period.code, disagg: r.disagg, value: r.value, numerator: r.numerator, denominator: r.denominator, comment: r.comment, status: r.status };
}

function same(old: Existing, r: ResolvedRow): boolean {
  const eq = (a: number | null, b: number | null) => (a === null && b === null) || (a !== null && b !== null && Math.abs(a - b) < 1e-9);
  return eq(old.value, r.value) && eq(old.numerator, r.numerator) && eq(old.denominator, r.denominator) && (old.comment ?? null) === r.comment && old.status === r.status;
}

async function lockExisting(tx: Queryable, rows: ResolvedRow[]): Promise<Map<string, Existing>> {
  const map = new Map<string, Existing>();
  if (!rows.length) return map;
  const found = await tx.query<Existing>(
    `select d.indicator_id as "indicatorId", d.org_unit_id as "orgUnitId", d.period, d.disagg, d.value, d.numerator,
            d.denominator, d.comment, d.status, d.version
       from data_value d
       join unnest($1::int[], $2::int[], $3::text[], $4::text[]) k(i, u, p, g)
         on d.indicator_id = k.i and d.org_unit_id = k.u and d.period = k.p and d.disagg = k.g
     for update of d`,
    [rows.map((r) => r.indicator.id), rows.map((r) => r.unit.id), rows.map((r) => r.period.code), rows.map((r) => r.disagg)],
  );
  for (const e of found) map.set(keyOf(e), e);
  return map;
}

/** One statement for the values and one for their history, whatever the batch size. */
async function upsert(tx: Queryable, items: { r: ResolvedRow; old?: Existing }[], userId: number) {
  if (!items.length) return;
  const col = <T>(f: (x: { r: ResolvedRow; old?: Existing }) => T) => items.map(f);
  const params = [
    col((x) => x.r.indicator.id),
    col((x) => x.r.unit.id),
    col((x) => x.r.period.code),
    col((x) => x.r.disagg),
    col((x) => x.r.period.type),
    col((x) => x.r.period.start),
    col((x) => x.r.period.end),
    col((x) => x.r.value),
    col((x) => x.r.numerator),
    col((x) => x.r.denominator),
    col((x) => x.r.status),
    col((x) => x.r.comment),
  ];
  await tx.query(
    `insert into data_value (indicator_id, org_unit_id, period, disagg, period_type, period_start, period_end, value, numerator,
        denominator, status, comment, version, updated_by, updated_at)
     select i, u, p, g, pt, ps, pe, v, n, d, s, c, 1, $13, now()
       from unnest($1::int[], $2::int[], $3::text[], $4::text[], $5::text[], $6::date[], $7::date[], $8::float8[], $9::float8[],
                   $10::float8[], $11::text[], $12::text[]) as t(i, u, p, g, pt, ps, pe, v, n, d, s, c)
     on conflict (indicator_id, org_unit_id, period, disagg) do update set
       value = excluded.value, numerator = excluded.numerator, denominator = excluded.denominator, status = excluded.status,
       comment = excluded.comment, version = data_value.version + 1, updated_by = excluded.updated_by, updated_at = now()`,
    [...params, userId],
  );
  await tx.query(
    `insert into data_value_history (indicator_id, org_unit_id, period, disagg, value, numerator, denominator, status, comment,
        version, changed_by, action)
     select i, u, p, g, v, n, d, s, c, ver, $11, act
       from unnest($1::int[], $2::int[], $3::text[], $4::text[], $5::float8[], $6::float8[], $7::float8[], $8::text[], $9::text[],
                   $10::int[], $12::text[]) as t(i, u, p, g, v, n, d, s, c, ver, act)`,
    [
      params[0], params[1], params[2], params[3], params[7], params[8], params[9], params[10], params[11],
      col((x) => (x.old ? x.old.version + 1 : 1)),
      userId,
      col((x) => (x.old ? "update" : "insert")),
    ],
  );
}
