import { spawnSync } from "node:child_process";
import { fileURLToPath } from "node:url";
import { Value } from "@sinclair/typebox/value";
import { Type, type TSchema } from "@sinclair/typebox";
import type { FastifyInstance } from "fastify";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { Store } from "../store/store.js";
import { BACKENDS } from "../test-support/stores.js";
import { createServer } from "./server.js";
import * as S from "./schemas.js";

const CLI = fileURLToPath(new URL("../../dist/cli/main.js", import.meta.url));
const FIXTURES = [fileURLToPath(new URL("../stories/fixtures/multi-outlet.jsonl", import.meta.url)), fileURLToPath(new URL("./fixtures/hostile.jsonl", import.meta.url))];
// every route against each store back-end
describe.each(BACKENDS)("on $name", (backend) => {
let store: Store;
let app: FastifyInstance;

beforeAll(async () => {
  const db = await backend.location("api");
  const run = spawnSync(process.execPath, [CLI, "ingest", ...FIXTURES, "--db", db, "--workers", "1", "--quiet"], { encoding: "utf8" });
  expect(run.status, run.stderr).toBe(0);
  store = await Store.open(db, { readonly: true });
  app = await createServer(store, { webRoot: null });
}, 60_000);

afterAll(async () => {
  await app?.close();
  await store?.close();
});

const get = async (url: string) => {
  const res = await app.inject({ method: "GET", url });
  return { status: res.statusCode, body: res.headers["content-type"]?.toString().startsWith("application/json") ? (res.json() as Record<string, unknown>) : res.body, headers: res.headers };
};

/** Checks a body against the schema the route declares. */
function expectShape(schema: TSchema, body: unknown) {
  const errors = [...Value.Errors(schema, body)].slice(0, 3).map((e) => `${e.path}: ${e.message}`);
  expect(errors).toEqual([]);
}

describe("the HTTP API", () => {
  it("answers every route of its OpenAPI document", async () => {
    const doc = (await get("/openapi.json")).body as { paths: Record<string, unknown> };
    const paths = Object.keys(doc.paths).sort();
    expect(paths).toEqual(
      ["/api/documents", "/api/documents/{id}", "/api/entities", "/api/entities/{name}", "/api/events", "/api/events/timeline", "/api/export/events", "/api/export/stories", "/api/quotes", "/api/search", "/api/stats", "/api/stories", "/api/stories/{id}"].sort(),
    );
    const story = ((await get("/api/stories?minOutlets=3")).body as { items: { id: number }[] }).items[0]!;
    const concrete: Record<string, [string, TSchema | null]> = {
      "/api/documents": ["/api/documents", S.Page(S.DocumentRow)],
      "/api/documents/{id}": ["/api/documents/1", S.DocumentView],
      "/api/entities": ["/api/entities?limit=5", Type.Object({ items: Type.Array(S.EntitySummary) })],
      "/api/entities/{name}": ["/api/entities/Hama", Type.Object({ items: Type.Array(S.EntityProfile) })],
      "/api/events": ["/api/events", S.Page(S.EventRow)],
      "/api/events/timeline": ["/api/events/timeline", S.TimelineBody],
      "/api/export/events": ["/api/export/events?format=geojson", null],
      "/api/export/stories": ["/api/export/stories?format=csv", null],
      "/api/quotes": ["/api/quotes", S.Page(S.QuoteRow)],
      "/api/search": ["/api/search?q=Hama", S.Page(S.SearchHit)],
      "/api/stats": ["/api/stats", S.StatsBody],
      "/api/stories": ["/api/stories", S.Page(S.StoryRow)],
      "/api/stories/{id}": [`/api/stories/${story.id}`, S.StoryView],
    };
    for (const path of paths) {
      const [url, schema] = concrete[path]!;
      const res = await get(url);
      expect(res.status, url).toBe(200);
      if (schema) expectShape(schema, res.body);
    }
  });

  it("pages with a cursor until the last page", async () => {
    const seen: number[] = [];
    let url = "/api/documents?limit=3";
    for (;;) {
      const { body } = await get(url);
      const page = body as { items: { id: number }[]; next: string | null };
      seen.push(...page.items.map((d) => d.id));
      if (!page.next) break;
      url = `/api/documents?limit=3&cursor=${page.next}`;
    }
    expect(seen.length).toBe(((await get("/api/stats")).body as { documents: number }).documents);
    expect(new Set(seen).size).toBe(seen.length);
  });

  it("filters events like the CLI, and counts them by day", async () => {
    const all = (await get("/api/events?limit=1000")).body as { items: { event_type: string; lang: string; document_id: number }[] };
    expect(all.items.length).toBeGreaterThan(0);
    const type = all.items[0]!.event_type;
    const some = (await get(`/api/events?type=${type}&limit=1000`)).body as { items: { event_type: string }[] };
    expect(some.items.every((e) => e.event_type === type)).toBe(true);
    const fr = (await get("/api/events?lang=fr&limit=1000")).body as { items: { lang: string }[] };
    expect(fr.items.every((e) => e.lang === "fr")).toBe(true);
    const timeline = (await get(`/api/events/timeline?type=${type}`)).body as { days: { n: number }[] };
    expect(timeline.days.reduce((s, d) => s + d.n, 0)).toBe(some.items.length);
  });

  it("refuses bad parameters with a 400 naming the parameter", async () => {
    for (const [url, parameter] of [
      ["/api/events?limit=0", "limit"],
      ["/api/events?limit=abc", "limit"],
      ["/api/events?type=BOMBING", "type"],
      ["/api/events?from=2024-13", "from"],
      ["/api/events?tpye=ASSAULT", "tpye"],
      ["/api/events?cursor=bm9wZQ", "cursor"],
      ["/api/search", "q"],
      ["/api/search?q=%22%20*", "q"],
      ["/api/documents/abc", "id"],
      ["/api/export/events?format=xml", "format"],
    ] as const) {
      const res = await get(url);
      expect(res.status, url).toBe(400);
      expect((res.body as { parameter?: string }).parameter, url).toBe(parameter);
      expectShape(S.ErrorBody, res.body);
    }
  });

  it("answers 404 for unknown ids, names and routes, with no stack trace", async () => {
    for (const url of ["/api/documents/99999", "/api/stories/99999", "/api/entities/Nobody%20Known", "/api/nothing", "/etc/passwd"]) {
      const res = await get(url);
      expect(res.status, url).toBe(404);
      expect(JSON.stringify(res.body)).not.toMatch(/at .*\.(js|ts):\d+/);
    }
  });

  it("gives a document's analysis with spans that point into its text", async () => {
    const doc = (await get("/api/documents/1")).body as { text: string; entities: { mentions: { start: number; end: number; text: string }[] }[]; events: { trigger: { start: number; end: number; text: string } }[] };
    for (const e of doc.entities) for (const m of e.mentions) expect(doc.text.slice(m.start, m.end)).toBe(m.text);
    for (const v of doc.events) expect(doc.text.slice(v.trigger.start, v.trigger.end)).toBe(v.trigger.text);
  });

  it("streams exports with their content type", async () => {
    const csv = await get("/api/export/events?format=csv");
    expect(csv.headers["content-type"]).toMatch(/^text\/csv/);
    expect(String(csv.body).split("\n")[0]).toMatch(/^event_id,event_date/);
    const geo = await get("/api/export/events?format=geojson");
    expect((JSON.parse(String(geo.body)) as { type: string }).type).toBe("FeatureCollection");
  });

  it("sends a strict Content-Security-Policy and rate-limits", async () => {
    const res = await get("/api/stats");
    expect(res.headers["content-security-policy"]).toMatch(/script-src 'self'/);
    expect(res.headers["x-ratelimit-limit"]).toBeDefined();
  });
});
});
