import { describe, expect, it } from "vitest";
import { tokenize } from "./tokens.js";

const texts = (s: string, lang: string) => tokenize(s, lang).map((t) => t.text);

describe("tokenize", () => {
  it("splits French elisions off, with straight and curly apostrophes", () => {
    expect(texts("l'Iran d’Alep qu'environ aujourd'hui", "fr")).toEqual(["l'", "Iran", "d’", "Alep", "qu'", "environ", "aujourd'hui"]);
  });

  it("splits inverted pronouns off the verb", () => {
    expect(texts("a-t-il promis, déclare-t-elle", "fr")).toEqual(["a", "-t-il", "promis", ",", "déclare", "-t-elle"]);
  });

  it("keeps hyphenated names and particles whole", () => {
    expect(texts("Bachar al-Assad et Hayat Tahrir al-Cham", "fr")).toEqual(["Bachar", "al-Assad", "et", "Hayat", "Tahrir", "al-Cham"]);
  });

  it("splits English possessives and negations", () => {
    expect(texts("Turkey's army didn't move", "en")).toEqual(["Turkey", "'s", "army", "did", "n't", "move"]);
  });

  it("splits a participle off a capitalized word before it, not off a lower-case one", () => {
    expect(texts("the Oslo-listed firm, a Vienna-headquartered bank, Sahel-era treaties", "en")).toEqual(["the", "Oslo", "-listed", "firm", ",", "a", "Vienna", "-headquartered", "bank", ",", "Sahel", "-era", "treaties"]);
    expect(texts("a well-known, long-awaited Hewlett-Packard deal", "en")).toEqual(["a", "well-known", ",", "long-awaited", "Hewlett-Packard", "deal"]);
    expect(texts("Clermont-Ferrand, Saint-Denis", "fr")).toEqual(["Clermont-Ferrand", ",", "Saint-Denis"]);
  });

  it("marks quotation marks, numbers and punctuation", () => {
    const toks = tokenize("« Non », dit-il : 320 morts.", "fr");
    expect(toks.map((t) => [t.text, t.kind])).toEqual([
      ["«", "quote"], ["Non", "word"], ["»", "quote"], [",", "punct"], ["dit", "word"], ["-il", "clitic"],
      [":", "punct"], ["320", "number"], ["morts", "word"], [".", "punct"],
    ]);
  });

  it("gives offsets that hold each token and a folded form for lookups", () => {
    const s = "Le président Erdoğan à Téhéran";
    for (const t of tokenize(s, "fr")) expect(s.slice(t.start, t.end)).toBe(t.text);
    expect(tokenize(s, "fr").map((t) => t.norm)).toEqual(["le", "president", "erdogan", "a", "teheran"]);
  });

  it("splits nothing off in a language without rules", () => {
    expect(texts("l'Iran", "de")).toEqual(["l'Iran"]);
  });
});

describe("tokenize: an acronym joined to a name by a hyphen", () => {
  it("splits 'China-EU', 'UE-Chine', 'US-China' into two names, and keeps 'Jean-Luc', 'Bosnie-Herzégovine', 'SARS-CoV-2' whole", () => {
    const words = (text: string) => tokenize(text, "fr").map((t) => t.text);
    expect(words("China-EU cooperation")).toEqual(["China", "-", "EU", "cooperation"]);
    expect(words("le sommet UE-Chine")).toEqual(["le", "sommet", "UE", "-", "Chine"]);
    expect(words("US-China talks")).toEqual(["US", "-", "China", "talks"]);
    expect(words("Jean-Luc Mélenchon, Bosnie-Herzégovine, SARS-CoV-2")).toEqual(["Jean-Luc", "Mélenchon", ",", "Bosnie-Herzégovine", ",", "SARS-CoV-2"]);
  });
});
