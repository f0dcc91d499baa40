import { describe, expect, it } from "vitest";
import type { Indicator } from "./api";
import { searchIndicators } from "./search";

const item = (code: string, name: string, definition: string | null = null) =>
  ({ code, name, definition }) as Indicator;

const CATALOGUE = [
  item(
    "DN_NEN_TANG_SO",
    "Tỷ lệ doanh nghiệp nhỏ và vừa sử dụng nền tảng số",
    "Tử số: số DNNVV; tổng hợp lên cấp trên",
  ),
  item("TTHC_DUNG_HAN", "Tỷ lệ hồ sơ TTHC giải quyết đúng hạn"),
  item("TTHC_TONG_HO_SO", "Tổng số hồ sơ TTHC tiếp nhận"),
  item("PAKN_DUNG_HAN", "Tỷ lệ xử lý phản ánh, kiến nghị đúng hạn", "Tỷ lệ hồ sơ phản ánh xử lý đúng hạn"),
];

describe("catalogue search", () => {
  it("finds Tỷ lệ hồ sơ from ty le ho so, phrase in the name first", () => {
    expect(searchIndicators(CATALOGUE, "ty le ho so").map((i) => i.code)).toEqual([
      "TTHC_DUNG_HAN",
      "PAKN_DUNG_HAN",
    ]);
  });

  it("matches word starts without accents or case, in any order", () => {
    expect(searchIndicators(CATALOGUE, "HỒ SƠ tong").map((i) => i.code)).toEqual(["TTHC_TONG_HO_SO"]);
    expect(searchIndicators(CATALOGUE, "dung han").map((i) => i.code)).toEqual([
      "TTHC_DUNG_HAN",
      "PAKN_DUNG_HAN",
    ]);
    // "ho" is not the start of "nhỏ".
    expect(searchIndicators(CATALOGUE, "nho").map((i) => i.code)).toEqual(["DN_NEN_TANG_SO"]);
    expect(searchIndicators(CATALOGUE, "ho nghiep")).toEqual([]);
  });

  it("finds by code and keeps everything for an empty query", () => {
    expect(searchIndicators(CATALOGUE, "tthc_tong").map((i) => i.code)).toEqual(["TTHC_TONG_HO_SO"]);
    expect(searchIndicators(CATALOGUE, "  ")).toHaveLength(4);
  });
});
