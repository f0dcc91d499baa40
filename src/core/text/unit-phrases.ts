/**
 * Recognising unit names inside running Vietnamese text: does a phrase name a unit, where does
 * a unit name stop and the verb begin, and how to split "Sở A, Sở B và các đơn vị liên quan"
 * into units without breaking "Sở Khoa học và Công nghệ" or "các sở, ban, ngành".
 */
import { foldVietnamese } from "./fold";

// Words that open a unit name (folded). A phrase starting with one of them names a unit,
// unless it starts with one of the exclusions below (verbs and nouns sharing the first word).
const UNIT_HEAD =
  /^(?:(?:pho )?(?:truong phong|truong ban|truong cong an|chanh van phong|chanh thanh tra|giam doc|chu tich|thu truong|bi thu|chi cuc truong|cuc truong|chi huy truong|hieu truong) |(?:cac )?thanh vien |so |phong |ban |van phong |vp |uy ban |ubnd |hdnd |hoi dong |cong an |ca (?:tinh|huyen|thanh pho|xa|phuong|tp)|bo chi huy |ban chi huy |bch|chi cuc |cuc |trung tam |kho bac |ngan hang |bao hiem |bhxh |dai |bao |vien |toa an |mat tran |uy ban mat tran |lien doan |thanh doan|tinh doan|huyen doan|doan |hoi |cong ty |tong cong ty |truong |benh vien |bo |thanh tra |chi nhanh |dang uy |thanh uy|tinh uy|huyen uy|to cong tac |ban quan ly |bql |chinh phu|thu tuong|cac (?:so|ban|nganh|co quan|don vi|phong|dia phuong|xa|phuong|huyen|thi xa|thanh vien|doanh nghiep|chi nhanh|to chuc|hoi|truong|benh vien|tram|trung tam|cap|bo|tinh|thanh pho)\b|ubnd cac |uy ban nhan dan cac |bo phan |cong chuc |cac cong chuc |can bo phu trach )/;

const NOT_A_UNIT =
  /^(?:ban hanh|phong,? chong|phong ngua|phong thu|hoi nghi|hoi thao|hoi dap|bao cao|bao dam|bao ve|bao mat|bao tri|bo sung|bo tri|bo chi so|so hoa|so lieu|so luong|so sanh|dai dien|truong hop|vien chuc|cuc bo|doan ket|dai hoi|ban do|truong hoc so|ban giao)/;

/** True when the phrase starts like a unit name: "Sở Tài chính", "Các sở, ban, ngành", "Trưởng phòng Y tế". */
export function isUnitPhrase(phrase: string): boolean {
  const folded = `${foldVietnamese(phrase).replace(/^[-+•–*\s]+/, "")} `;
  // A head word alone ("ban" in "các sở, ban, ngành") is part of a list, not a unit.
  if (folded.trim().split(" ").length < 2) return false;
  if (NOT_A_UNIT.test(folded)) return false;
  return UNIT_HEAD.test(folded);
}

// Verbs and connectives that end a unit name in running text. Lowercase only: unit names
// capitalise their words ("Trung tâm Giám sát"), the verb that follows them does not.
const VERBS = [
  "chủ trì",
  "phối hợp",
  "tham mưu",
  "xây dựng",
  "triển khai",
  "tổ chức",
  "thực hiện",
  "hoàn thành",
  "rà soát",
  "hướng dẫn",
  "ban hành",
  "trình",
  "báo cáo",
  "nghiên cứu",
  "đề xuất",
  "kiểm tra",
  "theo dõi",
  "tổng hợp",
  "cung cấp",
  "kết nối",
  "đôn đốc",
  "đẩy mạnh",
  "tiếp tục",
  "bảo đảm",
  "đảm bảo",
  "phát triển",
  "chỉ đạo",
  "cập nhật",
  "lập",
  "để",
  "nhằm",
  "trước",
  "trong",
  "thống nhất",
  "chịu trách nhiệm",
  "có trách nhiệm",
  "căn cứ",
  "chủ động",
  "tăng cường",
  "tuyên truyền",
  "vận hành",
  "duy trì",
  "quản lý",
  "tiếp nhận",
  "xử lý",
  "bố trí",
  "thẩm định",
  "giám sát",
  "đánh giá",
  "khẩn trương",
  "sớm",
  "chuẩn bị",
  "gửi",
  "tập huấn",
  "hỗ trợ",
  "thu thập",
  "chia sẻ",
  "tích hợp",
  "ứng dụng",
  "số hóa",
  "nâng cao",
  "phổ biến",
  "về việc",
  "thường xuyên",
  "định kỳ",
  "hằng",
  "hàng",
  "giải quyết",
  "tiến hành",
  "quyết định",
  "xem xét",
  "phê duyệt",
  "nộp",
  "cài đặt",
  "mua sắm",
  "đầu tư",
  "thành lập",
  "kiện toàn",
  "phân công",
  "ký",
  "công bố",
  "công khai",
  "khảo sát",
  "lựa chọn",
  "mở",
  "đưa",
  "hoàn thiện",
  "nâng cấp",
  "sửa đổi",
  "bổ sung",
  "thông báo",
  "phải",
  "liên quan đến",
  "trong việc",
  "thuộc quyền",
  "được",
  "sẽ",
  "đã",
  "đang",
  "cần",
  "cân đối",
  "phân bổ",
  "xác định",
  "lồng ghép",
  "tạo lập",
  "thúc đẩy",
  "vận động",
  "kiểm soát",
  "đề nghị",
  "yêu cầu",
  "trả lời",
  "phát hiện",
  "điều chỉnh",
  "đào tạo",
  "bồi dưỡng",
  "sắp xếp",
  "mở rộng",
  "nhân rộng",
  "dự thảo",
  "soạn thảo",
  "lấy ý kiến",
  "tiếp thu",
  "làm việc",
  "đối chiếu",
  "tập trung",
  "quyết liệt",
  "rà",
  "thẩm tra",
  "tổng kết",
  "sơ kết",
  "kết luận",
  "chấm điểm",
];
const VERB_PATTERN = new RegExp(
  `(?<=^|\\s)(?:${VERBS.map((v) => v.replace(/ /g, "\\s+")).join("|")})(?=[\\s,.;:)]|$)`,
  "u",
);

/**
 * The unit name at the start of a phrase, cut before the first verb: "Sở Nội vụ tham mưu
 * UBND tỉnh ban hành ..." -> "Sở Nội vụ". The text is returned whole when no verb follows.
 */
export function cutAtVerb(phrase: string): string {
  const match = VERB_PATTERN.exec(phrase);
  const head = match ? phrase.slice(0, match.index) : phrase;
  return head.replace(/[\s,;:(]+$/, "").trim();
}

/** Where the first verb starts (index into the phrase), or -1. */
export function firstVerbIndex(phrase: string): number {
  const match = VERB_PATTERN.exec(phrase);
  return match ? match.index : -1;
}

// Between "Văn phòng HĐND" and "UBND ..." the "và" joins one office, not two units.
const JOINT_OFFICE_LEFT = /(?:hdnd|hoi dong nhan dan)$/;

function splitOnCommasAndVa(part: string): string[] {
  // Candidate cut points: ", " and " và " / " với ". A piece becomes its own unit only if it
  // starts like a unit; "ban, ngành" and "Công nghệ" stay attached to what precedes them.
  const pieces = part.split(/(,\s*|\s+và\s+|\s+cùng\s+)/u);
  const units: string[] = [];
  let current = pieces[0] ?? "";
  for (let i = 1; i < pieces.length; i += 2) {
    const separator = pieces[i];
    const next = pieces[i + 1] ?? "";
    const isVa = /và|cùng/u.test(separator);
    const joinsOffice = isVa && JOINT_OFFICE_LEFT.test(foldVietnamese(current));
    if (!joinsOffice && isUnitPhrase(next) && current.trim().length > 0) {
      units.push(current);
      current = next;
    } else {
      current += separator + next;
    }
  }
  units.push(current);
  return units;
}

/**
 * Splits a list of units as written: ";" and line breaks always separate, commas and "và"
 * separate only before something that starts like a unit. Collective names stay whole:
 * "Văn phòng UBND Tỉnh; các sở, ban, ngành Tỉnh" -> ["Văn phòng UBND Tỉnh", "các sở, ban, ngành Tỉnh"],
 * "Sở Tài chính, Sở Nội vụ và các đơn vị liên quan" -> three units.
 */
export function splitUnitList(text: string): string[] {
  const out: string[] = [];
  for (const part of text.split(/[;\n]+/)) {
    for (const unit of splitOnCommasAndVa(part)) {
      const tidy = unit
        .replace(/^[\s\-+•–*,.:]+/, "")
        .replace(/[\s,.;:]+$/, "")
        .replace(/\s+/g, " ")
        .trim();
      if (tidy.length > 0) out.push(tidy);
    }
  }
  return out;
}
