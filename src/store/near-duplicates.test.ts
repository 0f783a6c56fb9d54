import { describe, expect, it } from "vitest";
import { bands, distance, MAX_DISTANCE, simhash } from "./near-duplicates.js";

describe("simhash", () => {
  it("gives the fingerprints stored by earlier versions (stored texts are compared with new ones)", () => {
    expect(simhash("Les rebelles sont entrés dans Alep mardi, selon l’Observatoire syrien des droits de l’homme, qui fait état de 42 morts.")).toBe("668846e58d2123a0");
    // letters of other scripts and outside the Basic Multilingual Plane are word characters too
    expect(simhash("Ünïcödé ΑΒΓ δεζ 中文字 𝐀𝐁𝐂 test 123 x ".repeat(4))).toBe("e47c868dcc2fc346");
    expect(simhash("trop court")).toBeNull();
  });

  it("puts a text republished with small edits within MAX_DISTANCE bits, sharing a band", () => {
    const text = "Le ministre a annoncé jeudi à Lyon un plan de 40 millions d'euros pour les transports régionaux, qui doit entrer en vigueur au printemps après un vote du conseil et une consultation des usagers.";
    const a = simhash(text)!;
    const b = simhash(`${text.replace("jeudi", "Jeudi")} (AFP)`)!;
    expect(distance(a, b)).toBeLessThanOrEqual(MAX_DISTANCE);
    expect(bands(a).some((band, i) => band === bands(b)[i])).toBe(true);
    expect(distance(a, simhash("Strikes hit the port city overnight, residents said, as the army moved reinforcements north and officials promised an inquiry into the losses.")!)).toBeGreaterThan(MAX_DISTANCE);
  });
});
