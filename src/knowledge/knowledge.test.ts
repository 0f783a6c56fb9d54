import { writeFileSync } from "node:fs";
import { join } from "node:path";
import { beforeAll, describe, expect, it } from "vitest";
import { tokenize } from "../text/tokens.js";
import { loadKnowledge, type Knowledge } from "./knowledge.js";
import { tempDir } from "../test-support/temp.js";

let k: Knowledge;
beforeAll(() => {
  k = loadKnowledge();
});

const first = (name: string) => k.lookup(name)[0]?.name;
const month = (value: string) => ({ value, precision: "month" as const });
const day = (value: string) => ({ value, precision: "day" as const });

describe("shipped knowledge", () => {
  it("loads without errors", () => {
    expect(k.errors).toEqual([]);
    expect(k.countries.size).toBeGreaterThanOrEqual(249);
  });

  it("resolves names and transliterations, ignoring case and diacritics", () => {
    for (const n of ["Bachar el-Assad", "Bachar al-Assad", "BASHAR AL-ASSAD", "Bashar Assad"]) expect(first(n)).toBe("Bashar al-Assad");
    for (const n of ["Massoud Pezeshkian", "Masoud Pezeshkian", "Pezeshkian"]) expect(first(n)).toBe("Masoud Pezeshkian");
    expect(first("Erdogan")).toBe("Recep Tayyip Erdoğan");
    expect(first("Volodymyr Zelensky")).toBe("Volodymyr Zelenskyy");
  });

  it("knows listed companies of every exchange by the names the press writes, and no dictionary word as one", () => {
    const companies: [string, string, string][] = [["Ryanair", "Ryanair", "IE"], ["easyJet", "easyJet", "GB"], ["Wizz Air", "Wizz Air", "JE"], ["Allianz", "Allianz", "DE"], ["Michelin", "Michelin", "FR"]];
    for (const [surface, canonical, country] of companies)
      expect(k.lookup(surface).find((e) => e.type === "organization"), surface).toMatchObject({ name: canonical, country, sector: "BUS" });
    for (const word of ["Affirm", "Agile", "Europe"]) expect(k.lookup(word).filter((e) => e.sector === "BUS"), word).toEqual([]);
  });

  it("resolves exonyms of cities and countries", () => {
    const cases: [string, string][] = [
      ["Alep", "Aleppo"], ["Téhéran", "Tehran"], ["Damas", "Damascus"], ["Moscou", "Moscow"], ["Pékin", "Beijing"],
      ["Londres", "London"], ["Idleb", "Idlib"], ["Syrie", "Syria"], ["Turquie", "Turkey"], ["Etats-Unis", "United States"],
      ["Kiev", "Kyiv"], ["Le Caire", "Cairo"],
    ];
    for (const [surface, canonical] of cases) expect(first(surface), surface).toBe(canonical);
  });

  it("puts places with coordinates and country on every location", () => {
    const aleppo = k.lookup("Alep")[0]!;
    expect(aleppo.geo).toMatchObject({ kind: "city", country: "SY" });
    expect(Math.abs(aleppo.geo!.lat! - 36.2)).toBeLessThan(0.1);
    expect(k.lookup("Syrie")[0]!.geo).toMatchObject({ kind: "country", country: "SY" });
    expect(k.lookup("province d'Idleb")[0]).toMatchObject({ name: "Idlib Governorate", geo: { kind: "region" } });
  });

  it("ranks a name's readings by prominence: Tripoli is the Libyan capital before the Lebanese city", () => {
    expect(k.lookup("Tripoli").map((e) => e.country).slice(0, 2)).toEqual(["LY", "LB"]);
  });

  it("maps demonyms in both languages, genders and numbers to their country", () => {
    for (const d of ["syrien", "syrienne", "syriens", "Syriennes", "Syrian", "Syrians"]) expect(k.demonyms.get(d)[0]?.country, d).toBe("SY");
    expect(k.demonyms.get("sud-coréenne")[0]?.country).toBe("KR");
    expect(k.demonyms.get("iranien")[0]?.country).toBe("IR");
    expect(k.demonyms.get("Turkish")[0]?.country).toBe("TR");
  });

  it("resolves acronyms", () => {
    expect(first("HTS")).toBe("Hayat Tahrir al-Sham");
    expect(first("HTC")).toBe("Hayat Tahrir al-Sham");
    expect(first("OTAN")).toBe("NATO");
    expect(first("ONU")).toBe("United Nations");
    expect(first("Daech")).toBe("Islamic State");
  });

  it("finds names inside token streams, elisions split off", () => {
    const tokens = tokenize("les environs d'Alep et de Hayat Tahrir al-Cham", "fr");
    const at = tokens.findIndex((t) => t.text === "Alep");
    expect(k.names.longestAt(tokens, at)?.values[0]?.name).toBe("Aleppo");
    const hts = tokens.findIndex((t) => t.text === "Hayat");
    const m = k.names.longestAt(tokens, hts)!;
    expect([m.end - m.start, m.values[0]!.name]).toEqual([3, "Hayat Tahrir al-Sham"]);
  });

  it("tells who held an office at a date, month precision included", () => {
    expect(k.holder("president", "SY", month("2024-12"))?.name).toBe("Bashar al-Assad");
    expect(k.holder("president", "SY", day("2025-03-01"))?.name).toBe("Ahmed al-Sharaa");
    expect(k.holder("foreign_minister", "IR", month("2024-12"))?.name).toBe("Abbas Araghchi");
    expect(k.holder("foreign_minister", "IR", day("2024-06-15"))?.name).toBe("Ali Bagheri Kani");
    expect(k.holder("president", "US", day("2024-11-06"))?.name).toBe("Joe Biden");
    expect(k.holder("secretary_general", "Hezbollah", month("2024-08"))?.name).toBe("Hassan Nasrallah");
    expect(k.holder("president", "US", null)?.name).toBe("Donald Trump");
  });

  it("says a role at a date, and 'former' after the term", () => {
    const assad = k.lookup("Assad")[0]!;
    expect(k.roleOf(assad, month("2024-12"))).toBe("President of Syria");
    expect(k.roleOf(k.lookup("Hafez el-Assad")[0]!, month("2024-12"))).toBe("former President of Syria");
    expect(k.roleOf(k.lookup("Guterres")[0]!, month("2024-12"))).toBe("Secretary-General of the United Nations");
  });

  it("maps role phrases of each language to office keys", () => {
    expect(k.roles("fr").get("ministre des Affaires étrangères")).toEqual(["foreign_minister"]);
    expect(k.roles("fr").get("Premier ministre")).toEqual(["prime_minister"]);
    expect(k.roles("en").get("Foreign Minister")).toEqual(["foreign_minister"]);
    expect(k.roles("de").get("president")).toEqual([]);
  });
});

describe("user knowledge", () => {
  it("adds and overrides entries, and names malformed lines while loading the rest", () => {
    const dir = tempDir("kb");
    const file = join(dir, "mine.jsonl");
    writeFileSync(
      file,
      [
        "// my newsroom's additions",
        JSON.stringify({ name: "Lucie Marchal", type: "person", country: "FR", aliases: ["L. Marchal"], offices: [["mayor", "Villebois", "2020-07-01"]] }),
        "{not json",
        JSON.stringify({ name: "Sans type" }),
        JSON.stringify({ name: "Bashar al-Assad", type: "person", country: "SY", aliases: ["le raïs"], role: "former ruler" }),
        JSON.stringify({ name: "Port-Vigie", type: "location", country: "FR", lat: 47.1, lon: -2.2, kind: "city" }),
        JSON.stringify({ name: "Bad office", type: "person", offices: [["mayor"]] }),
      ].join("\n"),
    );
    const mine = loadKnowledge({ files: [file, join(dir, "missing.jsonl")] });
    expect(mine.lookup("L. Marchal")[0]?.name).toBe("Lucie Marchal");
    expect(mine.roleOf(mine.lookup("Lucie Marchal")[0]!, month("2024-12"))).toBe("Mayor of Villebois");
    expect(mine.lookup("le raïs")[0]?.name).toBe("Bashar al-Assad");
    expect(mine.lookup("Port-Vigie")[0]?.geo).toMatchObject({ kind: "city", lat: 47.1 });
    expect(mine.errors.map((e) => [e.line, e.problem])).toEqual([
      [3, expect.stringMatching(/JSON/)],
      [4, '"type" is required'],
      [7, expect.stringMatching(/an office must be \[office, of, from, to\]/)],
      [0, "no such file"],
    ]);
    expect(mine.errors[0]!.message).toMatch(/mine\.jsonl:3: /);
  });

  it("keeps one entry for an organization whose name another entry of its country lists as an alias", () => {
    const dir = tempDir("kb");
    const file = join(dir, "dupes.jsonl");
    writeFileSync(
      file,
      [
        JSON.stringify({ name: "Vigie Motors", type: "organization", country: "FR", aliases: ["Vigie Motors SA"] }),
        JSON.stringify({ name: "Vigie", type: "organization", country: "FR", aliases: ["Vigie Motors"] }),
        JSON.stringify({ name: "Vigie Motors", type: "organization", country: "BE", aliases: [] }),
      ].join("\n"),
    );
    const mine = loadKnowledge({ files: [file] });
    expect(mine.lookup("Vigie Motors").map((e) => `${e.name} ${e.country}`)).toEqual(["Vigie FR", "Vigie Motors BE"]);
    expect(mine.lookup("Vigie Motors SA").map((e) => e.name)).toEqual(["Vigie"]);
  });
});
