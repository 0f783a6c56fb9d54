/**
 * What the store's queries need of a database, whichever it is: SQL text with `?` placeholders
 * and its parameters in, rows out, asynchronously. SQLite (better-sqlite3, the embedded
 * default) and PostgreSQL (node-postgres) each implement it; the queries are written once in
 * the SQL both understand, with `dialect` for the few places where they differ.
 */
export type Param = string | number | null;
export type Dialect = "sqlite" | "postgres";

export interface Sql {
  readonly dialect: Dialect;
  all<T>(text: string, params?: readonly Param[]): Promise<T[]>;
  get<T>(text: string, params?: readonly Param[]): Promise<T | undefined>;
  /** Runs a statement that returns no rows; resolves to the number of rows it changed. */
  run(text: string, params?: readonly Param[]): Promise<number>;
  /** Runs one statement once for each list of parameters, in order. */
  runEach(text: string, rows: readonly (readonly Param[])[]): Promise<void>;
}

export interface Connection extends Sql {
  /** where the database is, for messages (a file path, or a URL without its password) */
  readonly location: string;
  readonly readonly: boolean;
  /**
   * Runs `work` in a write transaction on one connection and commits it, or rolls it back when
   * `work` throws. Nested in an open batch, it is a savepoint of the batch.
   */
  transaction<T>(work: (tx: Sql) => Promise<T>): Promise<T>;
  /** Opens a transaction that the following `transaction` calls join as savepoints, until endBatch. */
  beginBatch(): Promise<void>;
  endBatch(commit: boolean): Promise<void>;
  readonly inBatch: boolean;
  close(): Promise<void>;
}

/** "?, ?, ?" for n parameters; "NULL" for none (so that `x IN (NULL)` matches nothing). */
export function marks(n: number): string {
  return n ? Array.from({ length: n }, () => "?").join(", ") : "NULL";
}

/** Rows per multi-row INSERT: well under both databases' limits on parameters. */
const ROWS_PER_INSERT = 400;

/**
 * Inserts rows. Against a database server, with as few statements as possible (one per
 * ROWS_PER_INSERT rows): the round trips, not the rows, cost most there. In SQLite, where there
 * is no round trip, one prepared single-row statement run for each row: about twice as fast as
 * binding hundreds of parameters to a statement of many rows. `suffix` follows the VALUES
 * (`ON CONFLICT DO NOTHING`).
 */
export async function insertRows(sql: Sql, table: string, columns: string[], rows: Param[][], suffix = ""): Promise<void> {
  if (!rows.length) return;
  const row = `(${marks(columns.length)})`;
  const head = `INSERT INTO ${table} (${columns.join(", ")}) VALUES `;
  if (sql.dialect === "sqlite") return sql.runEach(`${head}${row} ${suffix}`, rows);
  for (let i = 0; i < rows.length; i += ROWS_PER_INSERT) {
    const chunk = rows.slice(i, i + ROWS_PER_INSERT);
    await sql.run(`${head}${chunk.map(() => row).join(", ")} ${suffix}`, chunk.flat());
  }
}

/** " LIMIT ? OFFSET ?" with its parameters, only for what is asked (no limit: every row). */
export function limitClause(dialect: Dialect, limit: number | undefined, offset?: number): { text: string; params: Param[] } {
  const parts: string[] = [];
  const params: Param[] = [];
  if (limit !== undefined && limit >= 0) {
    parts.push("LIMIT ?");
    params.push(limit);
  }
  if (offset) {
    // SQLite takes an OFFSET only after a LIMIT (-1 there, ALL in PostgreSQL: none)
    if (!parts.length) parts.push(dialect === "sqlite" ? "LIMIT -1" : "LIMIT ALL");
    parts.push("OFFSET ?");
    params.push(offset);
  }
  return { text: parts.length ? ` ${parts.join(" ")}` : "", params };
}

/**
 * An ORDER BY direction with NULLs where SQLite puts them (smallest: first going up, last going
 * down), which PostgreSQL must be told.
 */
export function direction(sql: Sql, dir: "ASC" | "DESC"): string {
  return sql.dialect === "sqlite" ? dir : dir === "ASC" ? "ASC NULLS FIRST" : "DESC NULLS LAST";
}
