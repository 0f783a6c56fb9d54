import { existsSync, readdirSync } from "node:fs";
import { join } from "node:path";
import { fold } from "../text/fold.js";
import type { CalendarValue } from "../document/document.js";
import { DATA_DIR, readDataJson, readLangData } from "../util/data.js";
import { KnowledgeError, readJsonLines, requiredStr, strList } from "./jsonl.js";
import { readEntities } from "./kb.js";
import { NameIndex } from "./names.js";
import { OfficeIndex } from "./offices.js";
import { computeSkeleton } from "./skeleton.js";
import { readAmendments, readCities, readCountries, type Country, type PlaceAmendment } from "./places.js";
import { readSnapshot, signature, SNAPSHOT_VERSION, stamp, type Snapshot } from "./snapshot.js";
import { knownEntity, type KnownEntity } from "./types.js";

/** the smallest city a name spelt otherwise is read as (bySkeleton), or named without its article ("au Havre") */
const RESPELLED_TOWN = 15_000;
const smallTown = (e: KnownEntity) => e.geo?.kind === "city" && e.population < RESPELLED_TOWN;

const KNOWLEDGE_DIR = join(DATA_DIR, "knowledge");

/** A dated event of the news (data/knowledge/calendar.jsonl). */
export interface DatedEvent {
  date: string;
  name: string;
  countries: string[];
  /** words of the event, as written */
  cueWords: string[];
  /** the same, indexed as names */
  cues: NameIndex<true>;
}

export interface KnowledgeOptions {
  /** user knowledge files (JSON Lines, the format of data/knowledge/entities), applied after the shipped ones */
  files?: string[];
  /** the prebuilt snapshot of the shipped knowledge to load when it is current (default: the one beside the built code; null: the sources always) */
  snapshot?: string | null;
}

/** the offices that head a state, in the order a head of state is looked for among them */
const HEADS_OF_STATE = ["president", "king", "queen", "emir", "sultan", "supreme_leader"];

/** Everything Vigie knows: places, people, organizations, offices, demonyms; indexed by name. */
export class Knowledge {
  readonly byId = new Map<string, KnownEntity>();
  readonly countries = new Map<string, Country>();
  readonly names = new NameIndex<KnownEntity>();
  readonly demonyms = new NameIndex<Country>();
  readonly offices = new OfficeIndex();
  readonly errors: KnowledgeError[] = [];
  /** places (not countries) and people by transliteration-blind key, for spellings the knowledge lacks: built on first use */
  private readonly skeletonIndexes = new Map<"place" | "person", Map<string, KnownEntity[]>>();
  /** dated events of the news, which pin weekdays in month-dated articles */
  readonly calendar: DatedEvent[];
  private readonly titles: Record<string, string>;
  private readonly roleIndexes = new Map<string, NameIndex<string>>();

  constructor(entries: KnownEntity[], countries: Country[], errors: KnowledgeError[], calendar: DatedEvent[] = []) {
    this.errors.push(...errors);
    this.calendar = calendar;
    this.titles = readDataJson<{ titles: Record<string, string> }>("knowledge/offices.json").titles;
    for (const c of countries) this.countries.set(c.country!, c);
    for (const e of entries) this.byId.set(e.id, e);
    for (const e of this.byId.values()) {
      for (const n of [e.name, ...e.aliases]) {
        this.names.add(n, e);
        // "Le Caire", "La Haye": French place names lose their article after à and de ("au Caire", "du Caire")
        // (a town of a few thousand people keeps its article: "Palais" is not Le Palais)
        const bare = e.type === "location" && !smallTown(e) ? /^(?:Le|Les) (\p{Lu}.*)$/u.exec(n) : null;
        if (bare) this.names.add(bare[1]!, e);
      }
      for (const n of e.contextAliases) this.names.add(n, e);
      this.offices.add(e);
    }
    // (a demonym two countries share, "American", "Américaines", is first the one's whose capital is the larger: the United States', not the Northern Mariana Islands')
    const capitals = new Map<string, number>();
    for (const e of this.byId.values()) if (e.capitalOf) capitals.set(e.capitalOf, Math.max(capitals.get(e.capitalOf) ?? 0, e.population));
    const bySize = [...countries].sort((a, b) => (capitals.get(b.country!) ?? 0) - (capitals.get(a.country!) ?? 0));
    for (const c of bySize) for (const d of c.demonyms) this.demonyms.add(d, c);
  }

  /**
   * Places (not countries), or people, whose names share a transliteration-blind key ("Deir
   * ez-Zor", "Deir Ezzor"; "Abdel Fattah al-Burhane", "al-Burhan"): each index built on first use.
   */
  bySkeleton(key: string, kind: "place" | "person"): KnownEntity[] {
    let index = this.skeletonIndexes.get(kind);
    if (!index) {
      index = new Map<string, KnownEntity[]>();
      // (towns of a few thousand people are too many for a spelling to find them: "Anora" is no misspelt Anor)
      const wanted = kind === "place" ? (e: KnownEntity) => e.type === "location" && e.geo?.kind !== "country" && !smallTown(e) : (e: KnownEntity) => e.type === "person";
      for (const e of this.byId.values())
        if (wanted(e))
          for (const n of new Set([e.name, ...e.aliases].map(computeSkeleton))) {
            if (n.replace(/ /g, "").length < 3) continue;
            const found = index.get(n);
            if (found) found.push(e);
            else index.set(n, [e]);
          }
      this.skeletonIndexes.set(kind, index);
    }
    return index.get(key) ?? [];
  }

  /** Entities a name may denote (any spelling, case and diacritics ignored), most prominent first. */
  lookup(name: string): KnownEntity[] {
    return byProminence(this.names.get(name));
  }

  country(code: string | null): Country | null {
    return code ? (this.countries.get(code) ?? null) : null;
  }

  /** The name of what an office is of: a country code or an organization's id or name. */
  private officeScope(of: string): string {
    return withArticle(this.countries.get(of)?.name ?? this.byId.get(of)?.name ?? of);
  }

  /** "President of Iran": an office in words. */
  title(office: string, of: string): string {
    return `${this.titles[office] ?? office.replace(/_/g, " ")} of ${this.officeScope(of)}`;
  }

  /** What someone was at `date`: the office held then, else "former …" for the last one held before, else the fixed role. */
  roleOf(entity: KnownEntity, date: CalendarValue | null): string | null {
    const held = OfficeIndex.heldAt(entity, date);
    if (held[0]) return this.title(held[0].office, held[0].of);
    const past = entity.offices.filter((o) => o.to && (!date || o.to <= date.value)).sort((a, b) => (a.to! < b.to! ? 1 : -1));
    if (past[0]) return `former ${this.title(past[0].office, past[0].of)}`;
    return entity.role;
  }

  /** Role phrases of a language ("ministre des Affaires étrangères", "foreign minister") to office keys. */
  roles(lang: string): NameIndex<string> {
    let index = this.roleIndexes.get(lang);
    if (!index) {
      index = new NameIndex<string>();
      for (const [phrase, office] of Object.entries(readLangData<{ offices: Record<string, string> }>(lang, "roles").offices)) index.add(phrase, office);
      this.roleIndexes.set(lang, index);
    }
    return index;
  }

  /** Who held an office of a country or organization during `date`. */
  holder(office: string, of: string, date: CalendarValue | null): KnownEntity | null {
    const found = this.offices.holder(office, of, date)?.holder ?? null;
    // (a state's head is whoever holds its head of state's office: a president, a monarch, a supreme leader)
    if (found || office !== "head_of_state") return found;
    for (const head of HEADS_OF_STATE) {
      const h = this.offices.holder(head, of, date)?.holder;
      if (h) return h;
    }
    return null;
  }
}

/**
 * Countries first, then people and organizations (in knowledge-file order), then places by
 * population, a capital counting as a large city: the reading a name gets without context.
 */
export function prominence(e: KnownEntity): number {
  if (e.geo?.kind === "country") return 1e12;
  if (e.type !== "location") return 1e11;
  return e.population + (e.capitalOf ? 5e6 : 0);
}

export function byProminence(entities: KnownEntity[]): KnownEntity[] {
  return [...entities].sort((a, b) => prominence(b) - prominence(a));
}

/** "of the United States", "of the European Commission", but "of Iran", "of Hezbollah". */
const ARTICLE = /^(United|European|International|World|Arab|African|Islamic|Economic|Organi[sz]ation|Council|Gulf|Netherlands|Philippines|Czech Republic|Democratic Republic|Republic of|Central African|Gambia|Bahamas|Maldives|Comoros|Seychelles|Dominican Republic)\b/;
function withArticle(name: string): string {
  return ARTICLE.test(name) ? `the ${name}` : name;
}

function applyAmendments(countries: Country[], cities: KnownEntity[], amendments: PlaceAmendment[], errors: KnowledgeError[], file: string): void {
  const countryByCode = new Map(countries.map((c) => [c.country!, c]));
  // the cities amended, by country and name or GeoNames id (the first of a name)
  const wanted = new Set(amendments.filter((a) => a.city).map((a) => `${a.country}|${a.city}`));
  const cityIndex = new Map<string, KnownEntity>();
  for (const c of cities)
    for (const k of [`${c.country}|${c.name}`, `${c.country}|${c.id.slice(4)}`]) if (wanted.has(k) && !cityIndex.has(k)) cityIndex.set(k, c);
  amendments.forEach((a) => {
    const target = a.city ? cityIndex.get(`${a.country}|${a.city}`) : countryByCode.get(a.country);
    if (!target) {
      errors.push(new KnowledgeError(file, 0, `no ${a.city ? `city "${a.city}" in` : "country"} ${a.country} to amend`));
      return;
    }
    if (a.name && a.name !== target.name) {
      target.aliases.push(target.name);
      target.name = a.name;
    }
    if (a.kb) target.kb = a.kb;
    target.aliases.push(...a.aliases);
    if (a.demonyms.length) (target as Country).demonyms?.push(...a.demonyms);
  });
}

function jsonlFiles(dir: string): string[] {
  return existsSync(dir) ? readdirSync(dir).filter((f) => f.endsWith(".jsonl")).sort().map((f) => join(dir, f)) : [];
}

/**
 * The entries less the organizations and people whose name another entry of the same type and
 * country lists as its alias ("Honda Motor" of a generated list, beside "Honda" whose alias it
 * is): one entity, the one that knows the other's name, with the other's aliases added.
 */
function withoutShadowed(entries: KnownEntity[]): KnownEntity[] {
  const key = (e: KnownEntity, name: string) => `${e.type}|${e.country}|${fold(name)}`;
  const owners = new Map<string, KnownEntity>();
  for (const e of entries) if (e.type !== "location") for (const a of e.aliases) owners.set(key(e, a), e);
  return entries.filter((e) => {
    const owner = e.type === "location" ? undefined : owners.get(key(e, e.name));
    if (!owner || owner === e || owners.get(key(owner, owner.name)) === e) return true;
    for (const a of e.aliases) if (!owner.aliases.includes(a)) owner.aliases.push(a);
    return false;
  });
}

/** The shipped knowledge's source files, in the order they are read (their contents sign a snapshot). */
export function shippedFiles(): string[] {
  const places = join(KNOWLEDGE_DIR, "places");
  return [
    ...["countries.jsonl", "cities.tsv", "amendments.jsonl", "regions.jsonl", "features.jsonl"].map((f) => join(places, f)),
    ...jsonlFiles(join(KNOWLEDGE_DIR, "entities")),
    join(KNOWLEDGE_DIR, "calendar.jsonl"),
  ].filter((f) => existsSync(f));
}

/** What the shipped knowledge files give: the entries (countries first), the countries among them, the dated events. */
export interface ShippedKnowledge {
  entries: KnownEntity[];
  countries: Country[];
  calendar: DatedEvent[];
}

/** Reads the shipped knowledge from its source files (data/knowledge). */
export function readShipped(errors: KnowledgeError[]): ShippedKnowledge {
  const places = join(KNOWLEDGE_DIR, "places");
  const countries = readCountries(join(places, "countries.jsonl"), errors);
  const cities = readCities(join(places, "cities.tsv"));
  const amendments = join(places, "amendments.jsonl");
  if (existsSync(amendments)) applyAmendments(countries, cities, readAmendments(amendments, errors), errors, amendments);
  const entries: KnownEntity[] = [...countries, ...cities];
  for (const [file, kind] of [["regions.jsonl", "region"], ["features.jsonl", "other"]] as const)
    if (existsSync(join(places, file))) entries.push(...readEntities(join(places, file), errors, { type: "location", kind }));
  for (const file of jsonlFiles(join(KNOWLEDGE_DIR, "entities"))) entries.push(...readEntities(file, errors));
  const calendarFile = join(KNOWLEDGE_DIR, "calendar.jsonl");
  const calendar = existsSync(calendarFile) ? readCalendar(calendarFile, errors) : [];
  return { entries, countries, calendar };
}

/**
 * Loads the shipped knowledge, then the user's files (an entry with the id or name and type of a
 * shipped one replaces it). With no user files, from the prebuilt snapshot when there is one for
 * these very files (see snapshot.ts).
 */
export function loadKnowledge(options: KnowledgeOptions = {}): Knowledge {
  if (!options.files?.length && options.snapshot !== null) {
    const snapshot = readSnapshot(shippedFiles(), options.snapshot);
    if (snapshot) return fromSnapshot(snapshot);
  }
  const errors: KnowledgeError[] = [];
  const { entries, countries, calendar } = readShipped(errors);
  const shipped = entries.length;
  for (const file of options.files ?? []) {
    if (!existsSync(file)) {
      errors.push(new KnowledgeError(file, 0, "no such file"));
      continue;
    }
    const user = readEntities(file, errors);
    for (const u of user) {
      const same = entries.findIndex((e, i) => i < shipped && (e.id === u.id || (e.name === u.name && e.type === u.type)));
      if (same >= 0) entries[same] = { ...u, id: entries[same]!.id };
      else entries.push(u);
    }
  }
  return new Knowledge(withoutShadowed(entries), countries, errors, calendar);
}

const PLAIN_ASCII = /^[A-Za-z0-9]+(?: [A-Za-z0-9]+)*$/;

/** The shipped knowledge as a snapshot holds it: entries, countries, dated events, and every name's keys computed when it was built. */
export function buildSnapshot(): Snapshot {
  const errors: KnowledgeError[] = [];
  const { entries, countries, calendar } = readShipped(errors);
  const kept = withoutShadowed(entries);
  const keys = new Map<string, string[]>();
  NameIndex.recordKeys(keys);
  try {
    new Knowledge(kept, countries, errors, calendar);
  } finally {
    NameIndex.recordKeys(null);
  }
  const at = new Map(kept.map((e, i) => [e, i]));
  return {
    version: SNAPSHOT_VERSION,
    signature: signature(shippedFiles()),
    stamp: stamp(shippedFiles()),
    // (a plain city as a row of its values, any other entry without the fields it leaves at their defaults)
    entries: kept.map((e) => cityRow(e) ?? compact(e)),
    countries: countries.map((c) => at.get(c)!),
    calendar: calendar.map(({ date, name, countries, cueWords }) => ({ date, name, countries, cueWords })),
    errors: errors.map((e) => [e.file, e.line, e.problem]),
    // (not the names of plain ASCII words: their key, lower case, is computed as fast as it is read)
    keys: [...keys].filter(([name]) => !PLAIN_ASCII.test(name)).map(([name, k]) => [name, ...k]),
  };
}

/** the fields knownEntity() fills in, with their defaults (not id, name and type, which every entry gives) */
const DEFAULTS: Record<string, unknown> = (({ id, name, type, ...defaults }) => defaults)(knownEntity({ id: "", name: "", type: "location" }));

/** An entry less the fields at their default value (null, 0, an empty list). */
function compact(e: KnownEntity): KnownEntity {
  const out: Record<string, unknown> = {};
  for (const [k, v] of Object.entries(e)) if (!(k in DEFAULTS) || (v !== DEFAULTS[k] && !(Array.isArray(v) && v.length === 0))) out[k] = v;
  return out as unknown as KnownEntity;
}

/** A city's row in a snapshot: its GeoNames id, name, country, coordinates, population, whether it is a capital (1) or a region's seat (2), and its other names. */
type CityRow = [number, string, string, number, number, number, number, ...string[]];

/** The entry of a city row. */
function fromCityRow([id, name, country, lat, lon, population, flags, ...aliases]: CityRow): KnownEntity {
  return knownEntity({
    id: `geo:${id}`,
    name,
    type: "location",
    country,
    aliases,
    geo: { lat, lon, kind: "city", country },
    population,
    capitalOf: flags & 1 ? country : null,
    regionSeat: (flags & 2) !== 0,
  });
}

/** A city of cities.tsv as a row (a third of its JSON), or null for any other entry or a city amended beyond what a row holds. */
function cityRow(e: KnownEntity): CityRow | null {
  if (!/^geo:\d+$/.test(e.id) || e.geo?.kind !== "city" || e.geo.lat === null || e.geo.lon === null || !e.country) return null;
  const row: CityRow = [Number(e.id.slice(4)), e.name, e.country, e.geo.lat, e.geo.lon, e.population, (e.capitalOf ? 1 : 0) | (e.regionSeat ? 2 : 0), ...e.aliases];
  // (a row must give the entry back field for field: an amended city, with a Wikidata id, stays an entry)
  return JSON.stringify(fromCityRow(row)) === JSON.stringify(e) ? row : null;
}

function fromSnapshot(snapshot: Snapshot): Knowledge {
  // (the fields left out at their defaults put back, in the order every entry has them)
  const entries = snapshot.entries.map((e) => (Array.isArray(e) ? fromCityRow(e as CityRow) : knownEntity(e)));
  const calendar = snapshot.calendar.map((c) => ({ ...c, cues: NameIndex.of(c.cueWords) }));
  NameIndex.primeKeys(new Map(snapshot.keys.map(([name, ...keys]) => [name!, keys])));
  try {
    const errors = snapshot.errors.map(([file, line, problem]) => new KnowledgeError(file, line, problem));
    return new Knowledge(entries, snapshot.countries.map((i) => entries[i] as Country), errors, calendar);
  } finally {
    NameIndex.primeKeys(null);
  }
}

function readCalendar(file: string, errors: KnowledgeError[]): DatedEvent[] {
  return readJsonLines(file, (o) => {
    const date = requiredStr(o, "date");
    if (!/^\d{4}-\d{2}-\d{2}$/.test(date)) throw new Error(`"date" must be YYYY-MM-DD, not "${date}"`);
    const cueWords = strList(o, "cues");
    return { date, name: requiredStr(o, "name"), countries: strList(o, "countries"), cueWords, cues: NameIndex.of(cueWords) };
  }, errors);
}
