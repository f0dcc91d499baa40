import { describe, expect, it } from "vitest";
import {
  blockingTasks,
  confirmPayload,
  type DraftTask,
  fillMissingDeadlines,
  type ImportDraft,
  mapName,
} from "./import-model";

const task = (p: Partial<DraftTask>): DraftTask => ({
  key: "t1",
  code: "1",
  title: "Nhiệm vụ",
  section: null,
  leadText: null,
  leadUnitId: null,
  fanOutUnitIds: [],
  coordinatorsText: null,
  coordinatorUnitIds: [],
  deadline: { kind: "none", from: null, to: null, text: null },
  recurCycle: null,
  recurDueDay: null,
  expectedResult: null,
  problems: [],
  ...p,
});

describe("import review model", () => {
  it("maps an unmatched name in every task that names it", () => {
    const tasks = [
      task({
        key: "a",
        leadText: "Phòng Văn hóa và Thông tin thành phố",
        problems: ['Chưa xác định được đơn vị chủ trì "Phòng Văn hóa và Thông tin thành phố".'],
      }),
      task({ key: "b", leadText: "Công an thành phố" }),
      task({ key: "c", leadText: "Phòng Văn hóa và Thông tin thành phố", leadUnitId: 9 }),
    ];
    const out = mapName(tasks, "Phòng Văn hóa và Thông tin thành phố", 5);
    expect(out.map((t) => t.leadUnitId)).toEqual([5, null, 5]);
    expect(out[0].problems).toEqual([]);
    expect(blockingTasks(out).map((t) => t.key)).toEqual(["b"]);
  });

  it("fills missing deadlines with the plan's end", () => {
    const out = fillMissingDeadlines(
      [task({}), task({ deadline: { kind: "recurring", from: null, to: null, text: "Thường xuyên" } })],
      "2025-12-31",
      "Trong kỳ kế hoạch",
    );
    expect(out[0].deadline).toEqual({
      kind: "date",
      from: "2025-12-31",
      to: "2025-12-31",
      text: "Trong kỳ kế hoạch",
    });
    expect(out[1].deadline.kind).toBe("recurring");
  });

  it("builds the confirm payload: one lead, or a fan-out of several units", () => {
    const draft: ImportDraft = {
      orgUnitId: 1,
      plan: {
        number: " 44/KH-UBND ",
        docType: "XYZ",
        issuedOn: null,
        issuer: "",
        title: " Kế hoạch ",
        periodFrom: null,
        periodTo: null,
        implementsRef: null,
        parentPlanId: null,
        parentPlanLabel: null,
      },
      tasks: [
        task({ leadUnitId: 3 }),
        task({ fanOutUnitIds: [4, 5] }),
        task({
          fanOutUnitIds: [6],
          deadline: { kind: "recurring", from: null, to: null, text: "Thường xuyên" },
        }),
      ],
      unmatched: [],
      warnings: [],
      stats: { tasks: 3, matchedLeads: 3, fanOut: 1, unmatchedNames: 0 },
    };
    const p = confirmPayload(draft, 1);
    expect(p.plan).toMatchObject({ number: "44/KH-UBND", docType: "KH", issuer: null, title: "Kế hoạch" });
    expect(p.tasks.map((t) => [t.leadUnitId, t.fanOutUnitIds])).toEqual([
      [3, []],
      [null, [4, 5]],
      [6, []],
    ]);
    expect(p.tasks[2].recurCycle).toBe("quarter");
  });
});
