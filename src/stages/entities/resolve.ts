import type { AnalyzedDocument, CalendarValue, EntityRecord } from "../../document/document.js";
import type { Knowledge } from "../../knowledge/knowledge.js";
import { OfficeIndex } from "../../knowledge/offices.js";
import type { EntityType, KnownEntity } from "../../knowledge/types.js";
import { acronymLetters, initials } from "./acronyms.js";
import type { Mention } from "./mentions.js";
import type { RolePhrase } from "./roles.js";

/** How often each country is named or implied in the document: the context that settles ambiguous names. */
export type CountryContext = Map<string, number>;

/** The population a named feature without one weighs as. */
const FEATURE_WEIGHT = 5_000_000;
/** The population from which a city that shares its name with a region of its country is the name's reading ("Aleppo", "Idlib"). */
const SEAT_POPULATION = 50_000;
/** The population from which a city named in an organization's name gives it its country ("Gaza Health Ministry", "Moscow Times"). */
const NAMING_PLACE_POPULATION = 100_000;

/** The reading of an ambiguous name that fits the document best; `qualifier`, the country a place named after its comma lies in. */
export function chooseCandidate(m: Mention, context: CountryContext, date: CalendarValue | null, qualifier: string | null = null): KnownEntity {
  let best = m.candidates[0]!;
  let bestScore = -Infinity;
  for (const c of m.candidates) {
    const inContext = Math.min(3, context.get(c.country ?? "") ?? 0);
    let s: number;
    if (c.type !== "location") s = 1000 + (OfficeIndex.heldAt(c, date).length ? 50 : 0) + inContext;
    else {
      const kind = c.geo?.kind;
      // a world capital is the usual reading of its name, unless the document keeps naming another country
      // (a landmark, sea or continent the knowledge lists by name has no population: it weighs as a large city, above a town of its name, "Asia" the continent)
      // (a region too: a first-level region is larger than most towns, "Florida" the state above a Cuban town of its name)
      const population = (kind === "other" || kind === "region") && !c.population ? FEATURE_WEIGHT : c.population;
      s = (kind === "country" ? 500 : 0) + 1.5 * Math.log10(population + 10) + (c.capitalOf ? 2 : 0) + 2 * Math.min(2, inContext);
      if (m.region) s += kind === "region" ? 100 : -100;
      // "Santa Clara, California", "Geneva, Switzerland": the place named after the comma is the country
      if (qualifier && c.country === qualifier) s += 50;
      // a bare name is the city when the region is named after a city of its own country ("Aleppo": the city, not the governorate)
      if (!m.region && kind === "region" && !c.population && m.candidates.some((o) => o.geo?.kind === "city" && o.country === c.country && o.population >= SEAT_POPULATION)) s -= 5;
    }
    if (s > bestScore) {
      best = c;
      bestScore = s;
    }
  }
  return best;
}

/** An entity of the document being assembled from its mentions. */
export interface Draft {
  key: string;
  known: KnownEntity | null;
  type: EntityType;
  mentions: Mention[];
  role: RolePhrase | null;
}

const lastWord = (s: string) => s.split(/\s+/).pop() ?? s;

/** Groups mentions into entities: one per knowledge-base entry, one per unknown name; surnames join their full names. */
export function groupMentions(doc: AnalyzedDocument, mentions: Mention[], chosen: Map<Mention, KnownEntity>, fold: (s: string) => string): Draft[] {
  const drafts = new Map<string, Draft>();
  const surface = (m: Mention) => doc.text.slice(doc.tokens[m.t0]!.start, doc.tokens[m.t1 - 1]!.end);
  const pending: Mention[] = [];
  for (const m of mentions) {
    const known = chosen.get(m) ?? null;
    const type = known?.type ?? m.type;
    if (!type) {
      pending.push(m);
      continue;
    }
    const key = known ? known.id : `${type}:${fold(m.standsFor ?? surface(m))}`;
    const d = drafts.get(key) ?? { key, known, type, mentions: [], role: null };
    d.mentions.push(m);
    drafts.set(key, d);
  }
  // surnames: "Lister" after "Charles Lister", "Dupont" after "Jean Dupont"
  const bySurname = new Map<string, Draft>();
  for (const d of drafts.values()) {
    if (d.type !== "person") continue;
    const names = d.known ? [d.known.name] : d.mentions.map(surface);
    for (const n of names) if (n.includes(" ")) bySurname.set(fold(lastWord(n)), d);
  }
  // ("M. González" after "Edmundo González Urrutia": of a name of three words or more, the word before the last is a first family name, where no name ends in it)
  for (const d of [...new Set(bySurname.values())]) {
    for (const n of d.known ? [d.known.name] : d.mentions.map(surface)) {
      const words = n.split(/\s+/);
      const first = words.length >= 3 ? words[words.length - 2]! : "";
      if (/^\p{Lu}/u.test(first) && !bySurname.has(fold(first))) bySurname.set(fold(first), d);
    }
  }
  // ("Li said" after "Li Qiang": a family name written first is the name's first word; taken when one full name alone begins so)
  const byFirstWord = new Map<string, Draft | null>();
  for (const d of drafts.values()) {
    if (d.type !== "person") continue;
    const names = d.known ? [d.known.name] : d.mentions.map(surface);
    for (const n of names) {
      if (!n.includes(" ")) continue;
      const first = fold(n.split(/\s+/)[0]!);
      byFirstWord.set(first, byFirstWord.has(first) && byFirstWord.get(first) !== d ? null : d);
    }
  }
  for (const d of [...drafts.values()]) {
    if (d.type !== "person" || d.known || d.mentions.some((m) => m.t1 - m.t0 > 1)) continue;
    const word = fold(surface(d.mentions[0]!));
    const full = bySurname.get(word) ?? byFirstWord.get(word);
    if (full && full !== d) {
      full.mentions.push(...d.mentions);
      drafts.delete(d.key);
    }
  }
  // teams by their last word: "the Bucks" after "the Milwaukee Bucks" (a plural, no person's surname)
  const byNickname = new Map<string, Draft>();
  for (const d of drafts.values())
    if (d.type === "organization" && !d.known)
      for (const m of d.mentions) if (m.t1 - m.t0 >= 2 && /\p{Ll}s$/u.test(doc.tokens[m.t1 - 1]!.text)) byNickname.set(doc.tokens[m.t1 - 1]!.norm, d);
  for (const d of [...drafts.values()]) {
    if (d.known || d.type !== "person" || !d.mentions.every((m) => m.t1 - m.t0 === 1)) continue;
    const team = byNickname.get(doc.tokens[d.mentions[0]!.t0]!.norm);
    if (team && !bySurname.has(fold(surface(d.mentions[0]!)))) {
      team.mentions.push(...d.mentions);
      drafts.delete(d.key);
    }
  }
  // ("United manager Ruben Amorim" after "Manchester United": an unknown organization of one word that ends one other organization's name of the document is that one)
  const byLastWord = new Map<string, Draft | null>();
  for (const d of drafts.values())
    if (d.type === "organization")
      for (const m of d.mentions) {
        const w = m.t1 - m.t0 >= 2 ? doc.tokens[m.t1 - 1]!.norm : null;
        if (w) byLastWord.set(w, byLastWord.has(w) && byLastWord.get(w) !== d ? null : d);
      }
  for (const d of [...drafts.values()]) {
    if (d.known || d.type !== "organization" || !d.mentions.every((m) => m.t1 - m.t0 === 1)) continue;
    const whole = byLastWord.get(doc.tokens[d.mentions[0]!.t0]!.norm);
    if (whole && whole !== d) {
      whole.mentions.push(...d.mentions);
      drafts.delete(d.key);
    }
  }
  // "Tadej Pogacar a remporté … a expliqué Pogacar": a name the text left untyped whose last word stands alone for a
  // person elsewhere (typed so, or as untyped) is that person's full name
  const alone = new Map<string, Draft>();
  for (const d of drafts.values()) if (d.type === "person" && !d.known && d.mentions.every((m) => m.t1 - m.t0 === 1)) alone.set(fold(surface(d.mentions[0]!)), d);
  const untypedSingles = new Set(pending.filter((m) => m.t1 - m.t0 === 1 && !m.fallback).map((m) => fold(surface(m))));
  // (a name read as a person's by its shape alone is that person's full name too)
  const joinedBySurname = new Set<Mention>();
  for (const m of pending) {
    if (m.t1 - m.t0 < 2 || (m.fallback && m.fallback !== "person")) continue;
    const last = fold(lastWord(surface(m)));
    const d = alone.get(last) ?? (untypedSingles.has(last) ? { key: `person:${fold(surface(m))}`, known: null, type: "person" as const, mentions: [], role: null } : null);
    if (!d) continue;
    d.mentions.push(m);
    drafts.set(d.key, d);
    bySurname.set(last, d);
    joinedBySurname.add(m);
  }
  for (const m of pending) {
    if ((m.t1 - m.t0 >= 2 && !m.fallback) || joinedBySurname.has(m)) continue;
    // (an untyped word is a family name written first too: "accused Han of" after "Han Duck-soo")
    const person = bySurname.get(fold(surface(m))) ?? (m.t1 - m.t0 === 1 ? byFirstWord.get(fold(surface(m))) : undefined) ?? undefined;
    const team = m.t1 - m.t0 === 1 ? byNickname.get(doc.tokens[m.t0]!.norm) : undefined;
    // ("Shein is preparing … la société Shein": an untyped name the document types elsewhere, written the same)
    const same = m.fallback ? undefined : (["organization", "person", "location"] as const).map((t) => drafts.get(`${t}:${fold(surface(m))}`)).find((d) => d && !d.known);
    if (person) person.mentions.push(m);
    else if (team) team.mentions.push(m);
    else if (same) same.mentions.push(m);
    else if (m.fallback) {
      const key = `${m.fallback}:${fold(surface(m))}`;
      const d = drafts.get(key) ?? { key, known: null, type: m.fallback, mentions: [], role: null };
      d.mentions.push(m);
      drafts.set(key, d);
    }
  }
  const merge = (from: Draft, into: Draft) => {
    into.mentions.push(...from.mentions);
    drafts.delete(from.key);
  };
  for (const d of [...drafts.values()]) {
    const single = d.mentions.every((m) => m.t1 - m.t0 === 1);
    // "Murphy" after "Cillian Murphy": the surname, not the small town of that name
    if (single && d.known?.geo?.kind === "city" && d.known.population < 200_000) {
      const person = bySurname.get(fold(surface(d.mentions[0]!)));
      if (person) merge(d, person);
    }
    // "Carrefour cède …" after "le groupe Carrefour": the organization the document names so, not the city (no capital) of that name
    if (d.known?.geo?.kind === "city" && !d.known.capitalOf && drafts.has(d.key)) {
      const body = drafts.get(`organization:${fold(surface(d.mentions[0]!))}`);
      if (body && !body.known) merge(d, body);
    }
    // ("…, a annoncé Arianespace" beside "le PDG d'Arianespace": one word read as a person by its place alone is the organization the document names so)
    if (single && !d.known && d.type === "person" && drafts.has(d.key)) {
      const body = drafts.get(`organization:${fold(surface(d.mentions[0]!))}`);
      if (body && !body.known) merge(d, body);
    }
    // "TDP" where "Telugu Desam Party" is named: an acronym of an organization's initials
    if (single && !d.known && d.type === "organization") {
      const letters = acronymLetters(surface(d.mentions[0]!));
      const full = [...drafts.values()].find(
        (o) => o !== d && o.type === "organization" && o.mentions.some((m) => m.t1 - m.t0 >= 2 && initials(doc.tokens.slice(m.t0, m.t1)) === letters),
      );
      if (letters.length >= 2 && full) merge(d, full);
    }
  }
  return [...drafts.values()];
}

/** The country a text gives an unknown name: a demonym just before it ("le cinéaste iranien Mohammad Rasoulof", "l'Américain Sean Baker"), a place in an organization's name, a country in brackets after it, or after an unknown place's comma or preposition. */
function countryInText(doc: AnalyzedDocument, m: Mention, knowledge: Knowledge, type: EntityType, placeCues: Set<string>): string | null {
  const { tokens } = doc;
  for (let k = m.t0 - 1; k >= Math.max(0, m.t0 - 3); k--) {
    const d = knowledge.demonyms.longestAt(tokens, k, m.t0);
    if (d) return d.values[0]!.country;
    // (past the comma of an apposition: "le porte-parole militaire israélien, Avichay Adraee")
    if (tokens[k]!.kind === "punct" && tokens[k]!.text !== "." && !(k === m.t0 - 1 && tokens[k]!.text === ",")) break;
  }
  // "Banque de France", "Gaza Health Ministry", "Moscow Times": a body the knowledge does not know, named after a place, is of its country
  // (a town's name is often some other word: "Alma", "Alliance"; a name with several readings is its largest place's)
  if (type === "organization")
    for (let k = m.t0; k < m.t1; k++) {
      // (a first word with a lower-case adjective after it heads the name: "Confédération paysanne")
      if (k === m.t0 && /^\p{Ll}/u.test(tokens[k + 1]?.text ?? "")) continue;
      const places = (knowledge.names.longestAt(tokens, k, m.t1)?.values ?? []).filter((e) => e.type === "location" && e.country && (e.geo?.kind === "country" || e.population >= NAMING_PLACE_POPULATION));
      const c = places.find((e) => e.geo?.kind === "country") ?? places.sort((a, b) => b.population - a.population)[0];
      if (c) return c.country;
    }
  if (tokens[m.t1]?.text === "(") {
    const c = knowledge.names.longestAt(tokens, m.t1 + 1)?.values.find((e) => e.geo?.kind === "country");
    if (c) return c.country;
  }
  // "the town of Umm Kadada in Sudan", "Kavumu, au Congo": a place the knowledge does not know, and the country after it
  if (type === "location" && (tokens[m.t1]?.text === "," || placeCues.has(tokens[m.t1]?.norm ?? ""))) {
    for (const k of [m.t1 + 1, m.t1 + 2]) {
      const c = knowledge.names.longestAt(tokens, k)?.values.find((e) => e.geo?.kind === "country");
      if (c) return c.country;
    }
  }
  return null;
}

type CountrySource = EntityRecord["countrySource"];

/** The analysis record's entities, in order of first mention; `mainCountry` is the document's dominant country, the fallback for unknown names. */
export function toRecords(doc: AnalyzedDocument, drafts: Draft[], knowledge: Knowledge, mainCountry: string | null, placeCues: Set<string>, articles: Set<string>): { record: EntityRecord; draft: Draft }[] {
  const date = doc.reference;
  const text = (m: Mention) => doc.text.slice(doc.tokens[m.t0]!.start, doc.tokens[m.t1 - 1]!.end);
  // ("The Turkish Foreign Ministry", "l'armée israélienne": a body's name as written, with the article it stands after, is a surface form of it too)
  const withArticle = (m: Mention) => (m.t0 > 0 && articles.has(doc.tokens[m.t0 - 1]!.norm) ? [doc.text.slice(doc.tokens[m.t0 - 1]!.start, doc.tokens[m.t1 - 1]!.end)] : []);
  const sorted = drafts
    .map((d) => ({ d, mentions: [...d.mentions].sort((a, b) => a.t0 - b.t0) }))
    .sort((a, b) => a.mentions[0]!.t0 - b.mentions[0]!.t0);
  return sorted.map(({ d, mentions }, i) => {
    // (a state body's or a described one's, not a proper name's: "the Dallas Mavericks" is no other surface of the club)
    const body = d.known?.sector === "GOV" || d.known?.sector === "MIL";
    const articled = d.type === "organization" ? mentions.filter((m) => body || /^\p{Ll}/u.test(doc.tokens[m.t0]!.text)).flatMap(withArticle) : [];
    const surfaces = [...new Set([...mentions.map(text), ...articled])];
    const names = mentions.filter((m) => m.source !== "role").map(text);
    const longest = names.reduce((a, b) => (b.length > a.length ? b : a), names[0] ?? surfaces[0]!);
    const k = d.known;
    const role = d.role ? knowledge.title(d.role.office, d.role.of) : k && d.type === "person" ? knowledge.roleOf(k, date) : (k?.role ?? null);
    const roleCountry = d.role && /^[A-Z]{2}$/.test(d.role.of) ? d.role.of : null;
    const textCountry = roleCountry ?? mentions.map((m) => countryInText(doc, m, knowledge, d.type, placeCues)).find((c) => c) ?? null;
    const country = k ? k.country : (textCountry ?? mainCountry);
    const countrySource: CountrySource = k ? (k.country ? "knowledge" : null) : textCountry ? "text" : mainCountry ? "context" : null;
    const record: EntityRecord = {
      id: `E${i + 1}`,
      name: k?.name ?? mentions.find((m) => m.name)?.name ?? longest,
      type: d.type,
      aliases: surfaces,
      role,
      country,
      countrySource,
      kb: k?.kb ?? null,
      // (a place the knowledge does not know is placed in its country, without coordinates)
      geo: k?.geo ?? (d.type === "location" && country ? { lat: null, lon: null, kind: "other", country } : null),
      mentions: mentions.map((m) => ({ start: doc.tokens[m.t0]!.start, end: doc.tokens[m.t1 - 1]!.end, text: text(m) })),
    };
    return { record, draft: d };
  });
}
