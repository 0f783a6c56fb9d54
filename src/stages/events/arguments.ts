import { nameGender } from "../../knowledge/given-names.js";
import type { AnalyzedDocument, EntityRecord, Sentence, Token } from "../../document/document.js";
import { beforeBrackets, tokenIndexAt } from "../../document/offsets.js";
import type { Knowledge } from "../../knowledge/knowledge.js";
import type { EventLexicon } from "./lexicon.js";
import { countBefore } from "../../util/sorted.js";
import { quoteLexicon, type QuoteLexicon } from "../quotes/lexicon.js";
import { fold } from "../../text/fold.js";
import { inRelativeClause } from "./circumstances.js";

interface Slot {
  id: string;
  t0: number;
  t1: number;
}

/** sectors of organizations that protests come from, report on or face, not what they are aimed at: unions, media, NGOs, armed forces */
const UNTARGETED_SECTORS = new Set(["LAB", "MED", "NGO", "MIL"]);
/** how far after its trigger, in tokens, "against X" may name the party an act is against */
const OPPOSED_REACH = 12;
/** lower-case words of a description that may stand between a conjunction and a coordinated subject's name ("et le groupe turc Botas") */
const DESCRIPTION_WORDS = 3;
/** lower-case nouns that may stand between an organization and the person it describes ("Wall Street Journal reporter Evan Gershkovich") */
const MODIFIER_NOUNS = 2;
/** how far from its trigger, in tokens, an event's place may stand in the sentence */
const PLACE_REACH = 60;
/** An argument found beside a trigger: an entity, or a group the text names but the knowledge cannot (id null, "les rebelles"). */
/** how far back (in characters) a quotation holding a word may start */
const QUOTE_SPAN = 5_000;
export interface Found {
  id: string | null;
  /** its tokens [at, end) */
  at: number;
  end: number;
  /** where the event happens rather than who takes part in it */
  place: boolean;
  /** the participants coordinated with it ("Netanyahu, Gallant et Deif"), in order */
  also: string[];
}

const CLAUSE_END = /^[;:—–]$/;
/** how far from a trigger its arguments are looked for, in tokens */
const REACH = 20;
/** the longest description after a trigger that a person's name in apposition names ("la cheffe de l'opposition, María Corina Machado,"), in tokens */
const DESCRIPTION_TOKENS = 7;
/** the longest apposition between a subject and its verb, in tokens ("Evo Morales, rival de Luis Arce au sein du Mouvement vers le socialisme (MAS), a appelé") */
const APPOSITION_TOKENS = 20;
/** how far after a passive trigger the word introducing its agent may stand, in tokens */
const AGENT_REACH = 6;

/**
 * The entities of one document as they stand in its tokens, and the ways an event's trigger
 * reaches them: the subject before it, the object after it, the agent of a passive, the places
 * it happens in. A country's forces, army or capital stand for its state.
 */
export class Participants {
  private readonly mentionStart = new Map<number, Slot>();
  private readonly mentionEnd = new Map<number, Slot>();
  /** tokens inside an entity mention, where no trigger is looked for */
  readonly covered: Uint8Array;
  private readonly entities = new Map<string, EntityRecord>();
  /** country code → the entity of that country the document names */
  readonly countryEntity = new Map<string, string>();
  /** the country the document names most: whose "government forces" they are */
  readonly mainCountry: string | null;
  /** the organization the document names most, of those a strike or a rally may be aimed at (no union, outlet or NGO), or null */
  readonly mainBody: string | null;

  /** the words of reported speech, which tell sources, speech verbs and bodies' sectors */
  private readonly quotes: QuoteLexicon;

  constructor(
    private readonly doc: AnalyzedDocument,
    private readonly lex: EventLexicon,
    private readonly knowledge: Knowledge,
  ) {
    const { tokens } = doc;
    this.quotes = quoteLexicon(doc.lang);
    this.covered = new Uint8Array(tokens.length);
    const at = (offset: number) => tokenIndexAt(tokens, offset);
    const counts = new Map<string, number>();
    for (const e of doc.entities) {
      this.entities.set(e.id, e);
      if (e.geo?.kind === "country" && e.country) this.countryEntity.set(e.country, e.id);
      for (const m of e.mentions) {
        const slot = { id: e.id, t0: at(m.start), t1: at(m.end - 1) + 1 };
        this.covered.fill(1, slot.t0, slot.t1);
        // ("Iran-backed militias", "a US-led coalition": a name in a compound modifies the noun after it, which is the party)
        const next = tokens[slot.t1];
        if (next?.kind === "clitic" && next.text.startsWith("-")) continue;
        this.mentionStart.set(slot.t0, slot);
        this.mentionEnd.set(slot.t1 - 1, slot);
        // (the noun before the name, "le syndicat FO", or after it, "the FIOM union")
        const cue = e.type === "organization" ? (this.quotes.sectorNouns.get(tokens[slot.t0 - 1]?.norm ?? "") ?? this.quotes.sectorNouns.get(tokens[slot.t1]?.norm ?? ""))?.[0] : undefined;
        if (cue && !this.cuedSectors.has(e.id)) this.cuedSectors.set(e.id, cue);
        if (e.country) counts.set(e.country, (counts.get(e.country) ?? 0) + 1);
      }
    }
    const top = [...counts].sort((a, b) => b[1] - a[1])[0];
    this.mainCountry = top ? (this.countryEntity.get(top[0]) ?? null) : null;
    // (the organization the document names most, first named on a tie, among those a protest may be against)
    const bodies = doc.entities.filter((e) => e.type === "organization" && !UNTARGETED_SECTORS.has(this.sector(e.id) ?? ""));
    this.mainBody = bodies.sort((a, b) => b.mentions.length - a.mentions.length)[0]?.id ?? null;
    this.hideMediators();
  }

  /** Whether a name at token k (after determiners) is followed by a comma or a conjunction: a list goes on. */
  private listGoesOn(k: number): boolean {
    const { tokens } = this.doc;
    while (k < tokens.length && (this.lex.determiners.has(tokens[k]!.norm) || this.lex.complementLinks.has(tokens[k]!.norm))) k++;
    const m = this.mentionStart.get(k);
    const next = m ? tokens[m.t1] : undefined;
    return !!next && (next.text === "," || this.lex.conjunctions.has(next.norm));
  }

  /**
   * Mediators are no party to what they mediate: the names listed after "brokered by", "sous
   * l'égide de" or before "mediating" are left out of every event's arguments.
   */
  private hideMediators(): void {
    const { tokens } = this.doc;
    const hide = (m: Slot) => {
      this.mentionStart.delete(m.t0);
      this.mentionEnd.delete(m.t1 - 1);
    };
    // a list of names: determiners, names, commas, conjunctions ("du Qatar et de l'Égypte")
    const link = (k: number) => this.lex.determiners.has(tokens[k]!.norm) || this.lex.conjunctions.has(tokens[k]!.norm) || this.lex.complementLinks.has(tokens[k]!.norm) || tokens[k]!.text === ",";
    for (let i = 0; i < tokens.length; i++) {
      const before = this.lex.mediatorsBefore.longestAt(tokens, i, tokens.length);
      if (before) {
        for (let k = before.end; k < tokens.length; ) {
          const m = this.mentionStart.get(k);
          if (m) {
            hide(m);
            k = m.t1;
            // (", Israel said": past a comma, only a list going on names mediators)
            if (tokens[k]?.text === "," && !this.listGoesOn(k + 1)) break;
          } else if (link(k) && (k > before.end || tokens[k]!.text !== ",")) k++;
          else break;
        }
        continue;
      }
      const after = this.lex.mediatorsAfter.longestAt(tokens, i, tokens.length);
      if (!after) continue;
      for (let k = i - 1; k >= 0; ) {
        const m = this.mentionEnd.get(k);
        if (m) {
          hide(m);
          k = m.t0 - 1;
        } else if (link(k)) k--;
        else break;
      }
    }
  }

  entity(id: string | null): EntityRecord | undefined {
    return id ? this.entities.get(id) : undefined;
  }

  sector(id: string | null): string | undefined {
    return (id && (this.doc.known.get(id)?.sector ?? this.cuedSectors.get(id))) || undefined;
  }

  /** the sector a noun just before an organization's mention gives it, when the knowledge does not ("le syndicat Sud Culture": LAB) */
  private readonly cuedSectors = new Map<string, string>();

  /** A country's forces, army or capital (and, for a military act, its leader in office) stand for the country the document names. */
  stateOf(id: string, military: boolean): string {
    const known = this.doc.known.get(id);
    const e = this.entities.get(id);
    if (!known || !e) return id;
    const ref = this.doc.reference?.value ?? "9999";
    const leads = military && e.type === "person" && known.offices.some((o) => (!o.from || o.from <= ref) && (o.to === null || o.to > ref));
    const code = known.capitalOf ?? ((known.sector === "MIL" && e.type === "organization") || leads ? known.country : null);
    return (code && this.countryEntity.get(code)) ?? id;
  }

  /** The police body the document names first (its name says police, gendarmerie, a sheriff's office), or null. */
  policeBody(): string | null {
    return this.doc.entities.find((e) => e.type === "organization" && this.lex.policeNames.test(e.name))?.id ?? null;
  }

  /** Whom a protest no one is named against is aimed at: the body the document names most, or the state when that body is one of the state's ("la police" in a report of rallies in Tbilisi: Georgia). */
  protestTarget(): string | null {
    const body = this.entity(this.mainBody);
    if (!body || !["GOV", "MIL"].includes(this.sector(body.id) ?? "")) return this.mainBody;
    return (body.country && this.countryEntity.get(body.country)) ?? body.id;
  }

  /** The last company named in tokens [from, to), or null. */
  companyBefore(from: number, to: number): string | null {
    for (let k = to - 1; k >= from; k--) {
      const m = this.mentionEnd.get(k);
      if (m && m.t0 >= from && this.sector(m.id) === "BUS") return m.id;
    }
    return null;
  }

  /** The state a place lies in, when the document names that state. */
  stateOfPlace(id: string | null): string | null {
    // (a place the knowledge does not know lies in the country the text or the document gives it: "the town of Kavumu")
    const e = this.entity(id);
    const country = e?.geo ? e.geo.country : e?.type === "location" ? e.country : null;
    return (country && this.countryEntity.get(country)) ?? null;
  }

  /** Whether an entity can act or be acted on: people, organizations, countries, capitals (for their state); other places are where things happen. */
  participant(id: string): boolean {
    const e = this.entities.get(id);
    if (!e) return false;
    if (e.type !== "location") return true;
    return e.geo?.kind === "country" || !!this.doc.known.get(id)?.capitalOf;
  }

  /** The last armed group named before token k: what "les rebelles", "the insurgents" point back to. */
  private lastArmedGroup(k: number): string | null {
    // (groups, not their people: "A Houthi spokesman, Yahya Saree, said five fighters had been killed")
    const groups = this.organizationsOf("REB");
    const lo = countBefore(groups, (g) => g.t0 <= k);
    // one named within a few words after ("groupes terroristes, dirigés par HTC") is the one meant; else the last before
    const after = groups[lo];
    const before = groups[lo - 1];
    const dAfter = after && after.t0 - k <= 8 ? after.t0 - k : Infinity;
    const dBefore = before ? k - before.t0 + 8 : Infinity;
    if (dAfter === Infinity && dBefore === Infinity) return null;
    return (dAfter <= dBefore ? after : before)!.id;
  }

  /** "les forces gouvernementales" (the state the document is about), "les rebelles" (the armed group last named, or one the knowledge cannot name) at token k. */
  private forcesAt(k: number, limit: number): { id: string | null; end: number } | null {
    const { tokens } = this.doc;
    const rebels = this.lex.rebelNouns.longestAt(tokens, k, limit);
    // ("RSF fighters", "Hamas militants": the fighters of the organization named just before)
    const owner = rebels ? this.mentionEnd.get(k - 1) : undefined;
    if (rebels && owner && this.entities.get(owner.id)?.type === "organization") return { id: owner.id, end: rebels.end };
    if (rebels) return { id: this.lastArmedGroup(k), end: rebels.end };
    const forces = this.lex.governmentForces.longestAt(tokens, k, limit);
    // (not another state's, named after it: "the government of Venezuela", "le gouvernement syrien" is read as a demonym)
    const owned = !!forces && (this.lex.complementLinks.has(tokens[forces.end]?.norm ?? "") || !!this.demonymOf(forces.end));
    if (forces && !owned && this.mainCountry) return { id: this.mainCountry, end: forces.end };
    // (the subject of a verb right after it, not of a noun further on: "Police arrested three men over the attack")
    // (a police the text does not name is the state's, as government forces are: "Police arrested three opposition leaders")
    const body = this.lex.bodyNouns.has(tokens[k]!.norm) && limit - k <= 3 ? (this.bodyNamed(tokens[k]!.norm) ?? this.mainCountry) : null;
    return body ? { id: body, end: k + 1 } : null;
  }

  private readonly bodies = new Map<string, string | null>();

  /** The organization of the document whose name holds a noun ("Greater Manchester Police" for "police"), the first named; once per noun. */
  private bodyNamed(noun: string): string | null {
    let id = this.bodies.get(noun);
    if (id === undefined) {
      id = [...this.entities.values()].find((e) => e.type === "organization" && [e.name, ...e.aliases].some((n) => fold(n).split(/[\s'’-]+/).includes(noun)))?.id ?? null;
      this.bodies.set(noun, id);
    }
    return id;
  }

  /** The subject before the trigger: an entity, "les forces gouvernementales", "the rebels"; an apposition just before it passed over. */
  before(t0: number, from: number): Found | null {
    const { tokens } = this.doc;
    let k = t0 - 1;
    while (k >= from && this.lex.auxiliaries.has(tokens[k]!.norm)) k--;
    // ("Zelensky thanked Poland for its support and called on …", "… et a appelé …": a verb coordinated to the clause before shares its subject)
    // (not an infinitive after "à", which folds like the auxiliary "a": "et à soutenir")
    const infinitive = tokens.slice(k + 1, t0 + 1).some((t) => /^à$/i.test(t.text));
    const verb = !infinitive && (k < t0 - 1 || this.lex.auxiliaries.has(tokens[t0]!.norm) || this.lex.pastParticiple.test(tokens[t0]!.norm));
    // (after a word, or a quotation closed: "a accusé Israël de commettre « un massacre » et a appelé …")
    const closes = tokens[k - 1]?.kind === "word" || (tokens[k - 1]?.kind === "quote" && tokens[k - 2]?.kind === "word");
    if (verb && k > from && this.lex.conjunctions.has(tokens[k]!.norm) && closes) {
      // ("said it had warned German authorities … and condemned": a pronoun opening the clause is its subject, the speaker's)
      if (this.lex.subjectPronouns.has(tokens[from]!.norm)) return null;
      const subject = this.firstMention(from, k);
      if (subject) return { id: subject.id, at: subject.t0, end: subject.t1, place: false, also: [] };
    }
    k = beforeBrackets(tokens, k, from);
    // "Le président du Parlement iranien, Mohammad Baqer Qalibaf, a réitéré": a person named just before the comma is the subject
    if (tokens[k]?.text === ",") {
      const person = this.endingAt(k - 1);
      // (not "Qalibaf et son homologue syrien, Hammouda Sabbagh, ont discuté": a coordination before names two sides, read below)
      let open = person ? person.at - 2 : -1;
      while (open >= from && open > k - 16 && tokens[open]!.text !== ",") open--;
      const coordinated = !!person && tokens.slice(Math.max(open + 1, from), person.at - 1).some((t) => this.lex.conjunctions.has(t.norm));
      // (a title may stand between the comma and the name: "Le chef de l'armée, le général Abdel Fattah al-Burhane, a rejeté", "…, General X, rejected")
      const titled = !!person && open >= from && person.at - open <= 4 && tokens.slice(open + 1, person.at).every((t) => t.kind === "word" || t.kind === "clitic");
      if (person?.id && person.at >= from && !coordinated && this.entities.get(person.id)?.type === "person" && (tokens[person.at - 1]?.text === "," || titled)) return person;
    }
    // "les forces syriennes, soutenues par l'Iran et la Russie, ont remporté": the subject stands before the apposition
    if (tokens[k]?.text === ",") {
      for (let j = k - 1; j >= Math.max(from, k - APPOSITION_TOKENS); j--)
        if (tokens[j]!.text === ",") {
          k = j;
          break;
        }
    }
    // "… Bachar al-Assad, qui a quitté le pays": a relative pronoun's subject is the name before it
    if (k >= from && this.lex.relatives.has(tokens[k]!.norm)) {
      const antecedent = this.endingAt(tokens[k - 1]?.text === "," ? k - 2 : k - 1);
      // (not a place the noun before lies in: "la frappe contre son consulat à Damas, qui a tué sept officiers")
      if (antecedent && !this.placeLinked(antecedent.at)) return antecedent;
    }
    // "Le président du comité, Tony Estanguet, a salué": the name just before the comma is the subject
    const named = tokens[k]?.text === "," ? this.endingAt(k - 1) : null;
    if (named?.id && named.at >= from && this.entities.get(named.id)?.type === "person") return named;
    const apposition = tokens[k]?.text === "," && k < t0 - 1 ? this.mentionStart.get(k + 1) : undefined;
    for (; k >= from && k >= t0 - REACH; k--) {
      if (CLAUSE_END.test(tokens[k]!.text)) break;
      // ("the General Staff said the refinery supplied fuel": a clause reported after a verb of speech has its subject after that verb, not its speaker)
      if (k < t0 - 1 && this.reportsClause(k, t0) && !this.pronounSubjectAfter(k, t0)) return null;
      // "Ukraine marked the day as European leaders arrived": the subject of a subordinate clause follows its conjunction
      if (k < t0 - 1 && this.lex.clauseBreaks.longestAt(tokens, k, t0)) break;
      // "any deal that rewards aggression", "le groupe qui a revendiqué": a relative clause's subject is the noun it follows, no name
      if (k < t0 - 1 && this.relativeAfterNoun(k)) break;
      const m = this.mentionEnd.get(k);
      // ("Keir Starmer visited Washington for talks": a name just after a trigger is its object, and the subject stands before that
      // trigger; not the object of a verb of control, which acts in what follows: "accused Rwanda of sending troops")
      // (but a name right before a noun trigger is its agent: "Panama rejects Trump threat")
      const governing = m && m.t1 !== t0 && !this.quotes.controlLinks.has(tokens[m.t1]?.norm ?? "") ? this.triggerEndingAt(m.t0, from) : -1;
      if (governing >= 0 && !this.lex.possessives.has(tokens[k + 1]?.norm ?? "")) {
        k = governing;
        continue;
      }
      // "Israel's military campaign": a possessive before the trigger is its actor, whatever stands before it
      const possessive = !!m && this.lex.possessives.has(tokens[k + 1]?.norm ?? "") && t0 - (k + 1) <= 3;
      // ("JAKARTA - …": a dateline is no subject)
      const dateline = !!m && /^[:—–-]$/.test(tokens[m.t1]?.text ?? "");
      if (m && !dateline && this.participant(m.id) && !this.placeLinked(m.t0) && (possessive || !this.complement(m.t0)) && this.sector(m.id) !== "MED") {
        const all = [...this.conjunctsBefore(m.t0, from), m.id];
        // "Qalibaf et son homologue syrien, Hammouda Sabbagh, ont discuté": the apposition names the second
        if (apposition && tokens.slice(m.t1, apposition.t0).some((t) => this.lex.conjunctions.has(t.norm))) all.push(apposition.id);
        return { id: all[0]!, at: m.t0, end: m.t1, place: false, also: all.slice(1) };
      }
      const forces = this.forcesAt(k, t0);
      if (forces) return { id: forces.id, at: k, end: forces.end, place: false, also: [] };
      // ("Jeudi, l'armée a bombardé …", "the ministry announced strikes": a body's noun after an article points back to the body of its kind last named)
      const body = k > from ? this.bodyDescribed(k - 1) : null;
      if (body) return { id: body, at: k - 1, end: k + 1, place: false, also: [] };
      // "Russian and Syrian warplanes", "l'armée syrienne"
      const state = this.demonymAt(k);
      if (state) {
        const link = tokens[k - 1];
        const other = link && this.lex.conjunctions.has(link.norm) ? this.demonymOf(k - 2) : null;
        return { id: other ?? state, at: k, end: k + 1, place: false, also: other && other !== state ? [state] : [] };
      }
      // "Russia, …, said it was in contact … and urged": a pronoun subject stands for the sentence's first actor, else for no one named here
      if (this.lex.subjectPronouns.has(tokens[k]!.norm) && tokens[k]!.kind === "word") {
        // (opening its sentence, the pronoun stands for the previous sentence's subject: "Poutine a parlé jeudi. Il a toutefois exclu …")
        const first = this.firstActor(from, k, null) ?? (this.opensSentence(k) ? this.previousSubject(k) : null);
        return first ? { id: first, at: k, end: k + 1, place: false, also: [] } : null;
      }
      // "je", "we" in a quotation: its speaker
      if (this.lex.firstPerson.has(tokens[k]!.norm)) {
        const q = this.doc.quotes.find((x) => x.kind === "direct" && x.start <= tokens[k]!.start && tokens[k]!.end <= x.end);
        if (q?.speaker) return { id: q.speaker, at: k, end: k + 1, place: false, also: [] };
      }
    }
    return null;
  }

  /** Whether a verb of speech at k opens a clause it reports before t0: a complementizer just after it ("a affirmé que …"; not "ont lancé leur offensive"), or a finite verb after one that takes a clause without "that" ("said the refinery supplied"; not "announced new sanctions"). */
  private reportsClause(k: number, t0: number): boolean {
    const { tokens } = this.doc;
    const q = this.quotes;
    const verb = q.verbs.longestAt(tokens, k, t0);
    if (!verb) return false;
    for (let j = verb.end; j < Math.min(t0, verb.end + 4); j++) if (q.complementizers.has(tokens[j]!.norm)) return true;
    // (without "that", a clause shows a finite verb: "said the refinery supplied", "said the strike had hit"; not "announced new sanctions")
    if (q.clauseVerbs.longestAt(tokens, k, t0)?.end !== verb.end) return false;
    const finite = (t: Token) => q.clauseAuxiliaries.has(t.norm) || q.finiteVerbs.has(t.norm) || q.finiteEnding.test(t.norm);
    return tokens.slice(verb.end + 1, t0 + 1).some(finite);
  }

  /** Whether a pronoun or a possessive of the speaker stands between a verb of speech at k and the trigger at t0 ("said it had struck", "said its drones had struck"). */
  private pronounSubjectAfter(k: number, t0: number): boolean {
    const { tokens } = this.doc;
    for (let j = k + 1; j < t0; j++) if (this.lex.subjectPronouns.has(tokens[j]!.norm) || this.lex.possessivePronouns.has(tokens[j]!.norm)) return true;
    return false;
  }

  /** Where a trigger of a few words that ends at token k starts, after `from`; -1 when none does. */
  private triggerEndingAt(k: number, from: number): number {
    for (let j = k - 1; j >= Math.max(from, k - 3); j--) if (this.lex.triggers.longestAt(this.doc.tokens, j, k)?.end === k) return j;
    return -1;
  }

  /** Whether a word opening a subordinate clause stands between tokens a and b. */
  private clauseBetween(a: number, b: number): boolean {
    for (let k = a; k < b; k++) if (this.lex.clauseBreaks.longestAt(this.doc.tokens, k, b)) return true;
    return false;
  }

  /** A demonym at token k beside a noun of the state, standing for its country ("le peuple syrien", "the Syrian government"). */
  private demonymAt(k: number): string | null {
    const { tokens } = this.doc;
    if (!this.lex.stateNouns.has(tokens[k - 1]?.norm ?? "") && !this.lex.stateNouns.has(tokens[k + 1]?.norm ?? "")) return null;
    return this.demonymOf(k);
  }

  /** Whether a name begins or ends at token k. */
  named(k: number): boolean {
    return this.mentionStart.has(k) || this.mentionEnd.has(k);
  }

  /** The country a demonym at token k names, if the document names it too. */
  demonymOf(k: number): string | null {
    if (k < 0) return null;
    const d = this.knowledge.demonyms.longestAt(this.doc.tokens, k, k + 1);
    return (d && this.countryEntity.get(d.values[0]!.country!)) ?? null;
  }

  /**
   * The state an object that names its authorities stands for, right after the trigger: "les
   * nouvelles autorités" (the country the document is about), "le gouvernement syrien" (the
   * demonym's), "the authorities" (data authorityNouns); the company the document is about for
   * its management ("la direction du groupe", data managementNouns); else null.
   */
  authorityAfter(t1: number, end: number): string | null {
    const { tokens } = this.doc;
    let k = t1;
    while (k < end && k < t1 + 4 && (this.lex.determiners.has(tokens[k]!.norm) || (tokens[k]!.kind === "word" && /^\p{Ll}/u.test(tokens[k]!.text) && !this.lex.authorityNouns.longestAt(tokens, k, end) && !this.lex.managementNouns.longestAt(tokens, k, end) && !this.lex.complementLinks.has(tokens[k]!.norm)))) k++;
    const noun = this.lex.authorityNouns.longestAt(tokens, k, end);
    if (noun) return this.demonymOf(noun.end) ?? this.demonymOf(k - 1) ?? this.mainCountry;
    // ("recevrait la direction du groupe", "a meeting with the management": the company the document is about)
    const management = this.lex.managementNouns.longestAt(tokens, k, end);
    return management && this.mainBody && this.sector(this.mainBody) === "BUS" ? this.mainBody : null;
  }

  /** Who acts in a noun phrase by a demonym at k ("l'incursion israélienne"): the country, or, where the document names only its armed forces, those ("des frappes israéliennes" beside "l'armée israélienne"). */
  ownDemonym(k: number): string | null {
    if (k < 0) return null;
    const code = this.knowledge.demonyms.longestAt(this.doc.tokens, k, k + 1)?.values[0]!.country;
    return (code && (this.countryEntity.get(code) ?? this.forcesOf(code))) || null;
  }

  /** each country's armed forces as the document names them first, once asked */
  private forces: Map<string, string> | null = null;

  private forcesOf(code: string): string | undefined {
    if (!this.forces) {
      this.forces = new Map();
      for (const e of this.entities.values()) if (e.type === "organization" && e.country && this.sector(e.id) === "MIL" && !this.forces.has(e.country)) this.forces.set(e.country, e.id);
    }
    return this.forces.get(code);
  }

  /** The participant whose mention ends at token k. */
  endingAt(k: number): Found | null {
    const m = this.mentionEnd.get(k);
    return m && this.participant(m.id) ? { id: m.id, at: m.t0, end: m.t1, place: false, also: [] } : null;
  }

  /** The person an object pronoun at k stands for ("accusing him of war crimes"): the last person named before it whose given name says no other gender, from token `from` on, other than `not`. */
  pronounObject(k: number, from: number, not: readonly (string | null)[]): Found | null {
    const gender = this.lex.objectPronouns.get(this.doc.tokens[k]?.norm ?? "");
    if (!gender) return null;
    const id = this.lastPersonBefore(k, from, not, gender === "f" ? "m" : "f");
    return id ? { id, at: k, end: k + 1, place: false, also: [] } : null;
  }

  /** The last person named before token k, from token `from` on, none of `not` (the subjects: "Modi and Xi congratulated him" is neither) and whose given name does not say the gender `unlike`, or null. */
  lastPersonBefore(k: number, from: number, not: readonly (string | null)[], unlike: "f" | "m" | null = null): string | null {
    for (let j = k - 1; j >= Math.max(0, from); j--) {
      const m = this.mentionEnd.get(j);
      const e = m ? this.entities.get(m.id) : undefined;
      // ("congratulated her" after a man was named: not him)
      if (m && !not.includes(m.id) && e?.type === "person" && (!unlike || nameGender(e.name) !== unlike)) return m.id;
    }
    return null;
  }

  /** The participant named right after "against", "contre" within the clause after the trigger (before [t1, end) meets a clause break), or null. */
  opposedAfter(t1: number, end: number): string | null {
    const { tokens } = this.doc;
    for (let k = t1; k < Math.min(end, t1 + OPPOSED_REACH); k++) {
      if (CLAUSE_END.test(tokens[k]!.text) || this.lex.clauseBreaks.longestAt(tokens, k, end)) return null;
      if (!this.lex.opposingLinks.has(tokens[k]!.norm)) continue;
      let j = k + 1;
      while (j < end && this.lex.determiners.has(tokens[j]!.norm)) j++;
      const m = this.mentionStart.get(j);
      return m && this.participant(m.id) ? m.id : null;
    }
    return null;
  }

  /** Whether a phrase of attribution ("selon", "according to") ends right before token k (an article between allowed). */
  private sourcedAt(k: number): boolean {
    const according = this.quotes.according;
    return [k - 1, k - 2, k - 3].some((j) => j >= 0 && according.longestAt(this.doc.tokens, j, k)?.end === k) || (this.lex.determiners.has(this.doc.tokens[k - 1]?.norm ?? "") && [k - 2, k - 3].some((j) => j >= 0 && according.longestAt(this.doc.tokens, j, k - 1)?.end === k - 1));
  }

  /** The entity of the mention that starts at token k, or null. */
  mentionStartingAt(k: number): string | null {
    return this.mentionStart.get(k)?.id ?? null;
  }

  /** The token after the mention that starts at token k, or k + 1 when none does. */
  pastMention(k: number): number {
    return this.mentionStart.get(k)?.t1 ?? k + 1;
  }

  /** The first participant after the trigger, or a place when a place word leads to it. */
  after(t1: number, end: number): Found | null {
    const { tokens } = this.doc;
    // "avec son homologue syrien, Bachar Assad": a target link carries past an apposition
    const linked = this.lex.targetLinks.has(tokens[t1]?.norm ?? "") || this.lex.targetLinks.has(tokens[t1 + 1]?.norm ?? "");
    for (let k = t1; k < end && k < t1 + 15; k++) {
      // ("a accusé la cheffe de l'opposition, María Corina Machado, de …": a person in apposition to a description that names no one is whom the act befalls)
      // (one description: no name and no "and" in it, "denied the charges and his lawyer, Roberto Su, said …")
      if (tokens[k]!.text === "," && k > t1 + 1 && k - t1 <= DESCRIPTION_TOKENS && this.lex.determiners.has(tokens[t1]!.norm)) {
        const named = this.mentionStart.get(k + 1);
        const plain = tokens.slice(t1, k).every((t, j) => !this.mentionStart.has(t1 + j) && !this.lex.conjunctions.has(t.norm));
        if (named && plain && this.entities.get(named.id)?.type === "person" && /^[,.;]$|^$/.test(tokens[named.t1]?.text ?? ""))
          return { id: named.id, at: named.t0, end: named.t1, place: false, also: [] };
      }
      if (CLAUSE_END.test(tokens[k]!.text) || (tokens[k]!.text === "," && k > t1 && !(linked && k < t1 + 8))) break;
      // ("“… rewards aggression,” said Kaja Kallas": what follows the quotation's close is no object of a word inside it)
      if (tokens[k]!.kind === "quote" && this.insideQuotation(t1 - 1)) break;
      // "menacé de recourir à la force si le président …": a subordinate clause holds no object of the trigger
      if (this.lex.clauseBreaks.longestAt(tokens, k, end)) break;
      // ("called for a joint budget and warned that Russia …": a verb of speech coordinated after it starts a clause of its own)
      if (this.lex.conjunctions.has(tokens[k]!.norm) && this.quotes.verbs.longestAt(tokens, k + 1, end)) break;
      // ("a condamné l'attaque et réuni les dirigeants du G7", "condemned the attack and convened G7 leaders": a coordinated participle that tells an act of its own has its own object)
      if (k > t1 && this.lex.conjunctions.has(tokens[k]!.norm) && this.coordinatedAct(k + 1, end)) break;
      // ("300 strikes since the fall of Bashar al-Assad": a time adjunct names no party of the act)
      if (k > t1 && this.lex.timeLinks.has(tokens[k]!.norm)) break;
      // ("a appelé les alliés de l'Ukraine à livrer", "urged Ukraine's partners": those related to a party are not that party)
      if (this.lex.relationalNouns.has(tokens[k]!.norm) && this.lex.complementLinks.has(tokens[k + 1]?.norm ?? "")) return null;
      const m = this.mentionStart.get(k);
      // ("… d'assauts qui ont fait 300 morts selon l'ONU": the source of a figure is no party to the act)
      if (m && this.sourcedAt(k)) {
        k = m.t1 - 1;
        continue;
      }
      if (m) {
        const place = this.placeLinked(k) || !this.participant(m.id);
        // "a arrêté le maire d'Istanbul, Ekrem Imamoglu, …": a person in apposition after a place names whom the act befalls
        const named = place && tokens[m.t1]?.text === "," ? this.mentionStart.get(m.t1 + 1) : undefined;
        if (named && this.entities.get(named.id)?.type === "person" && /^[,.;]$|^$/.test(tokens[named.t1]?.text ?? "")) return { id: named.id, at: named.t0, end: named.t1, place: false, also: [] };
        // ("released Wall Street Journal reporter Evan Gershkovich": an organization and a noun or two before a person's name modify the person)
        const person = !place && this.entities.get(m.id)?.type === "organization" ? this.personAfterModifier(m.t1, end) : undefined;
        if (person) return { id: person.id, at: person.t0, end: person.t1, place: false, also: this.coordinated(person.t1, end, false) };
        return { id: m.id, at: k, end: m.t1, place, also: this.coordinated(m.t1, end, place) };
      }
      const forces = this.forcesAt(k, end);
      if (forces) return { id: forces.id, at: k, end: forces.end, place: false, also: [] };
      const state = this.demonymAt(k);
      if (state) return { id: state, at: k, end: k + 1, place: false, also: [] };
      const described = this.bodyDescribed(k);
      if (described) return { id: described, at: k, end: k + 2, place: false, also: [] };
    }
    return null;
  }

  /** Whether a lower-case past participle at k opens an event's trigger ("réuni", "convened"). */
  private coordinatedAct(k: number, end: number): boolean {
    const tokens = this.doc.tokens;
    // (or an act's noun after its article: "l'envoi de renforts et l'interdiction de TikTok", "the deployment of troops and a ban on TikTok")
    const noun = this.lex.determiners.has(tokens[k]?.norm ?? "") ? k + 1 : -1;
    if (noun > 0 && /^\p{Ll}/u.test(tokens[noun]?.text ?? "") && !this.lex.pastParticiple.test(tokens[noun]!.norm) && this.lex.triggers.longestAt(tokens, noun, end)) return true;
    const t = tokens[k];
    return !!t && t.kind === "word" && /^\p{Ll}/u.test(t.text) && this.lex.pastParticiple.test(t.norm) && !!this.lex.triggers.longestAt(tokens, k, end);
  }

  /** Whether token k is a lower-case word of a description: no determiner, no conjunction ("groupe", "turc", "reporter"). */
  private plainLowerWord(k: number): boolean {
    const t = this.doc.tokens[k];
    return !!t && t.kind === "word" && /^\p{Ll}/u.test(t.text) && !this.lex.determiners.has(t.norm) && !this.lex.conjunctions.has(t.norm);
  }

  /** The person named after one or two lower-case nouns at k ("reporter Evan Gershkovich", "former chief executive X"), if any. */
  private personAfterModifier(k: number, end: number): { id: string; t0: number; t1: number } | undefined {
    const { tokens } = this.doc;
    let j = k;
    while (j < end && j - k < MODIFIER_NOUNS && this.plainLowerWord(j) && !this.lex.complementLinks.has(tokens[j]!.norm)) j++;
    const m = j > k ? this.mentionStart.get(j) : undefined;
    return m && this.entities.get(m.id)?.type === "person" ? m : undefined;
  }

  /**
   * "que l'entreprise rende des comptes", "l'armée a bombardé", "the ministry announced": an
   * article at k and a noun of a kind of body stand for the company the document names most, or
   * for the body of that kind named last before; else null.
   */
  private bodyDescribed(k: number): string | null {
    const { tokens } = this.doc;
    if (!this.lex.pointingDeterminers.has(tokens[k]?.norm ?? "") || this.mentionStart.has(k + 1)) return null;
    for (const sector of this.quotes.sectorNouns.get(tokens[k + 1]?.norm ?? "") ?? []) {
      const body = sector === "BUS" ? (this.mainBody && this.sector(this.mainBody) === "BUS" ? this.mainBody : null) : this.lastOfSector(sector, k);
      if (body) return body;
    }
    return null;
  }

  /** The organization of a sector whose mention ends last before token k, or null. */
  private lastOfSector(sector: string, k: number): string | null {
    const slots = this.organizationsOf(sector);
    return slots[countBefore(slots, (m) => m.t1 <= k) - 1]?.id ?? null;
  }

  private readonly bySector = new Map<string, Slot[]>();

  /** The mentions of a sector's organizations in text order, listed once per document. */
  private organizationsOf(sector: string): Slot[] {
    let slots = this.bySector.get(sector);
    if (!slots) this.bySector.set(sector, (slots = [...this.mentionStart.values()].filter((m) => this.entities.get(m.id)?.type === "organization" && this.sector(m.id) === sector).sort((a, b) => a.t0 - b.t0)));
    return slots;
  }

  /** Whether an object follows its trigger directly, or after a word of its target ("soutien au Liban", "sanctions on Iran"). */
  direct(t1: number, found: Found): boolean {
    const { tokens } = this.doc;
    for (let k = t1; k < found.at; k++) if (!this.lex.determiners.has(tokens[k]!.norm) && !this.lex.targetLinks.has(tokens[k]!.norm)) return false;
    return true;
  }

  /**
   * The target of a noun whose agent follows it ("les frappes d'Israël contre le Hezbollah"): when
   * the object just after the trigger is introduced by a word of agents and a target word follows it.
   */
  agentOfNoun(t1: number, object: Found, end: number): Found | null {
    const { tokens } = this.doc;
    let k = t1;
    while (k < object.at && this.lex.determiners.has(tokens[k]!.norm)) k++;
    if (!this.lex.agentLinks.has(tokens[k]?.norm ?? "")) return null;
    for (k++; k < object.at; k++) if (!this.lex.determiners.has(tokens[k]!.norm)) return null;
    if (!this.lex.targetLinks.has(tokens[object.end]?.norm ?? "")) return null;
    const target = this.after(object.end + 1, end);
    return target && !target.place && target.id ? target : null;
  }

  /** Whether the trigger's object is introduced by "entre"/"between": its two conjuncts are the two sides. */
  between(found: Found): boolean {
    const { tokens } = this.doc;
    let j = found.at - 1;
    while (j >= 0 && this.lex.determiners.has(tokens[j]!.norm)) j--;
    return this.lex.betweenLinks.has(tokens[j]?.norm ?? "");
  }

  /**
   * The names coordinated after one ending at token k: participants (", Gallant et Deif", "and
   * the occupying regime of Israel") or places ("d'Alep, la deuxième ville du pays, et de Hama").
   */
  private coordinated(k: number, end: number, places: boolean): string[] {
    const { tokens } = this.doc;
    const out: string[] = [];
    while (k < end && out.length < 4) {
      let j = k;
      // an apposition between commas is passed over, after a place
      if (places && tokens[j]!.text === "," && !this.mentionStart.has(j + 1) && !this.lex.conjunctions.has(tokens[j + 1]?.norm ?? "")) {
        let c = j + 1;
        while (c < end && c < j + 9 && tokens[c]!.text !== ",") c++;
        if (tokens[c]?.text !== ",") break;
        j = c;
      }
      const comma = tokens[j]!.text === ",";
      if (comma) j++;
      const conjunction = this.lex.conjunctions.has(tokens[j]?.norm ?? "");
      if (conjunction) j++;
      if (!conjunction && (places || !comma)) break;
      while (j < end && (this.lex.determiners.has(tokens[j]!.norm) || (places && this.lex.complementLinks.has(tokens[j]!.norm)))) j++;
      let m = this.mentionStart.get(j);
      // ", former Defense Minister Yoav Gallant": a few words may stand before a participant's name
      // (after a bare comma, only capitalized words and titles: ", notamment en menaçant le Niger" is no list)
      const title = (t: Token) => t.kind === "word" && !this.lex.relatives.has(t.norm) && (conjunction || /^\p{Lu}/u.test(t.text) || this.lex.determiners.has(t.norm));
      for (let w = j; !places && !m && w < Math.min(end, j + 4) && title(tokens[w]!); w++) m = this.mentionStart.get(w + 1);
      if (!m || (places ? this.entities.get(m.id)?.type !== "location" : !this.participant(m.id) || this.placeLinked(m.t0))) break;
      out.push(m.id);
      k = m.t1;
    }
    return out;
  }

  /** The participants coordinated before a subject starting at token k: "Israël et le Hamas", "Mali and Burkina Faso". */
  private conjunctsBefore(k: number, from: number): string[] {
    const { tokens } = this.doc;
    const out: string[] = [];
    let j = k - 1;
    // ("Sonatrach et le groupe turc Botas": a description of a few lower-case words may stand before the name)
    for (let words = 0; words < DESCRIPTION_WORDS && j > from && this.plainLowerWord(j); words++) j--;
    // (or a title and a demonym: "Narendra Modi and Chinese President Xi Jinping")
    let titled = j;
    while (titled > from && k - titled <= DESCRIPTION_WORDS && /^\p{Lu}/u.test(tokens[titled]!.text) && !this.mentionEnd.has(titled)) titled--;
    if (titled < j && tokens.slice(titled + 1, j + 1).some((t, n) => this.quotes.personTitles.has(t.norm) || !!this.demonymOf(titled + 1 + n))) j = titled;
    while (j >= from && this.lex.determiners.has(tokens[j]!.norm)) j--;
    if (!this.lex.conjunctions.has(tokens[j]?.norm ?? "")) return out;
    for (j--; j >= from && out.length < 4; j--) {
      while (j >= from && this.lex.determiners.has(tokens[j]!.norm)) j--;
      const m = this.mentionEnd.get(j);
      // "Russian and Syrian warplanes": a demonym coordinated with a subject
      const state = m ? null : this.demonymOf(j);
      if (state) {
        out.unshift(state);
        break;
      }
      if (!m || !this.participant(m.id) || this.complement(m.t0)) break;
      out.unshift(m.id);
      j = m.t0 - 1;
      while (j >= from && this.lex.determiners.has(tokens[j]!.norm)) j--;
      if (tokens[j]?.text !== ",") break;
    }
    return out;
  }

  /** The subject of the main clause a fronted trigger belongs to ("Après avoir pris Alep, les rebelles …"): just after the first comma that follows its object. */
  frontedSubject(object: Found, end: number): Found | null {
    const { tokens } = this.doc;
    let k = object.end;
    while (k < end && tokens[k]!.text !== ",") k++;
    for (let j = k + 1; j < end && j < k + 8; j++) {
      if (tokens[j]!.text === "," || CLAUSE_END.test(tokens[j]!.text)) return null;
      const m = this.mentionStart.get(j);
      if (m && this.participant(m.id) && this.entities.get(m.id)?.type !== "location" && this.sector(m.id) !== "MED" && !this.complement(j))
        return { id: m.id, at: j, end: m.t1, place: false, also: [] };
      const forces = this.forcesAt(j, end);
      if (forces) return { id: forces.id, at: j, end: forces.end, place: false, also: [] };
    }
    return null;
  }

  /** Whether token k is the first word of its sentence. */
  private opensSentence(k: number): boolean {
    const i = countBefore(this.doc.sentences, (x) => x.firstToken <= k) - 1;
    const s = this.doc.sentences[i];
    return !!s && this.doc.tokens.slice(s.firstToken, k).every((t) => t.kind !== "word");
  }

  /** The first participant of the sentence before the one token k stands in, within its paragraph. */
  private previousSubject(k: number): string | null {
    const i = countBefore(this.doc.sentences, (x) => x.firstToken <= k) - 1;
    const s = this.doc.sentences[i];
    const prev = this.doc.sentences[i - 1];
    if (!s || !prev || prev.paragraph !== s.paragraph) return null;
    return this.firstActor(prev.firstToken, prev.endToken, null);
  }

  /** The first participant of a sentence, for a participle that acts for its subject (", en menaçant de …", ", killing …"). */
  firstActor(from: number, end: number, not: string | null): string | null {
    return this.firstMention(from, end, not)?.id ?? null;
  }

  /** The mention of the first participant of tokens [from, end), other than `not` (the person whose title an organization's name is, "WHO chief Tedros"). */
  private firstMention(from: number, end: number, not: string | null = null): { id: string; t0: number; t1: number } | null {
    for (let j = from; j < end; j++) {
      const m = this.mentionStart.get(j);
      // ("KYIV: Russia launched …": a dateline is no subject)
      const dateline = /^[:—–-]$/.test(this.doc.tokens[m?.t1 ?? j]?.text ?? "");
      if (m && m.id !== not && this.participant(m.id) && this.sector(m.id) !== "MED" && !this.complement(j) && !this.placeLinked(j) && !dateline) {
        const titled = this.titledPerson(m);
        return titled ? { id: titled, t0: j, t1: m.t1 } : { id: m.id, t0: j, t1: m.t1 };
      }
    }
    return null;
  }

  /** The person an organization's name is the title of ("World Health Organization chief Tedros …", "Nissan chief executive Makoto Uchida"): the head of the phrase. */
  private titledPerson(m: { t1: number; id: string }): string | null {
    const { tokens } = this.doc;
    if (this.entities.get(m.id)?.type !== "organization") return null;
    for (let k = m.t1 + 1; k <= m.t1 + 3; k++) {
      if (!tokens.slice(m.t1, k).every((t) => t.kind === "word" && !/^\p{Lu}/u.test(t.text))) return null;
      const person = this.mentionStart.get(k);
      if (person) return this.entities.get(person.id)?.type === "person" ? person.id : null;
    }
    return null;
  }

  /** Whether token k lies inside a direct quotation of the document. */
  private insideQuotation(k: number): boolean {
    const at = this.doc.tokens[k]?.start ?? -1;
    // (quotations are in text order: the few that start before the token, walked back while they could hold it)
    const { quotes } = this.doc;
    for (let n = countBefore(quotes, (q) => q.start <= at) - 1; n >= 0 && at - quotes[n]!.start < QUOTE_SPAN; n--)
      if (quotes[n]!.kind === "direct" && at < quotes[n]!.end) return true;
    return false;
  }

  /** Whether token k is a relative pronoun after a common noun ("deal that", "groupe qui"), not "that" after a verb. */
  private relativeAfterNoun(k: number): boolean {
    const { tokens } = this.doc;
    if (!this.lex.relatives.has(tokens[k]!.norm) || this.mentionEnd.has(k - 1)) return false;
    const noun = tokens[k - 1];
    if (!noun || noun.kind !== "word" || /^\p{Lu}/u.test(noun.text)) return false;
    return [k - 2, k - 3].some((j) => this.lex.determiners.has(tokens[j]?.norm ?? ""));
  }

  /** Whether a preposition stands before token k ("contre le régime de Bachar al-Assad", "a blow to Assad"): a complement, no subject. */
  complement(k: number): boolean {
    const { tokens } = this.doc;
    let j = k - 1;
    while (j >= 0 && this.lex.determiners.has(tokens[j]!.norm)) j--;
    if (!this.lex.complementLinks.has(tokens[j]?.norm ?? "")) return false;
    // "les dirigeants de la Cédéao", "fighters of Hamas": members act for their body
    return !this.lex.memberNouns.has(tokens[j - 1]?.norm ?? "");
  }

  /** Whether a place word leads to token k ("à Alep", "in Syria", "près de Hama"). */
  placeLinked(k: number, depth = 0): boolean {
    const { tokens } = this.doc;
    const entity = this.entities.get(this.mentionStart.get(k)?.id ?? "");
    if (entity?.type !== "location") return false;
    // "le soutien de son pays à la Syrie": a country after a dative link ("à la", where a place takes "en") is whom the act is done to
    if (entity.geo?.kind === "country" && [k - 1, k - 2].some((j) => j >= 0 && this.lex.dativeLinks.longestAt(tokens, j, k)?.end === k)) return false;
    // "In Tbilisi, Georgia": a place in apposition to a place
    const before = tokens[k - 1]?.text === "," ? this.mentionEnd.get(k - 2) : undefined;
    if (before && before.t0 < k - 2 + 1 && this.entities.get(before.id)?.type === "location" && depth < 2 && this.placeLinked(before.t0, depth + 1)) return true;
    // "près des villes d'Alep", "in the city of Hama", "dans tout le Liban": the place word stands before a noun of places
    let at = k;
    while (at > 0 && this.lex.determiners.has(tokens[at - 1]!.norm)) at--;
    if (this.lex.complementLinks.has(tokens[at - 1]?.norm ?? "") && this.lex.placeNouns.has(tokens[at - 2]?.norm ?? "")) {
      at -= 2;
      // ("in the eastern German city of Magdeburg": adjectives and a demonym between the article and the noun)
      for (let n = 0; n < 3 && at > 0 && this.describes(tokens[at - 1]!, at - 1); n++) at--;
      while (at > 0 && this.lex.determiners.has(tokens[at - 1]!.norm)) at--;
    }
    for (const end of new Set([k, at]))
      for (let j = end - 1; j >= Math.max(0, end - 3); j--) if (this.lex.placeLinks.longestAt(tokens, j, end)?.end === end) return true;
    return false;
  }

  /** Whether token k is an adjective before a noun of places: a lower-case word that is no link, article or verb of the list's, or a demonym. */
  private describes(t: Token, k: number): boolean {
    if (t.kind !== "word") return false;
    if (/^\p{Lu}/u.test(t.text)) return !!this.knowledge.demonyms.longestAt(this.doc.tokens, k, k + 1);
    return !this.lex.determiners.has(t.norm) && !this.lex.placeLinks.longestAt(this.doc.tokens, k, k + 1) && !this.lex.complementLinks.has(t.norm) && !this.lex.conjunctions.has(t.norm);
  }

  /** The place a place word leads to nearest the trigger in its sentence, within PLACE_REACH tokens ("à Alep", "in the Kursk region"). */
  placeNear(s: Sentence, t0: number): string | null {
    let best: string | null = null;
    let distance = Infinity;
    for (let k = Math.max(s.firstToken, t0 - PLACE_REACH); k < Math.min(s.endToken, t0 + PLACE_REACH); k++) {
      const m = this.mentionStart.get(k);
      if (!m || this.entities.get(m.id)?.type !== "location" || !this.placeLinked(k)) continue;
      // "l'OSDH, basé au Royaume-Uni": where a source sits is not where the event happens
      if ([k - 2, k - 3].some((j) => j >= s.firstToken && this.lex.seatWords.has(this.doc.tokens[j]!.norm))) continue;
      // ("arrested the driver, who had lived in Germany": a place in a relative clause after the object is the object's)
      if (k > t0 && inRelativeClause(this.doc.tokens, this.lex, this.quotes.complementizers, t0, k)) continue;
      // a place after the trigger is more often its own than one before; one past a subordinate clause's opening seldom is
      const d = k >= t0 ? k - t0 + (this.clauseBetween(t0, k) ? REACH : 0) : (t0 - k) * 2;
      if (d < distance) {
        best = m.id;
        distance = d;
      }
    }
    return best;
  }

  /**
   * A country's own city or region named with it in the sentence ("in Russia's Kursk region"):
   * the event's narrower place, where the country names only whose it is; else the place.
   */
  narrowerPlace(s: Sentence, t0: number, place: string): string {
    const country = this.entities.get(place);
    if (country?.geo?.kind !== "country" || !country.country) return place;
    const { tokens } = this.doc;
    // (near the trigger only: a sentence may be very long)
    for (let end = Math.max(s.firstToken, t0 - PLACE_REACH); end < Math.min(s.endToken - 2, t0 + PLACE_REACH); end++) {
      if (this.mentionEnd.get(end)?.id !== place || tokens[end + 1]?.norm !== "'s") continue;
      const m = this.mentionStart.get(end + 2);
      const e = m && this.entities.get(m.id);
      if (m && e?.type === "location" && e.geo?.kind !== "country" && e.country === country.country) return m.id;
    }
    return place;
  }

  /** Whether a demonym stands within a few words after token t1 ("sur les produits américains"), whether the document names its country or not. */
  demonymAfter(t1: number, end: number): boolean {
    for (let k = t1; k < Math.min(end, t1 + 4); k++) if (this.knowledge.demonyms.longestAt(this.doc.tokens, k, k + 1)) return true;
    return false;
  }

  /** A country a demonym just after (French) or before (English) the trigger names, if the document names it too. */
  demonymActor(t0: number, t1: number): string | null {
    const { tokens } = this.doc;
    // (not past a trigger that ends on a link to its target: "duties on Chinese goods" are on China's)
    const after = this.lex.targetLinks.has(tokens[t1 - 1]?.norm ?? "") ? [] : [t1, t1 + 1];
    for (const k of [...after, t0 - 1, t0 - 2]) {
      const id = k < tokens.length ? this.ownDemonym(k) : null;
      if (id) return id;
    }
    return null;
  }

  /** The agent of a participle a few words after a noun trigger: "a ban on live coverage issued by the authority". */
  participleAgent(t1: number, end: number): Found | null {
    const { tokens } = this.doc;
    for (let k = t1; k < Math.min(end, t1 + AGENT_REACH); k++) {
      const t = tokens[k]!;
      if (t.kind === "punct" || this.lex.clauseBreaks.longestAt(tokens, k, end)) return null;
      if (t.kind === "word" && k > t1 && this.lex.pastParticiple.test(t.text.toLowerCase()) && this.lex.passiveAgents.longestAt(tokens, k + 1, end)) return this.agent(k + 1, end);
    }
    return null;
  }

  /** The agent of a passive trigger: "tués par les forces gouvernementales", "killed by Russian bombardment". */
  agent(t1: number, end: number): Found | null {
    // (past an amount or a time: "was fined 500 million euros by", "was attacked on Monday by")
    for (let k = t1; k < Math.min(end, t1 + AGENT_REACH); k++) {
      const t = this.doc.tokens[k]!;
      if (t.kind === "punct" || this.lex.clauseBreaks.longestAt(this.doc.tokens, k, end)) return null;
      const by = this.lex.passiveAgents.longestAt(this.doc.tokens, k, end);
      if (!by) continue;
      const who = this.after(by.end, end);
      // "entretenus par téléphone de la situation en Syrie": a place after "par" is no agent
      return who && !who.place ? who : null;
    }
    return null;
  }
}
