import { describe, expect, it } from "vitest";
import { demoOrgUnits } from "../../demo/demo-orgunits";
import { demoBoundaries, provinceOutline, toPlane } from "./demo-boundaries";
import { readBoundaryImport } from "./geojson-import";
import { area, centroid, clipHalfPlane, isSimple, pointInRing, type Ring } from "./planar";

const demoUnits = demoOrgUnits()
  .filter((u) => (u.kind === "ward" || u.kind === "commune") && !u.validTo)
  .map((u) => ({ code: u.code, kind: u.kind }));

describe("planar helpers", () => {
  it("clips a unit square by a half-plane and keeps the right area", () => {
    const square: Ring = [
      [0, 0],
      [1, 0],
      [1, 1],
      [0, 1],
    ];
    const left = clipHalfPlane(square, [1, 0], 0.25); // x <= 0.25
    expect(area(left)).toBeCloseTo(0.25, 12);
    expect(centroid(left)[0]).toBeCloseTo(0.125, 12);
  });

  it("tells a self-crossing ring from a simple one", () => {
    expect(
      isSimple([
        [0, 0],
        [1, 0],
        [1, 1],
        [0, 1],
      ]),
    ).toBe(true);
    expect(
      isSimple([
        [0, 0],
        [1, 1],
        [1, 0],
        [0, 1],
      ]),
    ).toBe(false);
  });
});

describe("demo boundaries", () => {
  const b = demoBoundaries(demoUnits);

  it("gives each of the 40 demo wards and communes one cell, keyed by unit code", () => {
    expect(demoUnits).toHaveLength(40);
    expect([...b.cells.keys()].sort()).toEqual(demoUnits.map((u) => u.code).sort());
  });

  it("tiles the province outline without overlaps or holes: the cells' areas add up to the outline's", () => {
    const cells = [...b.cells.values()].map(toPlane);
    const total = cells.reduce((s, c) => s + area(c), 0);
    const outline = area(toPlane(b.outline));
    // Coordinates are rounded to 1e-5 degrees (about a metre); the sum may differ by that much.
    expect(Math.abs(total - outline) / outline).toBeLessThan(1e-4);
    for (const c of cells) expect(isSimple(c)).toBe(true);
    // No cell's centroid lies inside another cell: they do not overlap.
    for (const [i, c] of cells.entries()) {
      const p = centroid(c);
      expect(pointInRing(p, c)).toBe(true);
      for (const [j, d] of cells.entries()) if (i !== j) expect(pointInRing(p, d)).toBe(false);
    }
  });

  it("makes cells of comparable size and puts wards nearer the centre than communes", () => {
    const areaOf = (code: string) => area(toPlane(b.cells.get(code) as never));
    const areas = demoUnits.map((u) => areaOf(u.code));
    expect(Math.min(...areas) / Math.max(...areas)).toBeGreaterThan(0.3);
    const dist = (code: string) => Math.hypot(...centroid(toPlane(b.cells.get(code) as never)));
    const mean = (kind: string) => {
      const ds = demoUnits.filter((u) => u.kind === kind).map((u) => dist(u.code));
      return ds.reduce((s, d) => s + d, 0) / ds.length;
    };
    expect(mean("ward")).toBeLessThan(mean("commune"));
  });

  it("is deterministic and lies near Bắc Ninh in closed, counter-clockwise rings", () => {
    const again = demoBoundaries([...demoUnits].reverse());
    expect(JSON.stringify([...again.cells.entries()].sort())).toBe(
      JSON.stringify([...b.cells.entries()].sort()),
    );
    for (const poly of [b.outline, ...b.cells.values()]) {
      const ring = poly.coordinates[0];
      expect(ring[0]).toEqual(ring[ring.length - 1]);
      for (const [lon, lat] of ring) {
        expect(lon).toBeGreaterThan(105.5);
        expect(lon).toBeLessThan(107);
        expect(lat).toBeGreaterThan(20.8);
        expect(lat).toBeLessThan(21.7);
      }
    }
    expect(area(provinceOutline())).toBeGreaterThan(0);
  });
});

describe("GeoJSON import", () => {
  const units = [
    { id: 1, code: "P-DA-MAI", name: "Phường Đa Mai" },
    { id: 2, code: "X-TAN-YEN", name: "Xã Tân Yên" },
  ];
  const square = (x: number) => ({
    type: "Polygon",
    coordinates: [
      [
        [x, 21],
        [x + 0.1, 21],
        [x + 0.1, 21.1],
        [x, 21.1],
        [x, 21],
      ],
    ],
  });

  it("matches features to units by `code` or `ma`, whatever the letter case", () => {
    const res = readBoundaryImport(
      {
        type: "FeatureCollection",
        features: [
          { type: "Feature", properties: { code: "p-da-mai" }, geometry: square(106) },
          {
            type: "Feature",
            properties: { MA: "X-TAN-YEN", ten: "Tân Yên" },
            geometry: { type: "MultiPolygon", coordinates: [square(106.2).coordinates] },
          },
        ],
      },
      units,
    );
    expect(res.errors).toEqual([]);
    expect(res.matched.map((m) => [m.unitId, m.geometry.type])).toEqual([
      [1, "Polygon"],
      [2, "MultiPolygon"],
    ]);
    expect(res.matched[1].properties).toEqual({ name: "Tân Yên" });
  });

  it("lists every feature that matches no unit, with its number, code and name", () => {
    const res = readBoundaryImport(
      {
        type: "FeatureCollection",
        features: [
          { type: "Feature", properties: { code: "P-DA-MAI" }, geometry: square(106) },
          {
            type: "Feature",
            properties: { code: "X-KHONG-CO", name: "Xã Không Có" },
            geometry: square(106.2),
          },
          { type: "Feature", properties: { name: "Không mã" }, geometry: square(106.4) },
        ],
      },
      units,
    );
    expect(res.unmatched).toEqual([
      { feature: 2, code: "X-KHONG-CO", name: "Xã Không Có" },
      { feature: 3, code: null, name: "Không mã" },
    ]);
    expect(res.errors.map((e) => e.row)).toEqual([2, 3]);
    expect(res.errors[0].message).toContain('không có đơn vị nào mang mã "X-KHONG-CO"');
  });

  it("refuses what is not a FeatureCollection, bad rings, out-of-range coordinates and duplicates", () => {
    expect(readBoundaryImport({ type: "Feature" }, units).errors[0].message).toMatch(/FeatureCollection/);
    const open = {
      type: "Polygon",
      coordinates: [
        [
          [106, 21],
          [106.1, 21],
          [106.1, 21.1],
          [106, 21.1],
        ],
      ],
    };
    const far = {
      type: "Polygon",
      coordinates: [
        [
          [206, 21],
          [206.1, 21],
          [206.1, 21.1],
          [206, 21],
        ],
      ],
    };
    const res = readBoundaryImport(
      {
        type: "FeatureCollection",
        features: [
          { type: "Feature", properties: { code: "P-DA-MAI" }, geometry: open },
          { type: "Feature", properties: { code: "X-TAN-YEN" }, geometry: far },
          {
            type: "Feature",
            properties: { code: "X-TAN-YEN" },
            geometry: { type: "Point", coordinates: [106, 21] },
          },
        ],
      },
      units,
    );
    const messages = res.errors.map((e) => e.message).join("\n");
    expect(messages).toMatch(/chưa khép kín/);
    expect(messages).toMatch(/ngoài phạm vi/);
    expect(messages).toMatch(/Polygon hoặc MultiPolygon/);
    expect(messages).toMatch(/trùng mã với đối tượng 2/);
  });
});
