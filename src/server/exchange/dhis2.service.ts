// DHIS2 dataValueSets, JSON, id scheme CODE: our indicator codes are DHIS2 data element codes, our
// unit codes org unit codes, a disaggregation option the category option combo. A ratio indicator is
// two DHIS2 data elements, "<CODE>.NUM" and "<CODE>.DEN", because DHIS2 stores raw counts and
// computes rates itself. Imports are all or nothing (DHIS2's atomicMode=ALL): any conflict and
// nothing is written; the answer is a DHIS2 import summary either way.
import { can } from "../auth/authorize";
import type { Ctx } from "../auth/context";
import type { Principal } from "../auth/principal";
import type { DataValueInput } from "../data/data.types";
import { writeDataValues } from "../data/data.write";
import type { Db, Queryable } from "../db/db";
import type { AppEvents } from "../events";
import { AppError } from "../http/errors";
import { listIndicators } from "../indicators/indicators.repo";
import type { Indicator } from "../indicators/indicators.types";
import { DHIS2_PERIOD_HINT, periodFromDhis2, periodToDhis2 } from "./dhis2.periods";

export interface Dhis2DataValue {
  dataElement: string;
  period?: string;
  orgUnit?: string;
  categoryOptionCombo?: string;
  attributeOptionCombo?: string;
  value?: string | number | null;
  comment?: string | null;
  storedBy?: string;
  created?: string;
  lastUpdated?: string;
  followup?: boolean;
}

export interface Dhis2DataValueSet {
  dataSet?: string;
  completeDate?: string;
  period?: string;
  orgUnit?: string;
  attributeOptionCombo?: string;
  dataValues: Dhis2DataValue[];
}

export interface ImportSummary {
  responseType: "ImportSummary";
  status: "SUCCESS" | "WARNING" | "ERROR";
  description: string;
  importOptions: { idSchemes: { idScheme: "CODE" }; dryRun: boolean; atomicMode: "ALL" };
  importCount: { imported: number; updated: number; ignored: number; deleted: number };
  conflicts: { object: string; value: string }[];
  dataSetComplete: "false";
}

export const NUM_SUFFIX = ".NUM";
export const DEN_SUFFIX = ".DEN";
/** DHIS2's default category option combo: its code, and its well-known uid. */
const DEFAULT_COC = new Set(["", "default", "HllvX50cXC0"]);

type Part = "value" | "numerator" | "denominator";

function elementOf(code: string, byCode: Map<string, Indicator>): { ind: Indicator; part: Part } | undefined {
  const exact = byCode.get(code.toLowerCase());
  if (exact) return { ind: exact, part: "value" };
  const upper = code.toUpperCase();
  for (const [suffix, part] of [
    [NUM_SUFFIX, "numerator"],
    [DEN_SUFFIX, "denominator"],
  ] as const)
    if (upper.endsWith(suffix)) {
      const ind = byCode.get(code.slice(0, -suffix.length).toLowerCase());
      if (ind?.aggregation === "ratio") return { ind, part };
    }
  return undefined;
}

interface Pending {
  input: DataValueInput & { numerator?: number | null; denominator?: number | null };
  ind: Indicator;
  parts: Set<Part>;
  sources: number;
  dhis2: { dataElement: string; orgUnit: string; period: string };
}

function summary(
  dryRun: boolean,
  status: ImportSummary["status"],
  description: string,
  counts: Partial<ImportSummary["importCount"]>,
  conflicts: ImportSummary["conflicts"] = [],
): ImportSummary {
  return {
    responseType: "ImportSummary",
    status,
    description,
    importOptions: { idSchemes: { idScheme: "CODE" }, dryRun, atomicMode: "ALL" },
    importCount: { imported: 0, updated: 0, ignored: 0, deleted: 0, ...counts },
    conflicts,
    dataSetComplete: "false",
  };
}

const eq = (a: number | null, b: number | null) =>
  (a === null && b === null) || (a !== null && b !== null && Math.abs(a - b) < 1e-9);

export async function importDataValueSet(
  db: Db,
  ctx: Ctx,
  set: Dhis2DataValueSet,
  opts: { dryRun: boolean; allowed: (indicatorCode: string) => boolean; events?: AppEvents },
): Promise<ImportSummary> {
  const byCode = new Map(
    (await listIndicators(db, { includeInactive: true })).map((i) => [i.code.toLowerCase(), i]),
  );
  const conflicts: ImportSummary["conflicts"] = [];
  const conflict = (object: string, value: string) => conflicts.push({ object, value });
  const pending = new Map<string, Pending>();
  set.dataValues.forEach((dv, i) => {
    const n = i + 1;
    const de = String(dv.dataElement ?? "").trim();
    const ouCode = String(dv.orgUnit ?? set.orgUnit ?? "").trim();
    const pe = String(dv.period ?? set.period ?? "").trim();
    const el = elementOf(de, byCode);
    const before = conflicts.length;
    if (!el)
      conflict(
        de || `dataValues[${n}]`,
        `Phần tử dữ liệu "${de}" không có trong danh mục chỉ tiêu (giá trị thứ ${n}).`,
      );
    else if (!opts.allowed(el.ind.code))
      conflict(de, `Khóa API không được ghi chỉ tiêu "${el.ind.code}" (giá trị thứ ${n}).`);
    else if (el.part === "value" && el.ind.aggregation === "ratio")
      conflict(
        de,
        `Chỉ tiêu tỷ lệ "${el.ind.code}": gửi tử số (${el.ind.code}${NUM_SUFFIX}) và mẫu số (${el.ind.code}${DEN_SUFFIX}), không gửi tỷ lệ (giá trị thứ ${n}).`,
      );
    const period = periodFromDhis2(pe);
    if (!period)
      conflict(
        pe || `dataValues[${n}]`,
        `Kỳ "${pe}" không đúng định dạng. ${DHIS2_PERIOD_HINT} (giá trị thứ ${n})`,
      );
    if (!ouCode) conflict(`dataValues[${n}]`, `Thiếu orgUnit (giá trị thứ ${n}).`);
    const raw = dv.value;
    if (raw === null || raw === undefined || String(raw).trim() === "")
      conflict(de, `Giá trị rỗng (xóa số liệu) chưa được hỗ trợ (giá trị thứ ${n}).`);
    const num = Number(String(raw ?? "").trim());
    if (raw !== null && raw !== undefined && String(raw).trim() !== "" && !Number.isFinite(num))
      conflict(String(raw), `"${raw}" không phải là số (giá trị thứ ${n}).`);
    // Rows with a problem of their own go no further; the others are still checked below, so one
    // answer lists every conflict of the payload.
    if (conflicts.length > before || !el || !period) return;
    const coc = String(dv.categoryOptionCombo ?? "").trim();
    const disagg = DEFAULT_COC.has(coc) ? "" : coc;
    const key = `${el.ind.id}|${ouCode.toLowerCase()}|${period}|${disagg}`;
    let p = pending.get(key);
    if (!p) {
      p = {
        input: { indicator: el.ind.code, orgUnit: ouCode, period, disagg },
        ind: el.ind,
        parts: new Set(),
        sources: 0,
        dhis2: { dataElement: de, orgUnit: ouCode, period: pe },
      };
      pending.set(key, p);
    }
    if (p.parts.has(el.part))
      conflict(de, `Trùng giá trị: cùng phần tử dữ liệu, đơn vị, kỳ xuất hiện hai lần (giá trị thứ ${n}).`);
    p.parts.add(el.part);
    p.sources++;
    p.input[el.part] = num;
    if (dv.comment !== undefined) p.input.comment = dv.comment;
  });

  // Scope before comparing: a caller must learn nothing about figures of units it cannot write.
  const unitRows = await db.query<{ code: string; path: string }>(
    "select code, path from org_unit where lower(code) = any($1::text[])",
    [[...new Set([...pending.values()].map((p) => p.input.orgUnit.toLowerCase()))]],
  );
  const paths = new Map(unitRows.map((u) => [u.code.toLowerCase(), u.path]));
  const denied = new Set<string>();
  for (const p of pending.values()) {
    const path = paths.get(p.input.orgUnit.toLowerCase());
    if (path && !can(ctx.who, "data.write", path) && !denied.has(p.input.orgUnit.toLowerCase())) {
      denied.add(p.input.orgUnit.toLowerCase());
      conflict(p.dhis2.orgUnit, `Bạn không có quyền nhập số liệu cho đơn vị "${p.dhis2.orgUnit}".`);
    }
  }

  // Compare with what is stored: a missing ratio part is taken from it, an identical value is ignored.
  const items = [...pending.values()].filter((p) => !denied.has(p.input.orgUnit.toLowerCase()));
  const existing = await storedFor(db, items);
  const toWrite: Pending[] = [];
  const counts = { imported: 0, updated: 0, ignored: 0, deleted: 0 };
  for (const p of items) {
    const old = existing.get(
      `${p.ind.id}|${p.input.orgUnit.toLowerCase()}|${p.input.period}|${p.input.disagg}`,
    );
    if (p.ind.aggregation === "ratio") {
      if (!p.parts.has("numerator")) p.input.numerator = old?.numerator ?? null;
      if (!p.parts.has("denominator")) p.input.denominator = old?.denominator ?? null;
      if (p.input.numerator == null || p.input.denominator == null) {
        conflict(
          p.dhis2.dataElement,
          `Chỉ tiêu tỷ lệ "${p.ind.code}" tại ${p.dhis2.orgUnit} kỳ ${p.dhis2.period} thiếu ${p.input.numerator == null ? "tử số" : "mẫu số"}.`,
        );
        continue;
      }
    }
    if (p.input.comment === undefined) p.input.comment = old?.comment ?? null;
    const same =
      old &&
      eq(old.value, p.ind.aggregation === "ratio" ? old.value : (p.input.value as number)) &&
      eq(old.numerator, (p.input.numerator as number) ?? null) &&
      eq(old.denominator, (p.input.denominator as number) ?? null) &&
      (old.comment ?? null) === (p.input.comment ?? null);
    if (same) {
      counts.ignored += p.sources;
      continue;
    }
    // Keep the workflow where it is: a submitted figure stays submitted; a new one arrives submitted.
    p.input.status = old?.status === "draft" ? "draft" : "submitted";
    if (old) counts.updated += p.sources;
    else counts.imported += p.sources;
    toWrite.push(p);
  }
  // With conflicts already found, the remaining rows are only checked (dry run), never written.
  const res = await writeDataValues(
    db,
    ctx,
    toWrite.map((p) => p.input),
    { dryRun: opts.dryRun || conflicts.length > 0, source: "dhis2", events: opts.events },
  );
  for (const e of res.errors) {
    const p = toWrite[e.row - 1];
    const object = !p
      ? String(e.row)
      : e.column === "orgUnit"
        ? p.dhis2.orgUnit
        : e.column === "period"
          ? p.dhis2.period
          : p.dhis2.dataElement;
    conflict(object, e.message);
  }
  if (conflicts.length) {
    return summary(
      opts.dryRun,
      "ERROR",
      "Có xung đột; chưa nhập giá trị nào.",
      { ignored: set.dataValues.length },
      conflicts,
    );
  }
  const verb = opts.dryRun ? "Kiểm tra xong (chưa lưu)" : "Nhập xong";
  return summary(
    opts.dryRun,
    "SUCCESS",
    `${verb}: ${counts.imported} mới, ${counts.updated} cập nhật, ${counts.ignored} không đổi.`,
    counts,
  );
}

interface Stored {
  value: number | null;
  numerator: number | null;
  denominator: number | null;
  comment: string | null;
  status: string;
}

async function storedFor(q: Queryable, items: Pending[]): Promise<Map<string, Stored>> {
  if (!items.length) return new Map();
  const rows = await q.query<Stored & { i: number; ou: string; p: string; g: string }>(
    `select d.indicator_id as i, lower(o.code) as ou, d.period as p, d.disagg as g, d.value, d.numerator, d.denominator, d.comment, d.status
       from data_value d join org_unit o on o.id = d.org_unit_id
       join unnest($1::int[], $2::text[], $3::text[], $4::text[]) k(i, ou, p, g)
         on d.indicator_id = k.i and lower(o.code) = k.ou and d.period = k.p and d.disagg = k.g`,
    [
      items.map((p) => p.ind.id),
      items.map((p) => p.input.orgUnit.toLowerCase()),
      items.map((p) => p.input.period),
      items.map((p) => p.input.disagg ?? ""),
    ],
  );
  return new Map(rows.map((r) => [`${r.i}|${r.ou}|${r.p}|${r.g}`, r]));
}

export const EXPORT_MAX = 200_000;

export interface ExportFilter {
  indicatorIds: number[];
  unitIds: number[];
  children: boolean;
  periods?: string[];
  startDate?: string;
  endDate?: string;
}

/** Stored figures (not aggregates, as DHIS2 exports them) the caller may read, as a dataValueSet. */
export async function exportDataValueSet(
  q: Queryable,
  who: Principal,
  f: ExportFilter,
): Promise<{ dataValues: Dhis2DataValue[] }> {
  const rows = await q.query<{
    code: string;
    aggregation: string;
    ou: string;
    path: string;
    period: string;
    disagg: string;
    value: number | null;
    numerator: number | null;
    denominator: number | null;
    comment: string | null;
    updatedAt: string;
  }>(
    `select i.code, i.aggregation, o.code as ou, o.path, d.period, d.disagg, d.value, d.numerator, d.denominator, d.comment, d.updated_at as "updatedAt"
       from data_value d join indicator i on i.id = d.indicator_id join org_unit o on o.id = d.org_unit_id
      where d.indicator_id = any($1::int[])
        and (o.id = any($2::int[]) or ($3 and exists (select 1 from org_unit r where r.id = any($2::int[]) and o.path like r.path || '%')))
        and ($4::text[] is null or d.period = any($4::text[]))
        and ($5::date is null or d.period_start >= $5::date) and ($6::date is null or d.period_end <= $6::date)
      order by i.code, o.code, d.period, d.disagg
      limit ${EXPORT_MAX + 1}`,
    [f.indicatorIds, f.unitIds, f.children, f.periods ?? null, f.startDate ?? null, f.endDate ?? null],
  );
  if (rows.length > EXPORT_MAX)
    throw new AppError(
      "EXPORT_TOO_LARGE",
      `Kết quả vượt ${EXPORT_MAX.toLocaleString("vi-VN")} giá trị; hãy thu hẹp kỳ hoặc đơn vị.`,
      [],
      413,
    );
  const out: Dhis2DataValue[] = [];
  for (const r of rows) {
    if (!can(who, "read", r.path)) continue;
    const period = periodToDhis2(r.period);
    if (!period) continue;
    const base = {
      period,
      orgUnit: r.ou,
      ...(r.disagg ? { categoryOptionCombo: r.disagg } : {}),
      lastUpdated: r.updatedAt,
      ...(r.comment ? { comment: r.comment } : {}),
      followup: false,
    };
    const fmt = (v: number) => String(v);
    if (r.aggregation === "ratio") {
      if (r.numerator !== null)
        out.push({ dataElement: `${r.code}${NUM_SUFFIX}`, value: fmt(r.numerator), ...base });
      if (r.denominator !== null)
        out.push({ dataElement: `${r.code}${DEN_SUFFIX}`, value: fmt(r.denominator), ...base });
    } else if (r.value !== null) out.push({ dataElement: r.code, value: fmt(r.value), ...base });
  }
  return { dataValues: out };
}
