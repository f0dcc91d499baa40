// Chasing with a fake clock: the job runs "on" chosen days through the app's own job runner.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { CHASE_JOB, createPlansCapability } from "../plans";
import { fakeClock } from "../tasks/test-helpers";
import { createTestApp, type TestApp, type TestSession } from "../testing/test-app";
import { DEFAULT_CHASE, remindersFor } from "./chase.job";
import { decodeMail, startFakeSmtp } from "./fake-smtp";

const clock = fakeClock("2025-06-01");
let t: TestApp;
let smtp: Awaited<ReturnType<typeof startFakeSmtp>>;
let office: TestSession;
let so: TestSession;
let xa: TestSession;
let leader: TestSession;
const ids: Record<string, number> = {};

async function chaseOn(day: string) {
  clock.set(day);
  await t.jobs.runNow(CHASE_JOB);
  await t.jobs.runDue(); // the queued e-mails
}
const reminders = async () =>
  t.db.query<{ taskId: number; kind: string; step: number; dueOn: string }>(
    `select task_id as "taskId", kind, step, due_on as "dueOn" from task_reminder order by id`,
  );
const inbox = async (s: TestSession) =>
  (await s.req({ method: "GET", url: "/api/v1/notifications" })).json() as {
    items: Array<{ kind: string; title: string; taskId: number }>;
    unread: number;
  };

beforeAll(async () => {
  smtp = await startFakeSmtp();
  const cap = createPlansCapability({
    now: clock.now,
    smtpUrl: `smtp://127.0.0.1:${smtp.port}?from=dieuhanh@bn.gov.vn`,
  });
  t = await createTestApp({ capabilities: [cap], now: clock.now });
  [office, so, xa, leader] = await Promise.all(
    ["tonghop", "canbo.so", "canbo.xa", "lanhdao"].map((u) => t.login(u)),
  );
  const bn = await t.unitId("BN");
  const plan = (
    await office.req({
      method: "POST",
      url: "/api/v1/plans",
      payload: {
        orgUnitId: bn,
        number: "7/KH-UBND",
        docType: "KH",
        issuedOn: "2025-05-01",
        issuer: null,
        title: "Kế hoạch đôn đốc",
        periodFrom: null,
        periodTo: null,
        parentPlanId: null,
        implementsRef: null,
      },
    })
  ).json().item;
  const add = async (body: Record<string, unknown>) =>
    (await office.req({ method: "POST", url: `/api/v1/plans/${plan.id}/tasks`, payload: body })).json()
      .ids[0] as number;
  const date = (d: string) => ({ kind: "date", from: d, to: d, text: null });
  ids.so = await add({
    code: "1",
    title: "Nhiệm vụ của Sở",
    leadUnitId: await t.unitId("SKHCN"),
    deadline: date("2025-06-10"),
  });
  ids.xa = await add({
    code: "2",
    title: "Nhiệm vụ của phường",
    leadUnitId: await t.unitId("P-BAC-GIANG"),
    deadline: date("2025-06-04"),
  });
  ids.monthly = await add({
    code: "3",
    title: "Báo cáo tháng",
    leadUnitId: await t.unitId("SKHCN"),
    deadline: { kind: "recurring", from: null, to: null, text: "Hằng tháng" },
    recurCycle: "month",
  });
});
afterAll(async () => {
  await t.close();
  await smtp.close();
});

describe("remindersFor", () => {
  it.each([
    [10, []],
    [7, [{ kind: "due_soon", step: 7 }]],
    [5, [{ kind: "due_soon", step: 7 }]],
    [3, [{ kind: "due_soon", step: 3 }]],
    [0, [{ kind: "due_soon", step: 3 }]],
    [-1, [{ kind: "overdue", step: 0 }]],
    [
      -7,
      [
        { kind: "overdue", step: 0 },
        { kind: "escalation", step: 0 },
      ],
    ],
    [
      -8,
      [
        { kind: "overdue", step: 1 },
        { kind: "escalation", step: 0 },
      ],
    ],
  ])("%i days left -> %j", (days, expected) => expect(remindersFor(days, DEFAULT_CHASE)).toEqual(expected));
});

describe("chasing job (fake clock)", () => {
  it("reminds the lead unit 3 days ahead, once, in the app and by e-mail", async () => {
    await chaseOn("2025-06-01");
    expect(await reminders()).toEqual([{ taskId: ids.xa, kind: "due_soon", step: 3, dueOn: "2025-06-04" }]);
    const box = await inbox(xa);
    expect(box.unread).toBe(1);
    expect(box.items[0]).toMatchObject({ kind: "due_soon", taskId: ids.xa });
    expect(box.items[0].title).toContain("còn 3 ngày");
    expect(smtp.received).toHaveLength(1);
    expect(smtp.received[0].to).toEqual(["canbo.xa@demo.dieuhanh.vn"]);
    expect(decodeMail(smtp.received[0].data).subject).toContain("[Đôn đốc] Nhiệm vụ còn 3 ngày đến hạn");
    await chaseOn("2025-06-01");
    expect(await reminders()).toHaveLength(1);
    expect(smtp.received).toHaveLength(1);
  });

  it("reminds 7 days ahead, then marks the first overdue day", async () => {
    await chaseOn("2025-06-03");
    expect((await reminders()).at(-1)).toMatchObject({ taskId: ids.so, kind: "due_soon", step: 7 });
    expect((await inbox(so)).items[0].title).toContain("còn 7 ngày");
    await chaseOn("2025-06-05");
    expect((await reminders()).at(-1)).toMatchObject({ taskId: ids.xa, kind: "overdue", step: 0 });
    expect((await inbox(xa)).items[0].title).toContain("quá hạn 1 ngày");
  });

  it("escalates to the assigning unit after 7 days overdue and repeats weekly", async () => {
    const leaderBefore = (await inbox(leader)).items.length;
    await chaseOn("2025-06-11");
    const kinds = (await reminders()).filter((r) => r.taskId === ids.xa).map((r) => `${r.kind}:${r.step}`);
    expect(kinds).toEqual(["due_soon:3", "overdue:0", "escalation:0"]);
    const leaderBox = await inbox(leader);
    expect(leaderBox.items.length).toBe(leaderBefore + 1);
    expect(leaderBox.items[0]).toMatchObject({ kind: "escalation", taskId: ids.xa });
    expect(leaderBox.items[0].title).toContain("Phường Bắc Giang quá hạn 7 ngày");
    expect((await inbox(office)).items.some((n) => n.kind === "escalation")).toBe(true);
    await chaseOn("2025-06-12");
    expect(
      (await reminders()).filter((r) => r.taskId === ids.xa).map((r) => `${r.kind}:${r.step}`),
    ).toContain("overdue:1");
  });

  it("stops chasing a task once it is completed", async () => {
    clock.set("2025-06-12");
    const done = await so.req({
      method: "POST",
      url: `/api/v1/tasks/${ids.so}/updates`,
      payload: { complete: true, resultText: "15/BC-SKHCN" },
    });
    expect(done.statusCode, done.body).toBe(201);
    expect(done.json().item.status).toBe("done_late");
    const before = (await reminders()).filter((r) => r.taskId === ids.so).length;
    await chaseOn("2025-06-20");
    expect((await reminders()).filter((r) => r.taskId === ids.so).length).toBe(before);
  });

  it("opens the next reporting cycle of a recurring task and chases the missed one", async () => {
    await chaseOn("2025-07-01");
    const task = (await so.req({ method: "GET", url: `/api/v1/tasks/${ids.monthly}` })).json();
    expect(task.occurrences.map((o: { periodCode: string }) => o.periodCode)).toEqual(["202506", "202507"]);
    expect(task.item.status).toBe("overdue");
    const r = (await reminders()).filter((x) => x.taskId === ids.monthly);
    expect(r.at(-1)).toMatchObject({ kind: "overdue", dueOn: "2025-06-30" });
  });

  it("keeps a reminder log the office can read, and a per-unit count in the scorecard", async () => {
    const log = (await office.req({ method: "GET", url: `/api/v1/reminders?taskId=${ids.xa}` })).json();
    expect(log.total).toBeGreaterThanOrEqual(4);
    expect(log.items[0]).toMatchObject({ unitName: "Phường Bắc Giang", taskId: ids.xa });
    const board = (await office.req({ method: "GET", url: "/api/v1/tasks/scorecard" })).json().items;
    expect(
      board.find((s: { unitName: string }) => s.unitName === "Phường Bắc Giang").reminders,
    ).toBeGreaterThanOrEqual(4);
    const read = await xa.req({ method: "POST", url: "/api/v1/notifications/read", payload: { all: true } });
    expect(read.json().updated).toBeGreaterThan(0);
    expect((await inbox(xa)).unread).toBe(0);
  });
});
