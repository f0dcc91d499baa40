import { isoDateInTimeZone, parsePeriod, periodLabel } from "../../core/periods";
import type { Principal } from "../auth/principal";
import type { Queryable } from "../db/db";
import { buildNd30Docx } from "../documents/nd30-docx";
import type { Block, Nd30Document, TableCellValue } from "../documents/nd30-types";
import { barChartPng } from "../documents/png-encode";
import { formatViNumber } from "../documents/vi-format";
import { targetForecasts } from "./forecasts";
import { type LineSeries, lineChartPng } from "./line-chart-png";
import { dashboardData, type Tile } from "./overview";
import { operationsPanels } from "./panels";
import { rankings } from "./rankings";
import { resolveScope } from "./scope";

// The brief for the monthly socio-economic meeting (phiên họp thường kỳ), one click from the
// dashboard: key figures, targets at risk, overdue tasks and report timeliness, with charts, laid
// out as an NĐ 30/2020 report the office can number, sign and send.

export interface BriefOptions {
  unitId?: number;
  groups?: string[];
  period?: string;
  asOf?: string;
  today?: string;
  /** Who asked for it (named in the document's properties only). */
  preparedBy?: string;
}

/** Fixed decimals, as a table column of one indicator should read: 50,8 · 3.992,3 · 22.701. */
const fmt = (v: number | null | undefined, decimals = 1) =>
  v === null || v === undefined || !Number.isFinite(v) ? "–" : formatViNumber(v, { decimals });
/** A change with its sign; one that rounds to nothing is written without a sign. */
const signed = (v: number | null, decimals = 1) => {
  if (v === null) return "–";
  const r = Number(v.toFixed(decimals));
  return r === 0 ? fmt(0, decimals) : `${r > 0 ? "+" : ""}${fmt(r, decimals)}`;
};
/** "Tỉnh Bắc Ninh" inside a sentence reads "tỉnh Bắc Ninh"; "Tỷ lệ hồ sơ TTHC" reads "tỷ lệ hồ sơ TTHC". */
const inSentence = (s: string) =>
  /^\p{Lu}\p{Ll}/u.test(s) ? s.charAt(0).toLocaleLowerCase("vi-VN") + s.slice(1) : s;

function upperVi(s: string) {
  return s.toLocaleUpperCase("vi-VN");
}

/** Place name for the date line: the province's name without its kind ("Tỉnh Bắc Ninh" → "Bắc Ninh"). */
function placeOf(name: string) {
  return name.replace(/^(Tỉnh|Thành phố|Phường|Xã|Đặc khu|Sở|UBND)\s+/i, "");
}

function issuerOf(unit: { name: string; kind: string }, province: { name: string } | undefined) {
  if (unit.kind === "province")
    return { issuerParent: `UBND ${upperVi(unit.name)}`, issuer: "VĂN PHÒNG UBND TỈNH", issuerCode: "VP" };
  const own = ["commune", "ward", "special_zone", "district"].includes(unit.kind)
    ? `UBND ${upperVi(unit.name)}`
    : upperVi(unit.name);
  return {
    issuerParent: province ? `UBND ${upperVi(province.name)}` : undefined,
    issuer: own,
    issuerCode: unit.kind === "department" ? "S" : "UBND",
  };
}

function tileRow(t: Tile, i: number): TableCellValue[] {
  const d = t.indicator.decimals;
  return [
    String(i + 1),
    t.indicator.name,
    t.indicator.unit,
    fmt(t.value, d),
    signed(t.changePrevious, d),
    signed(t.changeLastYear, d),
    t.target ? t.target.label : "–",
    t.statusLabel ?? "–",
  ];
}

export async function buildMeetingBrief(
  q: Queryable,
  who: Principal | number,
  opts: BriefOptions = {},
): Promise<{ buffer: Buffer; filename: string; period: string }> {
  const today = opts.today ?? isoDateInTimeZone(new Date());
  const { unit, idx } = await resolveScope(q, who, opts.unitId);
  const common = { unitId: unit.id, period: opts.period, asOf: opts.asOf, today, idx } as const;
  const data = await dashboardData(q, who, { ...common, groups: opts.groups });
  const forecasts = await targetForecasts(q, who, { ...common, groups: opts.groups });
  const panels = await operationsPanels(q, unit, idx, data.asOf);
  const ranking = await rankings(q, who, { ...common }).catch(() => null);
  const monthTile = data.tiles.find((t) => t.indicator.periodType === "month") ?? data.tiles[0];
  const period = monthTile?.period ?? data.asOf.slice(0, 7).replace("-", "");
  const periodText = monthTile ? inSentence(periodLabel(monthTile.period, "vi")) : "";
  const province = [...idx.byId.values()].find((u) => u.kind === "province" && unit.path.startsWith(u.path));
  const body: Block[] = [];

  body.push({
    kind: "paragraph",
    text:
      `Phục vụ phiên họp thường kỳ của Ủy ban nhân dân, trên cơ sở số liệu các đơn vị cập nhật trên Hệ thống thông tin chỉ đạo, ` +
      `điều hành đến ngày ${formatDate(data.asOf)}, tình hình thực hiện các chỉ tiêu, nhiệm vụ ${periodText} của ${inSentence(unit.name)} như sau:`,
  });

  body.push({ kind: "heading", level: 1, text: "CÁC CHỈ TIÊU CHỦ YẾU" });
  const met = data.tiles.filter((t) => t.status === "met" || t.status === "on_track").length;
  const judged = data.tiles.filter((t) => t.status && t.status !== "no_data").length;
  body.push({
    kind: "paragraph",
    text: [
      {
        text: `Có ${data.tiles.length} chỉ tiêu được theo dõi; trong ${judged} chỉ tiêu có mục tiêu kế hoạch, `,
      },
      { text: `${met} chỉ tiêu đạt hoặc đúng tiến độ`, bold: true },
      { text: `, ${judged - met} chỉ tiêu chậm tiến độ hoặc chưa đạt. Chi tiết tại Bảng 1.` },
    ],
  });
  body.push({
    kind: "table",
    caption: `Bảng 1. Kết quả các chỉ tiêu chủ yếu ${periodText}`,
    columns: [
      { header: "STT", width: 0.7, align: "center" },
      { header: "Chỉ tiêu", width: 5 },
      { header: "ĐVT", width: 1.2, align: "center" },
      { header: "Kỳ báo cáo", width: 1.4, align: "right" },
      { header: "So với kỳ trước", width: 1.4, align: "right" },
      { header: "So với cùng kỳ", width: 1.4, align: "right" },
      { header: "Mục tiêu", width: 1.6, align: "center" },
      { header: "Đánh giá", width: 1.6, align: "center" },
    ],
    rows: data.tiles.map(tileRow),
    fontSize: 12,
    note: "Nguồn: Hệ thống thông tin chỉ đạo, điều hành; số liệu tổng hợp trực tiếp từ số liệu các đơn vị cập nhật.",
  });

  const chartTile = data.tiles.find((t) => t.target && t.indicator.periodType === "month") ?? monthTile;
  if (chartTile) {
    const values = chartTile.sparkline.map((p) => p.value);
    const series: LineSeries[] = [{ values, color: [31, 94, 168] }];
    const goal = chartTile.target?.value;
    if (goal !== undefined)
      series.push({ values: values.map(() => goal), color: [201, 42, 42], dashed: true });
    body.push({
      kind: "image",
      png: lineChartPng(series, {
        xLabels: chartTile.sparkline.map((p) => `${p.period.slice(4, 6)}/${p.period.slice(2, 4)}`),
        decimals: chartTile.indicator.decimals,
      }),
      width: 640,
      height: 267,
      caption: `Biểu đồ 1. ${chartTile.indicator.name} (${chartTile.indicator.unit}) 13 kỳ gần nhất${chartTile.target ? `; đường nét đứt: mục tiêu ${chartTile.target.label}` : ""}`,
    });
  }

  if (ranking?.items.some((i) => i.value !== null)) {
    const ranked = ranking.items.filter((i) => i.rank !== null);
    body.push({ kind: "heading", level: 2, text: `Xếp hạng ${inSentence(ranking.title)} của các đơn vị` });
    const top = ranked
      .slice(0, 3)
      .map((i) => `${i.name} (${fmt(i.value, 1)} điểm)`)
      .join(", ");
    const bottom = ranked
      .slice(-3)
      .reverse()
      .map((i) => `${i.name} (${fmt(i.value, 1)} điểm)`)
      .join(", ");
    body.push({ kind: "paragraph", text: `Dẫn đầu: ${top}. Thấp nhất: ${bottom}.` });
    body.push({
      kind: "image",
      png: barChartPng(
        ranked.map((i) => i.value ?? 0),
        { width: 640, height: 240 },
      ),
      width: 640,
      height: 240,
      caption: `Biểu đồ 2. ${ranking.title} của ${ranked.length} đơn vị, xếp từ cao xuống thấp (${ranking.periodLabel})`,
    });
  }

  body.push({ kind: "heading", level: 1, text: "CÁC CHỈ TIÊU CÓ NGUY CƠ KHÔNG ĐẠT" });
  const atRisk = forecasts.items.filter((f) => f.atRisk);
  if (atRisk.length === 0)
    body.push({
      kind: "paragraph",
      text: "Theo dự báo từ chuỗi số liệu, các chỉ tiêu có mục tiêu kế hoạch đều có khả năng đạt vào cuối kỳ.",
    });
  else {
    body.push({
      kind: "table",
      caption: "Bảng 2. Chỉ tiêu dự báo không đạt mục tiêu vào cuối kỳ kế hoạch",
      columns: [
        { header: "STT", width: 0.7, align: "center" },
        { header: "Chỉ tiêu", width: 5 },
        { header: "Mục tiêu", width: 1.6, align: "center" },
        { header: "Dự báo cuối kỳ", width: 1.5, align: "right" },
        { header: "Khoảng tin cậy 80%", width: 2, align: "center" },
        { header: "Khả năng đạt", width: 1.3, align: "right" },
      ],
      rows: atRisk.map((f, i) => [
        String(i + 1),
        f.indicator.name,
        f.target.label,
        fmt(f.projected, f.indicator.decimals),
        `${fmt(f.lower, f.indicator.decimals)} – ${fmt(f.upper, f.indicator.decimals)}`,
        f.probabilityMet === null ? "–" : `${Math.round(f.probabilityMet * 100)}%`,
      ]),
      note: "Phương pháp: dự báo các kỳ còn lại bằng Holt-Winters (khi có từ 2 năm số liệu) hoặc Holt, cộng với số liệu đã có theo quy tắc tổng hợp của chỉ tiêu.",
    });
  }

  body.push({ kind: "heading", level: 1, text: "TÌNH HÌNH THỰC HIỆN NHIỆM VỤ" });
  if (!panels.tasks) body.push({ kind: "paragraph", text: "Hệ thống chưa theo dõi nhiệm vụ của đơn vị." });
  else if (panels.tasks.totals.overdue === 0)
    body.push({
      kind: "paragraph",
      text: `Không có nhiệm vụ quá hạn; ${panels.tasks.totals.open} nhiệm vụ đang thực hiện.`,
    });
  else {
    const t = panels.tasks;
    body.push({
      kind: "paragraph",
      text: `Có ${t.totals.overdue} nhiệm vụ quá hạn chưa hoàn thành, ${t.totals.dueSoon} nhiệm vụ đến hạn trong 7 ngày tới; ${t.totals.open} nhiệm vụ đang thực hiện.`,
    });
    body.push({
      kind: "table",
      caption: "Bảng 3. Nhiệm vụ quá hạn theo đơn vị",
      columns: [
        { header: "STT", width: 0.7, align: "center" },
        { header: "Đơn vị", width: 5 },
        { header: "Quá hạn", width: 1.3 },
        { header: "Đến hạn trong 7 ngày", width: 1.8 },
        { header: "Đang thực hiện", width: 1.5 },
      ],
      rows: t.byUnit
        .filter((u) => u.overdue > 0)
        .slice(0, 15)
        .map((u, i) => [String(i + 1), u.name, u.overdue, u.dueSoon, u.open]),
      totalsRow: ["", "Tổng cộng", t.totals.overdue, t.totals.dueSoon, t.totals.open],
    });
    body.push({
      kind: "bullets",
      items: t.overdueTasks
        .slice(0, 10)
        .map((x) => `${x.title} (${x.unitName}; hạn ${formatDate(x.dueOn)}, quá ${x.daysLate} ngày)`),
    });
  }

  if (panels.reports && panels.reports.totals.expected > 0) {
    const r = panels.reports;
    body.push({ kind: "heading", level: 1, text: "TÌNH HÌNH CHẤP HÀNH CHẾ ĐỘ BÁO CÁO" });
    body.push({
      kind: "paragraph",
      text: `Trong 12 tháng qua có ${r.totals.expected} lượt báo cáo đến hạn: ${r.totals.onTime} đúng hạn (${fmt(r.totals.onTimeRate, 1)}%), ${r.totals.late} trễ hạn, ${r.totals.missing} chưa gửi.`,
    });
  }
  if (panels.feedback && panels.feedback.totals.total > 0) {
    const f = panels.feedback;
    body.push({ kind: "heading", level: 1, text: "XỬ LÝ PHẢN ÁNH, KIẾN NGHỊ" });
    body.push({
      kind: "paragraph",
      text: `Tiếp nhận ${f.totals.total} phản ánh; xử lý đúng hạn ${fmt(f.totals.onTimeRate, 1)}%; ${f.totals.overdueOpen} phản ánh quá hạn chưa xử lý.`,
    });
  }

  body.push({ kind: "heading", level: 1, text: "ĐỀ XUẤT, KIẾN NGHỊ" });
  const proposals: string[] = [];
  if (atRisk.length)
    proposals.push(
      `Chỉ đạo các đơn vị chủ trì tập trung các giải pháp để đạt ${atRisk.length} chỉ tiêu có nguy cơ không đạt: ${atRisk
        .slice(0, 5)
        .map((f) => inSentence(f.indicator.name))
        .join("; ")}`,
    );
  const late = panels.tasks?.byUnit.filter((u) => u.overdue > 0).slice(0, 5) ?? [];
  if (late.length)
    proposals.push(`Đôn đốc ${late.map((u) => u.name).join(", ")} hoàn thành các nhiệm vụ quá hạn`);
  if (panels.reports && panels.reports.totals.missing > 0)
    proposals.push("Yêu cầu các đơn vị chưa gửi báo cáo hoàn thành báo cáo theo đúng chế độ");
  proposals.push("Các đơn vị cập nhật số liệu đầy đủ, kịp thời trên Hệ thống để phục vụ chỉ đạo, điều hành");
  body.push({ kind: "bullets", items: proposals });

  const { issuerParent, issuer, issuerCode } = issuerOf(unit, province);
  const doc: Nd30Document = {
    issuerParent,
    issuer,
    issuerCode,
    place: placeOf(province?.name ?? unit.name),
    date: today,
    docType: "BÁO CÁO",
    title: `Tình hình thực hiện các chỉ tiêu, nhiệm vụ ${periodText} phục vụ phiên họp thường kỳ`,
    body,
    recipients: ["Chủ tịch, các Phó Chủ tịch UBND (b/c)", "Các cơ quan, đơn vị liên quan", "Lưu: VT, TH"],
    signer: {
      authority: unit.kind === "province" ? "KT. CHÁNH VĂN PHÒNG" : "TM. ỦY BAN NHÂN DÂN",
      position: unit.kind === "province" ? "PHÓ CHÁNH VĂN PHÒNG" : "CHỦ TỊCH",
      name: "………………………",
    },
  };
  const buffer = await buildNd30Docx(doc);
  return {
    buffer,
    filename: `bao-cao-phien-hop-${unit.code.toLowerCase()}-${parsePeriod(period).code}.docx`,
    period,
  };
}

function formatDate(iso: string) {
  const [y, m, d] = iso.slice(0, 10).split("-");
  return `${d}/${m}/${y}`;
}
