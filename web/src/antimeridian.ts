/**
 * Polygons that cross the 180° meridian (Fiji, Chukotka) drawn in one piece: a ring whose
 * longitudes jump by more than 180° between two points is unwrapped (its western points moved
 * by +360°), so the map draws it across the meridian instead of a band across the world.
 */
type Ring = number[][];

export function unwrapRing(ring: Ring): Ring {
  let jumps = false;
  for (let i = 1; i < ring.length; i++) if (Math.abs(ring[i]![0]! - ring[i - 1]![0]!) > 180) jumps = true;
  if (!jumps) return ring;
  return ring.map(([lon, lat]) => [lon! < 0 ? lon! + 360 : lon!, lat!]);
}

export function unwrapGeometry<G extends { type: string; coordinates?: unknown }>(g: G): G {
  if (g.type === "Polygon") return { ...g, coordinates: (g.coordinates as Ring[]).map(unwrapRing) };
  if (g.type === "MultiPolygon") return { ...g, coordinates: (g.coordinates as Ring[][]).map((p) => p.map(unwrapRing)) };
  return g;
}
