/**
 * Cursor paging: a page's `next` is an opaque token for where the following page begins
 * (today the number of rows before it), so clients never build one themselves.
 */

export class BadParameter extends Error {
  constructor(
    readonly parameter: string,
    message: string,
  ) {
    super(message);
  }
}

export function encodeCursor(offset: number): string {
  return Buffer.from(`o${offset}`).toString("base64url");
}

export function decodeCursor(cursor: string | undefined): number {
  if (cursor === undefined) return 0;
  const m = /^o(\d{1,12})$/.exec(Buffer.from(cursor, "base64url").toString("latin1"));
  if (!m) throw new BadParameter("cursor", "cursor is not one this server gave (use the `next` of the previous page)");
  return Number(m[1]);
}

/** One page from a query that takes a limit and an offset: one row more is read to know whether another page follows. */
export async function page<T>(cursor: string | undefined, limit: number, read: (limit: number, offset: number) => Promise<T[]>): Promise<{ items: T[]; next: string | null }> {
  const offset = decodeCursor(cursor);
  const rows = await read(limit + 1, offset);
  return { items: rows.slice(0, limit), next: rows.length > limit ? encodeCursor(offset + limit) : null };
}

/** Every row of a query, read a page at a time (for streamed exports). */
export async function* allRows<T>(read: (limit: number, offset: number) => Promise<T[]>, size = 1000): AsyncGenerator<T> {
  for (let offset = 0; ; offset += size) {
    const rows = await read(size, offset);
    yield* rows;
    if (rows.length < size) return;
  }
}
