import { fold } from "../text/fold.js";
import { direction, limitClause, marks, type Param, type Sql } from "./sql.js";

/** Entity ids known by a name (any spelling, case and diacritics aside). */
export async function entitiesNamed(sql: Sql, name: string): Promise<number[]> {
  return (await sql.all<{ entity_id: number }>("SELECT DISTINCT entity_id FROM entity_names WHERE folded = ? ORDER BY entity_id", [fold(name)])).map((r) => r.entity_id);
}

/** A WHERE clause under construction: conditions and their parameters, side by side. */
export class Where {
  readonly conditions: string[] = [];
  readonly params: Param[] = [];
  add(condition: string, ...params: Param[]): void {
    this.conditions.push(condition);
    this.params.push(...params);
  }
  /** `column` is one of the entities known by `name` (no match when none is). */
  async named(sql: Sql, column: string, name: string | undefined): Promise<void> {
    if (!name) return;
    const ids = await entitiesNamed(sql, name);
    this.add(`${column} IN (${marks(ids.length)})`, ...ids);
  }
  /** A date column within [from, to], `to` inclusive at its own precision (2024-12 covers the month). */
  dates(column: string, from: string | undefined, to: string | undefined): void {
    if (from) this.add(`${column} >= ?`, from);
    if (to) this.add(`substr(${column}, 1, length(CAST(? AS TEXT))) <= ?`, to, to);
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
async function eventSource(sql: Sql, f: EventFilters, datedOnly = false): Promise<{ from: string; params: Param[]; order: [string, string] }> {
  const w = new Where();
  // a country's events are walked in date order from their own index (of one type, when asked)
  const byCountry = f.country ? `JOIN event_countries c ON c.event_id = v.id AND c.country = ?${f.type ? " AND c.type = ?" : ""}` : "";
  const countryParams = f.country ? [f.country.toUpperCase(), ...(f.type ? [f.type.toUpperCase()] : [])] : [];
  if (f.type && !f.country) w.add("v.type = ?", f.type.toUpperCase());
  if (f.status) w.add("v.status = ?", f.status.toLowerCase());
  if (f.lang) w.add("d.lang = ?", f.lang);
  if (f.outlet) w.add("d.outlet = ?", f.outlet);
  await w.named(sql, "v.actor_id", f.actor);
  await w.named(sql, "v.target_id", f.target);
  await w.named(sql, "v.place_id", f.place);
  const order: [string, string] = f.country ? ["c.sort_date", "c.event_id"] : ["v.sort_date", "v.id"];
  w.dates(order[0], f.from, f.to);
  if (datedOnly) w.add(`${order[0]} IS NOT NULL`);
  // the documents only when their language or outlet is asked
  const documents = f.lang || f.outlet ? "JOIN documents d ON d.id = v.document_id" : "";
  return { from: `FROM events v ${byCountry} ${documents} ${w.sql}`, params: [...countryParams, ...w.params], order };
}

export async function findEvents(sql: Sql, f: EventFilters = {}): Promise<EventRow[]> {
  const { from, params, order } = await eventSource(sql, f);
  const desc = direction(sql, "DESC");
  const page = limitClause(sql.dialect, f.limit, f.offset);
  return sql.all<EventRow>(
      `SELECT v.id AS event_id, v.sort_date AS event_date, CASE WHEN v.date IS NULL THEN d.date_precision ELSE v.date_precision END AS date_precision,
         v.type AS event_type, v.mode AS event_mode, v.status,
         a.name AS actor1, a.country AS actor1_country, t.name AS actor2, t.country AS actor2_country,
         p.name AS place, p.country AS place_country, p.lat AS latitude, p.lon AS longitude, p.geo_kind AS geo_precision,
         s.name AS source, v.fatalities, substr(d.text, v.evidence_start + 1, v.evidence_end - v.evidence_start) AS evidence, v.trigger_text AS trigger,
         d.doc_key AS document, d.outlet, d.url, d.date AS document_date, d.id AS document_id, d.lang
       FROM (SELECT v.id ${from} ORDER BY ${order[0]} ${desc}, ${order[1]} DESC${page.text}) AS page
         JOIN events v ON v.id = page.id JOIN documents d ON d.id = v.document_id
         LEFT JOIN entities a ON a.id = v.actor_id LEFT JOIN entities t ON t.id = v.target_id
         LEFT JOIN entities p ON p.id = v.place_id LEFT JOIN entities s ON s.id = v.source_id
       ORDER BY v.sort_date ${desc}, v.id DESC`,
    [...params, ...page.params],
  );
}

/** How many events match, by day (or month, for events dated no closer) and type. */
export async function eventTimeline(sql: Sql, f: EventFilters = {}): Promise<{ day: string; type: string; n: number }[]> {
  const { from, params, order } = await eventSource(sql, f, true);
  return sql.all(`SELECT substr(${order[0]}, 1, 10) AS day, v.type AS type, count(*) AS n ${from} GROUP BY substr(${order[0]}, 1, 10), v.type ORDER BY day, v.type`, params);
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

export async function findQuotes(sql: Sql, f: QuoteFilters = {}): Promise<QuoteRow[]> {
  const w = new Where();
  await w.named(sql, "q.speaker_id", f.speaker);
  if (f.kind) w.add("q.kind = ?", f.kind);
  const rows = await sql.all<QuoteRow>(
    `SELECT q.kind, q.text, e.name AS speaker, q.speaker_text, q.cue, d.doc_key AS document, d.date, d.outlet
     FROM quotes q JOIN documents d ON d.id = q.document_id LEFT JOIN entities e ON e.id = q.speaker_id
     ${w.sql} ORDER BY d.date ${direction(sql, "DESC")}, q.document_id, q.start`,
    w.params,
  );
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
export async function entityProfiles(sql: Sql, name: string, limit = 10): Promise<EntityProfile[]> {
  const profiles: EntityProfile[] = [];
  for (const id of await entitiesNamed(sql, name)) {
    const e = (await sql.get<Pick<EntityProfile, "name" | "type" | "kb" | "country">>("SELECT name, type, kb, country FROM entities WHERE id = ?", [id]))!;
    const names = (await sql.all<{ name: string }>("SELECT name FROM entity_names WHERE entity_id = ? ORDER BY name", [id])).map((r) => r.name);
    const roles = await sql.all<EntityProfile["roles"][number]>(
      "SELECT role, count(DISTINCT document_id) AS documents FROM mentions WHERE entity_id = ? AND role IS NOT NULL GROUP BY role ORDER BY documents DESC, role",
      [id],
    );
    const timeline = await sql.all<EntityProfile["timeline"][number]>(
      "SELECT substr(d.date, 1, 7) AS month, count(DISTINCT d.id) AS documents FROM mentions m JOIN documents d ON d.id = m.document_id WHERE m.entity_id = ? AND d.date IS NOT NULL GROUP BY substr(d.date, 1, 7) ORDER BY month",
      [id],
    );
    const cooccurring = await sql.all<EntityProfile["cooccurring"][number]>(
      `SELECT e.name, e.type, count(DISTINCT o.document_id) AS documents FROM mentions o JOIN entities e ON e.id = o.entity_id
       WHERE o.document_id IN (SELECT document_id FROM mentions WHERE entity_id = ?) AND o.entity_id != ?
       GROUP BY e.id ORDER BY documents DESC, e.name LIMIT ?`,
      [id, id, limit],
    );
    const quotes = (await findQuotes(sql, { speaker: e.name, limit })).filter((q) => q.speaker === e.name);
    const events = await sql.all<EntityProfile["events"][number]>(
      `SELECT 'actor' AS "as", type, count(*) AS n FROM events WHERE actor_id = ? GROUP BY type
       UNION ALL SELECT 'target', type, count(*) FROM events WHERE target_id = ? GROUP BY type ORDER BY n DESC, "as", type`,
      [id, id],
    );
    profiles.push({ ...e, names, roles, timeline, cooccurring, quotes, events });
  }
  const mentioned = (p: EntityProfile) => p.timeline.reduce((s, t) => s + t.documents, 0);
  return profiles.sort((a, b) => mentioned(b) - mentioned(a));
}
