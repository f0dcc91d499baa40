import { describe, expect, it } from "vitest";
import { parsePlanText } from "./parse-plan";

const rows = (...lines: string[][]) => lines.map((cells) => cells.join("\t")).join("\n");

describe("header", () => {
  it("reads a header table: issuer over two lines, number, date, type and title", () => {
    const { plan, warnings } = parsePlanText(
      [
        rows(
          ["ỦY BAN NHÂN DÂN", "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM"],
          ["TỈNH AN GIANG", "Độc lập - Tự do - Hạnh phúc"],
          ["Số: 44/KH-UBND", "An Giang, ngày 15 tháng 3 năm 2024"],
        ),
        "",
        "KẾ HOẠCH",
        "Chuyển đổi số tỉnh An Giang",
        "năm 2024",
        "",
        "Căn cứ Luật Tổ chức chính quyền địa phương;",
      ].join("\n"),
    );
    expect(plan).toEqual({
      number: "44/KH-UBND",
      type: "KH",
      date: "2024-03-15",
      issuer: "ỦY BAN NHÂN DÂN TỈNH AN GIANG",
      title: "Chuyển đổi số tỉnh An Giang năm 2024",
    });
    expect(warnings).toEqual([]);
  });

  it("reads a letter (công văn): issuing unit under its parent, V/v title", () => {
    const { plan } = parsePlanText(
      [
        "UBND TỈNH BẮC GIANG",
        "SỞ THÔNG TIN VÀ TRUYỀN THÔNG",
        "Số: 312/STTTT-BCVT",
        "V/v triển khai nhiệm vụ chuyển đổi số",
        "năm 2025",
        "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM",
        "Bắc Giang, ngày 05/02/2025",
        "",
        "Kính gửi: Các sở, ban, ngành tỉnh.",
      ].join("\n"),
    );
    expect(plan).toEqual({
      number: "312/STTTT-BCVT",
      type: "CV",
      date: "2025-02-05",
      issuer: "SỞ THÔNG TIN VÀ TRUYỀN THÔNG",
      title: "triển khai nhiệm vụ chuyển đổi số năm 2025",
    });
  });

  it("keeps a draft's blank number, warns about a blank date and still knows the year", () => {
    const parsed = parsePlanText(
      [
        "Số: /KH-BCĐCĐS",
        "TP. Bắc Giang, ngày tháng 3 năm 2024",
        "",
        "KẾ HOẠCH",
        "",
        "Hoạt động năm 2024",
        "",
        "1. Trưởng phòng Y tế",
        "- Báo cáo trước ngày 25/5.",
      ].join("\n"),
    );
    expect(parsed.plan).toMatchObject({
      number: "/KH-BCĐCĐS",
      type: "KH",
      date: null,
      title: "Hoạt động năm 2024",
    });
    expect(parsed.warnings[0]).toEqual({
      line: 2,
      message: 'Ngày ban hành chưa đầy đủ hoặc không hợp lệ: "ngày tháng 3 năm 2024"',
    });
    expect(parsed.tasks[0].deadline).toMatchObject({ kind: "date", from: "2024-05-25" });
  });

  it("takes the type from the number and the issuer from the signature when nothing else says it", () => {
    const { plan } = parsePlanText(
      ["QUYẾT ĐỊNH", "Về việc ban hành Quy chế", "", "Số: 215/QĐ-UBND", "TM. ỦY BAN NHÂN DÂN"].join("\n"),
    );
    expect(plan.type).toBe("QĐ");
    expect(plan.title).toBe("Về việc ban hành Quy chế");
    expect(plan.issuer).toBe("ỦY BAN NHÂN DÂN");
  });
});

const TASK_HEADER = [
  "STT",
  "Nhiệm vụ",
  "Đơn vị chủ trì",
  "Đơn vị phối hợp",
  "Thời gian hoàn thành",
  "Kết quả",
];

describe("task tables", () => {
  const text = [
    "KẾ HOẠCH",
    "Chuyển đổi số năm 2025",
    "",
    "Phụ lục**DANH MỤC NHIỆM VỤ***(Kèm theo Kế hoạch số 12/KH-UBND ngày 10/01/2025 của UBND tỉnh)*",
    "",
    rows(
      TASK_HEADER,
      ["I", "HOÀN THIỆN THỂ CHẾ", "", "", "", ""],
      [
        "1",
        "Ban hành bộ chỉ số chỉ đạo, điều hành",
        "Văn phòng UBND tỉnh",
        "Văn phòng Chính phủ; các sở, ban, ngành tỉnh",
        "Quý II năm 2025",
        "Quyết định của Chủ tịch UBND tỉnh",
      ],
      ["2", "Rà soát chế độ báo cáo", "Các sở, ban, ngành", "", "Thường xuyên", "Văn bản rà soát"],
      ["II", "HẠ TẦNG SỐ", "", "", "", ""],
      ["1", "Nâng cấp mạng truyền số liệu chuyên dùng", "Sở TT&TT", "Sở Tài chính", "31/02/2025", ""],
    ),
    "",
    rows(
      TASK_HEADER,
      [
        "2",
        "Kết nối kho dữ liệu dùng chung với hệ thống",
        "Sở TT&TT",
        "VP UBND tỉnh",
        "Tháng 12/2025",
        "Dữ liệu được",
      ],
      ["", "của Chính phủ", "", "", "", "kết nối, chia sẻ"],
      [
        "3",
        "Triển khai hệ thống theo dõi nhiệm vụ",
        "Sở TT&TT; Văn phòng UBND tỉnh",
        "",
        "Theo lộ trình của Văn phòng Chính phủ",
        "",
      ],
    ),
  ].join("\n");
  const parsed = parsePlanText(text);

  it("reads every row with group prefixes across the page break", () => {
    expect(parsed.tasks.map((t) => t.code)).toEqual(["I.1", "I.2", "II.1", "II.2", "II.3"]);
    expect(parsed.tasks.map((t) => t.section)).toEqual([
      "HOÀN THIỆN THỂ CHẾ",
      "HOÀN THIỆN THỂ CHẾ",
      "HẠ TẦNG SỐ",
      "HẠ TẦNG SỐ",
      "HẠ TẦNG SỐ",
    ]);
    expect(parsed.tasks[0]).toMatchObject({
      title: "Ban hành bộ chỉ số chỉ đạo, điều hành",
      lead: "Văn phòng UBND tỉnh",
      coordinators: ["Văn phòng Chính phủ", "các sở, ban, ngành tỉnh"],
      deadline: { kind: "quarter", from: "2025-04-01", to: "2025-06-30", text: "Quý II năm 2025" },
      result: "Quyết định của Chủ tịch UBND tỉnh",
      source: { shape: "table" },
    });
  });

  it("keeps collective and multiple leads as written and splits them in `leads`", () => {
    expect(parsed.tasks[1]).toMatchObject({
      lead: "Các sở, ban, ngành",
      leads: ["Các sở, ban, ngành"],
      coordinators: [],
    });
    expect(parsed.tasks[4]).toMatchObject({
      lead: "Sở TT&TT; Văn phòng UBND tỉnh",
      leads: ["Sở TT&TT", "Văn phòng UBND tỉnh"],
    });
    expect(parsed.tasks[4].deadline.kind).toBe("roadmap");
  });

  it("joins a row cut by a page break to the row above", () => {
    expect(parsed.tasks[3].title).toBe("Kết nối kho dữ liệu dùng chung với hệ thống của Chính phủ");
    expect(parsed.tasks[3].result).toBe("Dữ liệu được kết nối, chia sẻ");
  });

  it("warns about an impossible date and keeps it as text", () => {
    expect(parsed.tasks[2].deadline).toEqual({ kind: "none", from: null, to: null, text: "31/02/2025" });
    expect(parsed.warnings.some((w) => w.message === 'Ngày không hợp lệ: "31/02/2025"')).toBe(true);
  });

  it("reads the plan number from the appendix caption when the header has none", () => {
    expect(parsed.plan).toMatchObject({
      number: "12/KH-UBND",
      date: "2025-01-10",
      issuer: "UBND tỉnh",
      type: "KH",
    });
  });

  it("merges a two-row header ('Đơn vị thực hiện' over 'Chủ trì' / 'Phối hợp')", () => {
    const two = parsePlanText(
      rows(
        ["TT", "Nội dung công việc", "Đơn vị thực hiện", "", "Tiến độ"],
        ["", "", "Chủ trì", "Phối hợp", ""],
        ["1", "Số hóa hồ sơ hộ tịch", "Sở Tư pháp", "UBND các xã", "Năm 2025"],
      ),
    );
    expect(two.tasks).toHaveLength(1);
    expect(two.tasks[0]).toMatchObject({
      code: "1",
      lead: "Sở Tư pháp",
      coordinators: ["UBND các xã"],
      deadline: { kind: "year" },
    });
  });
});

describe("KPI tables", () => {
  it("reads targets with the monitoring and implementing units", () => {
    const { targets, warnings } = parsePlanText(
      rows(
        ["STT", "Chỉ tiêu", "Chủ trì theo dõi, đôn đốc", "Chủ trì thực hiện"],
        ["I", "Chính quyền số", "", ""],
        [
          "1",
          "Tỷ lệ hồ sơ trực tuyến đạt 75%",
          "Văn phòng HĐND-UBND TP",
          "Các cơ quan, đơn vị; UBND phường, xã",
        ],
        [
          "2",
          "Tỷ lệ doanh nghiệp dùng nền tảng số đạt trên 50%. Trên 10% doanh nghiệp tham gia SMEdx.",
          "Phòng Kinh tế",
          "Các doanh nghiệp",
        ],
        ["3", "Camera giám sát tại bộ phận một cửa được kết nối", "Phòng VH-TT", "Văn phòng HĐND&UBND TP"],
      ),
    );
    expect(targets.map((t) => [t.code, t.op, t.value, t.unit])).toEqual([
      ["I.1", ">=", 75, "%"],
      ["I.2", ">", 50, "%"],
      ["I.2", ">", 10, "%"],
    ]);
    expect(targets[0]).toMatchObject({
      indicator: "Tỷ lệ hồ sơ trực tuyến",
      monitor: "Văn phòng HĐND-UBND TP",
      implementer: "Các cơ quan, đơn vị; UBND phường, xã",
      scope: null,
    });
    expect(warnings.map((w) => w.message)).toEqual([expect.stringMatching(/Không đọc được ngưỡng/)]);
  });

  it("reads value and unit columns", () => {
    const { targets } = parsePlanText(
      rows(
        ["STT", "Tên chỉ tiêu", "Đơn vị tính", "Chỉ tiêu năm 2025", "Đơn vị chủ trì"],
        ["1", "Tỷ lệ dân số có danh tính điện tử", "%", "≥ 80", "Công an tỉnh"],
        ["2", "Thời gian xử lý phản ánh", "giờ", "Không quá 48", "Sở TT&TT"],
      ),
    );
    expect(targets.map((t) => [t.op, t.value, t.unit, t.implementer])).toEqual([
      [">=", 80, "%", "Công an tỉnh"],
      ["<=", 48, "giờ", "Sở TT&TT"],
    ]);
  });
});

describe("labelled sections", () => {
  it("reads numbered items with labelled lines", () => {
    const { tasks } = parsePlanText(
      [
        "II. NHIỆM VỤ CỤ THỂ",
        "1. Xây dựng kho dữ liệu dùng chung",
        "- Nội dung thực hiện: Xây dựng, vận hành kho dữ liệu dùng chung của tỉnh.",
        "- Đơn vị chủ trì: Sở KH&ĐT",
        "- Đơn vị phối hợp: Sở Tài chính; Sở Nội vụ",
        "- Thời gian thực hiện: Quý III/2025",
        "- Sản phẩm: Kho dữ liệu được đưa vào vận hành",
        "2. Đào tạo kỹ năng số",
        "Đơn vị chủ trì: Sở Nội vụ; Đơn vị phối hợp: Các sở, ban, ngành; Thời gian thực hiện: Thường xuyên",
      ].join("\n"),
    );
    expect(tasks).toHaveLength(2);
    expect(tasks[0]).toMatchObject({
      code: "II.1",
      title: "Xây dựng, vận hành kho dữ liệu dùng chung của tỉnh",
      lead: "Sở KH&ĐT",
      coordinators: ["Sở Tài chính", "Sở Nội vụ"],
      deadline: { kind: "quarter", from: "2025-07-01", to: "2025-09-30" },
      result: "Kho dữ liệu được đưa vào vận hành",
      source: { shape: "labelled" },
    });
    expect(tasks[1]).toMatchObject({
      code: "II.2",
      title: "Đào tạo kỹ năng số",
      lead: "Sở Nội vụ",
      coordinators: ["Các sở, ban, ngành"],
    });
    expect(tasks[1].deadline.kind).toBe("recurring");
  });
});

describe("prose assignments", () => {
  it("reads 'Giao X chủ trì, phối hợp với Y, Z ...' sentences", () => {
    const { tasks } = parsePlanText(
      [
        "Số: 99/UBND-KGVX",
        "Kính gửi: Các sở, ban, ngành.",
        "1. Giao Sở Kế hoạch và Đầu tư chủ trì, phối hợp với Sở Tài chính, Sở Nội vụ và các đơn vị liên quan tham mưu UBND tỉnh ban hành quy chế, hoàn thành trước ngày 25/02/2025.",
        "2. Sở Tài chính chủ trì, bố trí kinh phí thực hiện trong Quý II/2025. Giao Công an tỉnh bảo đảm an ninh mạng thường xuyên.",
      ].join("\n"),
    );
    expect(tasks.map((t) => [t.code, t.lead, t.deadline.kind, t.deadline.to])).toEqual([
      ["1", "Sở Kế hoạch và Đầu tư", "date", "2025-02-25"],
      ["2.1", "Sở Tài chính", "quarter", "2025-06-30"],
      ["2.2", "Công an tỉnh", "recurring", null],
    ]);
    expect(tasks[0].coordinators).toEqual(["Sở Tài chính", "Sở Nội vụ", "các đơn vị liên quan"]);
    expect(tasks[0].title).toBe("Tham mưu UBND tỉnh ban hành quy chế, hoàn thành trước ngày 25/02/2025");
    expect(tasks[0].source.shape).toBe("prose");
  });
});

describe("unit sections", () => {
  const parsed = parsePlanText(
    [
      "IV. TỔ CHỨC THỰC HIỆN",
      "1. Trưởng phòng Văn hóa và Thông tin",
      "a) Tuyên truyền",
      "- Đẩy mạnh tuyên truyền về chuyển đổi số.",
      "- Phối hợp với Công an thành phố giám sát an toàn thông tin, hoàn thành trước 01/6/2024.",
      "b) Tổng hợp báo cáo định kỳ trước ngày 25 của tháng cuối quý.",
      "2. Công an thành phố: Chủ trì, phối hợp với các đơn vị thuộc Công an tỉnh cung cấp dữ liệu an ninh trật tự.",
      "3. Văn phòng HĐND và UBND thành phố chủ trì phối hợp các phòng, ban:",
      "- Hướng dẫn gửi, nhận văn bản điện tử.",
      "Căn cứ Kế hoạch này, các đơn vị chủ động triển khai thực hiện./.",
    ].join("\n"),
  );

  it("gives each bullet the section's unit as lead", () => {
    expect(parsed.tasks.map((t) => [t.code, t.lead, t.deadline.kind])).toEqual([
      ["IV.1.a.1", "Trưởng phòng Văn hóa và Thông tin", "none"],
      ["IV.1.a.2", "Trưởng phòng Văn hóa và Thông tin", "date"],
      ["IV.1.b", "Trưởng phòng Văn hóa và Thông tin", "recurring"],
      ["IV.2", "Công an thành phố", "none"],
      ["IV.3.1", "Văn phòng HĐND và UBND thành phố", "none"],
    ]);
    expect(parsed.tasks[1].coordinators).toEqual(["Công an thành phố"]);
    expect(parsed.tasks[3]).toMatchObject({
      title: "Cung cấp dữ liệu an ninh trật tự",
      coordinators: ["các đơn vị thuộc Công an tỉnh"],
    });
    expect(parsed.tasks[4].coordinators).toEqual(["các phòng, ban"]);
    expect(parsed.tasks.every((t) => t.source.shape === "unit-section")).toBe(true);
  });
});

describe("contract", () => {
  it("returns exactly the contract keys (plus the documented extras)", () => {
    const parsed = parsePlanText(
      [
        "Số: 1/KH-UBND",
        "KẾ HOẠCH",
        "Thử",
        "",
        "I. MỤC TIÊU",
        "- Tỷ lệ hồ sơ trực tuyến đạt 90% cấp tỉnh, 70% cấp xã.",
        "II. NHIỆM VỤ",
        "1. Giao Sở Nội vụ chủ trì thực hiện trong năm 2025.",
      ].join("\n"),
    );
    expect(Object.keys(parsed).sort()).toEqual(["additionalTasks", "plan", "targets", "tasks", "warnings"]);
    expect(Object.keys(parsed.plan).sort()).toEqual(["date", "issuer", "number", "title", "type"]);
    const task = parsed.tasks[0];
    for (const key of ["code", "title", "lead", "coordinators", "deadline", "result"])
      expect(task).toHaveProperty(key);
    expect(Object.keys(task.deadline).sort()).toEqual(["from", "kind", "text", "to"]);
    expect(task.deadline).toEqual({
      kind: "year",
      from: "2025-01-01",
      to: "2025-12-31",
      text: "trong năm 2025",
    });
    expect(parsed.targets.map((t) => [t.op, t.value, t.unit, t.scope])).toEqual([
      [">=", 90, "%", "cấp tỉnh"],
      [">=", 70, "%", "cấp xã"],
    ]);
    for (const key of ["text", "indicator", "op", "value", "unit", "scope", "monitor", "implementer"]) {
      expect(parsed.targets[0]).toHaveProperty(key);
    }
    expect(JSON.parse(JSON.stringify(parsed))).toEqual(parsed);
  });

  it("never throws on empty or odd input", () => {
    for (const input of ["", "\n\n\t\t\n", "***", "STT\tNhiệm vụ\tĐơn vị chủ trì", "Quý II\tThường xuyên"]) {
      const parsed = parsePlanText(input);
      expect(parsed.tasks).toBeInstanceOf(Array);
    }
  });
});
