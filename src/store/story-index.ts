/**
 * The store's stories as grouping reads them (src/stories/): story states as JSON rows, the
 * entities a story is found by with the last day it reaches, and feature frequencies. States
 * read are kept in memory (the newest stories are the ones documents join); the cache is
 * dropped when a write is rolled back.
 */
import type Database from "better-sqlite3";
import type { StoryIndex } from "../stories/assign.js";
import { dayString } from "../stories/days.js";
import { blockingKeys, type StoryState } from "../stories/grouping.js";
import type { StoryFeatures } from "../stories/features.js";

const CACHED_STORIES = 4096;
/** the frequencies row that counts grouped documents */
const DOCUMENTS_KEY = "";

export class SqliteStoryIndex implements StoryIndex {
  private readonly states = new Map<number, StoryState>();
  /** the last day each story was saved as reaching */
  private readonly reach = new Map<number, number | null>();
  private readonly known = new Map<string, number>();
  private readonly statements = new Map<string, Database.Statement>();
  /** the document being grouped: its blocking entities are saved with its story */
  private current: StoryFeatures | null = null;

  constructor(private readonly db: Database.Database) {}

  private sql(text: string): Database.Statement {
    let s = this.statements.get(text);
    if (!s) this.statements.set(text, (s = this.db.prepare(text)));
    return s;
  }

  /** Reads the frequencies of a document's features in one query, before it is compared. */
  prepare(f: StoryFeatures, keys: string[]): void {
    this.current = f;
    this.known.clear();
    const all = [DOCUMENTS_KEY, ...keys];
    for (let i = 0; i < all.length; i += 500) {
      const chunk = all.slice(i, i + 500);
      const rows = this.sql(`SELECT key, n FROM story_frequencies WHERE key IN (${chunk.map(() => "?").join(",")})`).all(...chunk) as { key: string; n: number }[];
      for (const r of rows) this.known.set(r.key, r.n);
    }
  }

  get documents(): number {
    return this.known.get(DOCUMENTS_KEY) ?? (this.sql("SELECT n FROM story_frequencies WHERE key = ''").get() as { n: number } | undefined)?.n ?? 0;
  }

  df(key: string): number {
    return this.known.get(key) ?? 0;
  }

  candidates(entities: string[], fromDay: number | null, limit: number): StoryState[] {
    // per entity, the newest stories through the (entity, hi) index: a few rows each, however many stories name it
    const reach = new Map<number, number>();
    const newest =
      fromDay === null
        ? this.sql("SELECT story_id, hi FROM story_keys WHERE entity = ? ORDER BY hi DESC, story_id DESC LIMIT ?")
        : this.sql("SELECT story_id, hi FROM story_keys WHERE entity = ? AND hi >= ? ORDER BY hi DESC, story_id DESC LIMIT ?");
    for (const e of entities) {
      const rows = (fromDay === null ? newest.all(e, limit) : newest.all(e, fromDay, limit)) as { story_id: number; hi: number | null }[];
      for (const r of rows) reach.set(r.story_id, r.hi ?? -Infinity);
    }
    return [...reach]
      .sort((a, b) => b[1] - a[1] || b[0] - a[0])
      .slice(0, limit)
      .map(([id]) => this.state(id));
  }

  /** A story's state, from memory or from its row. */
  state(id: number): StoryState {
    let s = this.states.get(id);
    if (!s) {
      const row = this.sql("SELECT state FROM stories WHERE id = ?").get(id) as { state: string } | undefined;
      if (!row) throw new Error(`story ${id} is not stored`);
      s = JSON.parse(row.state) as StoryState;
      if (this.states.size >= CACHED_STORIES) {
        this.states.clear();
        this.reach.clear();
      }
      this.states.set(id, s);
    }
    return s;
  }

  save(story: StoryState, isNew: boolean): void {
    const reachBefore = isNew ? null : (this.reach.get(story.id) ?? (this.sql("SELECT hi FROM stories WHERE id = ?").get(story.id) as { hi: number | null }).hi);
    const day = (d: number | null) => (d === null ? null : dayString(d));
    const values = [story.title, day(story.first ?? story.lo), day(story.last ?? story.hi), story.hi, story.documents, JSON.stringify(story)];
    if (isNew) this.sql("INSERT INTO stories (title, first_day, last_day, hi, documents, state, id) VALUES (?, ?, ?, ?, ?, ?, ?)").run(...values, story.id);
    else this.sql("UPDATE stories SET title = ?, first_day = ?, last_day = ?, hi = ?, documents = ?, state = ? WHERE id = ?").run(...values, story.id);
    this.states.set(story.id, story);
    if (this.current) {
      const key = this.sql("INSERT OR IGNORE INTO story_keys (entity, story_id, hi) VALUES (?, ?, ?)");
      for (const e of blockingKeys(this.current, this)) key.run(e, story.id, story.hi);
    }
    if (!isNew && reachBefore !== story.hi) this.sql("UPDATE story_keys SET hi = ? WHERE story_id = ?").run(story.hi, story.id);
    this.reach.set(story.id, story.hi);
  }

  nextId(): number {
    return ((this.sql("SELECT max(id) AS id FROM stories").get() as { id: number | null }).id ?? 0) + 1;
  }

  count(keys: string[]): void {
    const add = this.sql("INSERT INTO story_frequencies (key, n) VALUES (?, 1) ON CONFLICT(key) DO UPDATE SET n = n + 1");
    add.run(DOCUMENTS_KEY);
    for (const k of keys) add.run(k);
    this.current = null;
  }

  private dataVersion: number | null = null;

  /** Forgets what was read when another connection has written to the database since. */
  checkOthers(): void {
    const version = this.db.pragma("data_version", { simple: true }) as number;
    if (this.dataVersion !== null && version !== this.dataVersion) this.forget();
    this.dataVersion = version;
  }

  /** Forgets what was read: after a rollback, or a rebuild. */
  forget(): void {
    this.states.clear();
    this.reach.clear();
    this.known.clear();
    this.current = null;
  }
}
