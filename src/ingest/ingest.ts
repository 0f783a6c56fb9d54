import { availableParallelism } from "node:os";
import { readInputs } from "../readers/inputs.js";
import type { ReadOptions } from "../readers/source.js";
import { textHash } from "../store/hash.js";
import { StoreError, storeProblem, type Store } from "../store/store.js";
import { AnalysisPool, type Analyzed } from "./analysis-pool.js";

export const BATCH_DOCUMENTS = 256;

/**
 * Analysis workers an ingest starts unless told: one per core but one, which the writer keeps
 * (it writes each record, groups it into a story, and receives the next; with as many workers as
 * cores, three busy threads shared two cores and the ingest was slower than with one worker:
 * 243–249 documents/s against 268–285 on this project's 2-core machine).
 */
export function defaultIngestWorkers(): number {
  return Math.max(1, availableParallelism() - 1);
}
export const BATCH_MS = 1000;

export interface IngestCounts {
  added: number;
  nearDuplicates: number;
  duplicates: number;
  failed: number;
}

export interface IngestOptions {
  read: ReadOptions;
  /** analysis worker threads */
  workers: number;
  /** user knowledge files */
  files: string[];
  /** called on each problem: the document's name and what went wrong */
  onFailure: (message: string) => void;
  /** called after each document is settled */
  onProgress: (counts: IngestCounts) => void;
  onKnowledgeErrors: (messages: string[]) => void;
  /** how long one document's analysis may take, in ms, before it fails (default 60 s) */
  timeLimitMs?: number;
  /** documents committed together at most (default 64) */
  batchDocuments?: number;
}

/**
 * Reads the inputs, analyzes the new texts in worker threads, and commits each document with its
 * analysis in input order (so that two runs over the same inputs give the same store, whatever
 * the workers' timing). Texts already stored are not analyzed again.
 */
export async function ingest(store: Store, paths: string[], options: IngestOptions): Promise<IngestCounts> {
  const counts: IngestCounts = { added: 0, nearDuplicates: 0, duplicates: 0, failed: 0 };
  // started on the first new text: a run over texts all stored already loads no knowledge
  let pool: AnalysisPool | null = null;
  const startPool = async (): Promise<AnalysisPool> => {
    const started = await AnalysisPool.start(Math.max(1, options.workers), options.files);
    if (options.timeLimitMs) started.pool.timeLimitMs = options.timeLimitMs;
    options.onKnowledgeErrors(started.knowledgeErrors);
    return started.pool;
  };
  const window = Math.max(1, options.workers) * 16;
  // documents are committed a batch at a time: BATCH_DOCUMENTS, or what BATCH_MS brought
  let committed = 0;
  let batchStarted = 0;
  const commit = async () => {
    await store.commitBatch();
    committed = counts.added + counts.nearDuplicates;
  };
  const pending: { name: string; hash: string; result: Promise<Analyzed> }[] = [];
  const settle = async () => {
    const next = pending.shift()!;
    try {
      const { record, simhash, knownNames, storyFeatures } = await next.result;
      if (!store.inBatch) {
        await store.beginBatch();
        batchStarted = performance.now();
      }
      const outcome = await store.add(record, { hash: next.hash, simhash, knownNames, storyFeatures });
      if (outcome === "added") counts.added++;
      else if (outcome === "near-duplicate") counts.nearDuplicates++;
      else counts.duplicates++;
      if (counts.added + counts.nearDuplicates - committed >= (options.batchDocuments ?? BATCH_DOCUMENTS) || performance.now() - batchStarted > BATCH_MS) await commit();
    } catch (err) {
      counts.failed++;
      const problem = storeProblem(err);
      // the database's own trouble stops the run: every document committed so far stays
      if (problem) {
        await store.rollbackBatch();
        throw new StoreError(`${store.path}: ${problem}; stopped at ${next.name}, after ${committed} documents added (all kept; a run again adds the rest)`);
      }
      options.onFailure(`${next.name}: not stored (${(err as Error).message})`);
    }
    options.onProgress(counts);
  };
  try {
    for await (const outcome of readInputs(paths, options.read)) {
      if (!outcome.ok) {
        counts.failed++;
        options.onFailure(outcome.error.message);
        continue;
      }
      const doc = outcome.doc;
      const hash = textHash(doc.text);
      if (await store.has(doc.text, hash)) {
        counts.duplicates++;
        options.onProgress(counts);
        continue;
      }
      pool ??= await startPool();
      const result = pool.analyze(doc);
      result.catch(() => {}); // settled in order below
      pending.push({ name: doc.name, hash, result });
      if (pending.length >= window) await settle();
    }
    while (pending.length) await settle();
    await commit();
  } catch (err) {
    await store.rollbackBatch();
    throw err;
  } finally {
    await pool?.close();
  }
  return counts;
}
