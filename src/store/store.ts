import Database from "better-sqlite3";
import type { EntityRecord } from "../document/document.js";
import type { AnalysisRecord } from "../record/record.js";
import { fold } from "../text/fold.js";
import { textHash } from "./hash.js";
import { bands, distance, MAX_DISTANCE, simhash } from "./near-duplicates.js";
import { entitiesNamed, entityProfiles, findEvents, findQuotes, type EntityProfile, type EventFilters, type EventRow, type QuoteFilters, type QuoteRow } from "./queries.js";
import { MIGRATIONS, SCHEMA_VERSION } from "./schema.js";

/** A problem with the database itself (newer version, unreadable, locked): one clear message. */
export class StoreError extends Error {
  override name = "StoreError";
}

const SQLITE_PROBLEMS: [RegExp, string][] = [
  [/^SQLITE_FULL/, "the disk is full (or the database reached its size limit)"],
  [/^SQLITE_(BUSY|LOCKED)/, "the database is locked by another process"],
  [/^SQLITE_READONLY/, "the database is read-only (check the permissions of the file and its directory)"],
  [/^SQLITE_IOERR/, "an input/output error on the database file"],
  [/^SQLITE_(CORRUPT|NOTADB)/, "the file is not a Vigie database, or it is corrupt"],
  [/^SQLITE_CANTOPEN/, "the database file cannot be opened (does its directory exist?)"],
];

/** The database's own trouble in words, or null for an error that is not one (a bug, a bad record). */
export function storeProblem(err: unknown): string | null {
  const code = (err as { code?: unknown } | null)?.code;
  if (typeof code !== "string") return null;
  return SQLITE_PROBLEMS.find(([pattern]) => pattern.test(code))?.[1] ?? null;
}

export type AddOutcome = "added" | "near-duplicate" | "duplicate";

export interface SearchHit {
  id: number;
  key: string;
  title: string | null;
  date: string | null;
  outlet: string | null;
  lang: string;
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

/** The identity of an entity across documents: its Wikidata id, else its canonical name, type and country. */
function identity(e: EntityRecord): string {
  return e.kb ?? `${e.type}|${fold(e.name)}|${e.country ?? ""}`;
}

/** Words of a user's query as FTS5 phrases (no operator syntax leaks through). */
function ftsQuery(q: string): string {
  return q
    .split(/\s+/)
    .map((w) => w.replace(/"/g, ""))
    .filter(Boolean)
    .map((w) => `"${w}"`)
    .join(" ");
}

/**
 * The embedded corpus store (SQLite through better-sqlite3, in WAL mode). A document and its
 * whole analysis are written in one transaction, keyed by the hash of the normalized text: an
 * ingest killed at any moment and run again ends as an uninterrupted one would.
 */
export class Store {
  readonly db: Database.Database;

  constructor(
    readonly path: string,
    options: { readonly?: boolean; busyTimeoutMs?: number } = {},
  ) {
    try {
      this.db = new Database(path, { readonly: options.readonly ?? false, fileMustExist: options.readonly ?? false });
    } catch (err) {
      throw new StoreError(`${path}: cannot open the database (${storeProblem(err) ?? (err as Error).message})`);
    }
    try {
      this.db.pragma(`busy_timeout = ${options.busyTimeoutMs ?? 5000}`);
      if (!options.readonly) {
        this.db.pragma("journal_mode = WAL");
        this.db.pragma("synchronous = NORMAL");
      }
      this.db.pragma("foreign_keys = ON");
      this.migrate(path, options.readonly ?? false);
    } catch (err) {
      this.db.close();
      if (err instanceof StoreError) throw err;
      throw new StoreError(`${path}: cannot use the database (${storeProblem(err) ?? (err as Error).message})`);
    }
  }

  private migrate(path: string, readonly: boolean): void {
    const version = this.db.pragma("user_version", { simple: true }) as number;
    if (version > SCHEMA_VERSION) throw new StoreError(`${path}: the database is at schema version ${version}, newer than this Vigie (${SCHEMA_VERSION}); upgrade Vigie`);
    if (version === SCHEMA_VERSION) return;
    if (readonly) throw new StoreError(`${path}: the database is at schema version ${version} and needs migrating; open it writable once (vigie ingest)`);
    const apply = this.db.transaction(() => {
      for (let v = version; v < SCHEMA_VERSION; v++) this.db.exec(MIGRATIONS[v]!);
      this.db.pragma(`user_version = ${SCHEMA_VERSION}`);
    });
    apply();
  }

  close(): void {
    this.db.close();
  }

  /** Whether a text is stored already. */
  has(text: string): boolean {
    return !!this.db.prepare("SELECT 1 FROM documents WHERE hash = ?").get(textHash(text));
  }

  private entityId(e: EntityRecord): number {
    const key = identity(e);
    const found = this.db.prepare("SELECT id FROM entities WHERE identity = ?").get(key) as { id: number } | undefined;
    const id =
      found?.id ??
      Number(
        this.db
          .prepare("INSERT INTO entities (identity, kb, name, type, country, lat, lon, geo_kind) VALUES (?, ?, ?, ?, ?, ?, ?, ?)")
          .run(key, e.kb, e.name, e.type, e.country, e.geo?.lat ?? null, e.geo?.lon ?? null, e.geo?.kind ?? null).lastInsertRowid,
      );
    const names = this.db.prepare("INSERT OR IGNORE INTO entity_names (entity_id, name, folded) VALUES (?, ?, ?)");
    for (const n of new Set([e.name, ...e.aliases])) names.run(id, n, fold(n));
    return id;
  }

  /**
   * Adds a document and its analysis, all or nothing. Returns "added"; "near-duplicate" when it
   * is stored and linked to the original of which it is a lightly edited copy (duplicate_of);
   * "duplicate", storing nothing, when the same text (after normalization) is stored already.
   */
  add(record: AnalysisRecord): AddOutcome {
    const hash = textHash(record.text);
    const tx = this.db.transaction((): AddOutcome => {
      if (this.db.prepare("SELECT 1 FROM documents WHERE hash = ?").get(hash)) return "duplicate";
      const d = record.doc;
      const fingerprint = simhash(record.text);
      const original = fingerprint ? this.nearDuplicateOf(fingerprint) : null;
      const docId = Number(
        this.db
          .prepare(
            "INSERT INTO documents (doc_key, hash, source, url, outlet, lang, date, date_precision, title, text, ingested_at, simhash, duplicate_of) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
          )
          .run(d.id, hash, d.source, d.url, d.outlet, d.lang, d.date?.value ?? null, d.date?.precision ?? null, d.title, record.text, new Date().toISOString(), fingerprint, original).lastInsertRowid,
      );
      if (fingerprint) {
        const band = this.db.prepare("INSERT INTO document_bands (band, value, document_id) VALUES (?, ?, ?)");
        bands(fingerprint).forEach((value, i) => band.run(i, value, docId));
      }
      this.db.prepare("INSERT INTO documents_fts (rowid, title, text) VALUES (?, ?, ?)").run(docId, d.title ?? "", record.text);
      const ids = new Map<string, number>();
      const mention = this.db.prepare("INSERT INTO mentions (document_id, entity_id, local_id, role, start, end, text) VALUES (?, ?, ?, ?, ?, ?, ?)");
      for (const e of record.entities) {
        const id = this.entityId(e);
        ids.set(e.id, id);
        for (const m of e.mentions) mention.run(docId, id, e.id, e.role, m.start, m.end, m.text);
      }
      const ref = (local: string | null) => (local ? (ids.get(local) ?? null) : null);
      const time = this.db.prepare("INSERT INTO times (document_id, start, end, text, value, precision) VALUES (?, ?, ?, ?, ?, ?)");
      for (const t of record.times) time.run(docId, t.start, t.end, t.text, t.value, t.precision);
      const quote = this.db.prepare("INSERT INTO quotes (document_id, kind, start, end, text, speaker_id, speaker_text, cue) VALUES (?, ?, ?, ?, ?, ?, ?, ?)");
      for (const q of record.quotes) quote.run(docId, q.kind, q.start, q.end, q.text, ref(q.speaker), q.speakerText, q.cue);
      const event = this.db.prepare(
        "INSERT INTO events (document_id, type, mode, trigger_start, trigger_end, trigger_text, actor_id, target_id, place_id, date, date_precision, status, source_id, fatalities, evidence_start, evidence_end) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
      );
      for (const v of record.events)
        event.run(docId, v.type, v.mode, v.trigger.start, v.trigger.end, v.trigger.text, ref(v.actor), ref(v.target), ref(v.place), v.date?.value ?? null, v.date?.precision ?? null, v.status, ref(v.source), v.fatalities, v.evidence.start, v.evidence.end);
      const framing = this.db.prepare("INSERT INTO framing (document_id, start, end, term, category, refers_to_id, voice, neutral, occurrences) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)");
      for (const f of record.framing) framing.run(docId, f.start, f.end, f.term, f.category, ref(f.refersTo), f.voice, f.neutral, f.occurrences?.length ?? 1);
      return original === null ? "added" : "near-duplicate";
    });
    return tx.immediate();
  }

  /**
   * The stored original of a near-duplicate: among stored texts whose fingerprints are within
   * MAX_DISTANCE bits, the closest, the earliest stored on a tie; an original itself rather than
   * another copy of it.
   */
  private nearDuplicateOf(fingerprint: string): number | null {
    const byBand = bands(fingerprint);
    const candidates = this.db
      .prepare(
        `SELECT d.id, d.simhash, d.duplicate_of FROM document_bands b JOIN documents d ON d.id = b.document_id
         WHERE ${byBand.map(() => "(b.band = ? AND b.value = ?)").join(" OR ")}`,
      )
      .all(...byBand.flatMap((value, i) => [i, value])) as { id: number; simhash: string; duplicate_of: number | null }[];
    let best: { id: number; d: number } | null = null;
    for (const c of candidates) {
      const d = distance(fingerprint, c.simhash);
      const id = c.duplicate_of ?? c.id;
      if (d <= MAX_DISTANCE && (!best || d < best.d || (d === best.d && id < best.id))) best = { id, d };
    }
    return best?.id ?? null;
  }

  /** Entity ids known by a name (any spelling, case and diacritics aside). */
  entitiesNamed(name: string): number[] {
    return entitiesNamed(this.db, name);
  }

  events(filters: EventFilters = {}): EventRow[] {
    return findEvents(this.db, filters);
  }

  quotes(filters: QuoteFilters = {}): QuoteRow[] {
    return findQuotes(this.db, filters);
  }

  entity(name: string): EntityProfile[] {
    return entityProfiles(this.db, name);
  }

  /**
   * Full-text search, diacritic-insensitive and ranked, with snippets; a query that is the name
   * of a known entity also finds the documents that mention it under another name ("Alep" finds
   * "Aleppo").
   */
  search(query: string, f: SearchFilters = {}): SearchHit[] {
    const where: string[] = [];
    const params: (string | number)[] = [];
    if (f.lang) where.push("d.lang = ?") && params.push(f.lang);
    if (f.from) where.push("d.date >= ?") && params.push(f.from);
    if (f.to) where.push("substr(d.date, 1, length(?)) <= ?") && params.push(f.to, f.to);
    if (f.outlet) where.push("d.outlet = ?") && params.push(f.outlet);
    if (f.entity) {
      const ids = this.entitiesNamed(f.entity);
      where.push(`d.id IN (SELECT document_id FROM mentions WHERE entity_id IN (${ids.map(() => "?").join(",") || "NULL"}))`);
      params.push(...ids);
    }
    const filter = where.length ? ` AND ${where.join(" AND ")}` : "";
    const limit = f.limit ?? 20;
    const hits = this.db
      .prepare(
        `SELECT d.id, d.doc_key AS key, d.title, d.date, d.outlet, d.lang, snippet(documents_fts, 1, '[', ']', '…', 12) AS snippet
         FROM documents_fts JOIN documents d ON d.id = documents_fts.rowid
         WHERE documents_fts MATCH ?${filter} ORDER BY bm25(documents_fts) LIMIT ?`,
      )
      .all(ftsQuery(query), ...params, limit) as SearchHit[];
    const byEntity = this.entitiesNamed(query);
    if (byEntity.length && hits.length < limit) {
      const seen = new Set(hits.map((h) => h.id));
      const more = this.db
        .prepare(
          `SELECT DISTINCT d.id, d.doc_key AS key, d.title, d.date, d.outlet, d.lang, substr(d.text, max(1, m.start - 40), 120) AS snippet
           FROM mentions m JOIN documents d ON d.id = m.document_id
           WHERE m.entity_id IN (${byEntity.map(() => "?").join(",")})${filter} GROUP BY d.id ORDER BY d.date DESC LIMIT ?`,
        )
        .all(...byEntity, ...params, limit) as SearchHit[];
      for (const h of more) if (!seen.has(h.id) && hits.length < limit) hits.push(h);
    }
    return hits;
  }

  stats(): { documents: number; nearDuplicates: number; entities: number; mentions: number; quotes: number; events: number; framing: number; languages: Record<string, number> } {
    const count = (table: string) => (this.db.prepare(`SELECT count(*) AS n FROM ${table}`).get() as { n: number }).n;
    const languages = Object.fromEntries((this.db.prepare("SELECT lang, count(*) AS n FROM documents GROUP BY lang ORDER BY n DESC").all() as { lang: string; n: number }[]).map((r) => [r.lang, r.n]));
    const nearDuplicates = (this.db.prepare("SELECT count(*) AS n FROM documents WHERE duplicate_of IS NOT NULL").get() as { n: number }).n;
    return { documents: count("documents"), nearDuplicates, entities: count("entities"), mentions: count("mentions"), quotes: count("quotes"), events: count("events"), framing: count("framing"), languages };
  }

  /** The entities mentioned in the most documents. */
  topEntities(limit = 10): { name: string; type: string; documents: number }[] {
    return this.db
      .prepare("SELECT e.name, e.type, count(DISTINCT m.document_id) AS documents FROM mentions m JOIN entities e ON e.id = m.entity_id GROUP BY e.id ORDER BY documents DESC, e.name LIMIT ?")
      .all(limit) as { name: string; type: string; documents: number }[];
  }

  eventsByType(): { type: string; n: number }[] {
    return this.db.prepare("SELECT type, count(*) AS n FROM events GROUP BY type ORDER BY n DESC").all() as { type: string; n: number }[];
  }

  /** A few quotes with a named speaker. */
  someQuotes(limit = 5): { speaker: string; text: string }[] {
    return this.db
      .prepare("SELECT e.name AS speaker, q.text FROM quotes q JOIN entities e ON e.id = q.speaker_id WHERE q.kind = 'direct' ORDER BY length(q.text) LIMIT ?")
      .all(limit) as { speaker: string; text: string }[];
  }
}
