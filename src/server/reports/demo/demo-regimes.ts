// The demo's reporting regimes. The first is the one the city steering-committee plan sets (seed
// plan-city-steering-committee-2024.txt, IV.4 "Chế độ thông tin, báo cáo"): every ward and commune
// reports the plan's results quarterly, "trước ngày 15 của tháng cuối quý", to the unit in charge
// of digital transformation (the plan's Phòng Văn hóa và Thông tin; in the demo province, the
// Sở Khoa học và Công nghệ), which consolidates for the head of the steering committee.
import type { SectionDef } from "../reports.types";

export type UnitSelector = "wards_communes" | string[];

export interface DemoRegime {
  code: string;
  name: string;
  legalBasis: string;
  content: string;
  frequency: "month" | "quarter" | "sixmonth" | "adhoc";
  receiving: string;
  units: UnitSelector;
  deadlineText: string;
  indicatorCodes: string[];
  extraItems: string[];
  sections: SectionDef[];
  template: {
    title?: string;
    issuerCode: string;
    place: string;
    recipients: string[];
    signerAuthority?: string;
    signerPosition: string;
    signerName: string;
  };
  /** Periods back from the current one where the regime starts. */
  startBack: number;
  withSubmissions: boolean;
}

const section = (key: string, title: string, guidance: string, required = true): SectionDef => ({
  key,
  title,
  guidance,
  required,
  maxLength: 20_000,
});

export const DTI_QUARTERLY = "BC_CDS_QUY";

export const DEMO_REGIMES: DemoRegime[] = [
  {
    code: DTI_QUARTERLY,
    name: "Báo cáo kết quả thực hiện Kế hoạch hoạt động của Ban Chỉ đạo chuyển đổi số",
    legalBasis:
      "Kế hoạch hoạt động của Ban Chỉ đạo chuyển đổi số năm 2024 (mục IV.4, Chế độ thông tin, báo cáo)",
    content:
      "Kết quả thực hiện các chỉ tiêu, nhiệm vụ chuyển đổi số của đơn vị trong quý; khó khăn, vướng mắc; đề xuất, kiến nghị.",
    frequency: "quarter",
    receiving: "SKHCN",
    units: "wards_communes",
    deadlineText: "Định kỳ (trước ngày 15 của tháng cuối quý), báo cáo kết quả thực hiện Kế hoạch",
    indicatorCodes: [
      "TTHC_HS_TRUC_TUYEN",
      "TTHC_TT_TRUC_TUYEN",
      "TTHC_SO_HOA",
      "PAKN_DUNG_HAN",
      "HSCV_TREN_MANG",
    ],
    extraItems: [],
    sections: [
      section(
        "ket_qua",
        "Kết quả thực hiện nhiệm vụ, chỉ tiêu chuyển đổi số",
        "Nêu kết quả nổi bật trong quý, so sánh với chỉ tiêu Kế hoạch.",
      ),
      section("kho_khan", "Khó khăn, vướng mắc", "Nêu cụ thể nguyên nhân chủ quan, khách quan."),
      section("de_xuat", "Đề xuất, kiến nghị", "Kiến nghị với Ban Chỉ đạo và các cơ quan liên quan.", false),
    ],
    template: {
      title: "Kết quả thực hiện Kế hoạch hoạt động của Ban Chỉ đạo chuyển đổi số {period}",
      issuerCode: "SKHCN",
      place: "Bắc Ninh",
      recipients: [
        "Trưởng Ban Chỉ đạo chuyển đổi số tỉnh (để b/c)",
        "Thành viên Ban Chỉ đạo",
        "UBND các xã, phường",
        "Lưu: VT, CĐS",
      ],
      signerAuthority: "KT. GIÁM ĐỐC",
      signerPosition: "PHÓ GIÁM ĐỐC",
      signerName: "Nguyễn Văn Bình",
    },
    startBack: 5,
    withSubmissions: true,
  },
  {
    code: "BC_KTXH_THANG",
    name: "Báo cáo tình hình kinh tế - xã hội hằng tháng",
    legalBasis: "Quy chế làm việc của Ủy ban nhân dân tỉnh",
    content:
      "Tình hình thực hiện nhiệm vụ phát triển kinh tế - xã hội trong tháng của ngành; nhiệm vụ trọng tâm tháng tới.",
    frequency: "month",
    receiving: "VPUB",
    units: ["STC", "SCT", "SNNMT", "SYT"],
    deadlineText: "2 ngày làm việc sau ngày chốt số liệu",
    indicatorCodes: ["THU_NSNN", "KIM_NGACH_XK"],
    extraItems: ["Chỉ số giá tiêu dùng (CPI)", "Tổng mức bán lẻ hàng hóa và doanh thu dịch vụ tiêu dùng"],
    sections: [
      section(
        "tinh_hinh",
        "Tình hình thực hiện nhiệm vụ trong tháng",
        "Kết quả chủ yếu của ngành, so với cùng kỳ.",
      ),
      section("trong_tam", "Nhiệm vụ trọng tâm tháng tới", "Các nhiệm vụ, giải pháp cần tập trung chỉ đạo."),
    ],
    template: {
      issuerCode: "VPUBND",
      place: "Bắc Ninh",
      recipients: ["Thường trực Tỉnh ủy (để b/c)", "Chủ tịch, các Phó Chủ tịch UBND tỉnh", "Lưu: VT, TH"],
      signerAuthority: "KT. CHÁNH VĂN PHÒNG",
      signerPosition: "PHÓ CHÁNH VĂN PHÒNG",
      signerName: "Trần Văn Hùng",
    },
    startBack: 8,
    withSubmissions: true,
  },
  {
    code: "BC_TTHC_6T",
    name: "Báo cáo tình hình, kết quả thực hiện kiểm soát thủ tục hành chính 6 tháng",
    legalBasis: "Thông tư số 01/2020/TT-VPCP ngày 21/10/2020 của Bộ trưởng, Chủ nhiệm Văn phòng Chính phủ",
    content:
      "Tình hình, kết quả giải quyết thủ tục hành chính, cung cấp dịch vụ công trực tuyến và kiểm soát thủ tục hành chính.",
    frequency: "sixmonth",
    receiving: "VPUB",
    units: "wards_communes",
    deadlineText: "trước ngày 20 của tháng cuối quý",
    indicatorCodes: [
      "TTHC_TONG_HO_SO",
      "TTHC_HS_TRUC_TUYEN",
      "TTHC_DUNG_HAN",
      "TTHC_KQ_DIEN_TU",
      "TTHC_HAI_LONG",
    ],
    extraItems: ["Số thủ tục hành chính được rà soát, đơn giản hóa"],
    sections: [
      section(
        "kiem_soat",
        "Kết quả kiểm soát thủ tục hành chính",
        "Rà soát, đơn giản hóa; công khai; tiếp nhận, giải quyết.",
      ),
      section("ton_tai", "Tồn tại, hạn chế và kiến nghị", "Nêu nguyên nhân và kiến nghị."),
    ],
    template: {
      issuerCode: "VPUBND",
      place: "Bắc Ninh",
      recipients: ["Văn phòng Chính phủ (để b/c)", "Chủ tịch UBND tỉnh", "Lưu: VT, KSTT"],
      signerAuthority: "KT. CHÁNH VĂN PHÒNG",
      signerPosition: "PHÓ CHÁNH VĂN PHÒNG",
      signerName: "Trần Văn Hùng",
    },
    startBack: 2,
    withSubmissions: true,
  },
  {
    code: "BC_DVCTT_QUY",
    name: "Báo cáo thống kê dịch vụ công trực tuyến hằng quý",
    legalBasis: "Văn bản hướng dẫn của Sở Khoa học và Công nghệ",
    content: "Số liệu hồ sơ trực tuyến và thanh toán trực tuyến của đơn vị trong quý.",
    frequency: "quarter",
    receiving: "SKHCN",
    units: "wards_communes",
    deadlineText: "trước ngày 20 của tháng cuối quý",
    indicatorCodes: ["TTHC_HS_TRUC_TUYEN", "TTHC_TT_TRUC_TUYEN"],
    extraItems: [],
    sections: [],
    template: {
      issuerCode: "SKHCN",
      place: "Bắc Ninh",
      recipients: ["Lưu: VT, CĐS"],
      signerPosition: "GIÁM ĐỐC",
      signerName: "Lê Thị Hoa",
    },
    startBack: 2,
    withSubmissions: false,
  },
  {
    code: "DX_CHU_KY_SO",
    name: "Báo cáo đột xuất tình hình sử dụng chữ ký số chuyên dùng",
    legalBasis: "Văn bản đề nghị của Ban Cơ yếu Chính phủ",
    content: "Số chứng thư số đã cấp, số văn bản được ký số và khó khăn khi sử dụng.",
    frequency: "adhoc",
    receiving: "SKHCN",
    units: ["SNV", "STC", "SYT", "SGDDT", "STP"],
    deadlineText: "",
    indicatorCodes: [],
    extraItems: ["Số chứng thư số đã cấp", "Số văn bản đi được ký số"],
    sections: [section("tinh_hinh", "Tình hình sử dụng chữ ký số", "Số liệu và khó khăn, vướng mắc.")],
    template: {
      issuerCode: "SKHCN",
      place: "Bắc Ninh",
      recipients: ["Ban Cơ yếu Chính phủ", "Lưu: VT, CĐS"],
      signerPosition: "GIÁM ĐỐC",
      signerName: "Lê Thị Hoa",
    },
    startBack: 0,
    withSubmissions: false,
  },
];

/** Plain texts the demo units write, picked by a seeded random number so every run is the same. */
export const DEMO_TEXTS: Record<string, string[]> = {
  ket_qua: [
    "Đơn vị tiếp tục đẩy mạnh tiếp nhận hồ sơ trực tuyến; 100% cán bộ, công chức sử dụng hệ thống quản lý văn bản và điều hành; triển khai số hóa hồ sơ, kết quả giải quyết thủ tục hành chính theo quy định.",
    "Tổ công nghệ số cộng đồng hướng dẫn người dân cài đặt, sử dụng ứng dụng VNeID và thanh toán trực tuyến; tỷ lệ hồ sơ trực tuyến tăng so với quý trước.",
    "Hoàn thành rà soát, chuẩn hóa dữ liệu hộ tịch; tiếp nhận và xử lý đúng hạn các phản ánh, kiến nghị trên hệ thống phản ánh hiện trường.",
  ],
  kho_khan: [
    "Một bộ phận người dân cao tuổi chưa quen thực hiện dịch vụ công trực tuyến; hạ tầng mạng tại bộ phận một cửa còn chậm.",
    "Kinh phí cho số hóa hồ sơ còn hạn chế; nhân lực phụ trách công nghệ thông tin kiêm nhiệm.",
  ],
  de_xuat: [
    "Đề nghị Sở Khoa học và Công nghệ tổ chức tập huấn kỹ năng số cho cán bộ một cửa.",
    "Đề nghị bổ sung thiết bị quét tài liệu cho bộ phận một cửa.",
  ],
  tinh_hinh: [
    "Các nhiệm vụ trong tháng cơ bản hoàn thành đúng tiến độ; thu ngân sách và sản xuất kinh doanh tiếp tục tăng trưởng so với cùng kỳ.",
    "Ngành tập trung triển khai các giải pháp tháo gỡ khó khăn cho doanh nghiệp; các chỉ tiêu chủ yếu đạt kế hoạch tháng.",
  ],
  trong_tam: [
    "Tập trung đôn đốc thu ngân sách, giải ngân vốn đầu tư công; chuẩn bị tổng kết năm.",
    "Theo dõi sát diễn biến thị trường, giá cả; bảo đảm an sinh xã hội.",
  ],
  kiem_soat: [
    "Công khai đầy đủ, đúng hạn các thủ tục hành chính; tiếp nhận, giải quyết hồ sơ đúng quy định, tỷ lệ đúng hạn cao.",
    "Rà soát, đề xuất đơn giản hóa một số thủ tục lĩnh vực hộ tịch, chứng thực; duy trì tiếp nhận hồ sơ qua dịch vụ bưu chính công ích.",
  ],
  ton_tai: [
    "Một số hồ sơ còn trễ hạn do phải xác minh; đề nghị tăng cường kết nối, chia sẻ dữ liệu dân cư.",
    "Chất lượng số hóa hồ sơ chưa đồng đều; đề nghị hướng dẫn thống nhất quy trình số hóa.",
  ],
};

export const DEMO_RETURN_REASONS = [
  "Số liệu hồ sơ trực tuyến chưa khớp với Hệ thống thông tin giải quyết TTHC; đề nghị rà soát, gửi lại.",
  "Phần khó khăn, vướng mắc còn chung chung; đề nghị nêu cụ thể nguyên nhân và giải pháp.",
];
