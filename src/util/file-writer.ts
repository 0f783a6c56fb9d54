/**
 * Files written by a thread of their own: the caller hands over a path and its text and goes on
 * (analyzing the next document); the thread writes them in order, synchronously, and tells back
 * which were written and which failed, with the reason. On two cores this takes the writes'
 * promise and buffer work (about 0.14 ms a record) off the analysis thread.
 */
import { Worker } from "node:worker_threads";
import { workerScript } from "./worker-script.js";

type Reply = { written: number[]; failed: [number, string][] };

/** files handed over and not yet told back, past which `write` waits (each record is a few KB to a few MB) */
const MOST_PENDING = 256;
/** files sent to the thread in one message */
const BATCH = 8;

export class FileWriter {
  private readonly worker: Worker;
  private readonly pending = new Map<number, { file: string; written: () => void }>();
  private batch: [number, string, string][] = [];
  private seq = 0;
  private room: (() => void) | null = null;
  private drained: (() => void) | null = null;
  private failure: Error | null = null;

  /** @param onError told of each file that could not be written, and why */
  constructor(private readonly onError: (file: string, err: Error) => void) {
    this.worker = new Worker(workerScript("./file-writer-thread.js", import.meta.url));
    this.worker.on("message", (r: Reply) => this.settle(r));
    // (a thread that stops fails the files it held; none is left waiting)
    this.worker.on("error", (err) => (this.failure = err));
    this.worker.on("exit", () => {
      const reason = this.failure ?? new Error("the writing thread stopped");
      for (const [seq, { file }] of this.pending) {
        this.pending.delete(seq);
        this.onError(file, reason);
      }
      this.wake();
    });
    this.worker.unref();
  }

  /** Hands over a file to write; `written` is called once it is. Waits while too many are pending. */
  async write(file: string, text: string, written: () => void): Promise<void> {
    if (this.failure) {
      this.onError(file, this.failure);
      return;
    }
    const seq = this.seq++;
    this.pending.set(seq, { file, written });
    this.batch.push([seq, file, text]);
    if (this.batch.length >= BATCH) this.send();
    while (this.pending.size >= MOST_PENDING && !this.failure) await new Promise<void>((r) => (this.room = r));
  }

  /** Waits until every file handed over is written or failed, then stops the thread. */
  async close(): Promise<void> {
    this.send();
    if (this.pending.size) await new Promise<void>((r) => (this.drained = r));
    await this.worker.terminate();
  }

  private send(): void {
    if (!this.batch.length || this.failure) return;
    this.worker.ref();
    this.worker.postMessage(this.batch);
    this.batch = [];
  }

  private settle(r: Reply): void {
    for (const seq of r.written) {
      this.pending.get(seq)?.written();
      this.pending.delete(seq);
    }
    for (const [seq, message] of r.failed) {
      const p = this.pending.get(seq);
      this.pending.delete(seq);
      if (p) this.onError(p.file, new Error(message));
    }
    this.wake();
  }

  private wake(): void {
    if (!this.pending.size) this.worker.unref();
    if (this.pending.size < MOST_PENDING && this.room) {
      const r = this.room;
      this.room = null;
      r();
    }
    if (!this.pending.size && this.drained) {
      const d = this.drained;
      this.drained = null;
      d();
    }
  }
}
