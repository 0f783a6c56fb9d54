/**
 * The API's routes: each reads the store through its query methods and answers in the shape
 * its schema declares (Fastify validates the request and serialises the answer by it).
 */
import { Readable } from "node:stream";
import type { FastifyInstance, FastifyReply } from "fastify";
import type { Static } from "@sinclair/typebox";
import { Type } from "@sinclair/typebox";
import { exportEvents, exportStories } from "../store/export.js";
import { hasSearchWords } from "../store/queries.js";
import type { Store } from "../store/store.js";
import * as S from "./schemas.js";
import { allRows, BadParameter, page } from "./paging.js";

const errors = { 400: S.ErrorBody, 404: S.ErrorBody };
const notFound = (what: string) => Object.assign(new Error(`no such ${what}`), { statusCode: 404 });

/** Reads `limit + offset` rows from a query that only takes a limit, and keeps those past the offset. */
const skipping =
  <T>(read: (limit: number) => T[]) =>
  (limit: number, offset: number) =>
    read(limit + offset).slice(offset);

const CONTENT_TYPES = { csv: "text/csv; charset=utf-8", jsonl: "application/x-ndjson; charset=utf-8", geojson: "application/geo+json; charset=utf-8" };

function stream(reply: FastifyReply, format: keyof typeof CONTENT_TYPES, name: string, chunks: Iterable<string>) {
  const ext = format === "jsonl" ? "jsonl" : format;
  return reply.type(CONTENT_TYPES[format]).header("content-disposition", `attachment; filename="${name}.${ext}"`).send(Readable.from(chunks));
}

export function registerRoutes(app: FastifyInstance, store: Store): void {
  const eventFilters = (q: Static<typeof S.EventQuery>) => ({ ...q, country: q.country?.toUpperCase() });

  // counting a large store takes a while: the counts are kept until another process writes to it
  let stats: { version: number; body: Static<typeof S.StatsBody> } | null = null;
  app.get("/api/stats", { schema: { summary: "What the store holds", response: { 200: S.StatsBody } } }, () => {
    const version = store.dataVersion();
    if (stats?.version !== version) {
      const body = {
        ...store.stats(),
        outlets: store.outlets(),
        eventTypes: store.eventsByType(),
        countries: store.eventCountries(),
        stories: store.storyCount(),
      };
      stats = { version, body };
    }
    return stats.body;
  });

  app.get<{ Querystring: Static<typeof S.DocumentQuery> }>(
    "/api/documents",
    { schema: { summary: "Documents, newest first", querystring: S.DocumentQuery, response: { 200: S.Page(S.DocumentRow), ...errors } } },
    (req) => {
      const { cursor, limit = 50, ...filters } = req.query;
      return page(cursor, limit, (l, offset) => store.documents({ ...filters, limit: l, offset }));
    },
  );

  app.get<{ Params: Static<typeof S.IdParams> }>(
    "/api/documents/:id",
    { schema: { summary: "One document with its whole analysis, each item at its character span", params: S.IdParams, response: { 200: S.DocumentView, ...errors } } },
    (req) => store.document(req.params.id) ?? Promise.reject(notFound("document")),
  );

  app.get<{ Querystring: Static<typeof S.SearchQuery> }>(
    "/api/search",
    { schema: { summary: "Full-text search (diacritics aside; an entity's other names too)", querystring: S.SearchQuery, response: { 200: S.Page(S.SearchHit), ...errors } } },
    (req) => {
      const { q, cursor, limit = 50, ...filters } = req.query;
      if (!hasSearchWords(q)) throw new BadParameter("q", "q holds no word to search for");
      return page(cursor, limit, skipping((l) => store.search(q, { ...filters, limit: l })));
    },
  );

  app.get<{ Querystring: Static<typeof S.EventListQuery> }>(
    "/api/events",
    { schema: { summary: "Events, newest first, as ACLED-style rows", querystring: S.EventListQuery, response: { 200: S.Page(S.EventRow), ...errors } } },
    (req) => {
      const { cursor, limit = 50, ...filters } = req.query;
      return page(cursor, limit, (l, offset) => store.events({ ...eventFilters(filters), limit: l, offset }));
    },
  );

  app.get<{ Querystring: Static<typeof S.EventQuery> }>(
    "/api/events/timeline",
    { schema: { summary: "How many events match, by day and PLOVER type", querystring: S.EventQuery, response: { 200: S.TimelineBody, ...errors } } },
    (req) => ({ days: store.eventTimeline(eventFilters(req.query)) }),
  );

  app.get<{ Querystring: Static<typeof S.QuoteQuery> }>(
    "/api/quotes",
    { schema: { summary: "Quotations with their speakers", querystring: S.QuoteQuery, response: { 200: S.Page(S.QuoteRow), ...errors } } },
    (req) => {
      const { cursor, limit = 50, ...filters } = req.query;
      return page(cursor, limit, skipping((l) => store.quotes({ ...filters, limit: l })));
    },
  );

  app.get<{ Querystring: Static<typeof S.EntityListQuery> }>(
    "/api/entities",
    { schema: { summary: "The entities named by the most documents", querystring: S.EntityListQuery, response: { 200: Type.Object({ items: Type.Array(S.EntitySummary) }), ...errors } } },
    (req) => ({ items: store.topEntities(req.query.limit ?? 50) }),
  );

  app.get<{ Params: Static<typeof S.NameParams> }>(
    "/api/entities/:name",
    { schema: { summary: "The entities a name designates: names, roles, mentions by month, events, quotes", params: S.NameParams, response: { 200: Type.Object({ items: Type.Array(S.EntityProfile) }), ...errors } } },
    (req) => {
      const items = store.entity(req.params.name);
      if (!items.length) throw notFound("entity");
      return { items };
    },
  );

  app.get<{ Querystring: Static<typeof S.StoryQuery> }>(
    "/api/stories",
    { schema: { summary: "Stories, newest first", querystring: S.StoryQuery, response: { 200: S.Page(S.StoryRow), ...errors } } },
    (req) => {
      const { cursor, limit = 50, ...filters } = req.query;
      return page(cursor, limit, skipping((l) => store.stories({ ...filters, limit: l })));
    },
  );

  app.get<{ Params: Static<typeof S.IdParams> }>(
    "/api/stories/:id",
    { schema: { summary: "One story: documents, merged timeline and each outlet's labels, voices, figures and quotations", params: S.IdParams, response: { 200: S.StoryView, ...errors } } },
    (req) => store.story(req.params.id) ?? Promise.reject(notFound("story")),
  );

  app.get<{ Querystring: Static<typeof S.ExportEventsQuery> }>(
    "/api/export/events",
    { schema: { summary: "Every matching event, streamed as CSV, JSON Lines or GeoJSON", querystring: S.ExportEventsQuery, response: { 200: Type.String(), ...errors } } },
    (req, reply) => {
      const { format, ...filters } = req.query;
      return stream(reply, format, "events", exportEvents(allRows((limit, offset) => store.events({ ...eventFilters(filters), limit, offset })), format));
    },
  );

  app.get<{ Querystring: Static<typeof S.ExportStoriesQuery> }>(
    "/api/export/stories",
    { schema: { summary: "Every matching story, streamed as CSV or JSON Lines", querystring: S.ExportStoriesQuery, response: { 200: Type.String(), ...errors } } },
    (req, reply) => {
      const { format, ...filters } = req.query;
      return stream(reply, format, "stories", exportStories(store.stories(filters), format));
    },
  );
}
