import { NameIndex } from "../../knowledge/names.js";
import { fold } from "../../text/fold.js";
import { inflect, type InflectionRule } from "../../text/inflect.js";
import { perLanguage, readLangData } from "../../util/data.js";

interface QuoteData {
  verbs: string[];
  verbLemmas?: string[];
  inflections?: InflectionRule[];
  auxiliaries: string[];
  according: string[];
  openingAccording?: string[];
  citedBy: string[];
  complementizers: string[];
  contentStarts: string[];
  pronouns: Record<string, string>;
  personPronouns?: string[];
  speakerNouns: string[];
  massSpeakerNouns?: string[];
  passiveMarkers?: string[];
  relativeArticles?: string[];
  reportingOfSpeech: string[];
  objectVerbs: string[];
  contentBreaks: string[];
  /** a noun's sector, or its sectors in the order they are tried ("groupe": an armed group, else a company) */
  sectorNouns: Record<string, string | string[]>;
  sameSource: string[];
  documentNouns?: string[];
  documentLinks?: string[];
  sourcePhrases?: string[];
  clauseVerbs: string[];
  clauseStarts: string[];
  clauseAuxiliaries?: string[];
  gapRelatives?: string[];
  finiteVerbs?: string[];
  finiteEnding?: string;
  adverbEnding?: string;
  agedDescription?: string;
  asides?: string[];
  relatives?: string[];
  adjunctPrepositions?: string[];
  ownerLinks?: string[];
  participle: string;
  pastParticiple?: string;
  infinitive?: string;
  notInfinitives?: string[];
  controlVerbs?: string[];
  controlLinks?: string[];
  objectLinks?: string[];
  coordinators?: string[];
  /** words opening a clause of its own after a comma ("tandis que", "while"): what precedes is no report of its verb */
  clauseLinks?: string[];
  memberNouns?: Record<string, string>;
  /** titles of one person ("ministre", "president"): "l'ancien Premier ministre" points back to the person last named */
  personTitles?: string[];
  partitives?: string[];
  notReports?: string[];
  spokesNouns?: string[];
  prepositions?: string[];
  coordinatedReports?: string[];
  /** verbs of speech whose object is whom they tell ("told the court"): after their subject, a closing cue still */
  recipientVerbs?: string[];
  /** articles that open a verb's object right after it ("declared a state of emergency", "a annoncé la fermeture") */
  objectArticles?: string[];
  appealVerbs?: string[];
  coordinatedActs?: string[];
}

/** A language's words of reported speech (data/lang/<lang>/quotes.json), indexed. */
export interface QuoteLexicon {
  verbs: NameIndex<true>;
  auxiliaries: NameIndex<true>;
  /** words that, opening a sentence before a name and a comma, attribute what follows to it ("Pour la CGT, …") */
  openingAccording: NameIndex<true>;
  according: NameIndex<true>;
  citedBy: NameIndex<true>;
  complementizers: Set<string>;
  contentStarts: NameIndex<true>;
  pronouns: Map<string, string>;
  /** folded pronouns that stand for a person only (he, she): never for a country or a body */
  personPronouns: Set<string>;
  speakerNouns: Set<string>;
  /** speaker nouns that speak as plurals without an s (media): bare, they are a source as 'witnesses' is */
  massSpeakerNouns: Set<string>;
  /** the participles of a passive's auxiliary ('été', 'been'): a subject of a passive is not who speaks in a participle after it */
  passiveMarkers: Set<string>;
  /** articles of a verb's direct object after which 'que' is a relative pronoun ('a salué un départ qu'ils …') */
  relativeArticles: Set<string>;
  reportingOfSpeech: NameIndex<true>;
  /** verbs whose object is the reported content */
  objectVerbs: NameIndex<true>;
  /** words after a comma that end reported content */
  contentBreaks: NameIndex<true>;
  /** heads of definite descriptions ("l'ONG") and the sector of the entity they point back to */
  sectorNouns: Map<string, string[]>;
  /** "la même source": the last speaker again */
  /** unnamed sources named by a set phrase ("people familiar with the matter") */
  sourcePhrases: NameIndex<true>;
  /** folded nouns of a document that speaks for its issuer ("a statement from X") */
  documentNouns: Set<string>;
  /** links between such a document and its issuer ("from", "du") */
  documentLinks: NameIndex<true>;
  sameSource: NameIndex<true>;
  /** verbs whose reported clause may follow without a complementizer ("said it was") */
  clauseVerbs: NameIndex<true>;
  /** words that open such a clause */
  clauseStarts: Set<string>;
  clauseAuxiliaries: Set<string>;
  /** relative pronouns before a subject and a verb of speech whose report is the relative's own clause, its subject the antecedent ("a model that it says was trained …") */
  gapRelatives: Set<string>;
  /** the past tense of other verbs: irregular forms, and the regular ending */
  finiteVerbs: Set<string>;
  finiteEnding: RegExp;
  /** the ending of adverbs of manner (briefly, brièvement) */
  adverbEnding: RegExp;
  /** a description by age opening a sentence ("The 22-year-old from Toulouse"): it stands for the last person named */
  agedDescription: RegExp;
  /** asides that may stand between a verb of speech and what it reports ("de son côté", "for its part") */
  asides: NameIndex<true>;
  /** the language's function words (from its common-words.json) */
  functionWords: Set<string>;
  /** relative pronouns (who, qui): a clause they open between commas is no subject */
  relatives: Set<string>;
  /** prepositions of an adjunct between an inverted verb and its subject ("a réagi sur X le député …") */
  adjunctPrepositions: Set<string>;
  /** words between a body and its owner ("the Foreign Ministry of Qatar"): the body is the subject */
  ownerLinks: NameIndex<true>;
  /** a verb of speech in the participle ("affirmant", "saying"): it reports for its sentence's subject */
  participle: RegExp;
  /** the ending of a past participle (chaired, basée) */
  pastParticiple: RegExp;
  /** an infinitive's form ("assumer", "regretter"): straight after a verb of speech it opens the report ("a dit assumer …"); `notInfinitives` are words of that form that are none (notre, hier) */
  infinitive: RegExp;
  notInfinitives: Set<string>;
  /** verbs whose report follows their object after a link ("urged X to …", "accuse X de …") */
  controlVerbs: NameIndex<true>;
  controlLinks: Set<string>;
  /** links of an appeal after which what is asked is told with whom it is asked of ('called on Homs residents to rise up', 'a appelé toutes les parties à protéger les civils') */
  objectLinks: Set<string>;
  /** words that coordinate a verb of speech with an earlier verb ("… and said"): its subject is the sentence's */
  coordinators: NameIndex<true>;
  clauseLinks: NameIndex<true>;
  /** folded nouns of members ("the judges") and the folded head word of their body ("court") */
  memberNouns: Map<string, string>;
  personTitles: Set<string>;
  partitives: Set<string>;
  /** a verb and its object that report no speech ("claimed responsibility") */
  notReports: NameIndex<true>;
  /** verbs that name or qualify something by the quoted words that follow them ("what X called “…”", "qualifié de « … »"): the words are their subject's */
  namingVerbs: NameIndex<true>;
  /** a spokesperson of an organization named just before it speaks for it ("a State Department spokesman") */
  spokesNouns: NameIndex<true>;
  /** folded prepositions: one in a source's description ends it ("un communiqué publié à Bruxelles") */
  prepositions: Set<string>;
  /** verbs of saying that, coordinated after reported content, start a report of their own ("… and said the army would …") */
  coordinatedReports: NameIndex<true>;
  recipientVerbs: NameIndex<true>;
  objectArticles: Set<string>;
  /** object verbs whose object, what is asked for, may be a bare noun (called for restraint on all sides) */
  appealVerbs: NameIndex<true>;
  /** verbs of a speaker's own act that, joined by and after reported content with an object of their own, end it (said 47 people had been arrested and condemned what he called …) */
  coordinatedActs: NameIndex<true>;
  /** folded determiners that give an unnamed speaker's description a gender ("la télévision publique": f; the roleGender of the language's entities.json) */
  descriptionGender: Map<string, string>;
}

export const quoteLexicon = perLanguage((lang): QuoteLexicon => {
  const d = readLangData<QuoteData>(lang, "quotes");
  const lex: QuoteLexicon = {
    verbs: NameIndex.of([...d.verbs, ...inflect(d.verbLemmas ?? [], d.inflections ?? [])]),
    auxiliaries: NameIndex.of(d.auxiliaries),
    according: NameIndex.of(d.according),
    openingAccording: NameIndex.of(d.openingAccording ?? []),
    citedBy: NameIndex.of(d.citedBy),
    complementizers: new Set(d.complementizers.map(fold)),
    contentStarts: NameIndex.of(d.contentStarts),
    pronouns: new Map(Object.entries(d.pronouns).map(([k, v]) => [fold(k), v])),
    personPronouns: new Set((d.personPronouns ?? []).map(fold)),
    speakerNouns: new Set(d.speakerNouns.map(fold)),
    massSpeakerNouns: new Set((d.massSpeakerNouns ?? []).map(fold)),
    passiveMarkers: new Set((d.passiveMarkers ?? []).map(fold)),
    relativeArticles: new Set((d.relativeArticles ?? []).map(fold)),
    reportingOfSpeech: NameIndex.of(d.reportingOfSpeech),
    objectVerbs: NameIndex.of(d.objectVerbs),
    contentBreaks: NameIndex.of(d.contentBreaks),
    sectorNouns: new Map(Object.entries(d.sectorNouns).map(([k, v]) => [fold(k), typeof v === "string" ? [v] : v])),
    sameSource: NameIndex.of(d.sameSource),
    documentNouns: new Set((d.documentNouns ?? []).map(fold)),
    documentLinks: NameIndex.of(d.documentLinks ?? []),
    sourcePhrases: NameIndex.of(d.sourcePhrases ?? []),
    clauseVerbs: NameIndex.of(d.clauseVerbs),
    clauseStarts: new Set(d.clauseStarts.map(fold)),
    clauseAuxiliaries: new Set((d.clauseAuxiliaries ?? []).map(fold)),
    gapRelatives: new Set((d.gapRelatives ?? []).map(fold)),
    finiteVerbs: new Set((d.finiteVerbs ?? []).map(fold)),
    finiteEnding: new RegExp(d.finiteEnding || "(?!)", "u"),
    adverbEnding: new RegExp(d.adverbEnding || "(?!)", "u"),
    agedDescription: new RegExp(d.agedDescription || "(?!)", "iu"),
    asides: NameIndex.of(d.asides ?? []),
    relatives: new Set((d.relatives ?? []).map(fold)),
    adjunctPrepositions: new Set((d.adjunctPrepositions ?? []).map(fold)),
    ownerLinks: NameIndex.of(d.ownerLinks ?? []),
    functionWords: new Set(readLangData<{ functionWords: string[] }>(lang, "common-words").functionWords.map(fold)),
    participle: new RegExp(d.participle || "(?!)", "iu"),
    pastParticiple: new RegExp(d.pastParticiple || "(?!)", "iu"),
    infinitive: new RegExp(d.infinitive || "(?!)", "u"),
    notInfinitives: new Set((d.notInfinitives ?? []).map(fold)),
    controlVerbs: NameIndex.of(d.controlVerbs ?? []),
    controlLinks: new Set((d.controlLinks ?? []).map(fold)),
    objectLinks: new Set((d.objectLinks ?? []).map(fold)),
    coordinators: NameIndex.of(d.coordinators ?? []),
    clauseLinks: NameIndex.of(d.clauseLinks ?? []),
    memberNouns: new Map(Object.entries(d.memberNouns ?? {}).map(([k, v]) => [fold(k), fold(v)])),
    personTitles: new Set((d.personTitles ?? []).map(fold)),
    partitives: new Set((d.partitives ?? []).map(fold)),
    notReports: NameIndex.of(d.notReports ?? []),
    // (one list with the framing stage's, in the language's framing.json)
    spokesNouns: NameIndex.of(d.spokesNouns ?? []),
    prepositions: new Set((d.prepositions ?? []).map(fold)),
    coordinatedReports: NameIndex.of(d.coordinatedReports ?? []),
    recipientVerbs: NameIndex.of(d.recipientVerbs ?? []),
    objectArticles: new Set((d.objectArticles ?? []).map(fold)),
    appealVerbs: NameIndex.of(d.appealVerbs ?? []),
    coordinatedActs: NameIndex.of(d.coordinatedActs ?? []),
    // (one list with the entities stage's, in the language's entities.json)
    descriptionGender: new Map(Object.entries(readLangData<{ roleGender?: Record<string, string> }>(lang, "entities").roleGender ?? {}).map(([k, v]) => [fold(k), v])),
    namingVerbs: NameIndex.of(readLangData<{ namingVerbs?: string[] }>(lang, "framing").namingVerbs ?? []),
  };
  return lex;
});
