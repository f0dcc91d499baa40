import type { Queryable } from "../db/db";
import type { RowProblem } from "./data.types";
import type { ResolvedRow } from "./data.validate";

/**
 * Flags a figure far from the unit's own history of the same indicator: more than 3 standard
 * deviations from the mean of its previous values (at least 6 of them). A warning, never a block:
 * real figures do jump (a flood month), but a typo of one zero too many is caught before approval.
 */
export async function outlierWarnings(tx: Queryable, rows: ResolvedRow[]): Promise<RowProblem[]> {
  const withValue = rows.filter((r) => r.value !== null);
  if (!withValue.length) return [];
  const stats = await tx.query<{ i: number; u: number; mean: number; sd: number; n: number }>(
    `select d.indicator_id as i, d.org_unit_id as u, avg(d.value) as mean, coalesce(stddev_samp(d.value), 0) as sd, count(*)::int as n
       from data_value d
       join (select distinct * from unnest($1::int[], $2::int[], $3::date[]) k(i, u, s)) k
         on d.indicator_id = k.i and d.org_unit_id = k.u and d.period_start < k.s
      where d.value is not null and d.disagg = ''
      group by d.indicator_id, d.org_unit_id`,
    [withValue.map((r) => r.indicator.id), withValue.map((r) => r.unit.id), withValue.map((r) => r.period.start)],
  );
  const byKey = new Map(stats.map((s) => [`${s.i}|${s.u}`, s]));
  const out: RowProblem[] = [];
  for (const r of withValue) {
    const s = byKey.get(`${r.indicator.id}|${r.unit.id}`);
    if (!s || s.n < 6) continue;
    const spread = Math.max(s.sd, Math.abs(s.mean) * 0.02, 1e-9);
    if (Math.abs((r.value as number) - s.mean) > 3 * spread)
      out.push({
        row: r.row,
        column: r.indicator.aggregation === "ratio" ? "numerator" : "value",
        code: "DATA_OUTLIER",
        message: `Giá trị ${fmt(r.value as number)} khác thường so với lịch sử của đơn vị (trung bình ${fmt(s.mean)}, độ lệch chuẩn ${fmt(s.sd)}). Kiểm tra lại.`,
      });
  }
  return out;
}

const fmt = (n: number) => n.toLocaleString("vi-VN", { maximumFractionDigits: 2 });
