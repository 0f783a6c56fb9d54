import type { EventRow } from "./queries.js";
import type { StoryRow } from "./story-queries.js";

export type ExportFormat = "jsonl" | "csv" | "geojson";
export const EXPORT_FORMATS: ExportFormat[] = ["jsonl", "csv", "geojson"];

const COLUMNS: (keyof EventRow)[] = [
  "event_id", "event_date", "date_precision", "event_type", "event_mode", "status",
  "actor1", "actor1_country", "actor2", "actor2_country",
  "place", "place_country", "latitude", "longitude", "geo_precision",
  "source", "fatalities", "evidence", "trigger", "document", "outlet", "url", "document_date",
];

/** One CSV field (RFC 4180): quoted when it holds a comma, a quote or a line break. */
function csvField(value: unknown): string {
  if (value == null) return "";
  const s = String(value);
  return /[",\r\n]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s;
}

/**
 * Event rows as text in the chosen format, piece by piece (a large export never sits whole in
 * memory). GeoJSON holds the events that have coordinates, as points; `skipped` counts the rest.
 */
export async function* exportEvents(rows: Iterable<EventRow> | AsyncIterable<EventRow>, format: ExportFormat, skipped = { count: 0 }): AsyncGenerator<string> {
  if (format === "jsonl") {
    for await (const r of rows) yield `${JSON.stringify(r)}\n`;
    return;
  }
  if (format === "csv") {
    yield `${COLUMNS.join(",")}\n`;
    for await (const r of rows) yield `${COLUMNS.map((c) => csvField(r[c])).join(",")}\n`;
    return;
  }
  yield '{"type":"FeatureCollection","features":[\n';
  let first = true;
  for await (const r of rows) {
    if (r.latitude == null || r.longitude == null) {
      skipped.count++;
      continue;
    }
    const { latitude, longitude, ...properties } = r;
    yield `${first ? "" : ",\n"}${JSON.stringify({ type: "Feature", geometry: { type: "Point", coordinates: [longitude, latitude] }, properties })}`;
    first = false;
  }
  yield "\n]}\n";
}

const STORY_COLUMNS: (keyof StoryRow)[] = ["id", "title", "first_day", "last_day", "documents", "outlets", "languages", "entities"];

/** Story rows as JSON Lines or CSV (languages as "fr:2 en:1", entities joined by "; "). */
export async function* exportStories(rows: Iterable<StoryRow>, format: "jsonl" | "csv"): AsyncGenerator<string> {
  if (format === "jsonl") {
    for (const r of rows) yield `${JSON.stringify(r)}\n`;
    return;
  }
  yield `${STORY_COLUMNS.join(",")}\n`;
  for (const r of rows) {
    const flat = { ...r, languages: Object.entries(r.languages).map(([l, n]) => `${l}:${n}`).join(" "), entities: r.entities.join("; ") };
    yield `${STORY_COLUMNS.map((c) => csvField(flat[c])).join(",")}\n`;
  }
}
