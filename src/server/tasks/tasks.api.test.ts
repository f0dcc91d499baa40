import ExcelJS from "exceljs";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { ChangeEvent } from "../events";
import { createPlansCapability } from "../plans";
import { createTestApp, type TestApp, type TestSession } from "../testing/test-app";
import { fakeClock, multipart, TINY_PDF } from "./test-helpers";

const clock = fakeClock("2025-06-15");
let t: TestApp;
let office: TestSession;
let so: TestSession;
let xa: TestSession;
let xa2: TestSession;
let leader: TestSession;
let viewer: TestSession;
const events: ChangeEvent[] = [];
const ids: Record<string, number> = {};
let planId: number;

const count = async (table: string) =>
  (await t.db.query<{ n: number }>(`select count(*)::int as n from ${table}`))[0].n;
const getTask = async (s: TestSession, id: number) =>
  (await s.req({ method: "GET", url: `/api/v1/tasks/${id}` })).json();

async function addTask(body: Record<string, unknown>): Promise<number[]> {
  const res = await office.req({ method: "POST", url: `/api/v1/plans/${planId}/tasks`, payload: body });
  expect(res.statusCode, res.body).toBe(201);
  return res.json().ids;
}

beforeAll(async () => {
  t = await createTestApp({
    capabilities: [createPlansCapability({ now: clock.now, smtpUrl: "" })],
    now: clock.now,
  });
  t.events.on((e) => events.push(e));
  [office, so, xa, xa2, leader, viewer] = await Promise.all(
    ["tonghop", "canbo.so", "canbo.xa", "canbo.xa2", "lanhdao", "xem"].map((u) => t.login(u)),
  );
  const bn = await t.unitId("BN");
  const res = await office.req({
    method: "POST",
    url: "/api/v1/plans",
    payload: {
      orgUnitId: bn,
      number: "44/KH-UBND",
      docType: "KH",
      issuedOn: "2025-03-01",
      issuer: "UBND tỉnh",
      title: "Kế hoạch thử nghiệm",
      periodFrom: "2025-01-01",
      periodTo: "2025-12-31",
      parentPlanId: null,
      implementsRef: "1012/QĐ-TTg",
    },
  });
  expect(res.statusCode, res.body).toBe(201);
  planId = res.json().item.id;
  const [skhcn, ward, commune, vpub] = await Promise.all(
    ["SKHCN", "P-BAC-GIANG", "X-LANG-GIANG", "VPUB"].map((c) => t.unitId(c)),
  );
  const dl = (kind: string, from: string | null, to: string | null, text: string) => ({
    kind,
    from,
    to,
    text,
  });
  [ids.a] = await addTask({
    code: "I.1",
    title: "Ban hành bộ chỉ số",
    leadUnitId: skhcn,
    deadline: dl("quarter", "2025-04-01", "2025-06-30", "Quý II năm 2025"),
  });
  [ids.b] = await addTask({
    code: "I.2",
    title: "Rà soát chế độ báo cáo",
    leadUnitId: ward,
    deadline: dl("date", "2025-06-10", "2025-06-10", "trước 10/6/2025"),
  });
  const fan = await addTask({
    code: "II.1",
    title: "Số hóa hồ sơ",
    leadUnitId: null,
    fanOutUnitIds: [ward, commune],
    leadText: "UBND các xã, phường",
    deadline: dl("month", "2025-07-01", "2025-07-31", "Tháng 7/2025"),
  });
  [ids.c, ids.cWard, ids.cCommune] = fan;
  [ids.d] = await addTask({
    code: "II.2",
    title: "Báo cáo tình hình",
    leadUnitId: skhcn,
    deadline: dl("recurring", null, null, "Thường xuyên"),
    recurCycle: "quarter",
  });
  [ids.e] = await addTask({
    code: "III.1",
    title: "Kết nối hệ thống",
    leadUnitId: vpub,
    coordinatorUnitIds: [skhcn],
    deadline: dl("roadmap", null, null, "Theo lộ trình của Văn phòng Chính phủ"),
  });
});
afterAll(async () => t.close());

describe("tasks: status derived on read", () => {
  it("lists the plan's tasks with the government's statuses as of today", async () => {
    const res = await office.req({ method: "GET", url: `/api/v1/tasks?view=all&planId=${planId}` });
    expect(res.statusCode).toBe(200);
    const byCode = Object.fromEntries(
      res.json().items.map((i: { code: string; status: string }) => [i.code, i.status]),
    );
    expect(byCode).toEqual({
      "I.1": "not_started",
      "I.2": "overdue",
      "II.1": "not_started",
      "II.2": "not_started",
      "III.1": "not_started",
    });
    const c = res.json().items.find((i: { code: string }) => i.code === "II.1");
    expect(c.subtasks).toEqual({ total: 2, byStatus: { not_started: 2 } });
    const d = await getTask(office, ids.d);
    expect(d.occurrences.map((o: { periodCode: string; dueOn: string }) => [o.periodCode, o.dueOn])).toEqual([
      ["2025Q2", "2025-06-30"],
    ]);
  });

  it("shows a unit its own tasks and the overdue list", async () => {
    const mine = (await xa.req({ method: "GET", url: "/api/v1/tasks?view=mine" })).json();
    expect(mine.items.map((i: { id: number }) => i.id).sort()).toEqual([ids.b, ids.cWard].sort());
    const overdue = (
      await office.req({ method: "GET", url: "/api/v1/tasks?view=all&status=overdue" })
    ).json();
    expect(overdue.items.map((i: { id: number }) => i.id)).toEqual([ids.b]);
    expect(overdue.items[0]).toMatchObject({ daysLate: 5, statusLabel: "Quá hạn chưa hoàn thành" });
    // A commune officer does not see another commune's task at all.
    expect((await xa2.req({ method: "GET", url: `/api/v1/tasks/${ids.cWard}` })).statusCode).toBe(403);
  });
});

describe("tasks: progress with evidence", () => {
  it("lets the lead unit's officer post progress with a file, audited and announced", async () => {
    const audits = await count("audit_event");
    const body = multipart({ note: "Đã có dự thảo", progress: "40" }, [
      { filename: "du-thao.pdf", content: TINY_PDF, type: "application/pdf" },
    ]);
    const res = await so.req({ method: "POST", url: `/api/v1/tasks/${ids.a}/updates`, ...body });
    expect(res.statusCode, res.body).toBe(201);
    expect(res.json().item).toMatchObject({ status: "in_progress", effectiveProgress: 40 });
    expect(await count("audit_event")).toBe(audits + 1);
    expect(events.some((e) => e.entity === "task" && e.action === "progress" && e.ids?.includes(ids.a))).toBe(
      true,
    );
    const detail = await getTask(so, ids.a);
    const file = detail.updates[0].files[0];
    expect(file).toMatchObject({ filename: "du-thao.pdf", contentType: "application/pdf" });
    const dl = await so.req({ method: "GET", url: `/api/v1/files/${file.id}` });
    expect(dl.statusCode).toBe(200);
    expect(dl.rawPayload.equals(TINY_PDF)).toBe(true);
    expect((await xa2.req({ method: "GET", url: `/api/v1/files/${file.id}` })).statusCode).toBe(403);
  });

  it("requires a result to complete, then classifies the completion", async () => {
    const none = await so.req({
      method: "POST",
      url: `/api/v1/tasks/${ids.a}/updates`,
      payload: { complete: true },
    });
    expect(none.statusCode).toBe(422);
    expect(none.json().error.code).toBe("TASK_RESULT_REQUIRED");
    const ok = await so.req({
      method: "POST",
      url: `/api/v1/tasks/${ids.a}/updates`,
      payload: { complete: true, resultText: "125/QĐ-UBND" },
    });
    expect(ok.statusCode, ok.body).toBe(201);
    expect(ok.json().item).toMatchObject({
      status: "done_on_time",
      completedOn: "2025-06-15",
      resultText: "125/QĐ-UBND",
      effectiveProgress: 100,
    });
    const again = await so.req({
      method: "POST",
      url: `/api/v1/tasks/${ids.a}/updates`,
      payload: { progress: 50 },
    });
    expect(again.json().error.code).toBe("TASK_COMPLETED");
  });

  it("refuses oversized, disallowed and disguised files and saves nothing", async () => {
    const before = [await count("task_update"), await count("file_blob")];
    const big = multipart({ progress: "10" }, [
      { filename: "lon.pdf", content: Buffer.concat([TINY_PDF, Buffer.alloc(20 * 1024 * 1024)]) },
    ]);
    const r1 = await xa.req({ method: "POST", url: `/api/v1/tasks/${ids.b}/updates`, ...big });
    expect(r1.statusCode).toBe(413);
    expect(r1.json().error).toMatchObject({ code: "FILE_TOO_LARGE" });
    expect(r1.json().error.message).toContain("20 MB");
    const exe = await xa.req({
      method: "POST",
      url: `/api/v1/tasks/${ids.b}/updates`,
      ...multipart({ progress: "10" }, [{ filename: "virus.exe", content: "MZ..." }]),
    });
    expect(exe.statusCode).toBe(415);
    expect(exe.json().error.code).toBe("FILE_TYPE_NOT_ALLOWED");
    const fake = await xa.req({
      method: "POST",
      url: `/api/v1/tasks/${ids.b}/updates`,
      ...multipart({ progress: "10" }, [{ filename: "bao-cao.pdf", content: "not a pdf" }]),
    });
    expect(fake.statusCode).toBe(415);
    expect(fake.json().error.code).toBe("FILE_TYPE_MISMATCH");
    expect([await count("task_update"), await count("file_blob")]).toEqual(before);
  });
});

describe("tasks: authorization", () => {
  it("lets a commune officer update only its own commune's task", async () => {
    const own = await xa2.req({
      method: "POST",
      url: `/api/v1/tasks/${ids.cCommune}/updates`,
      payload: { progress: 30, note: "Đang số hóa" },
    });
    expect(own.statusCode, own.body).toBe(201);
    const other = await xa2.req({
      method: "POST",
      url: `/api/v1/tasks/${ids.cWard}/updates`,
      payload: { progress: 30 },
    });
    expect(other.statusCode).toBe(403);
    expect(other.json().error.code).toBe("FORBIDDEN");
    const back = await xa.req({
      method: "POST",
      url: `/api/v1/tasks/${ids.cCommune}/updates`,
      payload: { progress: 90 },
    });
    expect(back.statusCode).toBe(403);
    expect((await getTask(office, ids.cCommune)).item.effectiveProgress).toBe(30);
  });

  it("keeps leaders and viewers from posting progress, officers from managing", async () => {
    expect(
      (await leader.req({ method: "POST", url: `/api/v1/tasks/${ids.e}/updates`, payload: { progress: 10 } }))
        .statusCode,
    ).toBe(403);
    expect(
      (await viewer.req({ method: "POST", url: `/api/v1/tasks/${ids.e}/updates`, payload: { progress: 10 } }))
        .statusCode,
    ).toBe(403);
    expect(
      (await so.req({ method: "POST", url: `/api/v1/tasks/${ids.e}/pause`, payload: { reason: "x" } }))
        .statusCode,
    ).toBe(403);
    expect(
      (
        await so.req({
          method: "POST",
          url: `/api/v1/plans/${planId}/tasks`,
          payload: {
            title: "x",
            leadUnitId: 1,
            deadline: { kind: "none", from: null, to: null, text: null },
          },
        })
      ).statusCode,
    ).toBe(403);
  });

  it("sends progress of a fanned-out task to each unit's subtask, and rolls it up", async () => {
    const res = await office.req({
      method: "POST",
      url: `/api/v1/tasks/${ids.c}/updates`,
      payload: { progress: 50 },
    });
    expect(res.json().error.code).toBe("TASK_HAS_SUBTASKS");
    const parent = await getTask(office, ids.c);
    expect(parent.item).toMatchObject({ status: "in_progress", effectiveProgress: 15 });
    expect(parent.subtasks).toHaveLength(2);
  });
});

describe("tasks: extensions, reopen, pause", () => {
  it("routes an extension request to the assigning unit, which approves it", async () => {
    const req1 = await xa.req({
      method: "POST",
      url: `/api/v1/tasks/${ids.b}/extensions`,
      payload: { requestedDue: "2025-06-30", reason: "Chờ số liệu của các phòng" },
    });
    expect(req1.statusCode, req1.body).toBe(201);
    const dup = await xa.req({
      method: "POST",
      url: `/api/v1/tasks/${ids.b}/extensions`,
      payload: { requestedDue: "2025-07-05", reason: "Lần hai" },
    });
    expect(dup.json().error.code).toBe("TASK_EXTENSION_PENDING");
    const inbox = (await office.req({ method: "GET", url: "/api/v1/notifications?unread=true" })).json();
    expect(
      inbox.items.some(
        (n: { kind: string; taskId: number }) => n.kind === "extension_request" && n.taskId === ids.b,
      ),
    ).toBe(true);
    const bySelf = await xa.req({
      method: "POST",
      url: `/api/v1/tasks/${ids.b}/extensions/${req1.json().extensionId}/decision`,
      payload: { approve: true },
    });
    expect(bySelf.statusCode).toBe(403);
    const ok = await office.req({
      method: "POST",
      url: `/api/v1/tasks/${ids.b}/extensions/${req1.json().extensionId}/decision`,
      payload: { approve: true, note: "Đồng ý" },
    });
    expect(ok.statusCode, ok.body).toBe(204);
    const b = await getTask(xa, ids.b);
    expect(b.item).toMatchObject({ dueTo: "2025-06-30", originalDueTo: "2025-06-10", status: "not_started" });
    expect(b.extensions[0]).toMatchObject({ status: "approved", previousDue: "2025-06-10" });
  });

  it("reopens a completed task and pauses one, by the assigning unit only", async () => {
    expect(
      (
        await office.req({
          method: "POST",
          url: `/api/v1/tasks/${ids.a}/reopen`,
          payload: { reason: "Kết quả chưa đạt" },
        })
      ).statusCode,
    ).toBe(204);
    expect((await getTask(so, ids.a)).item).toMatchObject({ status: "in_progress", completedOn: null });
    expect(
      (
        await office.req({
          method: "POST",
          url: `/api/v1/tasks/${ids.e}/pause`,
          payload: { reason: "Chờ hướng dẫn" },
        })
      ).statusCode,
    ).toBe(204);
    expect((await getTask(office, ids.e)).item.status).toBe("paused");
    const blocked = await office.req({
      method: "POST",
      url: `/api/v1/tasks/${ids.e}/updates`,
      payload: { progress: 10 },
    });
    expect(blocked.json().error.code).toBe("TASK_PAUSED");
  });

  it("reports a recurring task cycle by cycle", async () => {
    const res = await so.req({
      method: "POST",
      url: `/api/v1/tasks/${ids.d}/updates`,
      payload: { complete: true, resultText: "Báo cáo quý II" },
    });
    expect(res.statusCode, res.body).toBe(201);
    const d = await getTask(so, ids.d);
    expect(d.occurrences[0]).toMatchObject({
      periodCode: "2025Q2",
      completedOn: "2025-06-15",
      status: "done_on_time",
    });
    expect(d.item.status).toBe("in_progress");
  });

  it("derives statuses again on a later day, with nothing stored", async () => {
    clock.set("2025-07-02");
    const b = await getTask(office, ids.b);
    expect(b.item).toMatchObject({ status: "overdue", daysLate: 2 });
    clock.set("2025-06-15");
  });
});

describe("tasks: exports and scorecard", () => {
  it("exports the filtered list to Excel", async () => {
    const res = await office.req({ method: "GET", url: `/api/v1/tasks/export?view=all&planId=${planId}` });
    expect(res.statusCode).toBe(200);
    expect(res.headers["content-type"]).toContain("spreadsheetml");
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(res.rawPayload as unknown as ArrayBuffer);
    const ws = wb.worksheets[0];
    const titles: string[] = [];
    ws.eachRow((row, n) => {
      if (n > 3) titles.push(String(row.getCell(3).value));
    });
    expect(titles).toContain("Rà soát chế độ báo cáo");
    expect(ws.getRow(3).getCell(10).value).toBe("Tình trạng");
  });

  it("scores units by their on-time rate", async () => {
    const res = await office.req({ method: "GET", url: "/api/v1/tasks/scorecard" });
    const items = res.json().items as Array<{ unitName: string; total: number; onTimeRate: number | null }>;
    expect(items.find((s) => s.unitName === "Sở Khoa học và Công nghệ")).toMatchObject({ total: 2 });
    const xlsx = await office.req({ method: "GET", url: "/api/v1/tasks/scorecard?format=xlsx" });
    expect(xlsx.headers["content-type"]).toContain("spreadsheetml");
  });
});
