/**
 * The store back-ends the tests run against: SQLite always; PostgreSQL at the server that
 * VIGIE_TEST_POSTGRES names (a URL; each test store is a new database there). Set it to "skip"
 * to leave PostgreSQL out; unset, the PostgreSQL tests fail and say how to run them, so that
 * they are never skipped without being told to (vitest.setup.ts starts a private server when
 * PostgreSQL is installed and the variable is unset).
 */
import { join } from "node:path";
import pg from "pg";
import { tempDir } from "./temp.js";

export interface Backend {
  name: "sqlite" | "postgres";
  /** A new, empty store location (a file path or a database URL) named after `label`. */
  location(label: string): Promise<string>;
}

const SQLITE: Backend = {
  name: "sqlite",
  async location(label) {
    return join(tempDir("store"), `${label}.db`);
  },
};

let made = 0;
const POSTGRES: Backend = {
  name: "postgres",
  async location(label) {
    const url = process.env.VIGIE_TEST_POSTGRES;
    if (!url || url === "skip")
      throw new Error("PostgreSQL tests need a server: set VIGIE_TEST_POSTGRES to a URL (scripts/test-postgres.sh starts a private one), or to \"skip\" to leave them out");
    const name = `vigie_${label.replace(/\W/g, "_").toLowerCase()}_${process.pid}_${++made}_${Date.now().toString(36)}`;
    const admin = new pg.Client({ connectionString: url });
    await admin.connect();
    try {
      await admin.query(`CREATE DATABASE ${name}`);
    } finally {
      await admin.end();
    }
    const u = new URL(url);
    u.pathname = `/${name}`;
    return u.toString();
  },
};

/** The back-ends to test: both, unless VIGIE_TEST_POSTGRES is "skip". */
export const BACKENDS: Backend[] = process.env.VIGIE_TEST_POSTGRES === "skip" ? [SQLITE] : [SQLITE, POSTGRES];
export { SQLITE as SQLITE_BACKEND, POSTGRES as POSTGRES_BACKEND };
