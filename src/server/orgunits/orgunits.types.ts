export const ORG_UNIT_KINDS = [
  "central",
  "province",
  "department",
  "district",
  "commune",
  "ward",
  "special_zone",
  "division",
  "other",
] as const;
export type OrgUnitKind = (typeof ORG_UNIT_KINDS)[number];

export const KIND_LABEL_VI: Record<OrgUnitKind, string> = {
  central: "Trung ương",
  province: "Tỉnh/Thành phố",
  department: "Sở, ban, ngành",
  district: "Huyện (trước 01/7/2025)",
  commune: "Xã",
  ward: "Phường",
  special_zone: "Đặc khu",
  division: "Phòng",
  other: "Khác",
};

export interface OrgUnit {
  id: number;
  code: string;
  name: string;
  shortName: string | null;
  kind: OrgUnitKind;
  parentId: number | null;
  path: string;
  depth: number;
  validFrom: string;
  validTo: string | null;
  version: number;
  successorIds: number[];
  predecessorIds: number[];
}
