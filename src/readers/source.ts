import type { DocumentMeta, SourceDocument } from "../document/document.js";
import { normalizeText } from "../text/normalize.js";
import { InputError } from "./errors.js";

/** What reading one document gives: the document, or an error naming it. */
export type ReadOutcome = { ok: true; doc: SourceDocument } | { ok: false; error: InputError };

export const DEFAULT_MAX_BYTES = 5_000_000;

export interface ReadOptions {
  /** documents larger than this many bytes (UTF-8) are refused */
  maxBytes: number;
}

export const defaultReadOptions: ReadOptions = { maxBytes: DEFAULT_MAX_BYTES };

/** Completes what a reader found into a SourceDocument, or throws an InputError naming the document. */
export function makeSource(
  name: string,
  body: string,
  meta: Partial<DocumentMeta> & { id: string },
  outputName: string,
  warnings: string[],
  options: ReadOptions,
): SourceDocument {
  const bytes = Buffer.byteLength(body, "utf8");
  if (bytes > options.maxBytes)
    throw new InputError(name, `document too large (${bytes} bytes, limit ${options.maxBytes}; see --max-bytes)`);
  const text = normalizeText(body).trim();
  if (!text) throw new InputError(name, "empty document (no text to analyze)");
  return {
    meta: {
      source: null,
      date: null,
      declaredLang: null,
      outlet: null,
      title: null,
      url: null,
      author: null,
      ...meta,
    },
    text,
    outputName,
    name,
    warnings,
  };
}
