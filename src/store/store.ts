import type { EntityRecord } from "../document/document.js";
import type { AnalysisRecord } from "../record/record.js";
import { fold } from "../text/fold.js";
import { identity } from "../record/identity.js";
import { assign, join, type Assignment } from "../stories/assign.js";
import { storyFeatures, type StoryFeatures } from "../stories/features.js";
import { textHash } from "./hash.js";
import { StoredStoryIndex } from "./story-index.js";
import { storedRecord } from "./stored-record.js";
import { findStories, storyComparison, type StoryFilters, type StoryRow, type StoryView } from "./story-queries.js";
import { bands, distance, MAX_DISTANCE, simhash } from "./near-duplicates.js";
import {
  entitiesNamed,
  entityProfiles,
  eventTimeline,
  findEvents,
  findQuotes,
  type EntityProfile,
  type EventFilters,
  type EventRow,
  type QuoteFilters,
  type QuoteRow,
} from "./queries.js";
import { searchDocuments, type SearchFilters, type SearchHit } from "./search.js";
import { documentView, findDocuments, type DocumentFilters, type DocumentRow, type DocumentView } from "./document-queries.js";
import { insertRows, marks, type Connection, type Param, type Sql } from "./sql.js";
import { SqliteConnection, sqliteProblem } from "./sqlite/connection.js";
import { isPostgresUrl, PostgresConnection, postgresProblem } from "./postgres/connection.js";
import { PLAIN_CONFIG, TEXT_CONFIGS } from "./postgres/schema.js";
import { StoreError } from "./errors.js";

export { StoreError };
export type { SearchFilters, SearchHit, StoryFilters, StoryRow, StoryView };

/** The database's own trouble in words, or null for an error that is not one (a bug, a bad record). */
export function storeProblem(err: unknown): string | null {
  const code = (err as { code?: unknown } | null)?.code;
  if (typeof code !== "string") return null;
  return code.startsWith("SQLITE_") ? sqliteProblem(code) : postgresProblem(code);
}

export type AddOutcome = "added" | "near-duplicate" | "duplicate";

export interface OpenOptions {
  readonly?: boolean;
  /** SQLite: how long to wait for another writer's lock */
  busyTimeoutMs?: number;
  /** PostgreSQL: connections in the pool */
  connections?: number;
}

/** Entity ids (by identity) and entity names (id|folded name) a write created. */
interface Created {
  ids: Map<string, number>;
  names: Set<string>;
  /**
   * SQLite, in a batch: the full-text index's rows of the documents written, inserted together
   * when the batch commits. FTS5 writes out what it holds at every savepoint's release: indexed
   * one by one, each document's savepoint cost 0.1 ms and left a segment of its own to merge.
   */
  searchRows: Param[][];
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

/** At most this much of a text is indexed for search in PostgreSQL (a tsvector holds 1 MB). */
const POSTGRES_INDEXED_CHARS = 300_000;
/** The lock under which writers look for near-duplicates and group documents, one at a time. */
const GROUPING_LOCK = "SELECT pg_advisory_xact_lock(hashtext('vigie.stories')) AS locked";
const TRY_GROUPING_LOCK = "SELECT pg_try_advisory_xact_lock(hashtext('vigie.stories')) AS locked";
/** At most this many documents are grouped by a writer after each of its own (see groupPending). */
const PENDING_PER_ADD = 16;
/** A document just written, with what grouping needs of it. */
interface Written {
  id: number;
  fingerprint: string | null;
  features: StoryFeatures;
}

/** Where a document goes before its row is written: the original it copies, if any, and its story. */
interface Placement {
  fingerprint: string | null;
  features: StoryFeatures;
  original: number | null;
  assignment: Assignment;
}

/** The text was stored by another writer between the check and the insert. */
class StoredMeanwhile extends Error {}

/** What a document brings to its row and its grouping, computed once before its write (and its retries). */
interface Prepared {
  hash: string;
  fingerprint: string | null;
  features: StoryFeatures;
}

/** Whether a text of this hash is stored. */
async function hashStored(sql: Sql, hash: string): Promise<boolean> {
  return !!(await sql.get("SELECT 1 AS x FROM documents WHERE hash = ?", [hash]));
}
/** PostgreSQL's codes for a deadlock and a serialization failure: the write is tried again. */
const RETRIED = new Set(["40P01", "40001"]);

/**
 * The corpus store: a SQLite file (the embedded default) or a PostgreSQL database (`--db
 * postgres://…`), with the same schema and the same answers. A document and its whole analysis
 * are written in one transaction, keyed by the hash of the normalized text: an ingest killed at
 * any moment and run again ends as an uninterrupted one would, and two writers given the same
 * text store it once.
 */
export class Store {
  private constructor(private readonly conn: Connection) {}

  /** Opens (and creates or migrates) the store at a file path or a postgres:// URL. */
  static async open(db: string, options: OpenOptions = {}): Promise<Store> {
    const conn = isPostgresUrl(db) ? await PostgresConnection.open(db, options) : new SqliteConnection(db, options);
    return new Store(conn);
  }

  /** where the store is, for messages (a file, or a URL without its password) */
  get path(): string {
    return this.conn.location;
  }

  get dialect(): Sql["dialect"] {
    return this.conn.dialect;
  }

  /** The database underneath, for tests and maintenance tools that need plain SQL. */
  get sql(): Sql {
    return this.conn;
  }

  /** The SQLite connection underneath, for tests and tools that need it (null for PostgreSQL). */
  get sqlite(): SqliteConnection | null {
    return this.conn instanceof SqliteConnection ? this.conn : null;
  }

  /** Closes the store, after grouping what this or another writer left ungrouped. */
  async close(): Promise<void> {
    try {
      if (!this.conn.inBatch) await this.groupPending(true);
    } finally {
      await this.conn.close();
    }
  }

  /** Whether a text is stored already. */
  async has(text: string, hash = textHash(text)): Promise<boolean> {
    return hashStored(this.conn, hash);
  }

  /** Entity ids and names known to be stored, remembered to spare the writer its lookups. */
  private readonly entityIds = new Map<string, number>();
  private readonly storedNames = new Set<string>();

  /** The id of a stored or a created entity, as this writer knows it. */
  private knownId(key: string, fresh: Created): number | undefined {
    return this.entityIds.get(key) ?? this.batch?.ids.get(key) ?? fresh.ids.get(key);
  }

  /**
   * The store's ids of a record's entities (by record id), created when new, with every name
   * each goes by (met in the text or known to the knowledge base) for lookups; what was created
   * is noted in `fresh` until the transaction commits. Rows are written in identity order, so
   * that two writers never wait on each other's new entities in opposite orders.
   */
  private async entityIdsOf(tx: Sql, entities: EntityRecord[], fresh: Created, knownNames: Record<string, string[]>): Promise<Map<string, number>> {
    const keyOf = new Map(entities.map((e) => [e.id, identity(e)]));
    const byKey = new Map(entities.map((e) => [keyOf.get(e.id)!, e]));
    const missing = [...byKey.keys()].filter((k) => this.knownId(k, fresh) === undefined).sort();
    for (let i = 0; i < missing.length; i += 400) {
      const chunk = missing.slice(i, i + 400);
      const rows: Param[][] = chunk.map((k) => {
        const e = byKey.get(k)!;
        return [k, e.kb, e.name, e.type, e.country, e.geo?.lat ?? null, e.geo?.lon ?? null, e.geo?.kind ?? null];
      });
      const created = await tx.all<{ id: number; identity: string }>(
        `INSERT INTO entities (identity, kb, name, type, country, lat, lon, geo_kind) VALUES ${rows.map(() => `(${marks(8)})`).join(", ")} ON CONFLICT (identity) DO NOTHING RETURNING id, identity`,
        rows.flat(),
      );
      for (const r of created) fresh.ids.set(r.identity, r.id);
      const others = chunk.filter((k) => !fresh.ids.has(k));
      if (others.length) for (const r of await tx.all<{ id: number; identity: string }>(`SELECT id, identity FROM entities WHERE identity IN (${marks(others.length)})`, others)) fresh.ids.set(r.identity, r.id);
    }
    const ids = new Map(entities.map((e) => [e.id, this.knownId(keyOf.get(e.id)!, fresh)!]));
    const names: [number, string, string][] = [];
    for (const e of entities) {
      const id = ids.get(e.id)!;
      for (const n of new Set([e.name, ...e.aliases, ...(knownNames[e.id] ?? [])])) {
        const folded = fold(n);
        const known = `${id}|${folded}`;
        if (this.storedNames.has(known) || this.batch?.names.has(known) || fresh.names.has(known)) continue;
        names.push([id, n, folded]);
        fresh.names.add(known);
      }
    }
    names.sort((a, b) => a[0] - b[0] || (a[2] < b[2] ? -1 : a[2] > b[2] ? 1 : 0));
    await insertRows(tx, "entity_names", ["entity_id", "name", "folded"], names, "ON CONFLICT DO NOTHING");
    return ids;
  }

  /**
   * Adds a document and its analysis, all or nothing. Returns "added"; "near-duplicate" when it
   * is stored and linked to the original of which it is a lightly edited copy (duplicate_of);
   * "duplicate", storing nothing, when the same text (after normalization) is stored already.
   *
   * The document joins a story in the same transaction, except in PostgreSQL outside a batch,
   * where many writers may work at once: there the document is committed first, then grouped
   * with whatever else awaits grouping by whichever writer holds the grouping lock (this one,
   * if it can take it at once; see groupPending). Such a document counts as "added" here even
   * if it turns out a near-duplicate.
   */
  async add(record: AnalysisRecord, extras: AddExtras = {}): Promise<AddOutcome> {
    const deferred = this.conn.dialect === "postgres" && !this.conn.inBatch;
    const prepared: Prepared = {
      hash: extras.hash ?? textHash(record.text),
      fingerprint: extras.simhash !== undefined ? extras.simhash : simhash(record.text),
      features: extras.storyFeatures ?? storyFeatures(record),
    };
    for (let attempt = 1; ; attempt++) {
      const fresh: Created = { ids: new Map(), names: new Set(), searchRows: [] };
      try {
        const stored = await this.conn.transaction(async (tx): Promise<AddOutcome | number> => {
          if (deferred) return (await this.write(tx, record, prepared, extras.knownNames ?? {}, fresh, null))?.id ?? "duplicate";
          // grouped before its row is written (the row is written with its story): a stored text is not grouped again
          if (await hashStored(tx, prepared.hash)) return "duplicate";
          const placed = await this.place(tx, prepared.fingerprint, prepared.features);
          const written = await this.write(tx, record, prepared, extras.knownNames ?? {}, fresh, placed);
          // (another writer stored the same text since the check, in PostgreSQL: what was grouped is rolled back)
          if (written === null) throw new StoredMeanwhile();
          await this.placed(tx, written, placed);
          return placed.original !== null ? "near-duplicate" : "added";
        });
        // within a batch, what was created is stored for good only once the batch commits
        this.remember(fresh, this.batch);
        this.storyIndex.accept();
        if (typeof stored !== "number") return stored;
        return (await this.groupPending(false)).has(stored) ? "near-duplicate" : "added";
      } catch (err) {
        // the stories read or grown in memory may hold what was rolled back (the batch's other documents stay)
        this.storyIndex.forget(false);
        if (err instanceof StoredMeanwhile) return "duplicate";
        const code = (err as { code?: string }).code;
        if (code && RETRIED.has(code) && attempt < 5 && !this.conn.inBatch) continue;
        throw err;
      }
    }
  }

  /**
   * Groups the documents stored but not yet in a story (PostgreSQL writers outside a batch leave
   * them so), in the order they were stored, under the grouping lock: all of them, waiting for
   * the lock, when `wait`; else at most PENDING_PER_ADD, and only if no other writer holds the
   * lock (that one groups them), so that no writer is kept grouping the others' documents for
   * long. Returns the ids of those found to be near-duplicates.
   */
  async groupPending(wait: boolean): Promise<Set<number>> {
    const near = new Set<number>();
    if (this.conn.dialect !== "postgres" || this.conn.readonly) return near;
    try {
      await this.conn.transaction(async (tx) => {
        if (wait) await tx.get(GROUPING_LOCK);
        else if (!(await tx.get<{ locked: boolean }>(TRY_GROUPING_LOCK))?.locked) return;
        const chunk = wait ? 100 : PENDING_PER_ADD;
        for (;;) {
          const pending = await tx.all<{ id: number; simhash: string | null; story_features: string }>(
            "SELECT id, simhash, story_features FROM documents WHERE story_id IS NULL ORDER BY id LIMIT ?",
            [chunk],
          );
          for (const d of pending) if (await this.groupOne(tx, { id: d.id, fingerprint: d.simhash, features: JSON.parse(d.story_features) as StoryFeatures })) near.add(d.id);
          if (!wait || pending.length < chunk) return;
        }
      });
    } catch (err) {
      this.storyIndex.forget();
      throw err;
    }
    return near;
  }

  /**
   * Writes a document and its analysis, in the story it was `placed` in (none yet when null);
   * null when the same text (after normalization) is stored already.
   */
  private async write(tx: Sql, record: AnalysisRecord, p: Prepared, knownNames: Record<string, string[]>, fresh: Created, placed: Placement | null): Promise<Written | null> {
    const d = record.doc;
    const { fingerprint, features } = p;
    const story = placed ? [placed.assignment.story, placed.assignment.score, placed.original] : [null, null, null];
    const values = [d.id, p.hash, d.source, d.url, d.outlet, d.lang, d.date?.value ?? null, d.date?.precision ?? null, d.title, record.text, new Date().toISOString(), fingerprint, JSON.stringify(features), ...story];
    const docId = await this.insertDocument(tx, values, fresh);
    if (docId === null) return null;
    const ids = await this.entityIdsOf(tx, record.entities, fresh, knownNames);
    const ref = (local: string | null) => (local ? (ids.get(local) ?? null) : null);
    await insertRows(tx, "mentions", ["document_id", "entity_id", "local_id", "role", "start", "stop", "text"], record.entities.flatMap((e) => e.mentions.map((m) => [docId, ids.get(e.id)!, e.id, e.role, m.start, m.end, m.text])));
    await insertRows(tx, "times", ["document_id", "start", "stop", "text", "value", "precision"], record.times.map((t) => [docId, t.start, t.end, t.text, t.value, t.precision]));
    await insertRows(tx, "quotes", ["document_id", "kind", "start", "stop", "text", "speaker_id", "speaker_text", "cue"], record.quotes.map((q) => [docId, q.kind, q.start, q.end, q.text, ref(q.speaker), q.speakerText, q.cue]));
    await insertRows(
      tx,
      "events",
      ["document_id", "type", "mode", "trigger_start", "trigger_end", "trigger_text", "actor_id", "target_id", "place_id", "date", "date_precision", "status", "source_id", "fatalities", "evidence_start", "evidence_end", "sort_date"],
      record.events.map((v) => [docId, v.type, v.mode, v.trigger.start, v.trigger.end, v.trigger.text, ref(v.actor), ref(v.target), ref(v.place), v.date?.value ?? null, v.date?.precision ?? null, v.status, ref(v.source), v.fatalities, v.evidence.start, v.evidence.end, v.date?.value ?? d.date?.value ?? null]),
    );
    if (record.events.length) await this.insertEventCountries(tx, record, docId);
    await insertRows(
      tx,
      "framing",
      ["document_id", "start", "stop", "term", "category", "refers_to_id", "voice", "neutral", "occurrences", "spans"],
      record.framing.map((f) => {
        const spans = (f.occurrences?.length ? f.occurrences : [f]).map((o) => [o.start, o.end]);
        return [docId, f.start, f.end, f.term, f.category, ref(f.refersTo), f.voice, f.neutral, spans.length, JSON.stringify(spans)];
      }),
    );
    return { id: docId, fingerprint, features };
  }

  /**
   * Indexes a document's events by the countries of their actor, target and place (the
   * countries the analysis gives them), for the events of a country walked in date order.
   */
  private async insertEventCountries(tx: Sql, record: AnalysisRecord, docId: number): Promise<void> {
    const country = new Map(record.entities.map((e) => [e.id, e.country]));
    const ids = await tx.all<{ id: number }>("SELECT id FROM events WHERE document_id = ? ORDER BY id", [docId]);
    const rows = new Map<string, Param[]>();
    record.events.forEach((v, i) => {
      const sortDate = v.date?.value ?? record.doc.date?.value ?? null;
      if (sortDate === null) return;
      for (const local of [v.actor, v.target, v.place]) {
        const c = local ? country.get(local) : null;
        if (c) rows.set(`${c} ${ids[i]!.id}`, [c, sortDate, ids[i]!.id, v.type]);
      }
    });
    await insertRows(tx, "event_countries", ["country", "sort_date", "event_id", "type"], [...rows.values()], "ON CONFLICT DO NOTHING");
  }

  /**
   * What depends on the documents stored before, one document at a time across all writers (in
   * PostgreSQL, under a lock held to the commit): the original a document is a near-duplicate
   * of, and its story. Placed before its row is written.
   */
  private async place(tx: Sql, fingerprint: string | null, features: StoryFeatures): Promise<Placement> {
    if (tx.dialect === "postgres") await tx.get(GROUPING_LOCK);
    const original = fingerprint ? await this.nearDuplicateOf(tx, fingerprint) : null;
    return { fingerprint, features, original, assignment: await this.assignStory(tx, features, original) };
  }

  /** What a placed document's row brings once it is written: its fingerprint's bands, its story's outlets. */
  private async placed(tx: Sql, d: Written, p: Placement): Promise<void> {
    if (d.fingerprint) await insertRows(tx, "document_bands", ["band", "value", "document_id", "simhash", "original_id"], bands(d.fingerprint).map((value, i) => [i, value, d.id, d.fingerprint, p.original]));
    await this.countOutlets(tx, p.assignment.story);
  }

  /** Groups a document stored without a story (a deferred PostgreSQL write). Returns whether it is a near-duplicate. */
  private async groupOne(tx: Sql, d: Written): Promise<boolean> {
    const p = await this.place(tx, d.fingerprint, d.features);
    await this.setStory(tx, d.id, p.assignment, p.original);
    await this.placed(tx, d, p);
    return p.original !== null;
  }

  /**
   * Stores a document's row with its full-text index entry (in a SQLite batch, left in `fresh`
   * for the batch's commit); returns its id, or null when the same text is stored already (its
   * hash is unique).
   */
  private async insertDocument(tx: Sql, values: Param[], fresh: Created): Promise<number | null> {
    const columns = "doc_key, hash, source, url, outlet, lang, date, date_precision, title, text, ingested_at, simhash, story_features, story_id, story_score, duplicate_of";
    if (tx.dialect === "postgres") {
      // the tsvector made from the row's own values, under the document's language configuration
      const config = TEXT_CONFIGS[values[5] as string] ?? PLAIN_CONFIG;
      const row = await tx.get<{ id: number }>(
        `INSERT INTO documents (${columns}, tsv) SELECT v.*, to_tsvector(CAST(? AS regconfig), left(coalesce(v.title, '') || ' ' || v.text, ${POSTGRES_INDEXED_CHARS}))
         FROM (VALUES (${marks(values.length - 3)}, CAST(? AS BIGINT), CAST(? AS DOUBLE PRECISION), CAST(? AS BIGINT))) AS v(${columns}) ON CONFLICT (hash) DO NOTHING RETURNING id`,
        [config, ...values],
      );
      return row?.id ?? null;
    }
    const row = await tx.get<{ id: number }>(`INSERT INTO documents (${columns}) VALUES (${marks(values.length)}) ON CONFLICT (hash) DO NOTHING RETURNING id`, values);
    if (!row) return null;
    const search = [row.id, values[8] ?? "", values[9] ?? ""];
    if (this.batch) fresh.searchRows.push(search);
    else await tx.run("INSERT INTO documents_fts (rowid, title, text) VALUES (?, ?, ?)", search);
    return row.id;
  }

  /** Keeps what a document or a batch created: in the open batch, else as committed (a batch's search rows are written already). */
  private remember(from: Created, batch: Created | null): void {
    const ids = batch?.ids ?? this.entityIds;
    const names = batch?.names ?? this.storedNames;
    for (const [key, id] of from.ids) ids.set(key, id);
    for (const name of from.names) names.add(name);
    if (batch) for (const row of from.searchRows) batch.searchRows.push(row);
  }

  /** Entities and names created by the open batch, not yet committed. */
  private batch: Created | null = null;
  /** The stories the open batch's documents joined (see countOutlets). */
  private readonly batchStories = new Set<number>();

  /**
   * Opens a write transaction that the following adds join (each as a savepoint: a failed add
   * leaves the others), until commitBatch: one commit for many documents spares the disk. An
   * interrupted batch is lost whole, and a run again adds its documents again.
   */
  get inBatch(): boolean {
    return this.batch !== null;
  }

  async beginBatch(): Promise<void> {
    if (this.batch) return;
    await this.conn.beginBatch();
    this.batch = { ids: new Map(), names: new Set(), searchRows: [] };
  }

  async commitBatch(): Promise<void> {
    const batch = this.batch;
    if (!batch) return;
    // the story feature counts of the batch's documents, written once, and their full-text index
    await this.conn.transaction(async (tx) => {
      await this.storyIndex.flush(tx);
      if (batch.searchRows.length) await insertRows(tx, "documents_fts", ["rowid", "title", "text"], batch.searchRows);
      for (const story of this.batchStories) await this.recountOutlets(tx, story);
    });
    await this.conn.endBatch(true);
    this.batchStories.clear();
    this.remember(batch, null);
    this.batch = null;
  }

  async rollbackBatch(): Promise<void> {
    this.storyIndex.forget();
    this.batchStories.clear();
    if (!this.batch) return;
    this.batch = null;
    await this.conn.endBatch(false);
  }

  /**
   * The stored original of a near-duplicate: among stored texts whose fingerprints are within
   * MAX_DISTANCE bits, the closest, the earliest stored on a tie; an original itself rather than
   * another copy of it.
   */
  private async nearDuplicateOf(tx: Sql, fingerprint: string): Promise<number | null> {
    const byBand = bands(fingerprint);
    const candidates = await tx.all<{ id: number; simhash: string; duplicate_of: number | null }>(
      `SELECT b.document_id AS id, b.simhash, b.original_id AS duplicate_of FROM document_bands b
       WHERE ${byBand.map(() => "(b.band = ? AND b.value = ?)").join(" OR ")}`,
      byBand.flatMap((value, i) => [i, value]),
    );
    let best: { id: number; d: number } | null = null;
    for (const c of candidates) {
      const d = distance(fingerprint, c.simhash);
      const id = c.duplicate_of ?? c.id;
      if (d <= MAX_DISTANCE && (!best || d < best.d || (d === best.d && id < best.id))) best = { id, d };
    }
    return best?.id ?? null;
  }

  private readonly storyIndex = new StoredStoryIndex();
  /** documents grouped into stories by this store object, and the time it took (for the benchmark) */
  readonly grouping = { documents: 0, ms: 0 };

  /**
   * Puts a stored document in a story again (a rebuild, under the grouping lock it holds): its
   * original's for a near-duplicate, else the one it fits (see src/stories/), each document seeing
   * the stories the previous ones left.
   */
  private async group(tx: Sql, docId: number, features: StoryFeatures, original: number | null): Promise<void> {
    const a = await this.assignStory(tx, features, original);
    await this.setStory(tx, docId, a, original);
    await this.countOutlets(tx, a.story);
  }

  private async setStory(tx: Sql, docId: number, a: Assignment, original: number | null): Promise<void> {
    await tx.run("UPDATE documents SET story_id = ?, story_score = ?, duplicate_of = ? WHERE id = ?", [a.story, a.score, original, docId]);
  }

  /** The story a document joins: its original's for a near-duplicate, else the one it fits (see src/stories/); timed for the benchmark. */
  private async assignStory(tx: Sql, features: StoryFeatures, original: number | null): Promise<Assignment> {
    const started = performance.now();
    await this.storyIndex.begin(tx, features, this.conn.inBatch);
    const originalStory = original === null ? null : (await tx.get<{ story_id: number | null }>("SELECT story_id FROM documents WHERE id = ?", [original]))?.story_id;
    const a = originalStory ? await join(this.storyIndex, await this.storyIndex.state(originalStory), features) : await assign(this.storyIndex, features);
    this.grouping.documents++;
    this.grouping.ms += performance.now() - started;
    return a;
  }

  /**
   * Counts the outlets of a story anew; in a batch, once at its commit for every story its
   * documents joined (counted at each document, a large story's rows were read again each time).
   */
  private async countOutlets(tx: Sql, story: number): Promise<void> {
    if (this.batch) this.batchStories.add(story);
    else await this.recountOutlets(tx, story);
  }

  private async recountOutlets(tx: Sql, story: number): Promise<void> {
    await tx.run("UPDATE stories SET outlets = (SELECT count(DISTINCT coalesce(outlet, doc_key)) FROM documents WHERE story_id = ?) WHERE id = ?", [story, story]);
  }

  /**
   * Groups every stored document into stories anew, in the order they were stored: the same
   * stories as grouping them one by one as they came. Returns the number of stories.
   */
  async rebuildStories(): Promise<number> {
    this.storyIndex.forget();
    try {
      return await this.conn.transaction(async (tx) => {
        if (tx.dialect === "postgres") await tx.get(GROUPING_LOCK);
        for (const table of ["story_keys", "story_frequencies"]) await tx.run(`DELETE FROM ${table}`);
        await tx.run("UPDATE documents SET story_id = NULL, story_score = NULL");
        await tx.run("DELETE FROM stories");
        const rows = await tx.all<{ id: number; duplicate_of: number | null; story_features: string | null }>("SELECT id, duplicate_of, story_features FROM documents ORDER BY id");
        for (const r of rows) {
          const features = r.story_features ? (JSON.parse(r.story_features) as StoryFeatures) : storyFeatures(await storedRecord(tx, r.id));
          await this.group(tx, r.id, features, r.duplicate_of);
        }
        return (await tx.get<{ n: number }>("SELECT count(*) AS n FROM stories"))!.n;
      });
    } finally {
      this.storyIndex.forget();
    }
  }

  stories(filters: StoryFilters = {}): Promise<StoryRow[]> {
    return findStories(this.conn, filters);
  }

  /** One story with its documents, timeline and per-outlet comparison; null when there is no such story. */
  story(id: number): Promise<StoryView | null> {
    return storyComparison(this.conn, id);
  }

  /** Entity ids known by a name (any spelling, case and diacritics aside). */
  entitiesNamed(name: string): Promise<number[]> {
    return entitiesNamed(this.conn, name);
  }

  events(filters: EventFilters = {}): Promise<EventRow[]> {
    return findEvents(this.conn, filters);
  }

  /** How many events match the filters, by day and type. */
  eventTimeline(filters: EventFilters = {}): Promise<{ day: string; type: string; n: number }[]> {
    return eventTimeline(this.conn, filters);
  }

  documents(filters: DocumentFilters = {}): Promise<DocumentRow[]> {
    return findDocuments(this.conn, filters);
  }

  /** One document with its whole stored analysis, each item at its span; null when there is no such document. */
  document(id: number): Promise<DocumentView | null> {
    return documentView(this.conn, id);
  }

  async storyCount(): Promise<number> {
    return (await this.conn.get<{ n: number }>("SELECT count(*) AS n FROM stories"))!.n;
  }

  /**
   * A number that changes whenever the store is written to, by this or another connection
   * (SQLite's data_version; in PostgreSQL, the newest document, story and grouping count).
   */
  async dataVersion(): Promise<string> {
    const sqlite = this.sqlite;
    if (sqlite) return String(sqlite.db.pragma("data_version", { simple: true }));
    const v = await this.conn.get<{ d: number | null; s: number | null; g: number | null }>(
      "SELECT (SELECT max(id) FROM documents) AS d, (SELECT max(id) FROM stories) AS s, (SELECT n FROM story_frequencies WHERE key = '') AS g",
    );
    return `${v?.d}:${v?.s}:${v?.g}`;
  }

  /** The countries of events (of their actor, target or place), the most frequent first. */
  eventCountries(limit = 250): Promise<{ country: string; events: number }[]> {
    return this.conn.all("SELECT country, count(DISTINCT event_id) AS events FROM event_countries GROUP BY country ORDER BY events DESC, country LIMIT ?", [limit]);
  }

  /** The outlets of the stored documents, the most prolific first. */
  outlets(limit = 200): Promise<{ outlet: string; documents: number }[]> {
    return this.conn.all("SELECT outlet, count(*) AS documents FROM documents WHERE outlet IS NOT NULL GROUP BY outlet ORDER BY documents DESC, outlet LIMIT ?", [limit]);
  }

  quotes(filters: QuoteFilters = {}): Promise<QuoteRow[]> {
    return findQuotes(this.conn, filters);
  }

  entity(name: string): Promise<EntityProfile[]> {
    return entityProfiles(this.conn, name);
  }

  /** Full-text search (see searchDocuments). */
  search(query: string, filters: SearchFilters = {}): Promise<SearchHit[]> {
    return searchDocuments(this.conn, query, filters);
  }

  async stats(): Promise<{ documents: number; nearDuplicates: number; entities: number; mentions: number; quotes: number; events: number; framing: number; languages: Record<string, number> }> {
    const count = async (table: string, where = "") => (await this.conn.get<{ n: number }>(`SELECT count(*) AS n FROM ${table} ${where}`))!.n;
    const languages = Object.fromEntries((await this.conn.all<{ lang: string; n: number }>("SELECT lang, count(*) AS n FROM documents GROUP BY lang ORDER BY n DESC, lang")).map((r) => [r.lang, r.n]));
    return {
      documents: await count("documents"),
      nearDuplicates: await count("documents", "WHERE duplicate_of IS NOT NULL"),
      entities: await count("entities"),
      mentions: await count("mentions"),
      quotes: await count("quotes"),
      events: await count("events"),
      framing: await count("framing"),
      languages,
    };
  }

  /** The entities mentioned in the most documents. */
  topEntities(limit = 10): Promise<{ name: string; type: string; documents: number }[]> {
    return this.conn.all("SELECT e.name, e.type, count(DISTINCT m.document_id) AS documents FROM mentions m JOIN entities e ON e.id = m.entity_id GROUP BY e.id ORDER BY documents DESC, e.name LIMIT ?", [limit]);
  }

  eventsByType(): Promise<{ type: string; n: number }[]> {
    return this.conn.all("SELECT type, count(*) AS n FROM events GROUP BY type ORDER BY n DESC, type");
  }

  /** A few quotes with a named speaker. */
  someQuotes(limit = 5): Promise<{ speaker: string; text: string }[]> {
    return this.conn.all("SELECT e.name AS speaker, q.text FROM quotes q JOIN entities e ON e.id = q.speaker_id WHERE q.kind = 'direct' ORDER BY length(q.text), q.text LIMIT ?", [limit]);
  }
}
