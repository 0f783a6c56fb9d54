import type { IngestCounts } from "../ingest/ingest.js";

const settled = (c: IngestCounts) => c.added + c.nearDuplicates + c.duplicates + c.failed;

function describe(c: IngestCounts): string {
  return `${c.added} added, ${c.nearDuplicates} near-duplicates linked to their original, ${c.duplicates} already stored, ${c.failed} failed`;
}

/**
 * Ingest progress on standard error: on a terminal a bar redrawn in place, with documents/s
 * and, once the total is known, the time left; otherwise a plain line every 1000 documents.
 */
export class Progress {
  private readonly started = performance.now();
  private readonly tty: boolean;
  private lastDraw = 0;

  constructor(
    private readonly quiet: boolean,
    /** documents expected, when known (for the bar and the ETA) */
    private readonly total: number | null = null,
  ) {
    this.tty = process.stderr.isTTY === true && !quiet;
  }

  private rate(c: IngestCounts): number {
    return settled(c) / Math.max((performance.now() - this.started) / 1000, 0.001);
  }

  private status(c: IngestCounts): string {
    const n = settled(c);
    const rate = this.rate(c);
    if (this.total === null) return `${n} documents, ${rate.toFixed(0)}/s (${describe(c)})`;
    const width = 24;
    const filled = Math.round((width * Math.min(n, this.total)) / Math.max(this.total, 1));
    const eta = rate > 0 ? Math.max(0, (this.total - n) / rate) : 0;
    return `[${"#".repeat(filled)}${".".repeat(width - filled)}] ${n}/${this.total} ${rate.toFixed(0)}/s ETA ${Math.ceil(eta)}s`;
  }

  /** A message line (a failure), printed above the bar. */
  line(message: string): void {
    process.stderr.write(`${this.tty ? "\r\x1b[K" : ""}${message}\n`);
  }

  update(c: IngestCounts): void {
    if (this.quiet) return;
    const now = performance.now();
    if (this.tty && now - this.lastDraw > 100) {
      this.lastDraw = now;
      process.stderr.write(`\r\x1b[K${this.status(c)}`);
    } else if (!this.tty && settled(c) % 1000 === 0) process.stderr.write(`vigie: ${this.status(c)}\n`);
  }

  /** Erases the bar (before a summary printed by someone else). */
  clear(): void {
    if (this.tty) process.stderr.write("\r\x1b[K");
  }

  done(c: IngestCounts, db: string): void {
    const seconds = (performance.now() - this.started) / 1000;
    process.stderr.write(`${this.tty ? "\r\x1b[K" : ""}vigie: ${settled(c)} documents in ${seconds.toFixed(1)} s, ${this.rate(c).toFixed(0)}/s, into ${db}: ${describe(c)}\n`);
  }
}
