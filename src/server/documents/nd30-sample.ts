// A realistic sample report, used by the tests and handy for looking at the layout by eye.

import type { Nd30Document } from "./nd30-types";
import { barChartPng } from "./png-encode";

export function sampleNd30Report(): Nd30Document {
  return {
    issuerParent: "UBND TỈNH BẮC GIANG",
    issuer: "VĂN PHÒNG UBND TỈNH",
    number: "15/BC-UBND",
    place: "Bắc Giang",
    date: "2026-03-05",
    docType: "BÁO CÁO",
    title: "Kết quả thực hiện chỉ tiêu chuyển đổi số quý I năm 2026",
    body: [
      {
        kind: "paragraph",
        text:
          "Thực hiện Kế hoạch số 4117/KH-UBND ngày 15/11/2024 của Ủy ban nhân dân tỉnh về triển khai " +
          "Quyết định số 1012/QĐ-TTg của Thủ tướng Chính phủ, Văn phòng UBND tỉnh báo cáo kết quả thực hiện " +
          "các chỉ tiêu chuyển đổi số quý I năm 2026 như sau:",
      },
      { kind: "heading", level: 1, text: "KẾT QUẢ THỰC HIỆN" },
      { kind: "heading", level: 2, text: "Dịch vụ công trực tuyến" },
      {
        kind: "paragraph",
        text: [
          { text: "Tỷ lệ hồ sơ trực tuyến trên tổng số hồ sơ tiếp nhận toàn tỉnh đạt " },
          { text: "78,4%", bold: true },
          { text: ", vượt chỉ tiêu 75% của Kế hoạch; 9/10 đơn vị đạt chỉ tiêu, chi tiết tại Bảng 1." },
        ],
      },
      {
        kind: "table",
        caption: "Bảng 1. Hồ sơ thủ tục hành chính quý I năm 2026",
        columns: [
          { header: "STT", width: 1, align: "center" },
          { header: "Đơn vị", width: 4 },
          { header: "Hồ sơ tiếp nhận", width: 2 },
          { header: "Hồ sơ trực tuyến", width: 2 },
          { header: "Tỷ lệ (%)", width: 1.6, decimals: 1 },
        ],
        rows: [
          ["1", "Sở Tư pháp", 12450, 10210, 82.0],
          ["2", "Sở Xây dựng", 3210, 2310, 72.0],
          ["3", "UBND phường Bắc Giang", 1850.5, 1500, 81.1],
        ],
        totalsRow: ["", "Tổng cộng", 17510.5, 14020, 80.1],
        note: "Nguồn: Hệ thống thông tin giải quyết thủ tục hành chính tỉnh.",
      },
      {
        kind: "image",
        png: barChartPng([82.0, 72.0, 81.1]),
        width: 480,
        height: 240,
        caption: "Biểu đồ 1. Tỷ lệ hồ sơ trực tuyến theo đơn vị",
      },
      { kind: "heading", level: 2, text: "Tồn tại, hạn chế" },
      {
        kind: "bullets",
        items: [
          "Một số đơn vị cập nhật dữ liệu chưa kịp thời, chưa đầy đủ",
          { text: "Sở Xây dựng chưa đạt chỉ tiêu 75%", level: 2 },
          "Việc kết nối, chia sẻ dữ liệu với Kho dữ liệu dùng chung còn chậm",
        ],
      },
      { kind: "heading", level: 1, text: "NHIỆM VỤ TRỌNG TÂM QUÝ II NĂM 2026" },
      {
        kind: "paragraph",
        text:
          "Tiếp tục đôn đốc các đơn vị chưa đạt chỉ tiêu; hoàn thành kết nối dữ liệu với Hệ thống thông tin " +
          "chỉ đạo, điều hành của Chính phủ trước ngày 30/6/2026.",
      },
    ],
    recipients: [
      "Văn phòng Chính phủ (b/c)",
      "Chủ tịch, các PCT UBND tỉnh",
      "Các sở, ban, ngành",
      "Lưu: VT, KSTT",
    ],
    signer: { authority: "KT. CHÁNH VĂN PHÒNG", position: "PHÓ CHÁNH VĂN PHÒNG", name: "Nguyễn Văn An" },
  };
}
