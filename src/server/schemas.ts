/**
 * The HTTP API's parameters and answers as JSON Schema (TypeBox): Fastify validates requests
 * and serialises answers with them, and the OpenAPI document is generated from them.
 */
import { Type, type TSchema } from "@sinclair/typebox";
import { EVENT_STATUSES, PLOVER_TYPES, QUOTE_KINDS } from "../document/document.js";

const Nullable = <T extends TSchema>(t: T) => Type.Union([t, Type.Null()]);
const Str = Type.String();
const NStr = Nullable(Type.String());
const NNum = Nullable(Type.Number());
const Int = Type.Integer();

/** A calendar value as the CLI takes it: a year, a month or a day. */
const DateParam = Type.String({ pattern: "^\\d{4}(-(0[1-9]|1[0-2])(-(0[1-9]|[12]\\d|3[01]))?)?$", description: "YYYY, YYYY-MM or YYYY-MM-DD" });
const Name = Type.String({ minLength: 1, maxLength: 200 });
const Lang = Type.Optional(Type.String({ pattern: "^[a-z]{2,3}$", description: "ISO 639-1 code" }));

/** A query string's schema: unknown parameters are refused, not ignored (a typo must not widen a query). */
const Query = <P extends Record<string, TSchema>>(properties: P) => Type.Object(properties, { additionalProperties: false });

export const MAX_PAGE = 1000;
export const Paging = {
  limit: Type.Optional(Type.Integer({ minimum: 1, maximum: MAX_PAGE, default: 50 })),
  cursor: Type.Optional(Type.String({ pattern: "^[A-Za-z0-9_-]{1,40}$", description: "the `next` of the previous page" })),
};

/** A page of a list: the items and the cursor of the next page (null on the last). */
export const Page = <T extends TSchema>(item: T) => Type.Object({ items: Type.Array(item), next: NStr });

export const IdParams = Type.Object({ id: Type.Integer({ minimum: 1 }) });
export const NameParams = Type.Object({ name: Name });

export const ErrorBody = Type.Object({
  statusCode: Int,
  error: Str,
  message: Str,
  /** the parameter at fault, when one is */
  parameter: Type.Optional(Str),
});

const eventFilters = {
  type: Type.Optional(Type.Union(PLOVER_TYPES.map((t) => Type.Literal(t)))),
  status: Type.Optional(Type.Union(EVENT_STATUSES.map((t) => Type.Literal(t)))),
  actor: Type.Optional(Name),
  target: Type.Optional(Name),
  place: Type.Optional(Name),
  country: Type.Optional(Type.String({ pattern: "^[A-Za-z]{2}$", description: "ISO 3166 alpha-2 code of the actor, the target or the place" })),
  from: Type.Optional(DateParam),
  to: Type.Optional(DateParam),
  lang: Lang,
  outlet: Type.Optional(Name),
};
export const EventQuery = Query(eventFilters);
export const EventListQuery = Query({ ...eventFilters, ...Paging });

export const EventRow = Type.Object({
  event_id: Int, event_date: NStr, date_precision: NStr, event_type: Str, event_mode: NStr, status: Str,
  actor1: NStr, actor1_country: NStr, actor2: NStr, actor2_country: NStr,
  place: NStr, place_country: NStr, latitude: NNum, longitude: NNum, geo_precision: NStr,
  source: NStr, fatalities: Nullable(Int), evidence: Str, trigger: Str,
  document: Str, outlet: NStr, url: NStr, document_date: NStr, document_id: Int, lang: Str,
});

export const TimelineBody = Type.Object({ days: Type.Array(Type.Object({ day: Str, type: Str, n: Int })) });

export const DocumentQuery = Query({
  lang: Lang,
  outlet: Type.Optional(Name),
  from: Type.Optional(DateParam),
  to: Type.Optional(DateParam),
  story: Type.Optional(Type.Integer({ minimum: 1 })),
  ...Paging,
});

const DocumentFields = {
  id: Int, key: Str, title: NStr, date: NStr, outlet: NStr, lang: Str, url: NStr, story_id: Nullable(Int), duplicate_of: Nullable(Int),
};
export const DocumentRow = Type.Object(DocumentFields);

const Span = { start: Int, end: Int, text: Str };
export const DocumentView = Type.Object({
  ...DocumentFields,
  date_precision: NStr,
  source: NStr,
  text: Str,
  entities: Type.Array(Type.Object({ id: Int, name: Str, type: Str, kb: NStr, country: NStr, lat: NNum, lon: NNum, roles: Type.Array(Str), mentions: Type.Array(Type.Object(Span)) })),
  times: Type.Array(Type.Object({ ...Span, value: Str, precision: Str })),
  quotes: Type.Array(Type.Object({ ...Span, kind: Str, speaker_id: Nullable(Int), speaker: NStr, speaker_text: NStr, cue: NStr })),
  events: Type.Array(
    Type.Object({
      id: Int, type: Str, mode: NStr, status: Str, trigger: Type.Object(Span), evidence: Type.Object({ start: Int, end: Int }),
      actor: NStr, target: NStr, place: NStr, source: NStr, date: NStr, date_precision: NStr, fatalities: Nullable(Int),
    }),
  ),
  framing: Type.Array(
    Type.Object({ ...Span, term: Str, category: Str, voice: Str, neutral: NStr, refers_to: NStr, spans: Type.Array(Type.Object({ start: Int, end: Int })) }),
  ),
});

export const SearchQuery = Query({
  q: Type.String({ minLength: 1, maxLength: 500 }),
  lang: Lang,
  outlet: Type.Optional(Name),
  entity: Type.Optional(Name),
  from: Type.Optional(DateParam),
  to: Type.Optional(DateParam),
  ...Paging,
});
export const SearchHit = Type.Object({ id: Int, key: Str, title: NStr, date: NStr, outlet: NStr, lang: Str, snippet: Str });

export const QuoteQuery = Query({
  speaker: Type.Optional(Name),
  text: Type.Optional(Name),
  kind: Type.Optional(Type.Union(QUOTE_KINDS.map((k) => Type.Literal(k)))),
  ...Paging,
});
const QuoteFields = { kind: Str, text: Str, speaker: NStr, speaker_text: NStr, cue: NStr, document: Str, date: NStr, outlet: NStr };
export const QuoteRow = Type.Object(QuoteFields);

export const EntityListQuery = Query({ limit: Type.Optional(Type.Integer({ minimum: 1, maximum: MAX_PAGE, default: 50 })) });
export const EntitySummary = Type.Object({ name: Str, type: Str, documents: Int });
export const EntityProfile = Type.Object({
  name: Str, type: Str, kb: NStr, country: NStr,
  names: Type.Array(Str),
  roles: Type.Array(Type.Object({ role: Str, documents: Int })),
  timeline: Type.Array(Type.Object({ month: Str, documents: Int })),
  cooccurring: Type.Array(EntitySummary),
  quotes: Type.Array(QuoteRow),
  events: Type.Array(Type.Object({ as: Str, type: Str, n: Int })),
});

const storyFilters = {
  from: Type.Optional(DateParam),
  to: Type.Optional(DateParam),
  entity: Type.Optional(Name),
  lang: Lang,
  minOutlets: Type.Optional(Type.Integer({ minimum: 1 })),
};
export const StoryQuery = Query({ ...storyFilters, ...Paging });
export const StoryRow = Type.Object({
  id: Int, title: Str, first_day: NStr, last_day: NStr, documents: Int, outlets: Int,
  languages: Type.Record(Type.String(), Int), entities: Type.Array(Str),
});
export const StoryView = Type.Object({
  id: Int, title: Str, first_day: NStr, last_day: NStr,
  documents: Type.Array(Type.Object({ id: Str, outlet: NStr, lang: Str, date: NStr, title: NStr, url: NStr, fit: Type.Number(), store_id: Int })),
  entities: Type.Array(Type.Object({ name: Str, type: Str, kb: NStr, country: NStr, documents: Int })),
  timeline: Type.Array(
    Type.Object({
      date: NStr, type: Str, actor: NStr, target: NStr, place: NStr, status: Str, documents: Type.Array(Str),
      figures: Type.Array(Type.Object({ document: Str, outlet: Str, fatalities: Int, source: NStr })),
      conflicting: Type.Boolean(),
    }),
  ),
  outlets: Type.Array(
    Type.Object({
      outlet: Str, documents: Type.Array(Str), languages: Type.Array(Str),
      labels: Type.Array(Type.Object({ term: Str, category: Str, referent: NStr, voice: Type.Union([Type.Literal("own"), Type.Literal("quoted")]), speaker: NStr, neutral: NStr, uses: Int, document: Str })),
      figures: Type.Array(Type.Object({ type: Str, fatalities: Nullable(Int), source: NStr, date: NStr, evidence: Str, document: Str })),
      quotes: Type.Array(Type.Object({ speaker: NStr, kind: Str, text: Str, document: Str })),
      reports: Type.Array(Int),
      leavesOut: Type.Array(Int),
    }),
  ),
});

export const StatsBody = Type.Object({
  documents: Int, nearDuplicates: Int, entities: Int, mentions: Int, quotes: Int, events: Int, framing: Int,
  languages: Type.Record(Type.String(), Int),
  outlets: Type.Array(Type.Object({ outlet: Str, documents: Int })),
  eventTypes: Type.Array(Type.Object({ type: Str, n: Int })),
  /** ISO codes of the countries events concern, the most frequent first */
  countries: Type.Array(Type.Object({ country: Str, events: Int })),
  stories: Int,
});

export const ExportEventsQuery = Query({ ...eventFilters, format: Type.Union([Type.Literal("csv"), Type.Literal("jsonl"), Type.Literal("geojson")]) });
export const ExportStoriesQuery = Query({ ...storyFilters, format: Type.Union([Type.Literal("csv"), Type.Literal("jsonl")]) });
