// Layout of the Gantt-like timeline, kept pure so it can be tested: which tasks get a bar, where
// each bar starts and ends, where today is, and the month ticks of the axis.

export interface TimelineTask {
  id: number;
  dueFrom: string | null;
  startedOn: string | null;
  effectiveDue: string | null;
  effectiveCompletedOn: string | null;
}

export interface TimelineRow<T> {
  task: T;
  x: number;
  width: number;
  /** Where the completion day falls, when completed. */
  doneX: number | null;
}

export interface TimelineLayout<T> {
  from: string;
  to: string;
  todayX: number | null;
  ticks: Array<{ x: number; label: string; year: boolean }>;
  rows: Array<TimelineRow<T>>;
  /** Tasks without a dated deadline (theo lộ trình, none): not drawn. */
  undated: number;
}

const DAY = 86_400_000;
const ms = (d: string) => Date.parse(`${d}T00:00:00Z`);
const iso = (t: number) => new Date(t).toISOString().slice(0, 10);

/** A bar runs from its period's first day (or when work started, or 30 days before the due day) to the due day. */
export function barStart(t: TimelineTask): string | null {
  if (!t.effectiveDue) return null;
  const candidates = [t.dueFrom, t.startedOn].filter(
    (d): d is string => !!d && d <= (t.effectiveDue as string),
  );
  return candidates.sort()[0] ?? iso(ms(t.effectiveDue) - 30 * DAY);
}

export function timelineLayout<T extends TimelineTask>(
  tasks: readonly T[],
  today: string,
  width: number,
): TimelineLayout<T> {
  const dated = tasks.filter((t) => t.effectiveDue);
  const starts = dated.map((t) => barStart(t) as string);
  const ends = dated.map(
    (t) => [t.effectiveDue as string, t.effectiveCompletedOn ?? ""].sort().at(-1) as string,
  );
  const lo = [...starts, today].sort()[0];
  const hi = [...ends, today].sort().at(-1) as string;
  // Whole months on both sides so the axis reads cleanly.
  const from = `${lo.slice(0, 7)}-01`;
  const end = new Date(ms(`${hi.slice(0, 7)}-01`));
  end.setUTCMonth(end.getUTCMonth() + 1);
  const to = iso(end.getTime());
  const span = Math.max(1, ms(to) - ms(from));
  const x = (d: string) => Math.round(((ms(d) - ms(from)) / span) * width * 10) / 10;
  const ticks: TimelineLayout<T>["ticks"] = [];
  const months = Math.round(span / (30.44 * DAY));
  const every = months > 36 ? 6 : months > 18 ? 3 : 1;
  // Ticks on months that divide the year evenly (T1, T4, T7, T10 for quarters) so January, which
  // carries the year, is always one of them; the first tick names its year too.
  const cursor = new Date(ms(from));
  while (cursor.getUTCMonth() % every !== 0) cursor.setUTCMonth(cursor.getUTCMonth() + 1);
  for (; cursor.getTime() < ms(to); cursor.setUTCMonth(cursor.getUTCMonth() + every)) {
    const m = cursor.getUTCMonth() + 1;
    const year = cursor.getUTCFullYear();
    const label = m === 1 ? String(year) : ticks.length === 0 ? `T${m}/${year}` : `T${m}`;
    ticks.push({ x: x(iso(cursor.getTime())), label, year: m === 1 });
  }
  const rows = dated.map((task, i) => {
    const x0 = x(starts[i]);
    return {
      task,
      x: x0,
      width: Math.max(3, x(task.effectiveDue as string) + (width * DAY) / span - x0),
      doneX: task.effectiveCompletedOn ? x(task.effectiveCompletedOn) : null,
    };
  });
  return {
    from,
    to,
    todayX: today >= from && today < to ? x(today) : null,
    ticks,
    rows,
    undated: tasks.length - dated.length,
  };
}
