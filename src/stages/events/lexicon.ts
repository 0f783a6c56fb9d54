import { NameIndex } from "../../knowledge/names.js";
import { fold } from "../../text/fold.js";
import { perLanguage, readLangData } from "../../util/data.js";

/** A trigger word read as another type where one of its cue words stands near it. */
export interface Reading {
  words: Set<string>;
  as: string;
  cues: Set<string>;
  /** in the whole sentence, or within a few words after the trigger */
  within: "sentence" | "after";
  /** "casualties": not where the sentence counts the dead ("a strike that killed 12 people, including aid workers") */
  unless: "casualties" | null;
  /** the trigger stands only where a cue is found, as its own type ("warned that Israel would respond"; not "warned that rivals could follow") */
  needed: boolean;
  /** an ending of words that are cues too (verb forms: "répondrait", "frappera") */
  cueEnding: RegExp | null;
}

export interface Trigger {
  type: string;
  mode: string | null;
  /** a named subject ("sont entrés dans"), a place or position taken, both, a named target ("praised"), an offer ("signed a treaty"), an offer and whoever made it ("accepted the US proposal"), or an envoy ("summoned the French envoy"), without which the trigger makes no event */
  needs?: "subject" | "place" | "subject+place" | "target" | "captive" | "offer" | "offer+target" | "envoy" | "control";
  /** a participle that is passive unless an active auxiliary stands before it ("tué") */
  passive?: boolean;
  /** a trigger whose subject is the one it befalls ("est mort", "died") */
  victim?: boolean;
}

interface EventData {
  triggers: { phrase: string; type: string; mode: string | null; needs?: Trigger["needs"]; passive?: boolean; victim?: boolean }[];
  /** per last letter of a past participle, the endings of its other forms (French "é": "ée", "ées"; not "és", which folds like a noun's plural, "demandés" and "demandes"): each trigger whose first word is one is read in them too */
  participleInflections?: Record<string, string[]>;
  /** nouns of what is offered, accepted or signed (a proposal, a deal, a treaty): a trigger that needs an offer makes an event only with one of them just after it */
  offerNouns?: string[];
  /** nouns of a state's envoy (ambassador, chargé d'affaires): a trigger that needs an envoy makes an event only with one of them just after it, aimed at the envoy's state */
  envoyNouns?: string[];
  policeNames?: string;
  readings?: { words: string[]; as: string; cues: string[]; within: "sentence" | "after"; unless?: "casualties"; needed?: boolean; cueEnding?: string }[];
  sinceWords?: string[];
  negations: string[];
  intentions: string[];
  passiveAgents: string[];
  passiveLinks?: string[];
  targetLinks: string[];
  placeLinks: string[];
  dativeLinks?: string[];
  agentNouns?: string;
  pastParticiple?: string;
  /** the endings of a past participle that, with no active auxiliary before it, is passive (French: "le général arrêté"; none in English, whose past tense has the same form) */
  bareParticiple?: string;
  attributiveParticiple?: string;
  hypotheticalBefore?: string[];
  agentTriggers?: string[];
  possessivePronouns?: string[];
  infinitiveLinks?: string[];
  governmentForces: string[];
  responseNouns?: string[];
  captiveNouns?: string[];
  interceptVerbs?: string[];
  backReferences?: string[];
  pointingDeterminers?: string[];
  weaponNouns?: string[];
  weaponHolders?: string[];
  opposingLinks?: string[];
  objectPronouns?: Record<string, "f" | "m">;
  sendVerbs?: string[];
  troopNouns?: string[];
  bodyNouns?: string[];
  nonConflict: string[];
  casualties: string[];
  numberWords: Record<string, number>;
  /** words of an amount between a headline's participle and its agent ("fined €40 million by") */
  amountWords?: string[];
  rebelNouns: string[];
  complementLinks: string[];
  weakTriggers: string[];
  auxiliaries: string[];
  passiveAuxiliaries: string[];
  determiners: string[];
  conjunctions: string[];
  betweenLinks: string[];
  injuries: string[];
  participle: string;
  participleLinks: string[];
  hearsay: string[];
  memberNouns: string[];
  firstPerson: string[];
  circumstanceLinks: string[];
  stateNouns: string[];
  placeNouns: string[];
  civilContexts: string[];
  possessives: string[];
  relatives: string[];
  seatWords: string[];
  agentLinks: string[];
  agentGenitives?: string[];
  genitiveLinks?: string[];
  clauseBreaks: string[];
  activeAuxiliaries: string[];
  /** reflexive pronouns: a participle after one, with "être", is active ("se sont rassemblés") */
  reflexivePronouns?: string[];
  appositiveParticiples: string[];
  adjunctLinks: string[];
  subjectPronouns: string[];
  /** pronouns of the first and second person: a passive told of one is no news of a party ("nous avons été arrêtés") */
  personalPronouns?: string[];
  reciprocals: string[];
  mediatorsBefore?: string[];
  mediatorsAfter?: string[];
  companionLinks?: string[];
  attributiveModifiers?: string[];
  authorityNouns?: string[];
  managementNouns?: string[];
  accidentWords?: string[];
  timeLinks?: string[];
  relationalNouns?: string[];
  notEvents?: string[];
  /** verbs of halting: what they govern a few words on is not happening ("suspendre les frappes", "halt attacks") */
  haltVerbs?: string[];
}

/** A language's event words (data/lang/<lang>/events.json), indexed. */
export interface EventLexicon {
  triggers: NameIndex<Trigger>;
  negations: NameIndex<true>;
  intentions: NameIndex<true>;
  /** a verb and its complement's link with no object between ('accused of'): passive without an auxiliary */
  passiveLinks: NameIndex<true>;
  passiveAgents: NameIndex<true>;
  targetLinks: Set<string>;
  placeLinks: NameIndex<true>;
  /** links before a country that make it the one an act is done to, not where (French "à la": a place takes "en") */
  dativeLinks: NameIndex<true>;
  /** participles that, after a determiner, name a person ("l'attaquant"): no event */
  agentNouns: RegExp;
  /** the ending of a past participle ("issued", "décrétée"), matched on the word in lower case */
  pastParticiple: RegExp;
  bareParticiple: RegExp | null;
  /** participles that, between an article and a noun, are adjectives (the ousted government): no event */
  attributiveParticiple: RegExp;
  /** words just before a trigger that make it a fear or a risk, no event ("of being killed") */
  hypotheticalBefore: NameIndex<true>;
  /** folded triggers that name who acts ("protesters"): the sentence's subject is not their actor */
  agentTriggers: Set<string>;
  offerNouns: Set<string>;
  envoyNouns: Set<string>;
  /** trigger words and phrases read as another type where a cue word stands in their sentence or just after them ("the union called a strike", "seized an oil tanker"), by word or phrase (the first reading that lists it) */
  readings: Map<string, Reading>;
  /** the first words of those words and phrases: a trigger starting with no other one has no reading */
  readingStarts: Set<string>;
  /** the names of police bodies, in the knowledge's English ("Metropolitan Police", "Bourges Gendarmerie Research Section"): who makes the arrests no one is named for */
  policeNames: RegExp;
  /** words that open the time a state has lasted from (depuis, since) */
  sinceWords: Set<string>;
  /** folded pronouns that give a noun trigger the party named just before as actor ("its war") */
  possessivePronouns: Set<string>;
  /** folded links of an infinitive after a verb ("agreed to", "accepté de") */
  infinitiveLinks: Set<string>;
  /** folded nouns of an act a response answers ("the decision", "les accusations") */
  responseNouns: Set<string>;
  /** folded nouns of people held ("hostages", "détenus"): a release of anything else is no event */
  captiveNouns: Set<string>;
  /** a link and a definite article before a noun of an event that points back to one already told ("during the attack", "après l'attaque") */
  backReferences: NameIndex<true>;
  /** definite articles and demonstratives, which point back by themselves before a noun of an event ("la trêve", "this attack") */
  pointingDeterminers: Set<string>;
  /** verbs of air defence ("shot down", "intercepté"): with a weapon as their object, no assault on anyone */
  interceptVerbs: NameIndex<true>;
  /** folded nouns of weapons in flight ("missiles", "drones") */
  weaponNouns: Set<string>;
  /** nouns of what holds, makes or launches weapons: a weapon's noun beside them names no attack */
  weaponHolders: Set<string>;
  /** words before the party an act is against ('contre', 'against') */
  opposingLinks: Set<string>;
  /** pronouns that, as a verb's object, stand for a person ('accusing him'), with the gender they say */
  objectPronouns: Map<string, "f" | "m">;
  /** verbs of sending forces, and the nouns of the forces sent ('will send 200 troops') */
  sendVerbs: NameIndex<true>;
  troopNouns: Set<string>;
  governmentForces: NameIndex<true>;
  /** folded nouns of a body that, with no name, stand for the one the document names with them ("Police arrested …" after "Greater Manchester Police") */
  bodyNouns: Set<string>;
  nonConflict: NameIndex<true>;
  casualties: NameIndex<true>;
  numberWords: Map<string, number>;
  amountWords: Set<string>;
  /** "les rebelles", "armed groups": a group a trigger's subject or object may be */
  rebelNouns: NameIndex<true>;
  /** words before a complement, which is no subject */
  complementLinks: Set<string>;
  /** triggers that make an event only with both an actor and a target */
  weakTriggers: Set<string>;
  /** verbs between a subject and its trigger ("ont", "has") */
  auxiliaries: Set<string>;
  /** verbs before a trigger that make it passive ("été", "were") */
  passiveAuxiliaries: Set<string>;
  /** words before a name that leave it the same argument ("le", "the", "son", "president") */
  determiners: Set<string>;
  /** words that coordinate arguments ("et", "and") */
  conjunctions: Set<string>;
  /** words whose two coordinated objects are the two sides ("entre", "between") */
  betweenLinks: Set<string>;
  /** casualty words of the wounded, not the killed */
  injuries: Set<string>;
  /** a trigger word that is a participle ("menaçant", "killing") … */
  participle: RegExp;
  /** … after one of these words acts for the sentence's subject */
  participleLinks: Set<string>;
  /** words just before a trigger that pass on what others say ("seraient", "reportedly"): claimed */
  hearsay: Set<string>;
  /** nouns of people who act for a body named after them ("les dirigeants de la Cédéao", "fighters of Hamas") */
  memberNouns: Set<string>;
  /** pronouns by which a quotation's speaker is its subject ("je", "we") */
  firstPerson: Set<string>;
  /** words before a nominal trigger whose actor is the sentence's subject ("lors de", "during") */
  circumstanceLinks: NameIndex<true>;
  /** nouns a demonym beside makes a country ("le gouvernement syrien", "the Syrian people") */
  stateNouns: Set<string>;
  /** nouns of places between a place word and a name ("près des villes d'Alep", "in the city of Hama") */
  placeNouns: Set<string>;
  /** words that make a whole sentence no conflict ("élection", "championship") */
  civilContexts: NameIndex<true>;
  /** possessive markers after a name ("'s") */
  possessives: Set<string>;
  /** words that open a relative clause ("which", "qui"): no coordinated name lies past them */
  relatives: Set<string>;
  /** words before the place a body sits in ("basé à", "based in"): no place of the event */
  seatWords: Set<string>;
  /** words after a noun before its agent ("les frappes d'Israël", "l'offensive du Hamas") */
  agentLinks: Set<string>;
  /** nouns of an act whose complement after a link is who does it (des frappes de l'aviation russe, le refus du Premier ministre) */
  agentGenitives: Set<string>;
  genitiveLinks: Set<string>;
  /** words that open a subordinate clause, past which a trigger's object is not looked for ("si", "if") */
  clauseBreaks: NameIndex<true>;
  /** auxiliaries of the active voice ("a tué"): a passive participle after them is active */
  activeAuxiliaries: Set<string>;
  reflexivePronouns: Set<string>;
  /** trigger words that are passive right after a comma ("Nasrallah, killed on Friday") */
  appositiveParticiples: Set<string>;
  /** words before a trigger that make it the means or a circumstance of another event ("dans une frappe", "après le coup d'État"): no subject of its own */
  adjunctLinks: NameIndex<true>;
  /** third-person subject pronouns ("il", "it"): the sentence's first actor, or no one named in it */
  subjectPronouns: Set<string>;
  personalPronouns: Set<string>;
  /** words after a trigger that make its coordinated subjects act on each other ("each other", "mutuellement") */
  reciprocals: NameIndex<true>;
  /** phrases before the names of mediators ("brokered by", "sous l'égide de"), who are no party to the event */
  mediatorsBefore: NameIndex<true>;
  /** phrases after the names of mediators ("with Qatar and Egypt mediating") */
  mediatorsAfter: NameIndex<true>;
  /** links before whoever goes along on a visit ('with', 'avec'): no one visited */
  companionLinks: Set<string>;
  /** words between an article and an attributive participle ('the first convicted felon') */
  attributiveModifiers: Set<string>;
  /** nouns of a state's authorities as the object of an appeal or an accusation ('les autorités', 'the government'): that state */
  authorityNouns: NameIndex<true>;
  /** nouns of a company's management ('la direction', 'the management'): the company the document is about */
  managementNouns: NameIndex<true>;
  /** words of an accident or a disaster ('crashed', 'séisme'): the dead its sentence counts are no assault's */
  accidentWords: NameIndex<true>;
  /** words that open a time adjunct ('since the fall of Assad', 'depuis la chute de'): no party named past them */
  timeLinks: Set<string>;
  /** nouns of those related to a party ('allies', 'les partenaires'): 'the allies of Ukraine' are not Ukraine */
  relationalNouns: Set<string>;
  /** phrases that hold a trigger word and tell no event ("asked not to be named") */
  notEvents: NameIndex<true>;
  haltVerbs: NameIndex<true>;
}

const words = (list: string[]) => new Set(list.map(fold));

/**
 * The inflected forms of a phrase whose first word is a past participle the language inflects
 * ("interpellé": "interpellée", "interpellées"), by the endings the data gives for
 * each of its last letters; the phrase as listed stays its own entry.
 */
function inflections(phrase: string, endings: Record<string, string[]>): string[] {
  const [first, ...rest] = phrase.split(" ");
  const forms = endings[first!.slice(-1)] ?? [];
  return forms.map((f) => [first!.slice(0, -1) + f, ...rest].join(" "));
}

export const eventLexicon = perLanguage((lang): EventLexicon => {
  const d = readLangData<EventData>(lang, "events");
  const readings = new Map<string, Reading>();
  for (const r of d.readings ?? []) {
    const reading: Reading = {
      words: words(r.words),
      as: r.as,
      cues: words(r.cues),
      within: r.within,
      unless: r.unless ?? null,
      needed: r.needed ?? false,
      cueEnding: r.cueEnding ? new RegExp(`(?:${r.cueEnding})$`, "u") : null,
    };
    for (const w of reading.words) if (!readings.has(w)) readings.set(w, reading);
  }
  const triggers = new NameIndex<Trigger>();
  for (const t of d.triggers) {
    const trigger: Trigger = { type: t.type, mode: t.mode, ...(t.needs ? { needs: t.needs } : {}), ...(t.passive ? { passive: true } : {}), ...(t.victim ? { victim: true } : {}) };
    for (const phrase of [t.phrase, ...inflections(t.phrase, d.participleInflections ?? {})]) if (phrase === t.phrase || !triggers.get(phrase).length) triggers.add(phrase, trigger);
  }
  const lex: EventLexicon = {
    triggers,
    negations: NameIndex.of(d.negations),
    intentions: NameIndex.of(d.intentions),
    passiveAgents: NameIndex.of(d.passiveAgents),
    passiveLinks: NameIndex.of(d.passiveLinks ?? []),
    targetLinks: words(d.targetLinks),
    placeLinks: NameIndex.of(d.placeLinks),
    dativeLinks: NameIndex.of(d.dativeLinks ?? []),
    agentNouns: new RegExp(d.agentNouns || "(?!)", "iu"),
    pastParticiple: new RegExp(d.pastParticiple || "(?!)", "u"),
    bareParticiple: d.bareParticiple ? new RegExp(d.bareParticiple, "iu") : null,
    attributiveParticiple: new RegExp(d.attributiveParticiple || "(?!)", "u"),
    hypotheticalBefore: NameIndex.of(d.hypotheticalBefore ?? []),
    agentTriggers: new Set((d.agentTriggers ?? []).map(fold)),
    offerNouns: words(d.offerNouns ?? []),
    envoyNouns: words(d.envoyNouns ?? []),
    policeNames: new RegExp(d.policeNames || "(?!)", "u"),
    readings,
    readingStarts: new Set([...readings.keys()].map((w) => w.split(" ", 1)[0]!)),
    sinceWords: words(d.sinceWords ?? []),
    possessivePronouns: new Set((d.possessivePronouns ?? []).map(fold)),
    infinitiveLinks: new Set((d.infinitiveLinks ?? []).map(fold)),
    governmentForces: NameIndex.of(d.governmentForces),
    responseNouns: new Set((d.responseNouns ?? []).map(fold)),
    captiveNouns: new Set((d.captiveNouns ?? []).map(fold)),
    interceptVerbs: NameIndex.of(d.interceptVerbs ?? []),
    backReferences: NameIndex.of([...(d.backReferences ?? []), ...(d.pointingDeterminers ?? [])]),
    pointingDeterminers: words(d.pointingDeterminers ?? []),
    weaponNouns: new Set((d.weaponNouns ?? []).map(fold)),
    weaponHolders: new Set((d.weaponHolders ?? []).map(fold)),
    opposingLinks: new Set((d.opposingLinks ?? []).map(fold)),
    objectPronouns: new Map(Object.entries(d.objectPronouns ?? {}).map(([k, v]) => [fold(k), v])),
    sendVerbs: NameIndex.of(d.sendVerbs ?? []),
    troopNouns: new Set((d.troopNouns ?? []).map(fold)),
    bodyNouns: new Set((d.bodyNouns ?? []).map(fold)),
    nonConflict: NameIndex.of(d.nonConflict),
    casualties: NameIndex.of(d.casualties),
    numberWords: new Map(Object.entries(d.numberWords).map(([k, v]) => [fold(k), v])),
    amountWords: new Set((d.amountWords ?? []).map(fold)),
    rebelNouns: NameIndex.of(d.rebelNouns),
    complementLinks: words(d.complementLinks),
    weakTriggers: words(d.weakTriggers),
    auxiliaries: words(d.auxiliaries),
    passiveAuxiliaries: words(d.passiveAuxiliaries),
    determiners: words(d.determiners),
    conjunctions: words(d.conjunctions),
    betweenLinks: words(d.betweenLinks),
    injuries: words(d.injuries),
    participle: new RegExp(d.participle || "(?!)", "u"),
    participleLinks: words(d.participleLinks),
    hearsay: words(d.hearsay),
    memberNouns: words(d.memberNouns),
    firstPerson: words(d.firstPerson),
    circumstanceLinks: NameIndex.of(d.circumstanceLinks),
    stateNouns: words(d.stateNouns),
    placeNouns: words(d.placeNouns),
    civilContexts: NameIndex.of(d.civilContexts),
    possessives: words(d.possessives),
    relatives: words(d.relatives),
    seatWords: words(d.seatWords),
    agentLinks: words(d.agentLinks),
    agentGenitives: words(d.agentGenitives ?? []),
    genitiveLinks: words(d.genitiveLinks ?? []),
    clauseBreaks: NameIndex.of(d.clauseBreaks),
    activeAuxiliaries: words(d.activeAuxiliaries),
    reflexivePronouns: words(d.reflexivePronouns ?? []),
    appositiveParticiples: words(d.appositiveParticiples),
    adjunctLinks: NameIndex.of(d.adjunctLinks),
    subjectPronouns: words(d.subjectPronouns),
    personalPronouns: words(d.personalPronouns ?? []),
    reciprocals: NameIndex.of(d.reciprocals),
    mediatorsBefore: NameIndex.of(d.mediatorsBefore ?? []),
    mediatorsAfter: NameIndex.of(d.mediatorsAfter ?? []),
    companionLinks: words(d.companionLinks ?? []),
    attributiveModifiers: words(d.attributiveModifiers ?? []),
    authorityNouns: NameIndex.of(d.authorityNouns ?? []),
    managementNouns: NameIndex.of(d.managementNouns ?? []),
    accidentWords: NameIndex.of(d.accidentWords ?? []),
    timeLinks: words(d.timeLinks ?? []),
    relationalNouns: words(d.relationalNouns ?? []),
    notEvents: NameIndex.of(d.notEvents ?? []),
    haltVerbs: NameIndex.of(d.haltVerbs ?? []),
  };
  return lex;
});
