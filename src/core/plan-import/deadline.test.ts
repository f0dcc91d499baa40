import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { findDeadlineInText, parseDeadline } from "./deadline";

const read = (text: string | null, year: number | null = 2025) => parseDeadline(text, year);

describe("parseDeadline", () => {
  it.each([
    ["25/02/2025", "date", "2025-02-25", "2025-02-25"],
    ["Trước ngày 30/6/2025", "date", "2025-06-30", "2025-06-30"],
    ["ngày 25 tháng 5 năm 2025", "date", "2025-05-25", "2025-05-25"],
    ["2025-02-25", "date", "2025-02-25", "2025-02-25"],
    ["Tháng 12/2025", "month", "2025-12-01", "2025-12-31"],
    ["Tháng 12 năm 2025", "month", "2025-12-01", "2025-12-31"],
    ["Tháng 2/2024", "month", "2024-02-01", "2024-02-29"],
    ["Quý II năm 2025", "quarter", "2025-04-01", "2025-06-30"],
    ["Quý IV/2024", "quarter", "2024-10-01", "2024-12-31"],
    ["quý 1-2026", "quarter", "2026-01-01", "2026-03-31"],
    ["Năm 2025", "year", "2025-01-01", "2025-12-31"],
    ["Trong năm 2026", "year", "2026-01-01", "2026-12-31"],
    ["Năm 2023 - 2025", "range", "2023-01-01", "2025-12-31"],
    ["2024-2025", "range", "2024-01-01", "2025-12-31"],
    ["Giai đoạn 2024 - 2025", "range", "2024-01-01", "2025-12-31"],
    ["6 tháng đầu năm 2025", "range", "2025-01-01", "2025-06-30"],
    ["6 tháng cuối năm 2025", "range", "2025-07-01", "2025-12-31"],
    ["Quý I - II/2025", "range", "2025-01-01", "2025-06-30"],
    ["Từ tháng 3/2025 đến tháng 6/2025", "range", "2025-03-01", "2025-06-30"],
    ["Từ 01/3/2025 đến 30/6/2025", "range", "2025-03-01", "2025-06-30"],
  ])("reads %s", (text, kind, from, to) => {
    const { deadline, warning } = read(text);
    expect(deadline).toEqual({ kind, from, to, text });
    expect(warning).toBeNull();
  });

  it("takes the year of a short date from the document", () => {
    expect(read("25/5", 2024).deadline).toMatchObject({ kind: "date", from: "2024-05-25", to: "2024-05-25" });
    expect(read("Quý III", 2024).deadline).toMatchObject({
      kind: "quarter",
      from: "2024-07-01",
      to: "2024-09-30",
    });
  });

  it("keeps the kind but no dates when the year cannot be known", () => {
    const { deadline, warning } = read("Quý III", null);
    expect(deadline).toEqual({ kind: "quarter", from: null, to: null, text: "Quý III" });
    expect(warning).toMatch(/Không rõ năm/);
  });

  it("ends a 'trước <period>' deadline the day before the period", () => {
    expect(read("trước tháng 11/2024").deadline).toMatchObject({
      kind: "date",
      from: "2024-10-31",
      to: "2024-10-31",
    });
    expect(read("Trước Quý III/2025").deadline).toMatchObject({ kind: "date", to: "2025-06-30" });
  });

  it("reads ongoing duties and other bodies' timetables", () => {
    expect(read("Thường xuyên").deadline).toEqual({
      kind: "recurring",
      from: null,
      to: null,
      text: "Thường xuyên",
    });
    expect(read("Hằng năm").deadline.kind).toBe("recurring");
    expect(read("trước ngày 20 của tháng cuối quý").deadline).toEqual({
      kind: "recurring",
      from: null,
      to: null,
      text: "trước ngày 20 của tháng cuối quý",
    });
    expect(read("Theo lộ trình của Văn phòng Chính phủ").deadline).toEqual({
      kind: "roadmap",
      from: null,
      to: null,
      text: "Theo lộ trình của Văn phòng Chính phủ",
    });
  });

  it("rejects impossible dates with a warning and keeps the text", () => {
    const { deadline, warning } = read("31/02/2025");
    expect(deadline).toEqual({ kind: "none", from: null, to: null, text: "31/02/2025" });
    expect(warning).toBe('Ngày không hợp lệ: "31/02/2025"');
    expect(read("29/02/2023").deadline.kind).toBe("none");
    expect(read("29/02/2024").deadline.kind).toBe("date");
  });

  it("gives kind none for empty cells and for text it cannot read", () => {
    expect(read("").deadline).toEqual({ kind: "none", from: null, to: null, text: null });
    expect(read(null).deadline.text).toBeNull();
    const odd = read("Khi điều kiện cho phép sau này");
    expect(odd.deadline).toEqual({
      kind: "none",
      from: null,
      to: null,
      text: "Khi điều kiện cho phép sau này",
    });
    expect(odd.warning).toMatch(/Không đọc được thời hạn/);
  });

  it("always returns from <= to, both dates or both null", () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 1, max: 31 }),
        fc.integer({ min: 1, max: 12 }),
        fc.integer({ min: 2000, max: 2100 }),
        fc.constantFrom("", "Trước ngày ", "Quý ", "Tháng ", "Năm "),
        (d, m, y, prefix) => {
          const text =
            prefix === "Quý "
              ? `Quý ${(m % 4) + 1}/${y}`
              : prefix === "Tháng "
                ? `Tháng ${m}/${y}`
                : prefix === "Năm "
                  ? `Năm ${y}`
                  : `${prefix}${d}/${m}/${y}`;
          const { deadline } = read(text);
          expect((deadline.from === null) === (deadline.to === null)).toBe(true);
          if (deadline.from && deadline.to) expect(deadline.from <= deadline.to).toBe(true);
        },
      ),
    );
  });
});

describe("findDeadlineInText", () => {
  it("finds the deadline after hoàn thành / trước / trong", () => {
    const found = findDeadlineInText(
      "Giao Sở Nội vụ chủ trì tham mưu ban hành quy chế, hoàn thành trước ngày 25/02/2025.",
      2025,
    );
    expect(found?.deadline).toEqual({
      kind: "date",
      from: "2025-02-25",
      to: "2025-02-25",
      text: "trước ngày 25/02/2025",
    });
    expect(
      findDeadlineInText("số hóa dữ liệu đất đai trong năm 2024 để bảo đảm lộ trình", 2024)?.deadline.kind,
    ).toBe("year");
    expect(findDeadlineInText("phê duyệt hồ sơ cấp độ xong trước 01/6/2024.", 2024)?.deadline.to).toBe(
      "2024-06-01",
    );
    expect(findDeadlineInText("báo cáo kết quả trước ngày 25/5.", 2025)?.deadline.to).toBe("2025-05-25");
  });

  it("ignores dates of documents cited in the sentence", () => {
    expect(
      findDeadlineInText(
        "Thực hiện Kế hoạch số 136/KH-UBND ngày 21/7/2023 của UBND thành phố giai đoạn 2022 - 2025",
        2024,
      ),
    ).toBeNull();
  });

  it("falls back to ongoing duties", () => {
    expect(
      findDeadlineInText("định kỳ trước ngày 25 của tháng cuối quý, tổng hợp kết quả", 2024)?.deadline,
    ).toEqual({
      kind: "recurring",
      from: null,
      to: null,
      text: "định kỳ trước ngày 25 của tháng cuối quý",
    });
    expect(
      findDeadlineInText("Định kỳ (trước ngày 15 của tháng cuối quý), báo cáo", 2024)?.deadline.text,
    ).toBe("Định kỳ trước ngày 15 của tháng cuối quý");
    expect(findDeadlineInText("hằng quý tổng hợp, đánh giá kết quả", 2024)?.deadline.text).toBe("hằng quý");
    expect(findDeadlineInText("Tiếp tục tuyên truyền nâng cao nhận thức", 2024)).toBeNull();
  });

  it("reports an impossible date it finds", () => {
    const found = findDeadlineInText("hoàn thành trước ngày 31/02/2025", 2025);
    expect(found?.deadline.kind).toBe("none");
    expect(found?.warning).toMatch(/không hợp lệ/);
  });
});
