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
