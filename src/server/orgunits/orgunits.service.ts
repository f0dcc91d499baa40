import { appendAudit } from "../audit/audit.repo";
import { assertCanPath, can } from "../auth/authorize";
import { auditActor, type Ctx } from "../auth/context";
import type { Db, Queryable } from "../db/db";
import { fail } from "../http/errors";
import * as repo from "./orgunits.repo";
import type { OrgUnit, OrgUnitKind } from "./orgunits.types";
import { foldVietnamese as foldForSearch } from "../../core/text";

export interface CreateUnitInput {
  code: string;
  name: string;
  shortName?: string | null;
  kind: OrgUnitKind;
  parentId: number;
  validFrom?: string;
}

export interface MergeInput {
  sourceIds: number[];
  date: string;
  target: { id: number } | { code: string; name: string; shortName?: string | null; kind: OrgUnitKind; parentId: number };
}

export function createOrgUnitService(db: Db) {
  async function mustGet(q: Queryable, id: number): Promise<OrgUnit> {
    const u = await repo.getUnit(q, id);
    if (!u) throw fail("NOT_FOUND", `Không tìm thấy đơn vị có mã số ${id}.`);
    return u;
  }

  async function audit(tx: Queryable, ctx: Ctx, action: string, before: OrgUnit | null, after: OrgUnit | null) {
    const unit = after ?? before;
    await appendAudit(tx, {
      ...auditActor(ctx),
      action,
      entityType: "org_unit",
      entityId: unit?.id,
      orgUnitId: unit?.id,
      before,
      after,
    });
  }

  return {
    /** The catalogue of units is readable by every signed-in user: pickers and names need it. */
    async list(f: { asOf?: string; q?: string; includeInactive?: boolean }): Promise<OrgUnit[]> {
      const all = await repo.listUnits(db, { asOf: f.asOf, includeInactive: f.includeInactive });
      if (!f.q) return all;
      const needle = foldForSearch(f.q);
      return all.filter((u) => foldForSearch(`${u.code} ${u.name} ${u.shortName ?? ""}`).includes(needle));
    },

    async detail(id: number) {
      const item = await mustGet(db, id);
      const [ancestors, children, successors, predecessors] = await Promise.all([
        repo.ancestorsOf(db, item.path),
        repo.childrenOf(db, id),
        repo.unitsByIds(db, item.successorIds),
        repo.unitsByIds(db, item.predecessorIds),
      ]);
      return { item, ancestors, children, successors, predecessors };
    },

    async create(ctx: Ctx, input: CreateUnitInput): Promise<OrgUnit> {
      return db.tx(async (tx) => {
        const parent = await mustGet(tx, input.parentId);
        assertCanPath(ctx.who, "orgunit.manage", parent.path);
        if (await repo.codeTaken(tx, input.code)) throw fail("ORG_UNIT_CODE_TAKEN", `Mã đơn vị "${input.code}" đã tồn tại.`);
        const id = await repo.insertUnit(tx, { ...input });
        const created = await mustGet(tx, id);
        await audit(tx, ctx, "org_unit.create", null, created);
        return created;
      });
    },

    async update(
      ctx: Ctx,
      id: number,
      patch: { code?: string; name?: string; shortName?: string | null; kind?: OrgUnitKind; validTo?: string | null; version: number },
    ): Promise<OrgUnit> {
      return db.tx(async (tx) => {
        const before = await mustGet(tx, id);
        assertCanPath(ctx.who, "orgunit.manage", before.path);
        const code = patch.code ?? before.code;
        if (code.toLowerCase() !== before.code.toLowerCase() && (await repo.codeTaken(tx, code, id)))
          throw fail("ORG_UNIT_CODE_TAKEN", `Mã đơn vị "${code}" đã tồn tại.`);
        const ok = await repo.updateUnitFields(tx, id, patch.version, {
          code,
          name: patch.name ?? before.name,
          shortName: patch.shortName === undefined ? before.shortName : patch.shortName,
          kind: patch.kind ?? before.kind,
          validTo: patch.validTo === undefined ? before.validTo : patch.validTo,
        });
        if (!ok) throw fail("VERSION_CONFLICT");
        const after = await mustGet(tx, id);
        await audit(tx, ctx, "org_unit.update", before, after);
        return after;
      });
    },

    async move(ctx: Ctx, id: number, parentId: number, version: number): Promise<OrgUnit> {
      return db.tx(async (tx) => {
        const unit = await mustGet(tx, id);
        const parent = await mustGet(tx, parentId);
        assertCanPath(ctx.who, "orgunit.manage", unit.path);
        assertCanPath(ctx.who, "orgunit.manage", parent.path);
        if (unit.version !== version) throw fail("VERSION_CONFLICT");
        if (parent.path.startsWith(unit.path))
          throw fail("ORG_UNIT_CYCLE", `Không thể chuyển "${unit.name}" vào "${parent.name}" (là chính nó hoặc cấp dưới của nó).`);
        await repo.moveSubtree(tx, unit, parent);
        const after = await mustGet(tx, id);
        await audit(tx, ctx, "org_unit.move", unit, after);
        return after;
      });
    },

    /**
     * Merges units as of `date`: the sources close the day before, the target (existing or new) is
     * their successor, and their active children move under the target. Data of the sources keeps its
     * unit and adds up under the successor through the succession links.
     */
    async merge(ctx: Ctx, input: MergeInput): Promise<OrgUnit> {
      return db.tx(async (tx) => {
        const sources = await Promise.all(input.sourceIds.map((id) => mustGet(tx, id)));
        for (const s of sources) {
          assertCanPath(ctx.who, "orgunit.manage", s.path);
          if (s.validTo) throw fail("ORG_UNIT_INVALID", `Đơn vị "${s.name}" đã ngừng hoạt động từ ${s.validTo}.`);
        }
        let target: OrgUnit;
        if ("id" in input.target) {
          target = await mustGet(tx, input.target.id);
          if (input.sourceIds.includes(target.id)) {
            // Absorbing merge: the target is one of the units and stays open.
          }
        } else {
          const parent = await mustGet(tx, input.target.parentId);
          assertCanPath(ctx.who, "orgunit.manage", parent.path);
          if (await repo.codeTaken(tx, input.target.code))
            throw fail("ORG_UNIT_CODE_TAKEN", `Mã đơn vị "${input.target.code}" đã tồn tại.`);
          const id = await repo.insertUnit(tx, { ...input.target, validFrom: input.date });
          target = await mustGet(tx, id);
          await audit(tx, ctx, "org_unit.create", null, target);
        }
        assertCanPath(ctx.who, "orgunit.manage", target.path);
        const dayBefore = new Date(Date.parse(`${input.date}T00:00:00Z`) - 86_400_000).toISOString().slice(0, 10);
        for (const s of sources) {
          if (s.id === target.id) continue;
          if (target.path.startsWith(s.path))
            throw fail("ORG_UNIT_CYCLE", `Đơn vị đích không thể nằm trong đơn vị bị sáp nhập "${s.name}".`);
          for (const child of await repo.childrenOf(tx, s.id))
            if (!child.validTo) await repo.moveSubtree(tx, child, await mustGet(tx, target.id));
          await repo.closeUnit(tx, s.id, dayBefore);
          await repo.addSuccession(tx, s.id, target.id, input.date, "merge");
          await audit(tx, ctx, "org_unit.merge", s, await mustGet(tx, s.id));
        }
        return mustGet(tx, target.id);
      });
    },

    canManage(ctx: Ctx, unit: OrgUnit): boolean {
      return can(ctx.who, "orgunit.manage", unit.path);
    },
  };
}

export type OrgUnitService = ReturnType<typeof createOrgUnitService>;
