import { describe, expect, it } from "vitest";
import { barStart, timelineLayout } from "./timeline-model";

const task = (id: number, p: Partial<Parameters<typeof barStart>[0]>) => ({
  id,
  dueFrom: null,
  startedOn: null,
  effectiveDue: null,
  effectiveCompletedOn: null,
  ...p,
});

describe("timeline layout", () => {
  it("starts a bar at its period, its start, or 30 days before the due day", () => {
    expect(barStart(task(1, { dueFrom: "2025-04-01", effectiveDue: "2025-06-30" }))).toBe("2025-04-01");
    expect(
      barStart(task(1, { dueFrom: "2025-06-10", startedOn: "2025-05-02", effectiveDue: "2025-06-10" })),
    ).toBe("2025-05-02");
    expect(barStart(task(1, { effectiveDue: "2025-03-31" }))).toBe("2025-03-01");
    expect(barStart(task(1, {}))).toBeNull();
  });

  it("spans whole months, places today and skips undated tasks", () => {
    const l = timelineLayout(
      [
        task(1, { dueFrom: "2025-04-01", effectiveDue: "2025-06-30" }),
        task(2, { effectiveDue: "2025-05-31", effectiveCompletedOn: "2025-05-10" }),
        task(3, {}),
      ],
      "2025-05-15",
      1000,
    );
    expect([l.from, l.to]).toEqual(["2025-04-01", "2025-07-01"]);
    expect(l.undated).toBe(1);
    expect(l.rows).toHaveLength(2);
    expect(l.rows[0].x).toBe(0);
    expect(Math.round(l.rows[0].x + l.rows[0].width)).toBe(1000);
    expect(l.todayX).toBeGreaterThan(l.rows[1].x);
    expect(l.rows[1].doneX).toBeLessThan((l.todayX as number) + 1);
    expect(l.ticks.map((t) => t.label)).toEqual(["T4/2025", "T5", "T6"]);
  });

  it("thins the month ticks on long plans, keeping January for the year", () => {
    const q = timelineLayout(
      [task(1, { dueFrom: "2024-12-01", effectiveDue: "2026-11-30" })],
      "2025-01-01",
      1200,
    );
    expect(q.ticks.map((t) => t.label)).toEqual(["2025", "T4", "T7", "T10", "2026", "T4", "T7", "T10"]);
    const l = timelineLayout(
      [task(1, { dueFrom: "2024-01-01", effectiveDue: "2026-12-31" })],
      "2025-01-01",
      1200,
    );
    expect(l.ticks.map((t) => t.label)).toEqual([
      "2024",
      "T4",
      "T7",
      "T10",
      "2025",
      "T4",
      "T7",
      "T10",
      "2026",
      "T4",
      "T7",
      "T10",
    ]);
  });
});
