// SQL of reporting regimes. Every function takes the connection or transaction it runs in.
import type { DeadlineRule } from "../../core/calendar";
import type { Queryable } from "../db/db";
import type { Frequency, Method, Regime, RegimeTemplate, SectionDef } from "./reports.types";

const COLS = `r.id, r.code, r.name, r.legal_basis as "legalBasis", r.content, r.frequency, r.method,
  r.receiving_unit_id as "receivingUnitId", o.name as "receivingUnitName", r.cutoff_start_day as "cutoffStartDay",
  r.deadline_text as "deadlineText", r.deadline_rule as "deadlineRule", r.indicator_codes as "indicatorCodes",
  r.extra_items as "extraItems", r.sections, r.template, r.start_period as "startPeriod", r.end_period as "endPeriod",
  r.adhoc_due as "adhocDue", r.remind_before as "remindBefore", r.active, r.version,
  coalesce((select array_agg(u.org_unit_id order by u.org_unit_id) from report_regime_unit u where u.regime_id = r.id), '{}') as "unitIds",
  r.created_at as "createdAt", r.updated_at as "updatedAt"`;

const FROM = "from report_regime r join org_unit o on o.id = r.receiving_unit_id";

export async function listRegimes(q: Queryable, opts: { includeInactive?: boolean } = {}): Promise<Regime[]> {
  return q.query<Regime>(
    `select ${COLS} ${FROM} ${opts.includeInactive ? "" : "where r.active"} order by r.frequency = 'adhoc', r.name`,
  );
}

export async function getRegime(q: Queryable, id: number, lock = false): Promise<Regime | undefined> {
  const [row] = await q.query<Regime>(
    `select ${COLS} ${FROM} where r.id = $1 ${lock ? "for update of r" : ""}`,
    [id],
  );
  return row;
}

export async function regimeCodeTaken(q: Queryable, code: string, exceptId?: number): Promise<boolean> {
  const rows = await q.query("select 1 from report_regime where lower(code) = lower($1) and id <> $2", [
    code,
    exceptId ?? 0,
  ]);
  return rows.length > 0;
}

export interface RegimeWrite {
  code: string;
  name: string;
  legalBasis: string | null;
  content: string | null;
  frequency: Frequency;
  method: Method;
  receivingUnitId: number;
  cutoffStartDay: number;
  deadlineText: string;
  deadlineRule: DeadlineRule;
  indicatorCodes: string[];
  extraItems: string[];
  sections: SectionDef[];
  template: RegimeTemplate;
  startPeriod: string;
  endPeriod: string | null;
  adhocDue: string | null;
  remindBefore: number[];
  active: boolean;
  unitIds: number[];
}

function params(w: RegimeWrite): unknown[] {
  return [
    w.code,
    w.name,
    w.legalBasis,
    w.content,
    w.frequency,
    w.method,
    w.receivingUnitId,
    w.cutoffStartDay,
    w.deadlineText,
    JSON.stringify(w.deadlineRule),
    w.indicatorCodes,
    w.extraItems,
    JSON.stringify(w.sections),
    JSON.stringify(w.template),
    w.startPeriod,
    w.endPeriod,
    w.adhocDue,
    w.remindBefore,
    w.active,
  ];
}

export async function insertRegime(q: Queryable, w: RegimeWrite, userId: number | null): Promise<number> {
  const [row] = await q.query<{ id: number }>(
    `insert into report_regime (code, name, legal_basis, content, frequency, method, receiving_unit_id, cutoff_start_day,
       deadline_text, deadline_rule, indicator_codes, extra_items, sections, template, start_period, end_period, adhoc_due,
       remind_before, active, created_by)
     values ($1,$2,$3,$4,$5,$6,$7,$8,$9,$10::jsonb,$11::text[],$12::text[],$13::jsonb,$14::jsonb,$15,$16,$17,$18::int[],$19,$20)
     returning id`,
    [...params(w), userId],
  );
  await setUnits(q, row.id, w.unitIds);
  return row.id;
}

/** False when the version moved on (someone else saved first). */
export async function updateRegime(
  q: Queryable,
  id: number,
  version: number,
  w: RegimeWrite,
): Promise<boolean> {
  const rows = await q.query(
    `update report_regime set code = $1, name = $2, legal_basis = $3, content = $4, frequency = $5, method = $6,
       receiving_unit_id = $7, cutoff_start_day = $8, deadline_text = $9, deadline_rule = $10::jsonb, indicator_codes = $11::text[],
       extra_items = $12::text[], sections = $13::jsonb, template = $14::jsonb, start_period = $15, end_period = $16,
       adhoc_due = $17, remind_before = $18::int[], active = $19, version = version + 1, updated_at = now()
     where id = $20 and version = $21 returning id`,
    [...params(w), id, version],
  );
  if (!rows.length) return false;
  await setUnits(q, id, w.unitIds);
  return true;
}

async function setUnits(q: Queryable, regimeId: number, unitIds: number[]) {
  await q.query(
    "delete from report_regime_unit where regime_id = $1 and not (org_unit_id = any($2::int[]))",
    [regimeId, unitIds],
  );
  await q.query(
    `insert into report_regime_unit (regime_id, org_unit_id) select $1, u from unnest($2::int[]) u on conflict do nothing`,
    [regimeId, unitIds],
  );
}

/** Regimes a unit reports in (for its inbox). */
export async function regimeIdsOfUnit(q: Queryable, orgUnitId: number): Promise<number[]> {
  const rows = await q.query<{ id: number }>(
    `select u.regime_id as id from report_regime_unit u join report_regime r on r.id = u.regime_id where u.org_unit_id = $1 and r.active`,
    [orgUnitId],
  );
  return rows.map((r) => r.id);
}
