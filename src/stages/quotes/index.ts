import { fold } from "../../text/fold.js";
import type { AnalyzedDocument, QuoteRecord, Sentence, Span, Token } from "../../document/document.js";
import { beforeBrackets, tokenIndexAt } from "../../document/offsets.js";
import type { Stage } from "../../pipeline/pipeline.js";
import { pastDateline } from "../../text/dateline.js";
import { quoteRegions } from "../../text/sentences.js";
import { quoteLexicon, type QuoteLexicon } from "./lexicon.js";
import { timeLexicon } from "../times/lexicon.js";
import { APPOSITION_REACH, SpeakerFinder, type Speaker } from "./speakers.js";
import { countBefore } from "../../util/sorted.js";

interface Cue {
  /** the verb's tokens [t0, t1) */
  t0: number;
  t1: number;
  speaker: Speaker | null;
}

type Draft = Omit<QuoteRecord, "id">;

/** a quotation mark that opens a quotation */
const OPENING_MARK = /^[«“"]/u;
const DASH = /^[—–-]$/;
/** a mark closing a quotation ("“…” said X", "« … » a déclaré X") */
/** prepositions that end a description before a name ("publié à Bruxelles") */
const CLOSING_MARK = /^[»”"’]$/;
const words = (text: string) => text.split(/[^\p{L}\p{N}]+/u).filter(Boolean).length;
/** how many words (titles, a determiner) may stand before a name that introduces a quotation ("Iranian Foreign Minister Abbas Araghchi “stressed …”") */
const NAME_LEAD = 4;
/** how far from a quotation, in tokens, the verb that reports it may stand in its sentence */
const CUE_REACH = 80;
/** how many tokens before a quotation a verb of naming may stand, its object between ("called the truce “…”") */
const NAMING_REACH = 6;
/** the longest reported content, in tokens: longer "content" is a run-on text, not a report */
const MAX_CONTENT_TOKENS = 150;
/** how long a clause between a speaker's name and the verb may be, in tokens ("X, who …, said") */
const CLAUSE_REACH = 25;
/** words of a title or a role that may stand before the name opening a sentence ("La présidente", "Le Premier ministre") */
const OPENING_TITLE_WORDS = 3;
/** the most words of a description fronted before its subject ("Tête de liste du RN, Jordan Bardella …") */
const FRONTED_WORDS = 6;
/** words an inverted subject may take when a title and its complement stand before the name ("le ministre de l'Intérieur, Eduardo del Castillo") */
const TITLED_SUBJECT_WORDS = 11;
/** words of an article, a title, its link and its complement before such a name */
const TITLE_PHRASE_WORDS = 7;
/** the longest adjunct of a verb of speech before a comma and what its clause adds ("said in a blog post, making it …"), in tokens */
const ADJUNCT_WORDS = 8;
/** tokens after a verb of speech within which its inverted subject and a closing adjunct are looked for */
const ADJUNCT_REACH = 30;
/** the words a subject may have between a relative pronoun and a verb of speech ("that officials in Kyiv say"): see gapRelativeBefore() */
const GAPPED_SUBJECT_REACH = 5;
/** the longest description in apposition to a verb's object, in tokens (", un collectif indépendantiste,") */
const APPOSITION_TOKENS = 6;
/** tokens from a control verb to the link that opens its report ("urged the leaders of the European Union to"): the object between */
const CONTROL_REACH = 8;
/** the longest subject of a verb of speech after reported content, in tokens, a name in brackets after it left aside ("…, the British military's United Kingdom Maritime Trade Operations (UKMTO) said") */
const SUBJECT_TOKENS = 12;
/** the longest subject of a verb of speech that closes a sentence after a comma, in tokens ("…, Xinhua news agency reported") */
const CLOSING_SUBJECT = 7;
/** the longest unnamed subject read before a main clause's verb for a participle's report, in words */
const SUBJECT_WORDS = 8;

/**
 * Quotes: direct quotations in « », “ ”, " " and ‘ ’ (a quotation interrupted by its cue is
 * two), partial ones (a few quoted words in the author's sentence), and indirect speech
 * ("X a déclaré que …", "selon X, …", "…, X said"), each with its speaker: named in the cue,
 * pointed back to by a pronoun ("a-t-il promis"), or described ("une source militaire").
 */
export const quotesStage: Stage = {
  name: "quotes",
  run(doc) {
    const lex = quoteLexicon(doc.lang);
    new QuoteFinder(doc, lex).run();
  },
};

class QuoteFinder {
  private readonly speakers: SpeakerFinder;
  private readonly regions: Span[];
  /** token index → index of the quotation region it lies in */
  private readonly inRegion: Int32Array;
  private readonly out: Draft[] = [];
  /** the verbs (their first token) that report a direct quotation: no indirect speech of their own */
  private readonly directCues = new Set<number>();
  /** quotation regions read as direct quotations (their closing cue is theirs, not indirect speech) */
  private readonly direct = new Set<number>();
  /** the speaker of the current sentence's first cue: what a participle ("affirmant que") reports for */
  private sentenceSpeaker: Speaker | null = null;
  /** where the quotes found in the sentence being read begin in `out` */
  private sentenceQuotes = 0;

  constructor(
    private readonly doc: AnalyzedDocument,
    private readonly lex: QuoteLexicon,
  ) {
    this.speakers = new SpeakerFinder(doc, lex);
    this.regions = doc.paragraphs.flatMap((p) => quoteRegions(doc.text, p.start, p.end));
    this.inRegion = new Int32Array(doc.tokens.length).fill(-1);
    let r = 0;
    doc.tokens.forEach((t, i) => {
      while (r < this.regions.length && this.regions[r]!.end <= t.start) r++;
      const reg = this.regions[r];
      if (reg && reg.start < t.start && t.end < reg.end) this.inRegion[i] = r;
    });
  }

  /** The first token starting at or after an offset. */
  private tokenAt(offset: number): number {
    const { tokens } = this.doc;
    const k = tokenIndexAt(tokens, offset);
    return tokens[k] && tokens[k]!.start >= offset ? k : k + 1 < tokens.length ? k + 1 : -1;
  }

  /** A verb of speech at k, after an auxiliary and an inverted pronoun if any ("a déclaré", "a-t-il promis", "ajoute-t-il"). */
  private verbAt(k: number, end: number): { t0: number; t1: number; pronoun: number | null } | null {
    const { tokens } = this.doc;
    let j = k;
    let pronoun: number | null = null;
    const aux = this.lex.auxiliaries.longestAt(tokens, j, end);
    if (aux) j = aux.end;
    // ("a de nouveau appelé", "a également affirmé", "has again urged": an aside or an adverb between the auxiliary and the verb)
    if (aux) j = this.pastAdverbs(j, end);
    // an auxiliary may hold the inverted pronoun ("a-t-il", "s'est-elle")
    if (aux && this.speakers.isPronoun(tokens[aux.end - 1]) && tokens[aux.end - 1]!.kind === "clitic") pronoun = aux.end - 1;
    if (this.speakers.isPronoun(tokens[j]) && tokens[j]!.kind === "clitic") pronoun = j++;
    const v = this.lex.verbs.longestAt(tokens, j, end);
    // ("claimed responsibility", "a revendiqué l'attentat": a claim of an act, no speech)
    if (!v || this.lex.notReports.longestAt(tokens, j, end)) return null;
    // ("the Economic Community of West African States": a capitalized form after a word is part of a name)
    if (/^\p{Lu}/u.test(tokens[j]!.text) && tokens[j - 1]?.kind === "word") return null;
    // "la menace de …", "the promise of …": after an article the word is a noun ("a" may be French "has")
    if (!aux && j === k && j > 0 && tokens[j - 1]!.norm !== "a" && this.speakers.isDeterminer(tokens[j - 1])) return null;
    // ("after repeated Ukrainian shelling", "malgré des appels répétés": a participle right after a preposition is an adjective)
    if (!aux && j === k && j > 0 && this.lex.prepositions.has(tokens[j - 1]!.norm) && v.end === j + 1 && this.lex.pastParticiple.test(tokens[j]!.text)) return null;
    if (pronoun === null && this.speakers.isPronoun(tokens[v.end]) && tokens[v.end]!.kind === "clitic") pronoun = v.end;
    return { t0: j, t1: v.end, pronoun };
  }

  /** Past asides and adverbs from token j ("de nouveau", "également", "again"). */
  private pastAdverbs(j: number, end: number): number {
    const { tokens } = this.doc;
    for (let n = 0; n < 2 && j < end; n++) {
      const aside = this.lex.asides.longestAt(tokens, j, end);
      if (aside) j = aside.end;
      else if (tokens[j]!.kind === "word" && /^\p{Ll}/u.test(tokens[j]!.text) && this.lex.adverbEnding.test(tokens[j]!.norm)) j++;
      else break;
    }
    return j;
  }

  /** The cue after a closing mark: ", a déclaré Pezeshkian", ", a-t-il promis", ", Netanyahu said", ", he added". */
  private cueAfter(j: number, end: number): Cue | null {
    const { tokens } = this.doc;
    let k = tokens[j]?.text === "," || DASH.test(tokens[j]?.text ?? "") ? j + 1 : j;
    // "…," producer Emma Thomas said / "…", le ministre X a déclaré: a few lower-case words of title before the name
    let m = this.speakers.mentionAt(k);
    // (not a name after a preposition: "a réagi sur X le député …")
    // (and not past a verb of speech: "a répondu Marine Le Pen" has its subject after the verb, read below)
    for (let t = k; !m && t < Math.min(end, k + 3) && tokens[t]!.kind === "word" && /^\p{Ll}/u.test(tokens[t]!.text) && !this.verbAt(t, end); t++)
      if (!this.lex.adjunctPrepositions.has(tokens[t]!.norm)) m = this.speakers.mentionAt(t + 1);
    if (m) {
      // "the mayor of Valencia, María José Catalá, told": the person in apposition is the speaker
      const named = tokens[m.end]?.text === "," ? this.speakers.mentionAt(m.end + 1) : null;
      if (named && tokens[named.end]?.text === "," && this.isPerson(named.speaker)) {
        const v = this.verbAt(named.end + 1, end);
        if (v) return { t0: v.t0, t1: v.t1, speaker: named.speaker };
      }
      // "X, who accepted the award …, said": the verb after a clause set between commas
      const v = this.verbAt(m.end, end) ?? (tokens[m.end]?.text === "," ? this.verbAfterClause(m.end + 1, end) : null);
      return v ? { t0: v.t0, t1: v.t1, speaker: m.speaker } : null;
    }
    if (this.speakers.isPronoun(tokens[k]) && tokens[k]!.kind === "word") {
      const v = this.verbAt(k + 1, end);
      // ('"Ukraine will stand." He added that …': a verb that opens a report of its own is not the quotation's cue)
      if (v && k === j && this.lex.complementizers.has(tokens[this.speakers.pastTimes(v.t1, end)]?.norm ?? "")) return null;
      return v ? { t0: v.t0, t1: v.t1, speaker: this.speakers.pronoun(k) } : null;
    }
    const v = this.verbAt(k, end);
    if (!v) return null;
    if (v.pronoun !== null) return { t0: v.t0, t1: v.t1, speaker: this.speakers.pronoun(v.pronoun) };
    k = v.t1;
    return { t0: v.t0, t1: v.t1, speaker: this.speakers.after(k, end) };
  }

  private isPerson(speaker: Speaker): boolean {
    return !!speaker.entity && this.doc.entities.find((e) => e.id === speaker.entity)?.type === "person";
  }

  /** The verb of speech just after the comma that closes a clause starting at k ("…, who …, said"). */
  private verbAfterClause(k: number, end: number): ReturnType<QuoteFinder["verbAt"]> {
    const { tokens } = this.doc;
    for (let c = k; c < Math.min(end, k + CLAUSE_REACH); c++) if (tokens[c]!.text === ",") return this.verbAt(c + 1, end);
    return null;
  }

  /**
   * The cue before an opening mark: "X a déclaré : «", "he said: “", "stating, “", a speaker named
   * just before the quotation ("Abbas Araghchi “stressed …”"), or a previous sentence that ends
   * on a colon ("Il a ajouté :").
   */
  private cueBefore(open: number, s: Sentence, prev: Sentence | undefined): Cue | null {
    const { tokens } = this.doc;
    const sep = open - 1;
    const m = this.speakers.endingAt(sep);
    // (a name opening the sentence, not the object of a verb: "la France soutiendrait l'Ukraine « aussi longtemps… »")
    const opening = !!m && this.wordsUpTo(s.firstToken, m.t0, NAME_LEAD + 1) <= NAME_LEAD;
    if (m && m.t0 >= s.firstToken && opening) return { t0: sep, t1: sep + 1, speaker: m.speaker };
    if (sep < s.firstToken && prev && tokens[prev.endToken - 1]?.text === ":") return this.colonCue(prev.endToken - 1, prev);
    if (sep < s.firstToken) return null;
    // ("said that “…”", "telling reporters that “…”": a complementizer stands where a colon would)
    if (tokens[sep]!.text === ":" || tokens[sep]!.text === "," || this.lex.complementizers.has(tokens[sep]!.norm)) return this.colonCue(sep, s);
    // ("…, saying “…”": a verb that reports a clause right before the quotation; not "a salué « un premier pas »", an object)
    for (let v = sep; v >= Math.max(s.firstToken, sep - 2); v--) {
      const verb = this.lex.clauseVerbs.longestAt(tokens, v, open);
      if (verb?.end === open) return { t0: v, t1: open, speaker: this.subjectOf(v, open, s) };
    }
    return null;
  }

  /** Whether a verb of naming starting within [t0, t1] runs up to a quotation mark. */
  private namesQuoted(t0: number, t1: number): boolean {
    const { tokens } = this.doc;
    for (let k = t0; k <= t1 && k < tokens.length; k++) {
      const m = this.lex.namingVerbs.longestAt(tokens, k);
      if (m && tokens[m.end]?.kind === "quote") return true;
    }
    return false;
  }

  /** A verb of naming that ends right before an opening mark, with its subject. */
  private namingCue(open: number, s: Sentence): Cue | null {
    const { tokens } = this.doc;
    for (let v = open - 1; v >= Math.max(s.firstToken, open - NAMING_REACH); v--) {
      // (right before the mark, or before the object it names: "called the truce “a fundamental step …”")
      const naming = this.lex.namingVerbs.longestAt(tokens, v, open);
      if (!naming || (naming.end !== open && !tokens.slice(naming.end, open).every((t) => t.kind === "word" || t.kind === "clitic"))) continue;
      const speaker = this.subjectOf(v, naming.end, s);
      return speaker ? { t0: v, t1: naming.end, speaker } : null;
    }
    return null;
  }

  /** The verb of speech (and its subject) in the few tokens before a colon or comma; before a colon with none, the sentence's subject named first. */
  private colonCue(sep: number, s: Sentence): Cue | null {
    const { tokens } = this.doc;
    for (let v = sep - 1; v >= Math.max(s.firstToken, sep - 5); v--) {
      const according = this.lex.according.longestAt(tokens, v, sep);
      if (according) {
        const who = this.speakers.mentionAt(according.end) ?? this.speakers.mentionAt(according.end + 1);
        if (who) return { t0: v, t1: according.end, speaker: who.speaker };
      }
      const verb = this.lex.verbs.longestAt(tokens, v, sep);
      if (verb) return { t0: v, t1: verb.end, speaker: this.subjectOf(v, verb.end, s) };
    }
    // ("Swift, who …, thanked fans on Instagram: “…”": a colon after a clause whose subject is named first in its sentence, no verb of speech)
    const subject = tokens[sep]!.text === ":" ? this.speakers.mentionAt(this.pastDateline(s)) : null;
    return subject ? { t0: sep, t1: sep + 1, speaker: subject.speaker } : null;
  }

  /** The subject of a verb of speech at [v, end): before it, after it, or (for "affirmant", "saying") the sentence's speaker. */
  private subjectOf(v: number, end: number, s: Sentence): Speaker | null {
    const { tokens } = this.doc;
    const participle = this.lex.participle.test(tokens[end - 1]!.text) && tokens[v - 1]?.text === ",";
    // (an unnamed subject opening the sentence before any name: "Opposition lawmakers on Wednesday submitted a motion to impeach Yoon, saying …")
    // (of people who speak, "lawmakers", "officials": not "Aucune délégation n'a été envoyée par Israël …, affirmant …", Israel's words)
    if (participle) {
      const opening = this.speakers.mentionAt(this.pastDateline(s)) ? null : this.openingSubject(s, v);
      // (and not the subject of a passive, whose agent speaks: "… n'a été envoyée par Israël")
      const passive = this.doc.tokens.slice(Math.max(this.pastDateline(s), v - APPOSITION_REACH), v).some((t) => this.lex.passiveMarkers.has(t.norm));
      const speaking = !!opening && !passive && opening.text.split(/\s+/).some((w) => this.lex.speakerNouns.has(fold(w)));
      return this.sentenceSpeaker ?? (speaking ? opening : null) ?? this.speakers.firstIn(this.pastDateline(s), v) ?? opening;
    }
    // ", a déclaré Kadibaf", ", said a resident": after a comma the subject follows the verb, unless "that" follows it
    // ("Keir Starmer, the British prime minister, said that …": the comma closes an apposition)
    const that = this.lex.complementizers.has(tokens[this.speakers.pastTimes(end, s.endToken)]?.norm ?? "");
    // ("The Louvre's director, Laurence des Cars, warned the minister that …": the comma closes an apposition too)
    if (tokens[v - 1]?.text === "," && !that) {
      if (!this.afterApposition(v - 1, s)) return this.speakers.after(end, s.endToken) ?? this.speakers.before(v, s.firstToken);
      // ("…, dont une dizaine dans une école, a indiqué la Défense civile.": a subject after the verb, ending the sentence, is the inverted one)
      const inverted = this.invertedSubject(end, s);
      if (inverted) return inverted;
    }
    // ("Olaf Scholz, who visited the site with Nancy Faeser, called …": a name inside a relative clause or a participle's adjunct is not the subject)
    let c = v - 1;
    while (c > s.firstToken && this.lex.auxiliaries.longestAt(tokens, c, c + 1)) c--;
    const clause = tokens[c]?.text === "," ? this.clauseInCommas(c, s) : -1;
    if (clause >= 0) {
      const subject = this.speakers.before(clause, s.firstToken);
      if (subject) return subject;
    }
    // "Donald Tusk called the remarks … and said Poland would …": a verb coordinated with an earlier one has the sentence's subject
    if (this.coordinated(v, s)) return this.speakers.subjectBefore(s.firstToken, v);
    const before = this.speakers.before(v, s.firstToken);
    if (before) return before;
    // an inverted subject follows a verb only after the quotation it reports ("“…” said X"), not before the content ("said Poland would")
    if (CLOSING_MARK.test(tokens[v - 1]?.text ?? "")) return this.speakers.after(end, s.endToken);
    // ("Sources familiar with the preliminary investigation said …": people who speak, unnamed, the words opening the sentence up to the verb)
    const start = this.pastDateline(s);
    // (a few words at most: a long sentence is not sliced at every cue)
    if (v <= start || v - start > SUBJECT_WORDS) return null;
    const words = tokens.slice(start, v);
    const plain = words.every((t) => t.kind === "word" || t.kind === "clitic");
    const speaking = plain && words.some((t) => this.lex.speakerNouns.has(t.norm)) && !words.some((_, j) => this.lex.verbs.longestAt(tokens, start + j, v));
    return speaking ? { entity: null, text: this.doc.text.slice(words[0]!.start, words[words.length - 1]!.end) } : null;
  }

  /**
   * The unnamed subject opening the sentence, up to its finite verb, for a participle's report
   * after the main clause ("Protesters marched on the ministry, saying …", "Des agriculteurs ont
   * bloqué l'autoroute, affirmant que …"): a description of up to SUBJECT_WORDS words, lower-case
   * after its first, or null.
   */
  private openingSubject(s: Sentence, v: number): Speaker | null {
    const { tokens } = this.doc;
    const start = this.pastDateline(s);
    let cut = -1;
    for (let k = start + 1; k < Math.min(v, start + SUBJECT_WORDS + 1); k++) {
      // (a time between the subject and its verb, no part of the subject: "Opposition lawmakers on Wednesday submitted")
      const past = this.speakers.pastTimes(k, v);
      if (past > k) {
        if (cut < 0) cut = k;
        k = past - 1;
        continue;
      }
      const t = tokens[k]!;
      if (t.kind !== "word" && t.kind !== "clitic") return null;
      const finite = this.lex.clauseAuxiliaries.has(t.norm) || this.lex.finiteVerbs.has(t.norm) || this.lex.finiteEnding.test(t.norm) || this.lex.auxiliaries.longestAt(tokens, k, v);
      if (!finite) {
        if (/^\p{Lu}/u.test(t.text)) return null;
        continue;
      }
      let end = cut >= 0 ? cut : k;
      // (an adverb before the verb is no part of the subject: "briefly walked out")
      while (end > start + 1 && this.lex.adverbEnding.test(tokens[end - 1]!.norm)) end--;
      return { entity: null, text: this.doc.text.slice(tokens[start]!.start, tokens[end - 1]!.end) };
    }
    return null;
  }

  /**
   * Whether a report was found within tokens [from, to) already ("X said Y …, according to a
   * statement", "AMD announced it would cut jobs, a spokesperson told CNBC"): the clause is that
   * report's, and the later cue its source's, not a report of the whole clause.
   */
  private quotedWithin(from: number, to: number): boolean {
    const a = this.doc.tokens[from]!.start;
    const b = this.doc.tokens[to - 1]?.end ?? a;
    // (quotes are recorded in text order: those of this sentence are the last ones)
    for (let n = this.out.length - 1; n >= 0 && this.out[n]!.end > a; n--) {
      const q = this.out[n]!;
      if (q.kind === "indirect" && q.start >= a && q.end <= b) return true;
    }
    return false;
  }

  /** Whether a coordinating word ("and", "mais"), auxiliaries aside, stands just before the verb at v. */
  private coordinated(v: number, s: Sentence): boolean {
    const { tokens } = this.doc;
    for (let k = v - 1; k >= s.firstToken && k >= v - 4; k--) {
      if (this.lex.coordinators.longestAt(tokens, k, v)?.end === v) return true;
      const aux = this.lex.auxiliaries.longestAt(tokens, k, v);
      if (!aux || aux.end !== v) continue;
      for (let j = k - 1; j >= s.firstToken && j >= k - 2; j--) if (this.lex.coordinators.longestAt(tokens, j, k)?.end === k) return true;
    }
    return false;
  }

  /**
   * The speaker named by a mention that ends the phrase [from, end) after a few words of
   * description ("le quotidien Le Parisien"), none of them a preposition ("un communiqué publié
   * à Bruxelles" is no apposition).
   */
  private nameEndingAt(from: number, end: number): Speaker | null {
    const { tokens } = this.doc;
    for (let k = from; k < Math.min(end, from + 4); k++) {
      const m = this.speakers.mentionAt(k);
      if (m) return m.end === end ? m.speaker : null;
      const article = tokens[k]!.kind === "clitic" && /^l['’]$/i.test(tokens[k]!.text);
      if ((tokens[k]!.kind !== "word" && !article) || this.lex.prepositions.has(tokens[k]!.norm)) return null;
    }
    return null;
  }

  /** The verb of speech or "selon X" of the sentence, outside quotations, nearest to token `near` (within CUE_REACH tokens), with its speaker. */
  private cueInSentence(s: Sentence, near: number): Cue | null {
    const { tokens } = this.doc;
    let best: Cue | null = null;
    let bestDistance = Infinity;
    for (let i = Math.max(s.firstToken, near - CUE_REACH); i < Math.min(s.endToken, near + CUE_REACH); i++) {
      if (this.inRegion[i]! >= 0) continue;
      let cue: Cue | null = null;
      const according = this.lex.according.longestAt(tokens, i, s.endToken);
      if (according) {
        // "selon elle": the last speaker, or the last person named
        const own = this.lex.reportingOfSpeech.longestAt(tokens, i, s.endToken);
        const who = own ? null : (this.speakers.mentionAt(according.end) ?? this.speakers.mentionAt(according.end + 1));
        const speaker = own ? this.speakers.pronoun(own.end - 1) : (who?.speaker ?? this.speakers.describedAt(according.end, s.endToken));
        if (speaker) cue = { t0: i, t1: own ? own.end : according.end, speaker };
      } else {
        const v = this.verbAt(i, s.endToken);
        const speaker = v ? (v.pronoun !== null ? this.speakers.pronoun(v.pronoun) : this.subjectOf(i, v.t1, s)) : null;
        if (v && speaker) cue = { t0: v.t0, t1: v.t1, speaker };
      }
      if (cue && Math.abs(i - near) < bestDistance) {
        best = cue;
        bestDistance = Math.abs(i - near);
      }
    }
    return best;
  }

  /** Records a quote; `cue` is the verb that reports it, when one does (a continued quotation has none of its own). */
  private add(kind: QuoteRecord["kind"], start: number, end: number, found: Speaker | null, cue: Cue | null, heard = true): void {
    // a town, a region or a road says nothing ("a fatality was reported in the Zaporizhzhia region"); a country or a capital speaks for its state
    const speaker = found && this.mute(found.entity) ? null : found;
    if (kind === "indirect" && !speaker) return;
    // reported content that is its speaker's own name ("…, ce que dément le ministre de la Défense") says nothing
    const content = this.doc.text.slice(start, end);
    const rest = words(content) - words(speaker?.text ?? "");
    if (kind === "indirect" && speaker && content.includes(speaker.text) && (rest < 3 || (content.startsWith(speaker.text) && rest < 4))) return;
    // ("He stressed that the Syrian army “is fighting …”": a subject before the quotation that carries what was said is no content of its own)
    if (kind === "indirect" && words(content) <= 3 && OPENING_MARK.test(this.doc.text.slice(end, end + 3).trimStart())) return;
    if (speaker && heard) this.speakers.heard(speaker, tokenIndexAt(this.doc.tokens, end - 1));
    this.out.push({
      kind,
      start,
      end,
      text: this.doc.text.slice(start, end),
      speaker: speaker?.entity ?? null,
      speakerText: speaker?.text ?? null,
      ...(speaker?.named ? { speakerNamed: true } : {}),
      cue: cue ? this.doc.text.slice(this.doc.tokens[cue.t0]!.start, this.doc.tokens[cue.t1 - 1]!.end) : null,
      ...(cue ? { cueSpan: { start: this.doc.tokens[cue.t0]!.start, end: this.doc.tokens[cue.t1 - 1]!.end } } : {}),
    });
    // "la France et l'Allemagne ont déclaré …": what several said together, once for each, in the order they are named
    const said = this.out.pop()!;
    for (const other of speaker?.also ?? []) this.out.push({ ...said, speaker: other, speakerText: this.doc.entities.find((e) => e.id === other)?.name ?? null });
    this.out.push(said);
  }

  private mute(id: string | null): boolean {
    const e = id ? this.doc.entities.find((x) => x.id === id) : undefined;
    const known = e ? this.doc.known.get(e.id) : undefined;
    return !!e && e.type === "location" && e.geo?.kind !== "country" && !known?.capitalOf && !known?.seatOf;
  }

  /** One quotation region: direct when it opens its sentence or follows a colon, partial inside the author's sentence. */
  private region(r: Span, s: Sentence, prev: Sentence | undefined, lastDirect: { speaker: Speaker | null; sentence: number } | null, si: number): Cue | null {
    const { tokens, text } = this.doc;
    let start = r.start + 1;
    let end = r.end - 1;
    while (start < end && /\s/.test(text[start]!)) start++;
    while (end > start && /[\s,;:]/.test(text[end - 1]!)) end--;
    if (end <= start) return null;
    const open = this.tokenAt(r.start);
    const close = this.tokenAt(r.end - 1);
    const inner = tokens.slice(open + 1, close).filter((t) => t.kind === "word");
    const opensSentence = this.nothingSaidIn(s.firstToken, open, true);
    const after = this.cueAfter(close + 1, s.endToken);
    const before = this.cueBefore(open, s, prev);
    // (": «", ", «"; or "said that “…”", "telling reporters that “…”": a complementizer after the cue and its object)
    const separated = /^[:,]$/.test(tokens[open - 1]?.text ?? "") || (!!before && open - before.t1 <= 4 && this.lex.complementizers.has(tokens[open - 1]?.norm ?? ""));
    // (a short quotation that opens its sentence and has its cue after it is said all the same: « C'est inacceptable », a réagi X)
    const shortSaid = inner.length >= 1 && opensSentence && !!after && (/^[,—–-]$/.test(tokens[close + 1]?.text ?? "") || tokens[close - 1]?.text === ",");
    // ("said that “every square metre” of the canal belonged …": words the clause goes on after are quoted within it, a partial quotation)
    // (not after a comma closing the quoted words: "“I don't have the strength anymore,” one survivor …")
    const goesOn = !after && tokens[close - 1]?.text !== "," && tokens[close + 1]?.kind === "word" && /^\p{Ll}/u.test(tokens[close + 1]!.text);
    if ((inner.length >= 3 && !goesOn && (opensSentence || (before && (separated || opensSentence)) || (before && before.t1 === open))) || shortSaid) {
      this.direct.add(this.inRegion[open + 1]!);
      const incise = this.incise(open + 1, close);
      if (incise) {
        // «Ils étaient sept, note le colonel Robert. Quatre sont soupçonnés…»: two quotations and their cue
        this.add("direct", start, tokens[incise.comma - 1]!.end, incise.cue.speaker, incise.cue);
        const rest = tokens[incise.resume];
        if (rest && rest.start < end) this.add("direct", rest.start, end, incise.cue.speaker, null);
        return incise.cue;
      }
      const cue = after ?? before ?? this.cueInSentence(s, close);
      if (cue) this.directCues.add(cue.t0);
      // a quotation with no cue of its own goes on the one before it
      const next = this.doc.sentences[si + 1];
      const speaker =
        cue?.speaker ?? (lastDirect && si - lastDirect.sentence <= 3 ? lastDirect.speaker : null) ?? (next ? (this.cueInSentence(next, next.firstToken)?.speaker ?? null) : null);
      this.add("direct", start, end, speaker, cue);
      return cue ?? { t0: open, t1: open + 1, speaker };
    }
    // a quoted name or title ("Organisation de libération du Levant", "Printemps arabe", "Round 2") is no speech; nor is a gloss in brackets
    const capitalized = (t: Token) => /^\p{Lu}/u.test(t.text);
    const gloss = tokens[open - 1]?.text === "(" || tokens[close + 1]?.text === ")";
    if (inner.length && (gloss || inner.every((t) => capitalized(t) || t.text.length <= 3) || (inner.length <= 6 && capitalized(inner[0]!)))) return null;
    // ("in what Zelensky called “…”", "ce que le ministre a qualifié de « … »": words a verb of naming puts on something are its subject's)
    const naming = this.namingCue(open, s);
    const cue = naming ?? this.cueInSentence(s, open) ?? after;
    // words quoted with no cue: the sentence subject's ("Nolan thanked his wife, « the producer of all our films »", "He
    // dedicated his win to « peacemakers »"), else the last speaker's, else nobody's (a partial quotation all the same)
    const subject = cue?.speaker ? null : this.speakers.subjectBefore(s.firstToken, open);
    // (a subject guessed so is no speaker a later pronoun or quotation points back to)
    this.add("partial", start, end, cue?.speaker ?? subject ?? this.speakers.last, cue, !subject);
    return null;
  }

  /** A cue set inside a quotation between commas, or a comma and a period: ", note le colonel Robert." / ", a-t-il dit,". */
  private incise(from: number, close: number): { comma: number; resume: number; cue: Cue } | null {
    const { tokens } = this.doc;
    for (let k = from + 2; k < close - 1; k++) {
      if (tokens[k]!.text !== ",") continue;
      const v = this.verbAt(k + 1, close);
      if (!v) continue;
      const speaker = v.pronoun !== null ? this.speakers.pronoun(v.pronoun) : this.speakers.after(v.t1, close);
      if (!speaker) continue;
      let j = v.t1;
      while (j < close && j < v.t1 + 8 && tokens[j]!.text !== "," && tokens[j]!.text !== ".") j++;
      if (j >= close - 1 || j >= v.t1 + 8) continue;
      return { comma: k, resume: j + 1, cue: { t0: v.t0, t1: v.t1, speaker } };
    }
    return null;
  }

  /** Whether a control link and an infinitive after it stand within tokens [from, to), before any punctuation ("à la justice française d'avoir agi"). */
  private infinitiveLinkAfter(from: number, to: number): boolean {
    const { tokens } = this.doc;
    for (let j = from; j < to && tokens[j]!.kind !== "punct"; j++) if (this.lex.controlLinks.has(tokens[j]!.norm) && this.infinitiveAt(j + 1)) return true;
    return false;
  }

  /** Whether token k is an infinitive ("a dit assumer …"): of its form, lower-case, no function word. */
  private infinitiveAt(k: number): boolean {
    const t = this.doc.tokens[k];
    return !!t && t.kind === "word" && this.lex.infinitive.test(t.text) && !this.lex.notInfinitives.has(t.norm) && !this.lex.functionWords.has(t.norm);
  }

  /**
   * Whether the content from `from` opens with the subject of the verb of request at k, nothing
   * between but words of a noun phrase ("claimed that the president had asked him to …"): that
   * verb is the content's own, a request within it, not a report that ends it.
   */
  private subjectOpens(from: number, k: number, end: number): boolean {
    const { tokens } = this.doc;
    // (a request's report, "had asked him to", "lui avait demandé de": one of speech, "said that …", still ends the content before it)
    const verb = this.verbAt(k, end);
    if (!verb || this.lex.controlVerbs.longestAt(tokens, verb.t0, end)?.end !== verb.t1) return false;
    const a = this.lex.complementizers.has(tokens[from]!.norm) ? from + 1 : from;
    if (k - a > SUBJECT_TOKENS || !this.speakers.isDeterminer(tokens[a]) && !this.speakers.mentionAt(a)) return false;
    for (let j = a; j < k; j++) if ((tokens[j]!.kind !== "word" && tokens[j]!.kind !== "clitic") || this.lex.coordinators.longestAt(tokens, j, k)) return false;
    // (the verb's auxiliaries are its own: "the president had asked")
    let v = k;
    while (v > a && this.lex.auxiliaries.longestAt(tokens, v - 1, k)) v--;
    return v > a && !this.verbLike(a, v);
  }

  /**
   * Where reported content ends: the sentence's end, a comma before a further cue or a break
   * (", adding that …", ", alors que"), or the next report ("… said that …": the content of a
   * report holds no other, so that reports never overlap and their total size stays within the
   * text's), and at most MAX_CONTENT_TOKENS tokens on.
   */
  private contentEnd(from: number, s: Sentence): number {
    const { tokens } = this.doc;
    const end = Math.min(s.endToken, from + MAX_CONTENT_TOKENS);
    let k = from;
    for (; k < end; k++) {
      // ("called for a joint budget and warned that …": the coordinator before the next report is no part of the content)
      if (k > from + 1 && this.reportAt(k, s.endToken) && !this.subjectOpens(from, k, s.endToken)) {
        let e = tokens[k - 1]?.text === "," ? k - 1 : k;
        while (e > from + 1 && this.lex.coordinators.longestAt(tokens, e - 1, e)?.end === e) e--;
        return this.beforeCoordinatedSubject(from, e);
      }
      // ("announced her resignation in a televised address and said the military would …": a verb of speech coordinated after the content starts a report of its own)
      const and = k > from + 1 ? this.lex.coordinators.longestAt(tokens, k, s.endToken) : null;
      if (and && this.lex.coordinatedReports.longestAt(tokens, and.end, s.endToken)) return k;
      // ("said 47 people had been arrested and condemned what he called …": a verb of the speaker's own act with an object of its own;
      // not a participle of the content's passive, "arrested and condemned to death")
      const act = and ? this.lex.coordinatedActs.longestAt(tokens, and.end, s.endToken) : null;
      if (act && tokens[act.end]?.kind === "word" && !this.lex.prepositions.has(tokens[act.end]!.norm)) return k;
      // ("… et a promis de chasser …", "… and has vowed to …": a verb of speech with an auxiliary of its own coordinated after the content;
      // not "said he would not govern … and hoped to …", the content's own verb)
      const verb = and ? (this.lex.auxiliaries.longestAt(tokens, and.end, s.endToken)?.end ?? and.end) : -1;
      if (and && (verb > and.end || and.end - k > 1) && this.lex.verbs.longestAt(tokens, verb, s.endToken)) return k;
      // "… soutiendra le régime « selon ses moyens », en référence à …": a comma after words quoted within ends the content
      if (tokens[k]!.text === "," && k > from + 1 && tokens[k - 1]!.kind === "quote" && this.inRegion[k - 2]! >= 0) return k;
      if (tokens[k - 1]?.text !== "," || k <= from + 1) continue;
      // "…vowed to retaliate, calling the move blackmail", "…, en dénonçant …": a participle of speech is the speaker's own act
      const p = /^en$/i.test(tokens[k]!.text) ? k + 1 : k;
      if (this.lex.participle.test(tokens[p]?.text ?? "") && this.lex.verbs.longestAt(tokens, p, s.endToken)) return k - 1;
      if (this.lex.contentBreaks.longestAt(tokens, k, s.endToken)) return k - 1;
      // ("Li said China was ready …, Xinhua news agency reported.": an attribution closing the sentence is another source's cue)
      if (this.closingAttribution(k, s)) return this.beforeCoordinatedSubject(from, k - 1);
    }
    // a quotation with its own cue ends the content; a few words quoted within it are part of it
    for (let j = from + 3; j < k; j++) {
      const n = tokens[j]!.kind === "quote" ? this.inRegion[j + 1]! : -1;
      if (n >= 0 && this.regions[n]!.start === tokens[j]!.start && this.direct.has(n)) return j;
    }
    // trailing punctuation off, but not the mark closing words quoted within the content
    const closesWithin = (j: number) => tokens[j]!.kind === "quote" && j > from && this.inRegion[j - 1]! >= 0 && this.regions[this.inRegion[j - 1]!]!.start >= tokens[from]!.start;
    while (k > from && (tokens[k - 1]!.kind === "punct" || tokens[k - 1]!.kind === "quote") && !closesWithin(k - 1)) k--;
    return k;
  }

  /**
   * Where content ends before the subject of the next report, coordinated after it ("denied the
   * charges and his lawyer, Roberto Su, said …"): at the coordinator, when what follows it up to
   * `end` opens with a determiner or a name and holds no verb of speech; else `end`.
   */
  private beforeCoordinatedSubject(from: number, end: number): number {
    const { tokens } = this.doc;
    for (let c = end - 2; c > from + 1 && end - c <= SUBJECT_TOKENS; c--) {
      if (this.lex.coordinators.longestAt(tokens, c, end)?.end !== c + 1) continue;
      const head = tokens[c + 1];
      const opens = this.speakers.isDeterminer(head) || (head?.kind === "word" && /^\p{Lu}/u.test(head.text));
      return opens && !this.lex.verbs.longestAt(tokens, c + 1, end) ? c : end;
    }
    return end;
  }

  /** The indexes of the quotation regions that overlap [a, b) (regions are in text order and apart: a binary search, then a walk). */
  private regionsOver(a: number, b: number): number[] {
    const found: number[] = [];
    for (let n = countBefore(this.regions, (r) => r.end <= a); n < this.regions.length && this.regions[n]!.start < b; n++) found.push(n);
    return found;
  }

  /** Whether tokens [from, end) hold no word (nor number, when `numbers` count): stops at the first. */
  private nothingSaidIn(from: number, end: number, numbers: boolean): boolean {
    for (let k = from; k < end; k++) {
      const kind = this.doc.tokens[k]!.kind;
      if (kind === "word" || (numbers && kind === "number")) return false;
    }
    return true;
  }

  /** How many words tokens [from, end) hold, counted up to `most` (a bound keeps every count short). */
  /**
   * "…, a annoncé jeudi son directeur général, Henri Dupont, lors de la présentation des résultats":
   * within ten words of the verb, a name, then a comma and an adjunct that closes the sentence.
   */
  private adjunctAfterSpeaker(from: number, end: number): boolean {
    const { tokens } = this.doc;
    let named = false;
    for (let k = from, words = 0; k < Math.min(end - 1, from + ADJUNCT_REACH) && words <= 10; k++) {
      if (tokens[k]!.kind === "word") words++;
      named ||= !!this.speakers.mentionAt(k);
      if (named && tokens[k]!.text === "," && this.adjunctAt(k + 1)) return !this.reportAt(k + 1, end);
    }
    return false;
  }

  /**
   * "…, officials said on Friday, in what …", "…, the monitor said, the first time …": after the
   * verb (its day, and an adjunct of its own), a comma and an adjunct or a noun phrase in apposition
   * that is no report of its own.
   */
  private adjunctAfterVerb(from: number, end: number): boolean {
    let k = this.speakers.pastTimes(from, end);
    const tokens = this.doc.tokens;
    // (past an adjunct of the verb's own first: "…, Microsoft said in a blog post, making it …")
    if (k < end && this.adjunctAt(k)) {
      let c = k + 1;
      while (c < Math.min(end, k + ADJUNCT_WORDS) && tokens[c]!.kind !== "punct") c++;
      if (tokens[c]?.text === ",") k = c;
    }
    // (or a participle's clause that is no report: "…, the Elysee said, tasking the 73-year-old with …")
    return tokens[k]?.text === "," && k + 1 < end && (this.adjunctAt(k + 1) || this.speakers.isDeterminer(tokens[k + 1]) || this.lex.participle.test(tokens[k + 1]!.text)) && !this.reportAt(k + 1, end);
  }

  /** The subject after a verb ending at `end` that ends its sentence ("…, a indiqué la Défense civile palestinienne."), or null ("a appelé les syndicats à reprendre le dialogue"). */
  private invertedSubject(end: number, s: Sentence): Speaker | null {
    const { tokens, text } = this.doc;
    // (or before an adjunct after a comma: "…, a annoncé le constructeur automobile, en raison de …")
    // (or before the document it spoke in: "…, a annoncé le constructeur automobile dans un communiqué publié …")
    let stop = s.endToken;
    for (let c = end; c < Math.min(s.endToken - 1, end + 9); c++)
      if ((tokens[c]!.text === "," && (this.adjunctAt(c + 1) || this.lex.relatives.has(tokens[c + 1]?.norm ?? ""))) || (c > end + 1 && this.inDocument(c))) {
        stop = c;
        break;
      }
    if (end >= stop || this.wordsUpTo(end, stop, TITLED_SUBJECT_WORDS + 1) > TITLED_SUBJECT_WORDS) return null;
    const speaker = this.speakers.after(end, stop);
    const k = this.speakers.pastTimes(end, stop);
    if (!speaker || k >= stop) return null;
    const rest = text.slice(tokens[k]!.start, tokens[stop - 1]!.end).replace(/[\s.!?»”"]+$/u, "");
    // (an article and a title or two before the name at most: not "a réitéré son soutien à la Syrie")
    if (rest.endsWith(speaker.text) && (words(rest) - words(speaker.text) <= 3 || this.titledBefore(k, speaker, words(rest) - words(speaker.text)))) return speaker;
    if (this.wordsUpTo(end, stop, 8) > 7) return null;
    // (or a description of a body named before, "le constructeur automobile": an article and lower-case words, no link)
    const phrase = tokens.slice(k, stop).filter((t) => t.kind !== "punct");
    const described = !!speaker.entity && phrase.length <= 5 && this.speakers.isDeterminer(phrase[0]) && phrase.slice(1).every((t) => t.kind === "word" && /^\p{Ll}/u.test(t.text) && !this.lex.objectLinks.has(t.norm));
    return described ? speaker : null;
  }

  /**
   * Whether the words from k to a person's name are an article, a title and its complement, with
   * or without a comma before the name ("le ministre de l'Intérieur, Eduardo del Castillo", "the
   * minister of the interior Ana Pérez"): an inverted subject, however many words its title takes.
   */
  private titledBefore(k: number, speaker: Speaker, before: number): boolean {
    const { tokens } = this.doc;
    return !!speaker.entity && before <= TITLE_PHRASE_WORDS && this.speakers.isDeterminer(tokens[k]) && this.lex.personTitles.has(tokens[k + 1]?.norm ?? "") && !!this.lex.ownerLinks.longestAt(tokens, k + 2);
  }

  /**
   * Whether the complementizer at k is a relative pronoun after the verb's direct object: an
   * article right after the verb, then a lower-case noun, then it ("a salué un départ qu'ils …";
   * not "a dit aux journalistes qu'il …", data relativeArticles).
   */
  private relativeAfterObject(t1: number, k: number): boolean {
    const { tokens } = this.doc;
    return k === t1 + 2 && this.lex.relativeArticles.has(tokens[t1]!.norm) && tokens[t1 + 1]!.kind === "word" && /^\p{Ll}/u.test(tokens[t1 + 1]!.text);
  }

  /**
   * Whether a participle of speech goes on after the verb, its times and its inverted subject
   * (", adding that …", "a indiqué la chaîne, ajoutant que …"): a report of its own, the clause
   * before the verb still the first one's.
   */
  private speechGoesOn(from: number, end: number): boolean {
    const { tokens } = this.doc;
    for (let k = from; k < Math.min(end - 1, from + 8); k++) {
      if (tokens[k]!.text === ",") return this.lex.participle.test(tokens[k + 1]!.text) && !!this.lex.verbs.longestAt(tokens, k + 1, end);
      if (tokens[k]!.kind === "punct" || tokens[k]!.kind === "quote") return false;
    }
    return false;
  }

  /** Whether a preposition at k names the document something was said in ("dans un communiqué", "in a statement"). */
  private inDocument(k: number): boolean {
    const { tokens } = this.doc;
    if (!this.lex.adjunctPrepositions.has(tokens[k]!.norm)) return false;
    const noun = this.speakers.isDeterminer(tokens[k + 1]) ? k + 2 : k + 1;
    return this.lex.documentNouns.has(tokens[noun]?.norm ?? "");
  }

  /** Whether an adjunct opens at k: a preposition, or a count of a time unit ("deux jours après …", "three days after …"). */
  private adjunctAt(k: number): boolean {
    const { tokens } = this.doc;
    if (this.lex.adjunctPrepositions.has(tokens[k]!.norm)) return true;
    const times = timeLexicon(this.doc.lang);
    const count = tokens[k]!.kind === "number" || times.numbers.has(tokens[k]!.norm);
    return count && times.units.has(tokens[k + 1]?.norm ?? "");
  }

  /** Whether tokens [from, to) hold a word that looks like a verb: an auxiliary, a verb of speech, a participle or a finite form in lower case. */
  private verbLike(from: number, to: number): boolean {
    const { tokens } = this.doc;
    for (let k = from; k < to; k++) {
      const t = tokens[k]!;
      if (t.kind !== "word" || !/^\p{Ll}/u.test(t.text)) continue;
      if (this.lex.auxiliaries.longestAt(tokens, k, to)) return true;
      if (this.lex.functionWords.has(t.norm)) continue;
      if (this.lex.verbs.longestAt(tokens, k, to) || this.finiteAt(t) || this.lex.pastParticiple.test(t.text) || this.lex.participle.test(t.text)) return true;
    }
    return false;
  }

  /** The words (and, with `numbers`, the figures) among tokens [from, end), counted up to `most`. */
  private wordsUpTo(from: number, end: number, most: number, numbers = false): number {
    let n = 0;
    for (let k = from; k < end && n < most; k++) if (this.doc.tokens[k]!.kind === "word" || (numbers && this.doc.tokens[k]!.kind === "number")) n++;
    return n;
  }

  /** Whether a verb of speech at k opens a report of its own: a complementizer follows within a few words. */
  private reportAt(k: number, end: number): boolean {
    const v = this.verbAt(k, end);
    if (!v) return false;
    const { tokens } = this.doc;
    const control = (this.lex.controlVerbs.longestAt(tokens, v.t0, end)?.end ?? -1) === v.t1;
    for (let j = v.t1; j < Math.min(end, v.t1 + 6); j++) {
      if (this.lex.complementizers.has(tokens[j]!.norm)) return true;
      // ("… et accusé le Rwanda de soutenir les rebelles": a verb of control and its link report too)
      if (control && j > v.t1 && this.lex.controlLinks.has(tokens[j]!.norm)) return true;
    }
    return false;
  }

  /** Indirect speech in one sentence, outside quotations. */
  private indirect(s: Sentence): void {
    const { tokens } = this.doc;
    const range = (t0: number, t1: number, least = 3): [number, number] | null => {
      // (a figure counts: "According to officials, 20 people died.")
      if (t1 <= t0 || this.wordsUpTo(t0, t1, least, true) < least) return null;
      return [tokens[t0]!.start, tokens[t1 - 1]!.end];
    };
    // content with a whole quotation in it is that quotation's, already taken
    const holdsRegion = (a: number, b: number) =>
      this.regionsOver(a, b).some((n) => {
        const r = this.regions[n]!;
        // (a few words quoted within a longer report leave it the report's)
        const share = this.direct.has(n) ? 0.6 : 0.8;
        return Math.min(r.end, b) - Math.max(r.start, a) > (b - a) * share && (r.end - r.start > 20 || this.direct.has(n));
      });
    for (let i = s.firstToken; i < s.endToken; i++) {
      if (this.inRegion[i]! >= 0) continue;
      const according = this.lex.according.longestAt(tokens, i, s.endToken) ?? this.openingAccording(i, s);
      if (according) {
        const own = this.lex.reportingOfSpeech.longestAt(tokens, i, s.endToken);
        const who = own ? null : (this.speakers.mentionAt(according.end) ?? this.speakers.mentionAt(according.end + 1) ?? this.speakers.personAfterWords(according.end, s.endToken, false));
        let whoEnd = own ? own.end : (who?.end ?? this.nounPhraseEnd(according.end, s.endToken));
        // ("selon le Premier ministre démissionnaire Gabriel Attal": the name a title's qualifier stands before is the same source)
        const titled = who ? this.speakers.personAfterWords(whoEnd, s.endToken, false) : null;
        if (titled && titled.speaker.entity === who?.speaker.entity) whoEnd = titled.end;
        // ("according to Pentagon officials", "according to IMF economists": those who speak for a body named before them)
        if (who && !this.isPerson(who.speaker)) while (whoEnd < s.endToken && whoEnd < who.end + 2 && this.lex.speakerNouns.has(tokens[whoEnd]!.norm)) whoEnd++;
        // "selon le quotidien Le Parisien", "according to the rights group Amnesty International": a name closing the source's phrase is the source
        const closing = who || own ? null : this.nameEndingAt(according.end + 1, whoEnd);
        let speaker = own ? this.speakers.pronoun(own.end - 1) : (who?.speaker ?? closing ?? this.speakers.describedAt(according.end, s.endToken) ?? this.describedSpeaker(according.end, whoEnd));
        // "Selon l'Observatoire syrien des droits de l'homme (OSDH), …": an acronym in brackets after the source
        if (tokens[whoEnd]?.text === "(") {
          let close = whoEnd + 1;
          while (close < Math.min(s.endToken, whoEnd + 8) && tokens[close]!.text !== ")") close++;
          if (tokens[close]?.text === ")") whoEnd = close + 1;
        }
        // "Selon le gouverneur de la région, Alexeï Smirnov, …": the name in apposition is the source
        const named = !who && tokens[whoEnd]?.text === "," ? this.speakers.mentionAt(whoEnd + 1) : null;
        // (or ending the sentence: "…, selon le maire de la ville, Vitali Klitschko.")
        const closed = (k: number) => tokens[k]?.text === "," || k >= s.endToken || /^[.!?]$/.test(tokens[k]!.text);
        if (named && closed(named.end) && this.isPerson(named.speaker)) {
          speaker = named.speaker;
          whoEnd = named.end;
        }
        const atStart = i === s.firstToken || this.nothingSaidIn(s.firstToken, i, false);
        // "The deal, according to two people familiar with the matter, could be announced …": the source in brackets of commas, the content around it
        const inserted = !atStart && tokens[i - 1]?.text === "," && tokens[whoEnd]?.text === "," && whoEnd + 1 < s.endToken && !this.quotedWithin(s.firstToken, i - 1);
        // ("…, according to exit polls, while the far right …", "…, selon l'ANI, alors que …": a clause of its own after the source ends what it reports)
        // (and an adjunct after the source's comma belongs to the clause before it: "…, according to the commission, in an election that …")
        const ownClause = inserted && (!!this.lex.contentBreaks.longestAt(tokens, whoEnd + 1, s.endToken) || this.lex.adjunctPrepositions.has(tokens[whoEnd + 1]!.norm));
        const span =
          atStart && tokens[whoEnd]?.text === ","
            ? range(whoEnd + 1, this.contentEnd(whoEnd + 1, s))
            : tokens[i - 1]?.text === "," && (ownClause || this.plainTail(whoEnd, s.endToken)) && !this.quotedWithin(s.firstToken, i - 1)
              ? range(this.pastDateline(s), i - 1)
              : inserted
                ? range(this.pastDateline(s), this.contentEnd(whoEnd + 1, s))
                : null;
        if (span && speaker && !holdsRegion(span[0], span[1])) this.add("indirect", span[0], span[1], speaker, { t0: i, t1: according.end, speaker });
        i = Math.max(i, whoEnd - 1);
        continue;
      }
      const v = this.verbAt(i, s.endToken);
      if (!v) continue;
      // ("ce que l'ONU a qualifié de « catastrophe »": a verb of naming and its quoted words report no clause)
      if (this.namesQuoted(v.t0, v.t1)) {
        i = v.t1 - 1;
        continue;
      }
      const prev = tokens[i - 1]?.text === "," ? i - 2 : i - 1;
      if ((tokens[prev]?.kind === "quote" && this.direct.has(this.inRegion[prev - 1]!)) || this.directCues.has(v.t0)) {
        i = v.t1 - 1;
        continue;
      }
      let speaker = v.pronoun !== null ? this.speakers.pronoun(v.pronoun) : this.subjectOf(i, v.t1, s);
      let span: [number, number] | null = null;
      /** whether the verb has what it asks for after it, however short ("Damas promet de riposter"): then it closes no report before it */
      let complemented = false;
      // "urged European leaders to stay united", "accuse le gouvernement de cacher", "appelle à une mobilisation": what follows the object's link
      if (this.lex.controlVerbs.longestAt(tokens, v.t0, s.endToken)?.end === v.t1) {
        // ("demandé à Israël de cesser": a link before a name links the object; the report follows the next one)
        let named: number | null = null;
        let reach = v.t1 + CONTROL_REACH;
        const indirectObject = this.speakers.pastTimes(v.t1, s.endToken);
        for (let k = v.t1; k < Math.min(s.endToken - 1, reach); k++) {
          // (a name's own link is none of the verb's: "a accusé la Cellule de coordination des actions de terrain (CCAT) d'être …")
          // (and its acronym in brackets after it)
          const inName = this.speakers.mentionAt(k);
          if (inName && inName.end - k > 1) {
            const end = tokens[inName.end]?.text === "(" && tokens[inName.end + 2]?.text === ")" ? inName.end + 3 : inName.end;
            reach += end - 1 - k;
            k = end - 1;
            continue;
          }
          // ("appelé les États-Unis et la France, qui parrainent l'accord, à faire pression": a relative clause in commas after the object is passed over)
          const relative = tokens[k]!.text === "," && this.lex.relatives.has(tokens[k + 1]?.norm ?? "") ? this.closingComma(k + 1, s) : -1;
          if (relative > 0) {
            reach += relative - k;
            k = relative;
            continue;
          }
          // ("a accusé la cheffe de l'opposition, María Corina Machado, de fomenter …": a name in apposition to the object, in commas, too;
          // or a description, "a accusé la CCAT, un collectif indépendantiste, d'être …")
          const apposed = tokens[k]!.text === "," ? this.speakers.mentionAt(k + 1) : null;
          const described = tokens[k]!.text === "," && !apposed && this.speakers.isDeterminer(tokens[k + 1]) ? this.closingComma(k + 2, s) : -1;
          const plain = described > 0 && described - k <= APPOSITION_TOKENS && tokens.slice(k + 2, described).every((t) => t.kind === "word" && /^\p{Ll}/u.test(t.text));
          const close = apposed && tokens[apposed.end]?.text === "," ? apposed.end : plain ? described : -1;
          if (close > 0) {
            reach += close - k;
            k = close;
            continue;
          }
          // ("warned that Israel would respond … to any violation": a clause of its own follows, not an object and its link)
          if (tokens[k]!.kind === "punct" || this.lex.complementizers.has(tokens[k]!.norm)) break;
          // ("a accusé les paramilitaires de « crimes de guerre »": quoted words after the link are a partial quotation, not a report of a clause)
          if (this.lex.controlLinks.has(tokens[k]!.norm) && tokens[k + 1]!.kind === "quote") break;
          if (!this.lex.controlLinks.has(tokens[k]!.norm) || tokens[k + 1]!.kind !== "word") continue;
          // ("reprochent à la justice française d'avoir agi": a link right after the verb opens whom it is told to, when a link and an infinitive follow;
          // not "appelle à une journée de grève")
          if (/^\p{Lu}/u.test(tokens[k + 1]!.text) || (k === indirectObject && this.infinitiveLinkAfter(k + 1, Math.min(s.endToken - 1, reach)))) {
            named ??= k;
            continue;
          }
          named = null;
          complemented = true;
          // ("urged police officers to refrain from violence": an appeal's content holds whom it asks; "accused X of …" does not)
          const object = this.speakers.pastTimes(v.t1, k);
          const from = k > object && this.lex.objectLinks.has(tokens[k]!.norm) ? object : k + 1;
          span = range(from, this.contentEnd(k + 1, s), 2);
          break;
        }
        if (named !== null) span = range(named + 1, this.contentEnd(named + 1, s));
      }
      // "a réitéré le soutien de son pays", "expressed its gratitude": the object is the content
      const object = this.lex.objectVerbs.longestAt(tokens, v.t0, s.endToken);
      // (not "…, a annoncé la préfecture lundi": after a comma, a speaker that ends the sentence is the inverted subject)
      const inverted = () => tokens[i - 1]?.text === "," && ((this.wordsUpTo(v.t1, s.endToken, 7) <= 6 && !!this.speakers.after(v.t1, s.endToken)) || !!this.invertedSubject(v.t1, s));
      // (or a count: "a fait état de 602 morts")
      // ("a plaidé pour une transition", "has called for a ceasefire": the verb's link is the object verb's own; "a démenti toute ingérence")
      const objectAt = object && (object.end === v.t1 || object.end === v.t1 + 1) ? object.end : -1;
      // ("called for restraint on all sides", "a appelé au dialogue avec …": a bare noun, with words after it: range() asks for three words)
      // (after a verb of appeal only, not "announced new sanctions"; not a time, "a appelé jeudi la population", nor a verb's form, "urged leaving")
      const bareNoun = (k: number) =>
        !!object && this.lex.appealVerbs.longestAt(tokens, object.start, s.endToken)?.end === object.end &&
        tokens[k]?.kind === "word" && /^\p{Ll}/u.test(tokens[k]!.text) && !this.lex.functionWords.has(tokens[k]!.norm) && !this.lex.participle.test(tokens[k]!.text) && !this.lex.verbs.longestAt(tokens, k, s.endToken) &&
        !this.doc.times.some((t) => t.start <= tokens[k]!.start && tokens[k]!.end <= t.end);
      if (!span && objectAt >= 0 && (/^(le|la|les|l'|l’|son|sa|ses|leur|leurs|un|une|des|toute|tout|toutes|tous|its|his|her|their|the|a|an|any)$/i.test(tokens[objectAt]?.text ?? "") || tokens[objectAt]?.kind === "number" || bareNoun(objectAt)) && !inverted())
        span = range(objectAt, this.contentEnd(objectAt, s));
      // "X a déclaré que …", "X said on Friday that …", "X affirme avoir …"
      let thatReach = v.t1 + 6;
      // (where an infinitive's report may open: past the verb's times and an aside, "affirme au contraire disposer de …")
      const opening = this.pastAdverbs(this.speakers.pastTimes(v.t1, s.endToken), s.endToken);
      for (let k = v.t1; !span && k < Math.min(s.endToken, thatReach); k++) {
        // (", adding that …": what follows a participle of speech is its own report)
        if (tokens[k]!.text === "," && this.speechGoesOn(k, s.endToken)) break;
        // (not a relative pronoun after the verb's own object: "ont salué un départ qu'ils réclamaient")
        if (this.lex.complementizers.has(tokens[k]!.norm) && !this.relativeAfterObject(v.t1, k)) span = range(k + 1, this.contentEnd(k + 1, s));
        else if (k === opening && (this.lex.contentStarts.longestAt(tokens, k, s.endToken) || this.infinitiveAt(k))) span = range(k, this.contentEnd(k, s));
        if (tokens[k]!.kind === "punct" && tokens[k]!.text !== ",") break;
        // ("said in Beijing, during a meeting with Pedro Sánchez, that …": an adjunct in commas, with no verb of speech, before "that")
        const close = tokens[k]!.text === "," ? this.closingComma(k + 1, s) : -1;
        if (close > 0 && this.lex.complementizers.has(tokens[close + 1]?.norm ?? "") && !tokens.slice(k + 1, close).some((_, j) => this.lex.verbs.longestAt(tokens, k + 1 + j, close))) {
          thatReach = close + 2;
          k = close;
        }
      }
      // "X said it was …", "X told reporters the city had fallen", "…, claiming it has no jurisdiction": a clause straight after the verb
      const participle = this.lex.participle.test(tokens[v.t1 - 1]!.text);
      if (!span && (tokens[i - 1]?.text !== "," || participle || this.afterApposition(i - 1, s)) && (this.lex.clauseVerbs.longestAt(tokens, v.t0, s.endToken)?.end ?? Infinity) <= v.t1) {
        let k = this.speakers.pastTimes(v.t1, s.endToken);
        if (/^told$|^tells$/i.test(tokens[v.t1 - 1]!.text)) k = this.speakers.mentionAt(k)?.end ?? (tokens[k]?.kind === "word" ? k + 1 : k);
        k = this.speakers.pastTimes(k, s.endToken);
        const first = tokens[k];
        // ("said the new variant did not …": a determiner, then a clause)
        const determined = !!first && this.speakers.isDeterminer(first) && this.clauseAt(k + 1, s.endToken);
        // ("at least 20 people were killed" opens a clause; "told reporters at his residence." ends on an adjunct)
        const adjunct = !!first && this.lex.adjunctPrepositions.has(first.norm) && !this.auxiliarySoon(k + 1, s.endToken);
        // ("warned the authorities about the man": after a verb that takes an object, a clause only with a finite verb of its own, "warned the city would fall")
        const objectOnly = !!this.lex.controlVerbs.longestAt(tokens, v.t0, s.endToken) && !this.auxiliarySoon(k, s.endToken);
        const relative = this.gapRelativeBefore(i, k, s, v.t1);
        if (first && !adjunct && !objectOnly && (this.lex.clauseStarts.has(first.norm) || (/^\p{Lu}/u.test(first.text) && first.kind === "word") || first.kind === "number" || this.clauseAt(k, s.endToken) || determined || relative >= 0))
          // ("the strikes, which officials said killed 12, hit …": a relative clause in commas ends at its closing comma)
          span = range(k, relative > 0 && tokens[relative - 1]!.text === "," ? this.untilClosingComma(k, s) : this.contentEnd(k, s));
        // (an unnamed subject after the relative is described without it: "officials", not "which officials")
        if (span && relative >= 0 && speaker && !speaker.entity) speaker = { ...speaker, text: this.doc.text.slice(tokens[relative + 1]!.start, tokens[i - 1]!.end) };
      }
      // "…, X said." / "…, a indiqué une ONG." / "…, affirme Naïm Kassem"
      if (!span) {
        const subjectStart = this.subjectStart(i, s);
        const comma = subjectStart - 1;
        // (not "Le PDG de TotalEnergies, Patrick Pouyanné, juge …": what precedes an apposition is the subject)
        // (nor what a participle follows: ", promising tariffs" reports what comes after it; nor a clause with a verb of speech of its own:
        // "AMD announced it would cut jobs, a spokesperson told CNBC")
        // (nor the clause before "…, tandis que la CGT a dénoncé", "…, while the union said": the verb has a clause of its own)
        const linked = !!this.lex.clauseLinks.longestAt(tokens, comma + 1, i);
        const short = this.wordsUpTo(v.t1, s.endToken, 11) <= 10 || this.adjunctAfterSpeaker(v.t1, s.endToken) || this.adjunctAfterVerb(v.t1, s.endToken) || this.speechGoesOn(v.t1, s.endToken) || (subjectStart === i && !!this.invertedSubject(v.t1, s));
        // (a relative clause before an inverted verb is the content's: "…, dont une dizaine dans une école, a indiqué la Défense civile")
        // (a verb right after the comma has its subject after it: "…, avait lancé fin octobre un avertissement" reports nothing before it)
        const subjectAfter = subjectStart !== i || v.pronoun !== null || !!this.speakers.after(v.t1, s.endToken);
        // (nor a verb whose subject stands before it and whose object follows it: "In neighbouring Belgorod region, Governor X declared a state of
        // emergency"; a verb that takes whom it tells still closes one: "…, the lawyer told the court")
        // (or a name: "Venezuela : l'opposition revendique la victoire, Washington reconnaît Edmundo González")
        const ownObject = subjectStart < i && v.t1 < s.endToken && (this.lex.objectArticles.has(tokens[v.t1]!.norm) || !!this.speakers.mentionAt(v.t1)) && !this.lex.recipientVerbs.longestAt(tokens, v.t0, s.endToken);
        // (nor a short description of the subject fronted before it, with no verb: "Tête de liste du RN, Jordan Bardella avait réclamé …")
        const fronted = subjectStart < i && this.wordsUpTo(this.pastDateline(s), comma, FRONTED_WORDS + 1) <= FRONTED_WORDS && !this.verbLike(this.pastDateline(s), comma);
        if (tokens[comma]?.text === "," && subjectAfter && !participle && !linked && !complemented && !ownObject && !fronted && short && (!this.afterApposition(comma, s) || (subjectStart === i && !!this.invertedSubject(v.t1, s))) && !this.quotedWithin(s.firstToken, comma) && !this.reportedUpTo(comma, s))
          span = range(this.pastDateline(s), comma);
      }
      if (span && speaker && !holdsRegion(span[0], span[1])) {
        this.add("indirect", span[0], span[1], speaker, { t0: v.t0, t1: v.t1, speaker });
        this.sentenceSpeaker = speaker;
      }
      i = v.t1 - 1;
    }
  }

  /**
   * Whether a report begun earlier in the sentence carries its content up to the comma at
   * `comma` ("Islamabad said two children were killed, recalled its ambassador …"): a verb after
   * that comma goes on with the same subject's acts, no inverted cue of what came before.
   */
  private reportedUpTo(comma: number, s: Sentence): boolean {
    const { tokens } = this.doc;
    const [from, at] = [tokens[s.firstToken]!.start, tokens[comma]!.start];
    // (among the sentence's own quotes only: a long text's earlier ones are not read again at each comma)
    for (let n = this.sentenceQuotes; n < this.out.length; n++) {
      const q = this.out[n]!;
      if (q.kind === "indirect" && q.cueSpan !== undefined && q.cueSpan.start >= from && q.cueSpan.end <= q.start && q.start < at && q.end >= at) return true;
    }
    return false;
  }

  /** Where a sentence's own words begin, past a dateline. */
  private pastDateline(s: Sentence): number {
    return pastDateline(this.doc.tokens, s);
  }

  /** "Pour la CGT, …", "For Macron, …": a word opening the sentence, a name, a comma: what follows is that name's view. */
  private openingAccording(i: number, s: Sentence): { end: number } | null {
    if (i !== this.pastDateline(s)) return null;
    const word = this.lex.openingAccording.longestAt(this.doc.tokens, i, s.endToken);
    if (!word) return null;
    const named = this.speakers.mentionAt(word.end) ?? this.speakers.mentionAt(word.end + 1);
    return named && this.doc.tokens[named.end]?.text === "," ? word : null;
  }

  /**
   * "a model that it says was trained …", "the strikes, which officials said killed 12": the verb
   * of speech at i has a subject of a few words after a relative pronoun, and a finite verb
   * follows it at k: what it reports is the relative's clause, whose subject is the antecedent.
   * Returns the relative pronoun's token, else -1.
   */
  private gapRelativeBefore(i: number, k: number, s: Sentence, verbEnd: number): number {
    const { tokens } = this.doc;
    const first = tokens[k];
    if (!first || !/^\p{Ll}/u.test(first.text) || !(this.lex.clauseAuxiliaries.has(first.norm) || this.lex.finiteVerbs.has(first.norm) || this.lex.finiteEnding.test(first.norm))) return -1;
    for (let j = i - 1; j >= Math.max(s.firstToken, i - GAPPED_SUBJECT_REACH - 1); j--) {
      const t = tokens[j]!;
      if (t.kind !== "word" && t.kind !== "clitic") break;
      if (this.lex.gapRelatives.has(t.norm)) return j < i - 1 ? j : -1;
    }
    return k === verbEnd ? this.zeroRelativeBefore(i, k, s) : -1;
  }

  /**
   * "a move the United Nations warned could deepen the divide": a relative clause with no
   * pronoun. The verb of speech is followed straight by an auxiliary (no subject of its own),
   * and its subject, capitalized words after a determiner or not, or a determiner and a noun,
   * follows a noun after a determiner. Returns the noun's token (where the relative would stand), else -1.
   */
  private zeroRelativeBefore(i: number, k: number, s: Sentence): number {
    const { tokens } = this.doc;
    if (!this.lex.clauseAuxiliaries.has(tokens[k]?.norm ?? "")) return -1;
    let j = i - 1;
    while (j > s.firstToken && i - j <= GAPPED_SUBJECT_REACH && /^\p{Lu}/u.test(tokens[j]!.text)) j--;
    // (or a description, "the minister": a determiner and one lower-case noun)
    if (j === i - 1 && tokens[j]!.kind === "word" && this.speakers.isDeterminer(tokens[j - 1])) j--;
    if (j < i - 1 && this.speakers.isDeterminer(tokens[j])) j--;
    // (j: the noun before the subject, a determiner before it)
    const subjectStart = j + 1;
    return subjectStart < i && /^\p{Ll}/u.test(tokens[j]!.text) && tokens[j]!.kind === "word" && this.speakers.isDeterminer(tokens[j - 1]) ? j : -1;
  }

  /** Where content from k ends when a comma closes it first (closingComma), else where it ends (contentEnd). */
  private untilClosingComma(k: number, s: Sentence): number {
    const end = this.contentEnd(k, s);
    const close = this.closingComma(k, s);
    return close > 0 && close < end ? close : end;
  }

  /** Whether a clause starts at k: a content word, then a finite verb within a few words ("quantum computers were …"). */
  private clauseAt(k: number, end: number): boolean {
    const { tokens } = this.doc;
    const first = tokens[k];
    if (!first || first.kind !== "word" || this.lex.functionWords.has(first.norm)) return false;
    return this.auxiliarySoon(k + 1, end);
  }

  /**
   * Whether a finite verb follows within a subject's length, with no punctuation before it (a
   * subject of up to six words: "rising costs and higher interest rates had made …", "the title
   * meant a lot"): an auxiliary, or a lower-case verb in the past tense.
   */
  private auxiliarySoon(k: number, end: number): boolean {
    const { tokens } = this.doc;
    for (let j = k; j < Math.min(end, k + 6); j++) {
      const t = tokens[j]!;
      if (t.kind === "punct") return false;
      if (this.finiteAt(t)) return true;
    }
    return false;
  }

  /** Whether a token is a finite verb: an auxiliary of a clause, or a lower-case verb in the past tense. */
  private finiteAt(t: Token): boolean {
    return this.lex.clauseAuxiliaries.has(t.norm) || (/^\p{Ll}/u.test(t.text) && (this.lex.finiteVerbs.has(t.norm) || this.lex.finiteEnding.test(t.norm)));
  }

  /**
   * Whether the comma at c closes an apposition naming the subject ("its chief executive, Jensen
   * Huang, said …") or a relative clause after it ("The minister, who asked not to be named, said").
   */
  /** Where a relative clause or a participle's adjunct that a comma at c closes opens (its comma), or -1: "X, who visited …, said", "L'agence, basée à Vienne, a indiqué". */
  private clauseInCommas(c: number, s: Sentence): number {
    const open = this.openingComma(c, s);
    return open >= 0 && this.relativeOrParticipleAt(open, c) ? open : -1;
  }

  /** The comma that opens what the comma at c closes, within an apposition's reach, or -1. */
  private openingComma(c: number, s: Sentence): number {
    const { tokens } = this.doc;
    let open = c - 1;
    while (open > s.firstToken && tokens[open]!.text !== "," && c - open < APPOSITION_REACH) open--;
    return tokens[open]?.text === "," && open > s.firstToken ? open : -1;
  }

  /** Whether a short relative clause or a participle and its adjunct stand between the commas at open and c ("X, who …,", "L'agence, basée à Vienne,"). */
  private relativeOrParticipleAt(open: number, c: number): boolean {
    return c - open < 14 && (this.lex.relatives.has(this.doc.tokens[open + 1]?.norm ?? "") || this.speakers.opensParticiple(open));
  }

  private afterApposition(c: number, s: Sentence): boolean {
    const { tokens } = this.doc;
    const open = this.openingComma(c, s);
    if (open < 0) return false;
    // ("The committee, chaired by Amal Clooney, said", "L'agence, basée à Vienne, a indiqué": a participle and its adjunct; "who …")
    if (this.relativeOrParticipleAt(open, c)) return true;
    // ("Fritz, the first American man in a Grand Slam final since Andy Roddick in 2009, said": a long description of the person opening the sentence)
    if (c - open >= 8) return c - open < APPOSITION_REACH && this.describesOpeningPerson(open, c, s);
    // ("Merz, 69, said", "Biden, 81, said": a person's age between commas)
    const person = this.speakers.endingAt(open - 1);
    if (c - open === 2 && /^\d{1,3}$/.test(tokens[open + 1]!.text) && person && this.isPerson(person.speaker)) return true;
    const named = this.speakers.mentionAt(open + 1);
    if (named && named.end === c) return true;
    // ("the neighbours, Chile and Peru, said": names alone between the commas, after a description, not after another name of a list)
    if (this.speakers.endingAt(c - 1) && this.speakers.namesOnly(c, open - 1) && tokens[open - 1]?.kind === "word" && /^\p{Ll}/u.test(tokens[open - 1]!.text)) return true;
    // ("OVD-Info, a rights group, said": a short description after an article, of the organization that opens the sentence, no verb among its words)
    if (person && !this.isPerson(person.speaker) && this.speakers.isDeterminer(tokens[open + 1]) && c - open <= 6 && this.opensSentence(person.t0, s) && this.plainDescription(open, c)) return true;
    // "Dr. Sarah Chen, an epidemiologist at Johns Hopkins University, said": a description of the person named before it
    if (!person || !this.isPerson(person.speaker)) return false;
    if (this.speakers.isDeterminer(tokens[open + 1])) return true;
    // "Olivier Faure, premier secrétaire du PS, a jugé": lower-case words of a role after the name that opens the sentence, no verb among them
    const opening = this.opensSentence(person.t0, s) || tokens.slice(s.firstToken, person.t0).every((t) => t.kind !== "word");
    return opening && this.plainDescription(open, c);
  }

  /** Whether tokens from k to the sentence's end are a short subject and a verb of speech, nothing after ("…, Xinhua news agency reported."). */
  private closingAttribution(k: number, s: Sentence): boolean {
    const { tokens } = this.doc;
    let end = s.endToken;
    while (end > k && (tokens[end - 1]!.kind === "punct" || tokens[end - 1]!.kind === "quote")) end--;
    for (let j = k + 1; j < Math.min(end, k + CLOSING_SUBJECT); j++) {
      if (tokens[j]!.kind === "punct") return false;
      if (this.lex.verbs.longestAt(tokens, j, end)?.end === end) return true;
    }
    return false;
  }

  /** The comma that closes a clause opening at k, within CLAUSE_REACH tokens and before any other punctuation, or -1. */
  private closingComma(k: number, s: Sentence): number {
    const { tokens } = this.doc;
    for (let j = k; j < Math.min(s.endToken, k + CLAUSE_REACH); j++) {
      if (tokens[j]!.text === ",") return j;
      if (tokens[j]!.kind === "punct") return -1;
    }
    return -1;
  }

  /** Whether the comma at `open` follows a person named at the sentence's start and opens a description of them (a determiner first). */
  private describesOpeningPerson(open: number, c: number, s: Sentence): boolean {
    const person = this.speakers.endingAt(open - 1);
    if (!person || !this.isPerson(person.speaker) || !this.opensSentence(person.t0, s)) return false;
    return this.speakers.isDeterminer(this.doc.tokens[open + 1]) || this.plainDescription(open, c);
  }

  /** Whether a name at t0 opens the sentence, after a dateline and a title or a role of a few words at most ("La présidente Salomé Zourabichvili, …"). */
  private opensSentence(t0: number, s: Sentence): boolean {
    const { tokens } = this.doc;
    const start = this.pastDateline(s);
    if (t0 === start) return true;
    return t0 > start && t0 - start <= OPENING_TITLE_WORDS && tokens.slice(start, t0).every((t, j) => t.kind === "word" && !this.lex.verbs.longestAt(tokens, start + j, t0));
  }

  /** Whether the words between commas at open and c describe what precedes them: lower-case words first, no verb of speech among them. */
  private plainDescription(open: number, c: number): boolean {
    const { tokens } = this.doc;
    return /^\p{Ll}/u.test(tokens[open + 1]?.text ?? "") && !tokens.slice(open + 1, c).some((_, j) => this.lex.verbs.longestAt(tokens, open + 1 + j, c));
  }

  /** Whether tokens [from, end) are no more than the rest of a source's name: no comma, no verb of speech. */
  private plainTail(from: number, end: number): boolean {
    const { tokens } = this.doc;
    for (let k = from; k < end; k++) {
      // "…, according to Amos Yadlin, a former major general who …": an apposition describing the source
      if (tokens[k]!.text === "," && !(k === from && this.speakers.isDeterminer(tokens[k + 1]))) return false;
      if (this.lex.verbs.longestAt(tokens, k, end)) return false;
    }
    return true;
  }

  /** Where the subject before a verb at v begins (the verb itself when the subject follows it). */
  private subjectStart(v: number, s: Sentence): number {
    const { tokens } = this.doc;
    let k = v;
    // (a name in brackets after the subject does not count: "the British military's United Kingdom Maritime Trade Operations (UKMTO) said")
    const bracketed = beforeBrackets(tokens, v - 1, s.firstToken) + 1;
    const reach = SUBJECT_TOKENS + (v - bracketed);
    while (k > s.firstToken && tokens[k - 1]!.text !== "," && v - k < reach) k--;
    return k;
  }

  private nounPhraseEnd(k: number, end: number): number {
    let j = k;
    while (j < end && this.doc.tokens[j]!.kind !== "punct") j++;
    return j;
  }

  private describedSpeaker(t0: number, t1: number): Speaker | null {
    if (t1 <= t0) return null;
    return { entity: null, text: this.doc.text.slice(this.doc.tokens[t0]!.start, this.doc.tokens[t1 - 1]!.end) };
  }

  run(): void {
    const { doc } = this;
    let lastDirect: { speaker: Speaker | null; sentence: number } | null = null;
    // regions and sentences both in text order: one pass over the regions
    let r = 0;
    doc.sentences.forEach((s, si) => {
      this.sentenceSpeaker = null;
      this.sentenceQuotes = this.out.length;
      const from = doc.tokens[s.firstToken]?.start ?? 0;
      const to = doc.tokens[s.endToken - 1]?.end ?? 0;
      while (r < this.regions.length && this.regions[r]!.start < from) r++;
      for (let q = r; q < this.regions.length && this.regions[q]!.start < to; q++) {
        const cue = this.region(this.regions[q]!, s, doc.sentences[si - 1], lastDirect, si);
        if (cue) lastDirect = { speaker: cue.speaker, sentence: si };
        // ("“…,” Trump wrote, adding that …": the quotation's speaker is the sentence's, for a participle after it)
        if (cue?.speaker?.entity) this.sentenceSpeaker = cue.speaker;
      }
      this.indirect(s);
    });
    // one quotation found twice (by its cue and by a participle) is one; said by several with one cue, it is one for each
    const sameCue = (a: (typeof this.out)[number], b: (typeof this.out)[number]) => !!a.cueSpan && a.cueSpan.start === b.cueSpan?.start && a.speaker !== b.speaker;
    const sorted = this.out
      .sort((a, b) => a.start - b.start || a.end - b.end)
      .filter((q, i, all) => i === 0 || q.start !== all[i - 1]!.start || q.end !== all[i - 1]!.end || sameCue(q, all[i - 1]!));
    // ("X avait affirmé que le président lui avait demandé de …": a report whose cue lies inside another's content is part of what was reported, no
    // quotation of its own, so that reports never overlap and their total size stays within the text's; a source named within it stays one,
    // "…, soutenus par le Rwanda selon l'ONU, …")
    const nested = (q: Draft, outer: Draft | null) =>
      !!outer && q.kind === "indirect" && !!q.cueSpan && outer.start < q.cueSpan.start && q.cueSpan.start < outer.end && !this.lex.according.longestAt(this.doc.tokens, this.tokenAt(q.cueSpan.start));
    let outer: Draft | null = null;
    const reported = sorted.filter((q) => {
      if (nested(q, outer)) return false;
      if (q.kind === "indirect" && (!outer || q.end > outer.end)) outer = q;
      return true;
    });
    // ("…, saying the ship belonged to a company that “violated the ban …”": quoted words inside reported content are its speaker's)
    // (one pass in text order: the reported content reaching furthest among those begun so far)
    let cover: (typeof sorted)[number] | null = null;
    for (const q of [...reported].sort((a, b) => a.start - b.start || b.end - a.end)) {
      if (q.kind === "indirect" && q.speakerText && (!cover || q.end > cover.end)) cover = q;
      if (q.kind !== "partial") continue;
      const within = cover && cover.start <= q.start && q.end <= cover.end ? cover : null;
      if (within) {
        q.speaker = within.speaker;
        q.speakerText = within.speakerText;
      }
    }
    doc.quotes = reported.map((q, i) => ({ id: `Q${i + 1}`, ...q }));
  }
}
