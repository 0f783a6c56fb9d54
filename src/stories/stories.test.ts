
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { beforeAll, describe, expect, it } from "vitest";
import { createAnalyzer, type Analyzer } from "../analyze.js";
import type { AnalysisRecord } from "../record/record.js";
import { readInputs } from "../readers/inputs.js";
import { Store } from "../store/store.js";
import { assign, MemoryStoryIndex } from "./assign.js";
import { BACKENDS } from "../test-support/stores.js";
import { dayNumber, dayRange, dayString } from "./days.js";
import { storyFeatures } from "./features.js";
import { tempDir } from "../test-support/temp.js";

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
  dir = tempDir("stories");
});

/** Document ids grouped by story, stories in order of their first document. */
function groups(assignments: [string, number][]): string[][] {
  const by = new Map<number, string[]>();
  for (const [doc, story] of assignments) by.set(story, [...(by.get(story) ?? []), doc]);
  return [...by.values()];
}

describe("story features", () => {
  it("knows a person the knowledge does not know by a transliteration-blind key, across languages", () => {
    const keys = (text: string) => Object.keys(storyFeatures(vigie.analyzeText(text)).entities).filter((k) => k.startsWith("person"));
    expect(keys("date 2025-10-03 Le gouverneur Alexandre Drozdenko a parlé d'un incendie.")).toEqual(keys("date 2025-10-03 Governor Alexander Drozdenko said a fire broke out."));
  });

  it("keys the figures a text gives alike in every language, its dates and small numbers left out", () => {
    const figures = (text: string) => Object.keys(storyFeatures(vigie.analyzeText(text)).entities).filter((k) => k.startsWith("n:"));
    expect(figures("date 2025-10-02 Selon le ministère, 195 000 personnes ont défilé le 2 octobre 2025 dans 3 villes.")).toEqual(["n:195000"]);
    expect(figures("date 2025-10-02 The ministry counted 195,000 protesters on October 2, 2025.")).toEqual(["n:195000"]);
  });

  it("counts a word named like an object's own method (constructor, toString) as any other, and groups its reports", async () => {
    const text = (outlet: string) =>
      `date 2025-03-16 The constructor McLaren won the Australian Grand Prix in Melbourne on Sunday, ${outlet} reported. The constructor's driver Lando Norris finished ahead of Max Verstappen; the constructor toString valueOf.`;
    const [a, b] = [text("a wire"), text("a daily")].map((t) => storyFeatures(vigie.analyzeText(t)));
    expect(a!.terms.constructor).toBe(3);
    for (const n of Object.values(a!.terms)) expect(typeof n).toBe("number");
    const index = new MemoryStoryIndex();
    const first = await assign(index, a!);
    const second = await assign(index, b!);
    expect(second.story).toBe(first.story);
    expect(Number.isFinite(second.score)).toBe(true);
  });

  it("counts days as calendar days, a month as its whole range", async () => {
    expect(dayString(dayNumber("2024-12-05"))).toBe("2024-12-05");
    expect(dayRange({ value: "2024-02", precision: "month" }).map(dayString)).toEqual(["2024-02-01", "2024-02-29"]);
  });

  it("pins a development to the day the lead gives, not the day of writing", async () => {
    const f = storyFeatures(vigie.analyzeText("date 2024-12-06 Les rebelles se sont emparés jeudi de la ville de Hama. Des milliers d'habitants ont fui."));
    expect(f.pinned).toBe(true);
    expect(dayString(f.days![0])).toBe("2024-12-05");
  });

  it("lets a month-dated report of a day before its month run to the month's first day", async () => {
    const f = storyFeatures(vigie.analyzeText("date 2024-12 Les rebelles ont lancé le 27 novembre une offensive contre l'armée syrienne et tiennent désormais Alep."));
    expect(f.pinned).toBe(true);
    expect(f.days!.map(dayString)).toEqual(["2024-11-27", "2024-12-01"]);
  });

  it("leaves a month-dated report with no date in its text unpinned, over its month", async () => {
    const f = storyFeatures(vigie.analyzeText("date 2024-11 Iran reiterated its support for Syria against the rebel offensive."));
    expect(f.pinned).toBe(false);
    expect(f.days!.map(dayString)).toEqual(["2024-11-01", "2024-11-30"]);
  });
});

describe("story features: identities", () => {
  it("knows a place the knowledge does not know by its name alone, whatever country one report's context gave it", () => {
    const keys = (text: string) => Object.keys(storyFeatures(vigie.analyzeText(text)).entities).filter((k) => k.includes("kivu"));
    expect(keys("date 2025-11-04 Un bateau a chaviré sur le lac Kivu, près de Goma, en République démocratique du Congo.")).toEqual(keys("date 2025-11-05 Le bilan du naufrage sur le lac Kivu est passé à 78 morts."));
  });
});

describe("story grouping", () => {
  it("groups one development across outlets and languages, and keeps other developments apart", async () => {
    const index = new MemoryStoryIndex();
    const stories: [string, number][] = [];
    for (const r of records) stories.push([r.doc.id, (await assign(index, storyFeatures(r))).story]);
    expect(groups(stories)).toEqual(EXPECTED);
  });

  it("joins a month-dated report to the reports of the days it may have been written on, in either order, and no later", async () => {
    const offensive = storyFeatures(vigie.analyzeText("date 2024-12 Les rebelles de Hayat Tahrir al-Cham ont lancé le 27 novembre une offensive contre l'armée syrienne à Alep et contrôlent désormais la majeure partie de la ville, selon l'Observatoire syrien des droits de l'homme."));
    const entry = storyFeatures(vigie.analyzeText("date 2024-11-29 Rebels led by Hayat Tahrir al-Sham entered Aleppo on Friday, two days after launching an offensive against the Syrian army, the Syrian Observatory for Human Rights said."));
    const later = storyFeatures(vigie.analyzeText("date 2024-12-04 Hayat Tahrir al-Sham rebels fought the Syrian army on Wednesday north of Hama after their offensive on Aleppo, the Syrian Observatory for Human Rights said."));
    for (const order of [[offensive, entry, later], [entry, offensive, later]]) {
      const index = new MemoryStoryIndex();
      const [a, b, c] = [await assign(index, order[0]!), await assign(index, order[1]!), await assign(index, order[2]!)];
      expect(b.story).toBe(a.story);
      expect(c.story).not.toBe(a.story);
    }
  });

  it("keeps apart, in either order, a leader's remarks on an advance and a report of the advance that never names him", async () => {
    const advance = storyFeatures(vigie.analyzeText("date 2024-12-06 Les rebelles syriens ont pris Hama jeudi, après Alep, et avancent vers Homs, tandis que l'armée de Bachar al-Assad se replie vers Damas. Hama et Homs sont menacées."));
    const remarks = storyFeatures(vigie.analyzeText("date 2024-12-06 Turkish President Recep Tayyip Erdogan said on Friday he hoped the advance of Syrian rebels, who took Aleppo and Hama on Thursday, would go on towards Homs and Damascus without incident. Erdogan said Bashar al-Assad had refused his calls."));
    expect(remarks.lead?.[0]).toBe("Q39259");
    for (const order of [[advance, remarks], [remarks, advance]]) {
      const index = new MemoryStoryIndex();
      const [a, b] = [await assign(index, order[0]!), await assign(index, order[1]!)];
      expect(b.story).not.toBe(a.story);
    }
  });

  it("joins a report led by an army and one led by the state it struck that names the army's country", async () => {
    const raid = storyFeatures(vigie.analyzeText("date 2024-12-10 L'armée israélienne a mené mardi des centaines de frappes contre des sites militaires en Syrie, près de Damas et de Homs. L'armée israélienne dit avoir détruit des dépôts d'armes."));
    const protest = storyFeatures(vigie.analyzeText("date 2024-12-10 Syria's foreign ministry condemned on Tuesday the Israeli strikes near Damascus and Homs. The Syrian foreign ministry said Israel violated Syrian sovereignty."));
    const index = new MemoryStoryIndex();
    expect((await assign(index, protest)).story).toBe((await assign(index, raid)).story);
  });

  it("joins reports that give the same rare figure and little else in common, across languages", async () => {
    const wire = storyFeatures(vigie.analyzeText("date 2025-10-02 Hundreds of thousands marched across France on Thursday against the budget. The Interior Ministry counted 195,000 protesters, while the CGT union said one million had taken part in Paris, Lyon and Marseille."));
    const radio = storyFeatures(vigie.analyzeText("date 2025-10-02 La journée de mobilisation de ce jeudi a perturbé les TGV de la SNCF et fermé des écoles à Tours et à Orléans. Selon le ministère de l'Intérieur, 195 000 personnes ont défilé en France."));
    const index = new MemoryStoryIndex();
    const story = (await assign(index, wire)).story;
    expect((await assign(index, radio)).story).toBe(story);
    // (places in common and no figure: another development of the same day)
    const farmers = storyFeatures(vigie.analyzeText("date 2025-10-02 Les agriculteurs ont bloqué des routes à Tours et à Orléans ce jeudi pour protester contre les normes, a indiqué la préfecture."));
    expect((await assign(index, farmers)).story).not.toBe(story);
  });

  it("keeps the ids JSON Lines input gives", async () => {
    expect(records.map((r) => r.doc.id)).toEqual(EXPECTED.flat().sort((a, b) => order(a) - order(b)));
  });

  it("does not join the same person's speech a week later to the phone call", async () => {
    const index = new MemoryStoryIndex();
    const stories: number[] = [];
    for (const r of records) stories.push((await assign(index, storyFeatures(r))).story);
    const id = (doc: string) => stories[records.findIndex((r) => r.doc.id === doc)];
    expect(id("speech-en")).not.toBe(id("call-en"));
  });
});

function order(doc: string): number {
  return records.findIndex((r) => r.doc.id === doc);
}

describe.each(BACKENDS)("stories in the store ($name)", (backend) => {
  it("groups as documents arrive, and a rebuild gives the same stories", async () => {
    const store = await Store.open(await backend.location("incremental"));
    for (const r of records) await store.add(r);
    const read = () => store.sql.all<{ doc_key: string; story_id: number }>("SELECT doc_key, story_id FROM documents ORDER BY id");
    const before = await read();
    expect(groups(before.map((r) => [r.doc_key, r.story_id]))).toEqual(EXPECTED);
    expect(await store.rebuildStories()).toBe(EXPECTED.length);
    expect(await read()).toEqual(before);
    await store.close();
  });

  it("groups the same within a batch, its counts and outlets written once at the commit", async () => {
    const one = await Store.open(await backend.location("one-by-one"));
    const batched = await Store.open(await backend.location("batched"));
    for (const r of records) await one.add(r);
    await batched.beginBatch();
    for (const r of records.slice(0, 3)) await batched.add(r);
    await batched.commitBatch();
    await batched.beginBatch();
    for (const r of records.slice(3)) await batched.add(r);
    // (a text stored already adds nothing, and counts nothing)
    expect(await batched.add(records[0]!)).toBe("duplicate");
    await batched.commitBatch();
    // (and the stories' outlets, counted at the batch's commit)
    for (const query of ["SELECT doc_key, story_id FROM documents ORDER BY id", "SELECT key, n FROM story_frequencies ORDER BY key", "SELECT id, documents, outlets FROM stories ORDER BY id"])
      expect(await batched.sql.all(query)).toEqual(await one.sql.all(query));
    await one.close();
    await batched.close();
  });

  it("puts a near-duplicate in its original's story", async () => {
    const store = await Store.open(await backend.location("near"));
    for (const r of records) await store.add(r);
    const long = records.slice(0, 3).map((r) => r.text).join("\n");
    await store.add(vigie.analyzeText(long, { id: "hama-digest", date: { value: "2024-12-06", precision: "day" } }));
    const copy = vigie.analyzeText(long.replace("Thousands of residents", "Many thousands of residents"), { id: "hama-digest-copy", date: { value: "2024-12-06", precision: "day" } });
    expect(await store.add(copy)).toBe("near-duplicate");
    const story = async (key: string) => (await store.sql.get<{ story_id: number }>("SELECT story_id FROM documents WHERE doc_key = ?", [key]))!.story_id;
    expect(await story("hama-digest-copy")).toBe(await story("hama-digest"));
    await store.close();
  });

  it("lists stories newest first with outlet and language counts, and filters them", async () => {
    const store = await Store.open(await backend.location("list"));
    for (const r of records) await store.add(r);
    const all = await store.stories();
    expect(all[0]!.title).toMatch(/Pezeshkian/);
    const hama = all.find((s) => s.documents === 3)!;
    expect(hama).toMatchObject({ outlets: 3, languages: { fr: 2, en: 1 } });
    expect((await store.stories({ minOutlets: 2 })).map((s) => s.documents).sort()).toEqual([2, 3]);
    expect((await store.stories({ lang: "fr" })).length).toBe(2);
    expect((await store.stories({ entity: "Airbus" })).map((s) => s.documents)).toEqual([1]);
    expect((await store.stories({ from: "2024-12-10" })).length).toBe(1);
    expect((await store.stories({ to: "2024-12-03" })).length).toBe(1);
    await store.close();
  });

  it("compares outlets: whose voice a label is in, figures with their sources, what each leaves out", async () => {
    const store = await Store.open(await backend.location("compare"));
    for (const r of records) await store.add(r);
    const hama = (await store.stories()).find((s) => s.documents === 3)!;
    const view = (await store.story(hama.id))!;
    const outlet = (name: string) => view.outlets.find((o) => o.outlet === name)!;
    const quotidien = outlet("Le Quotidien").labels.filter((l) => /terroriste/.test(l.term));
    expect(quotidien).toEqual([expect.objectContaining({ voice: "quoted", speaker: "Syrian state television" })]);
    expect(outlet("Agence d'État").labels.some((l) => /terroriste/.test(l.term) && l.voice === "own")).toBe(true);
    expect(outlet("World Wire").labels.some((l) => /terroris/.test(l.term))).toBe(false);
    const figures = view.timeline.flatMap((e) => e.figures).map((f) => f.fatalities);
    expect(new Set(figures).size).toBeGreaterThan(1);
    expect(view.timeline.some((e) => e.conflicting)).toBe(true);
    for (const o of view.outlets) expect([...o.reports, ...o.leavesOut].sort((a, b) => a - b)).toEqual(view.timeline.map((_, i) => i));
    expect(await store.story(9999)).toBeNull();
    await store.close();
  });
});
