// SQL of tasks, their reporting cycles and their updates. Every function takes the Queryable it
// runs on, so services decide the transaction.
import type { Queryable } from "../db/db";
import type { OccurrenceRecord, TaskRecord } from "./tasks.types";

const TASK_COLS = `t.id, t.plan_id as "planId", t.parent_id as "parentId", t.code, t.title, t.content, t.section,
  t.sort_order as "sortOrder", t.assigner_unit_id as "assignerUnitId", t.lead_unit_id as "leadUnitId",
  t.lead_text as "leadText", t.fan_out as "fanOut", t.coordinator_unit_ids as "coordinatorUnitIds",
  t.coordinators_text as "coordinatorsText", t.deadline_kind as "deadlineKind", t.due_from as "dueFrom",
  t.due_to as "dueTo", t.deadline_text as "deadlineText", t.original_due_to as "originalDueTo",
  t.recur_cycle as "recurCycle", t.recur_due_day as "recurDueDay", t.expected_result as "expectedResult",
  t.priority, t.indicator_codes as "indicatorCodes", t.target_refs as "targetRefs", t.progress,
  t.started_on as "startedOn", t.completed_on as "completedOn", t.result_text as "resultText", t.paused,
  t.pause_reason as "pauseReason", t.version, t.created_at as "createdAt", t.updated_at as "updatedAt",
  p.number as "planNumber", p.title as "planTitle", p.doc_type as "planDocType",
  lu.name as "leadUnitName", lu.path as "leadUnitPath", au.name as "assignerUnitName", au.path as "assignerUnitPath",
  (select count(*)::int from task c where c.parent_id = t.id) as "childCount",
  exists (select 1 from task_update u where u.task_id = t.id and u.kind in ('progress','complete')) as "hasUpdates"`;

const TASK_FROM = `from task t join plan p on p.id = t.plan_id
  left join org_unit lu on lu.id = t.lead_unit_id join org_unit au on au.id = t.assigner_unit_id`;

export interface TaskFilter {
  ids?: number[];
  planId?: number;
  parentIds?: number[];
  /** Only tasks without a parent (the plan's own tasks, fan-out parents included). */
  topLevel?: boolean;
  /** Tasks led by one of these units. */
  leadUnitIds?: number[];
  /** Tasks led by a unit in this subtree. */
  leadUnderPath?: string;
  assignerUnitId?: number;
  coordinatorUnitId?: number;
  /** Readable subtrees; null means everything. A task is readable by its lead's, assigner's and coordinators' subtrees. */
  readPaths: string[] | null;
  /** Leave out completed tasks (status filters then run on what remains). */
  openOnly?: boolean;
  /** Leave out fan-out parents and other tasks with subtasks (their units' subtasks are listed). */
  leavesOnly?: boolean;
  text?: string;
  planStatus?: string[];
}

export async function listTasks(q: Queryable, f: TaskFilter): Promise<TaskRecord[]> {
  const where: string[] = [];
  const params: unknown[] = [];
  const p = (v: unknown) => {
    params.push(v);
    return `$${params.length}`;
  };
  if (f.ids) where.push(`t.id = any(${p(f.ids)}::int[])`);
  if (f.planId !== undefined) where.push(`t.plan_id = ${p(f.planId)}`);
  if (f.parentIds) where.push(`t.parent_id = any(${p(f.parentIds)}::int[])`);
  if (f.topLevel) where.push("t.parent_id is null");
  if (f.leadUnitIds) where.push(`t.lead_unit_id = any(${p(f.leadUnitIds)}::int[])`);
  if (f.leadUnderPath) where.push(`lu.path like ${p(f.leadUnderPath)} || '%'`);
  if (f.assignerUnitId !== undefined) where.push(`t.assigner_unit_id = ${p(f.assignerUnitId)}`);
  if (f.coordinatorUnitId !== undefined)
    where.push(`${p(f.coordinatorUnitId)}::int = any(t.coordinator_unit_ids)`);
  if (f.openOnly) where.push("t.completed_on is null");
  if (f.leavesOnly) where.push("not exists (select 1 from task c where c.parent_id = t.id)");
  if (f.planStatus) where.push(`p.status = any(${p(f.planStatus)}::text[])`);
  if (f.text) {
    const like = p(`%${f.text}%`);
    where.push(
      `(t.title ilike ${like} or t.code ilike ${like} or coalesce(t.content,'') ilike ${like} or p.title ilike ${like} or coalesce(p.number,'') ilike ${like})`,
    );
  }
  if (f.readPaths) {
    const paths = p(f.readPaths);
    where.push(`exists (select 1 from unnest(${paths}::text[]) rp(prefix)
      where lu.path like rp.prefix || '%' or au.path like rp.prefix || '%'
         or exists (select 1 from org_unit cu where cu.id = any(t.coordinator_unit_ids) and cu.path like rp.prefix || '%'))`);
  }
  const w = where.length ? `where ${where.join(" and ")}` : "";
  return q.query<TaskRecord>(
    `select ${TASK_COLS} ${TASK_FROM} ${w} order by t.plan_id, t.sort_order, t.id`,
    params,
  );
}

export async function getTask(q: Queryable, id: number, lock = false): Promise<TaskRecord | undefined> {
  if (lock) await q.query("select id from task where id = $1 for update", [id]);
  const [row] = await q.query<TaskRecord>(`select ${TASK_COLS} ${TASK_FROM} where t.id = $1`, [id]);
  return row;
}

export async function occurrencesOf(q: Queryable, taskIds: number[]): Promise<OccurrenceRecord[]> {
  if (taskIds.length === 0) return [];
  return q.query<OccurrenceRecord>(
    `select id, task_id as "taskId", period_code as "periodCode", period_from as "periodFrom", period_to as "periodTo",
            due_on as "dueOn", progress, started_on as "startedOn", completed_on as "completedOn", result_text as "resultText"
       from task_occurrence where task_id = any($1::int[]) order by task_id, period_from`,
    [taskIds],
  );
}

export interface NewTask {
  planId: number;
  parentId: number | null;
  code: string | null;
  title: string;
  content: string | null;
  section: string | null;
  sortOrder: number;
  assignerUnitId: number;
  leadUnitId: number | null;
  leadText: string | null;
  fanOut: boolean;
  coordinatorUnitIds: number[];
  coordinatorsText: string | null;
  deadlineKind: string;
  dueFrom: string | null;
  dueTo: string | null;
  deadlineText: string | null;
  recurCycle: string | null;
  recurDueDay: number | null;
  expectedResult: string | null;
  priority: string;
  indicatorCodes: string[];
  targetRefs: string[];
  createdBy: number | null;
}

export async function insertTask(tx: Queryable, t: NewTask): Promise<number> {
  const [row] = await tx.query<{ id: number }>(
    `insert into task (plan_id, parent_id, code, title, content, section, sort_order, assigner_unit_id, lead_unit_id,
       lead_text, fan_out, coordinator_unit_ids, coordinators_text, deadline_kind, due_from, due_to, deadline_text,
       original_due_to, recur_cycle, recur_due_day, expected_result, priority, indicator_codes, target_refs, created_by)
     values ($1,$2,$3,$4,$5,$6,$7,$8,$9,$10,$11,$12::int[],$13,$14,$15,$16,$17,$16,$18,$19,$20,$21,$22::text[],$23::text[],$24)
     returning id`,
    [
      t.planId,
      t.parentId,
      t.code,
      t.title,
      t.content,
      t.section,
      t.sortOrder,
      t.assignerUnitId,
      t.leadUnitId,
      t.leadText,
      t.fanOut,
      t.coordinatorUnitIds,
      t.coordinatorsText,
      t.deadlineKind,
      t.dueFrom,
      t.dueTo,
      t.deadlineText,
      t.recurCycle,
      t.recurDueDay,
      t.expectedResult,
      t.priority,
      t.indicatorCodes,
      t.targetRefs,
      t.createdBy,
    ],
  );
  return row.id;
}

/** Fields an assigning unit may edit; version-checked. Returns false on a stale version. */
export interface TaskEdit {
  code: string | null;
  title: string;
  content: string | null;
  leadUnitId: number | null;
  coordinatorUnitIds: number[];
  deadlineKind: string;
  dueFrom: string | null;
  dueTo: string | null;
  deadlineText: string | null;
  recurCycle: string | null;
  recurDueDay: number | null;
  expectedResult: string | null;
  priority: string;
  indicatorCodes: string[];
  targetRefs: string[];
}

export async function updateTaskFields(
  tx: Queryable,
  id: number,
  version: number,
  e: TaskEdit,
): Promise<boolean> {
  const rows = await tx.query(
    `update task set code = $3, title = $4, content = $5, lead_unit_id = $6, coordinator_unit_ids = $7::int[],
       deadline_kind = $8, due_from = $9, due_to = $10, deadline_text = $11, recur_cycle = $12, recur_due_day = $13,
       expected_result = $14, priority = $15, indicator_codes = $16::text[], target_refs = $17::text[],
       original_due_to = case when original_due_to is null then $10 else original_due_to end,
       version = version + 1, updated_at = now()
     where id = $1 and version = $2 returning id`,
    [
      id,
      version,
      e.code,
      e.title,
      e.content,
      e.leadUnitId,
      e.coordinatorUnitIds,
      e.deadlineKind,
      e.dueFrom,
      e.dueTo,
      e.deadlineText,
      e.recurCycle,
      e.recurDueDay,
      e.expectedResult,
      e.priority,
      e.indicatorCodes,
      e.targetRefs,
    ],
  );
  return rows.length === 1;
}

/** Progress state of a task (not of a cycle); bumps the version. */
export async function setTaskState(
  tx: Queryable,
  id: number,
  s: {
    progress?: number;
    startedOn?: string | null;
    completedOn?: string | null;
    resultText?: string | null;
    paused?: boolean;
    pauseReason?: string | null;
    dueTo?: string | null;
  },
): Promise<void> {
  const sets: string[] = [];
  const params: unknown[] = [id];
  const set = (col: string, v: unknown) => {
    params.push(v);
    sets.push(`${col} = $${params.length}`);
  };
  if (s.progress !== undefined) set("progress", s.progress);
  if (s.startedOn !== undefined) set("started_on", s.startedOn);
  if (s.completedOn !== undefined) set("completed_on", s.completedOn);
  if (s.resultText !== undefined) set("result_text", s.resultText);
  if (s.paused !== undefined) set("paused", s.paused);
  if (s.pauseReason !== undefined) set("pause_reason", s.pauseReason);
  if (s.dueTo !== undefined) set("due_to", s.dueTo);
  sets.push("version = version + 1", "updated_at = now()");
  await tx.query(`update task set ${sets.join(", ")} where id = $1`, params);
}

export async function setOccurrenceState(
  tx: Queryable,
  id: number,
  s: { progress: number; startedOn: string | null; completedOn: string | null; resultText: string | null },
): Promise<void> {
  await tx.query(
    "update task_occurrence set progress = $2, started_on = $3, completed_on = $4, result_text = $5 where id = $1",
    [id, s.progress, s.startedOn, s.completedOn, s.resultText],
  );
}

export async function insertOccurrences(
  tx: Queryable,
  taskId: number,
  occ: Array<{ periodCode: string; periodFrom: string; periodTo: string; dueOn: string }>,
): Promise<number> {
  if (occ.length === 0) return 0;
  const rows = await tx.query(
    `insert into task_occurrence (task_id, period_code, period_from, period_to, due_on)
     select $1, c, f::date, t::date, d::date from unnest($2::text[], $3::text[], $4::text[], $5::text[]) as x(c, f, t, d)
     on conflict (task_id, period_code) do nothing returning id`,
    [
      taskId,
      occ.map((o) => o.periodCode),
      occ.map((o) => o.periodFrom),
      occ.map((o) => o.periodTo),
      occ.map((o) => o.dueOn),
    ],
  );
  return rows.length;
}

export interface UpdateRecord {
  id: number;
  taskId: number;
  occurrenceId: number | null;
  kind: string;
  note: string | null;
  progress: number | null;
  resultText: string | null;
  authorId: number | null;
  authorName: string;
  orgUnitId: number | null;
  at: string;
  files: Array<{ id: number; filename: string; contentType: string; sizeBytes: number }>;
}

export async function insertUpdate(tx: Queryable, u: Omit<UpdateRecord, "id" | "files">): Promise<number> {
  const [row] = await tx.query<{ id: number }>(
    `insert into task_update (task_id, occurrence_id, kind, note, progress, result_text, author_id, author_name, org_unit_id, at)
     values ($1,$2,$3,$4,$5,$6,$7,$8,$9,$10) returning id`,
    [
      u.taskId,
      u.occurrenceId,
      u.kind,
      u.note,
      u.progress,
      u.resultText,
      u.authorId,
      u.authorName,
      u.orgUnitId,
      u.at,
    ],
  );
  return row.id;
}

export async function linkUpdateFiles(tx: Queryable, updateId: number, fileIds: number[]): Promise<void> {
  for (const fileId of fileIds)
    await tx.query("insert into task_update_file (update_id, file_id) values ($1, $2)", [updateId, fileId]);
}

export async function listUpdates(q: Queryable, taskIds: number[]): Promise<UpdateRecord[]> {
  if (taskIds.length === 0) return [];
  return q.query<UpdateRecord>(
    `select u.id, u.task_id as "taskId", u.occurrence_id as "occurrenceId", u.kind, u.note, u.progress,
            u.result_text as "resultText", u.author_id as "authorId", u.author_name as "authorName",
            u.org_unit_id as "orgUnitId", u.at,
            coalesce((select json_agg(json_build_object('id', f.id, 'filename', f.filename, 'contentType', f.content_type,
                        'sizeBytes', f.size_bytes) order by f.id)
                        from task_update_file uf join file_blob f on f.id = uf.file_id where uf.update_id = u.id), '[]'::json) as files
       from task_update u where u.task_id = any($1::int[]) order by u.at desc, u.id desc`,
    [taskIds],
  );
}

export interface ExtensionRecord {
  id: number;
  taskId: number;
  previousDue: string | null;
  requestedDue: string;
  reason: string;
  status: "pending" | "approved" | "rejected";
  requestedBy: number | null;
  requestedByName: string;
  requestedAt: string;
  decidedByName: string | null;
  decidedAt: string | null;
  decisionNote: string | null;
}

const EXT_COLS = `id, task_id as "taskId", previous_due as "previousDue", requested_due as "requestedDue", reason, status,
  requested_by as "requestedBy", requested_by_name as "requestedByName", requested_at as "requestedAt",
  decided_by_name as "decidedByName", decided_at as "decidedAt", decision_note as "decisionNote"`;

export async function listExtensions(q: Queryable, taskId: number): Promise<ExtensionRecord[]> {
  return q.query<ExtensionRecord>(
    `select ${EXT_COLS} from task_extension where task_id = $1 order by id desc`,
    [taskId],
  );
}

export async function getExtension(q: Queryable, id: number): Promise<ExtensionRecord | undefined> {
  const [row] = await q.query<ExtensionRecord>(
    `select ${EXT_COLS} from task_extension where id = $1 for update`,
    [id],
  );
  return row;
}

/** Who heads the chain of plans a task sits in; the file owner checks need the task's units. */
export async function fileOwnerTasks(q: Queryable, fileId: number): Promise<number[]> {
  const rows = await q.query<{ taskId: number }>(
    `select distinct u.task_id as "taskId" from task_update_file uf join task_update u on u.id = uf.update_id where uf.file_id = $1`,
    [fileId],
  );
  return rows.map((r) => r.taskId);
}
