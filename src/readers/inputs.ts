import { createReadStream, readFileSync, statSync } from "node:fs";
import { readdir, stat } from "node:fs/promises";
import { join } from "node:path";
import { createInterface } from "node:readline";
import { decodeUtf8, looksBinary } from "./decode.js";
import { describeFsError, InputError } from "./errors.js";
import { formatOfName, readHtmlDocument, readJsonLine, readText, sniffFormat, type Format } from "./formats.js";
import { readFeed } from "./feed.js";
import { defaultReadOptions, type ReadOptions, type ReadOutcome } from "./source.js";
import { readWarc } from "./warc.js";

export type { ReadOutcome };

const failure = (document: string, problem: string): ReadOutcome => ({ ok: false, error: new InputError(document, problem) });

async function* attempt(name: string, read: () => AsyncGenerator<ReadOutcome> | ReadOutcome[]): AsyncGenerator<ReadOutcome> {
  try {
    yield* read();
  } catch (err) {
    yield err instanceof InputError ? { ok: false, error: err } : failure(name, describeFsError(err));
  }
}

/** Files below a directory that Vigie reads, in a stable order; hidden entries are skipped. */
async function* walk(dir: string): AsyncGenerator<string> {
  const entries = await readdir(dir, { withFileTypes: true });
  entries.sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
  for (const e of entries) {
    if (e.name.startsWith(".") || e.name === "node_modules") continue;
    const path = join(dir, e.name);
    if (e.isDirectory()) yield* walk(path);
    else if (e.isFile() && formatOfName(path)) yield path;
  }
}

async function fromText(name: string, source: string | null, bytes: Uint8Array, format: Format | null, options: ReadOptions): Promise<ReadOutcome[]> {
  if (looksBinary(bytes)) throw new InputError(name, "binary file, not text");
  const { text, warning } = decodeUtf8(bytes);
  const warnings = warning ? [warning] : [];
  const f = format ?? sniffFormat(text);
  if (f === "html") return [{ ok: true, doc: await readHtmlDocument(name, source, text, warnings, options) }];
  if (f === "jsonl") return fromJsonLines(name, text.split("\n"), options);
  if (f === "feed") return readFeed(name, text, options);
  if (f === "warc") throw new InputError(name, "a WARC archive is read from a file (.warc or .warc.gz), not from standard input");
  return [{ ok: true, doc: readText(name, source, text, warnings, options) }];
}

function fromJsonLines(name: string, lines: string[], options: ReadOptions): ReadOutcome[] {
  return lines.flatMap((line, i) => (line.trim() ? jsonLine(name, i + 1, line, options) : []));
}

/** A JSON Lines file, streamed line by line so that a large file never sits whole in memory. */
async function* jsonLinesFile(path: string, options: ReadOptions): AsyncGenerator<ReadOutcome> {
  const lines = createInterface({ input: createReadStream(path, { encoding: "utf8" }), crlfDelay: Infinity });
  let n = 0;
  for await (const line of lines) {
    n++;
    if (line.trim()) yield* jsonLine(path, n, line, options);
  }
}

function jsonLine(path: string, n: number, line: string, options: ReadOptions): ReadOutcome[] {
  try {
    return [{ ok: true, doc: readJsonLine(path, n, line, options) }];
  } catch (err) {
    return [err instanceof InputError ? { ok: false, error: err } : failure(`${path}:${n}`, String(err))];
  }
}

async function* file(path: string, options: ReadOptions): AsyncGenerator<ReadOutcome> {
  const format = formatOfName(path);
  if (format === "jsonl") {
    yield* jsonLinesFile(path, options);
    return;
  }
  if (format === "warc") {
    yield* readWarc(path, options);
    return;
  }
  // (read at once: a document is small, and one synchronous read costs less than the four round trips of an asynchronous one)
  const info = statSync(path);
  if (info.size > options.maxBytes)
    throw new InputError(path, `document too large (${info.size} bytes, limit ${options.maxBytes}; see --max-bytes)`);
  yield* await fromText(path, path, readFileSync(path), format, options);
}

async function readStdin(): Promise<Uint8Array> {
  const chunks: Buffer[] = [];
  for await (const chunk of process.stdin) chunks.push(chunk as Buffer);
  return Buffer.concat(chunks);
}

/**
 * Every document in the given paths: files, directories (recursively, the extensions Vigie
 * reads), and "-" for standard input. A bad input yields an error outcome and the rest go on.
 */
export async function* readInputs(paths: string[], options: ReadOptions = defaultReadOptions): AsyncGenerator<ReadOutcome> {
  for (const path of paths) {
    if (path === "-") {
      yield* attempt("stdin", async function* () {
        yield* await fromText("stdin", "stdin", await readStdin(), null, options);
      });
      continue;
    }
    let isDir = false;
    try {
      isDir = (await stat(path)).isDirectory();
    } catch (err) {
      yield failure(path, describeFsError(err));
      continue;
    }
    if (!isDir) {
      yield* attempt(path, () => file(path, options));
      continue;
    }
    let found = 0;
    try {
      for await (const f of walk(path)) {
        found++;
        yield* attempt(f, () => file(f, options));
      }
    } catch (err) {
      yield failure(path, describeFsError(err));
    }
    if (found === 0) yield failure(path, "no readable documents in this directory (.txt, .html, .jsonl, .rss, .atom, .xml, .warc, .warc.gz)");
  }
}

/**
 * How many documents the inputs hold, for a progress bar: files count one, JSON Lines files one a
 * non-blank line. Null when that cannot be known beforehand (standard input, feeds, archives).
 */
export async function countDocuments(paths: string[]): Promise<number | null> {
  let n = 0;
  const count = async (path: string): Promise<boolean> => {
    const format = formatOfName(path);
    if (format === "feed" || format === "warc") return false;
    if (format !== "jsonl") n++;
    else for await (const line of createInterface({ input: createReadStream(path, { encoding: "utf8" }), crlfDelay: Infinity })) if (line.trim()) n++;
    return true;
  };
  try {
    for (const path of paths) {
      if (path === "-") return null;
      if ((await stat(path)).isDirectory()) {
        for await (const f of walk(path)) if (!(await count(f))) return null;
      } else if (!(await count(path))) return null;
    }
  } catch {
    return null;
  }
  return n;
}
