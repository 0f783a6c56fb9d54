/**
 * "The Turkish Foreign Ministry", "Iran's foreign ministry", "le ministère iranien de la
 * Culture": a state body named by its kind and its country is an organization of that
 * country, whether or not the knowledge base lists it — the one it lists when it does
 * ("Ministry of Defence (Russia)"), else one named "<body> (<country>)".
 */
import type { AnalyzedDocument, Token } from "../../document/document.js";
import type { Knowledge } from "../../knowledge/knowledge.js";
import { knownEntity, type KnownEntity } from "../../knowledge/types.js";
import { slug } from "../../knowledge/kb.js";
import { shapeAgrees } from "../../knowledge/names.js";
import type { EntityLexicon } from "./lexicon.js";
import type { DocLookups } from "./lookups.js";
import type { Mention } from "./mentions.js";
import { isPossessive } from "../../text/tokens.js";

/** The organization of a country the knowledge lists under a name, if any. */
const organizationOf = (knowledge: Knowledge, name: string, country: string | null): KnownEntity | undefined =>
  knowledge.lookup(name).find((e) => e.type === "organization" && e.country === country);

/** The body entity of a country, from the knowledge base when it holds one under that name. */
function bodyOf(knowledge: Knowledge, body: string, country: KnownEntity, lex: EntityLexicon): KnownEntity {
  const military = lex.militaryBodies.has(body);
  const media = lex.mediaBodies.has(body);
  // (an armed force, a state's media, are named by the country's English demonym, as English names them: "Ukrainian Air Force", "Iranian state media")
  const demonym = lex.armedForces.has(body) || media ? knowledge.country(country.country)?.demonyms[0] : undefined;
  const of = lex.countriesWithArticle.has(country.name) ? `the ${country.name}` : country.name;
  const name = demonym ? `${demonym} ${body}` : lex.bodiesOfCountry.has(body) ? `${body} of ${of}` : `${body} (${country.name})`;
  const found = organizationOf(knowledge, name, country.country);
  const listed = found && military && found.sector !== "MIL" ? { ...found, sector: "MIL" } : found;
  // (an armed force stands for its country in events, as the knowledge's armies do)
  return listed ?? knownEntity({ id: `organization:${slug(name)}`, name, type: "organization", country: country.country, sector: military ? "MIL" : media ? "MED" : "GOV" });
}

/**
 * The armed forces of a country a noun names ("military", "armée", as written): the knowledge's,
 * named by one of the country's demonyms and the noun ("Israeli military"), else the body the
 * noun names (`body`, "Army"), after the English demonym ("Bolivian Army").
 */
export function armyOf(knowledge: Knowledge, lex: EntityLexicon, country: KnownEntity, noun: string, body: string): KnownEntity {
  for (const demonym of knowledge.country(country.country)?.demonyms ?? []) {
    const found = organizationOf(knowledge, `${demonym} ${noun}`, country.country);
    if (found) return found;
  }
  // (or the knowledge's "Armed Forces of the Democratic Republic of the Congo")
  const of = lex.countriesWithArticle.has(country.name) ? `the ${country.name}` : country.name;
  return organizationOf(knowledge, `${body} of ${of}`, country.country) ?? bodyOf(knowledge, body, country, lex);
}

/**
 * Whether an army's noun ending at token `end` heads its phrase ("the Syrian military said",
 * "the Congolese army withdrew"), no noun after it of which it is a modifier ("Syrian military
 * sites", "the army command", "France's military budget").
 */
export function headsArmy(tokens: readonly Token[], end: number, lex: EntityLexicon): boolean {
  const next = tokens[end];
  if (!next || next.kind !== "word" || /ed$/.test(next.norm) || lex.personVerbs.longestAt(tokens, end)) return true;
  return !(/^\p{Ll}/u.test(next.text) && (next.norm.endsWith("s") || lex.armyCompounds.has(next.norm)));
}

export function bodyMentions(doc: AnalyzedDocument, knowledge: Knowledge, lookups: DocLookups, lex: EntityLexicon, mentions: Mention[]): Mention[] {
  const { tokens } = doc;
  const covered = new Uint8Array(tokens.length);
  // (only names the knowledge gave: a name the text alone typed over the same words gives way)
  for (const m of mentions) if (m.candidates.length) covered.fill(1, m.t0, m.t1);
  const out: Mention[] = [];
  const endingAt = new Map(mentions.map((m) => [m.t1, m]));
  const startingAt = new Map(mentions.map((m) => [m.t0, m]));
  const countryAt = (code: string | null | undefined) => (code ? knowledge.country(code) : null);
  // the document's one country, when every place it names lies in it (not a report on Gaza that names Israel and Cairo):
  // the one country each place name may lie in ("Orléans", in France or in Brazil, and "Tours": France)
  // (a club named by its city reads as that club only in a sports report, and lies in its country all the same)
  const placeMentions = mentions.filter((m) => m.candidates.some((c) => c.type === "location") && m.candidates.every((c) => c.type === "location" || c.contextAliases.length || c.sector === "SPT"));
  const countriesOf = (m: Mention) => new Set(m.candidates.filter((c) => c.type === "location").map((c) => c.country));
  const shared = placeMentions.map(countriesOf).reduce<Set<string | null> | null>((all, here) => (all ? new Set([...all].filter((c) => here.has(c))) : here), null);
  const only = shared?.size === 1 ? [...shared][0]! : null;
  const places = placeMentions.map((m) => m.candidates.find((c) => c.type === "location" && c.country === only)).filter((c): c is KnownEntity => !!c);
  // (a country named, or two places or more: not the one town a foreign report names)
  const onlyCountry = only && (places.some((c) => c.geo?.kind === "country") || new Set(places.map((c) => c.id)).size > 1) ? countryAt(only) : null;
  /** the country of a place that stands for a state: the country itself, or its capital */
  const stateOf = (c: KnownEntity) => (c.geo?.kind === "country" ? c : c.capitalOf || c.seatOf ? countryAt(c.capitalOf ?? c.seatOf) : null);
  /** each body's country where the document last named it, and the country of the body it named last */
  const lastOwner = new Map<string, KnownEntity>();
  let lastCountry: KnownEntity | null = null;
  const roles = knowledge.roles(doc.lang);
  /** whether token i lies within a role phrase begun a few tokens before ("le président du Parlement iranien": the speaker's office, no body of its own; asked of bodies found only) */
  const inRole = (i: number) => [i - 1, i - 2, i - 3].some((k) => k >= 0 && (roles.longestAt(tokens, k)?.end ?? 0) > i);
  for (let i = 0; i < tokens.length; i++) {
    if (covered[i]) continue;
    let found: { t0: number; t1: number; body: string; country: KnownEntity } | null = null;
    // (written as the data writes it: "Parliament", a name, not "a deeply divided parliament")
    const written = lex.stateBodies.longestAt(tokens, i);
    // (nor a lower-case one listed after a comma or "and" with no article of its own: "the army, navy, air force and rocket force" names the services, no body that acts)
    const listed = !!written && /^\p{Ll}/u.test(tokens[i]!.text) && (tokens[i - 1]?.text === "," || lex.coordinators.has(tokens[i - 1]?.norm ?? ""));
    const phrase = written && !listed && shapeAgrees(doc.text.slice(tokens[i]!.start, tokens[written.end - 1]!.end), written.shapes) ? written : null;
    if (phrase) {
      // "the Turkish Foreign Ministry", "Iran's foreign ministry"
      const before = [i - 1, i - 2].map((k) => (k >= 0 ? lookups.demonyms.longestAt(tokens, k) : null)).find((d) => d && d.end === i);
      // ("le ministère de la Défense russe": the demonym after the body's name)
      const after = before ? null : lookups.demonyms.longestAt(tokens, phrase.end);
      const demonym = before ?? after;
      // ("South Korea's opposition-controlled National Assembly": a lower-case word or two may stand after the possessive)
      const mark = [i - 1, i - 2, i - 3].find((k) => isPossessive(tokens[k]) && tokens.slice(k + 1, i).every((t) => t.kind === "word" && !/^\p{Lu}/u.test(t.text)));
      const possessor = mark !== undefined ? endingAt.get(mark) : undefined;
      // ("the Foreign Ministry of Qatar", "le ministère des Affaires étrangères du Qatar": the country named after a link word)
      // (a link word before the country, and an article after it: "of", "du", "de la")
      const link = lex.links.has(tokens[phrase.end]?.norm ?? "") ? (lex.singularArticles.has(tokens[phrase.end + 1]?.norm ?? "") ? phrase.end + 2 : phrase.end + 1) : -1;
      // (a country the text typed into a longer name, "Ministry of Qatar", keeps a mention of its own)
      const inside = link > 0 && !startingAt.has(link) ? knowledge.names.longestAt(tokens, link) : null;
      const own: Mention | undefined = inside ? { t0: link, t1: inside.end, candidates: inside.values, type: null, source: "kb", region: false } : undefined;
      const named = link > 0 ? (startingAt.get(link) ?? own) : undefined;
      // (a capital stands for its country: "le ministère des Affaires étrangères de Pékin")
      // ("the foreign ministry in Port Sudan", "le ministère … à Damas": the city it sits in, in its country)
      const seat = lex.placePrepositions.has(tokens[phrase.end]?.text.toLowerCase() ?? "") ? startingAt.get(phrase.end + 1) : undefined;
      // (of the cities so named, the one in the document's country, else the largest: "la police à La Paz" in Bolivia, not Argentina's La Paz)
      const cities = seat?.candidates.filter((c) => c.geo?.kind === "city") ?? [];
      const seatCountry = (cities.find((c) => c.country === only) ?? cities.reduce<KnownEntity | undefined>((a, c) => (!a || c.population > a.population ? c : a), undefined))?.country;
      const owner = [possessor, named].map((m) => m?.candidates.map(stateOf).find((c) => c)).find((c) => c) ?? countryAt(seatCountry);
      // (with no country given, the country the document last gave that body, or the one country it names: "the interior ministry" in a report on France;
      // else the country of the body it named last: "Kenyan police fired …; the Interior Ministry put the toll at three")
      const country: KnownEntity | null = demonym ? countryAt(demonym.values[0]!.country) : (owner ?? lastOwner.get(phrase.values[0]!) ?? onlyCountry ?? lastCountry);
      if (country) lastOwner.set(phrase.values[0]!, country);
      // (after a possessive the country keeps its own mention: the body is the words after it)
      if (country) found = { t0: before ? before.start : i, t1: after ? after.end : phrase.end, body: phrase.values[0]!, country };
      if (country && own && named === own) out.push(own);
    } else if (lex.demonymBodies.startsAt(tokens[i]!)) {
      // "la présidence algérienne", "the Algerian presidency": with its demonym only
      const body = lex.demonymBodies.longestAt(tokens, i);
      const before = lex.stateNounOrder === "before";
      const demonym = body && (before ? lookups.demonyms.longestAt(tokens, body.end) : [i - 1, i - 2].map((k) => (k >= 0 ? lookups.demonyms.longestAt(tokens, k) : null)).find((d) => d?.end === i));
      const country = demonym ? countryAt(demonym.values[0]!.country) : null;
      if (body && demonym && country) found = { t0: before ? i : demonym.start, t1: before ? demonym.end : body.end, body: body.values[0]!, country };
    } else if (lex.stateNounOrder === "before") {
      // "le ministère iranien de la Culture": the demonym after the body's first word
      const demonym = lookups.demonyms.longestAt(tokens, i + 1);
      if (demonym) {
        const joined = [tokens[i]!, ...tokens.slice(demonym.end, demonym.end + 8)];
        const rest = lex.stateBodies.longestAt(joined, 0);
        const country = countryAt(demonym.values[0]!.country);
        if (rest && rest.end > 1 && country) found = { t0: i, t1: demonym.end + rest.end - 1, body: rest.values[0]!, country };
      }
    }
    // ("Israel's military said": the knowledge's army of the possessor, as "the Israeli military" names it, else its "Israeli Armed Forces")
    const noun = !found && !phrase && isPossessive(tokens[i - 1]) ? lex.armyNouns.longestAt(tokens, i) : null;
    // (the head of its phrase, a verb after it: not "France's military budget")
    const army = noun && headsArmy(tokens, noun.end, lex) ? noun : null;
    const owner = army ? endingAt.get(i - 1)?.candidates.find((c) => c.geo?.kind === "country") : undefined;
    const forces = owner && army ? armyOf(knowledge, lex, owner, doc.text.slice(tokens[i]!.start, tokens[army.end - 1]!.end), army.values[0]!) : null;
    if (forces && army && !covered.subarray(i, army.end).some((c) => c)) {
      out.push({ t0: i, t1: army.end, candidates: [forces], type: "organization", source: "kb", region: false });
      covered.fill(1, i, army.end);
      i = army.end - 1;
      continue;
    }
    if (!found || covered.subarray(found.t0, found.t1).some((c) => c) || inRole(found.t0)) continue;
    lastCountry = found.country;
    out.push({ t0: found.t0, t1: found.t1, candidates: [bodyOf(knowledge, found.body, found.country, lex)], type: "organization", source: "kb", region: false });
    covered.fill(1, found.t0, found.t1);
    i = found.t1 - 1;
  }
  return out;
}
