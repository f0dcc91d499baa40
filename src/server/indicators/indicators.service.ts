import { detectFormulaCycles, FormulaError, formulaReferences, parseFormula } from "../../core/formula";
import { foldVietnamese } from "../../core/text";
import { appendAudit } from "../audit/audit.repo";
import { assertCanPath, hasAnywhere } from "../auth/authorize";
import { auditActor, type Ctx } from "../auth/context";
import type { Db, Queryable } from "../db/db";
import { AppError, fail } from "../http/errors";
import * as repo from "./indicators.repo";
import type { Indicator } from "./indicators.types";

export type IndicatorInput = repo.IndicatorWrite & { active?: boolean };

export function createIndicatorService(db: Db) {
  async function mustGet(q: Queryable, id: number): Promise<Indicator> {
    const i = await repo.getIndicator(q, id);
    if (!i) throw new AppError("INDICATOR_NOT_FOUND", `Không tìm thấy chỉ tiêu có mã số ${id}.`, [], 404);
    return i;
  }

  async function assertManage(q: Queryable, ctx: Ctx, ownerUnitId: number | null) {
    if (!hasAnywhere(ctx.who, "indicator.manage")) throw fail("FORBIDDEN");
    if (ownerUnitId) {
      const [u] = await q.query<{ path: string }>("select path from org_unit where id = $1", [ownerUnitId]);
      if (!u)
        throw new AppError(
          "ORG_UNIT_INVALID",
          `Không tìm thấy đơn vị chủ trì có mã số ${ownerUnitId}.`,
          [{ path: "ownerUnitId", message: "Đơn vị không tồn tại." }],
          422,
        );
    }
  }

  /** Rules a definition must meet beyond its schema: a ratio has its two parts, a formula parses and has no cycle. */
  async function checkDefinition(q: Queryable, input: IndicatorInput, selfCode: string) {
    if (input.aggregation === "ratio" && input.formula)
      throw new AppError(
        "INDICATOR_INVALID",
        "Chỉ tiêu tỷ lệ nhập tử số/mẫu số, không dùng công thức.",
        [{ path: "formula", message: "Bỏ công thức hoặc đổi cách tổng hợp." }],
        422,
      );
    if (input.minValue != null && input.maxValue != null && input.minValue > input.maxValue)
      throw new AppError(
        "INDICATOR_INVALID",
        "Giá trị nhỏ nhất lớn hơn giá trị lớn nhất.",
        [{ path: "minValue", message: "min > max" }],
        422,
      );
    if (!input.formula) return;
    let refs: string[];
    try {
      refs = formulaReferences(parseFormula(input.formula));
    } catch (e) {
      if (e instanceof FormulaError)
        throw new AppError("FORMULA_SYNTAX", e.message, [{ path: "formula", message: e.message }], 422);
      throw e;
    }
    const known = await repo.getIndicatorsByCodes(q, refs);
    const knownCodes = new Set(known.map((k) => k.code.toLowerCase()));
    const missing = refs.filter(
      (r) => !knownCodes.has(r.toLowerCase()) && r.toLowerCase() !== selfCode.toLowerCase(),
    );
    if (missing.length)
      throw new AppError(
        "FORMULA_UNKNOWN_INDICATOR",
        `Công thức tham chiếu chỉ tiêu không tồn tại: ${missing.join(", ")}.`,
        [{ path: "formula", message: missing.join(", ") }],
        422,
      );
    const all = await repo.listIndicators(q, { includeInactive: true });
    const defs: Record<string, string> = {};
    for (const i of all) if (i.formula) defs[i.code] = i.formula;
    defs[selfCode] = input.formula;
    const cycle = detectFormulaCycles(defs);
    if (cycle)
      throw new AppError(
        "FORMULA_CYCLE",
        `Công thức tham chiếu vòng: ${cycle.path.join(" → ")}.`,
        [{ path: "formula", message: cycle.path.join(" → ") }],
        422,
      );
  }

  return {
    async list(f: { q?: string; group?: string; includeInactive?: boolean }) {
      let items = await repo.listIndicators(db, { includeInactive: f.includeInactive });
      if (f.group) items = items.filter((i) => i.groups.includes(f.group as string));
      if (f.q) {
        const words = foldVietnamese(f.q).split(" ").filter(Boolean);
        items = items.filter((i) => {
          const hay = foldVietnamese(`${i.code} ${i.name} ${i.definition ?? ""}`);
          return words.every((w) => hay.includes(w));
        });
      }
      return items;
    },

    get: (id: number) => mustGet(db, id),
    groups: () => repo.listGroups(db),

    async versions(id: number) {
      return db.query<{
        version: number;
        definition: Indicator;
        changedAt: string;
        changedBy: string | null;
      }>(
        `select v.version, v.definition, v.changed_at as "changedAt", u.full_name as "changedBy"
           from indicator_version v left join app_user u on u.id = v.changed_by
          where v.indicator_id = $1 order by v.version desc`,
        [id],
      );
    },

    create(ctx: Ctx, input: IndicatorInput): Promise<Indicator> {
      return db.tx((tx) => createIn(tx, ctx, input));
    },
    update(ctx: Ctx, id: number, version: number, input: IndicatorInput): Promise<Indicator> {
      return db.tx((tx) => updateIn(tx, ctx, id, version, input));
    },
    createIn,
    updateIn,
  };

  async function createIn(tx: Queryable, ctx: Ctx, input: IndicatorInput): Promise<Indicator> {
    {
      await assertManage(tx, ctx, input.ownerUnitId);
      if ((await repo.getIndicatorsByCodes(tx, [input.code])).length)
        throw new AppError(
          "INDICATOR_CODE_TAKEN",
          `Mã chỉ tiêu "${input.code}" đã tồn tại.`,
          [{ path: "code", message: "Trùng mã." }],
          409,
        );
      await checkDefinition(tx, input, input.code);
      const id = await repo.insertIndicator(tx, input);
      const created = await mustGet(tx, id);
      await repo.saveVersion(tx, created, ctx.who.id);
      await appendAudit(tx, {
        ...auditActor(ctx),
        action: "indicator.create",
        entityType: "indicator",
        entityId: id,
        after: created,
      });
      return created;
    }
  }

  async function updateIn(
    tx: Queryable,
    ctx: Ctx,
    id: number,
    version: number,
    input: IndicatorInput,
  ): Promise<Indicator> {
    {
      const before = await mustGet(tx, id);
      await assertManage(tx, ctx, input.ownerUnitId);
      if (
        input.code.toLowerCase() !== before.code.toLowerCase() &&
        (await repo.getIndicatorsByCodes(tx, [input.code])).length
      )
        throw new AppError("INDICATOR_CODE_TAKEN", `Mã chỉ tiêu "${input.code}" đã tồn tại.`, [], 409);
      if (
        before.aggregation !== input.aggregation &&
        (input.aggregation === "ratio" || before.aggregation === "ratio")
      ) {
        const [{ n }] = await tx.query<{ n: number }>(
          "select count(*)::int as n from data_value where indicator_id = $1",
          [id],
        );
        if (n > 0)
          throw new AppError(
            "INDICATOR_INVALID",
            "Không thể đổi sang/khỏi kiểu tỷ lệ khi đã có số liệu.",
            [{ path: "aggregation", message: `${n} số liệu` }],
            422,
          );
      }
      await checkDefinition(tx, input, input.code);
      const ok = await repo.updateIndicator(tx, id, version, {
        ...input,
        active: input.active ?? before.active,
      });
      if (!ok) throw fail("VERSION_CONFLICT");
      const after = await mustGet(tx, id);
      await repo.saveVersion(tx, after, ctx.who.id);
      await appendAudit(tx, {
        ...auditActor(ctx),
        action: "indicator.update",
        entityType: "indicator",
        entityId: id,
        before,
        after,
      });
      return after;
    }
  }
}

export type IndicatorService = ReturnType<typeof createIndicatorService>;
export { assertCanPath };
