import { mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { beforeAll, describe, expect, it } from "vitest";
import { createAnalyzer, type Analyzer } from "../analyze.js";
import type { AnalysisRecord } from "../record/record.js";
import { readInputs } from "../readers/inputs.js";
import { Store } from "../store/store.js";
import { assign, MemoryStoryIndex } from "./assign.js";
import { dayNumber, dayRange, dayString } from "./days.js";
import { storyFeatures } from "./features.js";

const FIXTURE = fileURLToPath(new URL("./fixtures/multi-outlet.jsonl", import.meta.url));
/** The stories of the fixture, as a person groups them (ids in input order). */
const EXPECTED = [["hama-fr-quotidien", "hama-en-wire", "hama-fr-etat"], ["call-en", "call-fr"], ["airbus-en"], ["speech-en"]];

let vigie: Analyzer;
let records: AnalysisRecord[];
let dir: string;
beforeAll(async () => {
  vigie = await createAnalyzer();
  records = [];
  for await (const o of readInputs([FIXTURE])) if (o.ok) records.push(vigie.analyzeSource(o.doc));
  dir = mkdtempSync(join(tmpdir(), "vigie-stories-"));
});

/** Document ids grouped by story, stories in order of their first document. */
function groups(assignments: [string, number][]): string[][] {
  const by = new Map<number, string[]>();
  for (const [doc, story] of assignments) by.set(story, [...(by.get(story) ?? []), doc]);
  return [...by.values()];
}

describe("story features", () => {
  it("counts days as calendar days, a month as its whole range", () => {
    expect(dayString(dayNumber("2024-12-05"))).toBe("2024-12-05");
    expect(dayRange({ value: "2024-02", precision: "month" }).map(dayString)).toEqual(["2024-02-01", "2024-02-29"]);
  });

  it("pins a development to the day the lead gives, not the day of writing", () => {
    const f = storyFeatures(vigie.analyzeText("date 2024-12-06 Les rebelles se sont emparés jeudi de la ville de Hama. Des milliers d'habitants ont fui."));
    expect(f.pinned).toBe(true);
    expect(dayString(f.days![0])).toBe("2024-12-05");
  });

  it("leaves a month-dated report with no date in its text unpinned, over its month", () => {
    const f = storyFeatures(vigie.analyzeText("date 2024-11 Iran reiterated its support for Syria against the rebel offensive."));
    expect(f.pinned).toBe(false);
    expect(f.days!.map(dayString)).toEqual(["2024-11-01", "2024-11-30"]);
  });
});

describe("story grouping", () => {
  it("groups one development across outlets and languages, and keeps other developments apart", () => {
    const index = new MemoryStoryIndex();
    expect(groups(records.map((r) => [r.doc.id, assign(index, storyFeatures(r)).story]))).toEqual(EXPECTED);
  });

  it("keeps the ids JSON Lines input gives", () => {
    expect(records.map((r) => r.doc.id)).toEqual(EXPECTED.flat().sort((a, b) => order(a) - order(b)));
  });

  it("does not join the same person's speech a week later to the phone call", () => {
    const index = new MemoryStoryIndex();
    const stories = records.map((r) => assign(index, storyFeatures(r)).story);
    const id = (doc: string) => stories[records.findIndex((r) => r.doc.id === doc)];
    expect(id("speech-en")).not.toBe(id("call-en"));
  });
});

function order(doc: string): number {
  return records.findIndex((r) => r.doc.id === doc);
}

describe("stories in the store", () => {
  it("groups as documents arrive, and a rebuild gives the same stories", () => {
    const store = new Store(join(dir, "incremental.db"));
    for (const r of records) store.add(r);
    const read = () => store.db.prepare("SELECT doc_key, story_id FROM documents ORDER BY id").all() as { doc_key: string; story_id: number }[];
    const before = read();
    expect(groups(before.map((r) => [r.doc_key, r.story_id]))).toEqual(EXPECTED);
    expect(store.rebuildStories()).toBe(EXPECTED.length);
    expect(read()).toEqual(before);
    store.close();
  });

  it("puts a near-duplicate in its original's story", () => {
    const store = new Store(join(dir, "near.db"));
    for (const r of records) store.add(r);
    const long = records.slice(0, 3).map((r) => r.text).join("\n");
    store.add(vigie.analyzeText(long, { id: "hama-digest", date: { value: "2024-12-06", precision: "day" } }));
    const copy = vigie.analyzeText(long.replace("Thousands of residents", "Many thousands of residents"), { id: "hama-digest-copy", date: { value: "2024-12-06", precision: "day" } });
    expect(store.add(copy)).toBe("near-duplicate");
    const story = (key: string) => (store.db.prepare("SELECT story_id FROM documents WHERE doc_key = ?").get(key) as { story_id: number }).story_id;
    expect(story("hama-digest-copy")).toBe(story("hama-digest"));
    store.close();
  });

  it("lists stories newest first with outlet and language counts, and filters them", () => {
    const store = new Store(join(dir, "list.db"));
    for (const r of records) store.add(r);
    const all = store.stories();
    expect(all[0]!.title).toMatch(/Pezeshkian/);
    const hama = all.find((s) => s.documents === 3)!;
    expect(hama).toMatchObject({ outlets: 3, languages: { fr: 2, en: 1 } });
    expect(store.stories({ minOutlets: 2 }).map((s) => s.documents).sort()).toEqual([2, 3]);
    expect(store.stories({ lang: "fr" }).length).toBe(2);
    expect(store.stories({ entity: "Airbus" }).map((s) => s.documents)).toEqual([1]);
    expect(store.stories({ from: "2024-12-10" }).length).toBe(1);
    expect(store.stories({ to: "2024-12-03" }).length).toBe(1);
    store.close();
  });

  it("compares outlets: whose voice a label is in, figures with their sources, what each leaves out", () => {
    const store = new Store(join(dir, "compare.db"));
    for (const r of records) store.add(r);
    const hama = store.stories().find((s) => s.documents === 3)!;
    const view = store.story(hama.id)!;
    const outlet = (name: string) => view.outlets.find((o) => o.outlet === name)!;
    const quotidien = outlet("Le Quotidien").labels.filter((l) => /terroriste/.test(l.term));
    expect(quotidien).toEqual([expect.objectContaining({ voice: "quoted", speaker: "Syrian state television" })]);
    expect(outlet("Agence d'État").labels.some((l) => /terroriste/.test(l.term) && l.voice === "own")).toBe(true);
    expect(outlet("World Wire").labels.some((l) => /terroris/.test(l.term))).toBe(false);
    const figures = view.timeline.flatMap((e) => e.figures).map((f) => f.fatalities);
    expect(new Set(figures).size).toBeGreaterThan(1);
    expect(view.timeline.some((e) => e.conflicting)).toBe(true);
    for (const o of view.outlets) expect([...o.reports, ...o.leavesOut].sort((a, b) => a - b)).toEqual(view.timeline.map((_, i) => i));
    expect(store.story(9999)).toBeNull();
    store.close();
  });
});
