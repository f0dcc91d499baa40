import { evaluateFormula, parseFormula } from "../../core/formula";
import { compare } from "../../core/targets";
import type { Queryable } from "../db/db";
import type { RowProblem } from "./data.types";
import type { Catalogues, ResolvedRow } from "./data.validate";

interface Rule {
  code: string;
  name: string;
  leftExpr: string;
  op: "<=" | "<" | ">=" | ">" | "=";
  rightExpr: string;
  severity: "error" | "warning";
}

/**
 * Rules between indicators (validation_rule), checked for every (unit, period) the batch touches,
 * on the values as they will be after the batch: stored values overlaid with the batch's own.
 */
export async function checkRules(tx: Queryable, rows: ResolvedRow[], cat: Catalogues): Promise<RowProblem[]> {
  if (!rows.length) return [];
  const rules = await tx.query<Rule>(
    `select code, name, left_expr as "leftExpr", op, right_expr as "rightExpr", severity from validation_rule`,
  );
  if (!rules.length) return [];
  const compiled = rules.map((r) => ({ ...r, left: parseFormula(r.leftExpr), right: parseFormula(r.rightExpr) }));
  const groups = new Map<string, ResolvedRow[]>();
  for (const r of rows) {
    const k = `${r.unit.id}|${r.period.code}`;
    groups.set(k, [...(groups.get(k) ?? []), r]);
  }
  const keys = [...groups.values()].map((g) => g[0]);
  const stored = await tx.query<{ u: number; p: string; code: string; value: number | null }>(
    `select d.org_unit_id as u, d.period as p, i.code, sum(d.value) as value
       from data_value d join indicator i on i.id = d.indicator_id
       join (select distinct * from unnest($1::int[], $2::text[]) k(u, p)) k on d.org_unit_id = k.u and d.period = k.p
      group by d.org_unit_id, d.period, i.code`,
    [keys.map((r) => r.unit.id), keys.map((r) => r.period.code)],
  );
  const values = new Map<string, number | null>();
  for (const s of stored) values.set(`${s.u}|${s.p}|${s.code.toLowerCase()}`, s.value);
  for (const r of rows) values.set(`${r.unit.id}|${r.period.code}|${r.indicator.code.toLowerCase()}`, r.value);
  const out: RowProblem[] = [];
  for (const [k, group] of groups) {
    const lookup = (code: string) => {
      if (!cat.indicators.has(code.toLowerCase())) return null;
      return values.get(`${k}|${code.toLowerCase()}`) ?? null;
    };
    for (const rule of compiled) {
      const l = evaluateFormula(rule.left, lookup);
      const rv = evaluateFormula(rule.right, lookup);
      if (l === null || rv === null || compare(l, rule.op, rv)) continue;
      const problem = {
        row: group[0].row,
        column: "value",
        code: rule.severity === "error" ? "DATA_RULE_VIOLATED" : "DATA_RULE_WARNING",
        message: `Vi phạm quy tắc "${rule.name}": ${rule.leftExpr} = ${l} phải ${rule.op} ${rule.rightExpr} = ${rv} (đơn vị ${group[0].unit.code}, kỳ ${group[0].period.code}).`,
      };
      if (rule.severity === "error") out.push(problem);
    }
  }
  return out;
}
