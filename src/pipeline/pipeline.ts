import type { AnalyzedDocument, SourceDocument } from "../document/document.js";
import type { Knowledge } from "../knowledge/knowledge.js";

/** One small step over the document: reads what earlier stages left, adds its own part. */
export interface Stage {
  name: string;
  run(doc: AnalyzedDocument): void;
}

export function emptyAnalysis(source: SourceDocument): AnalyzedDocument {
  return {
    meta: source.meta,
    text: source.text,
    lang: "und",
    langConfidence: 0,
    paragraphs: [],
    sentences: [],
    tokens: [],
    warnings: [...source.warnings],
    entities: [],
    times: [],
    quotes: [],
    events: [],
    framing: [],
    known: new Map(),
    reference: source.meta.date,
  };
}

/** Runs stages in order over one document. */
export class Pipeline {
  /** milliseconds spent in each stage, when profiling is on (the benchmark turns it on) */
  readonly profile = new Map<string, number>();
  profiling = false;

  constructor(
    readonly stages: readonly Stage[],
    /** what the stages know; its load errors are the user's to see */
    readonly knowledge: Knowledge | null = null,
  ) {}

  analyze(source: SourceDocument): AnalyzedDocument {
    const doc = emptyAnalysis(source);
    for (const stage of this.stages) {
      if (!this.profiling) {
        stage.run(doc);
        continue;
      }
      const t0 = performance.now();
      stage.run(doc);
      this.profile.set(stage.name, (this.profile.get(stage.name) ?? 0) + performance.now() - t0);
    }
    return doc;
  }
}
