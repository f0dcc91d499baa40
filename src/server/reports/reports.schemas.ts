// Request shapes of the reporting API. Every string is bounded; bodies are strict objects. Rules
// that need the database or the period calendar live in the services, which answer in Vietnamese.
import { z } from "zod";
import { codeString, isoDate, safeName } from "../http/safe-text";
import { FREQUENCIES, METHODS, SECTION_MAX_LIMIT } from "./reports.types";

const optionalName = (max: number) => safeName(max).nullable().optional();
/** Free text where "<" may appear in a comparison; markup is refused by the services. */
const plain = (max: number) => z.string().max(max);

export const SectionInput = z.strictObject({
  key: z
    .string()
    .regex(/^[a-z0-9_]{1,40}$/, "Khóa mục chỉ gồm chữ thường không dấu, số, gạch dưới.")
    .optional(),
  title: safeName(300),
  guidance: plain(2000).nullable().optional(),
  required: z.boolean().default(true),
  maxLength: z.number().int().min(100).max(SECTION_MAX_LIMIT).optional(),
});

export const TemplateInput = z
  .strictObject({
    title: safeName(400).optional(),
    issuerCode: z
      .string()
      .regex(/^[A-ZĐ0-9&-]{1,20}$/, "Ký hiệu cơ quan chỉ gồm chữ in hoa, số, dấu gạch ngang.")
      .optional(),
    place: safeName(100).optional(),
    intro: plain(4000).optional(),
    recipients: z.array(safeName(300)).max(30).optional(),
    signerAuthority: safeName(100).optional(),
    signerPosition: safeName(200).optional(),
    signerName: safeName(100).optional(),
  })
  .default({});

const RegimeFields = {
  code: codeString(),
  name: safeName(400),
  legalBasis: optionalName(500),
  content: plain(4000).nullable().optional(),
  method: z.enum(METHODS).default("system"),
  receivingUnitId: z.number().int().positive(),
  unitIds: z.array(z.number().int().positive()).min(1, "Cần ít nhất một đơn vị báo cáo.").max(5000),
  indicatorCodes: z.array(z.string().max(50)).max(200).default([]),
  extraItems: z.array(safeName(300)).max(100).default([]),
  sections: z.array(SectionInput).max(30).default([]),
  template: TemplateInput,
  remindBefore: z.array(z.number().int().min(1).max(30)).max(5).default([3, 1]),
};

export const RegimeBody = z.strictObject({
  ...RegimeFields,
  frequency: z.enum(FREQUENCIES).exclude(["adhoc"]),
  cutoffStartDay: z.number().int().min(1).max(28).default(15),
  deadlineText: z.string().max(1000),
  startPeriod: z.string().max(20),
  endPeriod: z.string().max(20).nullable().optional(),
  active: z.boolean().default(true),
});
export type RegimeBodyT = z.infer<typeof RegimeBody>;

export const RegimeUpdateBody = RegimeBody.extend({ version: z.number().int().min(1) });

export const AdhocBody = z.strictObject({
  ...RegimeFields,
  code: codeString().optional(),
  period: z.string().max(20),
  dueOn: isoDate(),
  cutoffStartDay: z.number().int().min(1).max(28).default(15),
});
export type AdhocBodyT = z.infer<typeof AdhocBody>;

export const DeadlinePreviewBody = z.strictObject({
  deadlineText: z.string().max(1000),
  frequency: z.enum(FREQUENCIES).exclude(["adhoc"]),
  cutoffStartDay: z.number().int().min(1).max(28).default(15),
  fromPeriod: z.string().max(20).optional(),
  count: z.number().int().min(1).max(24).default(6),
});

const num = z
  .union([z.number(), z.string().max(40)])
  .nullable()
  .optional();
export const FigureInput = z.strictObject({
  indicator: z.string().max(50),
  period: z.string().max(20),
  value: num,
  numerator: num,
  denominator: num,
  disagg: z.string().max(50).optional(),
});
export type FigureInputT = z.infer<typeof FigureInput>;

export const SubmissionBody = z.strictObject({
  figures: z.array(FigureInput).max(20_000).default([]),
  narrative: z.record(z.string().max(40), z.string().max(SECTION_MAX_LIMIT * 2)).default({}),
  /** The submission version the writer last saw (0 = none yet); omitted = no check. */
  version: z.number().int().min(0).optional(),
});
export type SubmissionBodyT = z.infer<typeof SubmissionBody>;

export const ReviewBody = z.strictObject({ version: z.number().int().min(1).optional() });
export const ReturnBody = z.strictObject({
  reason: z.string().max(2000),
  version: z.number().int().min(1).optional(),
});

export const ConsolidateBody = z.strictObject({
  number: z
    .string()
    .regex(/^\d{1,6}\/BC-[A-ZĐ0-9&-]{1,20}$/, "Số văn bản có dạng 12/BC-SKHCN.")
    .nullable()
    .optional(),
  docDate: isoDate().optional(),
  signerName: safeName(100).nullable().optional(),
});

export const RegimePeriodParams = z.object({
  id: z.coerce.number().int().positive(),
  period: z.string().max(20),
});
export const IdParams = z.object({ id: z.coerce.number().int().positive() });
export const FormParams = RegimePeriodParams.extend({ unitId: z.coerce.number().int().positive() });
export const RangeQuery = z.object({
  from: z.string().max(20).optional(),
  to: z.string().max(20).optional(),
});
