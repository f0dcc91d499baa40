import { afterEach, describe, expect, it } from "vitest";
import { i18n } from "../i18n";
import { ApiError } from "./api";
import { errorDetailLines, errorMessage } from "./errors";

afterEach(async () => {
  await i18n.changeLanguage("vi");
});

describe("errorMessage", () => {
  it("words known codes in Vietnamese, whatever the server said", () => {
    const error = new ApiError(401, "AUTH_INVALID_CREDENTIALS", "Invalid credentials");
    expect(errorMessage(error)).toBe("Tên đăng nhập hoặc mật khẩu không đúng.");
  });

  it("words them in English when the UI is in English", async () => {
    await i18n.changeLanguage("en");
    expect(errorMessage(new ApiError(403, "FORBIDDEN", "Không có quyền"))).toBe(
      "You are not allowed to do this.",
    );
  });

  it("falls back to the server's message for codes it does not know", () => {
    expect(errorMessage(new ApiError(422, "DATA_VALUE_OUT_OF_RANGE", "Giá trị vượt quá 100%"))).toBe(
      "Giá trị vượt quá 100%",
    );
    expect(errorMessage(new ApiError(500, "SOMETHING", ""))).toBe("Đã xảy ra lỗi không xác định.");
  });

  it("says until when an account is locked", () => {
    const error = new ApiError(423, "AUTH_LOCKED", "Locked", [
      { message: "lockedUntil", lockedUntil: "2030-01-05T02:04:00Z" },
    ]);
    expect(errorMessage(error)).toBe(
      "Tài khoản đang bị tạm khóa do đăng nhập sai nhiều lần, đến 09:04 05/01/2030. Vui lòng thử lại sau hoặc liên hệ quản trị viên.",
    );
    expect(errorMessage(new ApiError(423, "AUTH_LOCKED", "Locked"))).toContain("tạm khóa");
  });

  it("uses the message of plain errors", () => {
    expect(errorMessage(new Error("Vui lòng nhập mật khẩu."))).toBe("Vui lòng nhập mật khẩu.");
    expect(errorMessage("?")).toBe("Đã xảy ra lỗi không xác định.");
  });
});

describe("errorDetailLines", () => {
  it("lists field messages and skips data-only details", () => {
    const error = new ApiError(400, "VALIDATION_FAILED", "Sai", [
      { path: "name", message: "Bắt buộc" },
      { message: "lockedUntil", lockedUntil: "2030-01-01T00:00:00Z" },
      { path: "file", row: 3, column: "Tên", message: "Trống" },
    ]);
    expect(errorDetailLines(error)).toEqual(["name: Bắt buộc"]);
    expect(errorDetailLines(new Error("x"))).toEqual([]);
  });
});
