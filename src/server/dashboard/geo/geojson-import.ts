import type { ErrorDetail } from "../../http/errors";

// Reading real boundaries from a GeoJSON FeatureCollection (the form every GIS tool exports) and
// matching each feature to a unit by its code, held in the property `code` or `ma` (any letter
// case; `ma_dvhc` and `madvhc`, the usual names in Vietnamese administrative-unit layers, too).
// Nothing is half-imported: every feature must be a valid (Multi)Polygon and match a unit, and
// every problem is listed by feature number with the code and name it carried.

export type GeoGeometry =
  | { type: "Polygon"; coordinates: number[][][] }
  | { type: "MultiPolygon"; coordinates: number[][][][] };

export interface UnitForMatch {
  id: number;
  code: string;
  name: string;
}

export interface MatchedBoundary {
  unitId: number;
  code: string;
  geometry: GeoGeometry;
  properties: Record<string, unknown>;
}

export interface BoundaryImportResult {
  matched: MatchedBoundary[];
  errors: ErrorDetail[];
  /** Features whose code matched no unit: the listing the import error shows. */
  unmatched: { feature: number; code: string | null; name: string | null }[];
}

export const MAX_FEATURES = 20_000;
const MAX_POSITIONS = 5_000_000;
const CODE_KEYS = ["code", "ma", "ma_dvhc", "madvhc", "ma_don_vi"];
const NAME_KEYS = ["name", "ten", "ten_dvhc", "tendvhc"];

function pickProperty(props: Record<string, unknown>, keys: string[]): string | null {
  for (const [k, v] of Object.entries(props)) {
    if (!keys.includes(k.toLowerCase())) continue;
    if (typeof v === "string" && v.trim()) return v.trim();
    if (typeof v === "number" && Number.isFinite(v)) return String(v);
  }
  return null;
}

function checkRing(ring: unknown, where: string, counter: { n: number }): string | null {
  if (!Array.isArray(ring) || ring.length < 4) return `${where}: vòng ranh giới cần ít nhất 4 điểm.`;
  for (const pos of ring) {
    counter.n++;
    if (!Array.isArray(pos) || pos.length < 2) return `${where}: tọa độ phải là cặp [kinh độ, vĩ độ].`;
    const [lon, lat] = pos;
    if (typeof lon !== "number" || typeof lat !== "number" || !Number.isFinite(lon) || !Number.isFinite(lat))
      return `${where}: tọa độ không phải số.`;
    if (lon < -180 || lon > 180 || lat < -90 || lat > 90)
      return `${where}: tọa độ [${lon}, ${lat}] nằm ngoài phạm vi kinh độ, vĩ độ (WGS 84).`;
  }
  const first = ring[0] as number[];
  const last = ring[ring.length - 1] as number[];
  if (first[0] !== last[0] || first[1] !== last[1])
    return `${where}: vòng ranh giới chưa khép kín (điểm cuối phải trùng điểm đầu).`;
  return null;
}

function checkGeometry(g: unknown, counter: { n: number }): { geometry?: GeoGeometry; problem?: string } {
  const geom = g as { type?: unknown; coordinates?: unknown } | null;
  if (!geom || typeof geom !== "object") return { problem: "thiếu hình học (geometry)." };
  if (geom.type !== "Polygon" && geom.type !== "MultiPolygon")
    return { problem: `hình học phải là Polygon hoặc MultiPolygon, không phải ${String(geom.type)}.` };
  const polys = geom.type === "Polygon" ? [geom.coordinates] : geom.coordinates;
  if (!Array.isArray(polys) || polys.length === 0) return { problem: "hình học không có tọa độ." };
  for (const [pi, poly] of (polys as unknown[]).entries()) {
    if (!Array.isArray(poly) || poly.length === 0)
      return { problem: `đa giác ${pi + 1} không có vòng ranh giới.` };
    for (const [ri, ring] of poly.entries()) {
      const problem = checkRing(ring, `đa giác ${pi + 1}, vòng ${ri + 1}`, counter);
      if (problem) return { problem };
    }
  }
  // Keep only longitude and latitude: altitudes and extra members are of no use to the map.
  const strip = (ring: number[][]) => ring.map((p) => [p[0], p[1]]);
  const geometry: GeoGeometry =
    geom.type === "Polygon"
      ? { type: "Polygon", coordinates: (geom.coordinates as number[][][]).map(strip) }
      : { type: "MultiPolygon", coordinates: (geom.coordinates as number[][][][]).map((p) => p.map(strip)) };
  return { geometry };
}

/** Validates a FeatureCollection and matches its features to `units` by code. */
export function readBoundaryImport(input: unknown, units: UnitForMatch[]): BoundaryImportResult {
  const errors: ErrorDetail[] = [];
  const unmatched: BoundaryImportResult["unmatched"] = [];
  const matched: MatchedBoundary[] = [];
  const fc = input as { type?: unknown; features?: unknown } | null;
  if (!fc || typeof fc !== "object" || fc.type !== "FeatureCollection" || !Array.isArray(fc.features)) {
    errors.push({
      path: "type",
      message: "Tệp phải là GeoJSON dạng FeatureCollection có danh sách features.",
    });
    return { matched, errors, unmatched };
  }
  if (fc.features.length === 0)
    errors.push({ path: "features", message: "FeatureCollection không có đối tượng nào." });
  if (fc.features.length > MAX_FEATURES)
    errors.push({
      path: "features",
      message: `Tối đa ${MAX_FEATURES.toLocaleString("vi-VN")} đối tượng mỗi lần nhập.`,
    });
  if (errors.length) return { matched, errors, unmatched };

  const byCode = new Map(units.map((u) => [u.code.toLowerCase(), u]));
  const seen = new Map<number, number>();
  const counter = { n: 0 };
  for (const [i, raw] of (fc.features as unknown[]).entries()) {
    const n = i + 1;
    const f = raw as { type?: unknown; properties?: unknown; geometry?: unknown } | null;
    const props =
      f && typeof f.properties === "object" && f.properties !== null
        ? (f.properties as Record<string, unknown>)
        : {};
    const code = pickProperty(props, CODE_KEYS);
    const name = pickProperty(props, NAME_KEYS);
    const label = `Đối tượng ${n}${code ? ` (mã ${code}${name ? `, ${name}` : ""})` : name ? ` (${name})` : ""}`;
    if (f?.type !== "Feature") {
      errors.push({ row: n, path: `features.${i}`, message: `${label}: không phải Feature.` });
      continue;
    }
    const { geometry, problem } = checkGeometry(f.geometry, counter);
    if (problem) errors.push({ row: n, path: `features.${i}.geometry`, message: `${label}: ${problem}` });
    if (counter.n > MAX_POSITIONS) {
      errors.push({
        row: n,
        path: "features",
        message: `Quá nhiều điểm tọa độ (tối đa ${MAX_POSITIONS.toLocaleString("vi-VN")}); hãy đơn giản hóa ranh giới.`,
      });
      break;
    }
    if (!code) {
      errors.push({
        row: n,
        path: `features.${i}.properties`,
        code: "GEO_NO_CODE",
        message: `${label}: thiếu thuộc tính mã đơn vị ("code" hoặc "ma").`,
      });
      unmatched.push({ feature: n, code: null, name });
      continue;
    }
    const unit = byCode.get(code.toLowerCase());
    if (!unit) {
      errors.push({
        row: n,
        path: `features.${i}.properties`,
        code: "GEO_UNMATCHED",
        message: `${label}: không có đơn vị nào mang mã "${code}".`,
      });
      unmatched.push({ feature: n, code, name });
      continue;
    }
    const dup = seen.get(unit.id);
    if (dup !== undefined) {
      errors.push({
        row: n,
        path: `features.${i}.properties`,
        code: "GEO_DUPLICATE",
        message: `${label}: trùng mã với đối tượng ${dup}.`,
      });
      continue;
    }
    seen.set(unit.id, n);
    if (geometry)
      matched.push({
        unitId: unit.id,
        code: unit.code,
        geometry,
        properties: name ? { name: name.slice(0, 200) } : {},
      });
  }
  return { matched, errors, unmatched };
}
