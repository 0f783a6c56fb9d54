/**
 * The embedded back-end: one SQLite file through better-sqlite3, in WAL mode while open. Its
 * calls are synchronous; they are wrapped in promises so that the store's code is the same for
 * both back-ends. Writes are serialized here (one connection, one writer).
 */
import { closeSync, existsSync, openSync, readSync } from "node:fs";
import { resolve } from "node:path";
import Database from "better-sqlite3";
import { StoreError } from "../errors.js";
import type { Connection, Param, Sql } from "../sql.js";
import { MIGRATIONS, SCHEMA_VERSION } from "./schema.js";

const SQLITE_PROBLEMS: [RegExp, string][] = [
  [/^SQLITE_FULL/, "the disk is full (or the database reached its size limit)"],
  [/^SQLITE_(BUSY|LOCKED)/, "the database is locked by another process"],
  [/^SQLITE_READONLY/, "the database is read-only (check the permissions of the file and its directory)"],
  [/^SQLITE_IOERR/, "an input/output error on the database file"],
  [/^SQLITE_(CORRUPT|NOTADB)/, "the file is not a Vigie database, or it is corrupt"],
  [/^SQLITE_CANTOPEN/, "the database file cannot be opened (does its directory exist?)"],
];

/** SQLite's trouble in words, or null for an error that is not one. */
export function sqliteProblem(code: string): string | null {
  return SQLITE_PROBLEMS.find(([pattern]) => pattern.test(code))?.[1] ?? null;
}

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

export interface SqliteOptions {
  readonly?: boolean;
  busyTimeoutMs?: number;
}

/**
 * The write in progress on each database file in this process, which the next one waits for:
 * a transaction awaits between statements, and another connection to the same file beginning
 * one meanwhile would wait for SQLite's lock on the very thread that holds it.
 */
const writing = new Map<string, Promise<unknown>>();

export class SqliteConnection implements Connection {
  readonly dialect = "sqlite" as const;
  readonly db!: Database.Database;
  private readonly statements = new Map<string, Database.Statement>();
  private readonly file: string;
  private batchOpen = false;

  constructor(
    readonly location: string,
    options: SqliteOptions = {},
  ) {
    const readonly = options.readonly ?? false;
    this.file = location === ":memory:" ? `:memory:${Math.random()}` : resolve(location);
    if (readonly && !existsSync(location)) throw new StoreError(`${location}: no such database (vigie ingest creates it)`);
    // another process switching the file's journal mode as it opens or closes answers "busy"
    // without waiting: opening is tried again until the busy timeout has passed
    const deadline = Date.now() + (options.busyTimeoutMs ?? 5000);
    for (;;) {
      const db = this.openFile(location, readonly, options.busyTimeoutMs ?? 5000);
      if (db) {
        this.db = db;
        return;
      }
      if (Date.now() > deadline) throw new StoreError(`${location}: cannot use the database (${sqliteProblem("SQLITE_BUSY")})`);
      Atomics.wait(new Int32Array(new SharedArrayBuffer(4)), 0, 0, 25);
    }
  }

  /** The database opened, set up and migrated; null when another process had it busy. */
  private openFile(location: string, readonly: boolean, busyTimeoutMs: number): Database.Database | null {
    let db: Database.Database;
    try {
      db = new Database(location, { readonly, fileMustExist: readonly });
    } catch (err) {
      throw new StoreError(`${location}: cannot open the database (${problemOf(err) ?? (err as Error).message})`);
    }
    try {
      db.pragma(`busy_timeout = ${busyTimeoutMs}`);
      // a page cache and a memory map sized for a corpus, not SQLite's 2 MB default
      db.pragma("cache_size = -65536");
      // (the sub-journals of the savepoint each document is written in, kept in memory: not a temporary file written page by page)
      db.pragma("temp_store = MEMORY");
      db.pragma("mmap_size = 268435456");
      if (!readonly) {
        db.pragma("journal_mode = WAL");
        db.pragma("synchronous = NORMAL");
        // fewer, larger checkpoints of the write-ahead log while a corpus goes in
        db.pragma("wal_autocheckpoint = 8000");
      }
      db.pragma("foreign_keys = ON");
      migrate(db, location, readonly);
      return db;
    } catch (err) {
      db.close();
      if (err instanceof StoreError) throw err;
      const code = (err as { code?: unknown }).code;
      if (typeof code === "string" && code.startsWith("SQLITE_BUSY")) return null;
      if (readonly && inWalMode(location))
        throw new StoreError(`${location}: cannot read the database where it lies: it was left in WAL mode, which needs a writable folder even to read; close it once where it can be written (Vigie then leaves it in rollback mode) or copy it to a writable folder`);
      throw new StoreError(`${location}: cannot use the database (${problemOf(err) ?? (err as Error).message})`);
    }
  }

  get readonly(): boolean {
    return this.db.readonly;
  }

  /** A prepared statement, prepared once per connection. */
  private statement(text: string): Database.Statement {
    let s = this.statements.get(text);
    if (!s) this.statements.set(text, (s = this.db.prepare(text)));
    return s;
  }

  async all<T>(text: string, params: readonly Param[] = []): Promise<T[]> {
    return this.statement(text).all(...params) as T[];
  }

  async get<T>(text: string, params: readonly Param[] = []): Promise<T | undefined> {
    return this.statement(text).get(...params) as T | undefined;
  }

  async run(text: string, params: readonly Param[] = []): Promise<number> {
    return this.statement(text).run(...params).changes;
  }

  async runEach(text: string, rows: readonly (readonly Param[])[]): Promise<void> {
    const s = this.statement(text);
    for (const params of rows) s.run(...params);
  }

  get inBatch(): boolean {
    return this.batchOpen;
  }

  /** Runs `work` after the write in progress, never beside it. */
  private serialized<T>(work: () => Promise<T>): Promise<T> {
    const before = writing.get(this.file) ?? Promise.resolve();
    const result = before.then(work, work);
    const settled = result.catch(() => undefined);
    writing.set(this.file, settled);
    void settled.then(() => writing.get(this.file) === settled && writing.delete(this.file));
    return result;
  }

  transaction<T>(work: (tx: Sql) => Promise<T>): Promise<T> {
    return this.serialized(async () => {
      const [begin, commit, rollback] = this.batchOpen ? ["SAVEPOINT w", "RELEASE w", "ROLLBACK TO w; RELEASE w"] : ["BEGIN IMMEDIATE", "COMMIT", "ROLLBACK"];
      this.db.exec(begin);
      try {
        const result = await work(this);
        this.db.exec(commit);
        return result;
      } catch (err) {
        if (this.db.inTransaction) this.db.exec(rollback);
        throw err;
      }
    });
  }

  beginBatch(): Promise<void> {
    return this.serialized(async () => {
      if (this.batchOpen) return;
      this.db.exec("BEGIN IMMEDIATE");
      this.batchOpen = true;
    });
  }

  endBatch(commit: boolean): Promise<void> {
    return this.serialized(async () => {
      if (!this.batchOpen) return;
      this.batchOpen = false;
      if (this.db.inTransaction) this.db.exec(commit ? "COMMIT" : "ROLLBACK");
    });
  }

  async close(): Promise<void> {
    await writing.get(this.file);
    if (!this.db.readonly) {
      // keeps the query planner's statistics fresh (cheap: only what changed enough is analyzed)
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
}

/** Brings a database up to the schema version of this Vigie; another process may be doing the same. */
function migrate(db: Database.Database, location: string, readonly: boolean): void {
  const version = db.pragma("user_version", { simple: true }) as number;
  if (version > SCHEMA_VERSION) throw new StoreError(`${location}: the database is at schema version ${version}, newer than this Vigie (${SCHEMA_VERSION}); upgrade Vigie`);
  if (version === SCHEMA_VERSION) return;
  if (readonly) throw new StoreError(`${location}: the database is at schema version ${version} and needs migrating; open it writable once (vigie ingest)`);
  // another process may be migrating the same database: the version is read again under the write lock
  const apply = db.transaction(() => {
    const current = db.pragma("user_version", { simple: true }) as number;
    for (let v = current; v < SCHEMA_VERSION; v++) db.exec(MIGRATIONS[v]!);
    db.pragma(`user_version = ${SCHEMA_VERSION}`);
  });
  apply.immediate();
}

function problemOf(err: unknown): string | null {
  const code = (err as { code?: unknown } | null)?.code;
  return typeof code === "string" ? sqliteProblem(code) : null;
}
