import { Worker } from "node:worker_threads";
import { workerScript } from "../util/worker-script.js";
import type { SourceDocument } from "../document/document.js";
import type { AnalysisRecord } from "../record/record.js";
import type { StoryFeatures } from "../stories/features.js";

type Started = { started: number };
type Reply = {
  seq: number;
  record?: AnalysisRecord;
  simhash?: string | null;
  knownNames?: Record<string, string[]>;
  storyFeatures?: StoryFeatures;
  /** the record as JSON, from a pool started `serialized` */
  json?: string;
  lang?: string;
  warnings?: string[];
  error?: string;
};
type Ready = { ready: true; knowledgeErrors: string[] };

/** each analysis worker's heap limit: the knowledge takes ~100 MB, one document a few MB at most */
const WORKER_HEAP_MB = 1024;

/** A document analyzed, with its SimHash (computed here, off the writer's thread). */
export interface Analyzed {
  record: AnalysisRecord;
  simhash: string | null;
  /** the knowledge base's names of the record's entities, by entity id */
  knownNames: Record<string, string[]>;
  /** what it brings to story grouping */
  storyFeatures?: StoryFeatures;
}

interface Slot {
  worker: Worker;
  busy: number;
  /** the timer of the document it is analyzing now */
  timer: NodeJS.Timeout | null;
  /** stopped by the pool for a document over the time limit (its replacement is already started) */
  stopped: boolean;
}

/** A document analyzed by a pool started `serialized`: its record as JSON, its language and warnings. */
export interface SerializedAnalysis {
  json: string;
  lang: string;
  warnings: string[];
}

/** The default time one document's analysis may take. */
export const DEFAULT_TIME_LIMIT_MS = 60_000;

/**
 * Analysis in worker threads: each worker loads the knowledge once, then analyzes the documents
 * it is given. `analyze` hands a document to the least busy worker. A worker that stops (a crash,
 * memory exhausted) fails only the documents it held, each with the reason, and another takes
 * its place for the rest.
 */
export class AnalysisPool {
  private readonly workers: Slot[] = [];
  private readonly waiting = new Map<number, { resolve: (r: Reply) => void; reject: (e: Error) => void; slot: Slot; doc: SourceDocument; limitMs: number }>();
  /** how long one document's analysis may take before its worker is stopped and the document fails (the limit when it is handed over holds for it) */
  timeLimitMs = DEFAULT_TIME_LIMIT_MS;
  private seq = 0;
  private closing = false;

  private constructor(
    private readonly url: URL,
    private readonly files: string[],
    private readonly serialized: boolean,
  ) {}

  /**
   * Starts `size` workers and waits until each has its knowledge loaded; returns knowledge-file
   * errors once. A `serialized` pool sends records back as JSON text (see analyzeToJson), for a
   * main thread that only writes them; else as objects with what the store needs beside them.
   */
  static async start(size: number, files: string[], serialized = false): Promise<{ pool: AnalysisPool; knowledgeErrors: string[] }> {
    const pool = new AnalysisPool(workerScript("./analysis-worker.js", import.meta.url), files, serialized);
    const errors = await Promise.all(Array.from({ length: size }, () => pool.spawn()));
    return { pool, knowledgeErrors: errors[0] ?? [] };
  }

  /** A new worker in the pool; resolves with its knowledge-file errors once it is ready. */
  private spawn(): Promise<string[]> {
    // a heap of its own: a document that exhausts it stops this worker, not the ingest
    const worker = new Worker(this.url, { workerData: { files: this.files, serialized: this.serialized }, resourceLimits: { maxOldGenerationSizeMb: WORKER_HEAP_MB } });
    const slot: Slot = { worker, busy: 0, timer: null, stopped: false };
    this.workers.push(slot);
    return new Promise<string[]>((resolve, reject) => {
      let ready = false;
      let failure: Error | null = null;
      worker.on("message", (m: Reply | Ready | Started) => {
        if ("ready" in m) {
          ready = true;
          resolve(m.knowledgeErrors);
        } else if ("started" in m) this.time(slot, m.started);
        else this.settle(m);
      });
      worker.on("error", (err) => (failure = err));
      worker.on("exit", (code) => {
        const reason = failure?.message ?? `exit code ${code}`;
        this.lost(slot, reason);
        // one that stopped after it was ready is replaced; one that could not load is not retried
        if (!ready) reject(new Error(`an analysis worker stopped while loading: ${reason}`));
        else if (!this.closing && !slot.stopped) this.spawn().catch(() => {});
      });
    });
  }

  /** A worker stopped: it leaves the pool, and its documents fail with the reason. */
  private lost(slot: Slot, reason: string): void {
    const at = this.workers.indexOf(slot);
    if (at >= 0) this.workers.splice(at, 1);
    for (const [seq, w] of this.waiting)
      if (w.slot === slot) {
        this.waiting.delete(seq);
        w.reject(new Error(`the analysis worker stopped: ${reason}`));
      }
  }

  /** Starts the clock on the document a worker has begun. */
  private time(slot: Slot, seq: number): void {
    if (slot.timer) clearTimeout(slot.timer);
    const limit = this.waiting.get(seq)?.limitMs ?? this.timeLimitMs;
    slot.timer = setTimeout(() => this.overtime(slot, seq, limit), limit);
  }

  /**
   * A document over the time limit: it fails with the reason, its worker is stopped (it is busy
   * in a computation that nothing else can interrupt), and the documents queued behind it go to
   * a new worker.
   */
  private overtime(slot: Slot, seq: number, limitMs: number): void {
    const late = this.waiting.get(seq);
    if (!late || this.closing) return;
    this.waiting.delete(seq);
    late.reject(new Error(`the analysis took longer than ${(limitMs / 1000).toFixed(limitMs < 1000 ? 3 : 0)} s (see --time-limit)`));
    const queued = [...this.waiting].filter(([, w]) => w.slot === slot);
    for (const [s] of queued) this.waiting.delete(s);
    slot.stopped = true;
    const at = this.workers.indexOf(slot);
    if (at >= 0) this.workers.splice(at, 1);
    void slot.worker.terminate();
    this.spawn().then(
      () => {
        for (const [, w] of queued) this.request(w.doc, w.limitMs).then(w.resolve, w.reject);
      },
      (err: Error) => {
        for (const [, w] of queued) w.reject(err);
      },
    );
  }

  /** A document analyzed, with what the store needs beside its record. */
  async analyze(doc: SourceDocument): Promise<Analyzed> {
    const r = await this.request(doc);
    if (!r.record) throw new Error("this pool sends records as JSON (analyzeToJson)");
    return { record: r.record, simhash: r.simhash ?? null, knownNames: r.knownNames ?? {}, storyFeatures: r.storyFeatures };
  }

  /** A document analyzed by a `serialized` pool: its record as JSON text. */
  async analyzeToJson(doc: SourceDocument): Promise<SerializedAnalysis> {
    const r = await this.request(doc);
    if (r.json === undefined) throw new Error("this pool sends records as objects (analyze)");
    return { json: r.json, lang: r.lang ?? "und", warnings: r.warnings ?? [] };
  }

  private request(doc: SourceDocument, limitMs = this.timeLimitMs): Promise<Reply> {
    if (!this.workers.length) return Promise.reject(new Error("no analysis worker is running"));
    const slot = this.workers.reduce((a, b) => (b.busy < a.busy ? b : a));
    const seq = this.seq++;
    slot.busy++;
    return new Promise((resolve, reject) => {
      this.waiting.set(seq, { resolve, reject, slot, doc, limitMs });
      slot.worker.postMessage({ seq, doc });
    });
  }

  private settle(reply: Reply): void {
    const w = this.waiting.get(reply.seq);
    if (!w) return;
    this.waiting.delete(reply.seq);
    w.slot.busy--;
    if (w.slot.timer) clearTimeout(w.slot.timer);
    w.slot.timer = null;
    if (reply.record || reply.json !== undefined) w.resolve(reply);
    else w.reject(new Error(reply.error ?? "analysis failed"));
  }

  /** The workers running now (for tests and diagnostics). */
  get size(): number {
    return this.workers.length;
  }

  async close(): Promise<void> {
    this.closing = true;
    for (const w of this.workers) if (w.timer) clearTimeout(w.timer);
    await Promise.all(this.workers.map((w) => w.worker.terminate()));
  }
}
