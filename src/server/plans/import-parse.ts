// Step one of a plan import: read the uploaded file or pasted text, parse it, match its units.
// Nothing is written: the draft goes back to the person, who reviews it and confirms.
import { parsePlanText } from "../../core/plan-import";
import { hasAnywhere, scopePaths } from "../auth/authorize";
import type { Ctx } from "../auth/context";
import type { Queryable } from "../db/db";
import { AppError, fail } from "../http/errors";
import { buildDraft, type ImportDraft } from "./import-draft";
import { PlanFileError } from "./parse/plan-file-error";
import { MAX_PLAN_FILE_BYTES, readPlanFile } from "./parse/read-plan-file";
import { activeUnits } from "./unit-resolver";

export const MAX_PASTED_CHARS = 2_000_000;
export { MAX_PLAN_FILE_BYTES };

const STATUS: Record<string, number> = { PLAN_FILE_TOO_LARGE: 413, PLAN_FILE_UNSUPPORTED_TYPE: 415 };

/** The document's text, or a clear Vietnamese error (wrong type, empty, not a real .docx, too large). */
export async function documentText(
  src: { text: string } | { buffer: Buffer; filename: string },
): Promise<string> {
  if ("text" in src) {
    if (src.text.length > MAX_PASTED_CHARS)
      throw new AppError("PLAN_FILE_TOO_LARGE", "Văn bản dán vào quá dài (tối đa 2 triệu ký tự).", [], 413);
    if (src.text.trim().length === 0)
      throw new AppError("PLAN_FILE_EMPTY", "Chưa có nội dung văn bản.", [], 422);
    return src.text;
  }
  try {
    return await readPlanFile(
      new Uint8Array(src.buffer.buffer, src.buffer.byteOffset, src.buffer.byteLength),
      src.filename,
    );
  } catch (err) {
    if (err instanceof PlanFileError)
      throw new AppError(
        err.code,
        err.message,
        [{ path: "file", message: err.message }],
        STATUS[err.code] ?? 422,
      );
    throw err;
  }
}

/**
 * The root of the subtree whose units a plan of `orgUnitId` may assign: the province the unit
 * belongs to (its top ancestor), so a department's plan can still name the other departments.
 */
async function provinceRootPath(q: Queryable, orgUnitId: number): Promise<string> {
  const [row] = await q.query<{ path: string }>("select path from org_unit where id = $1", [orgUnitId]);
  if (!row) throw fail("NOT_FOUND", `Không tìm thấy đơn vị có mã số ${orgUnitId}.`);
  const first = row.path.split("/").filter(Boolean)[0];
  return `/${first}/`;
}

export async function parseImport(
  db: Queryable,
  ctx: Ctx,
  src: { text: string } | { buffer: Buffer; filename: string },
  orgUnitId: number | null,
): Promise<ImportDraft & { orgUnitId: number | null }> {
  if (!hasAnywhere(ctx.who, "plan.manage"))
    throw fail("FORBIDDEN", "Chỉ bộ phận tổng hợp và lãnh đạo được nhập kế hoạch.");
  const text = await documentText(src);
  const parsed = parsePlanText(text);
  const unit =
    orgUnitId ??
    ctx.who.grants.find((g) => scopePaths(ctx.who, "plan.manage").includes(g.path))?.orgUnitId ??
    null;
  const root = unit !== null ? await provinceRootPath(db, unit) : null;
  const draft = await buildDraft(db, parsed, await activeUnits(db, root));
  if (draft.tasks.length === 0)
    draft.warnings.unshift({
      line: 1,
      message:
        "Không tìm thấy nhiệm vụ nào. Văn bản cần có bảng phụ lục với các cột STT, Nhiệm vụ, Đơn vị chủ trì, Đơn vị phối hợp, Thời gian hoàn thành, hoặc các mục ghi rõ đơn vị chủ trì.",
    });
  if (!draft.plan.title)
    draft.warnings.unshift({
      line: 1,
      message: "Không đọc được trích yếu (tên) của kế hoạch; hãy nhập tay.",
    });
  return { ...draft, orgUnitId: unit };
}
