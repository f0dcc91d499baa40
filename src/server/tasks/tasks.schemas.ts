// Zod schemas shared by the plan and task routes. Task wording comes from real documents and
// carries semicolons, parentheses and quotes, so it gets its own text rule: any printable text,
// no control characters, nothing that looks like markup.
import { z } from "zod";
import { isoDate } from "../http/safe-text";
import { RECUR_CYCLES } from "./recurrence";
import { TASK_STATUSES } from "./task-status";
import { DEADLINE_KINDS, PRIORITIES } from "./tasks.types";

// biome-ignore lint/suspicious/noControlCharactersInRegex: control characters are what this refuses
const CONTROL = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f]/;
const MARKUP = /<\s*[a-zA-Z/!?]/;

export const plainText = (max: number) =>
  z
    .string()
    .trim()
    .max(max)
    .refine((s) => !CONTROL.test(s), { message: "Không được chứa ký tự điều khiển." })
    .refine((s) => !MARKUP.test(s), { message: "Không được chứa thẻ HTML (< >)." });

export const requiredText = (max: number) => plainText(max).pipe(z.string().min(1, "Không được để trống."));
export const optionalText = (max: number) =>
  plainText(max)
    .nullable()
    .optional()
    .transform((v) => (v ? v : null));

export const unitId = () => z.number().int().positive();

export const DeadlineSchema = z.strictObject({
  kind: z.enum(DEADLINE_KINDS),
  from: isoDate().nullable(),
  to: isoDate().nullable(),
  text: optionalText(300),
});

export const TaskInputSchema = z.strictObject({
  code: optionalText(40),
  title: requiredText(4000),
  content: optionalText(8000),
  section: optionalText(500),
  leadUnitId: unitId().nullable(),
  fanOutUnitIds: z.array(unitId()).max(500).optional(),
  leadText: optionalText(500),
  coordinatorUnitIds: z.array(unitId()).max(200).optional(),
  coordinatorsText: optionalText(2000),
  deadline: DeadlineSchema,
  recurCycle: z.enum(RECUR_CYCLES).nullable().optional(),
  recurDueDay: z.number().int().min(1).max(31).nullable().optional(),
  expectedResult: optionalText(2000),
  priority: z.enum(PRIORITIES).optional(),
  indicatorCodes: z
    .array(
      z
        .string()
        .trim()
        .regex(/^[\w.-]{1,60}$/u, "Mã chỉ số không hợp lệ."),
    )
    .max(50)
    .optional(),
  targetRefs: z
    .array(
      z
        .string()
        .trim()
        .regex(/^[\w.:-]{1,60}$/u, "Mã chỉ tiêu không hợp lệ."),
    )
    .max(50)
    .optional(),
});

export const DOC_TYPES = [
  "KH",
  "QĐ",
  "NQ",
  "TB",
  "CV",
  "CT",
  "CTr",
  "ĐA",
  "HD",
  "KL",
  "BC",
  "TTr",
  "QC",
  "CĐ",
] as const;

export const PlanFieldsSchema = z.strictObject({
  number: optionalText(60),
  docType: z.enum(DOC_TYPES),
  issuedOn: isoDate().nullable(),
  issuer: optionalText(300),
  title: requiredText(2000),
  periodFrom: isoDate().nullable(),
  periodTo: isoDate().nullable(),
  status: z.enum(["draft", "active", "completed", "cancelled"]).default("active"),
  parentPlanId: z.number().int().positive().nullable(),
  implementsRef: optionalText(200),
});

export const statusList = z
  .string()
  .max(200)
  .transform((s) =>
    s
      .split(",")
      .map((x) => x.trim())
      .filter(Boolean),
  )
  .pipe(z.array(z.enum(TASK_STATUSES)));

export const IdParams = z.object({ id: z.coerce.number().int().positive() });
