// The consolidated report as officials file it: a Word document laid out per NĐ 30/2020 (through
// buildNd30Docx) and an Excel annex of its tables.
import { isoDateInTimeZone, parsePeriod, periodParts } from "../../core/periods";
import type { UnitNode } from "../data/unit-map";
import { type Block, buildNd30Docx, type Nd30Document, type TableCellValue } from "../documents/nd30-docx";
import { formatViDate } from "../documents/vi-format";
import { buildXlsxWorkbook, type XlsxSheet } from "../documents/xlsx-table";
import type { Consolidated, ConsolidatedIndicator } from "./consolidation.service";
import { windowText } from "./reports.errors";

const ROMAN = ["I", "II", "III", "IV"];

/** "quý III năm 2026", "tháng 9 năm 2026", "6 tháng đầu năm 2026" — as titles write periods. */
export function periodPhrase(code: string): string {
  const p = periodParts(parsePeriod(code));
  switch (p.type) {
    case "month":
      return `tháng ${p.month} năm ${p.year}`;
    case "quarter":
      return `quý ${ROMAN[p.quarter - 1]} năm ${p.year}`;
    case "sixmonth":
      return `6 tháng ${p.half === 1 ? "đầu" : "cuối"} năm ${p.year}`;
    case "ninemonth":
      return `9 tháng đầu năm ${p.year}`;
    case "year":
      return `năm ${p.year}`;
    default:
      return code;
  }
}

const COMMITTEE_KINDS = new Set(["province", "district", "commune", "ward", "special_zone"]);
const upper = (s: string) => s.toLocaleUpperCase("vi");

/** Issuing body and its parent as the header writes them ("UBND TỈNH BẮC NINH" / "SỞ KHOA HỌC VÀ CÔNG NGHỆ"). */
export function issuerNames(
  unit: UnitNode,
  parent: UnitNode | undefined,
): { issuer: string; issuerParent?: string } {
  if (COMMITTEE_KINDS.has(unit.kind)) return { issuer: upper(`Ủy ban nhân dân ${unit.name}`) };
  return {
    issuer: upper(unit.name),
    issuerParent:
      parent && COMMITTEE_KINDS.has(parent.kind)
        ? upper(`UBND ${parent.name}`)
        : parent
          ? upper(parent.name)
          : undefined,
  };
}

const isRatio = (i: ConsolidatedIndicator) => i.aggregation === "ratio";
const round = (v: number | null, d: number) => (v === null ? null : Math.round(v * 10 ** d) / 10 ** d);

function indicatorTable(c: Consolidated, n: number): Block {
  return {
    kind: "table",
    caption: `Bảng ${n}. Kết quả các chỉ tiêu tổng hợp từ ${c.counts.accepted} báo cáo đã tiếp nhận`,
    columns: [
      { header: "STT", width: 0.7, align: "center" },
      { header: "Chỉ tiêu", width: 5 },
      { header: "Đơn vị tính", width: 1.2, align: "center" },
      { header: "Tử số", width: 1.3 },
      { header: "Mẫu số", width: 1.3 },
      { header: "Kết quả", width: 1.3 },
      { header: "Số đơn vị", width: 1, align: "center" },
    ],
    rows: c.indicators.map((ind, i) => [
      String(i + 1),
      ind.name,
      ind.unit,
      isRatio(ind) ? ind.total.numerator : null,
      isRatio(ind) ? ind.total.denominator : null,
      round(ind.total.value, ind.decimals),
      String(ind.total.units),
    ]),
    note: `Số liệu đã được phê duyệt của các đơn vị có báo cáo được tiếp nhận; thời gian chốt số liệu ${windowText(c.window)}.`,
  };
}

/** Units down, indicators across (at most 4 per table so the page stays readable), totals last. */
function unitTables(c: Consolidated, first: number): Block[] {
  const blocks: Block[] = [];
  for (let start = 0, n = first; start < c.indicators.length; start += 4, n++) {
    const group = c.indicators.slice(start, start + 4);
    const unitIds = [...new Set(group.flatMap((g) => g.byUnit.map((b) => b.unitId)))];
    const names = new Map(c.status.map((s) => [s.unitId, s.unitName]));
    const rows: TableCellValue[][] = unitIds.map((id, i) => [
      String(i + 1),
      names.get(id) ?? String(id),
      ...group.map((g) => round(g.byUnit.find((b) => b.unitId === id)?.value ?? null, g.decimals)),
    ]);
    blocks.push({
      kind: "table",
      caption: `Bảng ${n}. Kết quả theo đơn vị (${group.map((g) => g.code).join(", ")})`,
      columns: [
        { header: "STT", width: 0.7, align: "center" },
        { header: "Đơn vị", width: 3.2 },
        ...group.map((g) => ({ header: `${g.name} (${g.unit})`, width: 2, decimals: g.decimals })),
      ],
      rows,
      totalsRow: ["", "Tổng hợp", ...group.map((g) => round(g.total.value, g.decimals))],
    });
  }
  return blocks;
}

const STATE_VI: Record<string, string> = {
  accepted: "Đã tiếp nhận",
  submitted: "Chờ xem xét",
  returned: "Bị trả lại",
  draft: "Đang soạn",
  missing: "Chưa gửi",
  open: "Chưa đến hạn",
};
const timelinessVi = (t: string | null) => (t === "onTime" ? "Đúng hạn" : t === "late" ? "Muộn" : "");

export function consolidatedDocument(
  c: Consolidated,
  parent: UnitNode | undefined,
  place: string,
  today: string,
  signerFallback: string,
): Nd30Document {
  const t = c.regime.template;
  const phrase = periodPhrase(c.period);
  const receiver = c.receivingUnit;
  const body: Block[] = [
    {
      kind: "paragraph",
      text:
        t.intro?.trim() ||
        `${c.regime.legalBasis ? `Thực hiện ${c.regime.legalBasis}, ` : ""}${receiver.name} tổng hợp báo cáo ${phrase} của các đơn vị như sau:`,
    },
    { kind: "heading", level: 1, text: "TÌNH HÌNH GỬI BÁO CÁO" },
    {
      kind: "paragraph",
      text:
        `Kỳ báo cáo có ${c.counts.expected} đơn vị phải báo cáo; hạn gửi ${formatViDate(c.dueOn)}; số liệu chốt ${windowText(c.window)}. ` +
        `Đã tiếp nhận ${c.counts.accepted} báo cáo; tổng số đã gửi đúng hạn ${c.counts.onTime}, gửi muộn ${c.counts.late}; ` +
        `đang chờ xem xét ${c.counts.awaiting}; bị trả lại ${c.counts.returned}; chưa gửi ${c.counts.missing}.`,
    },
  ];
  const missing = c.status.filter((s) => s.timeliness === null);
  if (missing.length)
    body.push({
      kind: "paragraph",
      text: `Các đơn vị chưa gửi báo cáo: ${missing.map((m) => m.unitName).join(", ")}.`,
    });
  body.push({ kind: "heading", level: 1, text: "KẾT QUẢ THỰC HIỆN CÁC CHỈ TIÊU" });
  if (c.indicators.length) body.push(indicatorTable(c, 1), ...unitTables(c, 2));
  else body.push({ kind: "paragraph", text: "Chế độ báo cáo không có bảng số liệu." });
  for (const n of c.narratives) {
    body.push({ kind: "heading", level: 1, text: upper(n.title) });
    if (!n.entries.length) body.push({ kind: "paragraph", text: "Chưa có nội dung." });
    for (const e of n.entries) {
      const [first, ...rest] = e.text.split(/\n+/);
      body.push({ kind: "paragraph", text: [{ text: `${e.unitName}: `, bold: true }, { text: first }] });
      for (const line of rest) body.push({ kind: "paragraph", text: line });
    }
  }
  const { issuer, issuerParent } = issuerNames(receiver, parent);
  return {
    issuerParent,
    issuer,
    number: c.consolidation?.number ?? undefined,
    issuerCode: t.issuerCode ?? receiver.code.toUpperCase(),
    place: t.place ?? place,
    date: c.consolidation?.docDate ?? today,
    docType: "BÁO CÁO",
    title: t.title ? t.title.replace("{period}", phrase) : `${c.regime.name} ${phrase}`,
    body,
    recipients: t.recipients?.length ? t.recipients : ["Như trên", "Lưu: VT"],
    signer: {
      authority: t.signerAuthority,
      position: t.signerPosition ?? "THỦ TRƯỞNG ĐƠN VỊ",
      name: c.consolidation?.signerName ?? t.signerName ?? signerFallback,
    },
  };
}

export const consolidatedDocx = (doc: Nd30Document) => buildNd30Docx(doc);

export function consolidatedXlsx(c: Consolidated): Promise<Buffer> {
  const names = new Map(c.status.map((s) => [s.unitId, s.unitName]));
  const sheets: XlsxSheet[] = [
    {
      name: "Tổng hợp",
      title: `${c.regime.name} - ${c.periodLabel}`,
      columns: [
        { header: "STT", key: "stt", width: 6 },
        { header: "Mã chỉ tiêu", key: "code", width: 22 },
        { header: "Chỉ tiêu", key: "name", width: 60 },
        { header: "Đơn vị tính", key: "unit", width: 12 },
        { header: "Tử số", key: "numerator", width: 14 },
        { header: "Mẫu số", key: "denominator", width: 14 },
        { header: "Kết quả", key: "value", width: 14 },
        { header: "Số đơn vị", key: "units", width: 10 },
      ],
      rows: c.indicators.map((i, k) => ({
        stt: k + 1,
        code: i.code,
        name: i.name,
        unit: i.unit,
        numerator: i.total.numerator,
        denominator: i.total.denominator,
        value: round(i.total.value, i.decimals + 1),
        units: i.total.units,
      })),
    },
    {
      name: "Theo đơn vị",
      title: `Kết quả theo đơn vị - ${c.periodLabel}`,
      columns: [
        { header: "Đơn vị", key: "unit", width: 34 },
        { header: "Mã chỉ tiêu", key: "code", width: 22 },
        { header: "Tử số", key: "numerator", width: 14 },
        { header: "Mẫu số", key: "denominator", width: 14 },
        { header: "Kết quả", key: "value", width: 14 },
      ],
      rows: c.indicators.flatMap((i) =>
        i.byUnit.map((b) => ({
          unit: names.get(b.unitId),
          code: i.code,
          numerator: b.numerator,
          denominator: b.denominator,
          value: round(b.value, i.decimals + 1),
        })),
      ),
    },
    {
      name: "Tình hình gửi",
      title: `Tình hình gửi báo cáo - ${c.periodLabel} (hạn ${formatViDate(c.dueOn)})`,
      columns: [
        { header: "STT", key: "stt", width: 6 },
        { header: "Đơn vị", key: "unit", width: 34 },
        { header: "Trạng thái", key: "state", width: 18 },
        { header: "Ngày gửi", key: "sent", width: 14 },
        { header: "Thời hạn", key: "timely", width: 12 },
      ],
      rows: c.status.map((s, k) => ({
        stt: k + 1,
        unit: s.unitName,
        state: STATE_VI[s.state],
        sent: s.submittedAt ? formatViDate(isoDateInTimeZone(new Date(s.submittedAt))) : "",
        timely: timelinessVi(s.timeliness),
      })),
    },
  ];
  return buildXlsxWorkbook(sheets);
}
