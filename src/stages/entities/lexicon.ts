import { NameIndex } from "../../knowledge/names.js";
import { fold } from "../../text/fold.js";
import { perLanguage, readDataJson, readLangData } from "../../util/data.js";

interface EntityCueData {
  titles: string[];
  particles: string[];
  organizationHeads: string[];
  /** collective nouns whose possessive stays inside a name (National People's Power, Workers' Party) */
  namePossessors?: string[];
  regionCues: string[];
  personVerbs: string[];
  notNames: string[];
  locationHeads: string[];
  nonEntityHeads: string[];
  roleNotReference: string[];
  /** words that qualify an office's holding, before or after it ("caretaker", "par intérim") */
  officeModifiers?: string[];
  lowercaseComplements: boolean;
  speechBefore: string[];
  stateNouns: string[];
  stateNounOrder: "before" | "after";
  organizationCues: string[];
  cueAdjectives?: string;
  streetHeads?: string[];
  institutionHeads?: Record<string, string>;
  facilityNames?: Record<string, string>;
  notPlacePhrases?: string[];
  streetLinks?: string[];
  organizationOf: string[];
  /** relative pronouns that never stand for a person ('which'): an unknown name before one, after its comma, is no person's */
  thingRelatives?: string[];
  portfolioHeads: string[];
  placePrepositions: string[];
  placeCues: string[];
  roleGender: Record<string, "f" | "m">;
  sectorCues: Record<string, string[]>;
  stateBodies: Record<string, string>;
  demonymBodies?: Record<string, string>;
  militaryBodies?: string[];
  armedForces?: string[];
  /** state bodies that are a state's media, named by its demonym (Iranian state media) */
  mediaBodies?: string[];
  bodiesOfCountry?: string[];
  countriesWithArticle?: string[];
  armyNouns?: Record<string, string>;
  armyCompounds?: string[];
  determiners: string[];
  links?: string[];
  definiteArticles?: string[];
  singularArticles?: string[];
  settlementOf: string[];
  coordinators: string[];
  nonEntityCues: string[];
  productNouns?: string[];
  companySuffixes?: string[];
}

/** The language's cues for recognizing names (data/lang/<lang>/entities.json), ready for lookups. */
export interface EntityLexicon {
  /** folded words that stand before a person's name */
  titles: Set<string>;
  /** folded lower-case name parts (al, de, van) */
  particles: Set<string>;
  /** words (as written) that make a phrase an organization */
  organizationHeads: Set<string>;
  namePossessors: Set<string>;
  /** folded words that make a place name a region */
  regionCues: Set<string>;
  /** verb phrases after a name that speak for a person */
  personVerbs: NameIndex<true>;
  /** capitalized words that are not names on their own (as written) */
  notNames: Set<string>;
  /** folded given names */
  givenNames: Set<string>;
  /** words (as written) that make a name a place: Road, rue, Airport, mosquée */
  locationHeads: Set<string>;
  /** words (as written) that make a capitalized phrase no entity at all: Award, Prix, Cup, Festival */
  nonEntityHeads: Set<string>;
  /** frequent words, lower case: capitalized at the start of a sentence they are the word, not a name */
  commonWords: Set<string>;
  /** articles, prepositions, conjunctions, pronouns, auxiliaries: they end a name's lower-case complement */
  functionWords: Set<string>;
  /** words before a role phrase that make it no reference to its holder (devenir président, the 47th president) */
  roleNotReference: NameIndex<true>;
  officeModifiers: NameIndex<true>;
  /** whether names of institutions go on in lower case after their head word (French: Fédération nationale des éleveurs) */
  lowercaseComplements: boolean;
  /** verbs of speech after which an inverted subject names a person ("…, a déclaré Dupont") */
  speechBefore: NameIndex<true>;
  /** nouns that with a demonym stand for the country's state ("les forces israéliennes", "the Syrian regime") */
  stateNouns: NameIndex<true>;
  stateNounOrder: "before" | "after";
  /** folded nouns that stand before an organization's name in apposition, not part of it ("la société Doctolib", "chipmaker Nvidia") */
  organizationCues: Set<string>;
  /** the endings of adjectives between an organization cue and its name ("le constructeur ferroviaire Alstom") */
  cueAdjectives: RegExp;
  /** the nouns of the settlement phrases ("ville", "town"), folded */
  settlementNouns: Set<string>;
  /** lower-case heads of a street named after a place ("la place d'Italie"), folded */
  streetHeads: Set<string>;
  /** lower-case names of a place's institutions written before it ("tribunal administratif") */
  /** an institution's lower-case head, and its English name with the place's ({place}) */
  institutionHeads: NameIndex<string>;
  /** lower-case heads of a facility's name before it, and its English name ({name}: the name after the head): "l'aéroport de Kavumu" → Kavumu Airport */
  facilityNames: Map<string, string>;
  /** phrases ending in a place's preposition that lead to no place ("face à Nice") */
  notPlacePhrases: NameIndex<true>;
  streetLinks: Set<string>;
  /** folded nouns of an office whose complement is its portfolio ("ministre de l'Agriculture", "Minister of Culture") */
  portfolioHeads: Set<string>;
  /** phrases a name of an organization follows ("chief executive of", "porte-parole de", "shares of") */
  organizationOf: NameIndex<true>;
  thingRelatives: Set<string>;
  placePrepositions: Set<string>;
  /** folded words before a place name that read it as a place ("à", "in", "the town of") */
  placeCues: Set<string>;
  /** folded determiners that give a role phrase a gender ("la ministre"): its holder must agree */
  roleGender: Map<string, "f" | "m">;
  /** endings of family names ("-enko", "-opoulos"): an unknown name ending so is a person's */
  surnameEndings: RegExp;
  /** sector -> words that tell a document is about it (SPT: match, striker, championnat) */
  sectorCues: Map<string, NameIndex<true>>;
  /** names of a state's bodies by kind ("foreign ministry", "ministère de la Défense") -> the body's English name */
  stateBodies: NameIndex<string>;
  /** bodies that name a state's only with its demonym ("la présidence algérienne", "the Ukrainian presidency"; not "la présidence du Conseil de sécurité") */
  demonymBodies: NameIndex<string>;
  /** the English names of the bodies among them that are armed forces ("Air Force") */
  militaryBodies: Set<string>;
  /** those named by their country's demonym ("Ukrainian Air Force") */
  armedForces: Set<string>;
  mediaBodies: Set<string>;
  /** those named '<body> of <country>' as Wikipedia names them ('Constitutional Court of Romania'), the others '<body> (<country>)' */
  bodiesOfCountry: Set<string>;
  /** English country names that take 'the' after 'of' ('the United States') */
  countriesWithArticle: Set<string>;
  /** nouns of a country's armed forces after its possessive ("Israel's military"): the knowledge's army of that country, named by its demonym */
  armyNouns: NameIndex<string>;
  armyCompounds: Set<string>;
  /** folded articles ("le", "the"): a capitalized demonym after one is a noun, a person's nationality ("le Belge Remco Evenepoel") */
  determiners: Set<string>;
  /** folded words between a noun and its complement ("province d'Idleb", "Minister of Defence") */
  links: Set<string>;
  /** folded definite articles, and those of one referent ("le Serbe", "the Spaniard") */
  definiteArticles: Set<string>;
  singularArticles: Set<string>;
  /** phrases that make the name after them a place ("la commune de", "the town of") */
  settlementOf: NameIndex<true>;
  /** folded words that join names of one kind ("entre Chinon et Tours") */
  coordinators: Set<string>;
  /** folded lower-case words before a name that make it a title, an event or an operation ("le festival Lumière") */
  nonEntityCues: Set<string>;
  /** nouns of weapons and products: an unknown name next to one is a model's ("ATACMS missiles", "les chars Leopard") */
  productNouns: NameIndex<true>;
  /** words that end a company's name after the company's own ('Motor', 'Group', 'Inc'): 'Honda Motor' is Honda */
  companySuffixes: Set<string>;
}

/** The two languages Vigie reads first: their frequent words and English head words apply to every text. */
const MAIN = ["fr", "en"];

/**
 * The lexicon for a text in `lang`, with English head words and the frequent words of French
 * and English added: English names of organizations and places turn up in every language's
 * press ("Middle East Institute"), and a short text's language may be misread.
 */
export const mixedLexicon = perLanguage((lang): EntityLexicon => {
  const own = entityLexicon(lang);
  const others = MAIN.filter((l) => l !== lang).map(entityLexicon);
  const union = (pick: (l: EntityLexicon) => Set<string>) => new Set([own, ...others].flatMap((l) => [...pick(l)]));
  const en = entityLexicon("en");
  const lex: EntityLexicon = {
    ...own,
    organizationHeads: new Set([...own.organizationHeads, ...en.organizationHeads]),
    namePossessors: new Set([...own.namePossessors, ...en.namePossessors]),
    locationHeads: new Set([...own.locationHeads, ...en.locationHeads]),
    nonEntityHeads: new Set([...own.nonEntityHeads, ...en.nonEntityHeads]),
    commonWords: union((l) => l.commonWords),
    functionWords: union((l) => l.functionWords),
    links: union((l) => l.links),
    definiteArticles: union((l) => l.definiteArticles),
    singularArticles: union((l) => l.singularArticles),
  };
  return lex;
});

function phraseIndex(phrases: Record<string, string>): NameIndex<string> {
  const index = new NameIndex<string>();
  for (const [phrase, value] of Object.entries(phrases)) index.add(phrase, value);
  return index;
}

const givenNames = (file: string) => readDataJson<{ names: string[] }>(file).names;

let endings: RegExp | null = null;
function surnameEndings(): RegExp {
  const list = readDataJson<{ endings: string[] }>("knowledge/surname-endings.json").endings.sort((a, b) => b.length - a.length);
  return (endings ??= new RegExp(`(?:${list.map((e) => e.replace(/[.*+?^${}()|[\]\\]/g, "\\$&")).join("|")})$`, "iu"));
}

export const entityLexicon = perLanguage((lang): EntityLexicon => {
  const data = readLangData<Partial<EntityCueData>>(lang, "entities");
  const personVerbs = NameIndex.of(data.personVerbs ?? []);
  const given = [...givenNames("knowledge/given-names.json"), ...givenNames("knowledge/given-names-generated.json")];
  const common = readLangData<{ words: string[]; functionWords: string[] }>(lang, "common-words");
  const lex: EntityLexicon = {
    titles: new Set((data.titles ?? []).map(fold)),
    particles: new Set((data.particles ?? []).map(fold)),
    organizationHeads: new Set(data.organizationHeads ?? []),
    namePossessors: new Set(data.namePossessors ?? []),
    regionCues: new Set((data.regionCues ?? []).map(fold)),
    personVerbs,
    notNames: new Set(data.notNames ?? []),
    givenNames: new Set(given.map(fold)),
    locationHeads: new Set(data.locationHeads ?? []),
    nonEntityHeads: new Set(data.nonEntityHeads ?? []),
    commonWords: new Set(common.words),
    functionWords: new Set(common.functionWords),
    roleNotReference: new NameIndex<true>(),
    officeModifiers: NameIndex.of(data.officeModifiers ?? []),
    lowercaseComplements: data.lowercaseComplements ?? false,
    speechBefore: new NameIndex<true>(),
    stateNouns: new NameIndex<true>(),
    stateNounOrder: data.stateNounOrder ?? "after",
    organizationCues: new Set((data.organizationCues ?? []).map(fold)),
    cueAdjectives: new RegExp(data.cueAdjectives || "(?!)", "u"),
    streetHeads: new Set((data.streetHeads ?? []).map(fold)),
    institutionHeads: phraseIndex(data.institutionHeads ?? {}),
    facilityNames: new Map(Object.entries(data.facilityNames ?? {}).map(([head, name]) => [fold(head), name])),
    notPlacePhrases: NameIndex.of(data.notPlacePhrases ?? []),
    streetLinks: new Set((data.streetLinks ?? []).map(fold)),
    settlementNouns: new Set((data.settlementOf ?? []).map((p) => fold(p.split(/\s+/)[0]!))),
    organizationOf: NameIndex.of(data.organizationOf ?? []),
    thingRelatives: new Set((data.thingRelatives ?? []).map(fold)),
    portfolioHeads: new Set((data.portfolioHeads ?? []).map(fold)),
    placePrepositions: new Set(data.placePrepositions ?? []),
    placeCues: new Set((data.placeCues ?? []).map(fold)),
    roleGender: new Map(Object.entries(data.roleGender ?? {}).map(([w, g]) => [fold(w), g])),
    surnameEndings: surnameEndings(),
    stateBodies: phraseIndex(data.stateBodies ?? {}),
    demonymBodies: phraseIndex(data.demonymBodies ?? {}),
    militaryBodies: new Set(data.militaryBodies ?? []),
    armedForces: new Set(data.armedForces ?? []),
    mediaBodies: new Set(data.mediaBodies ?? []),
    bodiesOfCountry: new Set(data.bodiesOfCountry ?? []),
    countriesWithArticle: new Set(data.countriesWithArticle ?? []),
    armyNouns: phraseIndex(data.armyNouns ?? {}),
    armyCompounds: new Set((data.armyCompounds ?? []).map(fold)),
    sectorCues: new Map(Object.entries(data.sectorCues ?? {}).map(([sector, cues]) => [sector, NameIndex.of(cues)])),
    determiners: new Set((data.determiners ?? []).map(fold)),
    links: new Set((data.links ?? []).map(fold)),
    definiteArticles: new Set((data.definiteArticles ?? []).map(fold)),
    singularArticles: new Set((data.singularArticles ?? []).map(fold)),
    settlementOf: NameIndex.of(data.settlementOf ?? []),
    coordinators: new Set((data.coordinators ?? []).map(fold)),
    nonEntityCues: new Set((data.nonEntityCues ?? []).map(fold)),
    productNouns: NameIndex.of(data.productNouns ?? []),
    companySuffixes: new Set(data.companySuffixes ?? []),
  };
  for (const w of data.stateNouns ?? []) lex.stateNouns.add(w, true);
  for (const w of data.speechBefore ?? []) lex.speechBefore.add(w, true);
  for (const w of data.roleNotReference ?? []) lex.roleNotReference.add(w, true);
  return lex;
});
