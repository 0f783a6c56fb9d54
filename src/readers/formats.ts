import { basename, extname } from "node:path";
import type { SourceDocument } from "../document/document.js";
import { parseDateString } from "./calendar.js";
import { parseCorpusHeader } from "./corpus.js";
import { InputError } from "./errors.js";
import { readHtml } from "./html.js";
import { makeSource, type ReadOptions } from "./source.js";

export type Format = "text" | "html" | "jsonl" | "feed" | "warc";

const EXTENSIONS: Record<string, Format> = {
  ".txt": "text",
  ".text": "text",
  ".html": "html",
  ".htm": "html",
  ".xhtml": "html",
  ".jsonl": "jsonl",
  ".ndjson": "jsonl",
  ".rss": "feed",
  ".atom": "feed",
  ".xml": "feed",
  ".warc": "warc",
};

/** The format a file name announces, or null when its extension is not one Vigie reads. */
export function formatOfName(path: string): Format | null {
  if (/\.warc\.gz$/i.test(path)) return "warc";
  return EXTENSIONS[extname(path).toLowerCase()] ?? null;
}

/** The format of text whose name says nothing: a feed, markup, one JSON object a line, or plain text. */
export function sniffFormat(text: string): Format {
  const head = text.trimStart();
  if (/^(?:<\?xml[^>]*>\s*)?(?:<!--[\s\S]*?-->\s*)*<(?:rss|feed|rdf:RDF)\b/i.test(head)) return "feed";
  if (/^WARC\/\d/.test(head)) return "warc";
  if (/^<(?:!doctype\s+html|html|head|body|article)\b/i.test(head)) return "html";
  const lines = head.split("\n", 5).filter((l) => l.trim());
  if (lines.length && lines.every((l) => l.trimStart().startsWith("{"))) return "jsonl";
  return "text";
}

export function stemOf(path: string): string {
  const base = basename(path);
  const ext = extname(base);
  return ext ? base.slice(0, -ext.length) : base;
}

/** A plain or corpus text (the optional `date …` header gives the date). */
export function readText(name: string, source: string | null, text: string, warnings: string[], options: ReadOptions): SourceDocument {
  const header = parseCorpusHeader(text);
  const stem = stemOf(name);
  return makeSource(name, header.body, { id: stem, source, date: header.date }, stem, [...warnings, ...header.warnings], options);
}

export async function readHtmlDocument(
  name: string,
  source: string | null,
  html: string,
  warnings: string[],
  options: ReadOptions,
): Promise<SourceDocument> {
  const article = await readHtml(html);
  if (!article) throw new InputError(name, "no article text found in this HTML page");
  const stem = stemOf(name);
  return makeSource(
    name,
    article.text,
    { id: stem, source, date: article.date, title: article.title, author: article.author, outlet: article.outlet, declaredLang: article.lang },
    stem,
    warnings,
    options,
  );
}

const optionalString = (v: unknown) => (typeof v === "string" && v.trim() ? v.trim() : null);

/** One JSON Lines record: `text` required; `date`, `url`, `title`, `outlet`, `lang`, `id` optional. */
export function readJsonLine(file: string, lineNumber: number, line: string, options: ReadOptions): SourceDocument {
  const name = `${file}:${lineNumber}`;
  let value: unknown;
  try {
    // a byte-order mark before the first record is no part of it
    value = JSON.parse(lineNumber === 1 && line.startsWith("\uFEFF") ? line.slice(1) : line);
  } catch (err) {
    throw new InputError(name, `malformed JSON (${(err as Error).message})`);
  }
  if (!value || typeof value !== "object" || Array.isArray(value)) throw new InputError(name, "a JSON Lines record must be an object");
  const o = value as Record<string, unknown>;
  if (typeof o.text !== "string") throw new InputError(name, 'no "text" string field');
  const warnings: string[] = [];
  const rawDate = optionalString(o.date);
  const date = parseDateString(rawDate);
  if (rawDate && !date) warnings.push(`unreadable date "${rawDate}"; date left unknown`);
  const outputName = `${stemOf(file)}-${lineNumber}`;
  const id = optionalString(o.id) ?? (typeof o.id === "number" ? String(o.id) : null) ?? outputName;
  return makeSource(
    name,
    o.text,
    { id, source: file, date, url: optionalString(o.url), title: optionalString(o.title), outlet: optionalString(o.outlet), declaredLang: optionalString(o.lang) },
    outputName,
    warnings,
    options,
  );
}
