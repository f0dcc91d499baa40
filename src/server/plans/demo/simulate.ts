/**
 * A plausible history for demo tasks, relative to `today` and reproducible (seeded random): most
 * past deadlines met, some late, a few overdue or extended into the coming weeks, recurring
 * reports mostly sent with the odd gap, progress updates written by the lead unit's officer and,
 * for some completions, an evidence file. Demo data only; nothing here runs on real data.
 */
import { addDays, diffDays } from "../../../core/periods/iso-date";
import type { Queryable } from "../../db/db";
import { saveFile } from "../../tasks/file-store";
import * as repo from "../../tasks/tasks.repo";
import type { TaskRecord } from "../../tasks/tasks.types";

export type Rng = () => number;

/** Small seeded generator: the same `today` gives the same demo every time. */
export function mulberry32(seed: number): Rng {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const between = (rng: Rng, lo: number, hi: number) => lo + Math.floor(rng() * (hi - lo + 1));
const min = (a: string, b: string) => (a < b ? a : b);
const max = (a: string, b: string) => (a > b ? a : b);
/** 09:30 in Vietnam on that day. */
const morning = (day: string) => `${day}T02:30:00.000Z`;

interface Author {
  id: number | null;
  name: string;
}

async function authorFor(tx: Queryable, t: TaskRecord, cache: Map<number, Author>): Promise<Author> {
  const unitId = t.leadUnitId as number;
  const hit = cache.get(unitId);
  if (hit) return hit;
  const [u] = await tx.query<{ id: number; name: string }>(
    `select u.id, u.full_name as name from app_user u join role_grant g on g.user_id = u.id
      where g.org_unit_id = $1 and g.role in ('officer','office') order by u.id limit 1`,
    [unitId],
  );
  const author = u ?? { id: null, name: `Cán bộ ${t.leadUnitName ?? ""}`.trim() };
  cache.set(unitId, author);
  return author;
}

function resultNumber(rng: Rng, t: TaskRecord): string {
  const kinds = ["BC", "KH", "QĐ", "CV", "TB"];
  return `${between(rng, 12, 980)}/${kinds[between(rng, 0, kinds.length - 1)]}-${(t.leadUnitName ?? "UBND")
    .split(" ")
    .map((w) => w[0])
    .join("")
    .toUpperCase()
    .slice(0, 6)}`;
}

async function write(
  tx: Queryable,
  t: TaskRecord,
  a: Author,
  u: {
    kind: "progress" | "complete";
    day: string;
    progress: number;
    note: string;
    result?: string;
    occurrenceId?: number | null;
    evidence?: boolean;
  },
) {
  const id = await repo.insertUpdate(tx, {
    taskId: t.id,
    occurrenceId: u.occurrenceId ?? null,
    kind: u.kind,
    note: u.note,
    progress: u.progress,
    resultText: u.result ?? null,
    authorId: a.id,
    authorName: a.name,
    orgUnitId: t.leadUnitId,
    at: morning(u.day),
  });
  if (u.evidence) {
    const body = `BÁO CÁO KẾT QUẢ THỰC HIỆN NHIỆM VỤ\n${t.code ?? ""} ${t.title}\nĐơn vị: ${t.leadUnitName}\nKết quả: ${u.result ?? ""}\nNgày: ${u.day}\n`;
    const f = await saveFile(tx, {
      buffer: Buffer.from(body, "utf8"),
      filename: `bao-cao-${t.code ?? t.id}.txt`,
      orgUnitId: t.leadUnitId,
      uploadedBy: a.id,
    });
    await repo.linkUpdateFiles(tx, id, [f.id]);
  }
}

async function simulateDated(
  tx: Queryable,
  t: TaskRecord,
  a: Author,
  today: string,
  start: string,
  rng: Rng,
) {
  const due = t.dueTo;
  const roll = rng();
  if (due === null) {
    // "Theo lộ trình": work goes on without a date of its own.
    if (roll < 0.3) return;
    const day = min(today, addDays(start, between(rng, 20, 200)));
    if (roll < 0.5) {
      const result = resultNumber(rng, t);
      await write(tx, t, a, {
        kind: "complete",
        day,
        progress: 100,
        note: "Đã hoàn thành theo lộ trình.",
        result,
        evidence: true,
      });
      return repo.setTaskState(tx, t.id, {
        progress: 100,
        startedOn: start,
        completedOn: day,
        resultText: result,
      });
    }
    const progress = between(rng, 2, 8) * 10;
    await write(tx, t, a, {
      kind: "progress",
      day,
      progress,
      note: "Đang triển khai theo hướng dẫn của cơ quan cấp trên.",
    });
    return repo.setTaskState(tx, t.id, { progress, startedOn: day });
  }
  const startedOn = min(today, max(start, addDays(due, -between(rng, 20, 90))));
  if (due < today) {
    // Long-past deadlines were mostly settled one way or another; recent ones are still in play.
    const cut = diffDays(due, today) > 180 ? [0.5, 0.8, 0.92, 0.98] : [0.45, 0.65, 0.82, 0.95];
    if (roll < cut[0]) {
      const day = max(startedOn, min(today, addDays(due, -between(rng, 0, 15))));
      const result = resultNumber(rng, t);
      await write(tx, t, a, {
        kind: "progress",
        day: startedOn,
        progress: 50,
        note: "Đã xây dựng dự thảo, đang lấy ý kiến.",
      });
      await write(tx, t, a, {
        kind: "complete",
        day,
        progress: 100,
        note: "Hoàn thành nhiệm vụ.",
        result,
        evidence: rng() < 0.5,
      });
      return repo.setTaskState(tx, t.id, { progress: 100, startedOn, completedOn: day, resultText: result });
    }
    if (roll < cut[1]) {
      const day = min(today, addDays(due, between(rng, 1, 40)));
      const result = resultNumber(rng, t);
      await write(tx, t, a, {
        kind: "complete",
        day,
        progress: 100,
        note: "Hoàn thành chậm do chờ hướng dẫn của cơ quan cấp trên.",
        result,
      });
      return repo.setTaskState(tx, t.id, { progress: 100, startedOn, completedOn: day, resultText: result });
    }
    if (roll < cut[2]) {
      // Extended into the coming weeks: open within its (new) deadline, some due within days.
      const newDue = addDays(today, between(rng, 2, 21));
      const asked = min(today, addDays(due, -between(rng, 0, 5)));
      await tx.query(
        `insert into task_extension (task_id, previous_due, requested_due, reason, status, requested_by, requested_by_name,
           requested_at, decided_by_name, decided_at, decision_note)
         values ($1,$2,$3,$4,'approved',$5,$6,$7,'Trần Thị Tổng hợp',$8,'Đồng ý gia hạn.')`,
        [
          t.id,
          due,
          newDue,
          "Cần thêm thời gian phối hợp với các đơn vị liên quan.",
          a.id,
          a.name,
          morning(asked),
          morning(min(today, addDays(asked, 2))),
        ],
      );
      const progress = between(rng, 4, 9) * 10;
      await write(tx, t, a, {
        kind: "progress",
        day: min(today, addDays(asked, 3)),
        progress,
        note: "Đang hoàn thiện, dự kiến xong trong thời hạn gia hạn.",
      });
      return repo.setTaskState(tx, t.id, { progress, startedOn, dueTo: newDue });
    }
    if (roll < cut[3]) {
      const progress = between(rng, 2, 7) * 10;
      await write(tx, t, a, {
        kind: "progress",
        day: startedOn,
        progress,
        note: "Đang triển khai; còn vướng mắc về kinh phí.",
      });
      return repo.setTaskState(tx, t.id, { progress, startedOn });
    }
    await tx.query("update task set paused = true, pause_reason = $2 where id = $1", [
      t.id,
      "Tạm dừng chờ sắp xếp tổ chức bộ máy.",
    ]);
    return;
  }
  if (roll < 0.15 && startedOn < today) {
    const result = resultNumber(rng, t);
    await write(tx, t, a, {
      kind: "complete",
      day: today,
      progress: 100,
      note: "Hoàn thành sớm.",
      result,
      evidence: true,
    });
    return repo.setTaskState(tx, t.id, { progress: 100, startedOn, completedOn: today, resultText: result });
  }
  if (roll < 0.65 && startedOn < today) {
    const progress = between(rng, 1, 8) * 10;
    await write(tx, t, a, { kind: "progress", day: startedOn, progress, note: "Đang triển khai thực hiện." });
    return repo.setTaskState(tx, t.id, { progress, startedOn });
  }
}

async function simulateRecurring(tx: Queryable, t: TaskRecord, a: Author, today: string, rng: Rng) {
  const occurrences = await repo.occurrencesOf(tx, [t.id]);
  let started: string | null = null;
  const lastPast = occurrences.filter((o) => o.dueOn < today).at(-1);
  for (const o of occurrences) {
    const roll = rng();
    if (o.dueOn >= today) {
      if (roll < 0.5) {
        const progress = between(rng, 2, 6) * 10;
        const day = max(o.periodFrom, min(today, addDays(o.periodFrom, 20)));
        await repo.setOccurrenceState(tx, o.id, {
          progress,
          startedOn: day,
          completedOn: null,
          resultText: null,
        });
        await write(tx, t, a, {
          kind: "progress",
          day,
          progress,
          note: `Đang thực hiện kỳ ${o.periodCode}.`,
          occurrenceId: o.id,
        });
        started ??= day;
      }
      continue;
    }
    // The latest past report is sometimes still missing (the task shows overdue until it is sent);
    // older ones were all sent in the end, some late.
    if (o === lastPast && roll < 0.25) continue;
    const late = roll > 0.88;
    const day = min(
      today,
      late ? addDays(o.dueOn, between(rng, 1, 15)) : addDays(o.dueOn, -between(rng, 0, 6)),
    );
    const result = `Báo cáo kỳ ${o.periodCode}: ${resultNumber(rng, t)}`;
    await repo.setOccurrenceState(tx, o.id, {
      progress: 100,
      startedOn: day,
      completedOn: day,
      resultText: result,
    });
    await write(tx, t, a, {
      kind: "complete",
      day,
      progress: 100,
      note: `Báo cáo kết quả kỳ ${o.periodCode}.`,
      result,
      occurrenceId: o.id,
      evidence: rng() < 0.2,
    });
    started ??= day;
  }
  if (started) await repo.setTaskState(tx, t.id, { startedOn: started });
}

export async function simulatePlan(tx: Queryable, planId: number, today: string, rng: Rng): Promise<void> {
  const [plan] = await tx.query<{ start: string }>(
    "select coalesce(issued_on, period_from)::text as start from plan where id = $1",
    [planId],
  );
  const start = plan?.start ?? today;
  const authors = new Map<number, Author>();
  for (const t of await repo.listTasks(tx, { planId, leavesOnly: true, readPaths: null })) {
    if (t.leadUnitId === null) continue;
    const a = await authorFor(tx, t, authors);
    if (t.deadlineKind === "recurring") await simulateRecurring(tx, t, a, today, rng);
    else await simulateDated(tx, t, a, today, start, rng);
  }
}
