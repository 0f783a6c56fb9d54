/**
 * The API's routes: each reads the store through its query methods and answers in the shape
 * its schema declares (Fastify validates the request and serialises the answer by it).
 */
import { Readable } from "node:stream";
import type { FastifyInstance, FastifyReply } from "fastify";
import { Type, type Static, type TObject, type TSchema } from "@sinclair/typebox";
import { exportEvents, exportStories } from "../store/export.js";
import { hasSearchWords } from "../store/search.js";
import type { Store } from "../store/store.js";
import * as S from "./schemas.js";
import { allRows, BadParameter, page } from "./paging.js";

const errors = { 400: S.ErrorBody, 404: S.ErrorBody };
const notFound = (what: string) => Object.assign(new Error(`no such ${what}`), { statusCode: 404 });

/** Reads `limit + offset` rows from a query that only takes a limit, and keeps those past the offset. */
const skipping = async <T>(limit: number, offset: number, read: (limit: number) => Promise<T[]>) => (await read(limit + offset)).slice(offset);

type Filters<Q extends TObject> = Omit<Static<Q>, "cursor" | "limit">;

/** A list answered a page at a time: its query string is filters plus `cursor` and `limit`; `read` gets the filters, a limit and an offset. */
function listRoute<Q extends TObject>(app: FastifyInstance, path: string, summary: string, querystring: Q, item: TSchema, read: (filters: Filters<Q>, limit: number, offset: number) => Promise<unknown[]>): void {
  app.get<{ Querystring: Static<Q> }>(path, { schema: { summary, querystring, response: { 200: S.Page(item), ...errors } } }, (req) => {
    const { cursor, limit = 50, ...filters } = req.query as Static<Q> & { cursor?: string; limit?: number };
    return page(cursor, limit, (l, offset) => read(filters as Filters<Q>, l, offset));
  });
}

const CONTENT_TYPES = { csv: "text/csv; charset=utf-8", jsonl: "application/x-ndjson; charset=utf-8", geojson: "application/geo+json; charset=utf-8" };

function stream(reply: FastifyReply, format: keyof typeof CONTENT_TYPES, name: string, chunks: AsyncIterable<string>) {
  return reply.type(CONTENT_TYPES[format]).header("content-disposition", `attachment; filename="${name}.${format}"`).send(Readable.from(chunks));
}

export function registerRoutes(app: FastifyInstance, store: Store): void {
  // counting a large store takes a while: the counts are kept until another process writes to it
  let stats: { version: string; body: Static<typeof S.StatsBody> } | null = null;
  app.get("/api/stats", { schema: { summary: "What the store holds", response: { 200: S.StatsBody } } }, async () => {
    const version = await store.dataVersion();
    if (stats?.version !== version) {
      const body = {
        ...(await store.stats()),
        outlets: await store.outlets(),
        eventTypes: await store.eventsByType(),
        countries: await store.eventCountries(),
        stories: await store.storyCount(),
      };
      stats = { version, body };
    }
    return stats.body;
  });

  listRoute(app, "/api/documents", "Documents, newest first", S.DocumentQuery, S.DocumentRow, (f, limit, offset) => store.documents({ ...f, limit, offset }));

  app.get<{ Params: Static<typeof S.IdParams> }>(
    "/api/documents/:id",
    { schema: { summary: "One document with its whole analysis, each item at its character span", params: S.IdParams, response: { 200: S.DocumentView, ...errors } } },
    async (req) => (await store.document(req.params.id)) ?? Promise.reject(notFound("document")),
  );

  listRoute(app, "/api/search", "Full-text search (diacritics aside; an entity's other names too)", S.SearchQuery, S.SearchHit, ({ q, ...f }, limit, offset) => {
    if (!hasSearchWords(q)) throw new BadParameter("q", "q holds no word to search for");
    return skipping(limit, offset, (l) => store.search(q, { ...f, limit: l }));
  });

  listRoute(app, "/api/events", "Events, newest first, as ACLED-style rows", S.EventListQuery, S.EventRow, (f, limit, offset) => store.events({ ...f, limit, offset }));

  app.get<{ Querystring: Static<typeof S.EventQuery> }>(
    "/api/events/timeline",
    { schema: { summary: "How many events match, by day and PLOVER type", querystring: S.EventQuery, response: { 200: S.TimelineBody, ...errors } } },
    async (req) => ({ days: await store.eventTimeline(req.query) }),
  );

  listRoute(app, "/api/quotes", "Quotations with their speakers", S.QuoteQuery, S.QuoteRow, (f, limit, offset) => skipping(limit, offset, (l) => store.quotes({ ...f, limit: l })));

  app.get<{ Querystring: Static<typeof S.EntityListQuery> }>(
    "/api/entities",
    { schema: { summary: "The entities named by the most documents", querystring: S.EntityListQuery, response: { 200: Type.Object({ items: Type.Array(S.EntitySummary) }), ...errors } } },
    async (req) => ({ items: await store.topEntities(req.query.limit ?? 50) }),
  );

  app.get<{ Params: Static<typeof S.NameParams> }>(
    "/api/entities/:name",
    { schema: { summary: "The entities a name designates: names, roles, mentions by month, events, quotes", params: S.NameParams, response: { 200: Type.Object({ items: Type.Array(S.EntityProfile) }), ...errors } } },
    async (req) => {
      const items = await store.entity(req.params.name);
      if (!items.length) throw notFound("entity");
      return { items };
    },
  );

  listRoute(app, "/api/stories", "Stories, newest first", S.StoryQuery, S.StoryRow, (f, limit, offset) => skipping(limit, offset, (l) => store.stories({ ...f, limit: l })));

  app.get<{ Params: Static<typeof S.IdParams> }>(
    "/api/stories/:id",
    { schema: { summary: "One story: documents, merged timeline and each outlet's labels, voices, figures and quotations", params: S.IdParams, response: { 200: S.StoryView, ...errors } } },
    async (req) => (await store.story(req.params.id)) ?? Promise.reject(notFound("story")),
  );

  app.get<{ Querystring: Static<typeof S.ExportEventsQuery> }>(
    "/api/export/events",
    { schema: { summary: "Every matching event, streamed as CSV, JSON Lines or GeoJSON", querystring: S.ExportEventsQuery, response: { 200: Type.String(), ...errors } } },
    (req, reply) => {
      const { format, ...filters } = req.query;
      return stream(reply, format, "events", exportEvents(allRows((limit, offset) => store.events({ ...filters, limit, offset })), format));
    },
  );

  app.get<{ Querystring: Static<typeof S.ExportStoriesQuery> }>(
    "/api/export/stories",
    { schema: { summary: "Every matching story, streamed as CSV or JSON Lines", querystring: S.ExportStoriesQuery, response: { 200: Type.String(), ...errors } } },
    async (req, reply) => {
      const { format, ...filters } = req.query;
      return stream(reply, format, "stories", exportStories(await store.stories(filters), format));
    },
  );
}
