import { z } from "zod";
import { codeString, safeName } from "../http/safe-text";
import { ORG_UNIT_KINDS } from "../orgunits/orgunits.types";
import { AGGREGATIONS, PERIOD_TYPES_LIST, VALUE_TYPES } from "./indicators.types";

const text = (max: number) => z.string().max(max).refine((s) => !/[<>]/.test(s), { message: "Không được chứa ký tự < >." });

export const IndicatorBody = z.strictObject({
  code: codeString(),
  name: safeName(500),
  unit: text(50).default(""),
  valueType: z.enum(VALUE_TYPES),
  aggregation: z.enum(AGGREGATIONS),
  periodType: z.enum(PERIOD_TYPES_LIST),
  formula: z.string().max(2000).nullable().default(null),
  direction: z.enum(["up", "down"]).default("up"),
  decimals: z.number().int().min(0).max(6).default(1),
  scale: z.number().positive().max(1e9).default(100),
  minValue: z.number().nullable().default(null),
  maxValue: z.number().nullable().default(null),
  numeratorLabel: text(300).nullable().default(null),
  denominatorLabel: text(300).nullable().default(null),
  reporterKinds: z.array(z.enum(ORG_UNIT_KINDS)).max(10).default([]),
  disaggregation: z
    .strictObject({
      dimension: text(50),
      options: z.array(z.strictObject({ code: codeString(), name: text(100) })).min(2).max(30),
    })
    .nullable()
    .default(null),
  dueDays: z.number().int().min(0).max(365).default(10),
  ownerUnitId: z.number().int().positive().nullable().default(null),
  monitorUnitId: z.number().int().positive().nullable().default(null),
  source: text(500).nullable().default(null),
  definition: text(5000).nullable().default(null),
  isPublic: z.boolean().default(false),
  active: z.boolean().optional(),
  groups: z.array(z.string().max(50)).max(20).default([]),
});

export const IndicatorSchema = IndicatorBody.extend({
  id: z.number(),
  version: z.number(),
  active: z.boolean(),
  groups: z.array(z.string()),
  updatedAt: z.string(),
  code: z.string(),
  name: z.string(),
  unit: z.string(),
  numeratorLabel: z.string().nullable(),
  denominatorLabel: z.string().nullable(),
  source: z.string().nullable(),
  definition: z.string().nullable(),
  formula: z.string().nullable(),
  reporterKinds: z.array(z.string()),
  disaggregation: z.object({ dimension: z.string(), options: z.array(z.object({ code: z.string(), name: z.string() })) }).nullable(),
});
