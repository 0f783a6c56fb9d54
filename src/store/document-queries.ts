/**
 * Documents read back: a page of the list, and one document with everything extracted from it,
 * each item at the character span of the text it rests on (what the article view highlights).
 */
import { Where, type DocumentSummary } from "./queries.js";
import { direction, limitClause, type Sql } from "./sql.js";

export interface DocumentFilters {
  lang?: string;
  outlet?: string;
  from?: string;
  to?: string;
  story?: number;
  limit?: number;
  offset?: number;
}

export interface DocumentRow extends DocumentSummary {
  url: string | null;
  story_id: number | null;
  duplicate_of: number | null;
}

const ROW_COLUMNS = "d.id, d.doc_key AS key, d.title, d.date, d.outlet, d.lang, d.url, d.story_id, d.duplicate_of";

/** Documents, the most recently published first (then the most recently stored). */
export async function findDocuments(sql: Sql, f: DocumentFilters = {}): Promise<DocumentRow[]> {
  const w = new Where();
  if (f.lang) w.add("d.lang = ?", f.lang);
  if (f.outlet) w.add("d.outlet = ?", f.outlet);
  w.dates("d.date", f.from, f.to);
  if (f.story !== undefined) w.add("d.story_id = ?", f.story);
  const page = limitClause(sql.dialect, f.limit, f.offset);
  return sql.all(`SELECT ${ROW_COLUMNS} FROM documents d ${w.sql} ORDER BY d.date ${direction(sql, "DESC")}, d.id DESC${page.text}`, [...w.params, ...page.params]);
}

export interface Span {
  start: number;
  end: number;
  text: string;
}

export interface DocumentView extends DocumentRow {
  date_precision: string | null;
  source: string | null;
  text: string;
  entities: { id: number; name: string; type: string; kb: string | null; country: string | null; lat: number | null; lon: number | null; roles: string[]; mentions: Span[] }[];
  times: (Span & { value: string; precision: string })[];
  quotes: (Span & { kind: string; speaker_id: number | null; speaker: string | null; speaker_text: string | null; cue: string | null })[];
  events: {
    id: number; type: string; mode: string | null; status: string; trigger: Span; evidence: { start: number; end: number };
    actor: string | null; target: string | null; place: string | null; source: string | null;
    date: string | null; date_precision: string | null; fatalities: number | null;
  }[];
  /** each label with every place it occurs (`spans`; start and end are the first) */
  framing: (Span & { term: string; category: string; voice: string; neutral: string | null; refers_to: string | null; spans: { start: number; end: number }[] })[];
}

/** One document with its whole stored analysis; null when there is no such document. */
export async function documentView(sql: Sql, id: number): Promise<DocumentView | null> {
  const d = await sql.get<Omit<DocumentView, "entities" | "times" | "quotes" | "events" | "framing">>(`SELECT ${ROW_COLUMNS}, d.date_precision, d.source, d.text FROM documents d WHERE d.id = ?`, [id]);
  if (!d) return null;
  const mentions = await sql.all<{ entity_id: number; role: string | null; start: number; end: number; text: string; name: string; type: string; kb: string | null; country: string | null; lat: number | null; lon: number | null }>(
    "SELECT m.entity_id, m.role, m.start, m.stop AS end, m.text, e.name, e.type, e.kb, e.country, e.lat, e.lon FROM mentions m JOIN entities e ON e.id = m.entity_id WHERE m.document_id = ? ORDER BY m.start, m.stop, m.entity_id",
    [id],
  );
  const entities = new Map<number, DocumentView["entities"][number]>();
  for (const m of mentions) {
    let e = entities.get(m.entity_id);
    if (!e) entities.set(m.entity_id, (e = { id: m.entity_id, name: m.name, type: m.type, kb: m.kb, country: m.country, lat: m.lat, lon: m.lon, roles: [], mentions: [] }));
    if (m.role && !e.roles.includes(m.role)) e.roles.push(m.role);
    e.mentions.push({ start: m.start, end: m.end, text: m.text });
  }
  const times = await sql.all<DocumentView["times"][number]>("SELECT start, stop AS end, text, value, precision FROM times WHERE document_id = ? ORDER BY start, stop", [id]);
  const quotes = await sql.all<DocumentView["quotes"][number]>(
    "SELECT q.start, q.stop AS end, q.text, q.kind, q.speaker_id, e.name AS speaker, q.speaker_text, q.cue FROM quotes q LEFT JOIN entities e ON e.id = q.speaker_id WHERE q.document_id = ? ORDER BY q.start, q.stop",
    [id],
  );
  const events = (
    await sql.all<Omit<DocumentView["events"][number], "trigger" | "evidence"> & { trigger_start: number; trigger_end: number; trigger_text: string; evidence_start: number; evidence_end: number }>(
      `SELECT v.id, v.type, v.mode, v.status, v.trigger_start, v.trigger_end, v.trigger_text, v.evidence_start, v.evidence_end,
         a.name AS actor, t.name AS target, p.name AS place, s.name AS source, v.date, v.date_precision, v.fatalities
       FROM events v LEFT JOIN entities a ON a.id = v.actor_id LEFT JOIN entities t ON t.id = v.target_id
         LEFT JOIN entities p ON p.id = v.place_id LEFT JOIN entities s ON s.id = v.source_id
       WHERE v.document_id = ? ORDER BY v.trigger_start, v.id`,
      [id],
    )
  ).map(({ trigger_start, trigger_end, trigger_text, evidence_start, evidence_end, ...v }) => ({
    ...v,
    trigger: { start: trigger_start, end: trigger_end, text: trigger_text },
    evidence: { start: evidence_start, end: evidence_end },
  }));
  const framing = (
    await sql.all<Omit<DocumentView["framing"][number], "spans"> & { spans: string | null }>(
      `SELECT f.start, f.stop AS end, substr(d.text, f.start + 1, f.stop - f.start) AS text, f.term, f.category, f.voice, f.neutral, e.name AS refers_to, f.spans
       FROM framing f JOIN documents d ON d.id = f.document_id LEFT JOIN entities e ON e.id = f.refers_to_id WHERE f.document_id = ? ORDER BY f.start, f.stop`,
      [id],
    )
  ).map((f) => ({ ...f, spans: f.spans ? (JSON.parse(f.spans) as [number, number][]).map(([start, end]) => ({ start, end })) : [{ start: f.start, end: f.end }] }));
  return { ...d, entities: [...entities.values()], times, quotes, events, framing };
}
