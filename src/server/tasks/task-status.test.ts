import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { addDays } from "../../core/periods/iso-date";
import {
  daysLate,
  daysLeft,
  deriveTaskStatus,
  isDueSoon,
  recurringInput,
  rollUp,
  type StatusInput,
  TASK_STATUS_VI,
  type TaskStatus,
} from "./task-status";

const TODAY = "2025-06-15";
const base: StatusInput = {
  due: "2025-06-30",
  completedOn: null,
  progress: 0,
  started: false,
  paused: false,
};

describe("deriveTaskStatus (the government's classification)", () => {
  const cases: Array<[string, Partial<StatusInput>, TaskStatus]> = [
    ["nothing reported, due later", {}, "not_started"],
    ["nothing reported, due today (the due day still counts)", { due: TODAY }, "not_started"],
    ["a report at 0% counts as started", { started: true }, "in_progress"],
    ["some progress", { progress: 40 }, "in_progress"],
    ["100% but no result yet is still open", { progress: 100 }, "in_progress"],
    ["past due, nothing done", { due: "2025-06-14" }, "overdue"],
    ["past due with progress", { due: "2025-06-01", progress: 80, started: true }, "overdue"],
    ["completed before the due day", { completedOn: "2025-06-10", progress: 100 }, "done_on_time"],
    ["completed on the due day", { completedOn: "2025-06-30" }, "done_on_time"],
    ["completed the day after", { due: "2025-06-10", completedOn: "2025-06-11" }, "done_late"],
    ["completed late, seen long after", { due: "2025-01-31", completedOn: "2025-03-01" }, "done_late"],
    ["no due day (theo lộ trình), open", { due: null }, "not_started"],
    ["no due day, working", { due: null, progress: 10 }, "in_progress"],
    ["no due day, completed", { due: null, completedOn: "2025-06-01" }, "done_on_time"],
    ["paused before the due day", { paused: true, progress: 30 }, "paused"],
    ["paused stops the clock past the due day", { paused: true, due: "2025-05-01" }, "paused"],
    ["completed wins over paused", { paused: true, completedOn: "2025-06-01" }, "done_on_time"],
  ];
  it.each(cases)("%s", (_name, patch, expected) => {
    expect(deriveTaskStatus({ ...base, ...patch }, TODAY)).toBe(expected);
  });

  it("has a Vietnamese label for every status", () => {
    expect(Object.values(TASK_STATUS_VI)).toEqual([
      "Chưa thực hiện",
      "Đang thực hiện",
      "Hoàn thành đúng hạn",
      "Hoàn thành quá hạn",
      "Quá hạn chưa hoàn thành",
      "Tạm dừng",
    ]);
  });

  it("never calls an open task done, nor a completed one open (any dates)", () => {
    const day = fc.integer({ min: 0, max: 2000 }).map((n) => addDays("2023-01-01", n));
    fc.assert(
      fc.property(
        day,
        fc.option(day),
        fc.option(day),
        fc.integer({ min: 0, max: 100 }),
        fc.boolean(),
        fc.boolean(),
        (today, due, done, progress, started, paused) => {
          const s = deriveTaskStatus({ due, completedOn: done, progress, started, paused }, today);
          if (done) expect(["done_on_time", "done_late"]).toContain(s);
          else expect(["done_on_time", "done_late"]).not.toContain(s);
          if (s === "overdue") expect(due !== null && today > due && !paused).toBe(true);
        },
      ),
    );
  });
});

describe("days left and late", () => {
  it.each([
    ["2025-06-22", 7],
    ["2025-06-18", 3],
    ["2025-06-15", 0],
    ["2025-06-10", -5],
  ])("due %s is %i days away", (due, n) => expect(daysLeft(due, TODAY)).toBe(n));

  it("counts lateness up to completion or today", () => {
    expect(daysLate({ ...base, due: "2025-06-10" }, TODAY)).toBe(5);
    expect(daysLate({ ...base, due: "2025-06-10", completedOn: "2025-06-12" }, TODAY)).toBe(2);
    expect(daysLate({ ...base, due: "2025-06-20" }, TODAY)).toBe(0);
    expect(daysLate({ ...base, due: null }, TODAY)).toBe(0);
    expect(daysLeft(null, TODAY)).toBeNull();
  });

  it.each<[Partial<StatusInput>, number, boolean]>([
    [{ due: "2025-06-22" }, 7, true],
    [{ due: "2025-06-23" }, 7, false],
    [{ due: TODAY }, 3, true],
    [{ due: "2025-06-14" }, 7, false],
    [{ due: "2025-06-20", paused: true }, 7, false],
    [{ due: "2025-06-20", completedOn: "2025-06-01" }, 7, false],
  ])("due soon %j within %i days: %s", (patch, days, expected) => {
    expect(isDueSoon({ ...base, ...patch }, TODAY, days)).toBe(expected);
  });
});

describe("roll-up of subtasks (fan-out to units)", () => {
  const child = (p: Partial<StatusInput>): StatusInput => ({ ...base, ...p });
  const cases: Array<[string, StatusInput[], TaskStatus, number]> = [
    ["none started", [child({}), child({})], "not_started", 0],
    ["one working", [child({ progress: 50 }), child({})], "in_progress", 25],
    [
      "all done on time",
      [child({ completedOn: "2025-06-01" }), child({ completedOn: "2025-06-12" })],
      "done_on_time",
      100,
    ],
    [
      "last one done late",
      [child({ completedOn: "2025-06-01" }), child({ completedOn: "2025-07-02" })],
      "done_late",
      100,
    ],
    ["one still open", [child({ completedOn: "2025-06-01" }), child({ progress: 20 })], "in_progress", 60],
  ];
  it.each(cases)("%s", (_name, children, status, progress) => {
    const input = rollUp(base, children);
    expect(deriveTaskStatus(input, TODAY)).toBe(status);
    expect(input.progress).toBe(progress);
  });

  it("is overdue past its own due day while a unit is still open", () => {
    const input = rollUp({ ...base, due: "2025-06-01" }, [
      child({ completedOn: "2025-05-20" }),
      child({ progress: 90 }),
    ]);
    expect(deriveTaskStatus(input, TODAY)).toBe("overdue");
  });

  it("takes the earliest open child's due day when it has none (recurring fan-out)", () => {
    const input = rollUp({ ...base, due: null }, [
      child({ due: "2025-06-10" }),
      child({ due: "2025-09-30" }),
    ]);
    expect(input.due).toBe("2025-06-10");
    expect(deriveTaskStatus(input, TODAY)).toBe("overdue");
  });

  it("without children is the task itself", () => {
    expect(rollUp(base, [])).toBe(base);
  });
});

describe("recurring tasks (thường xuyên): one report per cycle", () => {
  const own = { completedOn: null, progress: 0, started: false, paused: false };
  const cases: Array<
    [string, Array<{ dueOn: string; completedOn: string | null; progress: number }>, TaskStatus]
  > = [
    [
      "current cycle not yet reported",
      [{ dueOn: "2025-06-30", completedOn: null, progress: 0 }],
      "not_started",
    ],
    [
      "last cycle reported, current in progress",
      [
        { dueOn: "2025-03-31", completedOn: "2025-03-28", progress: 100 },
        { dueOn: "2025-06-30", completedOn: null, progress: 30 },
      ],
      "in_progress",
    ],
    [
      "a past cycle never reported makes it overdue",
      [
        { dueOn: "2025-03-31", completedOn: null, progress: 0 },
        { dueOn: "2025-06-30", completedOn: null, progress: 0 },
      ],
      "overdue",
    ],
    [
      "every cycle reported so far",
      [{ dueOn: "2025-03-31", completedOn: "2025-04-02", progress: 100 }],
      "in_progress",
    ],
    ["no cycle yet", [], "not_started"],
  ];
  it.each(cases)("%s", (_name, occurrences, expected) => {
    expect(deriveTaskStatus(recurringInput(own, occurrences), TODAY)).toBe(expected);
  });
});
