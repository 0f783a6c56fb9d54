import type { AnalyzedDocument, EntityRecord, Sentence, Token } from "../../document/document.js";
import { beforeBrackets, tokenIndexAt } from "../../document/offsets.js";
import type { QuoteLexicon } from "./lexicon.js";
import { nameGender } from "../../knowledge/given-names.js";
import { countBefore } from "../../util/sorted.js";
import { fold } from "../../text/fold.js";
import { timeLexicon } from "../times/lexicon.js";
import { isPossessive } from "../../text/tokens.js";

/** words within which a description by age opening a sentence is read ("The 22-year-old from Toulouse") */
const AGED_WORDS = 10;
/** how long an adjunct opening a sentence may be, in tokens, before its comma */
const FRONTED_REACH = 14;
/** the longest description of speakers by a noun and a participle's phrase ("Students leading the movement"), in tokens */
const PARTICIPLE_PHRASE = 7;
/** how far back, in tokens, the comma that opens an apposition may stand ("Fritz, the first American man in a Grand Slam final since Andy Roddick in 2009, said") */
export const APPOSITION_REACH = 22;

/** Who speaks: an entity of the document, or an unnamed description ("une source militaire"). */
export interface Speaker {
  entity: string | null;
  text: string;
  /** a body the knowledge does not know, named by its capitalized name all the same ("la Défense civile palestinienne") */
  named?: boolean;
  /** others named with it as one subject ("le Mali et le Burkina Faso ont déclaré"): each said it too */
  also?: string[];
}

/** How many names joined to a speaker each get the quotation too (a list of twenty thousand names gets no twenty thousand copies). */
const MAX_CONJUNCTS = 5;
/** How many words of description may stand between a document's link and the name of its issuer ("de l'ONG mozambicaine Plataforma Decide"). */
const ISSUER_WORDS = 4;
/** How many tokens into its sentence a body's name may start and still open it (an article and a title before it). */
const OPENING_REACH = 3;
/** How many tokens after the body that opens its sentence a pronoun may stand and still stand for it ("…, in what it called"). */
const SUBJECT_PRONOUN_REACH = 40;
/** How many pronouns opening sentences one after another a pronoun is read back through. */
const PRONOUN_CHAIN = 3;
/** How many words from its start a sentence's subject may be named (titles and roles before the name). */
const SUBJECT_REACH = 8;
/** How many person mentions back a pronoun looks for one of its gender. */
const PERSON_REACH = 30;
const DETERMINERS = /^(un|une|des|le|la|les|l'|l’|ce|cette|ces|son|sa|ses|leur|leurs|notre|nos|a|an|the|this|these|his|her|its|their|our|one|two|several|some|many)$/i;
const SINGULAR_DEFINITE = /^(le|la|l'|l’|the)$/i;
/** how far back, in tokens, a title of one person looks for the person it names */
const TITLE_REACH = 60;
/** how many tokens from its start a sentence's subject is named by, an article and a description before it ("Le Néerlandais X") */
const SUBJECT_LEAD = 4;
/** an abbreviated honorific before its period ("M.", "Dr.", "Mme") */
const HONORIFIC = /^(M|MM|Mme|Mmes|Mlle|Dr|Pr|Mgr|Mr|Mrs|Ms|St)$/;
const DEFINITE = /^(le|la|les|l'|l’|the|ce|cette|this)$/i;
/** sectors of the organizations the knowledge is least likely to list: an unknown organization may be one of them */
const OPEN_SECTORS = new Set(["BUS", "SPT"]);

const isWordy = (t: Token | undefined) => !!t && (t.kind === "word" || t.kind === "clitic" || t.kind === "number");

/** Finds speakers around cue verbs: named entities, pronouns that point back, unnamed descriptions. */
export class SpeakerFinder {
  /** entity mentions by their last token, and by their first token */
  private readonly byLast = new Map<number, { id: string; t0: number }>();
  private readonly byFirst = new Map<number, { id: string; t1: number }>();
  private readonly people: { id: string; t1: number }[] = [];
  /** every entity mention in text order, for descriptions that point back ("l'ONG") */
  private readonly ordered: { id: string; t0: number }[] = [];
  /** the document's entities by id */
  private readonly byId: Map<string, EntityRecord>;
  /** the last speaker found, in text order: what a pronoun points back to */
  last: Speaker | null = null;
  /** where the last speaker's quotation ends (a token index) */
  private lastAt = -1;

  constructor(
    private readonly doc: AnalyzedDocument,
    private readonly lex: QuoteLexicon,
  ) {
    const at = (offset: number) => tokenIndexAt(doc.tokens, offset);
    this.byId = new Map(doc.entities.map((e) => [e.id, e]));
    for (const e of doc.entities)
      for (const m of e.mentions) {
        const t0 = at(m.start);
        const t1 = at(m.end - 1) + 1;
        // (of two mentions ending at one token, the longer: "le porte-parole du Kremlin" holds "Kremlin")
        if ((this.byLast.get(t1 - 1)?.t0 ?? Infinity) > t0) this.byLast.set(t1 - 1, { id: e.id, t0 });
        if ((this.byFirst.get(t0)?.t1 ?? -1) < t1) this.byFirst.set(t0, { id: e.id, t1 });
        if (e.type === "person") this.people.push({ id: e.id, t1 });
        this.ordered.push({ id: e.id, t0 });
      }
    this.people.sort((a, b) => a.t1 - b.t1);
    this.ordered.sort((a, b) => a.t0 - b.t0);
  }

  private text(t0: number, t1: number): string {
    return this.doc.text.slice(this.doc.tokens[t0]!.start, this.doc.tokens[t1 - 1]!.end);
  }

  private entity(id: string, t0: number, t1: number): Speaker {
    return { entity: id, text: this.text(t0, t1) };
  }

  /** k moved past a time expression ("a indiqué lundi une ONG", "said on Friday that"). */
  pastTimes(k: number, end: number): number {
    for (;;) {
      // ("affirme de son côté agir", "said for its part that …": an aside between the verb and what it reports)
      const aside = this.lex.asides.longestAt(this.doc.tokens, k, end);
      if (aside) {
        k = aside.end;
        continue;
      }
      const at = this.doc.tokens[k]?.start;
      const t = at === undefined ? undefined : this.doc.times.find((x) => x.start === at);
      if (!t) return k;
      while (k < end && this.doc.tokens[k]!.end <= t.end) k++;
    }
  }

  /** Records who spoke a quotation ending at token `at`. */
  heard(speaker: Speaker, at: number): void {
    this.last = speaker;
    this.lastAt = at;
  }

  /** A pronoun speaks for the last speaker, unless a person named since is meant ("… Emma Stone won. “…,” she said"); else for the last person named before it. */
  pronoun(at: number): Speaker | null {
    // "selon elle", "she said": a person whose given name is of the other gender is not meant
    const gender = this.lex.pronouns.get(this.doc.tokens[at]?.norm ?? "");
    const gendered = gender === "m" || gender === "f";
    // "ils", "they": no one person; a group, a body or a country that spoke last, else the pronoun itself (a group unnamed)
    if (gender === "p") {
      const group = this.last?.entity && this.byId.get(this.last!.entity)?.type !== "person" ? this.last : null;
      return group ?? { entity: null, text: this.text(at, at + 1) };
    }
    // ("he said" after "Iran": he, she stand for people only; "it says", a body or a country only)
    const personOnly = this.lex.personPronouns.has(this.doc.tokens[at]?.norm ?? "");
    const neuter = gender === "n";
    const agrees = (id: string | null) =>
      (!gendered || !id || (this.genderOf(id) ?? gender) === gender) && (!personOnly || !id || this.byId.get(id)?.type === "person") && (!neuter || (!!id && this.byId.get(id)?.type !== "person"));
    // (the nearest person whose given name does not say the other gender: a name that says nothing agrees;
    // the subject of that person's sentence before its object: "Il a rencontré Zelensky. « … », a-t-il déclaré")
    // ("after the start-up DeepSeek released a model that it says …": it is the body named last before it in its sentence)
    if (neuter) {
      const body = this.openingBodyBeforeComma(at) ?? this.lastBodyInSentence(at);
      if (body) return body;
    }
    const nearest = this.personBefore(at, agrees);
    const subject = nearest ? this.subjectOfSentenceAt(nearest.t1 - 1, at) : null;
    const before = nearest && subject && subject !== nearest.id && agrees(subject) ? { id: subject, t1: nearest.t1 } : nearest;
    // ("la télévision publique a annoncé … « … », a-t-il déclaré": a description of the other gender is not meant)
    const described = this.last && !this.last.entity ? this.lex.descriptionGender.get(fold(this.last.text.split(/\s+/, 1)[0] ?? "")) : undefined;
    const last = this.last && agrees(this.last.entity) && !(gendered && described && described !== gender) ? this.last : null;
    if (last && (!before || before.t1 <= this.lastAt || before.id === last.entity)) return last;
    if (before) return { entity: before.id, text: this.text(at, at + 1) };
    // ("La CPME partage cet avis, a-t-elle indiqué": with no person of its gender, a body that opens the sentence)
    if (!personOnly && !last) {
      const s = this.sentenceOf(at);
      const body = s ? this.firstIn(s.firstToken, at) : null;
      if (body?.entity && this.byId.get(body.entity)?.type !== "person") return body;
    }
    return last;
  }

  /**
   * The person who is the subject of the sentence holding token k: its first name, a person's,
   * within a few words of its start, or a pronoun opening it (read back in turn); `at` bounds the reading.
   */
  private pronounDepth = 0;

  private subjectOfSentenceAt(k: number, at: number): string | null {
    const { tokens } = this.doc;
    const s = this.sentenceOf(k);
    if (!s) return null;
    // (a sentence opening with a quotation has its subject after it, with the cue)
    if (tokens[s.firstToken]?.kind === "quote") return null;
    let j = s.firstToken;
    while (j < s.endToken && tokens[j]!.kind !== "word") j++;
    if (j >= at) return null;
    const pronoun = this.lex.pronouns.get(tokens[j]!.norm);
    if ((pronoun === "m" || pronoun === "f") && j < k) {
      // (read back a few sentences at most: a chain of pronouns is no reason to walk the whole document)
      if (this.pronounDepth >= PRONOUN_CHAIN) return null;
      this.pronounDepth++;
      try {
        return this.pronoun(j)?.entity ?? null;
      } finally {
        this.pronounDepth--;
      }
    }
    // ("Deux jours après la chute de Bachar al-Assad, les autorités ont désigné Mohammed al-Bachir": a fronted adjunct names no subject)
    j = this.pastFrontedAdjunct(j, s.endToken);
    for (let i = j; i < Math.min(s.endToken, j + SUBJECT_REACH); i++) {
      const m = this.byFirst.get(i);
      if (m) return this.byId.get(m.id)?.type === "person" ? m.id : null;
    }
    return null;
  }

  /** Past an adjunct that opens a sentence before a comma (a preposition or a count first, no verb in it): where the clause begins. */
  private pastFrontedAdjunct(j: number, end: number): number {
    const { tokens } = this.doc;
    const first = tokens[j]!;
    const times = timeLexicon(this.doc.lang);
    if (!this.lex.adjunctPrepositions.has(first.norm) && first.kind !== "number" && !times.numbers.has(first.norm)) return j;
    for (let c = j + 1; c < Math.min(end, j + FRONTED_REACH); c++) {
      if (this.lex.verbs.longestAt(tokens, c) || this.lex.clauseAuxiliaries.has(tokens[c]!.norm)) return j;
      if (tokens[c]!.text === ",") return c + 1;
    }
    return j;
  }

  private readonly genders = new Map<string, "f" | "m" | null>();

  /** The gender a person entity's given name says, once per entity. */
  private genderOf(id: string): "f" | "m" | null {
    let g = this.genders.get(id);
    if (g === undefined) {
      const name = this.byId.get(id)?.name;
      this.genders.set(id, (g = name ? nameGender(name) : null));
    }
    return g;
  }

  /** The last person named before token `at` that `fits`, among the PERSON_REACH last mentions (people are sorted by where their mentions end). */
  private personBefore(at: number, fits: (id: string) => boolean): { id: string; t1: number } | undefined {
    const last = countBefore(this.people, (p) => p.t1 <= at) - 1;
    for (let n = last; n >= 0 && n > last - PERSON_REACH; n--) if (fits(this.people[n]!.id)) return this.people[n];
    return undefined;
  }

  isDeterminer(t: Token | undefined): boolean {
    return !!t && DETERMINERS.test(t.text);
  }

  isPronoun(t: Token | undefined): boolean {
    return !!t && this.lex.pronouns.has(t.norm);
  }

  /** An entity mention that ends at token k (inclusive). */
  endingAt(k: number): { speaker: Speaker; t0: number } | null {
    const m = this.byLast.get(k);
    return m ? { speaker: this.entity(m.id, m.t0, k + 1), t0: m.t0 } : null;
  }

  /** The first person, organization or country named in tokens [from, to): the subject of a sentence a participle reports for. */
  firstIn(from: number, to: number): Speaker | null {
    for (let k = from; k < to; k++) {
      const m = this.byFirst.get(k);
      const e = m && this.byId.get(m.id);
      // (a country or a capital speaks for its state; another place does not)
      if (!m || !e || (e.type === "location" && e.geo?.kind !== "country" && !this.doc.known.get(e.id)?.capitalOf) || this.dateline(m.t1)) continue;
      // "Iran's supreme leader Ali Khamenei": an owner before a title and a person's name is not the subject, the person is
      const owned = e.type === "location" || this.doc.tokens[m.t1]?.kind === "clitic" ? this.possessed(m.t1, to) : e.type === "organization" ? (this.personAfterWords(m.t1, to, true)?.speaker ?? null) : null;
      // ("le patron du Medef, Patrick Martin, …": a person in apposition after the name is the one meant)
      // ("The United Nations special envoy for Syria, Geir Pedersen, …": after a title and its complement too)
      // ("Navalny's widow, Yulia Navalnaya, …": after a possessive, a person's too)
      const possessive = isPossessive(this.doc.tokens[m.t1]);
      const comma = e.type === "person" && !possessive ? -1 : this.titleEnd(possessive ? m.t1 + 1 : m.t1, to);
      const apposed = comma >= 0 && this.doc.tokens[comma]?.text === "," ? this.byFirst.get(comma + 1) : undefined;
      // ("Tête de liste du RN, Jordan Bardella avait réclamé …": a person right after the comma and before the verb is the subject the description went before)
      const closed = (k: number) => this.doc.tokens[k]?.text === "," || !!this.lex.auxiliaries.longestAt(this.doc.tokens, k, to) || !!this.lex.verbs.longestAt(this.doc.tokens, k, to);
      if (!owned && apposed && apposed.t1 < to && closed(apposed.t1) && this.byId.get(apposed.id)?.type === "person")
        return this.entity(apposed.id, comma + 1, apposed.t1);
      return owned ?? this.entity(m.id, k, m.t1);
    }
    return null;
  }

  /** Where a title after a name ends (lower-case words, a link and a name within them: "special envoy for Syria"), at t1 itself when none follows. */
  private titleEnd(t1: number, to: number): number {
    const { tokens } = this.doc;
    let j = t1;
    while (j < Math.min(to, t1 + 8)) {
      const m = this.byFirst.get(j);
      if (m && j > t1) j = m.t1;
      else if (tokens[j]!.kind === "word" && /^\p{Ll}/u.test(tokens[j]!.text)) j++;
      else break;
    }
    return j;
  }

  /**
   * The person named within a few title words after a possessive that follows token t1 ("'s supreme
   * leader Ali Khamenei"), or after capitalized title words that follow a country ("U.S. President Donald Trump").
   */
  private possessed(t1: number, to: number): Speaker | null {
    const { tokens } = this.doc;
    const possessive = tokens[t1]?.kind === "clitic" && isPossessive(tokens[t1]);
    if (!possessive && !/^\p{Lu}/u.test(tokens[t1]?.text ?? "")) return null;
    for (let j = possessive ? t1 + 1 : t1; j < Math.min(to, t1 + 6) && (tokens[j]!.kind === "word" || tokens[j]!.kind === "clitic"); j++) {
      if (!possessive && !/^\p{Lu}/u.test(tokens[j]!.text)) return null;
      const m = this.byFirst.get(j);
      if (m) return this.byId.get(m.id)?.type === "person" ? this.entity(m.id, j, m.t1) : null;
    }
    return null;
  }

  /**
   * A person named after a few lower-case words from k: "selon l'adjointe au maire Agnès
   * Thouvenot"; with `titled`, one of the words a title or a speaker's noun ("Houthi military
   * spokesman Yahya Saree" after the organization).
   */
  personAfterWords(k: number, end: number, titled: boolean): { speaker: Speaker; end: number } | null {
    const { tokens } = this.doc;
    let seen = false;
    for (let j = k; j < Math.min(end, k + 5); j++) {
      const t = tokens[j]!;
      // (a capital in a title: "le Premier ministre démissionnaire Gabriel Attal", "la Présidente")
      const titleWord = this.lex.personTitles.has(t.norm) || this.lex.personTitles.has(tokens[j + 1]?.norm ?? "");
      if ((t.kind !== "word" && t.kind !== "clitic") || !(/^\p{Ll}/u.test(t.text) || titleWord)) return null;
      // ("co-leader", "ex-président": a title after a prefix is that title)
      const head = t.norm.slice(t.norm.lastIndexOf("-") + 1);
      seen ||= this.lex.personTitles.has(t.norm) || this.lex.speakerNouns.has(t.norm) || this.lex.personTitles.has(head) || this.lex.speakerNouns.has(head);
      const m = this.mentionAt(j + 1);
      if (m) return (seen || !titled) && this.byId.get(m.speaker.entity ?? "")?.type === "person" ? m : null;
    }
    return null;
  }

  /** Whether a name ending at token t1 is part of a dateline ("PARIS (Reuters) -", "KYIV, Dec 3 (AFP) —"): a dash follows it, a bracket between. */
  private dateline(t1: number): boolean {
    const { tokens } = this.doc;
    const next = tokens[t1]?.text === ")" ? t1 + 1 : t1;
    return /^[—–-]$/.test(tokens[next]?.text ?? "");
  }

  /** The subject of a sentence before token `to`: its first person, organization or country named, or a pronoun opening it. */
  subjectBefore(from: number, to: number): Speaker | null {
    const { tokens } = this.doc;
    let k = from;
    while (k < to && tokens[k]!.kind !== "word") k++;
    if (this.isPronoun(tokens[k]) && tokens[k]!.kind === "word") return this.pronoun(k);
    // (a description opening the sentence that points back to a body: "The judges found …", "The carmaker, formed from the merger of X and Y, blamed …";
    // not one the name after it in commas says: "Le ministre délégué à l'Industrie, Marc Ferracci, s'est dit … et a exigé")
    const opening = this.byFirst.has(k) ? null : (this.namedInCommas(k, to) ?? this.pointingBack(k, to) ?? this.aged(k, to));
    return opening ?? this.firstIn(k, to);
  }

  /** "The 22-year-old from Toulouse finished …": a description by age opening the sentence stands for the last person named before it. */
  private aged(k: number, to: number): Speaker | null {
    const { tokens, text } = this.doc;
    // (within the first words of the sentence: a description is short)
    const last = Math.min(to, k + AGED_WORDS) - 1;
    if (last < k) return null;
    const m = this.lex.agedDescription.exec(text.slice(tokens[k]!.start, tokens[last]!.end));
    const person = m ? this.personBefore(k, () => true) : undefined;
    if (!m || !person) return null;
    let end = k + 1;
    while (end < to && tokens[end]!.end <= tokens[k]!.start + m[0].length) end++;
    return this.entity(person.id, k, end);
  }

  /** The name between the first two commas after k, when a description opening at k ends on the first ("Le ministre …, Marc Ferracci,"). */
  private namedInCommas(k: number, to: number): Speaker | null {
    const { tokens } = this.doc;
    for (let j = k + 1; j < Math.min(to, k + SUBJECT_REACH + 2); j++) {
      if (tokens[j]!.text !== ",") continue;
      const m = this.byFirst.get(j + 1);
      return m && tokens[m.t1]?.text === "," ? this.entity(m.id, j + 1, m.t1) : null;
    }
    return null;
  }

  /** A description at k that points back to a named body ("the ministry", "the judges"), else null. */
  private pointingBack(k: number, end: number): Speaker | null {
    const d = this.describedFrom(k, end);
    return d?.entity ? d : null;
  }

  /** A described speaker from k on ("une ONG" after "selon"). */
  describedAt(k: number, end: number): Speaker | null {
    return this.describedFrom(k, end);
  }

  /** An entity mention that starts at k, and the token after it. */
  mentionAt(k: number): { speaker: Speaker; end: number } | null {
    const m = this.byFirst.get(k);
    return m ? { speaker: this.entity(m.id, k, m.t1), end: m.t1 } : null;
  }

  /**
   * Whether a link word at j ("of", "de") makes what follows the complement of the noun before it
   * ("demanded the resignation of President X"), not the head of a speaker's description: after a
   * noun that is no title ("the chief of Renault") and counts no members ("one of the officials").
   */
  private complementLink(j: number, end: number): boolean {
    const { tokens } = this.doc;
    const before = tokens[j - 1];
    if (!before || !this.lex.ownerLinks.longestAt(tokens, j, end)) return false;
    return before.kind !== "number" && !this.lex.personTitles.has(before.norm) && !this.lex.partitives.has(before.norm);
  }

  /**
   * "une source militaire", "a senior U.S. official": an unnamed speaker from k on; "l'ONG",
   * "the army" point back to the last entity of that sector, "la même source" to the last speaker.
   */
  private describedFrom(k: number, end: number): Speaker | null {
    const { tokens } = this.doc;
    const same = this.lex.sameSource.longestAt(tokens, k, end);
    if (same && this.last) return this.last;
    const phrase = this.lex.sourcePhrases.longestAt(tokens, k, end);
    if (phrase) return { entity: null, text: this.text(k, phrase.end) };
    if (!DETERMINERS.test(tokens[k]?.text ?? "")) return null;
    // "the judges" after "the International Criminal Court", "les députés" after "l'Assemblée nationale": the body they belong to
    // (a count between: "the eight justices", "les 577 députés")
    const noun = tokens[k + 1]?.kind === "number" || timeLexicon(this.doc.lang).numbers.has(tokens[k + 1]?.norm ?? "") ? k + 2 : k + 1;
    const member = DEFINITE.test(tokens[k]!.text) ? this.lex.memberNouns.get(tokens[noun]?.norm ?? "") : undefined;
    const body = member ? this.lastWithHead(member, k) : null;
    if (body) return body;
    let country: string | null = null;
    for (let j = k + 1; j < Math.min(end, k + 6) && isWordy(tokens[j]) && !this.complementLink(j, end); j++) {
      // ("a State Department spokesman": a name inside the description is no noun of it; the spokesperson of an organization speaks for it)
      const inner = this.byFirst.get(j);
      if (inner) {
        if (this.lex.spokesNouns.longestAt(tokens, inner.t1, end) && this.byId.get(inner.id)?.type === "organization") return this.entity(inner.id, j, inner.t1);
        // ("the Polish army command": a country named in the description is whose body it is)
        const place = this.byId.get(inner.id);
        if (place?.geo?.kind === "country") country = place.geo.country;
        // (its capitalized words only: "the Polish army command" keeps its noun)
        let last = j;
        for (let c = j + 1; c < inner.t1; c++) if (/^\p{Lu}/u.test(tokens[c]!.text)) last = c;
        j = last;
        continue;
      }
      // "a statement from the Kremlin", "un communiqué du ministère russe de la Défense": the document speaks for its issuer
      const issuer = this.lex.documentNouns.has(tokens[j]!.norm) ? this.issuerAfter(j + 1, end) : null;
      if (issuer) return issuer;
      if (!this.lex.speakerNouns.has(tokens[j]!.norm)) continue;
      const sectors = DEFINITE.test(tokens[k]!.text) ? (this.lex.sectorNouns.get(tokens[j]!.norm) ?? []) : [];
      const back = sectors.map((sector) => this.lastOfSector(sector, k, country)).find((b) => b) ?? (DEFINITE.test(tokens[k]!.text) && j === k + 1 ? this.lastWithHead(tokens[j]!.norm, k) : null);
      if (back) return back;
      // "Selon l'ancien Premier ministre, …" after "Dominique de Villepin a critiqué …": a title of one person, the person last named nearby
      const titled = SINGULAR_DEFINITE.test(tokens[k]!.text) && this.lex.personTitles.has(tokens[j]!.norm) ? this.lastPersonNear(k) : null;
      if (titled) return titled;
      let e = j + 1;
      // (not into a time after it, nor the word that qualifies it: "son producteur lundi", "a court filing late on Sunday")
      while (e < Math.min(end, j + 3) && tokens[e]!.kind === "word" && /^\p{Ll}/u.test(tokens[e]!.text) && !this.lex.functionWords.has(tokens[e]!.norm) && !this.lex.verbs.longestAt(tokens, e) && this.pastTimes(e, end) === e && !this.qualifiesTime(e, end)) e++;
      return { entity: null, text: this.text(k, e) };
    }
    return null;
  }

  /** Whether token k is a word that qualifies the time after it ("late on Sunday", "tard dimanche"). */
  private qualifiesTime(k: number, end: number): boolean {
    return timeLexicon(this.doc.lang).monthParts.has(this.doc.tokens[k]!.norm) && this.pastTimes(k + 1, end) > k + 1;
  }

  /** "le ministère" after "le ministère de la Santé", "the ministry" after "the Ministry of Health": the last organization named before token k whose name holds that noun. */
  private lastWithHead(noun: string, k: number): Speaker | null {
    return this.lastNamed(k, (e) => e.type === "organization" && this.nameWords(e).has(noun));
  }

  /** The issuer a link word names after a document's noun: a name, or a description ("from the Finnish presidency"). */
  private issuerAfter(k: number, end: number): Speaker | null {
    const { tokens } = this.doc;
    const link = this.lex.documentLinks.longestAt(tokens, k, end);
    if (!link) return null;
    // ("d'un décompte de l'ONG mozambicaine Plataforma Decide", "a tally by the NGO Casa Verde": the name a few words of description stand before)
    for (let j = link.end; j < Math.min(end, link.end + ISSUER_WORDS); j++) {
      const named = this.byFirst.get(j);
      if (named) return this.entity(named.id, link.end, named.t1);
      if (tokens[j]!.kind !== "word") break;
    }
    // (a description after the link: "from the Finnish presidency", "du ministère")
    const from = DETERMINERS.test(tokens[link.end]?.text ?? "") ? link.end : link.end - 1;
    return DETERMINERS.test(tokens[from]?.text ?? "") ? this.describedFrom(from, end) : null;
  }

  /**
   * The last entity of a sector (NGO, MED, MIL…) named before token k; "the company", "le club"
   * point back to an organization the knowledge does not know too (most are companies and clubs).
   */
  private lastOfSector(sector: string, k: number, country: string | null = null): Speaker | null {
    const open = OPEN_SECTORS.has(sector);
    const fits = (e: EntityRecord) => {
      // ("the ministry said" after "Finance Minister Choi Sang-mok": a body's noun names a body, not its minister)
      if ((country && e.country !== country) || e.type === "person") return false;
      const known = this.doc.known.get(e.id);
      return known ? known.sector === sector : open && e.type === "organization";
    };
    // ("the company said" after a carmaker named throughout and another named once in passing: the one the text is about)
    const named = open ? this.mostNamed(k, fits) : this.lastNamed(k, fits);
    // ("“…,” the army said in a statement" before the text names "the Syrian army": the army it names next, when an army speaks first)
    return named ?? (sector === "MIL" ? this.nextArmy(k) : null);
  }

  /** the mentions of armed forces, in text order, listed once per document */
  private armies: { t0: number; id: string }[] | null = null;

  /** The first armed force named after token k. */
  private nextArmy(k: number): Speaker | null {
    this.armies ??= this.ordered.filter((m) => this.doc.known.get(m.id)?.sector === "MIL");
    const m = this.armies[countBefore(this.armies, (a) => a.t0 < k)];
    const e = m && this.byId.get(m.id);
    return e ? { entity: e.id, text: e.name } : null;
  }

  /**
   * The person a title points back to, when a person was named within TITLE_REACH tokens before
   * token k: the last speaker, when a person spoke within that reach ("…, a annoncé son directeur,
   * X. « … », a déclaré le délégué général"); else the person named first, as the subject, in the sentence
   * that named a person last ("Van Aert beat Pidcock … « … », a déclaré le champion"); else that person.
   */
  private lastPersonNear(k: number): Speaker | null {
    for (let i = countBefore(this.ordered, (m) => m.t0 < k) - 1; i >= 0; i--) {
      const m = this.ordered[i]!;
      if (k - m.t0 > TITLE_REACH) return null;
      if (this.byId.get(m.id)!.type !== "person") continue;
      if (this.last?.entity && this.byId.get(this.last.entity)?.type === "person" && k - this.lastAt <= TITLE_REACH) return this.last;
      const s = this.sentenceOf(m.t0);
      // (the sentence's first person, no later than m: m itself at the latest)
      let first = s ? countBefore(this.ordered, (x) => x.t0 < s.firstToken) : i;
      while (first < i && this.byId.get(this.ordered[first]!.id)!.type !== "person") first++;
      const lead = this.ordered[first]!;
      const e = this.byId.get(s && lead.t0 - s.firstToken <= SUBJECT_LEAD ? lead.id : m.id)!;
      return { entity: e.id, text: e.name };
    }
    return null;
  }

  /** The entity that fits named most often before token k (the first named of two named as often). */
  private mostNamed(k: number, fits: (e: EntityRecord) => boolean): Speaker | null {
    const counts = new Map<string, number>();
    let best: string | null = null;
    for (let i = 0, n = countBefore(this.ordered, (m) => m.t0 < k); i < n; i++) {
      const id = this.ordered[i]!.id;
      if (!fits(this.byId.get(id)!)) continue;
      const c = (counts.get(id) ?? 0) + 1;
      counts.set(id, c);
      // (of two named as often, the first: the one the text opened on)
      if (!best || c > counts.get(best)!) best = id;
    }
    const e = best ? this.byId.get(best)! : null;
    return e ? { entity: e.id, text: e.name } : null;
  }

  /** The sentence that holds token k. */
  private sentenceOf(k: number): Sentence | undefined {
    const { sentences } = this.doc;
    return sentences[countBefore(sentences, (x) => x.firstToken <= k) - 1];
  }

  /**
   * The organization or country that opens k's sentence, when a comma stands between them ("China's
   * military began drills around Taiwan, in what it called …"): a pronoun in a clause after the
   * main one's comma, no name between them, stands for that clause's subject, not for a name inside it.
   */
  private openingBodyBeforeComma(k: number): Speaker | null {
    const s = this.sentenceOf(k);
    const first = s ? this.ordered[countBefore(this.ordered, (m) => m.t0 < s.firstToken)] : undefined;
    if (!s || !first || first.t0 >= k || first.t0 > s.firstToken + OPENING_REACH || k - first.t0 > SUBJECT_PRONOUN_REACH) return null;
    const e = this.byId.get(first.id)!;
    if (e.type !== "organization" && e.geo?.kind !== "country") return null;
    // (the last comma before k, with no name after it: "…, after the start-up DeepSeek released a model that it says …" is DeepSeek's)
    let comma = -1;
    for (let j = this.byFirst.get(first.t0)?.t1 ?? k; j < k; j++) if (this.doc.tokens[j]!.text === ",") comma = j;
    const next = this.ordered[countBefore(this.ordered, (m) => m.t0 <= comma)];
    return comma >= 0 && !(next && next.t0 < k) ? { entity: e.id, text: e.name } : null;
  }

  /** The organization or country named last before token k in k's sentence. */
  private lastBodyInSentence(k: number): Speaker | null {
    const s = this.sentenceOf(k);
    for (let i = countBefore(this.ordered, (m) => m.t0 < k) - 1; i >= 0 && s && this.ordered[i]!.t0 >= s.firstToken; i--) {
      const e = this.byId.get(this.ordered[i]!.id)!;
      if (e.type === "organization" || e.geo?.kind === "country") return { entity: e.id, text: e.name };
    }
    return null;
  }

  /** The entity of the last mention before token k that `fits`. */
  private lastNamed(k: number, fits: (e: EntityRecord) => boolean): Speaker | null {
    for (let i = countBefore(this.ordered, (m) => m.t0 < k) - 1; i >= 0; i--) {
      const e = this.byId.get(this.ordered[i]!.id)!;
      if (fits(e)) return { entity: e.id, text: e.name };
    }
    return null;
  }

  private readonly words = new Map<string, Set<string>>();

  /** The folded words of an entity's names, once per entity. */
  private nameWords(e: EntityRecord): Set<string> {
    let w = this.words.get(e.id);
    // (the knowledge's names in every language too: "la communauté" for the Cédéao, "Communauté économique des États …")
    const known = this.doc.known.get(e.id)?.aliases ?? [];
    if (!w) this.words.set(e.id, (w = new Set([e.name, ...e.aliases, ...known].flatMap((n) => fold(n).split(/[\s'’-]+/)))));
    return w;
  }

  /** "… une source militaire": an unnamed speaker ending at k ("officials" alone too). */
  private describedEndingAt(k: number, from: number): Speaker | null {
    const { tokens } = this.doc;
    // "…, people familiar with the matter said": a set phrase of an unnamed source
    for (let j = Math.max(from, k - 8); j <= k; j++) if (this.lex.sourcePhrases.longestAt(tokens, j, k + 1)?.end === k + 1) return { entity: null, text: this.text(j, k + 1) };
    // ("Students leading the movement demanded", "Residents living near the plant said": a bare plural noun of speakers and a participle's phrase open the sentence)
    const head = tokens[from];
    const participle = tokens[from + 1];
    if (head && participle && k > from + 1 && k - from <= PARTICIPLE_PHRASE && this.lex.speakerNouns.has(head.norm) && /s$/.test(head.text) && participle.kind === "word" && (this.lex.participle.test(participle.text) || this.lex.pastParticiple.test(participle.text)) && tokens.slice(from, k + 1).every((t) => t.kind === "word" || t.kind === "clitic"))
      return { entity: null, text: this.text(from, k + 1) };
    const bare = this.doc.tokens[k];
    // ("…, witnesses said", "…, local media reported": a bare plural noun of speakers, a word or two before it)
    if (bare && this.lex.speakerNouns.has(bare.norm) && (/s$/.test(bare.text) || this.lex.massSpeakerNouns.has(bare.norm)) && !DETERMINERS.test(this.doc.tokens[k - 1]?.text ?? "x")) {
      let j = k;
      while (j > from && this.doc.tokens[j - 1]!.kind === "word" && /^\p{L}/u.test(this.doc.tokens[j - 1]!.text) && j > k - 3 && !DETERMINERS.test(this.doc.tokens[j - 1]!.text) && !this.lex.verbs.longestAt(this.doc.tokens, j - 1)) j--;
      return { entity: null, text: this.text(j, k + 1) };
    }
    for (let j = k; j >= Math.max(from, k - 6) && isWordy(this.doc.tokens[j]); j--) {
      if (!DETERMINERS.test(this.doc.tokens[j]!.text)) continue;
      const s = this.describedFrom(j, k + 1);
      if (s) return s;
    }
    return null;
  }

  /** The subject of a verb at v: the mention, pronoun or description just before it (auxiliaries, adverbs and an apposition passed over). */
  before(v: number, from: number): Speaker | null {
    const { tokens } = this.doc;
    let k = v - 1;
    for (let skipped = 0; k >= from && skipped < 3; skipped++) {
      const aux = [k, k - 1, k - 2].find((a) => a >= from && this.lex.auxiliaries.longestAt(tokens, a, v)?.end === k + 1);
      if (aux === undefined) break;
      k = aux - 1;
    }
    k = beforeBrackets(tokens, k, from);
    // ("The carmaker, formed in 2021 from the merger of Fiat Chrysler and PSA, blamed": a participle's clause between commas describes the subject before it)
    if (tokens[k]?.text === ",") {
      const open = this.participialApposition(k, from);
      if (open !== null) k = open - 1;
    }
    // "Le président du Parlement, X, a réitéré": the name just before the comma; "X, président du Parlement, a réitéré": pass over the apposition
    if (tokens[k]?.text === ",") {
      const typeOf = (id: string) => this.byId.get(id)?.type;
      const just = this.byLast.get(k - 1);
      // ("Oleg Ignasyuk, the deputy head of the Reconciliation Center, said": the person before an apposition ending on their organization)
      const person = (() => {
        for (let j = (just?.t0 ?? k) - 1; j >= Math.max(from, k - 24); j--)
          if (tokens[j]!.text === ",") {
            const m = this.byLast.get(j - 1);
            return m && typeOf(m.id) === "person" ? m : undefined;
          }
        return undefined;
      })();
      // ("Le jury, présidé par Juliette Binoche, a salué": a name after a preposition in the apposition is no subject)
      const adjunct = !!just && this.lex.adjunctPrepositions.has(tokens[just.t0 - 1]?.norm ?? "");
      // (a country that is the whole apposition speaks: "les pays voisins, le Mali et le Burkina Faso, ont déclaré")
      const speaks = (id: string) => typeOf(id) !== "location" || (this.byId.get(id)?.geo?.kind === "country" && this.namesOnly(just!.t0, from));
      if (just && just.t0 >= from && speaks(just.id) && !adjunct) {
        if (typeOf(just.id) !== "person" && person) return this.entity(person.id, person.t0, k);
        return this.withConjuncts(this.entity(just.id, just.t0, k), just.t0, from);
      }
      for (let j = k - 1; j >= Math.max(from, k - APPOSITION_REACH); j--)
        if (tokens[j]!.text === ",") {
          const m = this.byLast.get(j - 1);
          if (m) return this.entity(m.id, m.t0, j);
          // "The minister, who asked not to be named, said", "The panel, chaired by …, said": the description before an apposition
          const described = this.describedEndingAt(j - 1, from);
          if (described || this.lex.relatives.has(tokens[j + 1]?.norm ?? "") || adjunct) return described;
          break;
        }
    }
    k = this.pastPlaceAdjunct(k, from);
    // ("… led by Yoshihiko Noda, who accused …", "… Najib Mikati, qui a dénoncé …": a relative pronoun's subject is the name before it)
    if (k >= from && this.lex.relatives.has(tokens[k]!.norm)) {
      const before = tokens[k - 1]?.text === "," ? k - 2 : k - 1;
      const antecedent = this.byLast.get(before);
      if (antecedent && antecedent.t0 >= from) return this.entity(antecedent.id, antecedent.t0, before + 1);
    }
    // ("le collectif « Touche pas à mon école » a annoncé": a name in quotation marks before the verb)
    if (tokens[k]?.kind === "quote" && this.byLast.has(k - 1)) k--;
    const m = this.ownerOf(this.byLast.get(k), from) ?? this.byLast.get(k);
    if (m && m.t0 >= from) return this.withConjuncts(this.entity(m.id, m.t0, k + 1), m.t0, from);
    if (this.isPronoun(tokens[k])) return this.pronoun(k);
    return this.ownedBody(k, from) ?? this.describedEndingAt(k, from);
  }

  /** The opening comma of an apposition that the comma at c closes and a past participle opens ("…, formed in 2021 from …,"), or null. */
  private participialApposition(c: number, from: number): number | null {
    for (let j = c - 1; j > from && j >= c - APPOSITION_REACH; j--) if (this.doc.tokens[j]!.text === ",") return this.opensParticiple(j) ? j : null;
    return null;
  }

  /** Whether the comma at j opens a participle and its adjunct ("The committee, chaired by Amal Clooney,", "L'agence, basée à Vienne,"). */
  opensParticiple(j: number): boolean {
    const { tokens } = this.doc;
    const first = tokens[j + 1];
    return first?.kind === "word" && /^\p{Ll}/u.test(first.text) && this.lex.pastParticiple.test(first.text) && this.lex.adjunctPrepositions.has(tokens[j + 2]?.norm ?? "");
  }

  /** "the Foreign Ministry of Qatar said": the organization a link word joins to the name before the verb, its owner. */
  private ownerOf(m: { id: string; t0: number } | undefined, from: number): { id: string; t0: number } | null {
    if (!m) return null;
    for (let j = m.t0 - 1; j > from && j >= m.t0 - 3; j--) {
      if (this.lex.ownerLinks.longestAt(this.doc.tokens, j, m.t0)?.end !== m.t0) continue;
      const body = this.byLast.get(j - 1);
      return body && body.t0 >= from && this.byId.get(body.id)?.type === "organization" ? body : null;
    }
    return null;
  }

  /** The speaker with the names joined to it by "et", "and" before token t0 ("la France et l'Allemagne ont déclaré"). */
  private withConjuncts(speaker: Speaker, t0: number, from: number): Speaker {
    const { tokens } = this.doc;
    const also: string[] = [];
    const pastArticles = (j: number) => {
      while (j > from && this.isDeterminer(tokens[j]!)) j--;
      return j;
    };
    // ("le Brésil, la Colombie et le Mexique ont appelé": after the "et", names joined by commas, when the list opens the clause; not "En Syrie, la France et …")
    let listed: string[] = [];
    let j = pastArticles(t0 - 1);
    for (; j > from && also.length + listed.length < MAX_CONJUNCTS; ) {
      const joined = this.lex.coordinators.longestAt(tokens, j, j + 1)?.end === j + 1;
      if (!joined && !(also.length && tokens[j]!.text === ",")) break;
      const m = this.byLast.get(pastArticles(j - 1));
      const e = m && this.byId.get(m.id);
      if (!m || !e || m.t0 < from || (e.type === "location" && e.geo?.kind !== "country") || m.id === speaker.entity) break;
      if (joined && !listed.length) also.unshift(m.id);
      else listed.unshift(m.id);
      j = pastArticles(m.t0 - 1);
    }
    if (j < from || (j === from && this.isDeterminer(tokens[j]!))) also.unshift(...listed);
    return also.length ? { ...speaker, also } : speaker;
  }

  /** Whether names, articles and "et"/"and" alone stand between the comma before token t0 and t0 ("…, le Mali et le Burkina Faso"). */
  namesOnly(t0: number, from: number): boolean {
    const { tokens } = this.doc;
    for (let j = t0 - 1; j > from; j--) {
      const t = tokens[j]!;
      if (t.text === ",") return true;
      const m = this.byLast.get(j);
      if (m) j = m.t0;
      else if (!this.isDeterminer(t) && this.lex.coordinators.longestAt(tokens, j, j + 1)?.end !== j + 1) return false;
    }
    return false;
  }

  /**
   * "Le Centre national (CNRST) basé à Rabat a indiqué", "the agency in Geneva said": a place after
   * a preposition just before the verb is an adjunct of the subject, not the subject; the token
   * before it (a participle and an acronym in brackets passed over) is looked at instead.
   */
  private pastPlaceAdjunct(k: number, from: number): number {
    const { tokens } = this.doc;
    const m = this.byLast.get(k);
    const e = m && this.byId.get(m.id);
    if (!m || e?.type !== "location" || m.t0 - 1 <= from || !this.lex.adjunctPrepositions.has(tokens[m.t0 - 1]!.norm)) return k;
    let j = m.t0 - 2;
    // ("basé à", "based in": the participle that introduces the place)
    if (j > from && tokens[j]!.kind === "word" && /^\p{Ll}+(?:é|ée|és|ées|ed)$/u.test(tokens[j]!.text)) j--;
    // ("(CNRST)": an acronym in brackets after the name)
    j = beforeBrackets(tokens, j, from, 4);
    if (j >= from && this.byLast.has(j)) return j;
    // ("Officials in Kyiv said", "Economists in London warned": a place after a preposition is never the subject; the noun before it may be)
    return j >= from && tokens[j]!.kind === "word" && /^\p{L}/u.test(tokens[j]!.text) ? j : k;
  }

  /** "South Korea's military said", "Iran's foreign ministry said": a body of a named state or organization speaks for it. */
  private ownedBody(k: number, from: number): Speaker | null {
    const { tokens } = this.doc;
    if (!tokens[k] || !this.lex.speakerNouns.has(tokens[k]!.norm)) return null;
    for (let j = k; j >= Math.max(from + 2, k - 3) && tokens[j]!.kind === "word" && /^\p{Ll}/u.test(tokens[j]!.text); j--) {
      const clitic = tokens[j - 1]!;
      if (clitic.kind !== "clitic" || !isPossessive(clitic)) continue;
      const owner = this.byLast.get(j - 2);
      return owner && owner.t0 >= from ? this.entity(owner.id, owner.t0, k + 1) : null;
    }
    return null;
  }

  /** Past an adjunct that names no one right after an inverted verb ("a déclaré à la tribune le président …"): a preposition, an article, one word. */
  private pastUnnamedAdjunct(k: number, end: number): number {
    const { tokens } = this.doc;
    if (!this.lex.adjunctPrepositions.has(tokens[k]?.norm ?? "") || this.mentionAt(k + 1)) return k;
    let j = k + 1;
    while (j < end && (this.isDeterminer(tokens[j]) || tokens[j]!.kind === "clitic")) j++;
    const word = tokens[j];
    // (then the subject: an article or a name)
    return word && word.kind === "word" && /^\p{Ll}/u.test(word.text) && j + 1 < end && (this.isDeterminer(tokens[j + 1]) || /^\p{Lu}/u.test(tokens[j + 1]!.text)) ? j + 1 : k;
  }

  /** The subject after an inverted verb ending at k: "a-t-il dit", "a déclaré Pezeshkian", "said Netanyahu", "a indiqué une ONG". */
  after(k: number, end: number): Speaker | null {
    const { tokens } = this.doc;
    k = this.pastUnnamedAdjunct(this.pastTimes(k, end), end);
    if (this.isPronoun(tokens[k]) && tokens[k]!.kind === "clitic") return this.pronoun(k);
    // "said producer Emma Thomas", "a déclaré le cheikh Kassem", "said Turkish President Recep Tayyip Erdogan": a determiner and titles before the name
    // (reach: a determiner and up to four title words, "l'ancien Premier ministre Édouard Philippe")
    for (let j = k, reach = k + 6; j < Math.min(end, reach); j++) {
      // ("a réagi sur X le député Éric Ciotti": a name after a preposition is an adjunct's, no subject)
      const adjunct = this.lex.adjunctPrepositions.has(tokens[j]!.norm) ? this.mentionAt(j + 1) : null;
      if (adjunct) {
        reach += adjunct.end - j;
        j = adjunct.end - 1;
        continue;
      }
      const m = this.mentionAt(j);
      // ("said the chief of Renault, Paul Martin", "la présidente de la Commission européenne, Ursula von der Leyen": the person in apposition to the title's complement)
      const owned = () => j > k && [j - 1, j - 2].some((l) => l >= k && this.lex.ownerLinks.longestAt(tokens, l, end)?.end === j);
      const apposed = m && tokens[m.end]?.text === "," && owned() ? this.mentionAt(m.end + 1) : null;
      if (apposed && this.byId.get(apposed.speaker.entity ?? "")?.type === "person") return apposed.speaker;
      if (m) return m.speaker;
      if (j > k && this.complementLink(j, end)) break;
      // (an elided determiner is a clitic: "a déclaré l'entraîneur Didier Deschamps"; an honorific's period is passed: "a dénoncé M. Georgescu")
      if (tokens[j]!.kind !== "word" && tokens[j]!.kind !== "clitic" && !(tokens[j]!.text === "." && HONORIFIC.test(tokens[j - 1]?.text ?? ""))) break;
    }
    const described = this.describedFrom(k, end);
    // "said a resident, journalism student Muhammet Fatih Yavuz": the name in the apposition
    if (described) {
      for (let j = k + 1; j < Math.min(end, k + 10); j++) {
        // (within the sentence: not the subject of the next one)
        if (/^[.!?]$/.test(tokens[j]!.text)) break;
        const m = this.mentionAt(j);
        if (m && this.byId.get(m.speaker.entity ?? "")?.type === "person") return m.speaker;
      }
    }
    return described ?? this.unknownBodyAt(k, end);
  }

  /**
   * An article, a capitalized word and lower-case adjectives that end the sentence after an
   * inverted verb of speech ("…, a indiqué la Défense civile palestinienne."): the name of a body
   * the knowledge does not know, which speaks as its description.
   */
  private unknownBodyAt(k: number, end: number): Speaker | null {
    const { tokens } = this.doc;
    if (!DEFINITE.test(tokens[k]?.text ?? "") || !isWordy(tokens[k + 1]) || !/^\p{Lu}/u.test(tokens[k + 1]!.text)) return null;
    let e = k + 2;
    while (e < Math.min(end, k + 5) && tokens[e]!.kind === "word" && /^\p{Ll}/u.test(tokens[e]!.text) && !this.lex.functionWords.has(tokens[e]!.norm)) e++;
    return e >= end || /^[.!?]$/.test(tokens[e]!.text) ? { entity: null, text: this.text(k, e), named: true } : null;
  }
}
