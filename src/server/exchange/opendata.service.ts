// Open data: indicators marked public, readable without login. Figures are live aggregates of
// approved values (runAnalytics) at province or commune level; each indicator has a metadata page
// and the whole is described by a DCAT catalogue (JSON-LD) that portals such as data.gov.vn harvest.
import { type PeriodType, periodLabel, previousPeriod } from "../../core/periods";
import { runAnalytics } from "../data/analytics";
import { resolvePeriods } from "../data/analytics.routes";
import { loadUnitIndex } from "../data/unit-map";
import type { Queryable } from "../db/db";
import { AppError } from "../http/errors";
import { listIndicators } from "../indicators/indicators.repo";
import { AGGREGATION_LABEL_VI, type Indicator } from "../indicators/indicators.types";
import { exchangeError } from "./exchange.errors";
import { toCsv } from "./export.service";

export const OPEN_LEVELS = ["province", "commune"] as const;
export type OpenLevel = (typeof OPEN_LEVELS)[number];
const LEVEL_KINDS: Record<OpenLevel, string[]> = {
  province: ["province"],
  commune: ["commune", "ward", "special_zone"],
};
const MAX_CELLS = 50_000;
export const OPEN_LICENSE = "https://creativecommons.org/licenses/by/4.0/";

const FREQUENCY: Record<PeriodType, string> = {
  day: "http://purl.org/cld/freq/daily",
  week: "http://purl.org/cld/freq/weekly",
  month: "http://purl.org/cld/freq/monthly",
  quarter: "http://purl.org/cld/freq/quarterly",
  sixmonth: "http://purl.org/cld/freq/semiannual",
  ninemonth: "http://purl.org/cld/freq/annual",
  year: "http://purl.org/cld/freq/annual",
};

export interface OpenIndicator {
  code: string;
  name: string;
  unit: string;
  definition: string | null;
  source: string | null;
  periodType: PeriodType;
  aggregation: string;
  aggregationLabel: string;
  numeratorLabel: string | null;
  denominatorLabel: string | null;
  ownerUnit: string | null;
  groups: { code: string; name: string }[];
  lastUpdated: string | null;
  latestPeriod: string | null;
  license: string;
}

async function publicIndicators(q: Queryable): Promise<Indicator[]> {
  return (await listIndicators(q)).filter((i) => i.isPublic);
}

/** Public indicators with their owner, groups and the last approved figure's time and period. */
export async function listOpenIndicators(q: Queryable): Promise<OpenIndicator[]> {
  const inds = await publicIndicators(q);
  if (!inds.length) return [];
  const stats = new Map(
    (
      await q.query<{ id: number; updated: string | null; latest: string | null }>(
        `select indicator_id as id, max(updated_at) as updated,
              (array_agg(period order by period_start desc))[1] as latest
         from data_value where indicator_id = any($1::int[]) and status = 'approved' group by indicator_id`,
        [inds.map((i) => i.id)],
      )
    ).map((r) => [r.id, r]),
  );
  const units = new Map(
    (await q.query<{ id: number; name: string }>("select id, name from org_unit")).map((u) => [u.id, u.name]),
  );
  const groups = new Map(
    (await q.query<{ code: string; name: string }>("select code, name from indicator_group")).map((g) => [
      g.code,
      g.name,
    ]),
  );
  return inds.map((i) => ({
    code: i.code,
    name: i.name,
    unit: i.unit,
    definition: i.definition,
    source: i.source,
    periodType: i.periodType,
    aggregation: i.aggregation,
    aggregationLabel: AGGREGATION_LABEL_VI[i.aggregation],
    numeratorLabel: i.numeratorLabel,
    denominatorLabel: i.denominatorLabel,
    ownerUnit: i.ownerUnitId ? (units.get(i.ownerUnitId) ?? null) : null,
    groups: i.groups.map((g) => ({ code: g, name: groups.get(g) ?? g })),
    lastUpdated: stats.get(i.id)?.updated ?? null,
    latestPeriod: stats.get(i.id)?.latest ?? null,
    license: OPEN_LICENSE,
  }));
}

export async function openIndicator(q: Queryable, code: string): Promise<OpenIndicator> {
  const found = (await listOpenIndicators(q)).find((i) => i.code.toLowerCase() === code.toLowerCase());
  if (!found) throw exchangeError.publicNotFound(code);
  return found;
}

export interface OpenRow {
  period: string;
  periodLabel: string;
  orgUnitCode: string;
  orgUnitName: string;
  value: number | null;
  numerator: number | null;
  denominator: number | null;
}

/** The last `count` periods up to the latest approved one (or up to today when there is none). */
function defaultPeriods(ind: OpenIndicator, count = 12): string[] {
  let p = ind.latestPeriod ?? null;
  if (!p) return [];
  const out = [p];
  for (let i = 1; i < count; i++) {
    p = previousPeriod(p).code;
    out.unshift(p);
  }
  return out;
}

export async function openData(
  q: Queryable,
  code: string,
  level: OpenLevel,
  periodSpec?: string,
): Promise<{ indicator: OpenIndicator; rows: OpenRow[] }> {
  const ind = await openIndicator(q, code);
  const periods = periodSpec ? resolvePeriods(periodSpec) : defaultPeriods(ind);
  const idx = await loadUnitIndex(q);
  const today = new Date().toISOString().slice(0, 10);
  const units = [...idx.byId.values()].filter(
    (u) => LEVEL_KINDS[level].includes(u.kind) && (!u.validTo || u.validTo >= today),
  );
  if (units.length * periods.length > MAX_CELLS)
    throw new AppError("VALIDATION_FAILED", "Yêu cầu quá lớn: hãy chọn ít kỳ hơn.", [
      { path: "periods", message: periodSpec ?? "" },
    ]);
  if (!periods.length || !units.length) return { indicator: ind, rows: [] };
  const result = await runAnalytics(
    q,
    { indicatorCodes: [ind.code], orgUnitIds: units.map((u) => u.id), periods, approvedOnly: true },
    idx,
  );
  const rows = result
    .filter((r) => r.value !== null)
    .map((r) => {
      const u = idx.byId.get(r.orgUnitId);
      return {
        period: r.period,
        periodLabel: periodLabel(r.period, "vi"),
        orgUnitCode: u?.code ?? "",
        orgUnitName: u?.name ?? "",
        value: r.value,
        numerator: r.numerator,
        denominator: r.denominator,
      };
    })
    .sort((a, b) => a.period.localeCompare(b.period) || a.orgUnitCode.localeCompare(b.orgUnitCode));
  return { indicator: ind, rows };
}

export function openDataCsv(ind: OpenIndicator, rows: OpenRow[]): string {
  return toCsv(
    rows.map((r) => ({ indicator: ind.code, ...r, unit: ind.unit })),
    [
      "indicator",
      "period",
      "periodLabel",
      "orgUnitCode",
      "orgUnitName",
      "value",
      "numerator",
      "denominator",
      "unit",
    ],
  );
}

/** A DCAT catalogue (JSON-LD): one dcat:Dataset per public indicator, with JSON and CSV distributions. */
export async function dcatCatalogue(q: Queryable, baseUrl: string): Promise<Record<string, unknown>> {
  const inds = await listOpenIndicators(q);
  const [root] = await q.query<{ name: string }>(
    "select name from org_unit where parent_id is null order by id limit 1",
  );
  const api = `${baseUrl}/api/v1/open`;
  const publisher = { "@type": "foaf:Agent", "foaf:name": root?.name ?? "dieuhanh" };
  return {
    "@context": {
      dcat: "http://www.w3.org/ns/dcat#",
      dct: "http://purl.org/dc/terms/",
      foaf: "http://xmlns.com/foaf/0.1/",
      xsd: "http://www.w3.org/2001/XMLSchema#",
    },
    "@id": `${api}/catalog`,
    "@type": "dcat:Catalog",
    "dct:title": { "@value": `Dữ liệu mở - ${root?.name ?? "dieuhanh"}`, "@language": "vi" },
    "dct:description": {
      "@value": "Các chỉ tiêu công khai: số liệu đã phê duyệt, tổng hợp trực tiếp theo cấp tỉnh và cấp xã.",
      "@language": "vi",
    },
    "dct:publisher": publisher,
    "dct:language": "vi",
    "dct:license": { "@id": OPEN_LICENSE },
    "dcat:dataset": inds.map((i) => ({
      "@id": `${api}/indicators/${encodeURIComponent(i.code)}`,
      "@type": "dcat:Dataset",
      "dct:identifier": i.code,
      "dct:title": { "@value": i.name, "@language": "vi" },
      "dct:description": { "@value": i.definition ?? i.name, "@language": "vi" },
      "dct:publisher": publisher,
      "dct:source": i.source,
      "dct:accrualPeriodicity": { "@id": FREQUENCY[i.periodType] },
      ...(i.lastUpdated ? { "dct:modified": { "@value": i.lastUpdated, "@type": "xsd:dateTime" } } : {}),
      "dcat:keyword": i.groups.map((g) => g.name),
      "dcat:landingPage": { "@id": `${baseUrl}/open-data/${encodeURIComponent(i.code)}` },
      "dct:license": { "@id": OPEN_LICENSE },
      "dcat:distribution": (["json", "csv"] as const).flatMap((format) =>
        OPEN_LEVELS.map((level) => ({
          "@type": "dcat:Distribution",
          "dct:title": {
            "@value": `${i.name} - cấp ${level === "province" ? "tỉnh" : "xã"} (${format.toUpperCase()})`,
            "@language": "vi",
          },
          "dcat:downloadURL": {
            "@id": `${api}/indicators/${encodeURIComponent(i.code)}/data?level=${level}&format=${format}`,
          },
          "dcat:mediaType": format === "json" ? "application/json" : "text/csv",
          "dct:format": format.toUpperCase(),
        })),
      ),
    })),
  };
}
