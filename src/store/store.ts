import { closeSync, existsSync, openSync, readSync } from "node:fs";
import Database from "better-sqlite3";
import type { EntityRecord } from "../document/document.js";
import type { AnalysisRecord } from "../record/record.js";
import { fold } from "../text/fold.js";
import { identity } from "../record/identity.js";
import { assign, join } from "../stories/assign.js";
import { storyFeatures, type StoryFeatures } from "../stories/features.js";
import { textHash } from "./hash.js";
import { SqliteStoryIndex } from "./story-index.js";
import { storedRecord } from "./stored-record.js";
import { findStories, storyComparison, type StoryFilters, type StoryRow, type StoryView } from "./story-queries.js";
import { bands, distance, MAX_DISTANCE, simhash } from "./near-duplicates.js";
import {
  entitiesNamed,
  entityProfiles,
  eventTimeline,
  findEvents,
  findQuotes,
  searchDocuments,
  type EntityProfile,
  type EventFilters,
  type EventRow,
  type QuoteFilters,
  type QuoteRow,
  type SearchFilters,
  type SearchHit,
} from "./queries.js";

export type { SearchFilters, SearchHit, StoryFilters, StoryRow, StoryView };
import { MIGRATIONS, SCHEMA_VERSION } from "./schema.js";
import { documentView, findDocuments, type DocumentFilters, type DocumentRow, type DocumentView } from "./document-queries.js";

import { StoreError } from "./errors.js";
export { StoreError };

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

/** Whether a database file's header says it is in WAL mode (bytes 18 and 19 are 2). */
function inWalMode(path: string): boolean {
  try {
    const fd = openSync(path, "r");
    try {
      const header = Buffer.alloc(20);
      readSync(fd, header, 0, 20, 0);
      return header[18] === 2 && header[19] === 2;
    } finally {
      closeSync(fd);
    }
  } catch {
    return false;
  }
}

/** Entity ids (by identity) and entity names (id|folded name) a write created. */
interface Created {
  ids: Map<string, number>;
  names: Set<string>;
}

/**
 * What the writer may be handed beside a record, computed beforehand (the hash by the reader,
 * the SimHash in a worker) to spare it: the text's hash and SimHash, and the knowledge base's
 * names of its entities (by record id).
 */
export interface AddExtras {
  hash?: string;
  simhash?: string | null;
  knownNames?: Record<string, string[]>;
  /** what the document brings to story grouping (computed here when absent) */
  storyFeatures?: StoryFeatures;
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
    if (options.readonly && !existsSync(path)) throw new StoreError(`${path}: no such database (vigie ingest creates it)`);
    try {
      this.db = new Database(path, { readonly: options.readonly ?? false, fileMustExist: options.readonly ?? false });
    } catch (err) {
      throw new StoreError(`${path}: cannot open the database (${storeProblem(err) ?? (err as Error).message})`);
    }
    try {
      this.db.pragma(`busy_timeout = ${options.busyTimeoutMs ?? 5000}`);
      // a page cache and a memory map sized for a corpus, not SQLite's 2 MB default
      this.db.pragma("cache_size = -65536");
      this.db.pragma("mmap_size = 268435456");
      if (!options.readonly) {
        this.db.pragma("journal_mode = WAL");
        this.db.pragma("synchronous = NORMAL");
        // fewer, larger checkpoints of the write-ahead log while a corpus goes in
        this.db.pragma("wal_autocheckpoint = 8000");
      }
      this.db.pragma("foreign_keys = ON");
      this.migrate(path, options.readonly ?? false);
      this.storyIndex = new SqliteStoryIndex(this.db);
    } catch (err) {
      this.db.close();
      if (err instanceof StoreError) throw err;
      if (options.readonly && inWalMode(path))
        throw new StoreError(`${path}: cannot read the database where it lies: it was left in WAL mode, which needs a writable folder even to read; close it once where it can be written (Vigie then leaves it in rollback mode) or copy it to a writable folder`);
      throw new StoreError(`${path}: cannot use the database (${storeProblem(err) ?? (err as Error).message})`);
    }
  }

  private migrate(path: string, readonly: boolean): void {
    const version = this.db.pragma("user_version", { simple: true }) as number;
    if (version > SCHEMA_VERSION) throw new StoreError(`${path}: the database is at schema version ${version}, newer than this Vigie (${SCHEMA_VERSION}); upgrade Vigie`);
    if (version === SCHEMA_VERSION) return;
    if (readonly) throw new StoreError(`${path}: the database is at schema version ${version} and needs migrating; open it writable once (vigie ingest)`);
    // another process may be migrating the same database: the version is read again under the write lock
    const apply = this.db.transaction(() => {
      const current = this.db.pragma("user_version", { simple: true }) as number;
      for (let v = current; v < SCHEMA_VERSION; v++) this.db.exec(MIGRATIONS[v]!);
      this.db.pragma(`user_version = ${SCHEMA_VERSION}`);
    });
    apply.immediate();
  }

  close(): void {
    // keeps the query planner's statistics fresh (cheap: only what changed enough is analyzed)
    if (!this.db.readonly) {
      try {
        this.db.pragma("optimize");
      } catch {
        // a full disk or a lock: statistics wait for the next run
      }
      // Left closed, the store is one self-contained file in rollback mode, so that it can be
      // queried where nothing may be written (a read-only folder or medium, where WAL's -shm
      // file cannot be made). Another connection still open keeps it in WAL mode, at once.
      try {
        this.db.pragma("busy_timeout = 0");
        this.db.pragma("journal_mode = DELETE");
      } catch {
        // another process has it open: it stays in WAL mode until the last writer closes it
      }
    }
    this.db.close();
  }

  private readonly statements = new Map<string, Database.Statement>();

  /** A prepared statement, prepared once per store. */
  private sql(text: string): Database.Statement {
    let statement = this.statements.get(text);
    if (!statement) this.statements.set(text, (statement = this.db.prepare(text)));
    return statement;
  }

  /** Whether a text is stored already. */
  has(text: string, hash = textHash(text)): boolean {
    return !!this.sql("SELECT 1 FROM documents WHERE hash = ?").get(hash);
  }

  /** Entity ids and names known to be stored, remembered to spare the writer its lookups. */
  private readonly entityIds = new Map<string, number>();
  private readonly storedNames = new Set<string>();

  /**
   * The store's id of an entity, created when new, with every name it goes by (met in the text or
   * known to the knowledge base) for lookups; what was created is noted in `fresh` until the
   * transaction commits.
   */
  private entityId(e: EntityRecord, fresh: Created, knownNames: string[]): number {
    const key = identity(e);
    let id = this.entityIds.get(key) ?? this.batch?.ids.get(key) ?? fresh.ids.get(key);
    if (id === undefined) {
      const found = this.sql("SELECT id FROM entities WHERE identity = ?").get(key) as { id: number } | undefined;
      id =
        found?.id ??
        Number(
          this.sql("INSERT INTO entities (identity, kb, name, type, country, lat, lon, geo_kind) VALUES (?, ?, ?, ?, ?, ?, ?, ?)")
            .run(key, e.kb, e.name, e.type, e.country, e.geo?.lat ?? null, e.geo?.lon ?? null, e.geo?.kind ?? null).lastInsertRowid,
        );
      fresh.ids.set(key, id);
    }
    for (const n of new Set([e.name, ...e.aliases, ...knownNames])) {
      const folded = fold(n);
      const known = `${id}|${folded}`;
      if (this.storedNames.has(known) || this.batch?.names.has(known) || fresh.names.has(known)) continue;
      this.sql("INSERT OR IGNORE INTO entity_names (entity_id, name, folded) VALUES (?, ?, ?)").run(id, n, folded);
      fresh.names.add(known);
    }
    return id;
  }

  /**
   * Adds a document and its analysis, all or nothing. Returns "added"; "near-duplicate" when it
   * is stored and linked to the original of which it is a lightly edited copy (duplicate_of);
   * "duplicate", storing nothing, when the same text (after normalization) is stored already.
   */
  add(record: AnalysisRecord, extras: AddExtras = {}): AddOutcome {
    const hash = extras.hash ?? textHash(record.text);
    const fresh: Created = { ids: new Map(), names: new Set() };
    const tx = this.db.transaction((): AddOutcome => {
      if (this.sql("SELECT 1 FROM documents WHERE hash = ?").get(hash)) return "duplicate";
      const d = record.doc;
      const fingerprint = extras.simhash !== undefined ? extras.simhash : simhash(record.text);
      const original = fingerprint ? this.nearDuplicateOf(fingerprint) : null;
      const docId = Number(
        this.sql(
            "INSERT INTO documents (doc_key, hash, source, url, outlet, lang, date, date_precision, title, text, ingested_at, simhash, duplicate_of) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
          )
          .run(d.id, hash, d.source, d.url, d.outlet, d.lang, d.date?.value ?? null, d.date?.precision ?? null, d.title, record.text, new Date().toISOString(), fingerprint, original).lastInsertRowid,
      );
      if (fingerprint) {
        const band = this.sql("INSERT INTO document_bands (band, value, document_id, simhash, original_id) VALUES (?, ?, ?, ?, ?)");
        bands(fingerprint).forEach((value, i) => band.run(i, value, docId, fingerprint, original));
      }
      this.sql("INSERT INTO documents_fts (rowid, title, text) VALUES (?, ?, ?)").run(docId, d.title ?? "", record.text);
      const ids = new Map<string, number>();
      const mention = this.sql("INSERT INTO mentions (document_id, entity_id, local_id, role, start, end, text) VALUES (?, ?, ?, ?, ?, ?, ?)");
      for (const e of record.entities) {
        const id = this.entityId(e, fresh, extras.knownNames?.[e.id] ?? []);
        ids.set(e.id, id);
        for (const m of e.mentions) mention.run(docId, id, e.id, e.role, m.start, m.end, m.text);
      }
      const ref = (local: string | null) => (local ? (ids.get(local) ?? null) : null);
      const time = this.sql("INSERT INTO times (document_id, start, end, text, value, precision) VALUES (?, ?, ?, ?, ?, ?)");
      for (const t of record.times) time.run(docId, t.start, t.end, t.text, t.value, t.precision);
      const quote = this.sql("INSERT INTO quotes (document_id, kind, start, end, text, speaker_id, speaker_text, cue) VALUES (?, ?, ?, ?, ?, ?, ?, ?)");
      for (const q of record.quotes) quote.run(docId, q.kind, q.start, q.end, q.text, ref(q.speaker), q.speakerText, q.cue);
      const event = this.sql(
        "INSERT INTO events (document_id, type, mode, trigger_start, trigger_end, trigger_text, actor_id, target_id, place_id, date, date_precision, status, source_id, fatalities, evidence_start, evidence_end, sort_date) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
      );
      const eventCountry = this.sql("INSERT OR IGNORE INTO event_countries (country, sort_date, event_id, type) VALUES (?, ?, ?, ?)");
      const countryOf = new Map(record.entities.map((e) => [e.id, e.country]));
      for (const v of record.events) {
        const sortDate = v.date?.value ?? d.date?.value ?? null;
        const eventId = event.run(docId, v.type, v.mode, v.trigger.start, v.trigger.end, v.trigger.text, ref(v.actor), ref(v.target), ref(v.place), v.date?.value ?? null, v.date?.precision ?? null, v.status, ref(v.source), v.fatalities, v.evidence.start, v.evidence.end, sortDate).lastInsertRowid;
        for (const party of [v.actor, v.target, v.place]) {
          const country = party ? countryOf.get(party) : null;
          if (country) eventCountry.run(country, sortDate, eventId, v.type);
        }
      }
      const framing = this.sql("INSERT INTO framing (document_id, start, end, term, category, refers_to_id, voice, neutral, occurrences, spans) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)");
      for (const f of record.framing) {
        const spans = (f.occurrences?.length ? f.occurrences : [f]).map((o) => [o.start, o.end]);
        framing.run(docId, f.start, f.end, f.term, f.category, ref(f.refersTo), f.voice, f.neutral, spans.length, JSON.stringify(spans));
      }
      this.group(docId, extras.storyFeatures ?? storyFeatures(record), original);
      return original === null ? "added" : "near-duplicate";
    });
    let outcome: AddOutcome;
    try {
      outcome = tx.immediate();
    } catch (err) {
      // the stories read or grown in memory may hold what was rolled back
      this.storyIndex.forget();
      throw err;
    }
    // within a batch, what was created is stored for good only once the batch commits
    this.remember(fresh, this.batch ?? { ids: this.entityIds, names: this.storedNames });
    return outcome;
  }

  private remember(from: Created, to: Created): void {
    for (const [key, id] of from.ids) to.ids.set(key, id);
    for (const name of from.names) to.names.add(name);
  }

  /** Entities and names created by the open batch, not yet committed. */
  private batch: Created | null = null;

  /**
   * Opens a write transaction that the following adds join (each as a savepoint: a failed add
   * leaves the others), until commitBatch: one commit for many documents spares the disk. An
   * interrupted batch is lost whole, and a run again adds its documents again.
   */
  get inBatch(): boolean {
    return this.batch !== null;
  }

  beginBatch(): void {
    if (this.batch) return;
    this.db.exec("BEGIN IMMEDIATE");
    this.batch = { ids: new Map(), names: new Set() };
  }

  commitBatch(): void {
    if (!this.batch) return;
    this.db.exec("COMMIT");
    this.remember(this.batch, { ids: this.entityIds, names: this.storedNames });
    this.batch = null;
  }

  rollbackBatch(): void {
    this.storyIndex.forget();
    if (!this.batch) return;
    if (this.db.inTransaction) this.db.exec("ROLLBACK");
    this.batch = null;
  }

  /**
   * The stored original of a near-duplicate: among stored texts whose fingerprints are within
   * MAX_DISTANCE bits, the closest, the earliest stored on a tie; an original itself rather than
   * another copy of it.
   */
  private nearDuplicateOf(fingerprint: string): number | null {
    const byBand = bands(fingerprint);
    const candidates = this.sql(
        `SELECT b.document_id AS id, b.simhash, b.original_id AS duplicate_of FROM document_bands b
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

  private readonly storyIndex: SqliteStoryIndex;
  /** documents grouped into stories by this store object, and the time it took (for the benchmark) */
  readonly grouping = { documents: 0, ms: 0 };

  /** Puts a stored document in a story: its original's for a near-duplicate, else the one it fits (see src/stories/). */
  private group(docId: number, features: StoryFeatures, original: number | null): void {
    const started = performance.now();
    this.storyIndex.checkOthers();
    const originalStory = original === null ? null : (this.sql("SELECT story_id FROM documents WHERE id = ?").get(original) as { story_id: number | null } | undefined)?.story_id;
    const a = originalStory ? join(this.storyIndex, this.storyIndex.state(originalStory), features) : assign(this.storyIndex, features);
    this.sql("UPDATE documents SET story_id = ?, story_score = ?, story_features = ? WHERE id = ?").run(a.story, a.score, JSON.stringify(features), docId);
    this.sql("UPDATE stories SET outlets = (SELECT count(DISTINCT coalesce(outlet, doc_key)) FROM documents WHERE story_id = ?) WHERE id = ?").run(a.story, a.story);
    this.grouping.documents++;
    this.grouping.ms += performance.now() - started;
  }

  /**
   * Groups every stored document into stories anew, in the order they were stored: the same
   * stories as grouping them one by one as they came. Returns the number of stories.
   */
  rebuildStories(): number {
    const rebuild = this.db.transaction(() => {
      this.storyIndex.forget();
      this.db.exec("DELETE FROM story_keys; DELETE FROM stories; DELETE FROM story_frequencies; UPDATE documents SET story_id = NULL, story_score = NULL;");
      const rows = this.db.prepare("SELECT id, duplicate_of, story_features FROM documents ORDER BY id").all() as { id: number; duplicate_of: number | null; story_features: string | null }[];
      for (const r of rows) {
        const features = r.story_features ? (JSON.parse(r.story_features) as StoryFeatures) : storyFeatures(storedRecord(this.db, r.id));
        this.group(r.id, features, r.duplicate_of);
      }
      return this.storyCount();
    });
    try {
      return rebuild.immediate();
    } finally {
      this.storyIndex.forget();
    }
  }

  stories(filters: StoryFilters = {}): StoryRow[] {
    return findStories(this.db, filters);
  }

  /** One story with its documents, timeline and per-outlet comparison; null when there is no such story. */
  story(id: number): StoryView | null {
    return storyComparison(this.db, id);
  }

  /** Entity ids known by a name (any spelling, case and diacritics aside). */
  entitiesNamed(name: string): number[] {
    return entitiesNamed(this.db, name);
  }

  events(filters: EventFilters = {}): EventRow[] {
    return findEvents(this.db, filters);
  }

  /** How many events match the filters, by day and type. */
  eventTimeline(filters: EventFilters = {}): { day: string; type: string; n: number }[] {
    return eventTimeline(this.db, filters);
  }

  documents(filters: DocumentFilters = {}): DocumentRow[] {
    return findDocuments(this.db, filters);
  }

  /** One document with its whole stored analysis, each item at its span; null when there is no such document. */
  document(id: number): DocumentView | null {
    return documentView(this.db, id);
  }

  storyCount(): number {
    return (this.db.prepare("SELECT count(*) AS n FROM stories").get() as { n: number }).n;
  }

  /** A number that changes whenever another connection writes to the store (PRAGMA data_version). */
  dataVersion(): number {
    return this.db.pragma("data_version", { simple: true }) as number;
  }

  /** The countries of events (of their actor, target or place), the most frequent first. */
  eventCountries(limit = 250): { country: string; events: number }[] {
    return this.db.prepare("SELECT country, count(DISTINCT event_id) AS events FROM event_countries GROUP BY country ORDER BY events DESC, country LIMIT ?").all(limit) as { country: string; events: number }[];
  }

  /** The outlets of the stored documents, the most prolific first. */
  outlets(limit = 200): { outlet: string; documents: number }[] {
    return this.db.prepare("SELECT outlet, count(*) AS documents FROM documents WHERE outlet IS NOT NULL GROUP BY outlet ORDER BY documents DESC, outlet LIMIT ?").all(limit) as { outlet: string; documents: number }[];
  }

  quotes(filters: QuoteFilters = {}): QuoteRow[] {
    return findQuotes(this.db, filters);
  }

  entity(name: string): EntityProfile[] {
    return entityProfiles(this.db, name);
  }

  /** Full-text search (see searchDocuments). */
  search(query: string, filters: SearchFilters = {}): SearchHit[] {
    return searchDocuments(this.db, query, filters);
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
