import { area, centroid, type Pt, pointInRing, type Ring, signedArea, voronoiCell } from "./planar";

// Demo boundaries for the map, computed rather than shipped: an irregular, province-like outline
// around Bắc Ninh's real latitude and longitude, cut into one cell per ward or commune by a
// Voronoi tessellation of well-spread sites (a few rounds of Lloyd relaxation make the cells
// similar in size, as real communes are). Wards take the cells nearest the centre, communes the
// rim, the way towns sit in the middle of a province. Deterministic: the same units give the same
// shapes on every start, so a saved screenshot or a test can rely on them. Not real boundaries:
// import real ones as GeoJSON (geojson-import.ts).

export interface GeoPolygon {
  type: "Polygon";
  /** One exterior ring, [lon, lat], closed (first position repeated last), counter-clockwise. */
  coordinates: [number, number][][];
}

export interface DemoBoundaryUnit {
  code: string;
  kind: string;
}

export interface DemoBoundaries {
  outline: GeoPolygon;
  cells: Map<string, GeoPolygon>;
}

const LON0 = 106.22;
const LAT0 = 21.22;
const KX = Math.cos((LAT0 * Math.PI) / 180); // degrees of longitude are shorter than degrees of latitude

function rng(seed: number) {
  let s = seed >>> 0;
  return () => {
    s = (s + 0x6d2b79f5) >>> 0;
    let t = s;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 2 ** 32;
  };
}

/** The outline in local plane units (x = Δlon·cos φ, y = Δlat): star-shaped, gently lobed. */
export function provinceOutline(vertices = 96): Ring {
  const ring: Ring = [];
  for (let k = 0; k < vertices; k++) {
    const th = (2 * Math.PI * k) / vertices;
    const r =
      1 + 0.09 * Math.sin(2 * th + 0.7) + 0.06 * Math.sin(3 * th + 2.1) + 0.025 * Math.sin(7 * th + 0.3);
    ring.push([0.36 * r * Math.cos(th), 0.25 * r * Math.sin(th)]);
  }
  return ring;
}

function relaxedSites(outline: Ring, count: number, seed: number, rounds: number): Pt[] {
  const rand = rng(seed);
  const xs = outline.map((p) => p[0]);
  const ys = outline.map((p) => p[1]);
  const [minX, maxX, minY, maxY] = [Math.min(...xs), Math.max(...xs), Math.min(...ys), Math.max(...ys)];
  const sites: Pt[] = [];
  while (sites.length < count) {
    const p: Pt = [minX + rand() * (maxX - minX), minY + rand() * (maxY - minY)];
    if (pointInRing(p, outline)) sites.push(p);
  }
  for (let r = 0; r < rounds; r++)
    for (let i = 0; i < sites.length; i++) {
      const cell = voronoiCell(outline, sites, i);
      if (cell.length >= 3) sites[i] = centroid(cell);
    }
  return sites;
}

const round5 = (v: number) => Math.round(v * 1e5) / 1e5;

function toGeo(ring: Ring): GeoPolygon {
  const ccw = signedArea(ring) >= 0 ? ring : [...ring].reverse();
  const coords = ccw.map(([x, y]) => [round5(LON0 + x / KX), round5(LAT0 + y)] as [number, number]);
  // Rounding can make neighbours equal; drop repeats, then close the ring.
  const clean = coords.filter((p, i) => i === 0 || p[0] !== coords[i - 1][0] || p[1] !== coords[i - 1][1]);
  clean.push([clean[0][0], clean[0][1]]);
  return { type: "Polygon", coordinates: [clean] };
}

/** One cell per unit (wards in the middle, then communes and the rest), plus the outline. */
export function demoBoundaries(units: DemoBoundaryUnit[], seed = 2025): DemoBoundaries {
  const outline = provinceOutline();
  const cells = new Map<string, GeoPolygon>();
  if (units.length === 0) return { outline: toGeo(outline), cells };
  const sites = relaxedSites(outline, units.length, seed, 12);
  const order = sites.map((_, i) => i).sort((a, b) => radius(sites[a]) - radius(sites[b]));
  const rank = (u: DemoBoundaryUnit) => (u.kind === "ward" ? 0 : u.kind === "special_zone" ? 2 : 1);
  const sortedUnits = [...units].sort((a, b) => rank(a) - rank(b) || a.code.localeCompare(b.code));
  sortedUnits.forEach((u, k) => {
    const cell = voronoiCell(outline, sites, order[k]);
    if (cell.length >= 3 && area(cell) > 0) cells.set(u.code, toGeo(cell));
  });
  return { outline: toGeo(outline), cells };
}

function radius([x, y]: Pt): number {
  return Math.hypot(x / 0.36, y / 0.25);
}

/** Back to the local plane (for tests and area checks). */
export function toPlane(poly: GeoPolygon): Ring {
  const ring = poly.coordinates[0].slice(0, -1);
  return ring.map(([lon, lat]) => [(lon - LON0) * KX, lat - LAT0]);
}
