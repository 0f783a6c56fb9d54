/**
 * Story grouping at scale: synthetic documents' features (entities drawn from a long-tailed
 * vocabulary, content words, one day per thousand documents, as a stream of news runs) grouped
 * one by one into a fresh SQLite store through the store's own story index, committed in batches
 * of an ingest's size. Reports the cost of assigning one document as the store grows: the
 * writer's milliseconds per document over each tenth of the run (reading and writing the story
 * index, choosing, and each batch's counts; not the savepoint each document is written in).
 */
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { BATCH_DOCUMENTS as BATCH } from "../ingest/ingest.js";
import { SqliteConnection } from "../store/sqlite/connection.js";
import { StoredStoryIndex } from "../store/story-index.js";
import { assign } from "../stories/assign.js";
import type { StoryFeatures } from "../stories/features.js";

const DOCS_PER_DAY = 1000;
const ENTITIES = 200_000;
const TERMS = 30_000;

/** A deterministic generator (mulberry32): the same run gives the same stories. */
function random(seed: number): () => number {
  let a = seed;
  return () => {
    a = (a + 0x6d2b79f5) | 0;
    let t = Math.imul(a ^ (a >>> 15), 1 | a);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** An index drawn from a long tail: a few very common, most rare. */
const zipf = (rnd: () => number, n: number) => Math.floor(Math.pow(n, rnd()));

/** A document of one of the developments running that day: its specific names and words, and common ones. */
function features(i: number, rnd: () => number): StoryFeatures {
  const day = 20000 + Math.floor(i / DOCS_PER_DAY);
  // about a third of the documents retell one of the day's hundred developments
  const development = rnd() < 0.35 ? Math.floor(rnd() * 100) + day * 100 : null;
  const entities: Record<string, number> = {};
  const terms: Record<string, number> = {};
  const specific = random(development ?? i + 1_000_000_000);
  for (let k = 0; k < 4; k++) entities[`e${development !== null ? Math.floor(specific() * ENTITIES) : zipf(rnd, ENTITIES)}`] = 1 + Math.floor(rnd() * 4);
  for (let k = 0; k < 6; k++) entities[`e${zipf(rnd, 2000)}`] = 1 + Math.floor(rnd() * 2);
  for (let k = 0; k < 15; k++) terms[`t${development !== null ? Math.floor(specific() * TERMS) : zipf(rnd, TERMS)}`] = 1 + Math.floor(rnd() * 3);
  for (let k = 0; k < 35; k++) terms[`t${zipf(rnd, TERMS)}`] = 1;
  return { lang: rnd() < 0.5 ? "fr" : "en", days: [day, day], pinned: true, entities, events: [], terms, title: `document ${i}` };
}

export async function benchGrouping(n: number): Promise<void> {
  const dir = mkdtempSync(join(tmpdir(), "vigie-grouping-"));
  try {
    const conn = new SqliteConnection(join(dir, "grouping.db"));
    const index = new StoredStoryIndex();
    const rnd = random(42);
    const tenth = Math.max(1, Math.floor(n / 10));
    const rows: string[] = [];
    let ms = 0;
    let stories = 0;
    await conn.beginBatch();
    for (let i = 0; i < n; i++) {
      const f = features(i, rnd);
      // (each document in a savepoint of the batch, as the store writes it; the grouping alone is timed)
      await conn.transaction(async (tx) => {
        const t0 = performance.now();
        await index.begin(tx, f, true);
        if ((await assign(index, f)).opened) stories++;
        ms += performance.now() - t0;
      });
      index.accept();
      if ((i + 1) % BATCH === 0) {
        const t1 = performance.now();
        await conn.transaction((tx) => index.flush(tx));
        await conn.endBatch(true);
        await conn.beginBatch();
        ms += performance.now() - t1;
      }
      if ((i + 1) % tenth === 0) {
        rows.push(`${String(i + 1).padStart(9)} stored: ${(ms / tenth).toFixed(3)} ms per document`);
        ms = 0;
      }
    }
    await conn.transaction((tx) => index.flush(tx));
    await conn.endBatch(true);
    await conn.close();
    console.log(`\nvigie bench — story grouping at scale, ${n} synthetic documents (${DOCS_PER_DAY} a day, a third retelling one of the day's developments), SQLite, batches of ${BATCH}`);
    console.log(`  stories          ${stories}`);
    console.log(`  writer's cost of assigning one document, over each tenth of the run (the store holding that many):`);
    for (const r of rows) console.log(`  ${r}`);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
