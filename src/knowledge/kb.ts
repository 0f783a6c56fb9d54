import type { GeoPoint } from "../document/document.js";
import { num, readJsonLines, requiredStr, str, strList, type KnowledgeError } from "./jsonl.js";
import { knownEntity, type EntityType, type KnownEntity, type Office } from "./types.js";

const TYPES: EntityType[] = ["person", "organization", "location"];
const DATE = /^\d{4}(?:-\d{2}(?:-\d{2})?)?$/;
const KINDS: GeoPoint["kind"][] = ["country", "region", "city", "other"];

export const slug = (s: string) =>
  s.normalize("NFD").replace(/[\u0300-\u036f]/g, "").toLowerCase().replace(/[^a-z0-9]+/g, "-").replace(/^-|-$/g, "");

function readOffices(o: Record<string, unknown>): Office[] {
  const v = o.offices;
  if (v === undefined || v === null) return [];
  if (!Array.isArray(v)) throw new Error('"offices" must be a list of [office, of, from, to]');
  return v.map((x: unknown) => {
    if (!Array.isArray(x) || x.length < 2 || x.length > 4 || !x.every((y) => y === null || typeof y === "string"))
      throw new Error(`an office must be [office, of, from, to], not ${JSON.stringify(x)}`);
    const [office, of, from = null, to = null] = x as (string | null)[];
    if (!office || !of) throw new Error(`an office needs a name and what it is of: ${JSON.stringify(x)}`);
    for (const d of [from, to]) if (d !== null && !DATE.test(d)) throw new Error(`office date "${d}" is not YYYY[-MM[-DD]]`);
    return { office, of, from, to };
  });
}

function readGeo(o: Record<string, unknown>, country: string | null): GeoPoint | null {
  const lat = num(o, "lat");
  const lon = num(o, "lon");
  if (lat === null || lon === null) throw new Error('a location needs "lat" and "lon"');
  const kind = (str(o, "kind") ?? "other") as GeoPoint["kind"];
  if (!KINDS.includes(kind)) throw new Error(`"kind" must be one of ${KINDS.join(", ")}`);
  return { lat, lon, kind, country };
}

/**
 * One knowledge-base entry: `name` and `type` required; `country`, `kb` (Wikidata QID),
 * `aliases`, `contextAliases` (names it goes by only in a document about its sector: a club's
 * city in a sports report), `sector`, `role`, `offices` ([office, of, from, to]) optional; locations also
 * need `lat`, `lon` and may give `kind`, and `seatOf` (the country whose government sits there and speaks by its name).
 */
export function readEntity(o: Record<string, unknown>): KnownEntity {
  const name = requiredStr(o, "name");
  const type = requiredStr(o, "type") as EntityType;
  if (!TYPES.includes(type)) throw new Error(`"type" must be one of ${TYPES.join(", ")}`);
  const country = str(o, "country");
  if (country !== null && !/^[A-Z]{2}$/.test(country)) throw new Error(`"country" must be an ISO 3166-1 alpha-2 code, not "${country}"`);
  const kb = str(o, "kb");
  if (kb !== null && !/^Q\d+$/.test(kb)) throw new Error(`"kb" must be a Wikidata id (Q123), not "${kb}"`);
  return knownEntity({
    id: str(o, "id") ?? kb ?? `${type}:${slug(name)}`,
    name,
    type,
    country,
    kb,
    aliases: strList(o, "aliases"),
    contextAliases: strList(o, "contextAliases"),
    sector: str(o, "sector"),
    role: str(o, "role"),
    offices: readOffices(o),
    geo: type === "location" ? readGeo(o, country) : null,
    population: num(o, "population") ?? 0,
    seatOf: type === "location" ? str(o, "seatOf") : null,
  });
}

/** The entries of a knowledge file; `defaults` fills fields the file leaves out (a regions file: type location, kind region). */
export function readEntities(file: string, errors: KnowledgeError[], defaults: Record<string, unknown> = {}): KnownEntity[] {
  return readJsonLines(file, (o) => readEntity({ ...defaults, ...o }), errors);
}
