import { quoteLexicon, type QuoteLexicon } from "../quotes/lexicon.js";
import { tokenIndexAt } from "../../document/offsets.js";
import { countBefore } from "../../util/sorted.js";
import { fold } from "../../text/fold.js";
import type { AnalyzedDocument, CalendarValue, EventRecord, QuoteRecord, Sentence } from "../../document/document.js";
import type { Knowledge } from "../../knowledge/knowledge.js";
import type { Stage } from "../../pipeline/pipeline.js";
import { Participants, type Found } from "./arguments.js";
import { Circumstances } from "./circumstances.js";
import { eventLexicon, type EventLexicon, type Trigger } from "./lexicon.js";
import { sendingTroops, weaponAfter, weaponHeld } from "./weapons.js";
import { controlAfter, genitiveAgent, nounAfter, TriggerReadings } from "./readings.js";

/** how many tokens after a headline's participle its agent may stand ("fined €40 million by") */
const HEADLINE_AGENT_REACH = 6;
/** how far before a participle, in tokens, an auxiliary of the active makes it active ("a pour sa part appelé", "n'a pas arrêté") */
const ACTIVE_REACH = 6;
/** how far before a participle coordinated after an active verb, in tokens, that verb's auxiliary is looked for ("a dénoncé … et accusé") */
const COORDINATED_REACH = 30;
/** acts of force, where a state acts through its leader */
const MILITARY = new Set(["ASSAULT", "COERCE", "MOBILIZE", "RETREAT", "THREATEN"]);
/** acts that answer another's act: with no one named, they answer the last other party that acted */
const RESPONSES = new Set(["ACCUSE", "REJECT"]);
/** the longest a cue of a quotation may be, in characters ("said in a statement on Friday") */
const CUE_LENGTH = 200;
/** how many tokens from a release its captives may be named ("released three Israeli hostages") */
const CAPTIVE_REACH = 5;
/** how many events back a response looks for the act it answers */
const RESPONSE_REACH = 20;
/** acts two parties do together: "Israël et le Hamas ont négocié" is one side with the other */
const MUTUAL = new Set(["CONSULT", "AGREE", "COOPERATE"]);
/** how far after a trigger that needs an offer or an envoy its noun may stand ("accepted Boeing's latest contract offer") */
/** words at most between a call and the protest it calls for ("appel à la grève", "called on workers to strike") */
const CALL_REACH = 4;
/** stances of approval, which may be of an act alone ("hailed the outcome") */
const SUPPORTING = new Set(["SUPPORT"]);
/** words a response may put before the noun of the act it answers ("refuse de répondre à ses demandes") */
const ANSWER_WORDS = 5;
/** acts done for a party, never against one: a party after "contre", "against" is not their target ("soutenir la résistance contre Israël") */
const FOR_A_PARTY = new Set(["SUPPORT", "AID", "COOPERATE", "AGREE", "CONCEDE"]);
/** acts a business, a match or a show can be said to do without any conflict */
const CONFLICT = new Set(["ASSAULT", "COERCE", "THREATEN"]);
/** acts that happen in the country they are done to: an attack on a country, aid to it, sanctions on it, leaving it */
const IN_TARGET = new Set(["ASSAULT", "AID", "COERCE", "MOBILIZE", "RETREAT", "SANCTION"]);
/** acts done to several places at once that are told as one event a place ("ont pris Alep et Hama"), and done to the state a place is in */
const PER_PLACE = new Set(["ASSAULT", "COERCE", "PROTEST"]);
/** events done on a country's ground when it is their target */
const ASSAULTS_ON_PLACE = new Set(["ASSAULT"]);
/** acts whose doers the news may not know: attackers, crowds */
const ANONYMOUS = new Set(["ASSAULT", "PROTEST"]);
/** how many tokens before a possessive pronoun the party it points to may end ("on Russia over its war") */
const POSSESSOR_REACH = 6;
/** how far after an act's noun, in tokens, the link that names its author may stand ("la proposition de cessez-le-feu de Kiev") */
const AGENT_OF_ACT_REACH = 6;
/** how far into a reported object, in tokens, a trigger may stand as the complement of its head ("l'envoi d'une aide") */
const OBJECT_COMPLEMENT = 5;
/** how many of a speaker's last reports are read for the organization the speaker speaks for */
const SPOKEN_FOR_REPORTS = 4;
/** how far after a trigger of taking, in tokens, the place taken may be named */
const TAKEN_REACH = 8;
/** how many sentences back an object pronoun looks for the person it stands for */
const PRONOUN_SENTENCES = 3;
/** acts that ask for another, which has then not happened ("appelé à un cessez-le-feu") */
const ASKING = new Set(["REQUEST", "THREATEN"]);
/** how near after a request, in tokens, an event is what it asks for */
const ASKED_REACH = 8;
/** acts of taking a stance on something, whose object may be another event ("condemned the attack") */
const STANCES = new Set(["ACCUSE", "SUPPORT", "REJECT", "REQUEST"]);
/** a trigger this near the start of its sentence may stand in a clause before the subject ("Lors d'un entretien avec X, Y a …") */
const FRONTED = 6;
/** how many tokens (auxiliaries, an adverb) may stand between the one a killing befalls and its verb */
const VICTIM_REACH = 4;
/** how far (in characters) a source introduced by "selon" may stand before what it reports */
const SOURCE_REACH = 120;
/** at most this many events from one trigger with coordinated arguments */
const MAX_PAIRS = 6;
/** how far before a trigger a verb of halting may govern it, in tokens */
const HALT_REACH = 7;

const CAPITALIZED = /^\p{Lu}\p{Ll}/u;

/**
 * Whether the words [k, end) are part of a proper name ("the Eastern Conference", "Peace
 * Agreement Party"): capitalized, not first in their sentence, beside another capitalized word,
 * in a sentence that is not a title-case headline.
 */
function insideName(doc: AnalyzedDocument, k: number, end: number, s: Sentence): boolean {
  const { tokens } = doc;
  if (k === s.firstToken || !CAPITALIZED.test(tokens[k]!.text)) return false;
  const capitalizedAt = (j: number) => j > s.firstToken && j < s.endToken && CAPITALIZED.test(tokens[j]!.text);
  // (past the short link words of a name: "Group for the Support of Islam")
  const link = (j: number) => j > s.firstToken && j < s.endToken && tokens[j]!.kind === "word" && tokens[j]!.text.length <= 3 && !CAPITALIZED.test(tokens[j]!.text);
  const before = link(k - 1) ? (link(k - 2) ? k - 3 : k - 2) : k - 1;
  const after = link(end) ? (link(end + 1) ? end + 2 : end + 1) : end;
  if (!capitalizedAt(before) && !capitalizedAt(after)) return false;
  const words = tokens.slice(s.firstToken, s.endToken).filter((t) => t.kind === "word" && t.text.length > 3);
  return words.filter((t) => CAPITALIZED.test(t.text)).length < 0.6 * words.length;
}

type Draft = Omit<EventRecord, "id">;

/** Whether two triggers share a word, by its first five letters ("frappes" and "frappes aériennes", "strikes" and "struck" do not). */
function sameStem(a: string, b: string): boolean {
  const stems = (t: string) => new Set((t.toLowerCase().match(/\p{L}{5,}/gu) ?? []).map((w) => w.slice(0, 5)));
  const of = stems(b);
  return [...stems(a)].some((w) => of.has(w));
}

/** Where a headline ends: the first paragraph, when it is one short sentence without a final stop and a paragraph follows; else null. */
function headlineEnd(doc: AnalyzedDocument): number | null {
  const [first, second] = doc.paragraphs;
  if (!first || !second) return null;
  const text = doc.text.slice(first.start, first.end).trim();
  return text.length <= 200 && !/[.!?…]["»”’)]?$/.test(text) && doc.sentences.filter((s) => s.paragraph === 0).length === 1 ? first.end : null;
}

/** One trigger in its sentence, with what all the events it makes share. */
interface Occurrence {
  trigger: Trigger;
  t0: number;
  t1: number;
  s: Sentence;
  /** the quotation it stands in */
  around: QuoteRecord | undefined;
  date: CalendarValue | null;
  /** the place a place word leads to nearest it, once looked for */
  near: string | null | undefined;
}

/**
 * Events: who did what to whom, where and when, coded in the PLOVER ontology. Triggers come
 * from the language's lexicon; actor and target from the entities around the trigger (a
 * passive's agent after "par"/"by", coordinated ones each in its own event); a country's forces
 * stand for the country, a capital for its state; the status from negations, intentions, dates
 * long past and reported speech.
 */
export function eventsStage(knowledge: Knowledge): Stage {
  return {
    name: "events",
    run(doc) {
      new EventFinder(doc, eventLexicon(doc.lang), knowledge).run();
    },
  };
}

class EventFinder {
  private readonly parts: Participants;
  private readonly when: Circumstances;
  private out: Draft[] = [];
  /** the last request or threat of the sentence being read (its tokens): what follows it closely is asked for */
  private asked: { end: number; actor: string | null } | null = null;
  /** triggers told as the means of another event (their first token) */
  private readonly consumed = new Set<number>();
  /** the document's readings of ambiguous triggers (one sense for the whole document) */
  private readonly readings: TriggerReadings;

  constructor(
    private readonly doc: AnalyzedDocument,
    private readonly lex: EventLexicon,
    knowledge: Knowledge,
  ) {
    this.parts = new Participants(doc, lex, knowledge);
    this.when = new Circumstances(doc, lex);
    this.headline = headlineEnd(doc) ?? 0;
    this.quotes = quoteLexicon(doc.lang);
    this.readings = new TriggerReadings(doc.tokens, lex);
  }

  /** events whose target is the party whose act they answer ("a condamné une occupation") */
  private readonly answers = new Set<Draft>();

  /** events a speaker tells in the first person in a quotation, with no target and no place ("« Nous avons frappé plus de 350 cibles »") */
  private readonly firstPerson = new Set<Draft>();

  /**
   * The last party before `actor` that acted, of an act of `type` when given ("ont condamné les
   * frappes": whoever struck); not a party of the same trigger (the
   * actors of "Le Qatar et l'Arabie saoudite ont condamné" answer together).
   */
  private lastOtherActor(actor: string, triggerStart: number, type: string | null): string | null {
    for (let i = this.out.length - 1; i >= Math.max(0, this.out.length - RESPONSE_REACH); i--) {
      const e = this.out[i]!;
      // (of any type, an act, not another's answer to one: "l'Égypte a dénoncé une violation" after "le Qatar a condamné une occupation")
      if (e.trigger.start === triggerStart || (type ? e.type !== type : this.answers.has(e))) continue;
      if (e.actor && e.actor !== actor) return e.actor;
    }
    return null;
  }

  /** What a sentence holds that several of its triggers ask about, read once per sentence (a long sentence holds many triggers). */
  private readonly sentenceFacts = new WeakMap<Sentence, { unnamedSpeaker: boolean; accident: boolean; attacks: number[] }>();

  private factsOf(s: Sentence): { unnamedSpeaker: boolean; accident: boolean; attacks: number[] } {
    let facts = this.sentenceFacts.get(s);
    if (!facts) {
      const { tokens } = this.doc;
      const attacks: number[] = [];
      let accident = false;
      for (let k = s.firstToken; k < s.endToken; k++) {
        accident ||= !!this.lex.accidentWords.longestAt(tokens, k, s.endToken);
        if (this.lex.triggers.longestAt(tokens, k, s.endToken)?.values[0]!.type === "ASSAULT") attacks.push(k);
      }
      const unnamedSpeaker = this.doc.quotes.some((q) => !q.speaker && !!q.speakerText && q.start < s.end && q.end > s.start);
      this.sentenceFacts.set(s, (facts = { unnamedSpeaker, accident, attacks }));
    }
    return facts;
  }

  /** Whether someone the text does not name speaks in the sentence ("local officials said"). */
  private unnamedSpeakerIn(s: Sentence): boolean {
    return this.factsOf(s).unnamedSpeaker;
  }

  /** Whether the sentence tells of an accident or a disaster ("crashed", "séisme"). */
  private accidentIn(s: Sentence): boolean {
    return this.factsOf(s).accident;
  }

  /** Whether the sentence names an attack other than at the trigger t0 ("à cette attaque", "the strike"). */
  private attackNamedIn(s: Sentence, t0: number): boolean {
    return this.factsOf(s).attacks.some((k) => k !== t0);
  }

  /** Whether the last event of this type told so far, within reach, names no actor. */
  private unclaimed(type: string): boolean {
    for (let i = this.out.length - 1; i >= Math.max(0, this.out.length - RESPONSE_REACH); i--) if (this.out[i]!.type === type) return !this.out[i]!.actor;
    return false;
  }

  /** The last body or person other than `actor` whose words the text reported before offset `before` ("l'ARS a annoncé la fermeture … le maire a dénoncé la décision": the one who made it known). */
  private lastOtherSpeaker(actor: string, before: number): string | null {
    for (let i = this.doc.quotes.length - 1; i >= 0; i--) {
      const q = this.doc.quotes[i]!;
      if (q.start >= before || !q.speaker || q.speaker === actor) continue;
      const e = this.parts.entity(q.speaker);
      if (!e || e.type === "location") return null;
      // ("Alstom va supprimer 1 200 postes, a annoncé son directeur général" … "la CGT a dénoncé un plan": a person announcing an organization's act speaks for it)
      return (e.type === "person" ? this.organizationSpokenFor(q.speaker, before, actor) : null) ?? q.speaker;
    }
    return null;
  }

  /** The first organization other than `not` that a speaker's last reports before offset `before` name in their content, or null. */
  private organizationSpokenFor(speaker: string, before: number, not: string): string | null {
    // (the last few of them: a long text of one speaker's reports is read in a bounded time)
    const spans = this.doc.quotes.filter((q) => q.speaker === speaker && q.start < before).slice(-SPOKEN_FOR_REPORTS);
    for (const e of this.doc.entities)
      if (e.type === "organization" && e.id !== not && e.mentions.some((m) => spans.some((q) => m.start >= q.start && m.end <= q.end))) return e.id;
    return null;
  }

  /** The act's noun a trigger's object is ("denied the allegations", "a critiqué la décision"), with the type of event it names when it is a trigger itself ("les frappes"). */
  private answeredAct(t1: number, s: Sentence): { type: string | null; named: boolean; at: number } | null {
    const { tokens } = this.doc;
    // ("a dénoncé « une violation flagrante »": the words of the response may be quoted)
    for (let k = t1, words = 0; k < s.endToken && words < ANSWER_WORDS; k++) {
      // (named: a name stands before the noun, "accused Israel of violations", not only the noun's determiners and adjectives)
      if (this.lex.responseNouns.has(tokens[k]!.norm)) return { type: this.lex.triggers.longestAt(tokens, k, k + 1)?.values[0]?.type ?? null, named: tokens.slice(t1, k).some((t) => CAPITALIZED.test(t.text)), at: k };
      if (tokens[k]!.kind === "quote") continue;
      if (tokens[k]!.kind !== "word" && tokens[k]!.kind !== "clitic") return null;
      words++;
    }
    return null;
  }

  /**
   * Whether the party `id` made the act whose noun is at k: named after it by a link of agency,
   * maybe past a complement that is itself an act ("la proposition du Brésil", "la proposition de
   * cessez-le-feu de Kiev"), or as the agent of a participle after it ("the offer of talks made by Brazil").
   */
  private agentOfAct(k: number, id: string | null, s: Sentence): boolean {
    const { tokens } = this.doc;
    if (!id) return false;
    if (this.parts.participleAgent(k, s.endToken)?.id === id) return true;
    // ("la proposition de cessez-le-feu de Kiev": past a complement that is itself an act, the next link names the author;
    // not past any complement: "une violation de la souveraineté de la Syrie" names whose sovereignty)
    let act = false;
    for (let j = k + 1; j < Math.min(s.endToken, k + AGENT_OF_ACT_REACH); j++) {
      if (tokens[j]!.kind === "punct") return false;
      if (!this.lex.agentLinks.has(tokens[j]!.norm)) continue;
      const at = this.lex.determiners.has(tokens[j + 1]?.norm ?? "") ? j + 2 : j + 1;
      if ((j === k + 1 || act) && this.parts.mentionStartingAt(at) === id) return true;
      act = !!this.lex.triggers.longestAt(tokens, at, s.endToken);
    }
    return false;
  }

  /** the quotations that have a cue, by where their cue starts, each with its place in the document's order */
  private cued: { q: QuoteRecord; n: number }[] | null = null;

  /** The quotation whose cue is (part of) the trigger at tokens [t0, t1): the first in text order (a binary search over the cues). */
  private quoteCuedAt(t0: number, t1: number): QuoteRecord | undefined {
    const start = this.doc.tokens[t0]!.start;
    const end = this.doc.tokens[t1 - 1]!.end;
    const cued = (this.cued ??= this.doc.quotes.flatMap((q, n) => (q.cueSpan ? [{ q, n }] : [])).sort((a, b) => a.q.cueSpan!.start - b.q.cueSpan!.start));
    let best: { q: QuoteRecord; n: number } | undefined;
    for (let i = countBefore(cued, (c) => c.q.cueSpan!.start < end) - 1; i >= 0 && start - cued[i]!.q.cueSpan!.start < CUE_LENGTH; i--) {
      const c = cued[i]!;
      if (start < c.q.cueSpan!.end && (!best || c.n < best.n)) best = c;
    }
    return best?.q;
  }

  /** the partial quotations, by where they start */
  private partials: QuoteRecord[] | null = null;

  /** The partial quotation a token starting at `start` stands in, if any (a binary search: partial quotations never overlap). */
  private partialAround(start: number): QuoteRecord | undefined {
    const partials = (this.partials ??= this.doc.quotes.filter((q) => q.kind === "partial").sort((a, b) => a.start - b.start));
    const q = partials[countBefore(partials, (p) => p.start <= start) - 1];
    return q && start < q.end ? q : undefined;
  }

  /** The quotation (direct or reported) the trigger stands in, if any. */
  private quoteAround(start: number): QuoteRecord | undefined {
    return this.doc.quotes.find((q) => q.start <= start && start < q.end && q.kind !== "partial");
  }

  private readonly civilParagraphs = new Map<number, boolean>();

  private sportsOnly: boolean | undefined;

  /** Whether the document names two sports clubs or bodies and no armed force: a match report ("Ramos strikes late as PSG beat Barcelona"). */
  private sportsReport(): boolean {
    if (this.sportsOnly === undefined) {
      const sectors = [...this.doc.known.values()].map((k) => k.sector);
      this.sportsOnly = sectors.filter((x) => x === "SPT").length >= 2 && !sectors.some((x) => x === "MIL" || x === "REB");
    }
    return this.sportsOnly;
  }

  /** Whether a paragraph is about an election, a championship or a show, or the document is a match report: a victory or an attack there is no conflict. */
  private civil(paragraph: number): boolean {
    if (this.sportsReport()) return true;
    let civil = this.civilParagraphs.get(paragraph);
    if (civil === undefined) {
      const { tokens } = this.doc;
      civil = this.doc.sentences.some((s) => {
        if (s.paragraph !== paragraph) return false;
        for (let k = s.firstToken; k < s.endToken; k++) if (this.lex.civilContexts.longestAt(tokens, k, s.endToken)) return true;
        return false;
      });
      this.civilParagraphs.set(paragraph, civil);
    }
    return civil;
  }

  /** "voice": a passive verb or participle ("ont été tués", "son chef, tué la veille"); "agent": an agent word follows ("tués par", "accusations made by"). */
  private passive(trigger: Trigger, t0: number, t1: number, s: Sentence): { voice: boolean; agent: boolean } {
    const { tokens } = this.doc;
    const be = (k: number) => this.lex.passiveAuxiliaries.has(tokens[k]?.norm ?? "");
    const by = (k: number) => k < s.endToken && !!this.lex.passiveAgents.longestAt(tokens, k, s.endToken);
    // ("le général Zúñiga arrêté", "un manifestant blessé": where the language's participle is no past tense, one with no auxiliary of the active a few words before it)
    const bare = !!this.lex.bareParticiple && t1 - t0 === 1 && this.lex.bareParticiple.test(tokens[t0]!.text) && !this.activeBefore(t0, s);
    const participle =
      bare ||
      (trigger.passive && !this.lex.activeAuxiliaries.has(tokens[t0 - 1]?.norm ?? "")) ||
      (tokens[t0 - 1]?.text === "," && this.lex.appositiveParticiples.has(tokens[t0]!.norm)) ||
      // ("three refineries accused of buying Iranian oil": no object between the verb and its complement)
      (this.lex.passiveLinks.longestAt(tokens, t0, s.endToken)?.end ?? 0) > t1 ||
      this.headlinePassive(trigger, t0, t1, s);
    // "was redeploying" is no passive
    const progressive = this.lex.participle.test(tokens[t0]!.norm);
    return { voice: participle || (!progressive && (be(t0 - 1) || be(t0 - 2))), agent: by(t1) || (tokens[t1]?.kind === "word" && by(t1 + 1)) };
  }

  /** Whether the word before the auxiliaries of the verb at t0 may end a party's name or noun: no pronoun, no conjunction ("ont été interpellées" after "plus de 200 personnes"). */
  private partyBeforeAuxiliaries(t0: number, s: Sentence): boolean {
    const { tokens } = this.doc;
    let k = t0 - 1;
    while (k > s.firstToken && (this.lex.passiveAuxiliaries.has(tokens[k]!.norm) || this.lex.activeAuxiliaries.has(tokens[k]!.text.toLowerCase()))) k--;
    const t = tokens[k];
    return !!t && k < t0 - 1 && t.kind === "word" && !this.lex.subjectPronouns.has(t.norm) && !this.lex.personalPronouns.has(t.norm) && !this.lex.conjunctions.has(t.norm);
  }

  /**
   * Whether a participle at t0 is active: an auxiliary of the active, or a reflexive pronoun, stands
   * before it in its clause ("a pour sa part appelé", "se sont rassemblés"), or it is coordinated
   * after an active verb whose auxiliary it shares ("a dénoncé … et accusé le Rwanda").
   */
  private activeBefore(t0: number, s: Sentence): boolean {
    const { tokens } = this.doc;
    // (as written, accents and all: "à" is no "a")
    const active = (k: number) => this.lex.activeAuxiliaries.has(tokens[k]!.text.toLowerCase()) || this.lex.reflexivePronouns.has(tokens[k]!.norm);
    for (let k = t0 - 1; k >= Math.max(s.firstToken, t0 - ACTIVE_REACH); k--) {
      if (tokens[k]!.kind === "punct" || tokens[k]!.kind === "quote" || this.lex.relatives.has(tokens[k]!.norm)) break;
      if (active(k)) return true;
    }
    const coordinated = this.lex.conjunctions.has(tokens[t0 - 1]?.norm ?? "") || tokens[t0 - 1]?.text === ",";
    if (coordinated) for (let k = Math.max(s.firstToken, t0 - COORDINATED_REACH); k < t0; k++) if (active(k)) return true;
    return false;
  }

  /**
   * A headline's participle with its agent after it in the clause is passive ("X fined €40 million
   * by Y"); so is one of an act done to someone that ends its clause, after a common noun: "Saudi
   * doctor arrested", "five soldiers killed" (an active verb of the kind takes an object).
   */
  private headlinePassive(trigger: Trigger, t0: number, t1: number, s: Sentence): boolean {
    const { tokens } = this.doc;
    if (s.paragraph !== 0 || t1 - t0 !== 1 || !this.lex.pastParticiple.test(tokens[t0]!.norm) || this.lex.auxiliaries.has(tokens[t0 - 1]?.norm ?? "")) return false;
    // ("Lumora fined €40 million by Irish regulator": a participle with its agent after it in the clause, whatever the act)
    // (an amount only between: "rejected the offer of talks made by Brazil" is active)
    for (let k = t1; k < Math.min(s.endToken, t1 + HEADLINE_AGENT_REACH); k++) {
      if (this.lex.passiveAgents.longestAt(tokens, k, s.endToken)) return true;
      const t = tokens[k]!;
      if (!(t.kind === "number" || t.kind === "symbol" || this.lex.amountWords.has(t.norm) || this.lex.numberWords.has(t.norm))) break;
    }
    if (trigger.type !== "COERCE" && trigger.type !== "ASSAULT") return false;
    const verb = tokens[t0]!;
    const noun = tokens[t0 - 1];
    const next = tokens[t1];
    const ends = t1 >= s.endToken || (next?.kind === "punct" && /^[,;:.!?]$/.test(next.text));
    return ends && this.lex.pastParticiple.test(verb.norm) && !!noun && noun.kind === "word" && noun.text === noun.text.toLowerCase() && !this.lex.auxiliaries.has(noun.norm);
  }

  /** The country a means after a killing names ("tué dans une frappe israélienne"), if the document names it. */
  private meansActor(t1: number, s: Sentence): string | null {
    const { tokens } = this.doc;
    for (let k = t1; k < Math.min(s.endToken, t1 + 4); k++) {
      const link = this.lex.adjunctLinks.longestAt(tokens, k, s.endToken);
      const means = link && this.lex.triggers.longestAt(tokens, link.end, s.endToken);
      if (!means) continue;
      // the means is told with the killing, not as an event of its own
      this.consumed.add(means.start);
      return this.parts.demonymActor(means.start, means.end);
    }
    return null;
  }

  /** Who acts and who is acted on, each list with its coordinated members, and the place an object names. */
  private sides(trigger: Trigger, t0: number, t1: number, s: Sentence, quote: QuoteRecord | undefined): { actors: (string | null)[]; targets: string[]; places: string[] } {
    const P = this.parts;
    const ids = (f: Found | null) => (f ? [f.id, ...f.also] : []);
    // "Selon le gouverneur, Alexeï Smirnov, douze civils ont été tués": the source of a report is no party to it
    const source = (f: Found | null) => {
      if (!f || !quote?.cue || f.id !== quote.speaker) return false;
      const at = this.doc.tokens[f.at]!.start;
      const cue = this.doc.text.lastIndexOf(quote.cue, at);
      return cue >= 0 && at - cue < SOURCE_REACH && at < quote.start && quote.start - at < SOURCE_REACH;
    };
    // "North Korea fired missiles into the sea, South Korea's military said": no party past the reported content
    const tokens = this.doc.tokens;
    let end = s.endToken;
    if (quote && quote.kind === "indirect") {
      // (the first token past the content, by binary search: a long sentence holds many triggers)
      const k = tokenIndexAt(tokens, quote.end);
      const past = tokens[k] && tokens[k]!.start >= quote.end ? k : k + 1;
      end = Math.max(t1, Math.min(end, past));
    }
    const passive = this.passive(trigger, t0, t1, s);
    // "son chef Hassan Nasrallah, tué la veille": a participle in apposition befalls the name before it
    const apposed = passive.voice && this.doc.tokens[t0 - 1]?.text === "," ? P.endingAt(t0 - 2) : null;
    // "tué dans une frappe israélienne", "après le coup d'État": a means or a circumstance has no subject of its own
    const means = [t0 - 1, t0 - 2, t0 - 3].some((k) => k >= s.firstToken && this.lex.adjunctLinks.longestAt(this.doc.tokens, k, t0)?.end === t0);
    // "Lebanon's health ministry said two people were killed": within reported content, the subject is the content's own;
    // a pronoun opening it ("X said it struck …") stands for the speaker
    let from = s.firstToken;
    if (quote?.kind === "indirect" && quote.start > tokens[s.firstToken]!.start) {
      const k = tokenIndexAt(tokens, quote.start);
      if (k < t0) from = k;
    }
    let found = apposed ?? (means ? null : P.before(t0, from));
    // ("a affirmé que ses troupes progressaient", "said its forces had taken …": the speaker's own forces, in what it reports)
    const tokensBefore = this.doc.tokens;
    if (!found && quote?.speaker && t0 >= 2 && this.lex.possessivePronouns.has(tokensBefore[t0 - 2]!.norm) && this.lex.stateNouns.has(tokensBefore[t0 - 1]!.norm))
      found = { id: quote.speaker, at: t0 - 2, end: t0, place: false, also: [] };
    if (!found && !means && from > s.firstToken && quote) {
      if (quote.speaker && P.participant(quote.speaker) && tokens.slice(from, t0).some((t) => t.kind === "word" && this.lex.subjectPronouns.has(t.norm)))
        found = { id: quote.speaker, at: from, end: from, place: false, also: [] };
      else {
        // ("a appelé Poutine à accepter un cessez-le-feu": content without a subject has the one the verb names before it, never the speaker)
        const wider = P.before(t0, s.firstToken);
        // (nor a name in the source's own phrase: "Selon un sondage Elabe, 61 % des Français soutiennent …")
        const cueAt = quote.cueSpan ? tokenIndexAt(tokens, quote.cueSpan.start) : -1;
        const according = cueAt >= 0 && !!this.quotes.according.longestAt(tokens, cueAt, s.endToken);
        const inSource = according && !!wider && tokens[wider.at]!.start >= quote.cueSpan!.start && tokens[wider.at]!.start < quote.start;
        found = wider && wider.id !== quote.speaker && !inSource ? wider : null;
      }
    }
    // "He also accused Moscow of …", "Il a appelé les préfets à …": a verb of speech with no subject named acts for the one who speaks;
    // "Les talibans ont interdit …, a dénoncé l'ONU": one whose subject follows it, after what it reports, acts on what that names
    const said = means ? undefined : this.quoteCuedAt(t0, t1);
    // (not for a death: "l'ONG a fait état de 602 morts" counts them, it neither kills nor dies)
    if (said?.speaker && P.participant(said.speaker) && !trigger.victim) {
      if (said.end <= tokens[t0]!.start) return { actors: [said.speaker], targets: found?.id && found.id !== said.speaker ? [found.id] : [], places: [] };
      found ??= { id: said.speaker, at: t0, end: t0, place: false, also: [] };
    }
    const left = source(found) ? null : found;
    const agent = passive.voice || passive.agent ? P.agent(t1, end) : null;
    if (agent) return { actors: ids(agent), targets: ids(left).filter((x) => x !== null), places: [] };
    // "Nasrallah a été tué dans une frappe", "Navalny has died": the subject is the one it befalls, the doer unnamed
    if (passive.voice || trigger.victim) {
      const right = P.after(t1, end);
      // (only a subject that stands just before the verb: a name further back is no victim of it)
      // (nor the subject of a verb of speech before it: "L'ONG a fait état de 602 morts")
      const reported = !!left && this.doc.tokens.slice(left.end, t0).some((_, j) => !!this.quotes.verbs.longestAt(this.doc.tokens, left.end + j, t0));
      const victim = left && !reported && (left.end >= t0 - VICTIM_REACH || this.doc.tokens[left.end]?.text === ",") ? left : null;
      const places = right?.place && right.id ? [right.id] : [];
      // "des soldats nord-coréens ont été déployés en Russie": what is deployed is its own side's force, the actor
      if (trigger.type === "MOBILIZE" && victim) return { actors: ids(victim), targets: [], places };
      const by = this.meansActor(t1, s);
      return { actors: by ? [by] : [], targets: ids(victim).filter((x) => x !== null), places };
    }
    let actors = ids(left);
    let targets: (string | null)[] = [];
    // ("accusing him of war crimes": an object pronoun stands for the person last named)
    let right = P.after(t1, end) ?? P.pronounObject(t1, this.pronounReachStart(s), ids(left));
    // ("visited the site on Saturday with Interior Minister Nancy Faeser": who goes along is not visited)
    if (right && !right.place && trigger.mode === "visit" && this.companionAt(right.at)) right = null;
    const places = right?.place && right.id ? [right.id, ...right.also] : [];
    // a country after a place word is where a meeting happens, but whom an attack, a visit or a sanction ("au Liban") is done to
    const inTarget = IN_TARGET.has(trigger.type) || trigger.mode === "visit" || (trigger.type !== "CONSULT" && !!right && P.direct(t1, right));
    const opposed = !!right && FOR_A_PARTY.has(trigger.type) && this.lex.opposingLinks.has(this.doc.tokens[right.at - 1]?.norm ?? "");
    // ("une aide militaire à Kiev": a capital after a place word stands for its state, as a country does, for whom an act is done)
    const state = !!right && (P.entity(right.id)?.geo?.kind === "country" || (FOR_A_PARTY.has(trigger.type) && !!this.doc.known.get(right.id ?? "")?.capitalOf));
    if (right && !opposed && (!right.place || (inTarget && state))) targets = ids(right);
    // "les frappes d'Israël contre le Hezbollah", "l'offensive du Hamas contre Israël": the agent of a noun, then its target
    const agentOf = right && !right.place && right.id ? P.agentOfNoun(t1, right, end) : null;
    if (agentOf) {
      actors = ids(right);
      targets = ids(agentOf);
    } else if (right && !right.place && genitiveAgent(this.doc.tokens, this.lex, t0, t1, right.at)) {
      // "des frappes de l'aviation russe", "le refus du Premier ministre": the party after "de" is who strikes or refuses
      // (and the party after it whom the act is for or against: "le soutien de la France à l'Ukraine")
      actors = ids(right);
      const next = P.after(right.end, end);
      targets = next && !next.place && next.id !== right.id ? ids(next) : [];
    } else if (!left && right && P.between(right) && right.also.length) {
      // "un cessez-le-feu entre le Hezbollah et Israël": one side acts with the other
      actors = [right.id];
      targets = right.also;
    } else if (!left && right && t0 - s.firstToken <= FRONTED) actors = ids(P.frontedSubject(right, end));
    // ("rallied in Sanaa on Friday against the United States": past a place and a time, the party an act is against;
    // a protest's before any other: "marched towards Parliament chanting slogans against President William Ruto")
    if ((!targets.length || trigger.type === "PROTEST") && !FOR_A_PARTY.has(trigger.type)) {
      const against = P.opposedAfter(t1, end);
      if (against && !actors.includes(against)) targets = [against];
    }
    // ("a appelé les nouvelles autorités à associer …", "urged the authorities to …": the state the document is about, or the one a demonym after the noun names)
    if (!targets.length && (ASKING.has(trigger.type) || trigger.type === "ACCUSE" || trigger.type === "CONSULT")) {
      const state = P.authorityAfter(t1, end);
      if (state && !actors.includes(state)) targets = [state];
    }
    // "China and the Philippines accused each other": each side of the other
    const reciprocal = [t1, t1 + 1].some((k) => k < s.endToken && !!this.lex.reciprocals.longestAt(this.doc.tokens, k, s.endToken));
    if (reciprocal && actors.length > 1) targets = [...actors];
    else if (MUTUAL.has(trigger.type) && actors.length > 1 && !targets.length) {
      targets = actors.slice(1);
      actors = actors.slice(0, 1);
    }
    return { actors, targets: targets.filter((x) => x !== null), places: PER_PLACE.has(trigger.type) ? places : places.slice(0, 1) };
  }

  private add(trigger: Trigger, t0: number, t1: number, s: Sentence): void {
    const { tokens } = this.doc;
    // "l'attaquant", "les manifestants": a participle after a determiner is a noun, a person, no event
    if (t1 - t0 === 1 && this.lex.agentNouns.test(tokens[t0]!.norm) && this.lex.determiners.has(tokens[t0 - 1]?.norm ?? "")) return;
    // ("the ousted government of Bashar al-Assad": a participle between an article and its noun is an adjective, no event)
    const next = tokens[t1];
    // (an adjective may stand between: "the first convicted felon")
    const article = this.lex.determiners.has(tokens[t0 - 1]?.norm ?? "") || (this.lex.determiners.has(tokens[t0 - 2]?.norm ?? "") && this.lex.attributiveModifiers.has(tokens[t0 - 1]?.norm ?? ""));
    if (t1 - t0 === 1 && this.lex.attributiveParticiple.test(tokens[t0]!.norm) && article && next?.kind === "word" && /^\p{Ll}/u.test(next.text) && !this.lex.complementLinks.has(next.norm) && !this.lex.passiveAgents.longestAt(tokens, t1, s.endToken)) return;
    // ("crashed near Aktau, killing 38", "le séisme a fait 632 morts", "est mort … à l'âge de 91 ans": the dead of an accident, a disaster or old age are no assault's)
    if (trigger.type === "ASSAULT" && (this.lex.casualties.longestAt(tokens, t0, t1) || trigger.victim) && this.accidentIn(s)) return;
    const P = this.parts;
    const around = this.quoteAround(tokens[t0]!.start);
    const sides = this.sides(trigger, t0, t1, s, around);
    // ("Farandou a évoqué une « attaque massive »": a noun quoted from a speaker names an act, no act of the speaker's; not "a promis d'« écraser »")
    const quoted = this.partialAround(tokens[t0]!.start);
    const opening = quoted ? tokenIndexAt(tokens, quoted.start) - 1 : -1;
    if (quoted?.speaker && sides.actors.includes(quoted.speaker) && this.lex.determiners.has(tokens[opening - 1]?.norm ?? "")) return;
    // ", en menaçant de …", ", killing …": a participle acts for the sentence's subject; so does "lors d'un entretien", "during a call"
    const participle = this.lex.participle.test(tokens[t0]!.norm) && this.lex.participleLinks.has(tokens[t0 - 1]?.norm ?? "");
    const during = [t0 - 1, t0 - 2].some((k) => k >= s.firstToken && !!this.lex.circumstanceLinks.longestAt(tokens, k, t0));
    if (participle || (during && !sides.actors.length)) {
      const subject = P.firstActor(s.firstToken, t0, sides.targets[0] ?? null);
      if (subject) sides.actors = [subject];
    }
    // "les FSR ont affirmé avoir pris Bara", "Russia claimed to have captured …", "Washington a annoncé une aide militaire à Kiev":
    // a report in the infinitive, or of an object, has its speaker for subject
    if (!sides.actors.length && !trigger.victim && around?.kind === "indirect" && around.speaker && around.speaker !== sides.targets[0] && (this.infinitiveReport(around) || this.objectReport(around, t0))) sides.actors = [around.speaker];
    // "the Israeli incursion", "l'incursion israélienne": a noun phrase's own demonym is its actor, whoever the sentence's subject
    const det = (k: number) => k >= s.firstToken && this.lex.determiners.has(tokens[k]!.norm);
    // (an adjective, not a name: "the Philippines accused" has its subject)
    const adjective = (k: number) => !P.named(k);
    const own = (det(t0 - 2) && adjective(t0 - 1) ? P.ownDemonym(t0 - 1) : null) ?? (det(t0 - 1) && t1 < s.endToken && adjective(t1) ? P.ownDemonym(t1) : null);
    if (own) sides.actors = [own];
    // "fired tear gas at thousands of protesters": a trigger that names who acts ("protesters") has no other subject
    else if (t1 - t0 === 1 && this.lex.agentTriggers.has(tokens[t0]!.norm)) sides.actors = [];
    // "a ban on live coverage issued by the authority": the agent of a participle after a noun trigger is its actor
    // "sanctions on Russia over its war in Ukraine": a possessive pronoun points to the party named just before it
    // (within reported content, only a party the content names: "Pékin a déclaré que sa visite …" is the minister's)
    const contentStart = around?.kind === "indirect" ? tokenIndexAt(tokens, around.start) : s.firstToken;
    const owner = this.lex.possessivePronouns.has(tokens[t0 - 1]?.norm ?? "") ? this.nearestBefore(t0 - 1, Math.max(s.firstToken, contentStart)) : null;
    // (one of coordinated subjects keeps them all)
    if (owner && !sides.actors.includes(owner)) {
      sides.actors = [owner];
      sides.targets = sides.targets.filter((id) => id !== owner);
    }
    // "The EU agreed on Tuesday to impose sanctions": an agreement with no other party, then an infinitive, is a decision told by the infinitive
    if (trigger.type === "AGREE" && !sides.targets.length && sides.actors.length < 2 && this.infinitiveAfter(t1, s)) return;
    const issuer = det(t0 - 1) ? P.participleAgent(t1, s.endToken) : null;
    if (issuer) {
      sides.actors = [issuer.id];
      sides.targets = sides.targets.filter((id) => id !== issuer.id);
    }
    // "frappes aériennes israéliennes", "Russian bombardment": a demonym next to the trigger names the actor
    // (not for what befalls its subject: "the Syrian army lost control of Hama" names the loser, "Saudi doctor arrested" the one held)
    if (!sides.actors.length && !trigger.victim && !this.passive(trigger, t0, t1, s).voice) {
      const demonym = P.demonymActor(t0, t1);
      if (demonym) sides.actors = [demonym];
    }
    if (trigger.needs?.startsWith("subject") && !sides.actors.length) return;
    if (trigger.needs?.endsWith("place") && !this.takesPlace(sides, t1, s)) return;
    if (trigger.needs === "captive" && !this.freesCaptives(sides, t0, t1, s)) return;
    // ("a appelé les habitants à évacuer": a verb of control asks for something only with its link and a verb after it; "a appelé son homologue" is a call)
    if (trigger.needs === "control" && !controlAfter(this.doc.tokens, this.quotes, t1, s)) return;
    // ("accepted the US proposal", "ont signé un accord"; not "accepted the award", "signed an executive order")
    if (trigger.needs?.startsWith("offer") && (nounAfter(this.doc.tokens, t1, s, this.lex.offerNouns) < 0 || (trigger.needs.endsWith("target") && !sides.targets.length))) return;
    // ("a convoqué l'ambassadeur d'Iran", "summoned the French envoy": the envoy's state is the target, named after it or by its demonym)
    if (trigger.needs === "envoy") {
      const envoy = nounAfter(this.doc.tokens, t1, s, this.lex.envoyNouns);
      if (envoy < 0) return;
      if (!sides.targets.length) {
        const state = P.demonymOf(envoy - 1) ?? P.demonymOf(envoy + 1);
        if (state) sides.targets = [state];
      }
    }
    // ("Israël et le Hamas ont reçu une proposition": the one received is the object named after the verb, not the other subject)
    // ("hailed the outcome", "a salué l'accord": the noun of an act stands for a target, whom the act concerned)
    if (trigger.needs === "target") {
      // (or its authorities, or its management: "recevra la direction du groupe")
      const objectNamed = sides.targets.length && !!(P.after(t1, s.endToken) ?? P.pronounObject(t1, this.pronounReachStart(s), sides.actors) ?? P.authorityAfter(t1, s.endToken));
      // ("a imposé des droits de douane sur les produits américains": a state named by its demonym alone is a target left unnamed)
      const demonymTarget = !sides.targets.length && this.lex.targetLinks.has(tokens[t1 - 1]?.norm ?? "") && P.demonymAfter(t1, s.endToken);
      if (!objectNamed && !demonymTarget && !(SUPPORTING.has(trigger.type) && this.answeredAct(t1, s)?.named === false)) return;
    }
    // "Arsenal a concédé le nul face à Aston Villa": between clubs, a result, no event of any type
    const parties = [...sides.actors, ...sides.targets].filter((id): id is string => !!id);
    if (parties.length && parties.every((id) => P.sector(id) === "SPT")) return;
    if (CONFLICT.has(trigger.type)) {
      // conquering a market, attacking in a match: no conflict
      if ([...sides.actors, ...sides.targets].some((id) => ["BUS", "MED", "SPT"].includes(P.sector(id) ?? ""))) return;
      for (let k = t1; k < Math.min(s.endToken, t1 + 4); k++) if (this.lex.nonConflict.longestAt(tokens, k, s.endToken)) return;
      if (this.civil(s.paragraph)) return;
    }
    const actors = sides.actors.length ? sides.actors : [null];
    const targets = sides.targets.length ? sides.targets : [null];
    const places = sides.places.length ? sides.places : [null];
    // what one trigger's events share, found once
    const at: Occurrence = { trigger, t0, t1, s, around, date: this.when.dateOf(s, t0, ASKING.has(trigger.type)), near: undefined };
    for (const a of actors.slice(0, MAX_PAIRS))
      for (const t of targets.slice(0, Math.max(1, Math.floor(MAX_PAIRS / actors.length)))) for (const p of places.slice(0, MAX_PAIRS)) this.addPair(at, a, t, p);
  }

  /** Whether what a trigger of taking takes is a place or a position ("reprendre Alep", "took the town"; not "reprendre la tête du championnat"). */
  private takesPlace(sides: { targets: string[]; places: string[] }, t1: number, s: Sentence): boolean {
    const P = this.parts;
    if ([...sides.targets, ...sides.places].some((id) => P.entity(id)?.type === "location")) return true;
    for (let k = t1; k < Math.min(s.endToken, t1 + 4); k++) if (this.lex.placeNouns.has(this.doc.tokens[k]!.norm)) return true;
    // ("chasser Bachar al-Assad de Damas": the place taken after the one driven out of it)
    for (let k = t1; k < Math.min(s.endToken, t1 + TAKEN_REACH); k++) if (P.entity(P.mentionStartingAt(k))?.type === "location") return true;
    return false;
  }

  /** Whether an assault naming one side only is a later telling of an earlier one: the same day, the side it names the same, its place in the other's. */
  private sameAttack(k: Draft, e: Draft): boolean {
    if (k.type !== e.type || !k.actor || !k.target || !e.date || k.date?.value !== e.date.value) return false;
    if ((e.actor && e.actor !== k.actor) || (e.target && e.target !== k.target)) return false;
    return !e.place || !k.place || e.place === k.place || this.parts.stateOfPlace(e.place) === k.place || this.parts.stateOfPlace(e.place) === k.target;
  }

  /** Whether `e` is one side's own telling, in a quotation, of the earlier event `k` its side did ("« Nous avons frappé … », a affirmé le porte-parole militaire israélien"). */
  private toldBySide(k: Draft, e: Draft): boolean {
    if (!this.firstPerson.has(e) || k.type !== e.type || !k.actor || !e.actor) return false;
    const side = this.parts.entity(e.actor)?.country;
    return !!side && (k.actor === e.actor || this.parts.entity(k.actor)?.country === side);
  }

  /** Whether a companion's link ("with", "avec") stands before the name at k, past its title and article ("with Interior Minister Nancy Faeser"). */
  private companionAt(k: number): boolean {
    const { tokens } = this.doc;
    for (let j = k - 1; j >= Math.max(0, k - 5); j--) {
      const t = tokens[j]!;
      if (this.lex.companionLinks.has(t.norm)) return true;
      if (t.kind !== "word" || !(/^\p{Lu}/u.test(t.text) || this.lex.determiners.has(t.norm))) return false;
    }
    return false;
  }

  /** Whether the trigger at t0 is a verb coordinated to the clause before it: a conjunction, then auxiliaries at most ("and condemned", "et a appelé"). */
  private coordinatedVerb(t0: number, s: Sentence): boolean {
    const { tokens } = this.doc;
    let k = t0 - 1;
    while (k > s.firstToken && this.lex.auxiliaries.has(tokens[k]!.norm)) k--;
    return k > s.firstToken && this.lex.conjunctions.has(tokens[k]!.norm);
  }

  /**
   * Whether a trigger at [k, end) follows words that point back (a link and a definite article,
   * or a definite article alone before a noun with no complement of its own: "qui parrainent la
   * trêve", not "the attack on Odesa"), and an event of its type was told in an earlier sentence.
   */
  private pointsBack(k: number, end: number, s: Sentence, type: string): boolean {
    const { tokens } = this.doc;
    const start = tokens[s.firstToken]!.start;
    // ("qui parrainent l'accord", "la trêve tient" after "l'accord de cessez-le-feu": a definite article before a noun an earlier sentence wrote; assaults excepted, each strike may be new)
    if (type !== "ASSAULT" && this.lex.pointingDeterminers.has(tokens[k - 1]?.norm ?? "") && !this.lex.targetLinks.has(tokens[end]?.norm ?? "") && this.earlierTriggers.has(this.triggerWords(k, k + 1))) return true;
    for (let j = k - 1; j >= Math.max(s.firstToken, k - 5); j--) {
      if (this.lex.backReferences.longestAt(tokens, j, k)?.end !== k) continue;
      const bare = this.lex.pointingDeterminers.has(tokens[j]!.norm) && j === k - 1;
      if (bare && this.lex.targetLinks.has(tokens[end]?.norm ?? "")) return false;
      // (or the same noun was written in an earlier sentence, though it made no event: "l'accord de cessez-le-feu" … "qui parrainent l'accord")
      // (past the lead, an event the headline told counts too: the lead's own was folded into it)
      return this.out.some((e) => e.type === type && e.trigger.start < start && (e.trigger.start >= this.headline || s.paragraph > 1)) || this.earlierTriggers.has(this.triggerWords(k, end));
    }
    return false;
  }

  /** Where the headline ends (0 when there is none) */
  private readonly headline: number;
  /** the words of reported speech (sources, adverbs, what opens reported content) */
  private readonly quotes: QuoteLexicon;

  /** The folded words of the triggers met in the sentences before the current one. */
  private readonly earlierTriggers = new Set<string>();

  private triggerWords(k: number, end: number): string {
    return this.doc.tokens.slice(k, end).map((t) => t.norm).join(" ");
  }

  /** Where the sentence PRONOUN_SENTENCES before `s` starts (the first sentence's start when there are fewer). */
  private pronounReachStart(s: Sentence): number {
    const i = countBefore(this.doc.sentences, (x) => x.firstToken < s.firstToken);
    return this.doc.sentences[Math.max(0, i - PRONOUN_SENTENCES)]?.firstToken ?? s.firstToken;
  }

  /** The end of a phrase that is no event (notEvents) starting within tokens [from, to) and running past `to`, or 0. */
  private setPhraseWithin(from: number, to: number, s: Sentence): number {
    for (let j = from; j < to; j++) {
      const not = this.lex.notEvents.longestAt(this.doc.tokens, j, s.endToken);
      if (not && not.end > to) return not.end;
    }
    return 0;
  }

  /**
   * Whether a release frees people: a person named as its object, or a noun of people held near it ("released three hostages", "prisoners
   * were freed"); a name after it counts as one word ("a remis au Comité international de la Croix-Rouge trois otages").
   */
  private freesCaptives(sides: { targets: string[] }, t0: number, t1: number, s: Sentence): boolean {
    if (sides.targets.some((id) => this.parts.entity(id)?.type === "person")) return true;
    const captive = (k: number) => this.lex.captiveNouns.has(this.doc.tokens[k]!.norm);
    for (let k = Math.max(s.firstToken, t0 - CAPTIVE_REACH); k < t1; k++) if (captive(k)) return true;
    for (let k = t1, words = 0; k < s.endToken && words < CAPTIVE_REACH; k = this.parts.pastMention(k), words++) if (captive(k)) return true;
    return false;
  }

  private addPair(at: Occurrence, actorId: string | null, targetId: string | null, objectPlace: string | null): void {
    const { trigger, t0, t1, s, around, date } = at;
    const { tokens, text } = this.doc;
    const P = this.parts;
    // ("J'appelle tout le monde à soutenir la résistance": what one asks others to do is not one's own act)
    // (not a verb coordinated after the one that asks: "said it had warned Germany and condemned the attack")
    if (actorId && this.asked && this.asked.actor && this.asked.end <= t0 && t0 - this.asked.end <= ASKED_REACH && !ASKING.has(trigger.type) && P.stateOf(actorId, false) === this.asked.actor && !this.coordinatedVerb(t0, s)) actorId = null;
    // ("sept personnes arrêtées" over a report of the gendarmes' operation: an arrest no one is named for is the police's the document names)
    if (!actorId && trigger.mode === "arrest") actorId = P.policeBody();
    // ("…, local officials said, blaming the RSF": whom unnamed accusers blame is the alleged author of the sentence's attack that names none)
    if (!actorId && targetId && trigger.type === "ACCUSE") {
      const attack = this.out.find((e) => e.type === "ASSAULT" && !e.actor && e.target !== targetId && e.trigger.start >= s.start && e.trigger.end <= tokens[t0]!.start);
      if (attack) {
        attack.actor = P.stateOf(targetId, true);
        if (attack.status === "reported") attack.status = "claimed";
      }
    }
    // who struck or marched may be unknown; who met, backed, asked or refused never is, in the news
    // (but unnamed sources may accuse: "…, local officials said, blaming the RSF")
    // (nor who made arrests told in the passive: "plus de 200 personnes ont été interpellées", "three men were arrested")
    // (told of a named or counted party just before its auxiliaries, not of a pronoun or a subject left out: "Nous avons … et avons été arrêtés")
    const held = trigger.mode === "arrest" && this.passive(trigger, t0, t1, s).voice && this.partyBeforeAuxiliaries(t0, s);
    if (!actorId && !ANONYMOUS.has(trigger.type) && !held && !(trigger.type === "ACCUSE" && targetId && this.unnamedSpeakerIn(s))) return;
    // ("une grève des agents d'accueil", "a walkout at the plant": a strike or a rally no one is named against is aimed at the body the document is about)
    // (not for a noun of the people protesting, "fired tear gas at protesters": they are the act's object there)
    const people = t1 - t0 === 1 && this.lex.agentTriggers.has(tokens[t0]!.norm);
    // ("le ministre a appelé les grévistes à …": a noun of those who protest is not the subject's protest)
    if (people && actorId && P.sector(actorId) !== "BUS" && trigger.type === "PROTEST") actorId = null;
    // ("Boeing machinists walked off the job", "les salariés de Renault se sont mis en grève": a company named with those who strike is whom they strike against)
    if (trigger.type === "PROTEST" && actorId && !targetId && P.sector(actorId) === "BUS") [actorId, targetId] = [null, actorId];
    // ("Rival Boeing delivered 348 aircraft, after a strike by machinists halted production": a company the sentence names before the strike, else the document's)
    // (a union's strike too: "the union called a strike at the plant" is against the company)
    if (trigger.type === "PROTEST" && (!actorId || P.sector(actorId) === "LAB") && !targetId && !people && P.mainBody && !this.sportsReport()) targetId = P.companyBefore(s.firstToken, t0) ?? P.protestTarget();
    // (a leader's own decree, "Yoon declared martial law", stays the leader's; the forces a leader commands fight for the state)
    let actor = actorId && P.stateOf(actorId, MILITARY.has(trigger.type) && trigger.type !== "COERCE");
    let target = targetId && P.stateOf(targetId, false);
    // ("Harris conceded the race at Howard University": a concession is made to the rival last named, not to where it is made)
    if (trigger.type === "CONCEDE" && actor && (!target || P.entity(target)?.type !== "person")) target = P.lastPersonBefore(t0, this.pronounReachStart(s), [actor]) ?? (target && P.entity(target)?.type === "location" ? target : null);
    // ("Barrot a averti que Paris répondrait": a threat names its maker's own side as the one who will act, and is aimed at the last other party that acted)
    const side = actor ? P.entity(actor)?.country : null;
    if (trigger.type === "THREATEN" && actor && target && side && P.entity(target)?.type === "location" && P.entity(target)?.country === side) target = this.lastOtherActor(actor, tokens[t0]!.start, null);
    if (actor && actor === target) target = null;
    // "Israel denied the allegations", "Herzog criticized the decision": a response to an act answers the last other party that acted
    let answered = actor && RESPONSES.has(trigger.type) ? this.answeredAct(Math.min(t0 + 1, t1), s) : null;
    // ("a condamné une occupation de territoire syrien": a place in the complement of the act condemned is where it was done, not whom the response answers)
    // (but the one whose noun it is, "la proposition du Brésil", "the offer of Brazil", made it)
    if (answered && !answered.named && target && P.entity(target)?.type === "location" && !this.agentOfAct(answered.at, targetId, s)) target = null;
    if (answered && target) answered = null;
    // ("a dénoncé une « agression » rwandaise", "denounced Rwandan aggression": a demonym beside the act's noun names who did it)
    // (not one after a link, whom the act befell: "a violation of Syrian sovereignty")
    const linkedAfter = answered ? this.lex.complementLinks.has(tokens[answered.at + 1]?.norm ?? "") : false;
    const author = answered ? [answered.at + 1, linkedAfter ? -1 : answered.at + 2, answered.at - 1].map((k) => P.demonymOf(k)).find((id) => id && id !== actor) : null;
    if (author) target = author;
    // (an act of its type told with no author, "condemned the attack" after a ramming no one is named for, has none to answer for it)
    else if (answered && !(answered.type && this.unclaimed(answered.type))) target = (answered.type && this.lastOtherActor(actor!, tokens[t0]!.start, answered.type)) || this.lastOtherActor(actor!, tokens[t0]!.start, null) || this.lastOtherSpeaker(actor!, tokens[t0]!.start);
    // (an outlet that reports the response is none of its parties: "Nissan's board rejected the plan, according to Reuters")
    if (answered && target && P.sector(target) === "MED") target = null;
    // ("had accused Panama of … and warned that he would …": a stance coordinated after another of the same actor in the sentence is aimed at its target)
    // (with no object of its own, a clause after it: not "et a appelé la communauté internationale à intervenir")
    const clauseAfter = this.quotes.complementizers.has(tokens[t1]?.norm ?? "") || this.quotes.complementizers.has(tokens[t1 - 1]?.norm ?? "");
    if ((ASKING.has(trigger.type) || trigger.type === "ACCUSE") && actor && !target && clauseAfter && this.coordinatedVerb(t0, s)) {
      for (let n = this.out.length - 1; n >= 0 && this.out[n]!.trigger.start >= s.start; n--) {
        const e = this.out[n]!;
        if (e.actor === actor && e.target && e.target !== actor) {
          target = e.target;
          break;
        }
      }
    }
    // ("« Il n'y a aucun sens militaire à cette attaque », a dénoncé Zelensky": an accusation whose sentence names an attack, and no one, is aimed at the attack's author)
    if (trigger.type === "ACCUSE" && actor && !target && !answered && !this.unclaimed("ASSAULT") && this.attackNamedIn(s, t0)) {
      const author = this.lastOtherActor(actor, tokens[t0]!.start, "ASSAULT");
      if (author && (!side || P.entity(author)?.country !== side)) target = author;
    }
    if (this.lex.weakTriggers.has(tokens[t0]!.norm) && t1 - t0 === 1 && !(actor && target)) return;
    if (objectPlace === null && at.near === undefined) at.near = P.placeNear(s, t0);
    // (a phone call happens in no one place: "lors d'une conversation téléphonique … la situation en Syrie")
    let place = trigger.mode === "phone" ? null : (objectPlace ?? at.near ?? null);
    // (arrests told of no one named are made by the state where they happen: "224 people had been detained" in Tbilisi)
    if (held && !actor && place) actor = P.stateOfPlace(place) ?? null;
    if (place && PER_PLACE.has(trigger.type) && !target) {
      const state = P.stateOfPlace(place);
      // (not a state's own body acting at home: "Turkish police arrested … in Istanbul" is no act on Turkey)
      const own = !!actor && ["GOV", "MIL"].includes(P.sector(actor) ?? "") && P.entity(actor)?.country === P.entity(state)?.country;
      if (state && state !== actor && !own) target = state;
    }
    // an armed group's assault with no target named strikes the state the document is about
    // (not the country of the source that reports it: "North Korea fired missiles into the sea, South Korea's military said")
    const reporter = around?.kind === "indirect" && around.speaker ? P.entity(around.speaker)?.country : undefined;
    if (trigger.type === "ASSAULT" && !target && actor && P.mainCountry && actor !== P.mainCountry && (P.sector(actor) === "REB" || P.entity(actor)?.geo?.kind === "country") && reporter !== P.entity(P.mainCountry)?.country) target = P.mainCountry;
    if (actor && actor === target) target = null;
    // an attack on a country ("ont attaqué le sud d'Israël") happens there, unless the sentence puts it somewhere in that country
    if (target && ASSAULTS_ON_PLACE.has(trigger.type) && P.entity(target)?.geo?.kind === "country" && P.stateOfPlace(place) !== target) place = target;
    if (!place && target && IN_TARGET.has(trigger.type) && P.entity(target)?.geo?.kind === "country") place = target;
    // a state's forces fighting an armed group, no place given, fight at home ("les forces syriennes ont remporté une victoire sur l'État islamique")
    if (!place && trigger.type === "ASSAULT" && actor && target && P.entity(actor)?.geo?.kind === "country" && P.sector(target) === "REB") place = actor;
    // a place left ("a quitté la Syrie", "withdrew from Kherson") is where the retreat happens
    if (trigger.type === "RETREAT" && targetId && P.entity(targetId)?.type === "location") place = targetId;
    // (a visit to a capital is made to its state: "une visite à Alger")
    if (trigger.mode === "visit" && !target && place && this.doc.known.get(place)?.capitalOf) target = P.stateOfPlace(place);
    // a visit to a place happens there: each of several destinations is its own visit's place
    if (trigger.mode === "visit" && target && P.entity(target)?.type === "location" && place !== target && P.stateOfPlace(place) !== target) place = target;
    if (place) place = P.narrowerPlace(s, t0, place);
    // ("anti-regime forces captured the city centre of Hama", "prenaient une à une les grandes villes": a place taken by no one named is taken from the state it lies in)
    if (trigger.type === "ASSAULT" && trigger.needs?.endsWith("place") && !actor && !target && place) target = P.stateOfPlace(place) ?? null;
    // what an actor says of its own deed is reported, unless it claims it in the infinitive ("affirme avoir tué"); what another says of it is claimed
    const quote = around && around.speaker && around.speaker === actor && !this.infinitiveReport(around) ? undefined : around;
    let status = this.when.statusOf(t0, t1, s, date, quote);
    // "a appelé Poutine à accepter un cessez-le-feu", "urged Israel to allow aid": what is asked for has not happened
    const asked = !!this.asked && this.asked.end <= t0 && t0 - this.asked.end <= ASKED_REACH && !STANCES.has(trigger.type) && !ASKING.has(trigger.type);
    if (asked && (status === "reported" || status === "claimed")) status = "intended";
    const draft: Draft = {
      type: trigger.type,
      mode: trigger.mode,
      trigger: { start: tokens[t0]!.start, end: tokens[t1 - 1]!.end, text: text.slice(tokens[t0]!.start, tokens[t1 - 1]!.end) },
      actor,
      target,
      place,
      date,
      status,
      source: status === "claimed" ? (quote?.speaker ?? null) : null,
      fatalities: trigger.type === "ASSAULT" ? this.when.fatalities(s) : null,
      evidence: { start: s.start, end: s.end },
    };
    if (trigger.victim && !actor && !target) this.deathsOnly.add(draft);
    if (held && !actor && !target) this.arrestsOnly.add(draft);
    if (answered && target) this.answers.add(draft);
    if (around?.kind === "direct" && actor === around.speaker && !target && !place) this.firstPerson.add(draft);
    this.out.push(draft);
  }

  /** events told only by deaths ("45 migrants sont morts"), with no one who caused them and no one named who died */
  private readonly deathsOnly = new Set<Draft>();
  /** arrests told in the passive of people counted or described, with no one named ("plus de 200 personnes ont été interpellées") */
  private readonly arrestsOnly = new Set<Draft>();

  /** Whether the document tells of armed violence: an armed group or force named, or an attack with its author. */
  private violent(): boolean {
    if ([...this.doc.known.values()].some((k) => k.sector === "MIL" || k.sector === "REB")) return true;
    return this.out.some((e) => CONFLICT.has(e.type) && !!e.actor && !this.deathsOnly.has(e));
  }

  /** Whether reported content opens with an infinitive ("avoir pris", "to have captured"): it has no subject of its own. */
  private infinitiveReport(q: QuoteRecord): boolean {
    const { tokens } = this.doc;
    const k = tokenIndexAt(tokens, q.start);
    return !!this.quotes.contentStarts.longestAt(tokens, k, k + 3) && tokens[k]!.start === q.start;
  }

  /**
   * Whether reported content is the object of its verb and the trigger at t0 heads it ("a annoncé
   * une aide militaire", "announced new sanctions"): the content follows the cue at once, a
   * determiner and a word or two before the trigger.
   */
  private objectReport(q: QuoteRecord, t0: number): boolean {
    if (!q.cueSpan || q.start < q.cueSpan.end || !/^\s*$/.test(this.doc.text.slice(q.cueSpan.end, q.start))) return false;
    const k = tokenIndexAt(this.doc.tokens, q.start);
    if (!this.lex.determiners.has(this.doc.tokens[k]!.norm)) return false;
    // ("a annoncé l'envoi d'une aide humanitaire": the trigger may be the complement of the object's head)
    return t0 - k <= 2 || (t0 - k <= OBJECT_COMPLEMENT && this.doc.tokens.slice(k + 1, t0).some((t) => this.lex.agentLinks.has(t.norm)));
  }

  /** The participant whose mention ends just before token k, after `from` (a few words at most between them). */
  private nearestBefore(k: number, from: number): string | null {
    for (let j = k - 1; j >= Math.max(from, k - POSSESSOR_REACH); j--) {
      const found = this.parts.endingAt(j);
      if (found) return found.id;
    }
    return null;
  }

  /** Whether an infinitive follows the trigger, times between them passed ("agreed on Tuesday to impose"). */
  private infinitiveAfter(t1: number, s: Sentence): boolean {
    const { tokens } = this.doc;
    let k = t1;
    while (k < s.endToken && this.inTime(k)) k++;
    const next = tokens[k + 1];
    return k < s.endToken - 1 && this.lex.infinitiveLinks.has(tokens[k]!.norm) && next?.kind === "word" && next.text === next.text.toLowerCase() && !this.lex.determiners.has(next.norm);
  }

  private timeTokens: Uint8Array | null = null;

  /** Words that may stand inside a trigger of several words: a time, an adverb of manner ("a pris officiellement le contrôle"). */
  private readonly passable = (k: number): boolean => this.inTime(k) || this.quotes.adverbEnding.test(this.doc.tokens[k]!.norm) || this.quotes.asides.longestAt(this.doc.tokens, k, k + 1) !== null;

  /** Whether token k lies in a time expression (the tokens of all of them marked once). */
  private inTime(k: number): boolean {
    if (!this.timeTokens) {
      const { tokens, times } = this.doc;
      const marked = new Uint8Array(tokens.length);
      for (const x of times) for (let j = tokenIndexAt(tokens, x.start); j < tokens.length && tokens[j]!.end <= x.end; j++) marked[j] = 1;
      this.timeTokens = marked;
    }
    return this.timeTokens[k] === 1;
  }

  run(): void {
    const { tokens } = this.doc;
    for (const s of this.doc.sentences) {
      const from = this.out.length;
      let last: { end: number; type: string } | null = null;
      this.asked = null;
      const sentenceTriggers: string[] = [];
      for (let k = s.firstToken; k < s.endToken; k++) {
        if (this.parts.covered[k]) continue;
        // "who asked not to be named": no trigger inside such a phrase
        const not = this.lex.notEvents.longestAt(tokens, k, s.endToken);
        if (not) {
          k = not.end - 1;
          continue;
        }
        // ("air defences shot down 81 missiles", "la défense antiaérienne a intercepté 40 drones": an interception, no assault)
        const intercept = this.lex.interceptVerbs.longestAt(tokens, k, s.endToken);
        const weapon = intercept ? weaponAfter(tokens, this.lex, intercept.end, s) : -1;
        if (weapon >= 0) {
          k = weapon;
          continue;
        }
        const m = this.lex.triggers.longestAt(tokens, k, s.endToken, this.passable) ?? sendingTroops(tokens, this.lex, k, s);
        // ("a accepté de suspendre pendant trente jours les frappes": a verb of halting governs the trigger)
        if (!m || insideName(this.doc, k, m.end, s) || this.lex.haltVerbs.endsNear(tokens, k, s.firstToken, HALT_REACH)) continue;
        // ("named Best Supporting Actor": a capitalized word inside a body sentence is part of a title or a name, no trigger)
        if (s.paragraph > 0 && /^\p{Lu}\p{Ll}/u.test(tokens[k]!.text) && tokens.slice(s.firstToken, k).some((t) => t.kind === "word")) continue;
        // ("a pris part", "has taken place": a set phrase beginning inside the trigger takes it over)
        const inner = this.setPhraseWithin(k + 1, m.end, s);
        if (inner) {
          k = inner - 1;
          continue;
        }
        // ("tired of being killed", "peur d'être arrêtés": a fear or a risk, no event)
        if (this.lex.hypotheticalBefore.endsNear(tokens, k, s.firstToken, 3)) continue;
        const trigger = this.readings.read(m.values[0]!, k, m.end, s);
        if (!trigger) {
          k = m.end - 1;
          continue;
        }
        // (the whole phrase and its head word: "l'accord" points back to "l'accord de cessez-le-feu")
        sentenceTriggers.push(this.triggerWords(k, m.end), this.triggerWords(k, k + 1));
        // ("des dépôts de missiles", "missile factories": a weapon's noun beside a store or a maker of weapons names no attack)
        if (weaponHeld(tokens, this.lex, k, m.end)) {
          k = m.end - 1;
          continue;
        }
        // ("Poland scrambled jets during the attack", "après l'attaque": an event told before, named again)
        if (this.pointsBack(k, m.end, s, trigger.type)) {
          k = m.end - 1;
          continue;
        }
        // "condemned the attack", "a salué l'accord", "a rejeté lundi toute trêve": an event named as the object of a stance is told elsewhere
        let j = k - 1;
        while (last && j >= last.end && (this.lex.determiners.has(tokens[j]!.norm) || this.inTime(j))) j--;
        // (but a call to protest calls for one that is to come: "son appel à la grève", read with the call below)
        const object = !!last && j === last.end - 1 && STANCES.has(last.type) && last.type !== trigger.type && !(last.type === "REQUEST" && trigger.type === "PROTEST");
        if (!object && !this.consumed.has(k)) this.add(trigger, k, m.end, s);
        if (ASKING.has(trigger.type)) {
          const made = this.out[this.out.length - 1];
          this.asked = { end: m.end, actor: made && made.trigger.start === tokens[k]!.start ? made.actor : null };
        }
        last = { end: m.end, type: trigger.type };
        k = m.end - 1;
      }
      this.mergeSentence(from);
      // (a headline's words are told again in full by its lead: they point back to nothing)
      if (s.start >= this.headline) for (const w of sentenceTriggers) this.earlierTriggers.add(w);
    }
    // deaths with no one who caused them are an assault only where the document tells of armed violence ("45 migrants sont morts en Méditerranée" is none)
    if (this.deathsOnly.size && !this.violent()) this.out = this.out.filter((e) => e.actor || e.target || !this.deathsOnly.has(e));
    // a headline and its article tell one event twice, the second time often with another date
    const seen = new Map<string, Draft>();
    const unique: Draft[] = [];
    const reference = this.doc.reference?.value;
    for (const e of this.out) {
      // (arrests by one body on one day, in several villages, are one operation)
      const place = e.mode === "arrest" ? e.date?.value : e.place;
      const key = `${e.type}|${e.actor}|${e.target}|${place}|${e.status === "historical" ? e.date?.value : ""}`;
      const first = seen.get(key);
      if (first) {
        // ("his attempt to impose martial law … declared martial law on December 3": the day the text gives, not the day of writing it fell back on)
        if (first.date?.value === reference && e.date && e.date.value !== reference && e.status === first.status) first.date = e.date;
        continue;
      }
      seen.set(key, e);
      // ("A man was injured in Zaporizhzhia, the governor said" after "Russia struck Ukraine overnight": a side of the same day's attack, told again)
      const told = e.type === "ASSAULT" && (!e.actor || !e.target) ? unique.find((k) => this.sameAttack(k, e) || this.toldBySide(k, e)) : undefined;
      if (told) {
        told.fatalities ??= e.fatalities;
        continue;
      }
      unique.push(e);
    }
    this.doc.events = this.foldHeadline(unique).map((e, i) => ({ id: `V${i + 1}`, ...e }));
  }

  /**
   * A headline retells an event its article tells ("Les paramilitaires s'emparent du camp" over
   * "Les FSR ont affirmé avoir pris le contrôle du camp"): a headline's event goes into the first
   * later one of its type whose participants it fits, when that one names a participant the
   * headline leaves out or is told in the same word; it keeps what each names.
   */
  private foldHeadline(events: Draft[]): Draft[] {
    const headline = this.headline;
    if (!headline) return events;
    const fits = (a: string | null, b: string | null) => !a || !b || a === b;
    // (not an earlier development the article recalls: "fighting the army since April 2023" under a headline of Friday's strike)
    // (a date that fell back on the day of writing pins nothing)
    const reference = this.doc.reference?.value;
    const pinned = (d: Draft) => (d.date && d.date.value !== reference ? d.date.value : null);
    const sameTime = (a: Draft, b: Draft) => {
      const [x, y] = [pinned(a), pinned(b)];
      return (a.status === "historical") === (b.status === "historical") && (!x || !y || x.startsWith(y) || y.startsWith(x));
    };
    return events.filter((e) => {
      if (e.trigger.start >= headline) return true;
      // (whatever places each names: a headline names the region, its lead the town; told again when the lead names whom the headline leaves out, in the same word, or with the same toll)
      const told = events.find((k) => k.trigger.start >= headline && k.type === e.type && sameTime(e, k) && fits(e.actor, k.actor) && fits(e.target, k.target) && ((!e.actor && !!k.actor) || (!e.target && !!k.target) || sameStem(e.trigger.text, k.trigger.text) || (e.fatalities !== null && e.fatalities === k.fatalities)));
      if (!told) return true;
      told.actor ??= e.actor;
      told.target ??= e.target;
      told.place ??= e.place;
      told.fatalities ??= e.fatalities;
      if (pinned(e) && !pinned(told)) told.date = e.date;
      return false;
    });
  }

  /**
   * A call to protest and the protest it calls for are one protest to come, by whoever called it
   * ("SUD-Rail a confirmé son appel à la grève des contrôleurs de la SNCF", "La CGT appelle à
   * manifester jeudi"): the request goes into the protest that follows it within a few words.
   */
  private foldCalls(events: Draft[]): void {
    for (let n = 0; n < events.length; n++) {
      const call = events[n]!;
      if (call.type !== "REQUEST") continue;
      // (not a noun of those who protest, the call's object: "a appelé les grévistes à …")
      const protest = events.find((p) => p.type === "PROTEST" && !this.lex.agentTriggers.has(fold(p.trigger.text)) && p.trigger.start >= call.trigger.end && this.wordsBetween(call.trigger.end, p.trigger.start) <= CALL_REACH);
      if (!protest) continue;
      protest.actor ??= call.actor;
      protest.target ??= call.target;
      protest.status = protest.status === "negated" ? "negated" : "intended";
      events.splice(n--, 1);
    }
  }

  /** Whether event b's trigger is a noun set in apposition after event a's clause: after a comma, with two words at most before it ("…, the first visit …"). */
  private inApposition(a: Draft, b: Draft): boolean {
    if (a.trigger.end > b.trigger.start) return false;
    const between = this.doc.text.slice(a.trigger.end, b.trigger.start);
    const comma = between.lastIndexOf(",");
    const words = between.slice(comma + 1).split(/\s+/).filter(Boolean);
    // (a noun of one word, no verb coordinated after the comma: not "…, puis se rendra en Espagne")
    return comma >= 0 && !/[.;:!?()«»"“”]/.test(between) && !/\s/.test(b.trigger.text.trim()) && words.length <= 2 && !words.some((w) => this.lex.conjunctions.has(fold(w)));
  }

  /** Words between two offsets, or Infinity when a punctuation mark stands between them. */
  private wordsBetween(from: number, to: number): number {
    const between = this.doc.text.slice(from, to);
    return /[.,;:!?()«»"“”]/.test(between) ? Infinity : between.split(/\s+/).filter(Boolean).length;
  }

  /**
   * One sentence's events: those with neither actor nor target go, unless they count the dead
   * somewhere or in the news ("des frappes ont tué douze civils à Alep", "eight people were killed in clashes across the country";
   * not a war's toll since it began, with no place) or are a protest somewhere ("des milliers
   * de personnes ont défilé samedi à Paris", not "fired tear gas at protesters in Nairobi"); of one type, an event whose
   * participants and place another's include ("attaques" beside "missiles" beside "tués") is that one.
   */
  private mergeSentence(from: number): void {
    const told = this.out.splice(from);
    this.foldCalls(told);
    const events = told.filter(
      (e) =>
        e.actor ||
        e.target ||
        (e.type === "ASSAULT" && e.fatalities && (e.place || e.status !== "historical")) ||
        (e.type === "PROTEST" && e.place && e.status !== "historical" && !this.lex.agentTriggers.has(fold(e.trigger.text))) ||
        (this.arrestsOnly.has(e) && e.status !== "historical"),
    );
    const kept: Draft[] = [];
    const fits = (a: string | null, b: string | null) => !a || !b || a === b;
    // "Qalibaf et Sabbagh ont discuté … par téléphone": the same two, whichever way round
    const sameSides = (a: Draft, b: Draft) => MUTUAL.has(a.type) && [a.actor, a.target].every((x) => !x || x === b.actor || x === b.target);
    // "Keir Starmer visited Washington for talks with Donald Trump": a visit to a place and a meeting there are one consultation, with whom he met
    const isPlace = (id: string | null) => !!id && this.doc.entities.find((x) => x.id === id)?.type === "location";
    const visit = (a: Draft, b: Draft) => a.type === "CONSULT" && a.actor === b.actor && isPlace(a.target) && !!b.target && !isPlace(b.target);
    for (const e of events) {
      // ("ont rencontré vendredi à Damas le nouveau dirigeant, première visite de ce niveau depuis …": a noun in apposition names the meeting told before the comma)
      if (e.type === "CONSULT" && kept.some((k) => k.type === e.type && this.inApposition(k, e))) continue;
      const met = kept.find((k) => k.type === e.type && (visit(k, e) || visit(e, k)));
      if (met) {
        const [place, other] = isPlace(met.target) ? [met.target, e.target] : [e.target, met.target];
        Object.assign(met, { target: other, place: met.place ?? e.place ?? place });
        continue;
      }
      const same = kept.find((k) => k.type === e.type && fits(e.place, k.place) && ((fits(e.actor, k.actor) && fits(e.target, k.target)) || sameSides(e, k)));
      if (!same) {
        kept.push(e);
        continue;
      }
      same.actor ??= e.actor;
      same.target ??= e.target;
      same.place ??= e.place;
      same.fatalities ??= e.fatalities;
      same.mode ??= e.mode;
    }
    this.out.push(...kept);
  }
}
