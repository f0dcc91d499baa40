import { describe, expect, it } from "vitest";
import { parsePlanText } from "./parse-plan";

const rows = (...lines: string[][]) => lines.map((cells) => cells.join("\t")).join("\n");

describe("assignments in list items and duty sections", () => {
  it("reads '(Giao: X; thời gian: Y)' after the task", () => {
    const { tasks } = parsePlanText(
      [
        "II. NHIỆM VỤ CỤ THỂ",
        "1. Rà soát dữ liệu dân cư (Giao: Công an xã; phối hợp: Trưởng các ấp; thời gian: tháng 9/2025).",
        "2. Số hóa kết quả giải quyết thủ tục hành chính (Chủ trì: Công chức Văn phòng - Thống kê; thời hạn: 31/02/2025)",
      ].join("\n"),
    );
    expect(tasks[0]).toMatchObject({
      code: "II.1",
      title: "Rà soát dữ liệu dân cư",
      lead: "Công an xã",
      coordinators: ["Trưởng các ấp"],
      deadline: { kind: "month", from: "2025-09-01", to: "2025-09-30", text: "tháng 9/2025" },
    });
    expect(tasks[1]).toMatchObject({
      lead: "Công chức Văn phòng - Thống kê",
      deadline: { kind: "none", text: "31/02/2025" },
    });
  });

  it("reads a unit and its verb as an assignment in a list item or under 'Tổ chức thực hiện'", () => {
    const { tasks } = parsePlanText(
      [
        "2. Nhiệm vụ thời gian tới",
        "đ) UBND các huyện chỉ đạo bộ phận một cửa hướng dẫn người dân, hoàn thành trong Quý III/2025.",
        "III. TỔ CHỨC THỰC HIỆN",
        "Văn phòng HĐND và UBND xã theo dõi, đôn đốc việc thực hiện; định kỳ hằng tháng báo cáo Chủ tịch UBND xã./.",
        "Văn phòng UBND tỉnh thông báo để các cơ quan, đơn vị biết, thực hiện./.",
      ].join("\n"),
    );
    expect(tasks.map((t) => [t.lead, t.deadline.kind])).toEqual([
      ["UBND các huyện", "quarter"],
      ["Văn phòng HĐND và UBND xã", "recurring"],
    ]);
  });

  it("does not read a unit in running prose, a recipient list or a closing formula as an assignment", () => {
    const { tasks } = parsePlanText(
      [
        "Kính gửi:",
        "- Các sở, ban, ngành tỉnh;",
        "- UBND các huyện, thị xã, thành phố.",
        "Căn cứ Quyết định số 1012/QĐ-TTg, Ủy ban nhân dân Tỉnh ban hành Kế hoạch triển khai như sau:",
        "Điều 3. Chánh Văn phòng UBND tỉnh, Thủ trưởng các sở, ban, ngành tỉnh chịu trách nhiệm thi hành Quyết định này./.",
      ].join("\n"),
    );
    expect(tasks).toEqual([]);
  });
});

describe("targets set inside assignments", () => {
  it("takes thresholds with a comparator word, not 'hoàn thành 100%'", () => {
    const { targets } = parsePlanText(
      [
        "2. Nhiệm vụ",
        "a) Đề nghị Công an tỉnh đẩy mạnh cấp tài khoản định danh; phấn đấu đến hết Quý II/2025 có ít nhất 80% dân số trưởng thành được cấp tài khoản.",
        "b) UBND các huyện chỉ đạo bộ phận một cửa, bảo đảm tỷ lệ hồ sơ trực tuyến toàn trình đạt tối thiểu 60% trong Quý III/2025.",
        "c) Sở Nội vụ chủ trì hoàn thành 100% việc phân loại hồ sơ.",
      ].join("\n"),
    );
    expect(targets.map((t) => [t.op, t.value, t.indicator, t.implementer])).toEqual([
      [">=", 80, "dân số trưởng thành được cấp tài khoản", "Công an tỉnh"],
      [">=", 60, "tỷ lệ hồ sơ trực tuyến toàn trình", "UBND các huyện"],
    ]);
  });

  it("names the second figure of 'đạt 70%, trong đó ... đạt 30%' after the words between", () => {
    const { targets } = parsePlanText(
      ["I. CHỈ TIÊU", "1. Tỷ lệ lao động qua đào tạo đạt 70%, trong đó có bằng cấp, chứng chỉ đạt 30%."].join(
        "\n",
      ),
    );
    expect(targets.map((t) => [t.value, t.indicator])).toEqual([
      [70, "Tỷ lệ lao động qua đào tạo"],
      [30, "Tỷ lệ lao động qua đào tạo có bằng cấp, chứng chỉ"],
    ]);
  });
});

describe("KPI tables with one value column per level", () => {
  it("gives one target per level, the column header as scope", () => {
    const { targets } = parsePlanText(
      rows(
        ["STT", "Chỉ tiêu", "Đơn vị tính", "Cấp tỉnh", "Cấp xã", "Đơn vị theo dõi"],
        ["1", "Tỷ lệ hồ sơ giải quyết trực tuyến toàn trình", "%", "80", "60", "Văn phòng UBND tỉnh"],
        ["2", "Thời gian trả lời phản ánh", "ngày", "Không quá 7", "", "Sở KH&CN"],
      ),
    );
    expect(targets.map((t) => [t.code, t.op, t.value, t.unit, t.scope, t.monitor])).toEqual([
      ["1", ">=", 80, "%", "Cấp tỉnh", "Văn phòng UBND tỉnh"],
      ["1", ">=", 60, "%", "Cấp xã", "Văn phòng UBND tỉnh"],
      ["2", "<=", 7, "ngày", "Cấp tỉnh", "Sở KH&CN"],
    ]);
  });
});

describe("a task table with a 'Tổ chức thực hiện' section", () => {
  const parsed = parsePlanText(
    [
      "III. TỔ CHỨC THỰC HIỆN",
      "1. Sở Tư pháp",
      "Rà soát văn bản quy phạm pháp luật liên quan đến dữ liệu dân cư.",
      "2. Công an tỉnh",
      "Theo dõi, đôn đốc triển khai Kế hoạch; báo cáo UBND tỉnh trước ngày 15 của tháng cuối quý.",
      "",
      "PHỤ LỤC",
      rows(
        [
          "TT",
          "Nội dung nhiệm vụ",
          "Cơ quan chủ trì",
          "Cơ quan phối hợp",
          "Thời hạn hoàn thành",
          "Sản phẩm",
          "Ghi chú",
        ],
        [
          "1",
          "Rà soát các văn bản quy phạm pháp luật của tỉnh liên quan đến dữ liệu dân cư",
          "Sở Tư pháp",
          "Công an tỉnh",
          "Quý IV/2025",
          "Báo cáo",
          "",
        ],
      ),
    ].join("\n"),
  );

  it("keeps the table as the task list and offers the section's other duties as additional", () => {
    expect(parsed.tasks.map((t) => [t.code, t.lead, t.source.shape])).toEqual([["1", "Sở Tư pháp", "table"]]);
    expect(parsed.additionalTasks.map((t) => [t.lead, t.deadline.kind])).toEqual([
      ["Công an tỉnh", "recurring"],
    ]);
  });
});
