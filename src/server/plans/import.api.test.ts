import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { fakeClock, multipart } from "../tasks/test-helpers";
import { createTestApp, type TestApp, type TestSession } from "../testing/test-app";
import { createPlansCapability } from ".";
import { PROVINCE_QD1012_TEXT } from "./demo/province-qd1012.text";
import { buildSplitTableDocx } from "./parse/fixtures/docx-fixture";

const clock = fakeClock("2025-03-10");
let t: TestApp;
let office: TestSession;
let officer: TestSession;
let bn: number;

const counts = async () =>
  (
    await t.db.query<{ p: number; t: number }>(
      "select (select count(*) from plan)::int as p, (select count(*) from task)::int as t",
    )
  )[0];
const parseText = (s: TestSession, text: string) =>
  s.req({ method: "POST", url: "/api/v1/plans/import/parse", payload: { text, orgUnitId: bn } });
const upload = (filename: string, content: Buffer | string) =>
  office.req({
    method: "POST",
    url: "/api/v1/plans/import/parse",
    ...multipart({ orgUnitId: String(bn) }, [{ field: "file", filename, content }]),
  });

beforeAll(async () => {
  t = await createTestApp({
    capabilities: [createPlansCapability({ now: clock.now, smtpUrl: "" })],
    now: clock.now,
  });
  office = await t.login("tonghop");
  officer = await t.login("canbo.so");
  bn = await t.unitId("BN");
});
afterAll(async () => t.close());

describe("plan import: parse (nothing saved)", () => {
  it("reads the province plan, matches its units and finds what it implements", async () => {
    const before = await counts();
    const res = await parseText(office, PROVINCE_QD1012_TEXT);
    expect(res.statusCode, res.body).toBe(200);
    const draft = res.json();
    expect(draft.plan).toMatchObject({
      docType: "KH",
      implementsRef: "1012/QĐ-TTg",
      periodFrom: "2024-01-01",
      periodTo: "2025-12-31",
    });
    expect(draft.tasks).toHaveLength(13);
    const lead = (code: string) => draft.tasks.find((x: { code: string }) => x.code === code).leadUnitId;
    expect(lead("I.1")).toBe(await t.unitId("VPUB"));
    expect(lead("II.4")).toBe(await t.unitId("SKHCN"));
    expect(lead("IV.1")).toBe(await t.unitId("SVHTTDL"));
    expect(lead("V.1")).toBe(await t.unitId("CAT"));
    const i2 = draft.tasks.find((x: { code: string }) => x.code === "I.2");
    expect(i2).toMatchObject({ deadline: { kind: "recurring" }, recurCycle: "quarter", problems: [] });
    // "Văn phòng Chính phủ" is not one of ours: kept as coordinator text, listed for information.
    expect(draft.unmatched.map((n: { name: string }) => n.name)).toContain("Văn phòng Chính phủ");
    expect(
      draft.unmatched.find((n: { name: string }) => n.name === "Văn phòng Chính phủ").coordinatorOnly,
    ).toBe(true);
    expect(await counts()).toEqual(before);
  });

  it("reads a .docx upload, and fans a collective lead out to every commune", async () => {
    const res = await upload("ke-hoach.docx", await buildSplitTableDocx());
    expect(res.statusCode, res.body).toBe(200);
    const draft = res.json();
    expect(draft.plan.number).toBe("58/KH-UBND");
    const collective = draft.tasks.find((x: { leadText: string }) => /các xã/.test(x.leadText ?? ""));
    expect(collective.leadUnitId).toBeNull();
    expect(collective.fanOutUnitIds.length).toBe(40);
  });

  it.each([
    [
      "a renamed file",
      "ke-hoach.docx",
      Buffer.from("Đây không phải tệp Word"),
      422,
      "PLAN_FILE_INVALID_DOCX",
      "không phải tài liệu Word",
    ],
    ["an empty file", "trong.txt", Buffer.alloc(0), 422, "PLAN_FILE_EMPTY", "không có nội dung"],
    [
      "a PDF",
      "ke-hoach.pdf",
      Buffer.from("%PDF-1.4"),
      415,
      "PLAN_FILE_UNSUPPORTED_TYPE",
      "chỉ nhận tệp .docx hoặc .txt",
    ],
    ["a 50 MB file", "lon.docx", Buffer.alloc(50 * 1024 * 1024, 0x41), 413, "FILE_TOO_LARGE", "20 MB"],
  ])("refuses %s with a Vietnamese message", async (_name, filename, content, status, code, words) => {
    const before = await counts();
    const res = await upload(filename, content);
    expect(res.statusCode).toBe(status);
    expect(res.json().error.code).toBe(code);
    expect(res.json().error.message).toContain(words);
    expect(await counts()).toEqual(before);
  });

  it("returns a partial draft with warnings for missing columns, impossible dates and unknown units", async () => {
    const noTable = await parseText(
      office,
      "KẾ HOẠCH\n\nVề việc thử nghiệm\n\nI. MỤC ĐÍCH\n\nNâng cao hiệu quả.\n",
    );
    expect(noTable.statusCode).toBe(200);
    expect(noTable.json().tasks).toEqual([]);
    expect(noTable.json().warnings[0].message).toContain("Không tìm thấy nhiệm vụ nào");
    const text = [
      "KẾ HOẠCH",
      "Thử nghiệm nhập",
      "STT\tNhiệm vụ\tĐơn vị chủ trì\tĐơn vị phối hợp\tThời gian hoàn thành\tKết quả",
      "1\tBan hành quy chế\tSở Tài chính\t\t31/02/2025\tQuy chế",
      "2\tXây dựng cơ sở dữ liệu\tTrung tâm Vũ trụ Quốc gia\tSở Y tế\tQuý II năm 2025\tCSDL",
    ].join("\n");
    const res = await parseText(office, text);
    expect(res.statusCode, res.body).toBe(200);
    const d = res.json();
    expect(d.tasks).toHaveLength(2);
    expect(d.tasks[0].leadUnitId).toBe(await t.unitId("STC"));
    expect(d.tasks[0].deadline.kind).toBe("none");
    expect(d.warnings.map((w: { message: string }) => w.message).join(" ")).toContain("31/02/2025");
    expect(d.tasks[1].leadUnitId).toBeNull();
    expect(d.tasks[1].problems[0]).toContain("Chưa xác định được đơn vị chủ trì");
    expect(d.unmatched.map((n: { name: string }) => n.name)).toContain("Trung tâm Vũ trụ Quốc gia");
  });

  it("is for the office and leaders only", async () => {
    const res = await parseText(officer, PROVINCE_QD1012_TEXT);
    expect(res.statusCode).toBe(403);
  });
});

describe("plan import: confirm", () => {
  const planFields = (orgUnitId: number) => ({
    orgUnitId,
    number: "4117/KH-UBND",
    docType: "KH",
    issuedOn: "2024-11-15",
    issuer: "Ủy ban nhân dân tỉnh",
    title: "Triển khai Quyết định 1012/QĐ-TTg",
    periodFrom: "2024-11-15",
    periodTo: "2025-12-31",
    parentPlanId: null,
    implementsRef: "1012/QĐ-TTg",
  });
  const toTask = (x: Record<string, unknown>) => ({
    code: x.code,
    title: x.title,
    section: x.section,
    leadUnitId: x.leadUnitId,
    fanOutUnitIds: x.fanOutUnitIds,
    leadText: x.leadText,
    coordinatorUnitIds: x.coordinatorUnitIds,
    coordinatorsText: x.coordinatorsText,
    deadline: x.deadline,
    recurCycle: x.recurCycle,
    recurDueDay: x.recurDueDay,
    expectedResult: x.expectedResult,
  });

  it("refuses a draft with an unmapped lead or an impossible date, saving nothing", async () => {
    const draft = (await parseText(office, PROVINCE_QD1012_TEXT)).json();
    const tasks = draft.tasks.map(toTask);
    tasks[2].leadUnitId = null;
    const before = await counts();
    const res = await office.req({
      method: "POST",
      url: "/api/v1/plans/import/confirm",
      payload: { plan: planFields(bn), tasks },
    });
    expect(res.statusCode).toBe(422);
    expect(res.json().error.code).toBe("IMPORT_INVALID");
    expect(res.json().error.details[0]).toMatchObject({ row: 3, column: "lead" });
    expect(res.json().error.details[0].message).toContain("chưa chọn đơn vị chủ trì");
    tasks[2].leadUnitId = await t.unitId("VPUB");
    tasks[0].deadline = { kind: "date", from: "2025-02-31", to: "2025-02-31", text: "31/02/2025" };
    const bad = await office.req({
      method: "POST",
      url: "/api/v1/plans/import/confirm",
      payload: { plan: planFields(bn), tasks },
    });
    expect(bad.statusCode).toBe(400);
    expect(JSON.stringify(bad.json().error.details)).toContain("Ngày không tồn tại");
    expect(await counts()).toEqual(before);
  });

  it("saves the plan and every task in one transaction, audited", async () => {
    const draft = (await parseText(office, PROVINCE_QD1012_TEXT)).json();
    const res = await office.req({
      method: "POST",
      url: "/api/v1/plans/import/confirm",
      payload: { plan: planFields(bn), tasks: draft.tasks.map(toTask) },
    });
    expect(res.statusCode, res.body).toBe(201);
    expect(res.json()).toMatchObject({ tasks: 13, rows: 13 });
    const planId = res.json().item.id;
    const [audit] = await t.db.query<{ n: number }>(
      "select count(*)::int as n from audit_event where action = 'plan.import' and entity_id = $1",
      [String(planId)],
    );
    expect(audit.n).toBe(1);
    const tree = (await office.req({ method: "GET", url: `/api/v1/plans/${planId}` })).json();
    expect(tree.sections.map((s: { title: string }) => s.title)[0]).toBe("XÂY DỰNG HOÀN THIỆN THỂ CHẾ");
    expect(tree.item).toMatchObject({ taskCount: 13, progress: 0 });
    // The officer of the lead department sees its tasks at once.
    const mine = (await officer.req({ method: "GET", url: "/api/v1/tasks?view=mine" })).json();
    expect(mine.total).toBe(5);
  });

  it("does not let an officer confirm an import", async () => {
    const res = await officer.req({
      method: "POST",
      url: "/api/v1/plans/import/confirm",
      payload: {
        plan: planFields(bn),
        tasks: [
          {
            code: "1",
            title: "x",
            leadUnitId: bn,
            deadline: { kind: "none", from: null, to: null, text: null },
          },
        ],
      },
    });
    expect(res.statusCode).toBe(403);
  });
});
