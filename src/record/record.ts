import type {
  AnalyzedDocument,
  CalendarValue,
  EntityRecord,
  EventRecord,
  FramingRecord,
  QuoteRecord,
  TimeRecord,
} from "../document/document.js";

export const SCHEMA = "vigie.analysis/1";

/** The analysis record of shared/contract/analysis.md (contract v1), plus fields of our own. */
export interface AnalysisRecord {
  schema: typeof SCHEMA;
  doc: {
    id: string;
    source: string | null;
    lang: string;
    date: CalendarValue | null;
    outlet: string | null;
    title: string | null;
    url: string | null;
    author: string | null;
    langConfidence: number;
    warnings: string[];
  };
  text: string;
  entities: EntityRecord[];
  times: TimeRecord[];
  quotes: QuoteRecord[];
  events: EventRecord[];
  framing: FramingRecord[];
  sentences: { start: number; end: number }[];
}

export function toRecord(doc: AnalyzedDocument): AnalysisRecord {
  const { meta } = doc;
  return {
    schema: SCHEMA,
    doc: {
      id: meta.id,
      source: meta.source,
      lang: doc.lang,
      date: meta.date,
      outlet: meta.outlet,
      title: meta.title,
      url: meta.url,
      author: meta.author,
      langConfidence: Math.round(doc.langConfidence * 1000) / 1000,
      warnings: doc.warnings,
    },
    text: doc.text,
    entities: doc.entities,
    times: doc.times,
    quotes: doc.quotes,
    events: doc.events,
    framing: doc.framing,
    sentences: doc.sentences.map(({ start, end }) => ({ start, end })),
  };
}

/** Every span that claims a text must hold it: the list of those that do not (empty when the record is sound). */
export function spanProblems(record: AnalysisRecord): string[] {
  const problems: string[] = [];
  const check = (what: string, s: { start: number; end: number; text?: string }) => {
    const ok = Number.isInteger(s.start) && Number.isInteger(s.end) && s.start >= 0 && s.start <= s.end && s.end <= record.text.length;
    if (!ok) problems.push(`${what}: bad span ${s.start}-${s.end}`);
    else if (s.text !== undefined && record.text.slice(s.start, s.end) !== s.text)
      problems.push(`${what}: span ${s.start}-${s.end} does not hold ${JSON.stringify(s.text)}`);
  };
  for (const e of record.entities) for (const m of e.mentions) check(`entity ${e.id}`, m);
  for (const t of record.times) check("time", t);
  for (const q of record.quotes) check(`quote ${q.id}`, q);
  for (const v of record.events) {
    check(`event ${v.id} trigger`, v.trigger);
    check(`event ${v.id} evidence`, v.evidence);
  }
  for (const f of record.framing) check("framing", f);
  for (const s of record.sentences) check("sentence", s);
  return problems;
}
