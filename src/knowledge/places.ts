import { readFileSync } from "node:fs";
import { knownEntity, type KnownEntity } from "./types.js";
import { num, readJsonLines, requiredStr, str, strList, type KnowledgeError } from "./jsonl.js";

export interface Country extends KnownEntity {
  code3: string;
  demonyms: string[];
}

export function readCountries(file: string, errors: KnowledgeError[]): Country[] {
  return readJsonLines(file, (o) => {
    const code = requiredStr(o, "code");
    const demonyms = o.demonyms as { en?: string[]; fr?: string[] } | undefined;
    const lat = num(o, "lat") ?? 0;
    const lon = num(o, "lon") ?? 0;
    return {
      ...knownEntity({
        id: `country:${code}`,
        name: requiredStr(o, "name"),
        type: "location",
        country: code,
        aliases: [str(o, "fr"), ...strList(o, "names")].filter((x): x is string => !!x),
        geo: { lat, lon, kind: "country", country: code },
      }),
      code3: requiredStr(o, "code3"),
      demonyms: [...(demonyms?.en ?? []), ...(demonyms?.fr ?? [])],
    };
  }, errors);
}

/** cities.tsv: id, name, fr, country, feature, admin1, population, lat, lon, aliases (|-separated). */
export function readCities(file: string): KnownEntity[] {
  const out: KnownEntity[] = [];
  for (const line of readFileSync(file, "utf8").split("\n")) {
    if (!line || line.startsWith("#")) continue;
    const [id, name, fr, country, feature, , population, lat, lon, aliases] = line.split("\t");
    out.push(
      knownEntity({
        id: `geo:${id}`,
        name: name!,
        type: "location",
        country: country!,
        aliases: [fr, ...(aliases ?? "").split("|")].filter((x): x is string => !!x),
        geo: { lat: Number(lat), lon: Number(lon), kind: "city", country: country! },
        population: Number(population),
        capitalOf: feature === "PPLC" ? country! : null,
        regionSeat: feature === "PPLA",
      }),
    );
  }
  return out;
}

/** An amendment to a generated place: a better canonical name, more names, a Wikidata id, more demonyms. */
export interface PlaceAmendment {
  /** the country it amends (ISO code), or with `city` the country the city is in */
  country: string;
  /** a city's current name or GeoNames id, when a city is amended */
  city: string | null;
  name: string | null;
  kb: string | null;
  aliases: string[];
  demonyms: string[];
}

export function readAmendments(file: string, errors: KnowledgeError[]): PlaceAmendment[] {
  return readJsonLines(file, (o) => ({
    country: requiredStr(o, "country"),
    city: str(o, "city") ?? (typeof o.geonames === "number" ? String(o.geonames) : null),
    name: str(o, "name"),
    kb: str(o, "kb"),
    aliases: strList(o, "aliases"),
    demonyms: strList(o, "demonyms"),
  }), errors);
}
