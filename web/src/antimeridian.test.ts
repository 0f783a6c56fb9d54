import { describe, expect, it } from "vitest";
import { unwrapGeometry, unwrapRing } from "./antimeridian.js";

describe("polygons across the 180° meridian", () => {
  it("unwraps a ring that jumps across it, and leaves others alone", () => {
    const fijiLike = [[179, -16], [-179.5, -16], [-179.5, -17], [179, -17], [179, -16]];
    expect(unwrapRing(fijiLike).map((p) => p[0])).toEqual([179, 180.5, 180.5, 179, 179]);
    const france = [[2, 48], [3, 48], [3, 49], [2, 48]];
    expect(unwrapRing(france)).toBe(france);
  });

  it("unwraps each ring of a multipolygon", () => {
    const g = unwrapGeometry({ type: "MultiPolygon", coordinates: [[[[170, 60], [-170, 60], [-170, 65], [170, 60]]], [[[10, 10], [11, 10], [10, 11], [10, 10]]]] });
    expect(g.coordinates[0]![0]!.map((p) => p[0])).toEqual([170, 190, 190, 170]);
    expect(g.coordinates[1]![0]![0]).toEqual([10, 10]);
  });
});
