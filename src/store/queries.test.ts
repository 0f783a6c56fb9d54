import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createAnalyzer } from "../analyze.js";
import { BACKENDS } from "../test-support/stores.js";
import { exportEvents } from "./export.js";
import { Store } from "./store.js";

const text = async (chunks: AsyncIterable<string>) => {
  let s = "";
  for await (const c of chunks) s += c;
  return s;
};

describe.each(BACKENDS)("store queries ($name)", (backend) => {
let store: Store;
beforeAll(async () => {
  const vigie = await createAnalyzer();
  store = await Store.open(await backend.location("queries"));
  await store.add(vigie.analyzeText("date 2024-12-02 Des frappes aériennes russes ont tué douze civils à Alep lundi, selon l'Observatoire syrien des droits de l'homme.", { id: "a" }));
  await store.add(vigie.analyzeText("date 2024-12-09 Russian state media said Bashar al-Assad had arrived in Moscow. \"We will rebuild,\" Ahmed al-Sharaa said in Damascus.", { id: "b" }));
  await store.add(vigie.analyzeText("date 2025-01-15 Emmanuel Macron a reçu le chancelier allemand à Paris mercredi.", { id: "c" }));
});
afterAll(async () => await store?.close());

  it("finds events by type, country, place and date range, as rows with coordinates and evidence", async () => {
    const strikes = await store.events({ type: "assault" });
    expect(strikes).toHaveLength(1);
    expect(strikes[0]).toMatchObject({ event_type: "ASSAULT", place: "Aleppo", place_country: "SY", fatalities: 12, document: "a" });
    expect(strikes[0]!.latitude).toBeCloseTo(36.2, 0);
    expect(strikes[0]!.evidence).toMatch(/^Des frappes aériennes/);
    expect((await store.events({ place: "Alep" })).map((e) => e.document)).toEqual(["a"]);
    expect((await store.events({ country: "sy" })).every((e) => [e.actor1_country, e.actor2_country, e.place_country].includes("SY"))).toBe(true);
    expect((await store.events({ from: "2025-01" })).map((e) => e.document)).toEqual(["c"]);
    expect((await store.events({ to: "2024-12" })).some((e) => e.document === "c")).toBe(false);
    expect(await store.events({ actor: "nobody we know" })).toEqual([]);
  });

  it("finds a country's events of one type through their own index, pages them and counts them by day", async () => {
    const bySyria = await store.events({ country: "SY" });
    const assaults = await store.events({ country: "SY", type: "ASSAULT" });
    expect(assaults.map((e) => e.event_id)).toEqual(bySyria.filter((e) => e.event_type === "ASSAULT").map((e) => e.event_id));
    expect(assaults.length).toBeGreaterThan(0);
    expect((await store.events({ country: "SY", type: "PROTEST" })).every((e) => e.event_type === "PROTEST")).toBe(true);
    const all = await store.events();
    expect([...(await store.events({ limit: 1 })), ...(await store.events({ limit: 10, offset: 1 }))].map((e) => e.event_id)).toEqual(all.slice(0, 11).map((e) => e.event_id));
    expect((await store.eventTimeline({ country: "SY", type: "ASSAULT" })).reduce((s, d) => s + d.n, 0)).toBe(assaults.filter((e) => e.event_date).length);
    expect((await store.events({ lang: "fr" })).every((e) => e.lang === "fr")).toBe(true);
  });

  it("finds quotes by speaker under any of the speaker's names, and by their words", async () => {
    const quotes = await store.quotes({ speaker: "ahmed al-sharaa" });
    expect(quotes.map((q) => q.text)).toEqual(["We will rebuild"]);
    expect(await store.quotes({ text: "REBUILD" })).toHaveLength(1);
  });

  it("profiles an entity: names, mentions by month, company kept", async () => {
    const [aleppo] = await store.entity("Alep");
    expect(aleppo).toMatchObject({ name: "Aleppo", type: "location", country: "SY" });
    expect(aleppo!.timeline).toEqual([{ month: "2024-12", documents: 1 }]);
    expect(aleppo!.cooccurring.map((c) => c.name)).toContain("Syrian Observatory for Human Rights");
  });

  it("exports events as CSV with quoted fields, and as GeoJSON points (longitude first)", async () => {
    const rows = await store.events();
    const csv = await text(exportEvents(rows, "csv"));
    const [header, ...lines] = csv.trimEnd().split("\n");
    expect(header).toMatch(/^event_id,event_date,date_precision,event_type,event_mode,status,actor1,actor1_country,actor2,actor2_country,place,/);
    expect(lines).toHaveLength(rows.length);
    expect(csv).toMatch(/"Des frappes aériennes russes ont tué douze civils à Alep lundi, selon/);
    const skipped = { count: 0 };
    const geo = JSON.parse(await text(exportEvents(rows, "geojson", skipped)));
    expect(geo.type).toBe("FeatureCollection");
    expect(geo.features.length + skipped.count).toBe(rows.length);
    const strike = geo.features.find((f: { properties: { event_type: string } }) => f.properties.event_type === "ASSAULT");
    expect(strike.geometry.coordinates[0]).toBeCloseTo(37.2, 0);
  });
});
