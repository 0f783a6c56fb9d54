/**
 * The store's stories as grouping reads them (src/stories/): story states as JSON rows, the
 * entities a story is found by (each entity's newest stories first, by id), and feature frequencies. States
 * and frequencies read are kept in memory (the newest stories are the ones documents join, and
 * most features recur); what is kept is dropped when a write is rolled back, or when another
 * writer has grouped documents since (the count of grouped documents is not the one this index
 * left).
 */
import type { StoryIndex } from "../stories/assign.js";
import { dayString } from "../stories/days.js";
import { blockingKeys, frequencyKeys, storyFromJson, type StoryState } from "../stories/grouping.js";
import type { StoryFeatures } from "../stories/features.js";
import { insertRows, marks, type Sql } from "./sql.js";

const CACHED_STORIES = 4096;
const CACHED_FREQUENCIES = 200_000;
const CACHED_POSTINGS = 200_000;
/** the frequencies row that counts grouped documents */
const DOCUMENTS_KEY = "";

/** A story an entity finds, with its reach (the last day it covers). */
interface Posting {
  story: number;
  hi: number | null;
}

export class StoredStoryIndex implements StoryIndex {
  private readonly states = new Map<number, StoryState>();
  /** feature frequencies as stored, kept from one document to the next (most keys recur) */
  private readonly known = new Map<string, number>();
  /**
   * Within a batch, counts of documents grouped and accepted but not yet written: written once
   * per batch (flush), a key counted by many documents in one row. `counted` holds the keys of the
   * document being grouped until its write is accepted or discarded.
   */
  private readonly pending = new Map<string, number>();
  private counted: string[] | null = null;
  /** whether counts wait for flush (a batch) or are written at once */
  private deferred = false;
  /** the document being grouped: its blocking entities are saved with its story */
  private current: StoryFeatures | null = null;
  /** the entities it asked candidates for, when it did (its blocking keys) */
  private blocking: string[] | null = null;
  /** the grouped documents' count this index left, when it knows it */
  private left: number | null = null;
  private tx: Sql | null = null;
  /** the highest story id, once read (null: read it again) */
  private lastId: number | null = null;
  /**
   * Per entity, its newest stories (id and reach, highest id first) as story_keys holds them, at
   * most `postingsLimit`: read once, then kept up to date by this index's own saves, so that a
   * recurring entity costs no query. `postedIn` names, per story, the entities whose lists may hold it.
   */
  private readonly postings = new Map<string, Posting[]>();
  private readonly postedIn = new Map<number, Set<string>>();
  private postingsLimit = 0;

  /** @param cachedFrequencies how many feature counts are kept in memory at most */
  constructor(private readonly cachedFrequencies = CACHED_FREQUENCIES) {}

  private get sql(): Sql {
    if (!this.tx) throw new Error("story index used outside a write");
    return this.tx;
  }

  /**
   * Begins a document's grouping within the write transaction `tx` (under the grouping lock):
   * reads the count of grouped documents and the frequencies of the document's features at once.
   */
  async begin(tx: Sql, f: StoryFeatures, deferred = false): Promise<void> {
    this.tx = tx;
    this.deferred = deferred;
    // (past its size, the keys read first go, half of them: most keys a document asks about recur, the newest most)
    if (this.known.size > this.cachedFrequencies) {
      let drop = this.known.size - this.cachedFrequencies / 2;
      for (const k of this.known.keys()) {
        if (drop-- <= 0) break;
        this.known.delete(k);
      }
    }
    const all = frequencyKeys(f);
    await this.read(tx, [DOCUMENTS_KEY, ...all.filter((k) => !this.known.has(k))]);
    if (this.left !== null && this.stored(DOCUMENTS_KEY) !== this.left) {
      // another writer grouped documents since: the states, postings and frequencies read before may be stale
      this.dropRead();
      await this.read(tx, [DOCUMENTS_KEY, ...all]);
    }
  }

  /** Reads stored frequencies (0 for a key not stored) into memory. */
  private async read(tx: Sql, keys: string[]): Promise<void> {
    for (let i = 0; i < keys.length; i += 500) {
      const chunk = keys.slice(i, i + 500);
      for (const k of chunk) this.known.set(k, 0);
      const rows = await tx.all<{ key: string; n: number }>(`SELECT key, n FROM story_frequencies WHERE key IN (${marks(chunk.length)})`, chunk);
      for (const r of rows) this.known.set(r.key, r.n);
    }
  }

  /** The document's frequencies were read by begin. */
  prepare(f: StoryFeatures): void {
    this.current = f;
    this.blocking = null;
  }

  get documents(): number {
    return this.df(DOCUMENTS_KEY);
  }

  df(key: string): number {
    return this.stored(key) + (this.pending.get(key) ?? 0);
  }

  /** A key's count as the database holds it. */
  private stored(key: string): number {
    return this.known.get(key) ?? 0;
  }

  async candidates(entities: string[], fromDay: number | null, limit: number): Promise<StoryState[]> {
    this.blocking = entities;
    if (limit !== this.postingsLimit || this.postings.size > CACHED_POSTINGS) {
      this.postings.clear();
      this.postedIn.clear();
      this.postingsLimit = limit;
    }
    await this.readPostings(entities.filter((e) => !this.postings.has(e)), limit);
    const reach = new Map<number, number>();
    for (const e of entities)
      for (const p of this.postings.get(e)!) if (fromDay === null || (p.hi !== null && p.hi >= fromDay)) reach.set(p.story, p.hi ?? -Infinity);
    const ids = [...reach].sort((a, b) => b[1] - a[1] || b[0] - a[0]).slice(0, limit).map(([id]) => id);
    await this.load(ids.filter((id) => !this.states.has(id)));
    return Promise.all(ids.map((id) => this.state(id)));
  }

  /** Reads the newest stories of entities not yet in memory, through the (entity, hi) index: a few rows each, however many stories name it. */
  private async readPostings(entities: string[], limit: number): Promise<void> {
    // (the newest stories have the highest ids: the primary key's order, with each story's reach from its row)
    const newest = "SELECT k.entity, k.story_id, s.hi FROM story_keys k JOIN stories s ON s.id = k.story_id WHERE k.entity = ? ORDER BY k.story_id DESC LIMIT ?";
    for (let i = 0; i < entities.length; i += 50) {
      const chunk = entities.slice(i, i + 50);
      // in one statement: a sub-query per entity, each walking the index
      const rows = await this.sql.all<{ entity: string; story_id: number; hi: number | null }>(
        chunk.map((_, k) => `SELECT * FROM (${newest}) AS k${k}`).join(" UNION ALL "),
        chunk.flatMap((e) => [e, limit]),
      );
      for (const e of chunk) this.postings.set(e, []);
      for (const r of rows) this.post(r.entity, r.story_id, r.hi);
    }
  }

  /** Puts a story, with its reach, into an entity's list in memory (when the list is there), newest first. */
  private post(entity: string, story: number, hi: number | null): void {
    const list = this.postings.get(entity);
    if (!list) return;
    // (highest id first: a new story, the highest, goes first; a known one keeps its place)
    let at = 0;
    while (at < list.length && list[at]!.story > story) at++;
    if (list[at]?.story === story) list[at]!.hi = hi;
    else if (at < this.postingsLimit) {
      list.splice(at, 0, { story, hi });
      if (list.length > this.postingsLimit) list.length = this.postingsLimit;
    }
    let where = this.postedIn.get(story);
    if (!where) this.postedIn.set(story, (where = new Set()));
    where.add(entity);
  }

  /**
   * Room for n more states in the cache: past its size, the oldest half goes (the stories read
   * or opened first; documents mostly join the newest), not the whole cache.
   */
  private makeRoom(n: number): void {
    if (this.states.size + n <= CACHED_STORIES) return;
    let drop = this.states.size + n - CACHED_STORIES / 2;
    for (const id of this.states.keys()) {
      if (drop-- <= 0) break;
      this.states.delete(id);
    }
  }

  /** Reads the states of stories in one query, into the cache. */
  private async load(ids: number[]): Promise<void> {
    if (!ids.length) return;
    this.makeRoom(ids.length);
    for (const r of await this.sql.all<{ id: number; state: string }>(`SELECT id, state FROM stories WHERE id IN (${marks(ids.length)})`, ids)) this.states.set(r.id, storyFromJson(r.state));
  }

  /** A story's state, from memory or from its row. */
  async state(id: number): Promise<StoryState> {
    let s = this.states.get(id);
    if (!s) {
      const row = await this.sql.get<{ state: string }>("SELECT state FROM stories WHERE id = ?", [id]);
      if (!row) throw new Error(`story ${id} is not stored`);
      s = storyFromJson(row.state);
      this.makeRoom(1);
      this.states.set(id, s);
    }
    return s;
  }

  async save(story: StoryState, isNew: boolean): Promise<void> {
    const day = (d: number | null) => (d === null ? null : dayString(d));
    const values = [story.title, day(story.first ?? story.lo), day(story.last ?? story.hi), story.hi, story.documents, JSON.stringify(story)];
    if (isNew) await this.sql.run("INSERT INTO stories (title, first_day, last_day, hi, documents, state, id) VALUES (?, ?, ?, ?, ?, ?, ?)", [...values, story.id]);
    else await this.sql.run("UPDATE stories SET title = ?, first_day = ?, last_day = ?, hi = ?, documents = ?, state = ? WHERE id = ?", [...values, story.id]);
    if (!this.states.has(story.id)) this.makeRoom(1);
    this.states.set(story.id, story);
    if (this.current) {
      // (the keys the document found its candidates by, when it looked; those the story is known to be found by already need no row)
      const posted = this.postedIn.get(story.id);
      const keys = [...new Set(this.blocking ?? blockingKeys(this.current, this))].filter((e) => !posted?.has(e)).sort();
      await insertRows(this.sql, "story_keys", ["entity", "story_id"], keys.map((e) => [e, story.id]), "ON CONFLICT DO NOTHING");
      for (const e of keys) this.post(e, story.id, story.hi);
    }
    // (its reach as the lists in memory hold it grows with it)
    // (a story truncated out of a full list comes back and goes again: the list keeps the newest ids)
    if (!isNew) for (const e of this.postedIn.get(story.id) ?? []) this.post(e, story.id, story.hi);
  }

  async nextId(): Promise<number> {
    // (read once, then counted here: forgotten with the rest when another writer may have added stories)
    this.lastId ??= (await this.sql.get<{ id: number | null }>("SELECT max(id) AS id FROM stories"))?.id ?? 0;
    return ++this.lastId;
  }

  async count(keys: readonly string[]): Promise<void> {
    const all = [...new Set([DOCUMENTS_KEY, ...keys])].sort();
    this.current = null;
    if (this.deferred) {
      this.counted = all;
      return;
    }
    await this.write(this.sql, all.map((k) => [k, 1]));
  }

  /** The document grouped last was written: its counts join those the batch will write. */
  accept(): void {
    for (const k of this.counted ?? []) this.pending.set(k, (this.pending.get(k) ?? 0) + 1);
    this.counted = null;
  }

  /** Writes the counts the batch holds, within its transaction, before it commits. */
  async flush(tx: Sql): Promise<void> {
    this.counted = null;
    if (!this.pending.size) return;
    const rows = [...this.pending].sort((a, b) => (a[0] < b[0] ? -1 : a[0] > b[0] ? 1 : 0));
    this.pending.clear();
    await this.write(tx, rows);
  }

  private async write(tx: Sql, rows: [string, number][]): Promise<void> {
    await insertRows(tx, "story_frequencies", ["key", "n"], rows, "ON CONFLICT (key) DO UPDATE SET n = story_frequencies.n + excluded.n");
    // (only counts held in memory grow with the write: one dropped from memory is read again when asked for, not taken for 0)
    for (const [k, n] of rows) if (this.known.has(k)) this.known.set(k, this.stored(k) + n);
    this.left = this.known.get(DOCUMENTS_KEY) ?? null;
  }

  /** Drops what was read from the store. */
  private dropRead(): void {
    this.lastId = null;
    this.states.clear();
    this.known.clear();
    this.postings.clear();
    this.postedIn.clear();
  }

  /**
   * Forgets what was read: after a rollback, a rebuild, or another writer's grouping. The counts
   * of a batch's documents already accepted stay (they are written with the batch) unless the
   * batch itself is dropped.
   */
  forget(batchDropped = true): void {
    this.dropRead();
    this.current = null;
    this.counted = null;
    if (batchDropped) this.pending.clear();
    this.left = null;
  }
}
