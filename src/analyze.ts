import type { CalendarValue, SourceDocument } from "./document/document.js";
import { createPipeline, type PipelineOptions } from "./pipeline/default.js";
import type { Pipeline } from "./pipeline/pipeline.js";
import { readText } from "./readers/formats.js";
import { defaultReadOptions } from "./readers/source.js";
import { toRecord, type AnalysisRecord } from "./record/record.js";
import { loadLanguageModel, needsLanguageModel } from "./text/language.js";

export interface AnalyzeTextOptions {
  id?: string;
  /** publication date; a `date …` header in the text is used when this is absent */
  date?: CalendarValue | null;
}

/** Analyzes documents with the default pipeline: `const vigie = await createAnalyzer()`. */
export class Analyzer {
  constructor(readonly pipeline: Pipeline) {}

  /** Loads what analyzing this text needs and is not loaded yet (the language model, with `lazyLanguageModel`). */
  async ready(text: string): Promise<void> {
    if (needsLanguageModel(text)) await loadLanguageModel();
  }

  /** Analyzes a document a reader produced. */
  analyzeSource(source: SourceDocument): AnalysisRecord {
    return toRecord(this.pipeline.analyze(source));
  }

  /** Analyzes one text (corpus format or plain). Throws an InputError for an empty or oversized text. */
  analyzeText(text: string, options: AnalyzeTextOptions = {}): AnalysisRecord {
    const source = readText(options.id ?? "text", null, text, [], defaultReadOptions);
    if (options.id) source.meta.id = options.id;
    if (options.date !== undefined) source.meta.date = options.date;
    return this.analyzeSource(source);
  }
}

/** An analyzer with the default pipeline; `options.files` adds user knowledge files. */
export async function createAnalyzer(options: PipelineOptions = {}): Promise<Analyzer> {
  return new Analyzer(await createPipeline(options));
}
