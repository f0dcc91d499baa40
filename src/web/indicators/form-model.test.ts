import { describe, expect, it } from "vitest";
import { ApiError } from "../lib/api";
import { emptyIndicatorInput, fieldErrorsOf, localErrors, normaliseInput } from "./form-model";

describe("indicator form model", () => {
  it("puts the server's formula sentence at the formula field", () => {
    const error = new ApiError(422, "FORMULA_CYCLE", "Công thức tham chiếu vòng: A → B → A.", [
      { path: "formula", message: "A → B → A" },
    ]);
    expect(fieldErrorsOf(error)).toEqual({ formula: "Công thức tham chiếu vòng: A → B → A." });
  });

  it("maps schema errors by their body path, keeping the detail message", () => {
    const error = new ApiError(422, "VALIDATION_FAILED", "Dữ liệu không hợp lệ", [
      { path: "body.code", message: "Sai định dạng." },
      { path: "body.disaggregation.options.0.code", message: "Cần ít nhất 1 ký tự." },
    ]);
    expect(fieldErrorsOf(error)).toEqual({ code: "Sai định dạng.", disaggregation: "Cần ít nhất 1 ký tự." });
    expect(fieldErrorsOf(new Error("x"))).toEqual({});
  });

  it("requires the ratio's labels and a formula for a computed indicator", () => {
    const draft = { ...emptyIndicatorInput(), code: "A", name: "B", aggregation: "ratio" as const };
    expect(Object.keys(localErrors(draft, false, "!"))).toEqual(["numeratorLabel", "denominatorLabel"]);
    const computed = { ...emptyIndicatorInput(), code: "A", name: "B", aggregation: "none" as const };
    expect(localErrors(computed, true, "!")).toEqual({ formula: "!" });
  });

  it("drops parts that do not apply and trims texts", () => {
    const draft = {
      ...emptyIndicatorInput(),
      code: " A ",
      name: " Tên ",
      aggregation: "sum" as const,
      formula: "{X}",
      numeratorLabel: "tử",
      source: "  ",
    };
    const out = normaliseInput(draft, false);
    expect(out).toMatchObject({ code: "A", name: "Tên", formula: null, numeratorLabel: null, source: null });
    expect(normaliseInput({ ...draft, aggregation: "none" }, true).formula).toBe("{X}");
  });
});
