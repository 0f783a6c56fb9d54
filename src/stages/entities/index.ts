import type { AnalyzedDocument, CalendarValue } from "../../document/document.js";
import type { Knowledge } from "../../knowledge/knowledge.js";
import type { KnownEntity } from "../../knowledge/types.js";
import type { Stage } from "../../pipeline/pipeline.js";
import { closeSpelling, skeleton } from "../../knowledge/skeleton.js";
import { shapeAgrees } from "../../knowledge/names.js";
import { fold } from "../../text/fold.js";
import { OfficeIndex } from "../../knowledge/offices.js";
import { nameGender } from "../../knowledge/given-names.js";
import { entityLexicon, mixedLexicon, type EntityLexicon } from "./lexicon.js";
import { docLookups, type DocLookups } from "./lookups.js";
import { MentionFinder, type Mention } from "./mentions.js";
import { linkAcronyms } from "./acronyms.js";
import { armyOf, bodyMentions, headsArmy } from "./bodies.js";
import { institutionMentions, quotedNameMentions } from "./institutions.js";
import { quoteLexicon } from "../quotes/lexicon.js";
import { countBefore } from "../../util/sorted.js";
import { readDataJson } from "../../util/data.js";
import { chooseCandidate, groupMentions, toRecords, type CountryContext, type Draft } from "./resolve.js";
import { RoleFinder, type RolePhrase } from "./roles.js";


/**
 * "province d'Idleb", "Idlib province": a region word next to a place name makes it the region;
 * so does a plural one for the names coordinated after it ("les provinces d'Alep, de Hama et de Lattaquié").
 */
function markRegions(doc: AnalyzedDocument, knowledge: Knowledge, mentions: Mention[], lex: EntityLexicon): void {
  const { tokens } = doc;
  let listFrom = -1;
  // ("the regions of Lviv and Ternopil": a city's name with a region word names the region called after it, Lviv Oblast)
  const regionCue = (m: Mention) => {
    const before = tokens[m.t0 - 1];
    const cue = tokens[m.t0 - 2];
    return (before && cue && lex.links.has(before.norm) && lex.regionCues.has(cue.norm)) || lex.regionCues.has(tokens[m.t1]?.norm ?? "") || listFrom >= 0;
  };
  for (const m of mentions) {
    if (!m.candidates.some((c) => c.geo?.kind === "region") && regionCue(m)) m.candidates.push(...regionsNamedAfter(knowledge, m.candidates));
    const hasRegion = m.candidates.some((c) => c.geo?.kind === "region");
    const before = tokens[m.t0 - 1];
    const cue = tokens[m.t0 - 2];
    if (before && cue && lex.links.has(before.norm) && lex.regionCues.has(cue.norm)) {
      if (hasRegion) {
        m.t0 -= 2;
        m.region = true;
      }
      listFrom = /s$/.test(cue.norm) ? m.t1 : -1;
    } else if (hasRegion && tokens[m.t1] && lex.regionCues.has(tokens[m.t1]!.norm)) {
      m.t1 += 1;
      m.region = true;
    } else if (hasRegion && listFrom >= 0 && tokens.slice(listFrom, m.t0).every((t) => /^(,|et|and|de|d['’]|du|of)$/i.test(t.text))) {
      m.region = true;
      listFrom = m.t1;
      continue;
    }
    if (!m.region) listFrom = -1;
  }
}

/** The regions named after a city candidate's name and a region word (Lviv → Lviv Oblast), in its country. */
function regionsNamedAfter(knowledge: Knowledge, candidates: KnownEntity[]): KnownEntity[] {
  const { suffixes } = readDataJson<{ suffixes: string[] }>("knowledge/places/region-names.json");
  return candidates.flatMap((c) =>
    c.geo?.kind === "city" ? suffixes.flatMap((suffix) => knowledge.lookup(`${c.name} ${suffix}`).filter((r) => r.geo?.kind === "region" && r.country === c.country)) : [],
  );
}

/**
 * "les forces israéliennes", "the Syrian regime": a state noun with a demonym names the
 * country, where no other name covers the words; its army ("l'armée bolivienne") names its
 * armed forces.
 */
function stateMentions(doc: AnalyzedDocument, knowledge: Knowledge, lookups: DocLookups, lex: EntityLexicon, mentions: Mention[]): Mention[] {
  const { tokens } = doc;
  const covered = new Uint8Array(tokens.length);
  for (const m of mentions) covered.fill(1, m.t0, m.t1);
  const out: Mention[] = [];
  for (let i = 0; i < tokens.length; i++) {
    if (covered[i]) continue;
    const noun = lex.stateNouns.longestAt(tokens, i);
    // (a noun the data writes with a capital names the state only so written: "l'État syrien", not "un état syrien de panique")
    if (!noun || !shapeAgrees(doc.text.slice(tokens[i]!.start, tokens[noun.end - 1]!.end), noun.shapes)) continue;
    const before = lex.stateNounOrder === "before";
    const d = before ? lookups.demonyms.longestAt(tokens, noun.end) : null;
    const d2 = !before ? [i - 1, i - 2].map((k) => (k >= 0 ? lookups.demonyms.longestAt(tokens, k) : null)).find((m) => m && m.end === i) : null;
    const demonym = d ?? d2;
    const country = demonym && knowledge.country(demonym.values[0]!.country);
    if (!demonym || !country) continue;
    const t0 = before ? i : demonym.start;
    const t1 = before ? demonym.end : noun.end;
    if (covered.subarray(t0, t1).some((c) => c)) continue;
    // ("l'armée bolivienne", "the Bolivian army": the country's armed forces, an organization standing for the country in events)
    const army = lex.armyNouns.longestAt(tokens, i);
    const forces = army?.end === noun.end && (before || headsArmy(tokens, noun.end, lex)) ? armyOf(knowledge, lex, country, doc.text.slice(tokens[i]!.start, tokens[noun.end - 1]!.end), army.values[0]!) : null;
    out.push({ t0, t1, candidates: [forces ?? country], type: forces ? "organization" : null, source: "kb", region: false });
    i = t1 - 1;
  }
  return out;
}

/** Counts of the countries a document names or implies: settled names and demonyms. */
function countryContext(doc: AnalyzedDocument, mentions: Mention[], lookups: DocLookups): CountryContext {
  const ctx: CountryContext = new Map();
  const add = (c: string | null) => c && ctx.set(c, (ctx.get(c) ?? 0) + 1);
  for (const m of mentions) {
    const countries = new Set(m.candidates.map((c) => c.country));
    if (countries.size === 1) add([...countries][0]!);
  }
  for (let i = 0; i < doc.tokens.length; i++) {
    const d = lookups.demonyms.longestAt(doc.tokens, i);
    if (d) add(d.values[0]!.country);
  }
  return ctx;
}

/** How many times a capital's population must be its namesakes' for its name alone to say its country. */
const CAPITAL_DWARFS = 10;

/**
 * The country context for reading place names: the document's, and the countries of the world
 * capitals it names whatever towns elsewhere bear their names ("MADRID, Nov 3 — … the Valencia
 * region": Spain's Valencia). Only places are read so: a capital is where a dispatch is written,
 * not what its people are.
 */
function placeContext(context: CountryContext, mentions: Mention[]): CountryContext {
  const out = new Map(context);
  for (const m of mentions) {
    if (new Set(m.candidates.map((c) => c.country)).size < 2) continue;
    const capitals = m.candidates.filter((c) => c.capitalOf);
    const capital = capitals.length === 1 ? capitals[0]! : null;
    // (one that dwarfs its namesakes: Madrid, not Tripoli, whose Lebanese namesake is a city of half a million)
    const dwarfs = !!capital && m.candidates.every((c) => c === capital || c.type !== "location" || c.population * CAPITAL_DWARFS <= capital.population);
    if (capital?.country && dwarfs) out.set(capital.country, (out.get(capital.country) ?? 0) + 1);
  }
  return out;
}

/** Offices a bare role phrase ("le ministre de la Défense") may name in the country a document is about. */
const NATIONAL_OFFICES = new Set(["president", "prime_minister", "foreign_minister", "defence_minister", "interior_minister", "finance_minister", "chancellor", "king", "supreme_leader", "vice_president", "speaker", "chief_of_staff"]);

/** The country a document is mostly about: named at least three times, twice as often as any other. */
function dominantCountry(context: CountryContext): string | null {
  const [first, second] = [...context].sort((a, b) => b[1] - a[1]);
  return first && first[1] >= 3 && first[1] >= 2 * (second?.[1] ?? 0) ? first[0] : null;
}

/**
 * Role phrases: next to a person's name they give that person a role ("le président iranien
 * Massoud Pezeshkian"); alone they name the holder of the office at the document's date ("le
 * président iranien" → Masoud Pezeshkian), unless they are a predicate ("devenir président",
 * "the 47th president"). A bare office with no country ("le ministre de la Défense") is read in
 * the country the document is mostly about. Returns the roles given to named people.
 */
function applyRoles(
  doc: AnalyzedDocument,
  knowledge: Knowledge,
  lookups: DocLookups,
  lex: EntityLexicon,
  mentions: Mention[],
  context: CountryContext,
): Map<Mention, RolePhrase> {
  const { tokens } = doc;
  const byFirstToken = new Map(mentions.map((m) => [m.t0, m]));
  const byLastToken = new Map(mentions.map((m) => [m.t1, m]));
  const words = { links: new Set([...lex.links, ...lex.singularArticles]), modifiers: lex.officeModifiers };
  const roles = new RoleFinder(doc, lookups, { at: byFirstToken, endingAt: byLastToken }, knowledge.roles(doc.lang), words, (m) => chooseCandidate(m, context, doc.reference));
  const covered = new Uint8Array(tokens.length);
  for (const m of mentions) covered.fill(1, m.t0, m.t1);
  const main = dominantCountry(context);
  const appositions = new Map<Mention, RolePhrase>();
  for (const s of doc.sentences) {
    for (let i = s.firstToken; i < s.endToken; i++) {
      const t = tokens[i]!;
      if (covered[i] || t.kind !== "word" || !(lookups.roles.startsAt(i) || lookups.demonyms.startsAt(i))) continue;
      const determiner = lex.definiteArticles.has(tokens[i - 1]?.norm ?? "");
      const stated = roles.at(i, s.endToken);
      let r = stated ?? (determiner && main ? roles.bare(i, s.endToken, main, NATIONAL_OFFICES) : null);
      // "son homologue russe": the office of the person named before it, in the country given
      if (r?.office === COUNTERPART) r = counterpart(doc, byLastToken, r, s.firstToken);
      if (!r) continue;
      i = r.t1 - 1;
      // (within the sentence: a headline's last role is no title of the dateline's city after it)
      const named = tokens[r.t1]?.text === "," ? r.t1 + 1 : r.t1;
      const after = named < s.endToken ? byFirstToken.get(named) : undefined;
      const before = tokens[r.t0 - 1]?.text === "," ? byLastToken.get(r.t0 - 1) : undefined;
      const person = [after, before].find((m) => m && (m.type === "person" || m.type === null || m.candidates[0]?.type === "person"));
      if (person) {
        if (!person.candidates.length) person.type = "person";
        // ("Le Premier ministre Benyamin Netanyahou" in a text about Syria: a bare office is the known person's own, in their country)
        const own = stated ? r : ownOffice(person, r, doc.reference);
        if (own) appositions.set(person, own);
        continue;
      }
      // "the Premier League", "le Président Directeur": a role a capitalized word carries on is part of another name (a date after it is not)
      const next = tokens[r.t1];
      if (next?.kind === "word" && /^\p{Lu}/u.test(next.text) && !doc.times.some((x) => x.start === next.start)) continue;
      const t0 = determiner ? r.t0 - 1 : r.t0;
      const cue = [t0 - 1, t0 - 2, t0 - 3].find((k) => k >= s.firstToken && lex.roleNotReference.longestAt(tokens, k, t0));
      if (cue !== undefined || /^\d+(e|er|ème|th|st|nd|rd)$/i.test(tokens[t0 - 1]?.text ?? "")) continue;
      const holder = knowledge.holder(r.office, r.of, doc.reference);
      if (!holder) continue;
      // "la cheffe du parti", "la ministre": a holder whose given name says the other gender is not meant
      const gender = lex.roleGender.get(tokens[r.t0 - 1]?.norm ?? "");
      const holderGender = gender ? nameGender(holder.name) : null;
      if (holderGender && holderGender !== gender) continue;
      mentions.push({ t0, t1: r.t1, candidates: [holder], type: "person", source: "role", region: false });
      if (holder.country) context.set(holder.country, (context.get(holder.country) ?? 0) + 1);
    }
  }
  return appositions;
}

/**
 * A bare office ("le Premier ministre") read in the document's country, before a person the
 * knowledge knows: that person's office of that name, in whichever country they hold it; none
 * when the person is of another country and holds no such office; else the office as read.
 */
function ownOffice(person: Mention, r: RolePhrase, date: CalendarValue | null): RolePhrase | null {
  const known = person.candidates[0];
  if (known?.type !== "person") return r;
  const held = known.offices.filter((o) => o.office === r.office);
  const now = OfficeIndex.heldAt(known, date).find((o) => o.office === r.office) ?? held[held.length - 1];
  if (now) return { ...r, of: now.of };
  return known.country && known.country !== r.of ? null : r;
}

const COUNTERPART = "counterpart";

/** How many tokens back a counterpart looks for the person whose office it shares. */
const COUNTERPART_REACH = 40;

/** A counterpart's office: the one the nearest person named before it in its sentence holds at the document's date (null when none). */
function counterpart(doc: AnalyzedDocument, byLastToken: Map<number, Mention>, r: RolePhrase, sentenceStart: number): RolePhrase | null {
  for (let k = r.t0; k > sentenceStart && k > r.t0 - COUNTERPART_REACH; k--) {
    const person = byLastToken.get(k)?.candidates[0];
    if (person?.type !== "person") continue;
    const office = OfficeIndex.heldAt(person, doc.reference)[0];
    return office ? { ...r, office: office.office } : null;
  }
  return null;
}

/** "al-Qaida en Irak": a known organization whose name ends on a place names that place too. */
function nestedPlaces(doc: AnalyzedDocument, knowledge: Knowledge, mentions: Mention[]): Mention[] {
  const { tokens } = doc;
  const out: Mention[] = [];
  for (const m of mentions) {
    if (m.t1 - m.t0 < 3 || !m.candidates.length || m.candidates.some((c) => c.type !== "organization")) continue;
    for (let k = m.t0 + 1; k < m.t1 - 1; k++) {
      if (!/^(en|in|au|aux)$/i.test(tokens[k]!.text)) continue;
      const place = knowledge.names.longestAt(tokens, k + 1, m.t1);
      if (place && place.end === m.t1 && place.values.some((v) => v.type === "location"))
        out.push({ t0: k + 1, t1: m.t1, candidates: place.values.filter((v) => v.type === "location"), type: null, source: "kb", region: false });
    }
  }
  return out;
}

/** How often a country must be named for a place of it to be read under another spelling (once is in passing: "Davos" is no Davis, California, in a report that names Washington). */
const RESPELL_CONTEXT = 2;

/**
 * "Salamieh", "Salamiya": a capitalized name the gazetteer lacks in this spelling is the place
 * whose transliteration-blind key it shares, when exactly one such place lies in a country the
 * document is about (named twice at least), and it is no surname of a person named in the document; a person's full
 * name is the one known person's whose key it shares ("Abdel Fattah al-Burhane").
 */
function respell(doc: AnalyzedDocument, knowledge: Knowledge, mentions: Mention[], context: CountryContext): void {
  const surface = (m: Mention) => doc.text.slice(doc.tokens[m.t0]!.start, doc.tokens[m.t1 - 1]!.end);
  const surnames = new Set(
    mentions
      .filter((m) => m.type === "person" || m.candidates[0]?.type === "person")
      .map((m) => fold((m.candidates[0]?.name ?? surface(m)).split(/\s+/).pop() ?? "")),
  );
  for (const m of mentions) {
    if (m.candidates.length || m.t1 - m.t0 > 4) continue;
    const text = surface(m);
    const close = (e: KnownEntity) => [e.name, ...e.aliases].some((n) => closeSpelling(n, text));
    let found: KnownEntity[] = [];
    // ("Abdel Fattah al-Burhane" for "Abdel Fattah al-Burhan": a person's full name, two words or more, of one known person)
    if (m.type === "person" && skeleton(text).includes(" ")) found = knowledge.bySkeleton(skeleton(text), "person").filter(close);
    else if ((m.type === null || m.type === "location") && m.t1 - m.t0 <= 3 && !surnames.has(fold(text)))
      // (not the place's name with an ending added: "Californian", "Texans" are its people, no place)
      found = knowledge.bySkeleton(skeleton(text), "place").filter((p) => (context.get(p.country ?? "") ?? 0) >= RESPELL_CONTEXT && close(p) && ![p.name, ...p.aliases].some((n) => fold(text).startsWith(fold(n)) && text.length > n.length));
    if (new Set(found).size !== 1) continue;
    m.candidates = [found[0]!];
    m.type = null;
    m.source = "kb";
  }
}

/**
 * Entities: people, organizations and places, each once per document with all its mentions,
 * its canonical name, role, country, knowledge-base id and, for places, coordinates.
 */
/** A document's sectors: those of which two cue words occur, or a name that only an organization of it bears. */
function documentSectors(doc: AnalyzedDocument, lex: EntityLexicon, mentions: Mention[]): Set<string> {
  const out = new Set<string>();
  const surface = (m: Mention) => fold(doc.text.slice(doc.tokens[m.t0]!.start, doc.tokens[m.t1 - 1]!.end));
  for (const [sector, cues] of lex.sectorCues) {
    // (a club's full name, not its city's: "Olympique de Marseille", not "Marseille")
    const own = (m: Mention) => m.candidates.every((c) => c.sector === sector && !c.contextAliases.some((a) => fold(a) === surface(m)));
    let n = mentions.some((m) => m.candidates.length && own(m)) ? 1 : 0;
    for (let i = 0; i < doc.tokens.length && n < 2; i++) if (cues.longestAt(doc.tokens, i)) n++;
    if (n >= 2) out.add(sector);
  }
  return out;
}

/** The country of a place named right after a place name's comma ("Santa Clara, California"), when it has one country. */
function qualifierOf(doc: AnalyzedDocument, m: Mention, starting: Map<number, Mention>): string | null {
  if (doc.tokens[m.t1]?.text !== "," || !m.candidates.some((c) => c.type === "location")) return null;
  const next = starting.get(m.t1 + 1);
  const countries = new Set(next?.candidates.filter((c) => c.type === "location" && c.geo?.kind !== "city").map((c) => c.country));
  return countries.size === 1 ? [...countries][0]! : null;
}

/** Towns this small are improbable readings of a bare name in a document that names nothing else of their country. */
const IMPROBABLE_TOWN = 200_000;
/** the least population of a region's seat that is no improbable reading (Geneva; not a small provincial seat named like a word) */
const PROBABLE_SEAT = 100_000;

/**
 * "Many Brits fear higher taxes" (in a report from London): a small foreign town (not a large region's seat), named in one
 * word without a word of place before it ("à", "in", "the town of") or a place after its comma,
 * in a document that names another country and nothing else of the town's, is an improbable
 * reading: no place rather than that one.
 */
function improbablePlace(doc: AnalyzedDocument, d: Draft, context: CountryContext, lex: EntityLexicon): boolean {
  const k = d.known;
  if (!k || k.type !== "location" || k.geo?.kind !== "city" || k.capitalOf || k.population >= (k.regionSeat ? PROBABLE_SEAT : IMPROBABLE_TOWN)) return false;
  if ((context.get(k.country ?? "") ?? 0) > d.mentions.length) return false;
  // (a document about no other country leaves the town its reading: "Les frappes ont touché Idleb")
  if (![...context].some(([c, n]) => c !== k.country && n > 0)) return false;
  const { tokens } = doc;
  return d.mentions.every((m) => {
    if (m.t1 - m.t0 !== 1) return false;
    const before = tokens[m.t0 - 1];
    if (before && lex.placeCues.has(before.norm)) return false;
    return !(tokens[m.t1]?.text === "," && tokens[m.t1 + 1] && /^\p{Lu}/u.test(tokens[m.t1 + 1]!.text));
  });
}

/**
 * "Devant l'Assemblée nationale à Séoul": an institution named only by its kind (every capitalized
 * word a head word: "Assemblée nationale", "Cour suprême") that the knowledge knows for one country
 * is another country's own in a document about that other country, and named nowhere else: the
 * knowledge's entry is not the one meant.
 */
function foreignInstitution(doc: AnalyzedDocument, d: Draft, context: CountryContext, lex: EntityLexicon): boolean {
  const k = d.known;
  if (!k || k.type !== "organization" || !k.country) return false;
  const main = dominantCountry(context);
  if (!main || main === k.country || (context.get(k.country) ?? 0) > d.mentions.length) return false;
  return d.mentions.every((m) => {
    // (a long name is a body's own, however few capitals it has: "Observatoire syrien des droits de l'homme")
    if (m.t1 - m.t0 > GENERIC_INSTITUTION_TOKENS) return false;
    const words = doc.tokens.slice(m.t0, m.t1).filter((t) => /^\p{Lu}/u.test(t.text));
    return words.length > 0 && words.every((t) => lex.organizationHeads.has(t.text));
  });
}

/** the most tokens of an institution's name by its kind ("Cour de cassation", "Conseil d'État") */
const GENERIC_INSTITUTION_TOKENS = 4;

/**
 * A mention's candidates, less those that bear its name only in a context the document is not
 * ("Liverpool" the club outside sports, a club named as a place is), or not after a place's
 * preposition ("dimanche à Marseille" is the city, even in a sports report).
 */
function inContext(doc: AnalyzedDocument, m: Mention, sectors: Set<string>, lex: EntityLexicon): KnownEntity[] {
  const before = doc.tokens[m.t0 - 1];
  const phrase = m.t0 >= 2 ? lex.notPlacePhrases.longestAt(doc.tokens, m.t0 - 2, m.t0) : null;
  const placed = !!before && lex.placePrepositions.has(before.text.toLowerCase()) && phrase?.end !== m.t0 && m.candidates.some((c) => c.type === "location");
  // (a club that shares its own name with a place, "Grindavík", is that club only in a sports report too)
  const clubOfPlace = (c: KnownEntity) => c.sector === "SPT" && !sectors.has("SPT") && m.candidates.some((o) => o.type === "location");
  const outOfContext = (c: KnownEntity) => (c.contextAliases.length > 0 && (placed || !(c.sector && sectors.has(c.sector)))) || clubOfPlace(c);
  if (!m.candidates.some(outOfContext)) return m.candidates;
  const surface = fold(doc.text.slice(doc.tokens[m.t0]!.start, doc.tokens[m.t1 - 1]!.end));
  const kept = m.candidates.filter((c) => {
    if (!outOfContext(c)) return true;
    if (clubOfPlace(c)) return false;
    // (a club named by its city's name, "Liverpool", goes by it only in context, whatever its own name)
    return [c.name, ...c.aliases].some((n) => fold(n) === surface) && !c.contextAliases.some((a) => fold(a) === surface);
  });
  return kept.length ? kept : m.candidates;
}

/** How many tokens back "the Spaniard" looks for the person it stands for. */
const NATIONALITY_REACH = 60;
/** how many words may stand before a sentence's subject named first ("Spain's Carlos Alcaraz") */
const NAME_LEAD_WORDS = 4;
const AGE_WORD = /^years?-old$/i;

/**
 * "The 22-year-old Spaniard said", "le Serbe a déclaré", "The Serbian, 38, said": an article and a
 * demonym used as a noun, before a comma, a period or a verb of speech, stand for the person named
 * last before them; the words join that person's mentions (as a role phrase, no name).
 */
function nationalityReferences(doc: AnalyzedDocument, lookups: DocLookups, lex: EntityLexicon, drafts: Draft[]): void {
  const { tokens, sentences } = doc;
  const people = drafts
    .filter((d) => d.type === "person")
    .flatMap((d) => d.mentions.map((m) => ({ d, m })))
    .sort((a, b) => a.m.t1 - b.m.t1);
  if (!people.length) return;
  const quotes = quoteLexicon(doc.lang);
  const demonymAt = (k: number) => {
    const d = k >= 0 && k < tokens.length ? lookups.demonyms.longestAt(tokens, k, k + 1) : null;
    return d?.end === k + 1 ? d.values[0]!.country : null;
  };
  // (the subject of the sentence, named first in it, before a person named later in it: "Alcaraz won …, beating Sinner")
  const personBefore = (det: number, k: number, country: string | null) => {
    let best: { d: Draft; m: Mention; first: boolean } | null = null;
    // (a sentence's subject is looked for twice as far back as another person: "Alcaraz beat Sinner in a final that …. ‘…,’ the Spaniard said")
    for (let n = countBefore(people, (p) => p.m.t1 <= det) - 1; n >= 0 && k - people[n]!.m.t1 <= 2 * NATIONALITY_REACH; n--) {
      const p = people[n]!;
      if (country && p.d.known?.country !== country) continue;
      const s = sentences[countBefore(sentences, (x) => x.firstToken <= p.m.t0) - 1];
      const first = !!s && p.m.t0 - s.firstToken <= NAME_LEAD_WORDS;
      if (!first && k - p.m.t1 > NATIONALITY_REACH) continue;
      if (!best || (first && !best.first)) best = { ...p, first };
    }
    return best;
  };
  for (let k = 1; k < tokens.length; k++) {
    const t = tokens[k]!;
    if (t.kind !== "word") continue;
    // "the Ukrainian leader said", "le dirigeant ukrainien a déclaré": a title with a demonym stands for a person of that country named before
    const before = quotes.personTitles.has(t.norm) ? demonymAt(k - 1) : null;
    const after = quotes.personTitles.has(t.norm) && !before ? demonymAt(k + 1) : null;
    const titled = before ? { det: k - 2, country: before } : after ? { det: k - 1, country: after, end: k + 2 } : null;
    // (not a country written like its people: "La Suisse a appelé" is Switzerland)
    const nationality = !titled && /^\p{Lu}/u.test(t.text) && demonymAt(k) !== null && !lookups.names.longestAt(tokens, k, k + 1)?.values.some((v) => v.geo?.kind === "country");
    if (!titled && !nationality) continue;
    // (an age between: "the 22-year-old Spaniard", tokens 22 - year-old)
    const det = titled ? titled.det : AGE_WORD.test(tokens[k - 1]!.text) && tokens[k - 2]?.text === "-" && tokens[k - 3]?.kind === "number" ? k - 4 : k - 1;
    // (one person: "le Serbe", "the Spaniard"; not "les Syriens", "the Spaniards")
    if (det < 0 || !lex.singularArticles.has(tokens[det]!.norm) || (/^the$/i.test(tokens[det]!.text) && /s$/.test(t.text))) continue;
    const end = titled?.end ?? k + 1;
    const next = tokens[end];
    // (a verb of speech, after an auxiliary too: "a jugé", "has said")
    const aux = quotes.auxiliaries.longestAt(tokens, end)?.end ?? end;
    if (next && next.kind === "word" && !quotes.verbs.longestAt(tokens, aux) && !lex.personVerbs.longestAt(tokens, end)) continue;
    // (an adjective of a compound: "the Iranian-backed militia", "the Israeli-occupied Golan")
    if (next?.kind === "clitic" && /^[\-‐‑]/.test(next.text)) continue;
    const best = personBefore(det, k, titled ? titled.country : null);
    const from = titled ? det + 1 : k;
    if (best && !best.d.mentions.some((m) => m.t0 < end && from < m.t1) && !people.some((p) => p.m.t0 < end && from < p.m.t1))
      best.d.mentions.push({ t0: from, t1: end, candidates: [], type: "person", source: "role", region: false });
  }
}

export function entitiesStage(knowledge: Knowledge): Stage {
  return {
    name: "entities",
    run(doc) {
      const lex = mixedLexicon(doc.lang);
      const lookups = docLookups(knowledge, doc.tokens, doc.lang);
      const finder = new MentionFinder(doc, lookups, lex);
      const own = entityLexicon(doc.lang);
      let mentions = doc.sentences.flatMap((s) => finder.sentence(s));
      // a state body named with its country takes the place of a name the text alone typed over the same words
      const bodies = bodyMentions(doc, knowledge, lookups, own, mentions);
      mentions = mentions.filter((m) => m.candidates.length || !bodies.some((b) => b.t0 < m.t1 && m.t0 < b.t1));
      mentions.push(...bodies);
      mentions.push(...stateMentions(doc, knowledge, lookups, own, mentions));
      mentions.push(...institutionMentions(doc, own, mentions));
      // (a quoted name takes the place of the names found inside it, unless the knowledge knows it whole)
      // (marks over tokens, not pairs compared: a text of many names stays linear)
      const known = new Int32Array(doc.tokens.length).fill(-1);
      for (const m of mentions) if (m.candidates.length) for (let k = m.t0; k < m.t1; k++) known[k] = Math.max(known[k]!, m.t1);
      // (a known name holding the quoted one's first token and reaching its end holds it whole)
      const quoted = quotedNameMentions(doc, own).filter((q) => known[q.t0]! < q.t1);
      const inQuoted = new Uint8Array(doc.tokens.length);
      for (const q of quoted) inQuoted.fill(1, q.t0, q.t1);
      mentions = mentions.filter((m) => !inQuoted.subarray(m.t0, m.t1).some((x) => x === 1));
      mentions.push(...quoted);
      mentions.sort((a, b) => a.t0 - b.t0);
      markRegions(doc, knowledge, mentions, lex);
      mentions = linkAcronyms(doc, mentions);

      const context = countryContext(doc, mentions, lookups);
      const appositions = applyRoles(doc, knowledge, lookups, lex, mentions, context);
      mentions.sort((a, b) => a.t0 - b.t0);

      mentions.push(...nestedPlaces(doc, knowledge, mentions));
      mentions.sort((a, b) => a.t0 - b.t0);
      respell(doc, knowledge, mentions, context);
      // one reading per name (and region cue) in a document: the candidate lists of one name are one array
      const readings = [new Map<KnownEntity[], KnownEntity>(), new Map<KnownEntity[], KnownEntity>()];
      const chosen = new Map<Mention, KnownEntity>();
      const sectors = documentSectors(doc, lex, mentions);
      const starting = new Map(mentions.map((m) => [m.t0, m]));
      const places = placeContext(context, mentions);
      for (const m of mentions) {
        if (!m.candidates.length) continue;
        const byName = readings[m.region ? 1 : 0]!;
        const c = byName.get(m.candidates) ?? chooseCandidate({ ...m, candidates: inContext(doc, m, sectors, lex) }, places, doc.reference, qualifierOf(doc, m, starting));
        byName.set(m.candidates, c);
        chosen.set(m, c);
      }
      const drafts: Draft[] = groupMentions(doc, mentions, chosen, fold).filter((d) => !improbablePlace(doc, d, context, own));
      for (const d of drafts) if (foreignInstitution(doc, d, context, lex)) d.known = null;
      for (const d of drafts) d.role = d.mentions.map((m) => appositions.get(m)).find((r) => r) ?? null;
      nationalityReferences(doc, lookups, own, drafts);
      const ranked = [...context].sort((a, b) => b[1] - a[1]);
      const mainCountry = ranked[0] && ranked[0][1] >= 2 ? ranked[0][0] : null;
      const built = toRecords(doc, drafts, knowledge, mainCountry, lex.placeCues, lex.definiteArticles);
      doc.entities = built.map((b) => b.record);
      doc.known = new Map(built.flatMap((b) => (b.draft.known ? [[b.record.id, b.draft.known] as const] : [])));
    },
  };
}
