import { Worker } from "node:worker_threads";
import type { SourceDocument } from "../document/document.js";
import type { AnalysisRecord } from "../record/record.js";

type Reply = { seq: number; record?: AnalysisRecord; simhash?: string | null; knownNames?: Record<string, string[]>; error?: string };

/** A document analyzed, with its SimHash (computed here, off the writer's thread). */
export interface Analyzed {
  record: AnalysisRecord;
  simhash: string | null;
  /** the knowledge base's names of the record's entities, by entity id */
  knownNames: Record<string, string[]>;
}

/**
 * Analysis in worker threads: each worker loads the knowledge once, then analyzes the documents
 * it is given. `analyze` hands a document to the least busy worker.
 */
export class AnalysisPool {
  private readonly workers: { worker: Worker; busy: number }[] = [];
  private readonly waiting = new Map<number, { resolve: (r: Analyzed) => void; reject: (e: Error) => void; slot: { busy: number } }>();
  private seq = 0;

  private constructor() {}

  /** Starts `size` workers and waits until each has its knowledge loaded; returns knowledge-file errors once. */
  static async start(size: number, files: string[]): Promise<{ pool: AnalysisPool; knowledgeErrors: string[] }> {
    const pool = new AnalysisPool();
    // run from the TypeScript sources (the tests), the worker is the built one
    const url = import.meta.url.endsWith(".ts") ? new URL("../../dist/ingest/analysis-worker.js", import.meta.url) : new URL("./analysis-worker.js", import.meta.url);
    const ready = Array.from({ length: size }, () => {
      const worker = new Worker(url, { workerData: { files } });
      const slot = { worker, busy: 0 };
      pool.workers.push(slot);
      return new Promise<string[]>((resolve, reject) => {
        worker.once("error", reject);
        worker.once("message", (m: { knowledgeErrors: string[] }) => {
          worker.off("error", reject);
          worker.on("message", (reply: Reply) => pool.settle(reply));
          worker.on("error", (err) => pool.failAll(err));
          resolve(m.knowledgeErrors);
        });
      });
    });
    const errors = await Promise.all(ready);
    return { pool, knowledgeErrors: errors[0] ?? [] };
  }

  analyze(doc: SourceDocument): Promise<Analyzed> {
    const slot = this.workers.reduce((a, b) => (b.busy < a.busy ? b : a));
    const seq = this.seq++;
    slot.busy++;
    return new Promise((resolve, reject) => {
      this.waiting.set(seq, { resolve, reject, slot });
      slot.worker.postMessage({ seq, doc });
    });
  }

  private settle(reply: Reply): void {
    const w = this.waiting.get(reply.seq);
    if (!w) return;
    this.waiting.delete(reply.seq);
    w.slot.busy--;
    if (reply.record) w.resolve({ record: reply.record, simhash: reply.simhash ?? null, knownNames: reply.knownNames ?? {} });
    else w.reject(new Error(reply.error ?? "analysis failed"));
  }

  private failAll(err: Error): void {
    for (const w of this.waiting.values()) w.reject(new Error(`an analysis worker stopped: ${err.message}`));
    this.waiting.clear();
  }

  async close(): Promise<void> {
    await Promise.all(this.workers.map((w) => w.worker.terminate()));
  }
}
