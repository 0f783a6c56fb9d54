/** The typed document every stage reads and enriches. Offsets are UTF-16 indices into `text`, end exclusive. */
import type { KnownEntity } from "../knowledge/types.js";

export interface Span {
  start: number;
  end: number;
}

export type Precision = "year" | "month" | "day";

export interface CalendarValue {
  /** YYYY, YYYY-MM or YYYY-MM-DD */
  value: string;
  precision: Precision;
}

/** What a reader knows about a document before analysis. */
export interface DocumentMeta {
  id: string;
  /** file path, URL or "stdin" */
  source: string | null;
  date: CalendarValue | null;
  /** language declared by the input (HTML lang, JSONL field), if any */
  declaredLang: string | null;
  outlet: string | null;
  title: string | null;
  url: string | null;
  author: string | null;
}

/** A document as a reader hands it over: metadata, body text, and what went wrong but was recovered. */
export interface SourceDocument {
  meta: DocumentMeta;
  text: string;
  /** name for output files: the input file stem, plus the line number for JSONL */
  outputName: string;
  /** how messages name the document: its file, with the line, item or record within it */
  name: string;
  warnings: string[];
}

export type TokenKind = "word" | "number" | "punct" | "quote" | "clitic" | "symbol";

export interface Token extends Span {
  text: string;
  kind: TokenKind;
  /** lower case, without diacritics, typographic apostrophes folded: the form lookups use */
  norm: string;
  /** (where the bits of the name indexes whose names start with this token lie, as names.ts reads them once per token; internal) */
  owners?: number;
  ownersVersion?: number;
}

export interface Paragraph extends Span {
  index: number;
}

export interface Sentence extends Span {
  paragraph: number;
  /** tokens[firstToken, endToken) belong to this sentence */
  firstToken: number;
  endToken: number;
}

/** The document under analysis: source text, segmentation, and one slot per extraction stage. */
export interface AnalyzedDocument {
  meta: DocumentMeta;
  text: string;
  lang: string;
  langConfidence: number;
  paragraphs: Paragraph[];
  sentences: Sentence[];
  tokens: Token[];
  warnings: string[];
  /** extraction results, keyed by stage output name; the record builder reads them */
  entities: EntityRecord[];
  times: TimeRecord[];
  quotes: QuoteRecord[];
  events: EventRecord[];
  framing: FramingRecord[];
  /** what the knowledge base says of each entity (by entity id), for the stages after entities */
  known: Map<string, KnownEntity>;
  /** the day of writing when known (the document's date, or a day the text pins in a month-dated one), else the document's date */
  reference: CalendarValue | null;
}

export interface Mention extends Span {
  text: string;
}

export interface GeoPoint {
  /** null for a place the knowledge does not know, placed only in its country ("the town of Kavumu") */
  lat: number | null;
  lon: number | null;
  kind: "country" | "region" | "city" | "other";
  country: string | null;
}

export interface EntityRecord {
  id: string;
  name: string;
  type: "person" | "organization" | "location";
  aliases: string[];
  role: string | null;
  country: string | null;
  /** where `country` comes from: the knowledge base, the text, or the country the document is about (a guess) */
  countrySource: "knowledge" | "text" | "context" | null;
  kb: string | null;
  geo: GeoPoint | null;
  mentions: Mention[];
}

export interface TimeRecord extends Span, CalendarValue {
  text: string;
  /** what the expression is: date, month, monthPart, year, weekday, relDay, anchored, relPeriod, ago, period, holiday */
  kind: string;
}

export interface QuoteRecord extends Span {
  id: string;
  kind: (typeof QUOTE_KINDS)[number];
  text: string;
  speaker: string | null;
  speakerText: string | null;
  /** a speaker with no entity whose name the text gives all the same ("la Défense civile palestinienne"): a named source */
  speakerNamed?: boolean;
  cue: string | null;
  /** where the cue stands ("a-t-il ajouté", "urged"), when there is one */
  cueSpan?: Span;
}

export const EVENT_STATUSES = ["reported", "claimed", "historical", "intended", "negated"] as const;
export type EventStatus = (typeof EVENT_STATUSES)[number];

/** The sixteen event types of the PLOVER ontology. */
export const PLOVER_TYPES = [
  "AGREE", "ACCUSE", "AID", "ASSAULT", "COERCE", "CONCEDE", "CONSULT", "COOPERATE",
  "MOBILIZE", "PROTEST", "REJECT", "REQUEST", "RETREAT", "SANCTION", "SUPPORT", "THREATEN",
] as const;

export const QUOTE_KINDS = ["direct", "indirect", "partial"] as const;

export interface EventRecord {
  id: string;
  type: string;
  mode: string | null;
  trigger: Mention;
  actor: string | null;
  target: string | null;
  place: string | null;
  date: CalendarValue | null;
  status: EventStatus;
  source: string | null;
  fatalities: number | null;
  evidence: Span;
}

export interface FramingRecord extends Span {
  term: string;
  category: string;
  refersTo: string | null;
  voice: "author" | "quoted";
  neutral: string | null;
  /** every use of the label with this voice and referent in the document (the record's span is the first) */
  occurrences: Span[];
}
