/**
 * The server back-end: a PostgreSQL database through node-postgres, shared by any number of
 * writers (ingest runs, queue workers) and readers. Queries arrive with `?` placeholders and
 * are numbered here ($1, $2…); 64-bit integers (ids, counts) come back as numbers.
 */
import pg from "pg";
import { StoreError } from "../errors.js";
import type { Connection, Param, Sql } from "../sql.js";
import { POSTGRES_BASE_VERSION, POSTGRES_MIGRATIONS, POSTGRES_SCHEMA } from "./schema.js";
import { SCHEMA_VERSION } from "../sqlite/schema.js";

/** Whether a --db value names a PostgreSQL database rather than a SQLite file. */
export function isPostgresUrl(db: string): boolean {
  return /^postgres(ql)?:\/\//i.test(db);
}

/** A URL as messages may show it: without its password. */
export function safeUrl(url: string): string {
  try {
    const u = new URL(url);
    if (u.password) u.password = "***";
    return u.toString();
  } catch {
    return "postgres://…";
  }
}

const PROBLEMS: [RegExp, string][] = [
  [/^ECONNREFUSED$/, "nothing answers at that address (is PostgreSQL running, on that port?)"],
  [/^ENOTFOUND$/, "no such host"],
  [/^28P01$|^28000$/, "the server refused the user or password"],
  [/^3D000$/, "no such database on that server (createdb makes one)"],
  [/^53100$/, "the server's disk is full"],
  [/^25006$/, "the connection is read-only"],
  [/^57P0[1-3]$/, "the server is shutting down or restarting"],
  [/^0A000$|^58P01$|^42704$/, "the server lacks something Vigie needs (install postgresql-contrib for unaccent)"],
];

/** PostgreSQL's trouble in words, or null for an error that is not one of the database's. */
export function postgresProblem(code: string): string | null {
  return PROBLEMS.find(([pattern]) => pattern.test(code))?.[1] ?? null;
}

/** The `?` placeholders of a query as $1, $2…, outside quoted strings and identifiers. */
function numbered(text: string): string {
  let n = 0;
  return text.replace(/'(?:[^']|'')*'|"(?:[^"]|"")*"|\?/g, (m) => (m === "?" ? `$${++n}` : m));
}

const INT8 = 20;
const NUMERIC = 1700;
const TYPES = {
  getTypeParser: ((oid: number, format?: string) => (oid === INT8 || oid === NUMERIC ? (v: string) => Number(v) : pg.types.getTypeParser(oid, format as "text"))) as typeof pg.types.getTypeParser,
};

/**
 * Each query text as PostgreSQL takes it, and the name it is prepared under: a statement is
 * parsed and planned once per connection, not at every run (the writer's statements are run
 * thousands of times).
 */
const STATEMENTS = new Map<string, { text: string; name: string }>();

function statement(t: string): { text: string; name: string } {
  let s = STATEMENTS.get(t);
  if (!s) STATEMENTS.set(t, (s = { text: numbered(t), name: `vigie_${STATEMENTS.size}` }));
  return s;
}

/** Runs queries on one client or on the pool. */
class Queries implements Sql {
  readonly dialect = "postgres" as const;
  constructor(protected readonly on: () => pg.Pool | pg.PoolClient) {}

  async all<T>(text: string, params: readonly Param[] = []): Promise<T[]> {
    return (await this.on().query({ ...statement(text), values: params as Param[] })).rows as T[];
  }

  async get<T>(text: string, params: readonly Param[] = []): Promise<T | undefined> {
    return (await this.all<T>(text, params))[0];
  }

  async run(text: string, params: readonly Param[] = []): Promise<number> {
    return (await this.on().query({ ...statement(text), values: params as Param[] })).rowCount ?? 0;
  }

  async runEach(text: string, rows: readonly (readonly Param[])[]): Promise<void> {
    for (const params of rows) await this.run(text, params);
  }
}

export interface PostgresOptions {
  readonly?: boolean;
  /** connections in the pool */
  connections?: number;
}

export class PostgresConnection extends Queries implements Connection {
  readonly location: string;
  private batch: pg.PoolClient | null = null;

  private constructor(
    private readonly pool: pg.Pool,
    url: string,
    readonly readonly: boolean,
  ) {
    super(() => this.batch ?? this.pool);
    this.location = safeUrl(url);
  }

  static async open(url: string, options: PostgresOptions = {}): Promise<PostgresConnection> {
    const pool = new pg.Pool({ connectionString: url, max: options.connections ?? 4, types: TYPES, application_name: "vigie" });
    // an idle client's error (the server restarting) must not end the process: the next query reports it
    pool.on("error", () => undefined);
    if (options.readonly) pool.on("connect", (client) => void client.query("SET default_transaction_read_only = on").catch(() => undefined));
    const connection = new PostgresConnection(pool, url, options.readonly ?? false);
    try {
      await connection.migrate();
    } catch (err) {
      await pool.end();
      if (err instanceof StoreError) throw err;
      throw new StoreError(`${connection.location}: cannot use the database (${problemOf(err) ?? (err as Error).message})`);
    }
    return connection;
  }

  /** Creates the schema in an empty database, or brings it up to date; one process at a time. */
  private async migrate(): Promise<void> {
    const client = await this.pool.connect();
    try {
      await client.query("SELECT pg_advisory_lock(hashtext('vigie.schema'))");
      const exists = (await client.query("SELECT to_regclass('vigie_schema') IS NOT NULL AS e")).rows[0].e as boolean;
      const version = exists ? ((await client.query("SELECT version FROM vigie_schema")).rows[0]?.version as number | undefined) ?? 0 : 0;
      if (version > SCHEMA_VERSION) throw new StoreError(`${this.location}: the database is at schema version ${version}, newer than this Vigie (${SCHEMA_VERSION}); upgrade Vigie`);
      if (version === SCHEMA_VERSION) return;
      if (this.readonly) throw new StoreError(`${this.location}: the database ${version ? `is at schema version ${version} and needs migrating` : "holds no Vigie store yet"}; open it writable once (vigie ingest)`);
      await client.query("BEGIN");
      try {
        if (!version) {
          await client.query(POSTGRES_SCHEMA);
          await client.query("CREATE TABLE vigie_schema (version INTEGER NOT NULL)");
          await client.query("INSERT INTO vigie_schema VALUES ($1)", [POSTGRES_BASE_VERSION]);
        }
        for (let v = Math.max(version, POSTGRES_BASE_VERSION); v < SCHEMA_VERSION; v++) await client.query(POSTGRES_MIGRATIONS[v - POSTGRES_BASE_VERSION]!);
        await client.query("UPDATE vigie_schema SET version = $1", [SCHEMA_VERSION]);
        await client.query("COMMIT");
      } catch (err) {
        await client.query("ROLLBACK");
        throw err;
      }
    } finally {
      await client.query("SELECT pg_advisory_unlock(hashtext('vigie.schema'))").catch(() => undefined);
      client.release();
    }
  }

  get inBatch(): boolean {
    return this.batch !== null;
  }

  async transaction<T>(work: (tx: Sql) => Promise<T>): Promise<T> {
    // inside a batch, a savepoint of its transaction; else a transaction on a client of its own
    if (this.batch) return within(this.batch, ["SAVEPOINT w", "RELEASE SAVEPOINT w", "ROLLBACK TO SAVEPOINT w; RELEASE SAVEPOINT w"], work);
    const client = await this.pool.connect();
    try {
      return await within(client, ["BEGIN", "COMMIT", "ROLLBACK"], work);
    } finally {
      client.release();
    }
  }

  async beginBatch(): Promise<void> {
    if (this.batch) return;
    const client = await this.pool.connect();
    await client.query("BEGIN");
    this.batch = client;
  }

  async endBatch(commit: boolean): Promise<void> {
    const client = this.batch;
    if (!client) return;
    this.batch = null;
    try {
      await client.query(commit ? "COMMIT" : "ROLLBACK");
    } finally {
      client.release();
    }
  }

  async close(): Promise<void> {
    await this.endBatch(false);
    await this.pool.end();
  }
}

/** Runs `work` on one client between an opening and a closing statement, undoing it when `work` throws. */
async function within<T>(client: pg.PoolClient, [open, close, undo]: [string, string, string], work: (tx: Sql) => Promise<T>): Promise<T> {
  await client.query(open);
  try {
    const result = await work(new Queries(() => client));
    await client.query(close);
    return result;
  } catch (err) {
    await client.query(undo).catch(() => undefined);
    throw err;
  }
}

function problemOf(err: unknown): string | null {
  const code = (err as { code?: unknown } | null)?.code;
  return typeof code === "string" ? postgresProblem(code) : null;
}
