import { parsePeriod, previousPeriod, tryParsePeriod } from "../../core/periods";
import { appendAudit } from "../audit/audit.repo";
import { can, unitPath } from "../auth/authorize";
import { auditActor, type Ctx } from "../auth/context";
import type { Db } from "../db/db";
import type { AppEvents } from "../events";
import { AppError, fail } from "../http/errors";
import { listIndicators } from "../indicators/indicators.repo";
import type { Indicator } from "../indicators/indicators.types";

export function createDataService(db: Db, events?: AppEvents) {
  async function assertRead(ctx: Ctx, orgUnitId: number) {
    const path = await unitPath(db, orgUnitId);
    if (!can(ctx.who, "read", path)) throw fail("FORBIDDEN");
    return path;
  }

  async function indicatorByCode(code: string): Promise<Indicator> {
    const ind = (await listIndicators(db, { includeInactive: true })).find((i) => i.code.toLowerCase() === code.toLowerCase());
    if (!ind) throw new AppError("DATA_UNKNOWN_INDICATOR", `Không có chỉ tiêu mã "${code}".`, [], 422);
    return ind;
  }

  return {
    async list(ctx: Ctx, f: { indicator?: string; orgUnit: number; periods?: string; children: boolean }) {
      const path = await assertRead(ctx, f.orgUnit);
      const params: unknown[] = [f.children ? `${path}%` : path];
      let where = f.children ? "o.path like $1" : "o.path = $1";
      if (f.indicator) {
        params.push((await indicatorByCode(f.indicator)).id);
        where += ` and d.indicator_id = $${params.length}`;
      }
      if (f.periods) {
        params.push(f.periods.split(",").map((p) => p.trim()));
        where += ` and d.period = any($${params.length}::text[])`;
      }
      return db.query(
        `select i.code as indicator, o.id as "orgUnitId", o.code as "orgUnit", d.period, d.disagg, d.value, d.numerator, d.denominator,
                d.status, d.comment, d.version, d.updated_at as "updatedAt"
           from data_value d join org_unit o on o.id = d.org_unit_id join indicator i on i.id = d.indicator_id
          where ${where} order by i.code, o.path, d.period limit 50000`,
        params,
      );
    },

    async history(ctx: Ctx, f: { indicator: string; orgUnit: number; period: string; disagg: string }) {
      await assertRead(ctx, f.orgUnit);
      const ind = await indicatorByCode(f.indicator);
      return db.query(
        `select h.version, h.value, h.numerator, h.denominator, h.status, h.comment, h.action, h.changed_at as "changedAt",
                u.full_name as "changedBy"
           from data_value_history h left join app_user u on u.id = h.changed_by
          where h.indicator_id = $1 and h.org_unit_id = $2 and h.period = $3 and h.disagg = $4 order by h.id desc`,
        [ind.id, f.orgUnit, f.period, f.disagg],
      );
    },

    /** submit: the unit sends its figures; approve: locks them; unapprove: unlocks for correction. */
    async changeStatus(ctx: Ctx, action: "submit" | "approve" | "unapprove", keys: { indicator: string; orgUnit: string; period: string; disagg: string }[]) {
      const inds = new Map((await listIndicators(db, { includeInactive: true })).map((i) => [i.code.toLowerCase(), i]));
      const units = new Map(
        (await db.query<{ id: number; code: string; path: string }>("select id, code, path from org_unit where lower(code) = any($1::text[])", [
          keys.map((k) => k.orgUnit.toLowerCase()),
        ])).map((u) => [u.code.toLowerCase(), u]),
      );
      const permission = action === "submit" ? "data.write" : "data.approve";
      const errors: { row: number; column: string; code: string; message: string }[] = [];
      const resolved = keys.map((k, i) => {
        const ind = inds.get(k.indicator.toLowerCase());
        const unit = units.get(k.orgUnit.toLowerCase());
        if (!ind) errors.push({ row: i + 1, column: "indicator", code: "DATA_UNKNOWN_INDICATOR", message: `Không có chỉ tiêu mã "${k.indicator}".` });
        if (!unit) errors.push({ row: i + 1, column: "orgUnit", code: "DATA_UNKNOWN_ORG_UNIT", message: `Không có đơn vị mã "${k.orgUnit}".` });
        else if (!can(ctx.who, permission, unit.path)) errors.push({ row: i + 1, column: "orgUnit", code: "FORBIDDEN", message: `Bạn không có quyền với số liệu của "${unit.code}".` });
        return { ind, unit, k };
      });
      if (errors.length) throw new AppError(errors.some((e) => e.code === "FORBIDDEN") ? "FORBIDDEN" : "VALIDATION_FAILED", errors[0].message, errors);
      const [from, to] = action === "submit" ? [["draft"], "submitted"] : action === "approve" ? [["draft", "submitted"], "approved"] : [["approved"], "submitted"];
      const touched = new Set<number>();
      const changed = await db.tx(async (tx) => {
        const rows = await tx.query<{ org_unit_id: number }>(
          `update data_value d set status = $6, version = version + 1, updated_by = $7, updated_at = now()
             from unnest($1::int[], $2::int[], $3::text[], $4::text[]) k(i, u, p, g)
            where d.indicator_id = k.i and d.org_unit_id = k.u and d.period = k.p and d.disagg = k.g and d.status = any($5::text[])
            returning d.org_unit_id`,
          [
            resolved.map((r) => r.ind?.id),
            resolved.map((r) => r.unit?.id),
            resolved.map((r) => r.k.period),
            resolved.map((r) => r.k.disagg),
            from,
            to,
            ctx.who.id,
          ],
        );
        for (const r of rows) touched.add(r.org_unit_id);
        if (rows.length)
          await appendAudit(tx, { ...auditActor(ctx), action: `data_value.${action}`, entityType: "data_value", after: { keys, changed: rows.length } });
        return rows.length;
      });
      if (changed) events?.emit({ entity: "data_value", action, orgUnitIds: [...touched] });
      return { changed };
    },

    async grid(ctx: Ctx, f: { period: string; orgUnit: number; group?: string; indicators?: string }) {
      const period = tryParsePeriod(f.period);
      if (!period) throw new AppError("DATA_INVALID_PERIOD", `Kỳ "${f.period}" không hợp lệ.`, [], 422);
      await assertRead(ctx, f.orgUnit);
      const prev = previousPeriod(period);
      let inds = (await listIndicators(db)).filter((i) => i.periodType === period.type && !i.formula);
      if (f.group) inds = inds.filter((i) => i.groups.includes(f.group as string));
      if (f.indicators) {
        const wanted = new Set(f.indicators.split(",").map((c) => c.trim().toLowerCase()));
        inds = inds.filter((i) => wanted.has(i.code.toLowerCase()));
      }
      const units = await db.query<{ id: number; code: string; name: string; kind: string; path: string }>(
        `select id, code, name, kind, path from org_unit
          where (id = $1 or parent_id = $1) and valid_from <= $2::date and (valid_to is null or valid_to >= $3::date)
          order by depth, name`,
        [f.orgUnit, period.end, period.start],
      );
      const values = await db.query<{ i: number; u: number; period: string; disagg: string; value: number | null; numerator: number | null; denominator: number | null; status: string; version: number; comment: string | null }>(
        `select indicator_id as i, org_unit_id as u, period, disagg, value, numerator, denominator, status, version, comment
           from data_value where org_unit_id = any($1::int[]) and period = any($2::text[]) and indicator_id = any($3::int[])`,
        [units.map((u) => u.id), [period.code, prev.code], inds.map((i) => i.id)],
      );
      const targets = await db.query<{ indicatorId: number; comparator: string; value: number; scopeKind: string; orgUnitId: number; levelKind: string | null; path: string }>(
        `select t.indicator_id as "indicatorId", t.comparator, t.value, t.scope_kind as "scopeKind", t.org_unit_id as "orgUnitId",
                t.level_kind as "levelKind", o.path
           from target t join org_unit o on o.id = t.org_unit_id where t.indicator_id = any($1::int[]) and t.period = $2`,
        [inds.map((i) => i.id), String(parsePeriod(f.period).start.slice(0, 4))],
      );
      const cell = (i: number, u: number, p: string) => values.filter((v) => v.i === i && v.u === u && v.period === p);
      return {
        period: period.code,
        previousPeriod: prev.code,
        indicators: inds,
        units: units.map((u) => ({
          ...u,
          cells: inds.map((ind) => {
            const reports = ind.reporterKinds.length ? ind.reporterKinds.includes(u.kind) : ind.ownerUnitId === u.id;
            const target = targets.find(
              (t) => t.indicatorId === ind.id && (t.orgUnitId === u.id || (t.scopeKind === "level" && t.levelKind === u.kind && u.path.startsWith(t.path))),
            );
            return {
              indicator: ind.code,
              expected: reports,
              editable: reports && can(ctx.who, "data.write", u.path),
              current: cell(ind.id, u.id, period.code),
              previous: cell(ind.id, u.id, prev.code),
              target: target ? { comparator: target.comparator, value: target.value } : null,
            };
          }),
        })),
      };
    },
  };
}
