import { describe, expect, it } from "vitest";
import { identifyLanguage, loadLanguageModel, needsLanguageModel } from "./language.js";

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
