/**
 * Stories read back: the list (newest first) and one story's comparison — its documents, its
 * events merged across them, and per outlet the labels used for each referent and in whose
 * voice, the figures given and on whose authority, the quotations carried, and the story's
 * events each outlet reports or leaves out.
 */
import { entitiesNamed, Where } from "./queries.js";
import { direction, limitClause, marks, type Sql } from "./sql.js";

export interface StoryFilters {
  /** stories whose days reach this date or later */
  from?: string;
  /** stories whose days begin by this date (inclusive at its own precision) */
  to?: string;
  /** stories with a document that mentions this entity */
  entity?: string;
  /** stories with a document in this language */
  lang?: string;
  minOutlets?: number;
  limit?: number;
}

export interface StoryRow {
  id: number;
  title: string;
  first_day: string | null;
  last_day: string | null;
  documents: number;
  outlets: number;
  languages: Record<string, number>;
  entities: string[];
}

/** Who a document is from: its outlet, else the document itself. */
const OUTLET = "coalesce(d.outlet, d.doc_key)";
const MAIN_ENTITIES = 10;

export async function findStories(sql: Sql, f: StoryFilters = {}): Promise<StoryRow[]> {
  const w = new Where();
  if (f.from) w.add("s.last_day >= ?", f.from);
  if (f.to) w.add("substr(s.first_day, 1, length(CAST(? AS TEXT))) <= ?", f.to, f.to);
  if (f.entity) {
    const ids = await entitiesNamed(sql, f.entity);
    w.add(`s.id IN (SELECT d.story_id FROM mentions m JOIN documents d ON d.id = m.document_id WHERE m.entity_id IN (${marks(ids.length)}))`, ...ids);
  }
  if (f.lang) w.add("s.id IN (SELECT story_id FROM documents WHERE lang = ?)", f.lang);
  if (f.minOutlets) w.add("s.outlets >= ?", f.minOutlets);
  // walked newest first through the stories' own index; outlets are counted as documents join a story
  const page = limitClause(sql.dialect, f.limit);
  const rows = await sql.all<Omit<StoryRow, "languages" | "entities">>(
    `SELECT s.id, s.title, s.first_day, s.last_day, s.documents, s.outlets FROM stories s ${w.sql} ORDER BY s.last_day ${direction(sql, "DESC")}, s.id DESC${page.text}`,
    [...w.params, ...page.params],
  );
  const stories: StoryRow[] = [];
  for (const r of rows) {
    const languages = await sql.all<{ lang: string; n: number }>("SELECT lang, count(*) AS n FROM documents WHERE story_id = ? GROUP BY lang ORDER BY n DESC, lang", [r.id]);
    stories.push({ ...r, languages: Object.fromEntries(languages.map((l) => [l.lang, l.n])), entities: (await mainEntities(sql, r.id, 5)).map((e) => e.name) });
  }
  return stories;
}

export interface StoryEntity {
  name: string;
  type: string;
  kb: string | null;
  country: string | null;
  documents: number;
}

/** The entities named by the most of a story's documents, then by the most mentions. */
function mainEntities(sql: Sql, story: number, limit: number): Promise<StoryEntity[]> {
  return sql.all(
    `SELECT e.name, e.type, e.kb, e.country, count(DISTINCT m.document_id) AS documents FROM documents d
     JOIN mentions m ON m.document_id = d.id JOIN entities e ON e.id = m.entity_id
     WHERE d.story_id = ? GROUP BY e.id ORDER BY documents DESC, count(*) DESC, e.name, e.id LIMIT ?`,
    [story, limit],
  );
}

export interface StoryDocument {
  id: string;
  outlet: string | null;
  lang: string;
  date: string | null;
  title: string | null;
  url: string | null;
  /** how well it fitted the story when it joined (0 for the one that opened it) */
  fit: number;
  /** its id in the store (what the API's /documents/ID takes) */
  store_id: number;
}

/** One real-world event of the story, with every document that reports it and the figures each gives. */
export interface StoryEvent {
  date: string | null;
  type: string;
  actor: string | null;
  target: string | null;
  place: string | null;
  status: string;
  documents: string[];
  figures: { document: string; outlet: string; fatalities: number; source: string | null }[];
  /** whether the documents give different death tolls */
  conflicting: boolean;
}

export interface OutletLabel {
  term: string;
  category: string;
  referent: string | null;
  /** "own" for the outlet's voice, else the quoted speaker's */
  voice: "own" | "quoted";
  speaker: string | null;
  neutral: string | null;
  uses: number;
  document: string;
}

export interface OutletView {
  outlet: string;
  documents: string[];
  languages: string[];
  labels: OutletLabel[];
  figures: { type: string; fatalities: number | null; source: string | null; date: string | null; evidence: string; document: string }[];
  quotes: { speaker: string | null; kind: string; text: string; document: string }[];
  /** indexes into the story's timeline */
  reports: number[];
  leavesOut: number[];
}

export interface StoryView {
  id: number;
  title: string;
  first_day: string | null;
  last_day: string | null;
  documents: StoryDocument[];
  entities: StoryEntity[];
  timeline: StoryEvent[];
  outlets: OutletView[];
}

interface EventJoin {
  id: number;
  document: string;
  outlet: string;
  type: string;
  date: string | null;
  status: string;
  actor_id: number | null;
  target_id: number | null;
  actor: string | null;
  target: string | null;
  place: string | null;
  source: string | null;
  fatalities: number | null;
  evidence: string;
}

/** Events of a story's documents merged into real-world events: same type, parties and day. Returns the rows in date order and each event's row. */
function timeline(events: EventJoin[]): { rows: StoryEvent[]; rowOf: Map<number, number> } {
  const byKey = new Map<string, StoryEvent>();
  const of = new Map<number, StoryEvent>();
  for (const v of events) {
    const key = `${v.type}|${v.actor_id ?? ""}|${v.target_id ?? ""}|${v.date ?? ""}`;
    let row = byKey.get(key);
    if (!row) {
      row = { date: v.date, type: v.type, actor: v.actor, target: v.target, place: v.place, status: v.status, documents: [], figures: [], conflicting: false };
      byKey.set(key, row);
    }
    of.set(v.id, row);
    if (!row.documents.includes(v.document)) row.documents.push(v.document);
    row.place ??= v.place;
    if (v.fatalities !== null && !row.figures.some((f) => f.document === v.document && f.fatalities === v.fatalities))
      row.figures.push({ document: v.document, outlet: v.outlet, fatalities: v.fatalities, source: v.source });
    row.conflicting = new Set(row.figures.map((f) => f.fatalities)).size > 1;
  }
  const rows = [...byKey.values()].sort((a, b) => (a.date ?? "").localeCompare(b.date ?? "") || b.documents.length - a.documents.length);
  const index = new Map(rows.map((r, i) => [r, i]));
  return { rows, rowOf: new Map([...of].map(([id, row]) => [id, index.get(row)!])) };
}

export async function storyComparison(sql: Sql, id: number): Promise<StoryView | null> {
  const story = await sql.get<Pick<StoryView, "id" | "title" | "first_day" | "last_day">>("SELECT id, title, first_day, last_day FROM stories WHERE id = ?", [id]);
  if (!story) return null;
  const documents = await sql.all<StoryDocument & { rowid: number; outlet_key: string }>(
    `SELECT d.id AS rowid, d.doc_key AS id, d.outlet, ${OUTLET} AS outlet_key, d.lang, d.date, d.title, d.url, coalesce(d.story_score, 0) AS fit FROM documents d WHERE d.story_id = ? ORDER BY d.date ${direction(sql, "ASC")}, d.id`,
    [id],
  );
  const events = await sql.all<EventJoin>(
      `SELECT v.id, d.doc_key AS document, ${OUTLET} AS outlet, v.type, v.sort_date AS date, v.status, v.actor_id, v.target_id,
         a.name AS actor, t.name AS target, p.name AS place, s.name AS source, v.fatalities,
         substr(d.text, v.evidence_start + 1, v.evidence_end - v.evidence_start) AS evidence
       FROM documents d JOIN events v ON v.document_id = d.id
         LEFT JOIN entities a ON a.id = v.actor_id LEFT JOIN entities t ON t.id = v.target_id
         LEFT JOIN entities p ON p.id = v.place_id LEFT JOIN entities s ON s.id = v.source_id
       WHERE d.story_id = ? AND v.status != 'historical' ORDER BY d.id, v.evidence_start, v.id`,
    [id],
  );
  const { rows, rowOf } = timeline(events);
  const labels = await sql.all<{ outlet: string; document: string; doc: number; term: string; category: string; referent: string | null; voice: string; neutral: string | null; start: number; end: number; spans: string | null }>(
    `SELECT ${OUTLET} AS outlet, d.doc_key AS document, d.id AS doc, f.term, f.category, e.name AS referent, f.voice, f.neutral, f.start, f.stop AS end, f.spans
     FROM documents d JOIN framing f ON f.document_id = d.id LEFT JOIN entities e ON e.id = f.refers_to_id
     WHERE d.story_id = ? ORDER BY d.id, f.start`,
    [id],
  );
  const quotes = await sql.all<{ outlet: string; document: string; doc: number; kind: string; start: number; end: number; text: string; speaker: string | null }>(
    `SELECT ${OUTLET} AS outlet, d.doc_key AS document, d.id AS doc, q.kind, q.start, q.stop AS end, q.text, coalesce(e.name, q.speaker_text) AS speaker
     FROM documents d JOIN quotes q ON q.document_id = d.id LEFT JOIN entities e ON e.id = q.speaker_id WHERE d.story_id = ? ORDER BY d.id, q.start`,
    [id],
  );
  const outlets = new Map<string, OutletView>();
  const outletOf = (key: string) => {
    let o = outlets.get(key);
    if (!o) outlets.set(key, (o = { outlet: key, documents: [], languages: [], labels: [], figures: [], quotes: [], reports: [], leavesOut: [] }));
    return o;
  };
  for (const d of documents) {
    const o = outletOf(d.outlet_key);
    o.documents.push(d.id);
    if (!o.languages.includes(d.lang)) o.languages.push(d.lang);
  }
  const said = async (doc: number, start: number, end: number) =>
    (await sql.get<{ term: string | null }>("SELECT substr(text, CAST(? AS INTEGER), CAST(? AS INTEGER)) AS term FROM documents WHERE id = ?", [start + 1, end - start, doc]))?.term ?? null;
  for (const l of labels) {
    const o = outletOf(l.outlet);
    const spans = l.spans ? (JSON.parse(l.spans) as [number, number][]) : [[l.start, l.end] as [number, number]];
    for (const [start, end] of spans) {
      // the voice of each use: the speaker of the quotation holding it, else the outlet's own
      const within = quotes.filter((q) => q.doc === l.doc && q.start <= start && q.end >= end).sort((a, b) => a.end - a.start - (b.end - b.start))[0];
      const voice = within ? "quoted" : "own";
      const speaker = within?.speaker ?? null;
      // the words of this use (a shorter form of the label may stand for the record's term)
      const term = start === l.start ? l.term : ((await said(l.doc, start, end)) ?? l.term);
      const same = o.labels.find((x) => x.term === term && x.referent === l.referent && x.voice === voice && x.speaker === speaker);
      if (same) same.uses++;
      else o.labels.push({ term, category: l.category, referent: l.referent, voice, speaker, neutral: l.neutral, uses: 1, document: l.document });
    }
  }
  for (const q of quotes) outletOf(q.outlet).quotes.push({ speaker: q.speaker, kind: q.kind, text: q.text, document: q.document });
  for (const v of events) {
    const o = outletOf(v.outlet);
    const row = rowOf.get(v.id)!;
    if (!o.reports.includes(row)) o.reports.push(row);
    if (v.fatalities !== null || v.source !== null) o.figures.push({ type: v.type, fatalities: v.fatalities, source: v.source, date: v.date, evidence: v.evidence.replace(/\s+/g, " ").trim(), document: v.document });
  }
  for (const o of outlets.values()) {
    o.reports.sort((a, b) => a - b);
    o.leavesOut = rows.map((_, i) => i).filter((i) => !o.reports.includes(i));
  }
  return {
    ...story,
    documents: documents.map(({ rowid, outlet_key: _o, ...d }) => ({ ...d, store_id: rowid })),
    entities: await mainEntities(sql, id, MAIN_ENTITIES),
    timeline: rows,
    outlets: [...outlets.values()],
  };
}
