/**
 * The analysis job queue: pg-boss (a queue kept in PostgreSQL, in its own schema beside the
 * store's tables), so that any number of workers on any number of machines share the work with
 * no other server. A job is one document, as read from the input (text and metadata); a worker
 * takes a few at a time, analyzes and stores them, and marks each done, or failed with its
 * reason. A failed job is tried again RETRY_LIMIT times; one whose worker died (kill -9, a lost
 * machine) is taken back from it when its lease runs out, and tried again. Storing is
 * idempotent by the text's hash, so a job done twice stores nothing twice.
 */
import PgBoss from "pg-boss";
import type { SourceDocument } from "../document/document.js";
import { StoreError } from "../store/errors.js";
import { safeUrl } from "../store/postgres/connection.js";

export const QUEUE = "vigie-analyze";
const SCHEMA = "vigie_queue";
export const RETRY_LIMIT = 2;
/** How long a worker may hold a job before it is taken back (the default; workers set theirs). */
export const DEFAULT_LEASE_SECONDS = 300;

/** A job's data: the document as the reader gave it. */
export type JobData = Pick<SourceDocument, "meta" | "text" | "name" | "outputName" | "warnings">;

export interface QueueCounts {
  created: number;
  retry: number;
  active: number;
  completed: number;
  failed: number;
  cancelled: number;
}

export class JobQueue {
  private constructor(
    readonly boss: PgBoss,
    private readonly url: string,
  ) {}

  /**
   * Connects to the queue in the database at `url`, creating it on first use. `leaseSeconds`
   * is how long a job may stay with one worker; expired leases are looked for every
   * tenth of it (at least every second, at most every minute).
   */
  static async open(url: string, leaseSeconds = DEFAULT_LEASE_SECONDS): Promise<JobQueue> {
    const boss = new PgBoss({
      connectionString: url,
      schema: SCHEMA,
      max: 4,
      application_name: "vigie-queue",
      maintenanceIntervalSeconds: Math.min(60, Math.max(1, Math.round(leaseSeconds / 10))),
    } as PgBoss.ConstructorOptions);
    const problems: Error[] = [];
    boss.on("error", (err) => problems.push(err));
    try {
      await boss.start();
      if (!(await boss.getQueue(QUEUE))) await boss.createQueue(QUEUE, { name: QUEUE, retryLimit: RETRY_LIMIT, retryDelay: 1, expireInSeconds: leaseSeconds });
    } catch (err) {
      await boss.stop({ graceful: false, wait: false } as PgBoss.StopOptions).catch(() => undefined);
      throw new StoreError(`${safeUrl(url)}: cannot use the job queue (${(err as Error).message})`);
    }
    return new JobQueue(boss, url);
  }

  /** Adds documents as jobs, in one statement per batch. */
  async add(docs: JobData[], leaseSeconds = DEFAULT_LEASE_SECONDS): Promise<void> {
    if (!docs.length) return;
    await this.boss.insert(docs.map((data) => ({ name: QUEUE, data, retryLimit: RETRY_LIMIT, retryDelay: 1, expireInSeconds: leaseSeconds })));
  }

  /** Takes up to `n` jobs for this worker (none when the queue is empty). */
  take(n: number): Promise<PgBoss.JobWithMetadata<JobData>[]> {
    return this.boss.fetch<JobData>(QUEUE, { batchSize: n, includeMetadata: true });
  }

  done(ids: string[]): Promise<void> {
    return ids.length ? this.boss.complete(QUEUE, ids) : Promise.resolve();
  }

  failed(id: string, reason: string): Promise<void> {
    return this.boss.fail(QUEUE, id, { reason });
  }

  /** How many jobs are in each state (completed jobs move to the archive after a day; they are counted there too). */
  async counts(): Promise<QueueCounts> {
    const counts: QueueCounts = { created: 0, retry: 0, active: 0, completed: 0, failed: 0, cancelled: 0 };
    const db = this.boss.getDb() as { executeSql(text: string, values?: unknown[]): Promise<{ rows: { state: keyof QueueCounts; n: string }[] }> };
    for (const table of ["job", "archive"]) {
      const { rows } = await db.executeSql(`SELECT state, count(*) AS n FROM ${SCHEMA}.${table} WHERE name = $1 GROUP BY state`, [QUEUE]);
      for (const r of rows) counts[r.state] += Number(r.n);
    }
    return counts;
  }

  /** The most recent failures for good (retries spent), with their reasons. */
  async failures(limit = 20): Promise<{ name: string; reason: string; at: string }[]> {
    const db = this.boss.getDb() as { executeSql(text: string, values?: unknown[]): Promise<{ rows: { name: string; reason: string | null; at: Date }[] }> };
    const { rows } = await db.executeSql(
      `SELECT data->>'name' AS name, coalesce(output->>'reason', output->'value'->>'message', output->>'message') AS reason, completed_on AS at
       FROM ${SCHEMA}.job WHERE name = $1 AND state = 'failed' ORDER BY completed_on DESC LIMIT $2`,
      [QUEUE, limit],
    );
    return rows.map((r) => ({ name: r.name, reason: r.reason ?? "unknown", at: r.at.toISOString() }));
  }

  /** Whether any job is still to do or being done. */
  async pending(): Promise<number> {
    const c = await this.counts();
    return c.created + c.retry + c.active;
  }

  get location(): string {
    return safeUrl(this.url);
  }

  close(): Promise<void> {
    return this.boss.stop({ graceful: false, wait: true, close: true } as PgBoss.StopOptions);
  }
}
