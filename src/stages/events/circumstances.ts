import type { AnalyzedDocument, CalendarValue, EventStatus, QuoteRecord, Sentence, Token } from "../../document/document.js";
import { tokenIndexAt } from "../../document/offsets.js";
import { timeLexicon } from "../times/lexicon.js";
import { quoteLexicon } from "../quotes/lexicon.js";
import type { EventLexicon } from "./lexicon.js";

const DAY = 86_400_000;

/**
 * Whether token k, after the trigger at t0, stands in a relative clause opened after a noun
 * between them and not yet closed by a comma: what it says belongs to that noun ("arrested the
 * driver, a doctor who had lived in Germany since 2006": neither the arrest's date nor its place).
 */
export function inRelativeClause(tokens: readonly Token[], lex: EventLexicon, complementizers: Set<string>, t0: number, k: number): boolean {
  for (let j = k - 1; j > t0 + 1; j--) {
    const t = tokens[j]!;
    if (t.kind === "punct") return false;
    const before = tokens[j - 1]!;
    if (lex.relatives.has(t.norm) && !complementizers.has(t.norm) && before.kind === "word" && before.text === before.text.toLowerCase() && !lex.conjunctions.has(before.norm)) return true;
  }
  return false;
}
/** how near a trigger, in tokens, a time expression must stand to date it (unless it opens the sentence) */
const NEAR = 15;
/** how near a time another trigger must stand to be its, rather than an earlier trigger's */
const NEAR_OTHER = 4;

/** When an event happened, how sure the text is of it, and how many it killed: read from its sentence and the context that governs it. */
/** articles the number words count as one ("un mort", "a dead man") */
const ARTICLE_ONE = /^(a|an|un|une)$/i;
export class Circumstances {
  /** the links of a verb of control ("de", "to"), read once per document */
  private readonly controlLinks: Set<string>;
  /** the words that open a reported clause ("que", "that"), which are no relative pronouns here */
  private readonly complementizers: Set<string>;

  constructor(
    private readonly doc: AnalyzedDocument,
    private readonly lex: EventLexicon,
  ) {
    const quotes = quoteLexicon(doc.lang);
    this.controlLinks = quotes.controlLinks;
    this.complementizers = quotes.complementizers;
  }

  /**
   * The time expression of the sentence nearest the trigger; else the last one of the sentences
   * before it in its paragraph (for a headline, the first of the lead), when that is no
   * background date; else the day of writing.
   */
  dateOf(s: Sentence, t0: number, asks = false): CalendarValue | null {
    const { tokens, times } = this.doc;
    const at = tokens[t0]!.start;
    const ref = this.doc.reference;
    let best: (typeof times)[number] | undefined;
    for (const t of times) {
      if (t.start < s.start || t.end > s.end || (best && Math.abs(t.start - at) >= Math.abs(best.start - at))) continue;
      // a day to come after a demand or a threat is when what it asks for should happen ("urged allies to deliver arms before Christmas"), not the day it was made
      if (asks && t.start > at && ref && t.value > ref.value) continue;
      // a date opening the sentence governs it all; another, far from the trigger, dates something else
      const k = tokenIndexAt(tokens, t.start);
      if ((k - s.firstToken <= 2 || Math.abs(k - t0) <= NEAR) && !this.laterClause(t0, k, t.value) && !inRelativeClause(tokens, this.lex, this.complementizers, t0, k) && !(this.lex.sinceWords.has(tokens[k]!.norm) && this.otherTriggerNearer(t0, k, s))) best = t;
    }
    if (best) return { value: best.value, precision: best.precision };
    const recent = (t: (typeof times)[number]) => !!ref && !this.longBefore(t.value, ref.value) && t.value <= ref.value;
    const paragraphs = this.timeParagraphs();
    let before: (typeof times)[number] | undefined;
    for (let i = 0; i < times.length && times[i]!.end <= s.start; i++) if (paragraphs[i] === s.paragraph) before = times[i];
    // a headline is dated by the lead that follows it
    const lead = s.paragraph === 0 ? times.find((_, i) => paragraphs[i] === 1) : undefined;
    const context = [before, lead].find((t) => t && recent(t));
    return context ? { value: context.value, precision: context.precision } : ref;
  }

  /**
   * Whether another trigger stands between the trigger at t0 and a time at token k after it, nearer
   * the time: a time a state lasted from is that one's ("a libéré deux Français détenus depuis 2022":
   * the detention's).
   */
  private otherTriggerNearer(t0: number, k: number, s: Sentence): boolean {
    const { tokens } = this.doc;
    if (k <= t0 + 1) return false;
    const t1 = this.lex.triggers.longestAt(tokens, t0, s.endToken)?.end ?? t0 + 1;
    for (let j = k - 1; j >= t1 && k - j < NEAR_OTHER; j--) if (this.lex.triggers.longestAt(tokens, j, k)) return k - j < j - t0;
    return false;
  }

  /**
   * Whether a date to come at token k belongs to a verb coordinated after the trigger at t0, not
   * to it: "a dénoncé le plan et appelé à manifester le 20 mars".
   */
  private laterClause(t0: number, k: number, value: string): boolean {
    const ref = this.doc.reference;
    if (k <= t0 || !ref || value <= ref.value) return false;
    const { tokens } = this.doc;
    for (let j = t0 + 1; j < k; j++) {
      const and = this.lex.conjunctions.has(tokens[j]!.norm) ? j + 1 : -1;
      if (and < 0) continue;
      let v = and;
      while (v < k && this.lex.auxiliaries.has(tokens[v]!.norm)) v++;
      const word = tokens[v];
      if (word?.kind === "word" && word.text === word.text.toLowerCase() && this.lex.pastParticiple.test(word.text)) return true;
    }
    return false;
  }

  private paragraphs: number[] | undefined;

  /** The paragraph of each time expression (times are in text order). */
  private timeParagraphs(): number[] {
    if (!this.paragraphs) {
      const { sentences, times } = this.doc;
      let j = 0;
      this.paragraphs = times.map((t) => {
        while (j < sentences.length - 1 && sentences[j]!.end <= t.start) j++;
        const s = sentences[j];
        return s && s.start <= t.start ? s.paragraph : -1;
      });
    }
    return this.paragraphs;
  }

  private readonly longBeforeSeen = new Map<string, boolean>();

  /** Whether a date lies more than about a month before the reference date (remembered: a document repeats its dates). */
  private longBefore(value: string, ref: string): boolean {
    const key = `${value}|${ref}`;
    let known = this.longBeforeSeen.get(key);
    if (known === undefined) {
      known = this.monthBefore(value, ref);
      this.longBeforeSeen.set(key, known);
    }
    return known;
  }

  private monthBefore(value: string, ref: string): boolean {
    if (!(value < ref.slice(0, value.length))) return false;
    const [y, m = 1, d = 1] = value.split("-").map(Number) as [number, number?, number?];
    const [ry, rm = 1, rd = 1] = ref.split("-").map(Number) as [number, number?, number?];
    return (Date.UTC(ry, rm - 1, rd) - Date.UTC(y, m - 1, d)) / DAY > 31;
  }

  statusOf(t0: number, t1: number, s: Sentence, date: CalendarValue | null, quote: QuoteRecord | undefined): EventStatus {
    const { tokens } = this.doc;
    const links = this.controlLinks;
    for (let k = Math.max(s.firstToken, t0 - 3); k < Math.min(s.endToken, t1 + 2); k++) {
      const not = k < t0 || k >= t1 ? this.lex.negations.longestAt(tokens, k, s.endToken) : null;
      // ("leur a demandé de ne pas regagner", "urged Israel not to strike": a negation in what is asked for negates no request)
      if (not && !(k >= t1 && (links.has(tokens[k - 1]?.norm ?? "") || links.has(tokens[not.end]?.norm ?? "") || links.has(tokens[not.end + 1]?.norm ?? "")))) return "negated";
    }
    for (let k = Math.max(this.clauseStart(t0, s), t0 - 5); k < t0; k++) if (this.lex.intentions.longestAt(tokens, k, t0 + 1)) return "intended";
    const future = timeLexicon(this.doc.lang).futureVerb;
    if (future && tokens.slice(t0, t1).some((t) => t.kind === "word" && t.text === t.text.toLowerCase() && future.test(t.norm))) return "intended";
    // ("continuerait à soutenir", "continuera de financer": a verb to come governs the trigger through its link)
    if (future) for (let k = Math.max(s.firstToken, t0 - 3); k < t0 - 1; k++) if (future.test(tokens[k]!.norm) && links.has(tokens[k + 1]!.norm) && k + 2 === t0) return "intended";
    const ref = this.doc.reference;
    if (date && ref && this.longBefore(date.value, ref.value)) return "historical";
    if (date && date.value > (ref?.value ?? "9999")) return "intended";
    // "seraient entrés", "reportedly seized": the author passes on what others say
    for (let k = Math.max(s.firstToken, t0 - 3); k < t0; k++) if (this.lex.hearsay.has(tokens[k]!.norm)) return "claimed";
    return quote?.speaker || quote?.speakerNamed ? "claimed" : "reported";
  }

  /**
   * Where the clause of a trigger at t0 starts, for the cues of intention before it: past a
   * coordinator that opens a clause of its own, a finite auxiliary or a verb in the past after
   * it ("said her party was ready to govern and accused …": the readiness is not the
   * accusation's; "will send troops and deploy missiles" shares its "will").
   */
  private clauseStart(t0: number, s: Sentence): number {
    const { tokens } = this.doc;
    for (let k = t0 - 1; k >= Math.max(s.firstToken, t0 - 5); k--) {
      if (!this.lex.conjunctions.has(tokens[k]!.norm)) continue;
      const next = tokens[k + 1];
      const own = !!next && (this.lex.auxiliaries.has(next.norm) || (k + 1 === t0 && next.text === next.text.toLowerCase() && this.lex.pastParticiple.test(next.norm)));
      return own ? k + 1 : s.firstToken;
    }
    return s.firstToken;
  }

  private readonly counted = new Map<number, number | null>();

  /** Killed people a sentence counts: "environ 320 terroristes avaient été tués", "killing at least four people" (counted once a sentence). */
  fatalities(s: Sentence): number | null {
    let n = this.counted.get(s.start);
    if (n === undefined) {
      n = this.countKilled(s);
      this.counted.set(s.start, n);
    }
    return n;
  }

  private countKilled(s: Sentence): number | null {
    const { tokens } = this.doc;
    for (let k = s.firstToken; k < s.endToken; k++) {
      const c = this.lex.casualties.longestAt(tokens, k, s.endToken);
      if (!c || this.lex.injuries.has(tokens[k]!.norm)) continue;
      // "sept combattants proturcs ont été tués": the count stands a few words before
      for (const j of [k - 1, k - 2, k - 3, k - 4, k - 5, k - 6, c.end, c.end + 1, c.end + 2, c.end + 3]) {
        if (j < s.firstToken || j >= s.endToken) continue;
        // ("the shooting at a church school that killed two children": an article counts one only right before its noun)
        if (j < k - 2 && ARTICLE_ONE.test(tokens[j]!.text)) continue;
        // ("des dizaines de milliers de morts et plus de 12 millions de déplacés": past a conjunction or a comma, another count)
        if (j > c.end && tokens.slice(c.end, j).some((t) => t.kind === "punct" || this.lex.conjunctions.has(t.norm))) break;
        const n = this.number(j);
        if (n !== null) return n;
      }
    }
    return null;
  }

  private number(j: number): number | null {
    const t = this.doc.tokens[j];
    // "le 7 octobre": a day of a date counts no one; nor does a count of days ("five days of clashes that killed 38")
    if (!t || this.doc.times.some((x) => x.start <= t.start && t.end <= x.end)) return null;
    // (nor an age or a length joined by a hyphen: "a 69-year-old man was killed", "a 10-day siege")
    const unitAfter = (this.doc.tokens[j + 1]?.text === "-" ? this.doc.tokens[j + 2]?.norm.split("-")[0] : this.doc.tokens[j + 1]?.norm) ?? "";
    if (timeLexicon(this.doc.lang).units.has(unitAfter)) return null;
    if (t.kind === "number") {
      // "30 800" read from its second group: the whole number is read from its first
      const before = this.doc.tokens[j - 1];
      if (before?.kind === "number" && /^\d{3}$/.test(t.text) && t.start - before.end === 1 && /^\d{1,3}$/.test(before.text)) return this.number(j - 1);
      let text = t.text.replace(/[,.](?=\d{3}\b)/g, "");
      // "30 800": a thousands group after a space
      const next = this.doc.tokens[j + 1];
      if (next?.kind === "number" && /^\d{3}$/.test(next.text) && next.start - t.end === 1 && /^\d{1,3}$/.test(t.text)) text += next.text;
      const n = Number(text);
      return Number.isFinite(n) && !(n >= 1900 && n <= 2100 && text.length === 4) ? n : null;
    }
    return this.lex.numberWords.get(t.norm) ?? null;
  }
}
