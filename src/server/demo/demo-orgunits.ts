import type { OrgUnitKind } from "../orgunits/orgunits.types";

// A realistic two-level province after 1 July 2025, with one merger kept as history: the former
// city of Bắc Giang (district level) and three of its wards closed on 30/6/2025 and were merged
// into Phường Bắc Giang. Names are plausible, not an official list.

export interface DemoUnit {
  code: string;
  name: string;
  shortName?: string;
  kind: OrgUnitKind;
  parent: string | null;
  validFrom?: string;
  validTo?: string;
}

export const DEMO_PROVINCE = "BN";
export const MERGER_DATE = "2025-07-01";

const departments: [string, string, string][] = [
  ["VPUB", "Văn phòng Ủy ban nhân dân tỉnh", "VP UBND tỉnh"],
  ["SNV", "Sở Nội vụ", "Sở NV"],
  ["STC", "Sở Tài chính", "Sở TC"],
  ["SKHCN", "Sở Khoa học và Công nghệ", "Sở KH&CN"],
  ["SCT", "Sở Công Thương", "Sở CT"],
  ["SXD", "Sở Xây dựng", "Sở XD"],
  ["SNNMT", "Sở Nông nghiệp và Môi trường", "Sở NN&MT"],
  ["SYT", "Sở Y tế", "Sở YT"],
  ["SGDDT", "Sở Giáo dục và Đào tạo", "Sở GD&ĐT"],
  ["SVHTTDL", "Sở Văn hóa, Thể thao và Du lịch", "Sở VHTT&DL"],
  ["STP", "Sở Tư pháp", "Sở TP"],
  ["SDTTG", "Sở Dân tộc và Tôn giáo", "Sở DT&TG"],
  ["TTRA", "Thanh tra tỉnh", "Thanh tra"],
  ["CAT", "Công an tỉnh", "CA tỉnh"],
  ["BCHQS", "Bộ Chỉ huy Quân sự tỉnh", "BCH QS"],
  ["TTPVHCC", "Trung tâm Phục vụ hành chính công tỉnh", "TT PVHCC"],
];

const wards = [
  "Bắc Giang", "Đa Mai", "Tiền Phong", "Tân An", "Yên Dũng", "Tự Lạn", "Việt Yên", "Nếnh", "Vân Hà", "Chũ",
  "Phượng Sơn", "Kinh Bắc", "Võ Cường", "Vũ Ninh", "Hạp Lĩnh", "Nam Sơn", "Từ Sơn", "Tam Sơn", "Đồng Nguyên",
  "Phù Khê", "Thuận Thành", "Mão Điền", "Trạm Lộ", "Trí Quả", "Song Liễu", "Ninh Xá", "Quế Võ", "Phương Liễu",
];
const communes = [
  "Lạng Giang", "Tiên Lục", "Lục Nam", "Bắc Lũng", "Sơn Động", "Tân Yên", "Hiệp Hòa", "Yên Thế", "Gia Bình",
  "Lương Tài", "Tiên Du", "Đại Đồng",
];

export function slug(name: string): string {
  return name
    .normalize("NFD")
    .replace(/[\u0300-\u036f]/g, "")
    .replace(/[đĐ]/g, "d")
    .toUpperCase()
    .replace(/[^A-Z0-9]+/g, "-")
    .replace(/^-|-$/g, "");
}

export function demoOrgUnits(): DemoUnit[] {
  const units: DemoUnit[] = [{ code: DEMO_PROVINCE, name: "Tỉnh Bắc Ninh", shortName: "Bắc Ninh", kind: "province", parent: null }];
  for (const [code, name, shortName] of departments) units.push({ code, name, shortName, kind: "department", parent: DEMO_PROVINCE });
  for (const w of wards)
    units.push({
      code: `P-${slug(w)}`,
      name: `Phường ${w}`,
      kind: "ward",
      parent: DEMO_PROVINCE,
      validFrom: w === "Bắc Giang" ? MERGER_DATE : undefined,
    });
  for (const c of communes) units.push({ code: `X-${slug(c)}`, name: `Xã ${c}`, kind: "commune", parent: DEMO_PROVINCE });
  // History: the district level and the wards merged on 1/7/2025.
  units.push({ code: "H-TP-BAC-GIANG", name: "Thành phố Bắc Giang", shortName: "TP Bắc Giang", kind: "district", parent: DEMO_PROVINCE, validTo: "2025-06-30" });
  for (const w of MERGED_WARDS)
    units.push({ code: `P-${slug(w)}-CU`, name: `Phường ${w} (cũ)`, kind: "ward", parent: "H-TP-BAC-GIANG", validTo: "2025-06-30" });
  return units;
}

export const MERGED_WARDS = ["Trần Phú", "Ngô Quyền", "Lê Lợi"];
export const MERGED_INTO = `P-${slug("Bắc Giang")}`;
