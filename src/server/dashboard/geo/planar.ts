// Small planar geometry for boundary work: polygons as arrays of [x, y], half-plane clipping,
// areas and centroids. Used on a local projection (degrees of longitude scaled by cos(latitude)),
// where a province is small enough for the plane to be exact to within the map's drawing.

export type Pt = [number, number];
export type Ring = Pt[];

/** Signed area (shoelace): positive for counter-clockwise rings. The ring is not closed. */
export function signedArea(ring: Ring): number {
  let s = 0;
  for (let i = 0; i < ring.length; i++) {
    const [x1, y1] = ring[i];
    const [x2, y2] = ring[(i + 1) % ring.length];
    s += x1 * y2 - x2 * y1;
  }
  return s / 2;
}

export function area(ring: Ring): number {
  return Math.abs(signedArea(ring));
}

/** Area-weighted centroid; the vertex mean for a degenerate ring. */
export function centroid(ring: Ring): Pt {
  const a = signedArea(ring);
  if (Math.abs(a) < 1e-15) {
    const n = ring.length || 1;
    return [ring.reduce((s, p) => s + p[0], 0) / n, ring.reduce((s, p) => s + p[1], 0) / n];
  }
  let cx = 0;
  let cy = 0;
  for (let i = 0; i < ring.length; i++) {
    const [x1, y1] = ring[i];
    const [x2, y2] = ring[(i + 1) % ring.length];
    const f = x1 * y2 - x2 * y1;
    cx += (x1 + x2) * f;
    cy += (y1 + y2) * f;
  }
  return [cx / (6 * a), cy / (6 * a)];
}

/**
 * Keeps the part of `ring` where n·p <= c (Sutherland–Hodgman against one line). A half-plane is
 * convex, so clipping any simple ring by it gives the right region; where that region falls in
 * two pieces the result joins them along the line, which the callers avoid by keeping the
 * outline only mildly concave.
 */
export function clipHalfPlane(ring: Ring, n: Pt, c: number): Ring {
  const out: Ring = [];
  const inside = (p: Pt) => n[0] * p[0] + n[1] * p[1] <= c + 1e-12;
  for (let i = 0; i < ring.length; i++) {
    const cur = ring[i];
    const prev = ring[(i + ring.length - 1) % ring.length];
    const curIn = inside(cur);
    const prevIn = inside(prev);
    if (curIn !== prevIn) {
      const dp = n[0] * prev[0] + n[1] * prev[1];
      const dc = n[0] * cur[0] + n[1] * cur[1];
      const t = (c - dp) / (dc - dp);
      out.push([prev[0] + t * (cur[0] - prev[0]), prev[1] + t * (cur[1] - prev[1])]);
    }
    if (curIn) out.push(cur);
  }
  return out;
}

/** The Voronoi cell of sites[i] inside `outline`: the outline clipped by every bisector. */
export function voronoiCell(outline: Ring, sites: Pt[], i: number): Ring {
  let cell = outline;
  const [sx, sy] = sites[i];
  for (let j = 0; j < sites.length && cell.length > 0; j++) {
    if (j === i) continue;
    const [tx, ty] = sites[j];
    // Points closer to s than to t: (t - s)·p <= (|t|² - |s|²) / 2.
    cell = clipHalfPlane(cell, [tx - sx, ty - sy], (tx * tx + ty * ty - sx * sx - sy * sy) / 2);
  }
  return cell;
}

/** Ray casting; points on the edge count either way. */
export function pointInRing(p: Pt, ring: Ring): boolean {
  let inside = false;
  for (let i = 0, j = ring.length - 1; i < ring.length; j = i++) {
    const [xi, yi] = ring[i];
    const [xj, yj] = ring[j];
    if (yi > p[1] !== yj > p[1] && p[0] < ((xj - xi) * (p[1] - yi)) / (yj - yi) + xi) inside = !inside;
  }
  return inside;
}

/** Do two segments cross at a point interior to both? (Shared endpoints do not count.) */
export function segmentsCross(a: Pt, b: Pt, c: Pt, d: Pt): boolean {
  const orient = (p: Pt, q: Pt, r: Pt) => (q[0] - p[0]) * (r[1] - p[1]) - (q[1] - p[1]) * (r[0] - p[0]);
  const d1 = orient(c, d, a);
  const d2 = orient(c, d, b);
  const d3 = orient(a, b, c);
  const d4 = orient(a, b, d);
  const eps = 1e-14;
  return (
    ((d1 > eps && d2 < -eps) || (d1 < -eps && d2 > eps)) &&
    ((d3 > eps && d4 < -eps) || (d3 < -eps && d4 > eps))
  );
}

/** A ring is simple when no two non-adjacent edges cross. */
export function isSimple(ring: Ring): boolean {
  const n = ring.length;
  for (let i = 0; i < n; i++)
    for (let j = i + 2; j < n; j++) {
      if (i === 0 && j === n - 1) continue;
      if (segmentsCross(ring[i], ring[(i + 1) % n], ring[j], ring[(j + 1) % n])) return false;
    }
  return true;
}
