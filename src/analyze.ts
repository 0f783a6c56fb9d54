import type { CalendarValue, SourceDocument } from "./document/document.js";
import { defaultPipeline } from "./pipeline/default.js";
import type { Pipeline } from "./pipeline/pipeline.js";
import { readText } from "./readers/formats.js";
import { defaultReadOptions } from "./readers/source.js";
import { toRecord, type AnalysisRecord } from "./record/record.js";

let shared: Pipeline | null = null;
const pipelineOrDefault = (p?: Pipeline) => p ?? (shared ??= defaultPipeline());

/** Analyzes a document a reader produced. */
export function analyzeSource(source: SourceDocument, pipeline?: Pipeline): AnalysisRecord {
  return toRecord(pipelineOrDefault(pipeline).analyze(source));
}

export interface AnalyzeTextOptions {
  id?: string;
  /** publication date; a `date …` header in the text is used when this is absent */
  date?: CalendarValue | null;
  pipeline?: Pipeline;
}

/** Analyzes one text (corpus format or plain). Throws an InputError for an empty or oversized text. */
export function analyzeText(text: string, options: AnalyzeTextOptions = {}): AnalysisRecord {
  const source = readText(options.id ?? "text", null, text, [], defaultReadOptions);
  if (options.id) source.meta.id = options.id;
  if (options.date !== undefined) source.meta.date = options.date;
  return analyzeSource(source, options.pipeline);
}
