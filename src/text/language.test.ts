import { beforeAll, describe, expect, it } from "vitest";
import { loadLanguageIdentifier, type LanguageIdentifier } from "./language.js";

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
});
