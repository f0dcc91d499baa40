import fc from "fast-check";
import { describe, expect, it } from "vitest";
import {
  cutAtVerb,
  foldVietnamese,
  isCollectiveUnitName,
  isUnitPhrase,
  matchUnitName,
  modernToneMarks,
  normalizeUnitName,
  rankUnitNames,
  splitUnitList,
  tidyUnitName,
  unitFromPositionTitle,
} from "./index";

describe("foldVietnamese", () => {
  it("removes diacritics, maps đ to d, lowercases and collapses spaces", () => {
    expect(foldVietnamese("  Ủy ban   nhân dân Tỉnh Đồng Tháp ")).toBe("uy ban nhan dan tinh dong thap");
    expect(foldVietnamese("Uỷ ban")).toBe(foldVietnamese("Ủy ban"));
    expect(foldVietnamese("Sở Khoa học và Công nghệ")).toBe("so khoa hoc va cong nghe");
    expect(foldVietnamese("ĐĂNG KÝ\tXE")).toBe("dang ky xe");
  });

  it("treats decomposed (NFD) and composed input alike", () => {
    expect(foldVietnamese("Thường xuyên".normalize("NFD"))).toBe("thuong xuyen");
  });

  it("is idempotent and never leaves combining marks or double spaces", () => {
    fc.assert(
      fc.property(fc.string(), (s) => {
        const once = foldVietnamese(s);
        expect(foldVietnamese(once)).toBe(once);
        expect(/[\u0300-\u036f]/.test(once)).toBe(false);
        expect(once.includes("  ")).toBe(false);
      }),
    );
  });
});

describe("modernToneMarks and tidyUnitName", () => {
  it("moves old-style tones onto the first vowel at word end", () => {
    expect(modernToneMarks("Uỷ ban nhân dân")).toBe("Ủy ban nhân dân");
    expect(modernToneMarks("Văn hoá")).toBe("Văn hóa");
    expect(modernToneMarks("Quý II và quỹ")).toBe("Quý II và quỹ");
    expect(modernToneMarks("hoàn thành")).toBe("hoàn thành");
  });

  it("tidies a unit name for display", () => {
    expect(tidyUnitName("  - Sở  Tài chính; ")).toBe("Sở Tài chính");
    expect(tidyUnitName("**Uỷ ban nhân dân tỉnh**")).toBe("Ủy ban nhân dân tỉnh");
  });
});

describe("normalizeUnitName", () => {
  it("expands the usual abbreviations to one key", () => {
    const key = normalizeUnitName("Văn phòng Hội đồng nhân dân và Ủy ban nhân dân thành phố");
    expect(normalizeUnitName("VP HĐND-UBND TP")).toBe(key);
    expect(normalizeUnitName("Văn phòng HĐND và UBND thành phố")).toBe(key);
    expect(normalizeUnitName("Chánh Văn phòng HĐND-UBND thành phố")).toBe(key);
    expect(normalizeUnitName("Sở TT&TT")).toBe(normalizeUnitName("Sở Thông tin và Truyền thông"));
    expect(normalizeUnitName("Sở KH&ĐT")).toBe(normalizeUnitName("Sở Kế hoạch và Đầu tư"));
    expect(normalizeUnitName("Sở LĐTB&XH")).toBe(normalizeUnitName("Sở Lao động - Thương binh và Xã hội"));
    expect(normalizeUnitName("CA tỉnh")).toBe(normalizeUnitName("Công an tỉnh"));
    expect(normalizeUnitName("BCH Quân sự thành phố")).toBe(
      normalizeUnitName("Ban Chỉ huy Quân sự thành phố"),
    );
    expect(normalizeUnitName("Phòng VH-TT")).toBe(normalizeUnitName("Phòng Văn hóa và Thông tin"));
    expect(normalizeUnitName("Phòng VH&TT")).toBe(normalizeUnitName("Phòng Văn hoá & Thông tin"));
    expect(normalizeUnitName("Sở VHTT&DL")).toBe(normalizeUnitName("Sở Văn hóa, Thể thao và Du lịch"));
  });

  it("drops the position title in front of the unit", () => {
    expect(normalizeUnitName("Trưởng phòng Y tế")).toBe(normalizeUnitName("Phòng Y tế"));
    expect(normalizeUnitName("Trưởng Công an thành phố")).toBe(normalizeUnitName("Công an thành phố"));
    expect(normalizeUnitName("Giám đốc Sở Tài chính")).toBe(normalizeUnitName("Sở Tài chính"));
    expect(normalizeUnitName("Chủ tịch UBND các phường, xã")).toBe(normalizeUnitName("UBND các phường, xã"));
  });

  it("keeps different units apart", () => {
    expect(normalizeUnitName("Sở Tài chính")).not.toBe(normalizeUnitName("Phòng Tài chính"));
    expect(normalizeUnitName("UBND tỉnh")).not.toBe(normalizeUnitName("UBND thành phố"));
  });
});

describe("unit phrases", () => {
  it("recognises unit names and rejects verbs that share their first word", () => {
    expect(isUnitPhrase("Sở Tài chính")).toBe(true);
    expect(isUnitPhrase("Trưởng phòng Văn hóa và Thông tin")).toBe(true);
    expect(isUnitPhrase("Các sở, ban, ngành Tỉnh")).toBe(true);
    expect(isUnitPhrase("Công an thành phố")).toBe(true);
    expect(isUnitPhrase("Ban hành các chỉ số phục vụ công tác")).toBe(false);
    expect(isUnitPhrase("Phòng, chống thiên tai")).toBe(false);
    expect(isUnitPhrase("Báo cáo kết quả")).toBe(false);
    expect(isUnitPhrase("Chỉ số xếp hạng DTI")).toBe(false);
    expect(isUnitPhrase("ban")).toBe(false);
  });

  it("splits lists of units without breaking names or collective phrases", () => {
    expect(splitUnitList("Văn phòng Chính phủ; các sở, ban, ngành Tỉnh")).toEqual([
      "Văn phòng Chính phủ",
      "các sở, ban, ngành Tỉnh",
    ]);
    expect(splitUnitList("Sở Tài chính, Sở Nội vụ và các đơn vị liên quan")).toEqual([
      "Sở Tài chính",
      "Sở Nội vụ",
      "các đơn vị liên quan",
    ]);
    expect(splitUnitList("Sở Khoa học và Công nghệ")).toEqual(["Sở Khoa học và Công nghệ"]);
    expect(splitUnitList("UBND các huyện, thị xã, thành phố")).toEqual(["UBND các huyện, thị xã, thành phố"]);
    expect(splitUnitList("Văn phòng HĐND và UBND thành phố")).toEqual(["Văn phòng HĐND và UBND thành phố"]);
    expect(splitUnitList("")).toEqual([]);
  });

  it("cuts a unit name before the verb that follows it", () => {
    expect(cutAtVerb("Sở Nội vụ tham mưu UBND tỉnh ban hành quy chế")).toBe("Sở Nội vụ");
    expect(cutAtVerb("các đơn vị chuyên môn thuộc Công an tỉnh cung cấp thông tin")).toBe(
      "các đơn vị chuyên môn thuộc Công an tỉnh",
    );
    expect(cutAtVerb("Trung tâm Giám sát an toàn")).toBe("Trung tâm Giám sát an toàn");
  });

  it("knows collective names and the unit behind a position title", () => {
    expect(isCollectiveUnitName("Các sở, ban, ngành")).toBe(true);
    expect(isCollectiveUnitName("UBND các xã, phường")).toBe(true);
    expect(isCollectiveUnitName("Thủ trưởng các cơ quan, đơn vị")).toBe(true);
    expect(isCollectiveUnitName("Sở Tài chính")).toBe(false);
    expect(unitFromPositionTitle("Trưởng phòng Y tế")).toBe("Phòng Y tế");
    expect(unitFromPositionTitle("Chánh Văn phòng HĐND-UBND TP")).toBe("Văn phòng HĐND-UBND TP");
    expect(unitFromPositionTitle("Thủ trưởng các cơ quan, đơn vị")).toBe("Các cơ quan, đơn vị");
    expect(unitFromPositionTitle("Sở Tài chính")).toBe("Sở Tài chính");
  });
});

describe("matchUnitName", () => {
  const units = [
    { id: 1, code: "VP", name: "Văn phòng Ủy ban nhân dân tỉnh", shortName: "VP UBND" },
    { id: 2, code: "STTTT", name: "Sở Thông tin và Truyền thông" },
    { id: 3, code: "SKHDT", name: "Sở Kế hoạch và Đầu tư" },
    { id: 4, code: "SLDTBXH", name: "Sở Lao động - Thương binh và Xã hội" },
    { id: 5, code: "CAT", name: "Công an tỉnh" },
    { id: 6, code: "BCHQS", name: "Bộ Chỉ huy Quân sự tỉnh" },
    { id: 7, code: "UBNDTP", name: "Ủy ban nhân dân thành phố Bắc Giang" },
    { id: 8, code: "UBNDT", name: "Ủy ban nhân dân tỉnh" },
    { id: 9, code: "SKHCN", name: "Sở Khoa học và Công nghệ" },
    { id: 10, code: "PVHTT", name: "Phòng Văn hóa và Thông tin" },
    { id: 11, code: "VPTP", name: "Văn phòng HĐND và UBND thành phố" },
  ];

  it.each([
    ["Sở TT&TT", 2],
    ["Sở KH&ĐT", 3],
    ["Sở LĐTB&XH", 4],
    ["CA tỉnh", 5],
    ["Văn phòng UBND Tỉnh", 1],
    ["Uỷ ban nhân dân tỉnh", 8],
    ["UBND Tỉnh", 8],
    ["Trưởng phòng Văn hóa và Thông tin", 10],
    ["Phòng VH-TT", 10],
    ["VP HĐND-UBND TP", 11],
    ["Chánh Văn phòng HĐND-UBND TP", 11],
    ["Sở Khoa học & Công nghệ tỉnh Đồng Tháp", 9],
    ["STTTT", 2],
  ])("matches %s", (written, id) => {
    const match = matchUnitName(written, units);
    expect(match?.candidate.id).toBe(id);
    expect(match?.score).toBeGreaterThanOrEqual(0.6);
  });

  it("returns null when nothing is close enough", () => {
    expect(matchUnitName("Các doanh nghiệp viễn thông", units)).toBeNull();
    expect(matchUnitName("Các sở, ban, ngành", units)).toBeNull();
    expect(matchUnitName("Sở Y tế", [])).toBeNull();
  });

  it("does not confuse the province committee with the city committee or their offices", () => {
    const ranked = rankUnitNames("UBND thành phố Bắc Giang", units);
    expect(ranked[0].candidate.id).toBe(7);
    expect(ranked.find((r) => r.candidate.id === 8)?.score).toBeLessThan(0.6);
    expect(matchUnitName("UBND tỉnh", units)?.candidate.id).toBe(8);
  });

  it("scores exact spellings 1 and flags ties as ambiguous", () => {
    expect(matchUnitName("Sở Kế hoạch và Đầu tư", units)?.score).toBe(1);
    const twins = [
      { id: "a", code: "A", name: "Phòng Y tế" },
      { id: "b", code: "B", name: "Phòng Y tế" },
    ];
    expect(matchUnitName("Phòng Y tế", twins)?.ambiguous).toBe(true);
  });
});
