import { describe, expect, it } from "vitest";
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { identifyLanguage, loadLanguageModel, needsLanguageModel } from "./language.js";
import { eldVersion, loadEld, type Eld } from "./language-model.js";

describe("short texts read by their function words, without the model", () => {
  it("reads a short French or English sentence that has three function words, one of the language's own, and only its letters", () => {
    for (const [text, lang] of [
      ["Le ministre a démissionné lundi, selon la presse.", "fr"],
      ["La ville a fermé ses écoles pour une semaine.", "fr"],
      ["The minister resigned on Monday, according to the press.", "en"],
      ["Shares fell sharply at the open in Tokyo.", "en"],
    ]) {
      expect(needsLanguageModel(text!)).toBe(false);
      expect(identifyLanguage(text!).lang).toBe(lang);
    }
  });

  it("leaves to the model a short text of another language that shares French words (la, de, en, se, que), whatever its letters", () => {
    for (const text of [
      "La final de la Copa se juega en Madrid.", // (no word of French's own)
      "La policía detuvo a tres personas en la capital.", // (letters French does not write)
      "El gobierno dijo que la reforma entra en vigor en enero.", // (a Spanish function word)
      "Le vittime sono dodici secondo la polizia.",
      "Die Regierung hat am Montag eine Rede gehalten.",
      "Le président Erdoğan a parlé.", // (a name in other letters: the model reads it)
      "Iran's president vowed revenge.", // (too few function words)
    ])
      expect(needsLanguageModel(text)).toBe(true);
  });

  it("lists as another language's function words none of French's or English's, and as a language's own only its function words", async () => {
    const { readDataJson } = await import("../util/data.js");
    const other = Object.values(readDataJson<{ byLanguage: Record<string, string[]> }>("lang/default/function-words.json").byLanguage).flat();
    for (const lang of ["fr", "en"]) {
      const data = readDataJson<{ functionWords: string[]; markers: string[] }>(`lang/${lang}/common-words.json`);
      expect(other.filter((w) => data.functionWords.includes(w))).toEqual([]);
      expect(data.markers.filter((w) => !data.functionWords.includes(w))).toEqual([]);
    }
  });
});

// (a file of its own: the model must not have been loaded by another test of this worker's file)
describe("the n-gram language model, loaded only when a text needs it", () => {
  const french = "Le gouvernement a annoncé mardi que les mesures pour les agriculteurs seraient prises dans la semaine, et que le ministre de l'Agriculture les présenterait aux syndicats avant la fin du mois.";
  const german = "Der Bundeskanzler hat am Montag in Berlin eine lange Rede über die Wirtschaft gehalten.";

  it("reads plain French or English by their function words, without the model", () => {
    expect(needsLanguageModel(french)).toBe(false);
    expect(identifyLanguage(french).lang).toBe("fr");
  });

  it("counts no word that is a function word of both languages (\"a\", \"on\"): English dense with them stays plain", () => {
    const english = "A court on Monday gave a ruling on a case that a union had brought on behalf of a group of workers, and a judge said on the record that it was a matter for a jury to decide in the new year.";
    expect(needsLanguageModel(english)).toBe(false);
    expect(identifyLanguage(english).lang).toBe("en");
  });

  it("asks for the model for another language, and reads it once loaded", async () => {
    expect(needsLanguageModel(german)).toBe(true);
    expect(() => identifyLanguage(german)).toThrow(/not loaded/);
    await loadLanguageModel();
    expect(needsLanguageModel(german)).toBe(false);
    expect(identifyLanguage(german).lang).toBe("de");
  });
});

describe("the prebuilt model (eld's database as JSON, language-model.ts)", () => {
  const texts = [
    "Der Bundeskanzler hat am Montag in Berlin eine lange Rede über die Wirtschaft gehalten.",
    "El presidente habló el lunes en Madrid ante los alcaldes.",
    "Il governo ha approvato ieri la nuova legge di bilancio.",
    "Le président a parlé lundi.",
    "The minister spoke on Monday.",
  ];

  it("reads as eld's own module does", async () => {
    const dir = mkdtempSync(join(tmpdir(), "vigie-eld-"));
    try {
      const file = join(dir, "model.json");
      const { ngramsData } = (await import(new URL("../ngrams/small.js", import.meta.resolve("eld/small")).href)) as { ngramsData: unknown };
      writeFileSync(file, JSON.stringify({ eld: eldVersion(), ngramsData }));
      const prebuilt = await loadEld(file);
      const own = (await import("eld/small")).eld as Eld;
      expect(prebuilt).not.toBe(own);
      for (const t of texts) expect(prebuilt.detect(t).getScores()).toEqual(own.detect(t).getScores());
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it("is not used when written from another eld version, or missing, or unreadable: eld's own module is", async () => {
    const dir = mkdtempSync(join(tmpdir(), "vigie-eld-"));
    try {
      const own = (await import("eld/small")).eld as Eld;
      const stale = join(dir, "stale.json");
      writeFileSync(stale, JSON.stringify({ eld: "0.0.1", ngramsData: {} }));
      const broken = join(dir, "broken.json");
      writeFileSync(broken, "{");
      for (const file of [stale, broken, join(dir, "none.json")]) expect(await loadEld(file)).toBe(own);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
