import { z } from "zod";
import { RECUR_CYCLES } from "../tasks/recurrence";
import { DeadlineSchema, optionalText, requiredText, unitId } from "../tasks/tasks.schemas";
import { PRIORITIES } from "../tasks/tasks.types";

/** What the assigning unit may change on a task it assigned. */
export const TaskEditSchema = z.strictObject({
  code: optionalText(40),
  title: requiredText(4000),
  content: optionalText(8000),
  leadUnitId: unitId().nullable(),
  coordinatorUnitIds: z.array(unitId()).max(200),
  deadline: DeadlineSchema,
  recurCycle: z.enum(RECUR_CYCLES).nullable(),
  recurDueDay: z.number().int().min(1).max(31).nullable(),
  expectedResult: optionalText(2000),
  priority: z.enum(PRIORITIES),
  indicatorCodes: z
    .array(
      z
        .string()
        .trim()
        .regex(/^[\w.-]{1,60}$/u, "Mã chỉ số không hợp lệ."),
    )
    .max(50),
  targetRefs: z
    .array(
      z
        .string()
        .trim()
        .regex(/^[\w.:-]{1,60}$/u, "Mã chỉ tiêu không hợp lệ."),
    )
    .max(50),
  version: z.number().int(),
});
