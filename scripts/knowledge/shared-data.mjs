// What the knowledge build scripts read from the repository's own data: the common words of
// each language, and the names of countries, regions and cities (with population).
import { existsSync, readdirSync, readFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";

export const ROOT = join(dirname(fileURLToPath(import.meta.url)), "..", "..");

/** Accents and case off: "América" is "America". */
export const fold = (s) => s.normalize("NFD").replace(/\p{M}/gu, "").toLowerCase();

/** The common and function words of every language in data/lang, as written there. */
export function commonWords() {
  const out = [];
  for (const lang of readdirSync(join(ROOT, "data", "lang"))) {
    const file = join(ROOT, "data", "lang", lang, "common-words.json");
    if (!existsSync(file)) continue;
    const data = JSON.parse(readFileSync(file, "utf8"));
    out.push(...(data.words ?? []), ...(data.functionWords ?? []));
  }
  return out;
}

/** Names of countries and regions, and the cities of the gazetteer ({ name, fr, population, aliases }). */
export function places() {
  const dir = join(ROOT, "data", "knowledge", "places");
  const areas = [];
  for (const file of ["countries.jsonl", "regions.jsonl"]) {
    for (const line of readFileSync(join(dir, file), "utf8").split("\n")) {
      if (!line.startsWith("{")) continue;
      const p = JSON.parse(line);
      for (const n of [p.name, p.fr, ...(p.names ?? []), ...(p.aliases ?? [])]) if (typeof n === "string") areas.push(n);
    }
  }
  const cities = [];
  for (const line of readFileSync(join(dir, "cities.tsv"), "utf8").split("\n")) {
    if (line.startsWith("#")) continue;
    const [, name, fr, , , , population, , , aliases] = line.split("\t");
    if (name) cities.push({ name, fr: fr || null, population: Number(population), aliases: (aliases ?? "").split("|").filter(Boolean) });
  }
  return { areas, cities };
}

/** The names of the areas, and of the cities of at least `population` people. */
export function placeNames(population) {
  const { areas, cities } = places();
  const out = new Set(areas);
  for (const c of cities) if (c.population >= population) for (const n of [c.name, c.fr, ...c.aliases]) if (n) out.add(n);
  return out;
}

/** The records of a CSV text, each a list of fields (RFC 4180 quoting: commas, doubled quotes and line breaks inside quotes); blank lines skipped. */
export function* csvRecords(text) {
  let field = "";
  let row = [];
  let quoted = false;
  const flush = function* () {
    row.push(field.replace(/\r$/, ""));
    if (row.length > 1 || row[0]) yield row;
    row = [];
    field = "";
  };
  for (let i = 0; i < text.length; i++) {
    const ch = text[i];
    if (quoted) {
      if (ch === '"' && text[i + 1] === '"') (field += '"'), i++;
      else if (ch === '"') quoted = false;
      else field += ch;
    } else if (ch === '"') quoted = true;
    else if (ch === ",") row.push(field), (field = "");
    else if (ch === "\n") yield* flush();
    else field += ch;
  }
  if (field || row.length) yield* flush();
}
