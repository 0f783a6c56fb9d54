import { beforeAll, describe, expect, it } from "vitest";
import { createAnalyzer, type Analyzer } from "../analyze.js";

/**
 * Every stage must stay near-linear in its input: generated 1 MB documents of pathological
 * shapes each analyze within a generous bound per MB (the benchmark measures speed; this only
 * catches quadratic behaviour, which takes minutes), and their records stay a few times the
 * input's size.
 */
const MB = 1_000_000;
const SECONDS_PER_MB = 15;
const fill = (unit: string) => unit.repeat(Math.ceil(MB / unit.length)).slice(0, MB);

const SHAPES: Record<string, () => string> = {
  "no punctuation": () => fill("le ministre a dit que les forces de Paris ont avancé vers la ville "),
  "repeated cues": () => fill("the minister said that "),
  "10,000 unbalanced quotation marks": () => fill("« il a dit ").slice(0, 110_000).padEnd(MB, " mot"),
  "straight quotation marks": () => fill('"he said '),
  "20,000 names joined by et": () => `Les dirigeants ${Array.from({ length: 20_000 }, (_, i) => `Jean Dupont${i}`).join(" et ")} ont signé.`,
  "runs of capitalised words": () => fill("Alpha Beta Gamma Delta Epsilon Zeta Eta Theta "),
  "one long sentence of events": () => fill("Israeli forces struck Gaza and Hamas fighters attacked Israel while the army of Syria shelled Aleppo "),
  "pronouns of the other gender": () => fill("Marie Curie et Anne Roy ont parlé, selon lui il a dit que "),
  "counterparts and state bodies": () => fill("Abbas Araghchi a appelé son homologue russe et le ministère iranien de la Culture, Iran's foreign ministry "),
  "responses and chains of pronouns": () => fill("Israel rejected the decision. Il a rencontré le président Paul Martin. « Nous avancerons », a-t-il déclaré. "),
  "lists of unknown names": () => fill("Alba, Breva, Corvo, Dunes et Elmo, "),
  "quoted names, armies and partial quotations in reports": () =>
    fill('Le collectif « Touche pas à mon école » a annoncé un recours. "We held," the army said, saying the town was "calm". The minister of the Paris Club, Ana Ruiz, said '),
};

let vigie: Analyzer;
beforeAll(async () => {
  vigie = await createAnalyzer();
});

describe("hostile input", () => {
  for (const [shape, make] of Object.entries(SHAPES)) {
    it(`analyzes 1 MB of ${shape} in near-linear time`, () => {
      const text = make();
      const started = performance.now();
      const record = vigie.analyzeText(`date 2024-12 ${text}`);
      const seconds = (performance.now() - started) / 1000;
      expect(seconds).toBeLessThan((SECONDS_PER_MB * text.length) / MB);
      expect(JSON.stringify(record).length).toBeLessThan(15 * text.length);
    });
  }

  it("gives 100 KB of 'the minister said that' a record about its own size", () => {
    const text = "the minister said that ".repeat(4_400);
    const record = vigie.analyzeText(`date 2024-12 ${text}`);
    expect(JSON.stringify(record).length).toBeLessThan(3 * text.length);
  });
});
