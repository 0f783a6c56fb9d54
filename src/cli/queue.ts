/**
 * Scale-out through the job queue (PostgreSQL only): `vigie enqueue` turns inputs into jobs,
 * `vigie worker` (any number, on any machines) analyzes and stores them, `vigie queue status`
 * shows the progress and the failures.
 */
import { parseArgs } from "node:util";
import { setTimeout as sleep } from "node:timers/promises";
import { AnalysisPool } from "../ingest/analysis-pool.js";
import { JobQueue, DEFAULT_LEASE_SECONDS, type JobData } from "../queue/queue.js";
import { readInputs } from "../readers/inputs.js";
import { DEFAULT_MAX_BYTES } from "../readers/source.js";
import { isPostgresUrl } from "../store/postgres/connection.js";
import { textHash } from "../store/hash.js";
import { Store, storeProblem } from "../store/store.js";
import { knowledgeFiles } from "./config.js";
import { DEFAULT_DB } from "./store.js";
import { positiveInteger, UsageError } from "./usage.js";

const ENQUEUED_PER_STATEMENT = 200;
/** Jobs a worker takes at once, per document it analyzes at a time: fewer round trips to the queue. */
const JOBS_PER_TAKE = 8;

function postgresDb(db: string): string {
  if (!isPostgresUrl(db)) throw new UsageError("the job queue lives in PostgreSQL: give --db postgres://… (or set VIGIE_DB); with a SQLite file, use vigie ingest");
  return db;
}

const say = (quiet: boolean | undefined, line: string) => quiet || process.stderr.write(`${line}\n`);

/** `vigie enqueue PATH… --db postgres://…`: one job per new document. */
export async function runEnqueue(argv: string[]): Promise<number> {
  const { values, positionals } = parseArgs({
    args: argv,
    allowPositionals: true,
    options: { db: { type: "string", default: DEFAULT_DB }, "max-bytes": { type: "string" }, lease: { type: "string" }, quiet: { type: "boolean" } },
  });
  if (!positionals.length) throw new UsageError("enqueue needs at least one PATH (a file, a directory, or - for standard input)");
  const db = postgresDb(values.db);
  const maxBytes = positiveInteger(values["max-bytes"], "--max-bytes", DEFAULT_MAX_BYTES);
  const lease = positiveInteger(values.lease, "--lease", DEFAULT_LEASE_SECONDS);
  const store = await Store.open(db, { connections: 1 });
  const queue = await JobQueue.open(db, lease);
  const counts = { queued: 0, stored: 0, failed: 0 };
  let batch: JobData[] = [];
  const flush = async () => {
    await queue.add(batch, lease);
    counts.queued += batch.length;
    batch = [];
  };
  try {
    for await (const outcome of readInputs(positionals, { maxBytes })) {
      if (!outcome.ok) {
        counts.failed++;
        process.stderr.write(`vigie: ${outcome.error.message}\n`);
        continue;
      }
      const { meta, text, name, outputName, warnings } = outcome.doc;
      if (await store.has(text, textHash(text))) {
        counts.stored++;
        continue;
      }
      batch.push({ meta, text, name, outputName, warnings });
      if (batch.length >= ENQUEUED_PER_STATEMENT) await flush();
    }
    await flush();
  } finally {
    await queue.close();
    await store.close();
  }
  say(values.quiet, `vigie: ${counts.queued} jobs queued in ${queue.location} (${counts.stored} documents stored already, ${counts.failed} inputs unreadable); vigie worker analyzes them`);
  return counts.failed ? 1 : 0;
}

/** `vigie worker --db postgres://… [--concurrency N]`: takes jobs, analyzes and stores them, until stopped (or the queue is empty, with --exit-when-empty). */
export async function runWorker(argv: string[]): Promise<number> {
  const { values } = parseArgs({
    args: argv,
    options: {
      db: { type: "string", default: DEFAULT_DB },
      concurrency: { type: "string" },
      lease: { type: "string" },
      "time-limit": { type: "string" },
      "exit-when-empty": { type: "boolean" },
      kb: { type: "string", multiple: true },
      config: { type: "string" },
      quiet: { type: "boolean" },
    },
  });
  const db = postgresDb(values.db);
  const concurrency = positiveInteger(values.concurrency, "--concurrency", 1);
  const lease = positiveInteger(values.lease, "--lease", DEFAULT_LEASE_SECONDS);
  const timeLimitMs = positiveInteger(values["time-limit"], "--time-limit", 60) * 1000;
  if (timeLimitMs >= lease * 1000) throw new UsageError(`--lease (${lease} s) must be longer than --time-limit (${timeLimitMs / 1000} s), or jobs would be taken back while being analyzed`);
  const store = await Store.open(db, { connections: 2 });
  const queue = await JobQueue.open(db, lease);
  const { pool, knowledgeErrors } = await AnalysisPool.start(concurrency, knowledgeFiles(values.config, values.kb));
  pool.timeLimitMs = timeLimitMs;
  knowledgeErrors.forEach((m) => process.stderr.write(`vigie: ${m} (entry skipped)\n`));
  let stopping = false;
  const stop = () => {
    stopping = true;
  };
  process.once("SIGINT", stop);
  process.once("SIGTERM", stop);
  const counts = { added: 0, nearDuplicates: 0, duplicates: 0, failed: 0 };
  const started = Date.now();
  say(values.quiet, `vigie: worker ${process.pid} on ${queue.location}, ${concurrency} at a time`);
  try {
    while (!stopping) {
      const jobs = await queue.take(concurrency * JOBS_PER_TAKE);
      if (!jobs.length) {
        if (values["exit-when-empty"] && (await queue.pending()) === 0) break;
        await sleep(250);
        continue;
      }
      // `concurrency` at a time analyzed side by side, then stored in turn; the batch's jobs
      // marked done together (a worker killed before that leaves them to be done again, which
      // stores nothing twice), a failure marked at once
      const done: string[] = [];
      for (let start = 0; start < jobs.length; start += concurrency) {
        const group = jobs.slice(start, start + concurrency);
        const analyses = group.map((job) => pool.analyze(job.data));
        analyses.forEach((a) => a.catch(() => undefined));
        for (const [i, job] of group.entries()) {
          try {
            const { record, simhash, knownNames, storyFeatures } = await analyses[i]!;
            const outcome = await store.add(record, { hash: textHash(job.data.text), simhash, knownNames, storyFeatures });
            counts[outcome === "added" ? "added" : outcome === "near-duplicate" ? "nearDuplicates" : "duplicates"]++;
            done.push(job.id);
          } catch (err) {
            const reason = storeProblem(err) ?? (err as Error).message;
            counts.failed++;
            process.stderr.write(`vigie: ${job.data.name}: not stored (${reason})${job.retryCount < job.retryLimit ? "; it will be tried again" : ""}\n`);
            await queue.failed(job.id, reason);
          }
        }
      }
      await queue.done(done);
    }
  } finally {
    process.off("SIGINT", stop);
    process.off("SIGTERM", stop);
    await pool.close();
    await queue.close();
    await store.close();
  }
  const seconds = (Date.now() - started) / 1000;
  const done = counts.added + counts.nearDuplicates + counts.duplicates;
  say(values.quiet, `vigie: worker ${process.pid} stopped after ${seconds.toFixed(1)} s: ${done} jobs done (${(done / Math.max(seconds, 0.001)).toFixed(0)}/s; ${counts.added} added, ${counts.nearDuplicates} near-duplicates, ${counts.duplicates} stored already), ${counts.failed} failed`);
  return 0;
}

/** `vigie queue status --db postgres://… [--json]` */
export async function runQueue(argv: string[]): Promise<number> {
  const { values, positionals } = parseArgs({ args: argv, allowPositionals: true, options: { db: { type: "string", default: DEFAULT_DB }, json: { type: "boolean" } } });
  if (positionals[0] !== "status") throw new UsageError('queue takes what to do: "vigie queue status --db postgres://…"');
  const queue = await JobQueue.open(postgresDb(values.db));
  try {
    const counts = await queue.counts();
    const failures = await queue.failures();
    if (values.json || !process.stdout.isTTY) {
      process.stdout.write(`${JSON.stringify({ ...counts, failures })}\n`);
      return 0;
    }
    process.stdout.write(`${counts.created} waiting, ${counts.retry} to retry, ${counts.active} being analyzed, ${counts.completed} done, ${counts.failed} failed\n`);
    for (const f of failures) process.stdout.write(`  failed ${f.at} ${f.name}: ${f.reason}\n`);
    return 0;
  } finally {
    await queue.close();
  }
}
