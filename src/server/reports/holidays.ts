// The working-day calendar the deadlines and reminders use: src/core/calendar's Vietnamese
// holidays (Tết included) plus the per-year corrections an administrator stores as the Government
// announces them (table holiday_override).
import type { FastifyInstance } from "fastify";
import type { ZodTypeProvider } from "fastify-type-provider-zod";
import { z } from "zod";
import { HolidayCalendar, HolidayCalendarError, type HolidayOverride } from "../../core/calendar";
import { appendAudit } from "../audit/audit.repo";
import { auditActor, ctxOf } from "../auth/context";
import type { Db, Queryable } from "../db/db";
import { fail } from "../http/errors";
import { isoDate, safeName } from "../http/safe-text";
import { reportError } from "./reports.errors";

export async function loadHolidayOverrides(q: Queryable): Promise<HolidayOverride[]> {
  const rows = await q.query<{ year: number; override: Omit<HolidayOverride, "year"> }>(
    "select year, override from holiday_override order by year",
  );
  return rows.map((r) => ({ ...r.override, year: r.year }));
}

/** A calendar with the stored corrections; built per request (the table holds a few rows). */
export async function loadHolidayCalendar(q: Queryable): Promise<HolidayCalendar> {
  return new HolidayCalendar({ overrides: await loadHolidayOverrides(q) });
}

const OverrideBody = z.strictObject({
  add: z
    .array(z.strictObject({ date: isoDate(), name: safeName(200) }))
    .max(60)
    .default([]),
  remove: z.array(isoDate()).max(60).default([]),
  workingDays: z.array(isoDate()).max(60).default([]),
  tet: z.strictObject({ from: isoDate(), to: isoDate() }).nullable().default(null),
});

const isAdmin = (who: { grants: { role: string }[] }) => who.grants.some((g) => g.role === "admin");

export function holidayRoutes(app: FastifyInstance, db: Db) {
  const r = app.withTypeProvider<ZodTypeProvider>();
  const tags = ["reports"];
  const Year = z.object({ year: z.coerce.number().int().min(1900).max(2199) });

  r.get(
    "/reports/holidays/:year",
    {
      schema: {
        tags,
        summary: "Ngày nghỉ lễ, Tết và ngày làm bù của một năm (đã gồm điều chỉnh)",
        params: Year,
      },
    },
    async (req) => {
      ctxOf(req);
      const cal = await loadHolidayCalendar(db);
      const [row] = await db.query<{ override: unknown }>(
        "select override from holiday_override where year = $1",
        [req.params.year],
      );
      return {
        year: req.params.year,
        holidays: cal.holidaysOf(req.params.year),
        makeUpWorkingDays: cal.makeUpWorkingDaysOf(req.params.year),
        tet: cal.tetSchedule(req.params.year),
        override: row?.override ?? null,
      };
    },
  );

  r.put(
    "/reports/holidays/:year",
    {
      schema: {
        tags,
        summary: "Điều chỉnh lịch nghỉ của một năm theo quyết định của Chính phủ (quản trị)",
        params: Year,
        body: OverrideBody,
      },
    },
    async (req) => {
      const ctx = ctxOf(req);
      if (!isAdmin(ctx.who)) throw fail("FORBIDDEN", "Chỉ quản trị hệ thống được điều chỉnh lịch nghỉ.");
      const year = req.params.year;
      const override: HolidayOverride = { year, ...req.body, tet: req.body.tet ?? undefined };
      try {
        new HolidayCalendar({ overrides: [override] }).holidaysOf(year);
      } catch (e) {
        if (e instanceof HolidayCalendarError) throw reportError.holidayInvalid(e.message);
        throw e;
      }
      const { year: _y, ...stored } = override;
      await db.tx(async (tx) => {
        const [before] = await tx.query<{ override: unknown }>(
          "select override from holiday_override where year = $1 for update",
          [year],
        );
        await tx.query(
          `insert into holiday_override (year, override, updated_by, updated_at) values ($1, $2::jsonb, $3, now())
           on conflict (year) do update set override = excluded.override, updated_by = excluded.updated_by, updated_at = now()`,
          [year, JSON.stringify(stored), ctx.who.id],
        );
        await appendAudit(tx, {
          ...auditActor(ctx),
          action: "holiday_override.save",
          entityType: "holiday_override",
          entityId: year,
          before: before?.override ?? null,
          after: stored,
        });
      });
      return { year, override: stored };
    },
  );
}
