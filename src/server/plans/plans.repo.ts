// SQL of plans, their chain (the plan each one implements) and their attached files.
import type { Queryable } from "../db/db";

export const PLAN_STATUSES = ["draft", "active", "completed", "cancelled"] as const;
export type PlanStatus = (typeof PLAN_STATUSES)[number];

export interface PlanRecord {
  id: number;
  orgUnitId: number;
  orgUnitName: string;
  orgUnitPath: string;
  number: string | null;
  docType: string;
  issuedOn: string | null;
  issuer: string | null;
  title: string;
  periodFrom: string | null;
  periodTo: string | null;
  status: PlanStatus;
  parentPlanId: number | null;
  implementsRef: string | null;
  version: number;
  createdAt: string;
  updatedAt: string;
}

const COLS = `p.id, p.org_unit_id as "orgUnitId", ou.name as "orgUnitName", ou.path as "orgUnitPath", p.number,
  p.doc_type as "docType", p.issued_on as "issuedOn", p.issuer, p.title, p.period_from as "periodFrom",
  p.period_to as "periodTo", p.status, p.parent_plan_id as "parentPlanId", p.implements_ref as "implementsRef",
  p.version, p.created_at as "createdAt", p.updated_at as "updatedAt"`;
const FROM = "from plan p join org_unit ou on ou.id = p.org_unit_id";

export interface PlanFilter {
  readPaths: string[] | null;
  orgUnitId?: number;
  status?: string[];
  docType?: string;
  text?: string;
  ids?: number[];
}

/**
 * Plans the caller may see: issued by a unit in a readable subtree, or assigning a task to one
 * (a ward officer sees the province plan that gives the ward a task).
 */
export async function listPlans(q: Queryable, f: PlanFilter): Promise<PlanRecord[]> {
  const where: string[] = [];
  const params: unknown[] = [];
  const p = (v: unknown) => {
    params.push(v);
    return `$${params.length}`;
  };
  if (f.ids) where.push(`p.id = any(${p(f.ids)}::int[])`);
  if (f.orgUnitId !== undefined) where.push(`p.org_unit_id = ${p(f.orgUnitId)}`);
  if (f.status?.length) where.push(`p.status = any(${p(f.status)}::text[])`);
  if (f.docType) where.push(`p.doc_type = ${p(f.docType)}`);
  if (f.text) {
    const like = p(`%${f.text}%`);
    where.push(
      `(p.title ilike ${like} or coalesce(p.number,'') ilike ${like} or coalesce(p.implements_ref,'') ilike ${like})`,
    );
  }
  if (f.readPaths) {
    const paths = p(f.readPaths);
    where.push(`(exists (select 1 from unnest(${paths}::text[]) rp(prefix) where ou.path like rp.prefix || '%')
      or exists (select 1 from task t join org_unit lu on lu.id = t.lead_unit_id, unnest(${paths}::text[]) rp(prefix)
                  where t.plan_id = p.id and lu.path like rp.prefix || '%'))`);
  }
  const w = where.length ? `where ${where.join(" and ")}` : "";
  return q.query<PlanRecord>(
    `select ${COLS} ${FROM} ${w} order by p.issued_on desc nulls last, p.id desc`,
    params,
  );
}

export async function getPlan(q: Queryable, id: number): Promise<PlanRecord | undefined> {
  const [row] = await q.query<PlanRecord>(`select ${COLS} ${FROM} where p.id = $1`, [id]);
  return row;
}

export interface NewPlan {
  orgUnitId: number;
  number: string | null;
  docType: string;
  issuedOn: string | null;
  issuer: string | null;
  title: string;
  periodFrom: string | null;
  periodTo: string | null;
  status: PlanStatus;
  parentPlanId: number | null;
  implementsRef: string | null;
  createdBy: number | null;
}

export async function insertPlan(tx: Queryable, p: NewPlan): Promise<number> {
  const [row] = await tx.query<{ id: number }>(
    `insert into plan (org_unit_id, number, doc_type, issued_on, issuer, title, period_from, period_to, status,
       parent_plan_id, implements_ref, created_by)
     values ($1,$2,$3,$4,$5,$6,$7,$8,$9,$10,$11,$12) returning id`,
    [
      p.orgUnitId,
      p.number,
      p.docType,
      p.issuedOn,
      p.issuer,
      p.title,
      p.periodFrom,
      p.periodTo,
      p.status,
      p.parentPlanId,
      p.implementsRef,
      p.createdBy,
    ],
  );
  return row.id;
}

export async function updatePlan(
  tx: Queryable,
  id: number,
  version: number,
  p: Omit<NewPlan, "createdBy" | "orgUnitId">,
): Promise<boolean> {
  const rows = await tx.query(
    `update plan set number = $3, doc_type = $4, issued_on = $5, issuer = $6, title = $7, period_from = $8, period_to = $9,
       status = $10, parent_plan_id = $11, implements_ref = $12, version = version + 1, updated_at = now()
     where id = $1 and version = $2 returning id`,
    [
      id,
      version,
      p.number,
      p.docType,
      p.issuedOn,
      p.issuer,
      p.title,
      p.periodFrom,
      p.periodTo,
      p.status,
      p.parentPlanId,
      p.implementsRef,
    ],
  );
  return rows.length === 1;
}

/** The plans above this one (what it implements, up to the top), nearest first. Stops on a cycle. */
export async function ancestorPlans(q: Queryable, id: number): Promise<PlanRecord[]> {
  const out: PlanRecord[] = [];
  const seen = new Set<number>([id]);
  let current = await getPlan(q, id);
  while (current?.parentPlanId && !seen.has(current.parentPlanId) && out.length < 20) {
    seen.add(current.parentPlanId);
    current = await getPlan(q, current.parentPlanId);
    if (current) out.push(current);
  }
  return out;
}

export async function childPlans(q: Queryable, id: number): Promise<PlanRecord[]> {
  return q.query<PlanRecord>(
    `select ${COLS} ${FROM} where p.parent_plan_id = $1 order by p.issued_on, p.id`,
    [id],
  );
}

/** Plans whose number is the reference written in a document ("1012/QĐ-TTg"), compared without spaces and case. */
export async function plansByNumber(q: Queryable, number: string): Promise<PlanRecord[]> {
  return q.query<PlanRecord>(
    `select ${COLS} ${FROM} where lower(replace(coalesce(p.number,''), ' ', '')) = lower(replace($1, ' ', '')) order by p.id`,
    [number],
  );
}

export interface PlanFileRecord {
  id: number;
  filename: string;
  contentType: string;
  sizeBytes: number;
  kind: "source" | "attachment";
  uploadedAt: string;
}

export async function planFiles(q: Queryable, planId: number): Promise<PlanFileRecord[]> {
  return q.query<PlanFileRecord>(
    `select f.id, f.filename, f.content_type as "contentType", f.size_bytes as "sizeBytes", pf.kind, f.uploaded_at as "uploadedAt"
       from plan_file pf join file_blob f on f.id = pf.file_id where pf.plan_id = $1 order by f.id`,
    [planId],
  );
}

export async function linkPlanFile(
  tx: Queryable,
  planId: number,
  fileId: number,
  kind: "source" | "attachment",
) {
  await tx.query("insert into plan_file (plan_id, file_id, kind) values ($1, $2, $3)", [
    planId,
    fileId,
    kind,
  ]);
}

export async function filePlans(q: Queryable, fileId: number): Promise<number[]> {
  return (
    await q.query<{ planId: number }>(`select plan_id as "planId" from plan_file where file_id = $1`, [
      fileId,
    ])
  ).map((r) => r.planId);
}
