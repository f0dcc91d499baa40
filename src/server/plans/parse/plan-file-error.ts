/**
 * Why a plan file could not be read, with a stable code and a Vietnamese message.
 * The HTTP layer can map it to AppError("FILE_INVALID" / "BODY_TOO_LARGE", message, details).
 */
export type PlanFileErrorCode =
  | "PLAN_FILE_EMPTY"
  | "PLAN_FILE_TOO_LARGE"
  | "PLAN_FILE_INVALID_DOCX"
  | "PLAN_FILE_UNSUPPORTED_TYPE"
  | "PLAN_FILE_BAD_ENCODING"
  | "PLAN_FILE_NOT_FOUND";

export class PlanFileError extends Error {
  readonly code: PlanFileErrorCode;
  /** The file name as given, for messages and logs. */
  readonly filename: string;

  constructor(code: PlanFileErrorCode, message: string, filename: string, options?: { cause?: unknown }) {
    super(message, options);
    this.name = "PlanFileError";
    this.code = code;
    this.filename = filename;
  }
}
