/**
 * Demo data of the plans capability: the three real plans in seeds/, read by the same parser and
 * unit matching as an import, saved as plans with tasks assigned to demo units, then given a
 * plausible history relative to `today` (see simulate.ts). The chain is the real one:
 * Quyết định 1012/QĐ-TTg -> Kế hoạch 4117/KH-UBND of the province -> the city's plan.
 */
import { parsePlanText } from "../../../core/plan-import";
import { appendAudit } from "../../audit/audit.repo";
import type { Queryable } from "../../db/db";
import type { DemoSeeder } from "../../demo/seed";
import { createTaskTree, type TaskInput } from "../../tasks/tasks.create";
import { buildDraft, type DraftTask } from "../import-draft";
import { getPlan, insertPlan, type NewPlan } from "../plans.repo";
import { activeUnits } from "../unit-resolver";
import { CITY_QD1012_TEXT } from "./city-qd1012.text";
import { CITY_STEERING_2024_TEXT } from "./city-steering-2024.text";
import { PROVINCE_QD1012_TEXT } from "./province-qd1012.text";
import { mulberry32, simulatePlan } from "./simulate";

async function unitIdByCode(tx: Queryable, code: string): Promise<number> {
  const [row] = await tx.query<{ id: number }>("select id from org_unit where code = $1", [code]);
  if (!row) throw new Error(`demo seed: no unit ${code}`);
  return row.id;
}

interface SeedDoc {
  text: string;
  orgUnitCode: string;
  override: Partial<NewPlan>;
  /** Where the plan's own history starts (its first reporting cycle). */
  trackFrom: string;
  /** Units a collective lead stands for in this document (a city's wards, not the whole province). */
  collectiveCodes?: string[];
  /** Lead for names no demo unit matches (the former city's divisions are today's ward). */
  fallbackCode: string;
}

function periodDeadline(from: string | null, to: string | null): TaskInput["deadline"] {
  if (!to) return { kind: "none", from: null, to: null, text: null };
  const sameYear = from?.slice(0, 4) === to.slice(0, 4);
  return sameYear
    ? { kind: "year", from, to, text: `Trong năm ${to.slice(0, 4)} (theo kỳ kế hoạch)` }
    : {
        kind: "range",
        from,
        to,
        text: `Giai đoạn ${from?.slice(0, 4) ?? ""} - ${to.slice(0, 4)} (theo kỳ kế hoạch)`,
      };
}

function toInput(
  t: DraftTask,
  plan: { periodFrom: string | null; periodTo: string | null },
  fallback: number,
  collective: number[] | null,
): TaskInput {
  let leadUnitId = t.leadUnitId;
  let fan = t.fanOutUnitIds;
  if (collective && fan.length > 1) fan = collective;
  if (leadUnitId === null && fan.length === 0) leadUnitId = fallback;
  const deadline = t.deadline.kind === "none" ? periodDeadline(plan.periodFrom, plan.periodTo) : t.deadline;
  return {
    code: t.code,
    title: t.title,
    section: t.section,
    leadUnitId: fan.length > 0 ? null : leadUnitId,
    fanOutUnitIds: fan,
    leadText: t.leadText,
    coordinatorUnitIds: t.coordinatorUnitIds,
    coordinatorsText: t.coordinatorsText,
    deadline,
    recurCycle: t.recurCycle,
    recurDueDay: t.recurDueDay,
    expectedResult: t.expectedResult,
    priority: t.code?.startsWith("I.") ? "high" : "normal",
  };
}

async function seedDocument(
  tx: Queryable,
  doc: SeedDoc,
  today: string,
  seedNo: number,
): Promise<{ planId: number; tasks: number }> {
  const orgUnitId = await unitIdByCode(tx, doc.orgUnitCode);
  const [root] = await tx.query<{ path: string }>("select path from org_unit where code = 'BN'");
  const draft = await buildDraft(tx, parsePlanText(doc.text), await activeUnits(tx, root.path));
  const plan: NewPlan = {
    orgUnitId,
    number: draft.plan.number,
    docType: draft.plan.docType,
    issuedOn: draft.plan.issuedOn,
    issuer: draft.plan.issuer,
    title: draft.plan.title,
    periodFrom: draft.plan.periodFrom,
    periodTo: draft.plan.periodTo,
    status: "active",
    parentPlanId: draft.plan.parentPlanId,
    implementsRef: draft.plan.implementsRef,
    createdBy: null,
    ...doc.override,
  };
  const planId = await insertPlan(tx, plan);
  const saved = await getPlan(tx, planId);
  if (!saved) throw new Error("demo seed: plan not saved");
  const fallback = await unitIdByCode(tx, doc.fallbackCode);
  const collective = doc.collectiveCodes
    ? await Promise.all(doc.collectiveCodes.map((c) => unitIdByCode(tx, c)))
    : null;
  for (const [i, t] of draft.tasks.entries())
    await createTaskTree(tx, saved, toInput(t, draft.plan, fallback, collective), {
      sortOrder: i,
      createdBy: null,
      today,
      trackFrom: doc.trackFrom,
    });
  await simulatePlan(tx, planId, today, mulberry32(seedNo));
  return { planId, tasks: draft.tasks.length };
}

export const seedPlans: DemoSeeder = async (tx, { today }) => {
  const bn = await unitIdByCode(tx, "BN");
  // The Prime Minister's decision is recorded as the top of the chain; its tasks are the province's.
  const qd = await insertPlan(tx, {
    orgUnitId: bn,
    number: "1012/QĐ-TTg",
    docType: "QĐ",
    issuedOn: "2024-09-20",
    issuer: "Thủ tướng Chính phủ",
    title:
      "Ban hành Kế hoạch hành động chuyển đổi số hoạt động chỉ đạo, điều hành của Chính phủ, Thủ tướng Chính phủ trực tuyến và dựa trên dữ liệu giai đoạn 2024 - 2025, định hướng đến năm 2030",
    periodFrom: "2024-01-01",
    periodTo: "2030-12-31",
    status: "active",
    parentPlanId: null,
    implementsRef: null,
    createdBy: null,
  });
  const wards = ["P-BAC-GIANG", "P-DA-MAI", "P-TIEN-PHONG"];
  const docs: SeedDoc[] = [
    {
      text: PROVINCE_QD1012_TEXT,
      orgUnitCode: "BN",
      // The draft's number is blank ("/KH-UBND"); the city plan cites it as 4117/KH-UBND of 15/11/2024.
      override: {
        number: "4117/KH-UBND",
        issuedOn: "2024-11-15",
        parentPlanId: qd,
        periodFrom: "2024-11-15",
        // Ongoing ("thường xuyên") duties run to the decision's horizon, 2030.
        periodTo: "2030-12-31",
      },
      trackFrom: "2024-11-15",
      fallbackCode: "VPUB",
    },
    {
      text: CITY_QD1012_TEXT,
      orgUnitCode: "P-BAC-GIANG",
      override: { issuedOn: "2024-12-10", periodFrom: "2024-12-10", periodTo: "2030-12-31" },
      trackFrom: "2024-12-10",
      collectiveCodes: wards,
      fallbackCode: "P-BAC-GIANG",
    },
    {
      text: CITY_STEERING_2024_TEXT,
      orgUnitCode: "P-BAC-GIANG",
      override: { issuedOn: "2024-03-15" },
      trackFrom: "2024-03-15",
      collectiveCodes: wards,
      fallbackCode: "P-BAC-GIANG",
    },
  ];
  const summary = [];
  for (const [i, doc] of docs.entries()) summary.push(await seedDocument(tx, doc, today, 1000 + i));
  await appendAudit(tx, {
    actorId: null,
    actorName: "system",
    action: "demo.seed.plans",
    entityType: "plan",
    orgUnitId: bn,
    after: { plans: [qd, ...summary.map((s) => s.planId)], tasks: summary.reduce((n, s) => n + s.tasks, 0) },
  });
};
