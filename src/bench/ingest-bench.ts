/**
 * The ingest benchmark: a generated corpus of ~2 KB dispatches written as JSON Lines, ingested
 * into a fresh SQLite store with every stage on and the analysis in worker threads (one per
 * core); then the size of the store, and the latency of full-text searches and of event queries
 * on it (p50, p95 over a few hundred varied queries).
 */
import { createWriteStream, mkdtempSync, rmSync, statSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { defaultIngestWorkers, ingest } from "../ingest/ingest.js";
import type { EventFilters } from "../store/queries.js";
import { Store } from "../store/store.js";
import { createServer } from "../server/server.js";
import { generateCorpus } from "./corpus.js";

const OUTLETS = ["Le Courrier", "La Dépêche du Soir", "The Morning Ledger", "Agence Est", "Wire Service"];
const QUERIES = 300;

const mb = (bytes: number) => (bytes / 1e6).toFixed(1);

export async function writeCorpus(path: string, n: number): Promise<number> {
  const out = createWriteStream(path);
  let bytes = 0;
  for (let start = 0; start < n; start += 5000) {
    for (const [i, d] of generateCorpus(Math.min(5000, n - start), start).entries()) {
      const line = `${JSON.stringify({ id: `bench-${start + i}`, text: d.text, date: d.meta.date?.value, outlet: OUTLETS[(start + i) % OUTLETS.length] })}\n`;
      bytes += Buffer.byteLength(d.text);
      if (!out.write(line)) await new Promise<void>((r) => out.once("drain", () => r()));
    }
  }
  await new Promise<void>((resolve, reject) => out.end((err?: Error | null) => (err ? reject(err) : resolve())));
  return bytes;
}

/** Milliseconds at the given quantiles of a run of timed calls (each awaited in turn). */
export async function latency(calls: (() => unknown)[]): Promise<{ p50: number; p95: number; max: number }> {
  const times: number[] = [];
  for (const call of calls) {
    const t0 = performance.now();
    await call();
    times.push(performance.now() - t0);
  }
  times.sort((a, b) => a - b);
  const at = (q: number) => times[Math.min(times.length - 1, Math.floor(q * times.length))]!;
  return { p50: at(0.5), p95: at(0.95), max: times[times.length - 1]! };
}

/** A varied mix of event queries for a store: by type, country, actor, date range, type and country. */
export async function eventFilterMix(store: Store): Promise<(i: number) => EventFilters> {
  const people = (await store.topEntities(20)).map((e) => e.name);
  const types = (await store.eventsByType()).map((e) => e.type);
  const countries = ["SY", "FR", "US", "IL", "LB", "UA", "RU", "KR"];
  return (i: number): EventFilters => {
    switch (i % 5) {
      case 0: return { type: types[i % types.length], limit: 50 };
      case 1: return { country: countries[i % countries.length], limit: 50 };
      case 2: return { actor: people[i % people.length], limit: 50 };
      case 3: return { from: "2024-12-01", to: "2024-12-31", limit: 50 };
      default: return { type: types[i % types.length], country: countries[i % countries.length], limit: 50 };
    }
  };
}

/** Ingests n generated documents and times queries on the store; `keep` leaves the store for inspection. */
export async function benchIngest(n: number, keep = false): Promise<void> {
  const dir = mkdtempSync(join(tmpdir(), "vigie-bench-"));
  try {
    const input = join(dir, "corpus.jsonl");
    const bytes = await writeCorpus(input, n);
    (globalThis as { gc?: () => void }).gc?.();
    const workers = defaultIngestWorkers();
    const path = join(dir, "bench.db");
    const store = await Store.open(path);
    const t0 = performance.now();
    const counts = await ingest(store, [input], {
      read: { maxBytes: 5_000_000 },
      workers,
      files: [],
      onFailure: (m) => console.error(`  failure: ${m}`),
      onProgress: () => {},
      onKnowledgeErrors: () => {},
    });
    const seconds = (performance.now() - t0) / 1000;
    store.sqlite?.db.pragma("wal_checkpoint(TRUNCATE)");
    const size = statSync(path).size;
    const stats = await store.stats();
    const grouping = { ...store.grouping };
    const stories = await store.storyCount();

    const words = ["rebelles", "Alep", "Aleppo", "président", "ceasefire", "Macron", "élections", "frappes", "Moscou", "Biden", "sanctions", "manifestants", "Gaza", "Téhéran", "accord", "parliament", "budget", "Netanyahu", "Hezbollah", "Séoul"];
    const queries = Array.from({ length: QUERIES }, (_, i) => (i % 3 === 2 ? `${words[i % words.length]} ${words[(i * 7) % words.length]}` : words[i % words.length]!));
    const search = await latency(Array.from({ length: QUERIES }, (_, i) => () => store.search(queries[i]!, { limit: 20 })));
    const filters = await eventFilterMix(store);
    const events = await latency(Array.from({ length: QUERIES }, (_, i) => () => store.events(filters(i))));
    // the same through the HTTP API (validation, serialisation; fastify.inject, no socket)
    const app = await createServer(store, { webRoot: null, rateLimit: 1e9 });
    const get = (url: string) => app.inject({ method: "GET", url }).then((r) => (r.statusCode === 200 ? r : Promise.reject(new Error(`${url}: ${r.statusCode} ${r.body}`))));
    const query = (f: EventFilters) => new URLSearchParams(Object.entries(f).map(([k, v]): [string, string] => [k, String(v)])).toString();
    const apiSearch = await latency(queries.map((q) => () => get(`/api/search?limit=20&q=${encodeURIComponent(q)}`)));
    const apiEvents = await latency(Array.from({ length: QUERIES }, (_, i) => () => get(`/api/events?${query(filters(i))}`)));
    await app.close();
    await store.close();

    const done = counts.added + counts.nearDuplicates + counts.duplicates;
    console.log(`\nvigie bench — ingest, ${workers} analysis workers, ${n} documents of ${(bytes / n / 1000).toFixed(1)} KB on average (JSON Lines, ${mb(bytes)} MB of text)`);
    console.log(`  throughput         ${(done / seconds).toFixed(0)} documents/s (${seconds.toFixed(0)} s; ${counts.added} added, ${counts.nearDuplicates} near-duplicates linked, ${counts.duplicates} duplicates, ${counts.failed} failed)`);
    console.log(`  store              ${mb(size)} MB, ${(size / 1000 / Math.max(stats.documents, 1)).toFixed(1)} KB per document (${stats.entities} entities, ${stats.mentions} mentions, ${stats.quotes} quotes, ${stats.events} events)`);
    console.log(`  story grouping     ${(grouping.ms / Math.max(grouping.documents, 1)).toFixed(3)} ms per document on the writer (${stories} stories for ${grouping.documents} documents)`);
    console.log(`  search             p50 ${search.p50.toFixed(1)} ms, p95 ${search.p95.toFixed(1)} ms, max ${search.max.toFixed(1)} ms (${QUERIES} queries, 20 hits each at most)`);
    console.log(`  events query       p50 ${events.p50.toFixed(1)} ms, p95 ${events.p95.toFixed(1)} ms, max ${events.max.toFixed(1)} ms (${QUERIES} queries: type, country, actor, date range, 50 rows at most)`);
    console.log(`  API /api/search    p50 ${apiSearch.p50.toFixed(1)} ms, p95 ${apiSearch.p95.toFixed(1)} ms, max ${apiSearch.max.toFixed(1)} ms; /api/events p50 ${apiEvents.p50.toFixed(1)} ms, p95 ${apiEvents.p95.toFixed(1)} ms, max ${apiEvents.max.toFixed(1)} ms (same queries)`);
    console.log(`  memory             max RSS of the process (reader, store and workers) ${mb(process.resourceUsage().maxRSS * 1024)} MB`);
  } finally {
    if (keep) console.log(`  store kept at ${join(dir, "bench.db")}`);
    else rmSync(dir, { recursive: true, force: true });
  }
}
