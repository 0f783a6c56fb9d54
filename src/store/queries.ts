import type Database from "better-sqlite3";
import { fold } from "../text/fold.js";

/** Entity ids known by a name (any spelling, case and diacritics aside). */
export function entitiesNamed(db: Database.Database, name: string): number[] {
  return (db.prepare("SELECT DISTINCT entity_id FROM entity_names WHERE folded = ?").all(fold(name)) as { entity_id: number }[]).map((r) => r.entity_id);
}

/** A WHERE clause under construction: conditions and their parameters, side by side. */
export class Where {
  readonly conditions: string[] = [];
  readonly params: (string | number)[] = [];
  add(condition: string, ...params: (string | number)[]): void {
    this.conditions.push(condition);
    this.params.push(...params);
  }
  /** `column` is one of the entities known by `name` (no match when none is). */
  named(db: Database.Database, column: string, name: string | undefined): void {
    if (!name) return;
    const ids = entitiesNamed(db, name);
    this.add(`${column} IN (${ids.map(() => "?").join(",") || "NULL"})`, ...ids);
  }
  /** A date column within [from, to], `to` inclusive at its own precision (2024-12 covers the month). */
  dates(column: string, from: string | undefined, to: string | undefined): void {
    if (from) this.add(`${column} >= ?`, from);
    if (to) this.add(`substr(${column}, 1, length(?)) <= ?`, to, to);
  }
  get sql(): string {
    return this.conditions.length ? `WHERE ${this.conditions.join(" AND ")}` : "";
  }
  /** The conditions to follow others already written: " AND …". */
  get and(): string {
    return this.conditions.map((c) => ` AND ${c}`).join("");
  }
}

/** A document as lists show it. */
export interface DocumentSummary {
  id: number;
  key: string;
  title: string | null;
  date: string | null;
  outlet: string | null;
  lang: string;
}

export interface SearchHit extends DocumentSummary {
  snippet: string;
}

export interface SearchFilters {
  lang?: string;
  from?: string;
  to?: string;
  outlet?: string;
  /** documents that mention this entity (any of its names) */
  entity?: string;
  limit?: number;
}

/** How many of the newest matches of a search are ranked by relevance. */
const RANKED_MATCHES = 2000;

/** The words of a user's query (letters and digits), each to be searched as an FTS5 phrase. */
function queryWords(q: string): string[] {
  return q.match(/[\p{L}\p{N}][\p{L}\p{M}\p{N}]*/gu) ?? [];
}

/** Whether a query holds anything to search for. */
export function hasSearchWords(q: string): boolean {
  return queryWords(q).length > 0;
}

/** A user's query as an FTS5 expression: every word a quoted phrase, so that no operator syntax leaks through. */
function ftsQuery(q: string): string {
  return queryWords(q)
    .map((w) => `"${w}"`)
    .join(" ");
}

/**
 * Full-text search, diacritic-insensitive and ranked, with snippets; a query that is the name
 * of a known entity also finds the documents that mention it under another name ("Alep" finds
 * "Aleppo"). Relevance (bm25) is computed among the RANKED_MATCHES most recently stored
 * matches, so that a word found in every document costs no more than a rare one; snippets are
 * made for the hits kept only.
 */
export function searchDocuments(db: Database.Database, query: string, f: SearchFilters = {}): SearchHit[] {
  const w = new Where();
  if (f.lang) w.add("d.lang = ?", f.lang);
  w.dates("d.date", f.from, f.to);
  if (f.outlet) w.add("d.outlet = ?", f.outlet);
  if (f.entity) {
    const ids = entitiesNamed(db, f.entity);
    w.add(`d.id IN (SELECT document_id FROM mentions WHERE entity_id IN (${ids.map(() => "?").join(",") || "NULL"}))`, ...ids);
  }
  const limit = f.limit ?? 20;
  const match = ftsQuery(query);
  if (!match) return [];
  const ranked = db
    .prepare(
      `SELECT id FROM (
         SELECT f.rowid AS id, f.rank AS score FROM documents_fts f JOIN documents d ON d.id = f.rowid
         WHERE f.documents_fts MATCH ?${w.and} ORDER BY f.rowid DESC LIMIT ${RANKED_MATCHES})
       ORDER BY score LIMIT ?`,
    )
    .all(match, ...w.params, limit) as { id: number }[];
  // snippets for the hits kept only, each from its own document (ids passed as JSON integers)
  const snippets = db
    .prepare(
      `SELECT d.id, d.doc_key AS key, d.title, d.date, d.outlet, d.lang, snippet(documents_fts, 1, '[', ']', '…', 12) AS snippet
       FROM documents_fts JOIN documents d ON d.id = documents_fts.rowid
       WHERE documents_fts MATCH ? AND documents_fts.rowid IN (SELECT value FROM json_each(?))`,
    )
    .all(match, JSON.stringify(ranked.map((r) => r.id))) as SearchHit[];
  const byId = new Map(snippets.map((h) => [h.id, h]));
  const hits = ranked.map((r) => byId.get(r.id)).filter((h): h is SearchHit => h !== undefined);
  const byEntity = entitiesNamed(db, query);
  if (byEntity.length && hits.length < limit) {
    // the newest documents that mention the entity under another name
    const seen = new Set(hits.map((h) => h.id));
    const ids = byEntity.map(() => "?").join(",");
    const more = db
      .prepare(
        `SELECT d.id, d.doc_key AS key, d.title, d.date, d.outlet, d.lang,
           substr(d.text, max(1, (SELECT min(m.start) FROM mentions m WHERE m.document_id = d.id AND m.entity_id IN (${ids})) - 40), 120) AS snippet
         FROM documents d WHERE d.id IN (SELECT document_id FROM mentions WHERE entity_id IN (${ids}))${w.and}
         ORDER BY d.id DESC LIMIT ?`,
      )
      .all(...byEntity, ...byEntity, ...w.params, limit) as SearchHit[];
    for (const h of more) if (!seen.has(h.id) && hits.length < limit) hits.push(h);
  }
  return hits;
}

export interface EventFilters {
  type?: string;
  actor?: string;
  target?: string;
  /** ISO 3166 alpha-2 code of the actor, the target or the place */
  country?: string;
  place?: string;
  status?: string;
  from?: string;
  to?: string;
  /** the language and the outlet of the reporting document */
  lang?: string;
  outlet?: string;
  limit?: number;
  /** rows skipped before the first returned (paging) */
  offset?: number;
}

/** An event as ACLED and GDELT users read one: a row with dates, actors, place and source. */
export interface EventRow {
  event_id: number;
  event_date: string | null;
  date_precision: string | null;
  event_type: string;
  event_mode: string | null;
  status: string;
  actor1: string | null;
  actor1_country: string | null;
  actor2: string | null;
  actor2_country: string | null;
  place: string | null;
  place_country: string | null;
  latitude: number | null;
  longitude: number | null;
  geo_precision: string | null;
  source: string | null;
  fatalities: number | null;
  evidence: string;
  trigger: string;
  document: string;
  outlet: string | null;
  url: string | null;
  document_date: string | null;
  /** the reporting document's id in the store, and its language */
  document_id: number;
  lang: string;
}

/** The FROM and WHERE of an event query, and the order its rows are walked in. */
function eventSource(db: Database.Database, f: EventFilters): { from: string; params: (string | number)[]; order: [string, string] } {
  const w = new Where();
  // a country's events are walked in date order from their own index (of one type, when asked)
  const byCountry = f.country ? `JOIN event_countries c ON c.event_id = v.id AND c.country = ?${f.type ? " AND c.type = ?" : ""}` : "";
  const countryParams = f.country ? [f.country.toUpperCase(), ...(f.type ? [f.type.toUpperCase()] : [])] : [];
  if (f.type && !f.country) w.add("v.type = ?", f.type.toUpperCase());
  if (f.status) w.add("v.status = ?", f.status.toLowerCase());
  if (f.lang) w.add("d.lang = ?", f.lang);
  if (f.outlet) w.add("d.outlet = ?", f.outlet);
  w.named(db, "v.actor_id", f.actor);
  w.named(db, "v.target_id", f.target);
  w.named(db, "v.place_id", f.place);
  const order: [string, string] = f.country ? ["c.sort_date", "c.event_id"] : ["v.sort_date", "v.id"];
  w.dates(order[0], f.from, f.to);
  // the documents only when their language or outlet is asked
  const documents = f.lang || f.outlet ? "JOIN documents d ON d.id = v.document_id" : "";
  return { from: `FROM events v ${byCountry} ${documents} ${w.sql}`, params: [...countryParams, ...w.params], order };
}

export function findEvents(db: Database.Database, f: EventFilters = {}): EventRow[] {
  const { from, params, order } = eventSource(db, f);
  return db
    .prepare(
      `SELECT v.id AS event_id, v.sort_date AS event_date, CASE WHEN v.date IS NULL THEN d.date_precision ELSE v.date_precision END AS date_precision,
         v.type AS event_type, v.mode AS event_mode, v.status,
         a.name AS actor1, a.country AS actor1_country, t.name AS actor2, t.country AS actor2_country,
         p.name AS place, p.country AS place_country, p.lat AS latitude, p.lon AS longitude, p.geo_kind AS geo_precision,
         s.name AS source, v.fatalities, substr(d.text, v.evidence_start + 1, v.evidence_end - v.evidence_start) AS evidence, v.trigger_text AS trigger,
         d.doc_key AS document, d.outlet, d.url, d.date AS document_date, d.id AS document_id, d.lang
       FROM (SELECT v.id ${from} ORDER BY ${order[0]} DESC, ${order[1]} DESC LIMIT ? OFFSET ?) AS page
         JOIN events v ON v.id = page.id JOIN documents d ON d.id = v.document_id
         LEFT JOIN entities a ON a.id = v.actor_id LEFT JOIN entities t ON t.id = v.target_id
         LEFT JOIN entities p ON p.id = v.place_id LEFT JOIN entities s ON s.id = v.source_id
       ORDER BY v.sort_date DESC, v.id DESC`,
    )
    .all(...params, f.limit ?? -1, f.offset ?? 0) as EventRow[];
}

/** How many events match, by day (or month, for events dated no closer) and type. */
export function eventTimeline(db: Database.Database, f: EventFilters = {}): { day: string; type: string; n: number }[] {
  const { from, params, order } = eventSource(db, f);
  return db
    .prepare(`SELECT substr(${order[0]}, 1, 10) AS day, v.type AS type, count(*) AS n ${from} GROUP BY day, v.type HAVING day IS NOT NULL ORDER BY day, v.type`)
    .all(...params) as { day: string; type: string; n: number }[];
}

export interface QuoteFilters {
  speaker?: string;
  /** words the quote contains, case and diacritics aside */
  text?: string;
  kind?: string;
  limit?: number;
}

export interface QuoteRow {
  kind: string;
  text: string;
  speaker: string | null;
  speaker_text: string | null;
  cue: string | null;
  document: string;
  date: string | null;
  outlet: string | null;
}

export function findQuotes(db: Database.Database, f: QuoteFilters = {}): QuoteRow[] {
  const w = new Where();
  w.named(db, "q.speaker_id", f.speaker);
  if (f.kind) w.add("q.kind = ?", f.kind);
  const rows = db
    .prepare(
      `SELECT q.kind, q.text, e.name AS speaker, q.speaker_text, q.cue, d.doc_key AS document, d.date, d.outlet
       FROM quotes q JOIN documents d ON d.id = q.document_id LEFT JOIN entities e ON e.id = q.speaker_id
       ${w.sql} ORDER BY d.date DESC, q.document_id, q.start`,
    )
    .all(...w.params) as QuoteRow[];
  const words = f.text ? fold(f.text) : null;
  const kept = words ? rows.filter((r) => fold(r.text).includes(words)) : rows;
  return f.limit ? kept.slice(0, f.limit) : kept;
}

export interface EntityProfile {
  name: string;
  type: string;
  kb: string | null;
  country: string | null;
  names: string[];
  roles: { role: string; documents: number }[];
  /** documents mentioning the entity, by month of publication */
  timeline: { month: string; documents: number }[];
  cooccurring: { name: string; type: string; documents: number }[];
  quotes: QuoteRow[];
  events: { as: "actor" | "target"; type: string; n: number }[];
}

/** Everything the store knows of the entities a name designates, the most mentioned first. */
export function entityProfiles(db: Database.Database, name: string, limit = 10): EntityProfile[] {
  return entitiesNamed(db, name).map((id) => {
    const e = db.prepare("SELECT name, type, kb, country FROM entities WHERE id = ?").get(id) as Pick<EntityProfile, "name" | "type" | "kb" | "country">;
    const names = (db.prepare("SELECT name FROM entity_names WHERE entity_id = ? ORDER BY name").all(id) as { name: string }[]).map((r) => r.name);
    const roles = db
      .prepare("SELECT role, count(DISTINCT document_id) AS documents FROM mentions WHERE entity_id = ? AND role IS NOT NULL GROUP BY role ORDER BY documents DESC")
      .all(id) as EntityProfile["roles"];
    const timeline = db
      .prepare(
        "SELECT substr(d.date, 1, 7) AS month, count(DISTINCT d.id) AS documents FROM mentions m JOIN documents d ON d.id = m.document_id WHERE m.entity_id = ? AND d.date IS NOT NULL GROUP BY month ORDER BY month",
      )
      .all(id) as EntityProfile["timeline"];
    const cooccurring = db
      .prepare(
        `SELECT e.name, e.type, count(DISTINCT o.document_id) AS documents FROM mentions o JOIN entities e ON e.id = o.entity_id
         WHERE o.document_id IN (SELECT document_id FROM mentions WHERE entity_id = ?) AND o.entity_id != ?
         GROUP BY o.entity_id ORDER BY documents DESC, e.name LIMIT ?`,
      )
      .all(id, id, limit) as EntityProfile["cooccurring"];
    const quotes = findQuotes(db, { speaker: e.name, limit }).filter((q) => q.speaker === e.name);
    const events = db
      .prepare(
        `SELECT 'actor' AS "as", type, count(*) AS n FROM events WHERE actor_id = ? GROUP BY type
         UNION ALL SELECT 'target', type, count(*) FROM events WHERE target_id = ? GROUP BY type ORDER BY n DESC`,
      )
      .all(id, id) as EntityProfile["events"];
    return { ...e, names, roles, timeline, cooccurring, quotes, events };
  }).sort((a, b) => b.timeline.reduce((s, t) => s + t.documents, 0) - a.timeline.reduce((s, t) => s + t.documents, 0));
}
