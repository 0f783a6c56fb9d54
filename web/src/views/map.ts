/**
 * The map of events: a country basemap bundled with the app (Natural Earth 1:110m through
 * world-atlas; no tile server), events as circles coloured by PLOVER type and sized by
 * fatalities. A click on a circle lists its events with links to their articles.
 */
import * as maplibregl from "maplibre-gl";
import "maplibre-gl/dist/maplibre-gl.css";
import workerUrl from "maplibre-gl/dist/maplibre-gl-worker.mjs?url";
import { feature } from "topojson-client";
import type { Topology, GeometryCollection } from "topojson-specification";
import type { FeatureCollection, Point } from "geojson";
import countries from "world-atlas/countries-110m.json";
import { unwrapGeometry } from "../antimeridian.js";
import { TYPE_COLORS } from "../colors.js";
import type { EventRow } from "../api.js";
import { h } from "../dom.js";

maplibregl.setWorkerUrl(workerUrl);

function basemap(): FeatureCollection {
  const topology = countries as unknown as Topology<{ countries: GeometryCollection }>;
  const fc = feature(topology, topology.objects.countries) as FeatureCollection;
  return { ...fc, features: fc.features.map((f) => ({ ...f, geometry: unwrapGeometry(f.geometry) })) };
}

/** Events with coordinates as points; events at the same place and of the same type share a point. */
export function eventPoints(events: EventRow[]): FeatureCollection<Point> {
  const byPlace = new Map<string, { lon: number; lat: number; type: string; place: string; fatalities: number; ids: number[] }>();
  for (const e of events) {
    if (e.latitude === null || e.longitude === null) continue;
    const key = `${e.longitude}|${e.latitude}|${e.event_type}`;
    let p = byPlace.get(key);
    if (!p) byPlace.set(key, (p = { lon: e.longitude, lat: e.latitude, type: e.event_type, place: e.place ?? "", fatalities: 0, ids: [] }));
    p.fatalities += e.fatalities ?? 0;
    p.ids.push(e.event_id);
  }
  return {
    type: "FeatureCollection",
    features: [...byPlace.values()].map((p) => ({
      type: "Feature",
      geometry: { type: "Point", coordinates: [p.lon, p.lat] },
      properties: { type: p.type, place: p.place, fatalities: p.fatalities, events: p.ids.length, ids: p.ids.join(",") },
    })),
  };
}

const colorByType: maplibregl.ExpressionSpecification = ["match", ["get", "type"], ...Object.entries(TYPE_COLORS).flat(), "#666"] as unknown as maplibregl.ExpressionSpecification;

export function showMap(container: HTMLElement, events: EventRow[], onPick: (events: EventRow[]) => void): void {
  const points = eventPoints(events);
  container.dataset.points = String(points.features.length);
  let map: maplibregl.Map;
  try {
    map = new maplibregl.Map({
      container,
      attributionControl: { compact: true, customAttribution: "Natural Earth" },
      center: [20, 30],
      zoom: 1.2,
      renderWorldCopies: true,
      style: {
        version: 8,
        sources: { countries: { type: "geojson", data: basemap() }, events: { type: "geojson", data: points } },
        layers: [
          { id: "sea", type: "background", paint: { "background-color": "#dfe9f2" } },
          { id: "land", type: "fill", source: "countries", paint: { "fill-color": "#f7f5ef", "fill-outline-color": "#b9b4a8" } },
          { id: "borders", type: "line", source: "countries", paint: { "line-color": "#b9b4a8", "line-width": 0.6 } },
          {
            id: "events",
            type: "circle",
            source: "events",
            paint: {
              "circle-color": colorByType,
              "circle-radius": ["+", 5, ["*", 2.2, ["ln", ["+", 1, ["get", "fatalities"]]]]],
              "circle-opacity": 0.8,
              "circle-stroke-color": "#fff",
              "circle-stroke-width": 1,
            },
          },
        ],
      },
    });
  } catch (err) {
    container.append(h("p", { class: "notice" }, `The map cannot be drawn here (${(err as Error).message}); the list below holds the same events.`));
    return;
  }
  map.addControl(new maplibregl.NavigationControl({ showCompass: false }));
  const coords = points.features.map((f) => f.geometry.coordinates as [number, number]);
  if (coords.length) {
    const bounds = coords.reduce((b, c) => b.extend(c), new maplibregl.LngLatBounds(coords[0], coords[0]));
    map.fitBounds(bounds, { padding: 60, maxZoom: 6, duration: 0 });
  }
  map.on("idle", () => {
    container.dataset.markers = String(map.queryRenderedFeatures({ layers: ["events"] }).length);
  });
  map.on("mouseenter", "events", () => (map.getCanvas().style.cursor = "pointer"));
  map.on("mouseleave", "events", () => (map.getCanvas().style.cursor = ""));
  map.on("click", "events", (e) => {
    const ids = new Set((e.features ?? []).flatMap((f) => String(f.properties?.ids ?? "").split(",").map(Number)));
    onPick(events.filter((v) => ids.has(v.event_id)));
  });
}
