// Strings of the public open-data page.
import { i18n } from "../i18n";

const vi = {
  opendata: {
    title: "Dữ liệu mở",
    intro:
      "Các chỉ tiêu công khai: số liệu đã được phê duyệt, tổng hợp trực tiếp theo cấp tỉnh và cấp xã. Được dùng lại theo giấy phép CC BY 4.0, ghi rõ nguồn.",
    catalog: "Danh mục DCAT (JSON-LD)",
    signIn: "Đăng nhập",
    search: "Tìm chỉ tiêu",
    none: "Không có chỉ tiêu công khai phù hợp.",
    back: "Tất cả chỉ tiêu",
    code: "Mã chỉ tiêu",
    definition: "Định nghĩa",
    unit: "Đơn vị tính",
    numerator: "Tử số",
    denominator: "Mẫu số",
    aggregation: "Cách tổng hợp",
    source: "Nguồn số liệu",
    owner: "Đơn vị chủ trì",
    lastUpdated: "Cập nhật lần cuối",
    latest: "Kỳ mới nhất",
    license: "Giấy phép",
    province: "Cấp tỉnh",
    commune: "Cấp xã",
    period: "Kỳ",
    area: "Địa bàn",
    value: "Giá trị",
    noFigures: "Chưa có số liệu đã phê duyệt cho các kỳ này.",
    chartLabel: "Biểu đồ xu hướng {{name}}",
  },
  errors: { OPEN_DATA_NOT_FOUND: "Không có chỉ tiêu công khai này." },
};

const en: typeof vi = {
  opendata: {
    title: "Open data",
    intro:
      "Public indicators: approved figures, aggregated live at province and commune level. Reusable under CC BY 4.0 with attribution.",
    catalog: "DCAT catalogue (JSON-LD)",
    signIn: "Sign in",
    search: "Search indicators",
    none: "No matching public indicator.",
    back: "All indicators",
    code: "Code",
    definition: "Definition",
    unit: "Unit",
    numerator: "Numerator",
    denominator: "Denominator",
    aggregation: "Aggregation",
    source: "Source",
    owner: "Responsible unit",
    lastUpdated: "Last updated",
    latest: "Latest period",
    license: "Licence",
    province: "Province",
    commune: "Communes",
    period: "Period",
    area: "Area",
    value: "Value",
    noFigures: "No approved figures for these periods yet.",
    chartLabel: "Trend chart of {{name}}",
  },
  errors: { OPEN_DATA_NOT_FOUND: "No such public indicator." },
};

i18n.addResourceBundle("vi", "translation", vi, true, true);
i18n.addResourceBundle("en", "translation", en, true, true);
