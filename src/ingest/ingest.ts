import { readInputs } from "../readers/inputs.js";
import type { ReadOptions } from "../readers/source.js";
import type { AnalysisRecord } from "../record/record.js";
import { StoreError, storeProblem, type Store } from "../store/store.js";
import { AnalysisPool } from "./analysis-pool.js";

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
    options.onKnowledgeErrors(started.knowledgeErrors);
    return started.pool;
  };
  const window = Math.max(1, options.workers) * 16;
  const pending: { name: string; result: Promise<AnalysisRecord> }[] = [];
  const settle = async () => {
    const next = pending.shift()!;
    try {
      const outcome = store.add(await next.result);
      if (outcome === "added") counts.added++;
      else if (outcome === "near-duplicate") counts.nearDuplicates++;
      else counts.duplicates++;
    } catch (err) {
      counts.failed++;
      const problem = storeProblem(err);
      // the database's own trouble stops the run: every document committed so far stays
      if (problem) throw new StoreError(`${store.path}: ${problem}; stopped at ${next.name}, after ${counts.added + counts.nearDuplicates} documents added (all kept)`);
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
      if (store.has(doc.text)) {
        counts.duplicates++;
        options.onProgress(counts);
        continue;
      }
      pool ??= await startPool();
      const result = pool.analyze(doc);
      result.catch(() => {}); // settled in order below
      pending.push({ name: doc.name, result });
      if (pending.length >= window) await settle();
    }
    while (pending.length) await settle();
  } finally {
    await pool?.close();
  }
  return counts;
}
