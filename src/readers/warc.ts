import { createReadStream } from "node:fs";
import { Writable } from "node:stream";
import { pipeline } from "node:stream/promises";
import { createGunzip } from "node:zlib";
import type { WARCRecord } from "warcio";
import type { SourceDocument } from "../document/document.js";
import { parseDateString } from "./calendar.js";
import { decodeUtf8 } from "./decode.js";
import { InputError } from "./errors.js";
import { readHtmlDocument, readText, stemOf } from "./formats.js";
import type { ReadOptions, ReadOutcome } from "./source.js";

/** The record types that carry a page: a crawled response, a stored resource, a text conversion. */
const PAGE_RECORDS = new Set(["response", "resource", "conversion"]);

interface PageRecord {
  type: string;
  url: string | null;
  crawled: string | null;
  mime: string;
  status: number | null;
}

function describe(record: WARCRecord): PageRecord {
  const http = record.httpHeaders;
  const mime = (http ? http.headers.get("content-type") : record.warcContentType) ?? "";
  const status = http?.statusCode != null ? Number(http.statusCode) : null;
  return { type: record.warcType ?? "", url: record.warcTargetURI ?? null, crawled: record.warcDate ?? null, mime: mime.toLowerCase(), status };
}

async function readPage(file: string, n: number, page: PageRecord, bytes: Uint8Array, options: ReadOptions): Promise<SourceDocument> {
  const name = `${file}#${n}${page.url ? ` (${page.url})` : ""}`;
  if (bytes.length > options.maxBytes)
    throw new InputError(name, `document too large (${bytes.length} bytes, limit ${options.maxBytes}; see --max-bytes)`);
  const { text, warning } = decodeUtf8(bytes);
  const warnings = warning ? [warning] : [];
  const outputName = `${stemOf(stemOf(file))}-${n}`;
  const doc = page.mime.includes("html")
    ? await readHtmlDocument(name, file, text, warnings, options)
    : readText(name, file, text, warnings, options);
  doc.outputName = outputName;
  doc.meta.id = page.url ?? outputName;
  doc.meta.url = page.url;
  if (!doc.meta.date && page.crawled) {
    doc.meta.date = parseDateString(page.crawled);
    doc.warnings.push("no publication date in the page; the crawl date stands in");
  }
  return doc;
}

/**
 * The pages of a WARC archive (.warc, .warc.gz), streamed record by record: HTML responses
 * through the article reader, text resources and conversions as text. Requests, metadata,
 * redirects, errors and non-text payloads are passed over silently; a page that holds no
 * article is an error naming the record; a file that is no WARC at all is one error.
 */
export async function* readWarc(file: string, options: ReadOptions): AsyncGenerator<ReadOutcome> {
  const { WARCParser } = await import("warcio");
  const parser = new WARCParser(createReadStream(file));
  let n = 0;
  let pages = 0;
  for await (const record of parser) {
    n++;
    const page = describe(record);
    if (!page.type) throw new InputError(file, `record ${n} is not a WARC record (corrupt or not a WARC file)`);
    const wanted = PAGE_RECORDS.has(page.type) && (page.status === null || page.status === 200) && /html|text\/plain/.test(page.mime);
    const bytes = await record.readFully(wanted);
    if (missingBytes(record) > 0) {
      yield { ok: false, error: new InputError(file, `truncated at record ${n} (offset ${parser.offset}): its Content-Length says ${record.warcContentLength} bytes, ${missingBytes(record)} of them are missing; the records after it are lost`) };
      return;
    }
    if (!wanted) continue;
    pages++;
    try {
      yield { ok: true, doc: await readPage(file, n, page, bytes, options) };
    } catch (err) {
      yield { ok: false, error: err instanceof InputError ? err : new InputError(`${file}#${n}`, String(err)) };
    }
  }
  if (n === 0) throw new InputError(file, "no WARC records (empty, truncated or corrupt archive)");
  const damage = /\.gz$/i.test(file) ? await gzipDamage(file) : null;
  if (damage) {
    yield { ok: false, error: new InputError(file, `${damage}; the records after the last whole one (${n}) are lost`) };
    return;
  }
  if (pages === 0) throw new InputError(file, `no text or HTML pages among its ${n} WARC records`);
}

/** The bytes a record's Content-Length announced that the archive did not hold (warcio's record reader counts them down). */
function missingBytes(record: WARCRecord): number {
  const reader = (record as unknown as { _reader?: { limit?: number } })._reader;
  return typeof reader?.limit === "number" && reader.limit > 0 ? reader.limit : 0;
}

/** What is wrong with a gzip file's compressed stream (cut short, corrupt), or null when it decompresses whole. */
async function gzipDamage(file: string): Promise<string | null> {
  const gunzip = createGunzip();
  try {
    await pipeline(createReadStream(file), gunzip, new Writable({ write: (_chunk, _enc, done) => done() }));
    return null;
  } catch (err) {
    const e = err as NodeJS.ErrnoException;
    return e.code === "Z_BUF_ERROR" ? `the compressed data is cut short (${gunzip.bytesWritten} bytes read)` : `the compressed data is corrupt at byte ${gunzip.bytesWritten} (${e.message})`;
  }
}
