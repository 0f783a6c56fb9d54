import { beforeAll, describe, expect, it } from "vitest";
import { loadLanguageIdentifier, needsLanguageModel, type LanguageIdentifier } from "./language.js";

let identifyLanguage: LanguageIdentifier;
beforeAll(async () => {
  identifyLanguage = await loadLanguageIdentifier();
});

describe("identifyLanguage", () => {
  it("tells French from English", () => {
    expect(identifyLanguage("Le gouvernement a annoncé mardi une nouvelle série de mesures pour les agriculteurs.").lang).toBe("fr");
    expect(identifyLanguage("The government announced on Tuesday a new set of measures for farmers.").lang).toBe("en");
  });

  it("marks another language as such", () => {
    expect(identifyLanguage("Die Regierung hat am Dienstag neue Maßnahmen für die Landwirte angekündigt.").lang).toBe("de");
  });

  it("falls back on the declared language when the text says too little", () => {
    expect(identifyLanguage("OK", "fr-FR").lang).toBe("fr");
  });

  it("reads a text asked about twice (before its analysis, then in it) the same, and the next text afresh", () => {
    const fr = "Le ministre a dit que les mesures seront prises dans les jours qui viennent, mais que le budget de la ville ne sera pas revu pour les écoles et les routes de la région.";
    const en = "The minister said that the measures would be taken in the days to come, but that the budget of the city would not be revised for the schools and the roads of the region.";
    expect(needsLanguageModel(fr)).toBe(false);
    const first = identifyLanguage(fr);
    first.confidence = 0;
    // (a reading handed out is the caller's: changing it changes no later one)
    expect(identifyLanguage(fr)).toEqual({ lang: "fr", confidence: 1 });
    expect(identifyLanguage(en).lang).toBe("en");
  });
});
