import type { FastifyError, FastifyInstance } from "fastify";
import { hasZodFastifySchemaValidationErrors } from "fastify-type-provider-zod";
import { AppError, type ErrorDetail, errorBody } from "./errors";

// Turns every failure into {"error":{code,message,details}} with a Vietnamese message.
export function registerErrorHandler(app: FastifyInstance): void {
  app.setErrorHandler((err: FastifyError, req, reply) => {
    const appErr = toAppError(err);
    if (appErr.status >= 500) req.log.error({ err }, "request failed");
    else req.log.info({ code: appErr.code }, "request rejected");
    return reply.status(appErr.status).send(errorBody(appErr));
  });
  app.setNotFoundHandler((req, reply) => {
    reply.status(404).send(errorBody(new AppError("NOT_FOUND", `Không có đường dẫn ${req.method} ${req.url}.`)));
  });
}

function toAppError(err: FastifyError): AppError {
  if (err instanceof AppError) return err;
  if (hasZodFastifySchemaValidationErrors(err)) {
    const details: ErrorDetail[] = err.validation.map((v) => ({
      path: `${err.validationContext ?? "body"}${v.instancePath.replaceAll("/", ".")}`,
      message: zodIssueVi({ code: v.keyword, ...(v.params as object) } as ZodIssueLike, v.message ?? ""),
    }));
    return new AppError("VALIDATION_FAILED", undefined, details);
  }
  if (err.code === "FST_ERR_CTP_BODY_TOO_LARGE") return new AppError("BODY_TOO_LARGE");
  if (err.code === "FST_ERR_CTP_INVALID_JSON_BODY" || err.code === "FST_ERR_CTP_EMPTY_JSON_BODY")
    return new AppError("VALIDATION_FAILED", "Nội dung JSON không hợp lệ.");
  if (err.code === "FST_ERR_CTP_INVALID_MEDIA_TYPE")
    return new AppError("VALIDATION_FAILED", "Kiểu nội dung (Content-Type) không được hỗ trợ.", [], 415);
  if (err.statusCode === 429) return new AppError("RATE_LIMITED");
  if (err.statusCode && err.statusCode < 500) return new AppError("VALIDATION_FAILED", err.message, [], err.statusCode);
  return new AppError("INTERNAL");
}

interface ZodIssueLike {
  code?: string;
  expected?: string;
  maximum?: number | bigint;
  minimum?: number | bigint;
  keys?: string[];
  origin?: string;
  format?: string;
}

/** Vietnamese wording of the common zod issues; falls back to zod's own text. */
export function zodIssueVi(issue: ZodIssueLike | undefined, fallback: string): string {
  switch (issue?.code) {
    case "invalid_type":
      return `Sai kiểu dữ liệu (cần ${typeVi(issue.expected)}).`;
    case "too_big":
      return issue.origin === "string" ? `Dài quá ${issue.maximum} ký tự.` : `Lớn hơn giới hạn ${issue.maximum}.`;
    case "too_small":
      return issue.origin === "string" ? `Cần ít nhất ${issue.minimum} ký tự.` : `Nhỏ hơn giới hạn ${issue.minimum}.`;
    case "unrecognized_keys":
      return `Trường không được phép: ${(issue.keys ?? []).join(", ")}.`;
    case "invalid_value":
      return "Giá trị không nằm trong danh sách cho phép.";
    case "invalid_format":
      return `Sai định dạng${issue.format ? ` (${issue.format})` : ""}.`;
    default:
      return fallback;
  }
}

function typeVi(t?: string): string {
  const m: Record<string, string> = { string: "chuỗi", number: "số", boolean: "đúng/sai", object: "đối tượng", array: "danh sách", int: "số nguyên" };
  return (t && m[t]) ?? t ?? "?";
}
