import { describe, expect, it } from "vitest";
import { extractTargets, looksLikeTargetSentence, parseVietnameseNumber } from "./targets";

const brief = (text: string, allowBare = false) =>
  extractTargets(text, { allowBare }).map((t) => ({
    op: t.op,
    value: t.value,
    unit: t.unit,
    scope: t.scope,
    indicator: t.indicator,
  }));

describe("extractTargets", () => {
  it.each([
    ["Tỷ lệ hồ sơ trực tuyến trên tổng số hồ sơ tiếp nhận, giải quyết TTHC đạt 75%", ">=", 75],
    ["Tỷ lệ thanh toán trực tuyến của dịch vụ công đạt trên 65%.", ">", 65],
    ["Mức độ hài lòng của người dân, doanh nghiệp đạt tối thiểu 95%", ">=", 95],
    ["Tối thiểu 90% hồ sơ được số hóa", ">=", 90],
    ["Trên 50% doanh nghiệp nhỏ và vừa sử dụng nền tảng số", ">", 50],
    ["100% CSDL của huyện được kết nối, chia sẻ", ">=", 100],
    ["Phấn đấu 80% người dân có danh tính số", ">=", 80],
    ["Tỷ lệ hồ sơ trễ hạn dưới 2%", "<", 2],
    ["Tỷ lệ hồ sơ trễ hạn không quá 1,5%", "<=", 1.5],
    ["Tỷ lệ hồ sơ trễ hạn tối đa 3%", "<=", 3],
    ["Tỷ lệ hộ có Internet cáp quang không dưới 92%", ">=", 92],
  ])("%s", (text, op, value) => {
    const [target, ...others] = brief(text);
    expect(others).toEqual([]);
    expect(target).toMatchObject({ op, value, unit: "%", scope: null });
  });

  it("gives one target per level, the level as scope", () => {
    expect(brief("Tỷ lệ hồ sơ giải quyết trực tuyến đạt 90% cấp tỉnh, 85% cấp huyện và 70% cấp xã.")).toEqual(
      [
        { op: ">=", value: 90, unit: "%", scope: "cấp tỉnh", indicator: "Tỷ lệ hồ sơ giải quyết trực tuyến" },
        {
          op: ">=",
          value: 85,
          unit: "%",
          scope: "cấp huyện",
          indicator: "Tỷ lệ hồ sơ giải quyết trực tuyến",
        },
        { op: ">=", value: 70, unit: "%", scope: "cấp xã", indicator: "Tỷ lệ hồ sơ giải quyết trực tuyến" },
      ],
    );
  });

  it("reads durations and counts with their unit", () => {
    expect(brief("Thời gian phản hồi phản ánh hiện trường trong vòng 24 giờ.")).toEqual([
      { op: "<=", value: 24, unit: "giờ", scope: null, indicator: "Thời gian phản hồi phản ánh hiện trường" },
    ]);
    expect(brief("Mỗi năm tổ chức ít nhất 01 cuộc kiểm tra an toàn thông tin")[0]).toMatchObject({
      op: ">=",
      value: 1,
      unit: "cuộc",
    });
    expect(brief("Thời gian giải quyết không quá 5 ngày làm việc")[0]).toMatchObject({
      op: "<=",
      value: 5,
      unit: "ngày làm việc",
    });
  });

  it("splits sentences and clauses that each set a target", () => {
    const targets = brief(
      "Tỷ lệ doanh nghiệp sử dụng nền tảng số đạt trên 50%. Trên 10% doanh nghiệp tham gia chương trình SMEdx.",
    );
    expect(targets.map((t) => [t.op, t.value, t.indicator])).toEqual([
      [">", 50, "Tỷ lệ doanh nghiệp sử dụng nền tảng số"],
      [">", 10, "doanh nghiệp tham gia chương trình SMEdx"],
    ]);
    expect(
      brief("Duy trì 100% doanh nghiệp dùng hóa đơn điện tử; 100% doanh nghiệp nộp thuế điện tử."),
    ).toHaveLength(2);
  });

  it("keeps a 'đối với' scope", () => {
    const [t] = brief(
      "Tỷ lệ xử lý hồ sơ công việc trên môi trường mạng đạt 100% đối với các cơ quan, đơn vị thuộc UBND thành phố.",
    );
    expect(t.scope).toBe("các cơ quan, đơn vị thuộc UBND thành phố");
    expect(t.indicator).toBe("Tỷ lệ xử lý hồ sơ công việc trên môi trường mạng");
  });

  it("does not take ages, years or document numbers for thresholds", () => {
    const [t, ...rest] = brief("Tỷ lệ dân số từ 15 tuổi trở lên có tài khoản thanh toán trên 90%.");
    expect(rest).toEqual([]);
    expect(t).toMatchObject({ op: ">", value: 90 });
    expect(brief("Triển khai Quyết định số 1012/QĐ-TTg năm 2024 với 04 trụ cột")).toEqual([]);
    expect(brief("Đến năm 2025 kết nối 40 nhóm thông tin", true)[0]).toMatchObject({
      op: ">=",
      value: 40,
      unit: "nhóm",
    });
    expect(brief("Đến năm 2025 kết nối 40 nhóm thông tin", false)).toEqual([]);
  });

  it("reads Vietnamese number formats", () => {
    expect(parseVietnameseNumber("75,5")).toBe(75.5);
    expect(parseVietnameseNumber("1.000")).toBe(1000);
    expect(parseVietnameseNumber("01")).toBe(1);
  });

  it("recognises sentences that announce a target", () => {
    expect(looksLikeTargetSentence("- Tỷ lệ số hóa hồ sơ đạt 100%")).toBe(true);
    expect(looksLikeTargetSentence("+ 100% CSDL được kết nối")).toBe(true);
    expect(looksLikeTargetSentence("- Tiếp tục tuyên truyền")).toBe(false);
  });
});
