/**
 * Full-text search over the stored documents: FTS5 in SQLite, a tsvector index in PostgreSQL;
 * diacritic-insensitive either way, with snippets, and the same filters.
 */
import { entitiesNamed, Where, type DocumentSummary } from "./queries.js";
import { marks, type Param, type Sql } from "./sql.js";
import { PLAIN_CONFIG, TEXT_CONFIGS } from "./postgres/schema.js";

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

/** The words of a user's query (letters and digits); nothing else of it reaches the database's query syntax. */
function queryWords(q: string): string[] {
  return q.match(/[\p{L}\p{N}][\p{L}\p{M}\p{N}]*/gu) ?? [];
}

/** Whether a query holds anything to search for. */
export function hasSearchWords(q: string): boolean {
  return queryWords(q).length > 0;
}

const SUMMARY = "d.id, d.doc_key AS key, d.title, d.date, d.outlet, d.lang";

/** How each back-end finds the matching documents, newest first, and makes the snippets of the hits kept. */
interface TextIndex {
  /** the matches (ids), best first, among the RANKED_MATCHES newest */
  ranked(sql: Sql, words: string[], w: Where, limit: number): Promise<{ id: number }[]>;
  /** the hits with their snippets, each from its own document */
  hits(sql: Sql, words: string[], ids: number[]): Promise<SearchHit[]>;
  /** the start of a snippet cut from the text at a mention: `first` is the mention's 0-based offset */
  snippetFrom(first: string): string;
}

const FTS5: TextIndex = {
  async ranked(sql, words, w, limit) {
    // every word a quoted FTS5 phrase, so that no operator syntax leaks through
    const match = words.map((x) => `"${x}"`).join(" ");
    return sql.all(
      `SELECT id FROM (
         SELECT f.rowid AS id, f.rank AS score FROM documents_fts f JOIN documents d ON d.id = f.rowid
         WHERE f.documents_fts MATCH ?${w.and} ORDER BY f.rowid DESC LIMIT ${RANKED_MATCHES})
       ORDER BY score LIMIT ?`,
      [match, ...w.params, limit],
    );
  },
  async hits(sql, words, ids) {
    const match = words.map((x) => `"${x}"`).join(" ");
    return sql.all(
      `SELECT ${SUMMARY}, snippet(documents_fts, 1, '[', ']', '…', 12) AS snippet
       FROM documents_fts JOIN documents d ON d.id = documents_fts.rowid
       WHERE documents_fts MATCH ? AND documents_fts.rowid IN (${marks(ids.length)})`,
      [match, ...ids],
    );
  },
  snippetFrom: (first) => `max(1, ${first} - 40)`,
};

/** A query matching documents indexed under any of the configurations: each word, stemmed the document's way. */
const TS_QUERY = [...Object.values(TEXT_CONFIGS), PLAIN_CONFIG].map((c) => `to_tsquery('${c}', ?)`).join(" || ");
const tsParams = (words: string[]): string[] => Array.from({ length: Object.keys(TEXT_CONFIGS).length + 1 }, () => words.join(" & "));

const TSVECTOR: TextIndex = {
  async ranked(sql, words, w, limit) {
    return sql.all(
      `SELECT id FROM (
         SELECT d.id, ts_rank(d.tsv, q.q) AS score FROM documents d, (SELECT ${TS_QUERY} AS q) q
         WHERE d.tsv @@ q.q${w.and} ORDER BY d.id DESC LIMIT ${RANKED_MATCHES}) AS m
       ORDER BY score DESC, id DESC LIMIT ?`,
      [...tsParams(words), ...w.params, limit],
    );
  },
  async hits(sql, words, ids) {
    return sql.all(
      `SELECT ${SUMMARY}, ts_headline('${PLAIN_CONFIG}', d.text, q.q, 'StartSel=[, StopSel=], MaxWords=20, MinWords=8, ShortWord=2, MaxFragments=1, FragmentDelimiter=…') AS snippet
       FROM documents d, (SELECT ${TS_QUERY} AS q) q WHERE d.id IN (${marks(ids.length)})`,
      [...tsParams(words), ...ids],
    );
  },
  snippetFrom: (first) => `greatest(1, ${first} - 40)`,
};

/**
 * Full-text search, diacritic-insensitive and ranked, with snippets; a query that is the name
 * of a known entity also finds the documents that mention it under another name ("Alep" finds
 * "Aleppo"). Relevance is computed among the RANKED_MATCHES most recently stored matches, so
 * that a word found in every document costs no more than a rare one; snippets are made for the
 * hits kept only.
 */
export async function searchDocuments(sql: Sql, query: string, f: SearchFilters = {}): Promise<SearchHit[]> {
  const words = queryWords(query);
  if (!words.length) return [];
  const index = sql.dialect === "sqlite" ? FTS5 : TSVECTOR;
  const w = new Where();
  if (f.lang) w.add("d.lang = ?", f.lang);
  w.dates("d.date", f.from, f.to);
  if (f.outlet) w.add("d.outlet = ?", f.outlet);
  if (f.entity) {
    const ids = await entitiesNamed(sql, f.entity);
    w.add(`d.id IN (SELECT document_id FROM mentions WHERE entity_id IN (${marks(ids.length)}))`, ...ids);
  }
  const limit = f.limit ?? 20;
  const ranked = await index.ranked(sql, words, w, limit);
  const byId = new Map((ranked.length ? await index.hits(sql, words, ranked.map((r) => r.id)) : []).map((h) => [h.id, h]));
  const hits = ranked.map((r) => byId.get(r.id)).filter((h): h is SearchHit => h !== undefined);
  const byEntity = await entitiesNamed(sql, query);
  if (byEntity.length && hits.length < limit) {
    // the newest documents that mention the entity under another name
    const seen = new Set(hits.map((h) => h.id));
    const ids = marks(byEntity.length);
    const first = `(SELECT min(m.start) FROM mentions m WHERE m.document_id = d.id AND m.entity_id IN (${ids}))`;
    const params: Param[] = [...byEntity, ...byEntity, ...w.params, limit];
    const more = await sql.all<SearchHit>(
      `SELECT ${SUMMARY}, substr(d.text, ${index.snippetFrom(first)}, 120) AS snippet
       FROM documents d WHERE d.id IN (SELECT document_id FROM mentions WHERE entity_id IN (${ids}))${w.and}
       ORDER BY d.id DESC LIMIT ?`,
      params,
    );
    for (const h of more) if (!seen.has(h.id) && hits.length < limit) hits.push(h);
  }
  return hits;
}
