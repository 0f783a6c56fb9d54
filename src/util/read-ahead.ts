/**
 * An async sequence read `depth` items ahead: while its consumer works on one item, the reads of
 * the next ones (files, lines) are already under way. Order and errors are the source's.
 */
export async function* readAhead<T>(source: AsyncIterable<T>, depth: number): AsyncGenerator<T> {
  const it = source[Symbol.asyncIterator]();
  const queue: Promise<IteratorResult<T>>[] = [];
  for (;;) {
    while (queue.length < depth) queue.push(it.next());
    const r = await queue.shift()!;
    if (r.done) return;
    yield r.value;
  }
}

/**
 * Writes that go on while their caller does other work, at most `limit` at once; `settled`
 * waits for all. A failed write is reported through `onError` with its label.
 */
export class BackgroundWrites {
  private readonly pending = new Set<Promise<void>>();

  constructor(
    private readonly limit: number,
    private readonly onError: (label: string, err: Error) => void,
  ) {}

  async add(label: string, write: () => Promise<void>): Promise<void> {
    while (this.pending.size >= this.limit) await Promise.race(this.pending);
    const p: Promise<void> = write()
      .catch((err: Error) => this.onError(label, err))
      .finally(() => this.pending.delete(p));
    this.pending.add(p);
  }

  async settled(): Promise<void> {
    await Promise.all(this.pending);
  }
}
