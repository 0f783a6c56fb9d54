/**
 * The PostgreSQL benchmark (`npm run bench -- --postgres URL`): the generated corpus queued and
 * stored by 1, 2 and 4 `vigie worker` processes (each analyzing one document at a time), each
 * run into a fresh database made on the server URL names; then event and search latency on a
 * store of about --pg-events events (the ingested events copied over and over, with their
 * country index rows, to reach that size quickly).
 */
import { spawn, spawnSync } from "node:child_process";
import { mkdtempSync, rmSync } from "node:fs";
import { availableParallelism, cpus, tmpdir, totalmem } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import pg from "pg";
import { JobQueue } from "../queue/queue.js";
import { Store } from "../store/store.js";
import { eventFilterMix, latency, writeCorpus } from "./ingest-bench.js";

const CLI = fileURLToPath(new URL("../cli/main.js", import.meta.url));
const QUERIES = 300;

async function freshDatabase(adminUrl: string, name: string): Promise<string> {
  const admin = new pg.Client({ connectionString: adminUrl });
  await admin.connect();
  try {
    await admin.query(`DROP DATABASE IF EXISTS ${name}`);
    await admin.query(`CREATE DATABASE ${name}`);
    const settings = await admin.query("SELECT current_setting('server_version') AS v, current_setting('fsync') AS fsync, current_setting('synchronous_commit') AS sc, current_setting('shared_buffers') AS sb");
    const s = settings.rows[0] as { v: string; fsync: string; sc: string; sb: string };
    if (name.endsWith("_1")) console.log(`  server             PostgreSQL ${s.v} on this machine (fsync ${s.fsync}, synchronous_commit ${s.sc}, shared_buffers ${s.sb})`);
  } finally {
    await admin.end();
  }
  const u = new URL(adminUrl);
  u.pathname = `/${name}`;
  return u.toString();
}

const run = (args: string[]) => {
  const r = spawnSync(process.execPath, [CLI, ...args], { encoding: "utf8" });
  if (r.status !== 0) throw new Error(`vigie ${args[0]}: ${r.stderr}`);
};

/**
 * Seconds for `workers` worker processes to empty the queue of `input`'s documents (start-up
 * included), and their steady rate: documents stored per second between 10 % and 90 % of the
 * queue done (start-up and the last stragglers left out), read from the queue's counts.
 */
async function queueRun(adminUrl: string, input: string, n: number, workers: number): Promise<{ seconds: number; steady: number; url: string }> {
  const url = await freshDatabase(adminUrl, `vigie_bench_${workers}`);
  run(["enqueue", input, "--db", url, "--quiet"]);
  const queue = await JobQueue.open(url);
  const marks: { at: number; done: number }[] = [];
  const t0 = performance.now();
  let running = true;
  const finished = Promise.all(
    Array.from({ length: workers }, () => new Promise<void>((done, fail) => spawn(process.execPath, [CLI, "worker", "--db", url, "--exit-when-empty", "--quiet"], { stdio: "inherit" }).on("exit", (code) => (code === 0 ? done() : fail(new Error(`worker exit ${code}`)))))),
  ).finally(() => (running = false));
  while (running) {
    marks.push({ at: performance.now(), done: (await queue.counts()).completed });
    await new Promise((r) => setTimeout(r, 200));
  }
  await finished;
  const seconds = (performance.now() - t0) / 1000;
  await queue.close();
  const first = marks.find((m) => m.done >= n * 0.1);
  const last = marks.find((m) => m.done >= n * 0.9);
  const steady = first && last && last.at > first.at ? ((last.done - first.done) * 1000) / (last.at - first.at) : n / seconds;
  return { seconds, steady, url };
}

/** Copies the stored events until there are about `target` (same documents, parties and dates). */
async function grow(url: string, target: number): Promise<number> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    const n = Number((await client.query("SELECT count(*) AS n FROM events")).rows[0].n);
    const copies = Math.max(0, Math.ceil(target / Math.max(n, 1)) - 1);
    if (copies) {
      const cols = "document_id, type, mode, trigger_start, trigger_end, trigger_text, actor_id, target_id, place_id, date, date_precision, status, source_id, fatalities, evidence_start, evidence_end, sort_date";
      await client.query(`INSERT INTO events (${cols}) SELECT ${cols} FROM events, generate_series(1, ${copies})`);
      await client.query(`INSERT INTO event_countries (country, sort_date, event_id, type)
        SELECT DISTINCT e.country, v.sort_date, v.id, v.type FROM events v JOIN entities e ON e.id IN (v.actor_id, v.target_id, v.place_id)
        WHERE e.country IS NOT NULL AND v.sort_date IS NOT NULL ON CONFLICT DO NOTHING`);
      await client.query("ANALYZE");
    }
    return Number((await client.query("SELECT count(*) AS n FROM events")).rows[0].n);
  } finally {
    await client.end();
  }
}

export async function benchPostgres(adminUrl: string, n: number, events: number): Promise<void> {
  const dir = mkdtempSync(join(tmpdir(), "vigie-pg-bench-"));
  try {
    const input = join(dir, "corpus.jsonl");
    await writeCorpus(input, n);
    console.log(`\nvigie bench — PostgreSQL, ${n} generated documents queued, stored by worker processes (this machine: ${availableParallelism()} cores, ${cpus()[0]?.model ?? "?"}, ${(totalmem() / 2 ** 30).toFixed(0)} GiB; the server on the same cores)`);
    let one = 0;
    let last = "";
    for (const workers of [1, 2, 4]) {
      const { seconds, steady, url } = await queueRun(adminUrl, input, n, workers);
      one ||= steady;
      last = url;
      console.log(`  ${workers} worker${workers > 1 ? "s" : " "}          ${steady.toFixed(0)} documents/s steady (${(steady / one).toFixed(2)}× one worker); ${(n / seconds).toFixed(0)} documents/s over the whole run of ${seconds.toFixed(1)} s, start-up included`);
    }
    const total = await grow(last, events);
    const store = await Store.open(last, { readonly: true });
    try {
      const filters = await eventFilterMix(store);
      const q = await latency(Array.from({ length: QUERIES }, (_, i) => () => store.events(filters(i))));
      const words = ["rebelles", "Alep", "président", "ceasefire", "Macron", "frappes", "sanctions", "Gaza"];
      const s = await latency(Array.from({ length: QUERIES }, (_, i) => () => store.search(words[i % words.length]!, { limit: 20 })));
      console.log(`  events query       p50 ${q.p50.toFixed(1)} ms, p95 ${q.p95.toFixed(1)} ms, max ${q.max.toFixed(1)} ms on ${total} events (${QUERIES} queries: type, country, actor, date range, 50 rows at most)`);
      console.log(`  search             p50 ${s.p50.toFixed(1)} ms, p95 ${s.p95.toFixed(1)} ms, max ${s.max.toFixed(1)} ms (${n} documents)`);
    } finally {
      await store.close();
    }
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
