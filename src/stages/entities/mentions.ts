import { fold } from "../../text/fold.js";
import type { AnalyzedDocument, Sentence, Token } from "../../document/document.js";
import { Shape, shapeAgrees } from "../../knowledge/names.js";
import type { EntityType, KnownEntity } from "../../knowledge/types.js";
import type { EntityLexicon } from "./lexicon.js";
import type { DocLookups } from "./lookups.js";
import { quoteLexicon } from "../quotes/lexicon.js";
import { timeLexicon } from "../times/lexicon.js";
import { isPossessive } from "../../text/tokens.js";

/** what closes a quotation, or the comma after it */
const CLOSING = /^[,”»"’—–]$/u;

/** A stretch of text that names something: found in the knowledge base, or a name Vigie does not know. */
export interface Mention {
  /** tokens[t0, t1) */
  t0: number;
  t1: number;
  /** what the knowledge base says it may be (empty for an unknown name) */
  candidates: KnownEntity[];
  /** the type of an unknown name, when the text tells it; null while undecided */
  type: EntityType | null;
  source: "kb" | "name" | "role" | "acronym";
  /** a region word came with a place name ("province d'Idleb") */
  region: boolean;
  /** the type an undecided name takes when no other name of the document settles it ("à Yvetot": a place, unless a person of that surname is named) */
  fallback?: EntityType;
  /** the English name the words around an unknown name give it ("l'aéroport de Kavumu": Kavumu Airport) */
  name?: string;
  /** the words of the name a short form was defined for in brackets ("Cal Fire": "California Department of Forestry and Fire Protection"): one entity with it */
  standsFor?: string;
}

const CAPITAL = /^\p{Lu}/u;
const COMPOUND_ADJECTIVE = /-(led|backed|based|born|run|owned|linked|affiliated|allied|aligned|controlled|held|made|occupied|annexed|funded|sponsored|style|era)$/i;
/** name particles a person's name never splits at (Mohammed bin Salman, Abou Mohammed al-Joulani) */
const BINDING_PARTICLES = new Set(["bin", "ben", "ibn", "bint", "abu", "abou", "al", "el", "ould", "ag", "van", "von"]);
/** how many names a list of places is read through */
const LIST_ITEMS = 6;
/** the longest name kept undecided for the rest of the document to type */
const UNTYPED_WORDS = 4;
/** towns smaller than this may be half of a person's name ("Mason Greenwood"); cities are not */
const SMALL_TOWN = 100_000;
/** the most words a role phrase before an apposed name is read back over ("ministre de la Transition écologique") */
const ROLE_WORDS = 7;
/** the most words between an apposition's determiner and the organization's cue that ends it ("Japan's largest carmaker") */
/** the words of a list of names after a settlement's noun ("de X, de Y et de Z"), and how far back the noun may be */
const COORDINATED_LINK = /^(,|et|and|de|d['’]|of)$/i;
const COORDINATED_REACH = 12;
/** how far before an apposition's comma the noun that types it may stand, in tokens */
const APPOSITION_REACH = 8;
/** the longest name in brackets after a person's read as their team's or party's, in tokens */
const AFFILIATION_TOKENS = 6;
const APPOSITION_WORDS = 4;

/** A lexicon's head words folded (as tokens' norms are), made once per lexicon. */
const folded = new WeakMap<Set<string>, Set<string>>();
function foldedHeads(heads: Set<string>): Set<string> {
  let f = folded.get(heads);
  if (!f) folded.set(heads, (f = new Set([...heads].map(fold))));
  return f;
}
const isWord = (t: Token | undefined): boolean => !!t && t.kind === "word";
const isCapitalized = (t: Token | undefined): boolean => !!t && isWord(t) && CAPITAL.test(t.text) && !COMPOUND_ADJECTIVE.test(t.text);
const isAllCaps = (t: Token) => /\p{L}/u.test(t.text) && t.text === t.text.toUpperCase();
const isInitial = (tokens: readonly Token[], j: number) => /^\p{Lu}$/u.test(tokens[j]?.text ?? "") && tokens[j + 1]?.text === ".";

/** The kind a mention names: its type, else its candidates' (a place when one of them is), else none. */
export function kindOf(m: Mention | null | undefined): EntityType | null {
  if (!m) return null;
  if (m.type) return m.type;
  const types = new Set(m.candidates.map((c) => c.type));
  return types.has("location") ? "location" : types.size === 1 ? [...types][0]! : null;
}

function mention(t0: number, t1: number, type: EntityType | null, candidates: KnownEntity[] = []): Mention {
  return { t0, t1, candidates, type, source: candidates.length ? "kb" : "name", region: false };
}

/** Finds the names of one sentence: knowledge-base names first, then capitalized runs the text types. */
export class MentionFinder {
  private readonly common: Set<string>;
  /** nouns of those who speak (the quotes lexicon's): capitalized at a sentence's start, no name */
  private readonly speakerNouns: Set<string>;
  /** holidays' names (the times lexicon's), which end a run of capitalized words: "Magdeburg Christmas market" */
  private readonly holidays: ReturnType<typeof timeLexicon>["holidays"];

  constructor(
    private readonly doc: AnalyzedDocument,
    private readonly lookups: DocLookups,
    private readonly lex: EntityLexicon,
  ) {
    this.common = lex.commonWords;
    this.speakerNouns = quoteLexicon(doc.lang).speakerNouns;
    this.holidays = timeLexicon(doc.lang).holidays;
  }

  private surface(t0: number, t1: number): string {
    return this.doc.text.slice(this.doc.tokens[t0]!.start, this.doc.tokens[t1 - 1]!.end);
  }

  /** The first word of a sentence (after any quotation marks or dashes): its capital says nothing. */
  private sentenceInitial(i: number, s: Sentence): boolean {
    const prev = this.doc.tokens[i - 1];
    if (i > s.firstToken && prev && (prev.kind === "quote" || prev.text === ":" || prev.text === "—")) return true;
    for (let k = i - 1; k >= s.firstToken; k--) if (isWord(this.doc.tokens[k]) || this.doc.tokens[k]!.kind === "number") return false;
    return true;
  }

  private paragraphStart(i: number): boolean {
    const t = this.doc.tokens[i]!;
    const p = this.doc.paragraphs.find((q) => q.start <= t.start && t.start < q.end);
    return !!p && t.start - p.start < 4;
  }

  /** A capitalized common word starting a sentence ("Same", "Réunion") is that word. */
  private commonAtStart(i: number, s: Sentence): boolean {
    const t = this.doc.tokens[i]!;
    if (!this.sentenceInitial(i, s)) return false;
    // ("Residents said", "Officials warned": a noun of those who speak, capitalized by its place, names no one)
    return this.common.has(t.text.toLowerCase()) || (this.speakerNouns.has(t.norm) && !this.lex.organizationHeads.has(t.text) && !this.lex.locationHeads.has(t.text) && !isCapitalized(this.doc.tokens[i + 1]));
  }

  /** knownAt's answers within the sentence being read (the rules ask again about the word after a name) */
  private readonly known = new Map<number, Mention | null>();

  /** The knowledge-base name that starts at token i, if any (asked once per token and sentence). */
  private knownAt(i: number, s: Sentence): Mention | null {
    let m = this.known.get(i);
    if (m === undefined) this.known.set(i, (m = this.lookupAt(i, s)));
    return m;
  }

  private lookupAt(i: number, s: Sentence): Mention | null {
    const { tokens } = this.doc;
    if (i >= s.endToken) return null;
    const first = tokens[i]!;
    // ("L'Oréal": a capitalized elided article may open a name the knowledge knows)
    const article = first.kind === "clitic" && CAPITAL.test(first.text) && this.lookups.namesIndex.startsWith(first.norm);
    if (!isWord(first) && first.kind !== "number" && !article) return null;
    if (!CAPITAL.test(first.text) && first.kind === "word" && !this.lookups.namesIndex.startsLowerName(first.norm)) return null;
    const m = this.lookups.names.longestAt(tokens, i, s.endToken);
    if (!m || !shapeAgrees(this.surface(m.start, m.end), m.shapes)) return null;
    // "TEHRAN, Dec. 06": a name in capitals is a dateline's, at the start of a paragraph; elsewhere capitals spell an acronym
    // (a letter and digits, "M23", "G7", spell no word in capitals; nor does a name whose other words are not in capitals, "FC Barcelone")
    const capitals = tokens.slice(m.start, m.end).every((t) => !isWord(t) || isAllCaps(t));
    if (!(m.shapes & Shape.Acronym) && capitals && first.text.replace(/[^\p{L}]/gu, "").length > 1 && !this.paragraphStart(i)) return null;
    if (m.end - m.start === 1 && (this.lex.notNames.has(first.text) || this.commonAtStart(i, s))) return null;
    return mention(m.start, m.end, null, m.values);
  }

  private startsRun(i: number, s: Sentence): boolean {
    const t = this.doc.tokens[i]!;
    if (!isCapitalized(t) || this.commonAtStart(i, s)) return false;
    // "Conseil" alone names nothing, "le Conseil constitutionnel", "le Conseil d'État" do: a head word that the name goes on after
    // ("Premier League", "General Assembly": a title before an organization's head word begins its name)
    const titledBody = this.lex.titles.has(t.norm) && isCapitalized(this.doc.tokens[i + 1]) && this.lex.organizationHeads.has(this.doc.tokens[i + 1]!.text);
    // ("le syndicat Sud Culture": a word that names nothing alone opens a name after an organization's cue, with a capitalized word after it)
    const cued = isCapitalized(this.doc.tokens[i + 1]) && i + 1 < s.endToken && this.cuedOrganization(i, s.firstToken);
    // ("Christian Horner": a given name among them opens a person's name before a capitalized word that is no common word)
    const named = () => {
      const next = this.doc.tokens[i + 1];
      return this.lex.givenNames.has(t.norm) && i + 1 < s.endToken && isCapitalized(next) && !this.common.has(next!.text.toLowerCase()) && !this.lex.notNames.has(next!.text);
    };
    if (this.lex.notNames.has(t.text) && !titledBody && !cued && !named() && !(this.lex.organizationHeads.has(t.text) && this.goesOn(i, s)) && !this.opensBody(i, s)) return false;
    return !this.lookups.demonyms.longestAt(this.doc.tokens, i, i + 1);
  }

  /** Whether the capitalized words from i on end in an organization's head word ("Central Election Commission", "World Anti-Doping Agency"): a word that names nothing alone opens that name. */
  private opensBody(i: number, s: Sentence): boolean {
    // (an article is none: "The E Street Band" is the band's name after it)
    if (this.lex.determiners.has(this.doc.tokens[i]!.norm)) return false;
    const run = this.capitalizedRun(i, s.endToken);
    return run > i + 1 && this.lex.organizationHeads.has(this.doc.tokens[run - 1]!.text);
  }

  /** Whether the name whose head word stands at i goes on after it: capitalized words, or the lower-case words of an institution's name. */
  private goesOn(i: number, s: Sentence): boolean {
    if (this.capitalizedRun(i, s.endToken) > i + 1) return true;
    return this.lex.lowercaseComplements && this.tail(i + 1, s.endToken) > i + 1;
  }

  /** The end of the run of capitalized words (name particles, initials and "Jr." within) that starts at i. */
  private capitalizedRun(i: number, end: number): number {
    const { tokens } = this.doc;
    let j = isInitial(tokens, i) ? i + 2 : i + 1;
    while (j < end && j - i < 8) {
      const t = tokens[j]!;
      if (isInitial(tokens, j) && isCapitalized(tokens[j + 2])) j += 2;
      else if (isCapitalized(t) && !this.lookups.demonyms.longestAt(tokens, j, j + 1) && !this.holidays.longestAt(tokens, j, end)) j++;
      else if (isWord(t) && this.lex.particles.has(t.norm) && this.pastParticles(j, end) < end) j = this.pastParticles(j, end) + 1;
      // ("Burj al-Barajneh": a particle joined to a capitalized word by a hyphen)
      else if (this.particleJoined(t)) j++;
      else if (t.kind === "clitic" && /^d['’]$/i.test(t.text) && isCapitalized(tokens[j + 1]) && j + 1 < end) j += 2;
      else if (/^(Jr|Sr)$/.test(t.text)) j += tokens[j + 1]?.text === "." ? 2 : 1;
      // "Marks & Spencer", "M&S", "AT&T": an ampersand between capitalized words joins them into one name
      // (not a person's and a band's: "Bruce Springsteen & The E Street Band")
      else if (t.text === "&" && isCapitalized(tokens[j + 1]) && j + 1 < end && !this.lex.givenNames.has(tokens[i]!.norm) && !this.lex.determiners.has(tokens[j + 1]!.norm)) j += 2;
      // "Office for National Statistics", "Centers for Disease Control": "for" inside an organization's name
      else if (/^(for|pour)$/.test(t.text) && isCapitalized(tokens[j + 1]) && j + 1 < end && tokens.slice(i, j).some((w) => this.lex.organizationHeads.has(w.text))) j += 2;
      // ("National People's Power", "Workers' Party": a possessive before an organization's head word, or after a collective noun)
      else if (t.kind === "clitic" && isPossessive(t) && isCapitalized(tokens[j + 1]) && j + 1 < end && (this.lex.organizationHeads.has(tokens[j + 1]!.text) || this.lex.namePossessors.has(tokens[j - 1]!.text))) j += 2;
      else if (this.coordinatedComplement(i, j, end)) j += 2;
      // ("Airbus Defence and Space": "and" then an organization's head word that ends the name, after capitalized words with none)
      else if (this.lex.coordinators.has(t.norm) && j + 1 < end && isCapitalized(tokens[j + 1]) && this.lex.organizationHeads.has(tokens[j + 1]!.text) && !isCapitalized(tokens[j + 2]) && !tokens.slice(i, j).some((w) => this.lex.organizationHeads.has(w.text))) j += 2;
      else break;
    }
    return j;
  }

  /**
   * Whether "and" at j joins two unknown capitalized complements of an organization's head
   * ("International Association of Machinists and Aerospace Workers"): the run so far holds a
   * head word and a link after it, and neither what follows the link nor what follows "and" is a
   * name the knowledge knows ("the Bank of England and Barclays" names two).
   */
  private coordinatedComplement(i: number, j: number, end: number): boolean {
    const { tokens } = this.doc;
    if (!this.lex.coordinators.has(tokens[j]!.norm) || j + 1 >= end || !isCapitalized(tokens[j + 1]) || this.lex.organizationHeads.has(tokens[j + 1]!.text)) return false;
    const head = tokens.slice(i, j).findIndex((w) => this.lex.organizationHeads.has(w.text));
    if (head < 0) return false;
    const link = tokens.slice(i + head + 1, j).findIndex((w) => this.lex.links.has(w.norm));
    if (link < 0) return false;
    const known = (k: number) => !!this.lookups.names.longestAt(tokens, k, end);
    return !known(i + head + link + 2) && !known(j + 1) && !this.lex.givenNames.has(tokens[j + 1]!.norm);
  }

  /** Past one particle or a few ("de", "van der", "de la") to the capitalized word they lead to; `end` when none follows. */
  private pastParticles(j: number, end: number): number {
    const { tokens } = this.doc;
    let k = j;
    while (k < end && k < j + 3 && isWord(tokens[k]!) && this.lex.particles.has(tokens[k]!.norm)) k++;
    return k > j && k < end && isCapitalized(tokens[k]) ? k : end;
  }

  /** "al-Barajneh", "el-Sisi": a name particle, a hyphen and a capitalized word, in one token. */
  private particleJoined(t: Token): boolean {
    const dash = t.text.indexOf("-");
    return isWord(t) && dash > 0 && CAPITAL.test(t.text.slice(dash + 1)) && this.lex.particles.has(fold(t.text.slice(0, dash)));
  }

  /**
   * Whether the capitalized word at j continues the name before it rather than starting one:
   * a word the knowledge does not know, that is no common word, title, role or demonym, or
   * the head of an organization's name.
   */
  private continuesName(j: number, s: Sentence): boolean {
    const { tokens } = this.doc;
    const t = tokens[j];
    if (j >= s.endToken || !isCapitalized(t) || isAllCaps(t!)) return false;
    if (this.lex.notNames.has(t!.text) || this.common.has(t!.text.toLowerCase()) || this.lex.titles.has(t!.norm) || this.holidays.longestAt(tokens, j, s.endToken)) return false;
    // ("X Charles Dupont": a given name that another capitalized word follows starts a name of its own; "Fidji Simo": one that ends the run is a surname)
    if (this.lex.givenNames.has(t!.norm) && j + 1 < s.endToken && isCapitalized(tokens[j + 1])) return false;
    if (this.lookups.demonyms.longestAt(tokens, j, j + 1) || this.lookups.roles.longestAt(tokens, j, s.endToken)) return false;
    if (this.lex.organizationHeads.has(t!.text)) return true;
    const next = this.knownAt(j, s);
    // "CNN Turk": a surname the knowledge knows, right after another name, is no person of its own
    if (next) return next.t1 - next.t0 === 1 && next.candidates.every((c) => c.type === "person");
    return !this.lex.locationHeads.has(t!.text);
  }

  /** Whether the elided article at i opens a name the knowledge knows ("L'Oréal"), one no longer than the name after it ("L'Union européenne" is the Union's). */
  private articleOpensName(i: number, s: Sentence): boolean {
    const withArticle = this.knownAt(i, s);
    const after = this.knownAt(i + 1, s);
    return !!withArticle && (!after || after.t1 <= withArticle.t1);
  }

  /** The end of an acronym and a capitalized word joined by a hyphen, one of them unknown ("SUD-Rail"; not "UE-Chine" nor "IRNA-OANA", two names each); i when there is none. */
  private acronymCompound(i: number, s: Sentence): number {
    const { tokens } = this.doc;
    const [a, dash, b] = [tokens[i], tokens[i + 1], tokens[i + 2]];
    if (!a || !dash || !b || i + 2 >= s.endToken || !/^[\-‐‑]$/.test(dash.text) || a.end !== dash.start || dash.end !== b.start) return i;
    // (two acronyms are two names: "IRNA-OANA", "US-UK")
    if (!isCapitalized(a) || !isCapitalized(b) || isAllCaps(a) === isAllCaps(b)) return i;
    return this.knownAt(i, s) && this.knownAt(i + 2, s) ? i : i + 3;
  }

  /** Whether the word at i, first of its sentence, is a plain word before a known name ("Regarding Syria", "Shares of Nvidia"). */
  private plainWordBeforeName(i: number, s: Sentence): boolean {
    const { tokens } = this.doc;
    const t = tokens[i]!;
    if (this.lex.givenNames.has(t.norm) || this.lex.titles.has(t.norm) || this.lex.organizationHeads.has(t.text) || this.lex.locationHeads.has(t.text)) return false;
    const next = this.lex.particles.has(tokens[i + 1]?.norm ?? "") || /^(of|de|du|d['’])$/i.test(tokens[i + 1]?.text ?? "") ? i + 2 : i + 1;
    return !!this.knownAt(next, s);
  }

  /**
   * "Mason Greenwood", "Liberal Democrats": a one-word town name and another one-word name side
   * by side, with nothing between them, are one name (prose separates a place from the next name
   * by a comma or a word); countries and cities are left out.
   */
  private twoTowns(known: Mention, s: Sentence): boolean {
    if (known.t1 - known.t0 !== 1) return false;
    const next = this.knownAt(known.t1, s);
    const town = (m: Mention) => m.t1 - m.t0 === 1 && m.candidates.every((c) => c.type === "location" && c.geo?.kind !== "country" && !c.capitalOf && c.population < SMALL_TOWN);
    return town(known) && !!next && next.t1 - next.t0 === 1;
  }

  /** Whether tokens just before t0 are a title or a role word ("M.", "général", "le président iranien"). */
  private titled(t0: number, sentenceStart: number): boolean {
    const { tokens } = this.doc;
    for (let k = t0 - 1, seen = 0; k >= sentenceStart && seen < 4; k--, seen++) {
      const t = tokens[k]!;
      if (t.text === "." || t.text === ",") continue;
      // "King's Road": a possessive between them makes the title no title of the name
      if (t.kind === "clitic" && isPossessive(t)) return false;
      if (this.lex.titles.has(t.norm)) return true;
      if (this.lookups.roles.longestAt(tokens, k, t0)) return true;
      // (a demonym or an adjective between: "le gouverneur régional Oleh Kiper", "the Ukrainian minister X")
      const adjective = t.kind === "word" && !CAPITAL.test(t.text) && this.lex.cueAdjectives.test(t.norm);
      if (!this.lookups.demonyms.longestAt(tokens, k, k + 1) && t.kind !== "clitic" && !adjective) return this.roleInApposition(t0, sentenceStart);
    }
    return false;
  }

  /**
   * "la ministre de la Culture, Rachida Dati", "the minister for culture, X": a role, or an office
   * noun with its portfolio, that ends by the comma before the name.
   */
  private roleInApposition(t0: number, sentenceStart: number): boolean {
    const { tokens } = this.doc;
    if (tokens[t0 - 1]?.text !== ",") return false;
    for (let k = t0 - 2; k >= Math.max(sentenceStart, t0 - 1 - ROLE_WORDS); k--) {
      const t = tokens[k]!;
      if (t.kind === "punct" || t.kind === "quote") return false;
      const role = this.lookups.roles.longestAt(tokens, k, t0 - 1);
      if (role?.end === t0 - 1) return true;
      // (an office noun, its link word, and the portfolio: "ministre de la Culture", "secretary for Health")
      if ((role || this.lex.portfolioHeads.has(t.norm)) && this.linkAt(role?.end ?? k + 1)) return true;
    }
    return false;
  }

  /** Whether a link word of a complement stands at k ("de", "du", "des", "d'", "of", "for"). */
  private linkAt(k: number): boolean {
    return /^(de|du|des|d['’]|of|for|pour)$/i.test(this.doc.tokens[k]?.text ?? "");
  }

  /**
   * "le Belge Remco Evenepoel", "Slovenian Tadej Pogacar": a demonym just before a name is a
   * person's nationality when it is a noun (after an article) or the name has two words or more
   * (not "the French Open": no word of the name is a common word).
   */
  private nationalityBefore(t0: number, t1: number, sentenceStart: number): boolean {
    const { tokens } = this.doc;
    const d = t0 - 1;
    if (d < sentenceStart || !isCapitalized(tokens[d]) || this.lookups.demonyms.longestAt(tokens, d, t0)?.end !== t0) return false;
    // (a name's particles are common words too: "le Néerlandais Botic van de Zandschulp")
    if (tokens.slice(t0, t1).some((w) => this.common.has(w.text.toLowerCase()) && !this.lex.particles.has(w.norm))) return false;
    return t1 - t0 >= 2 || (d > sentenceStart && this.lex.determiners.has(tokens[d - 1]!.norm));
  }

  /**
   * Whether a phrase that makes a name a place ends just before it ("the town of", "la commune
   * de", "une ville stratégique du"), or follows it in apposition ("Bara, une ville du
   * Kordofan", "Kavumu, a small town").
   */
  private settlementBefore(t0: number, sentenceStart: number): boolean {
    const { tokens } = this.doc;
    for (let k = t0 - 1; k >= Math.max(sentenceStart, t0 - 4); k--) if (this.lex.settlementOf.longestAt(tokens, k, t0)?.end === t0) return true;
    // ("les stations de Serre Chevalier et de Montgenèvre", "the towns of Sens and Joigny": a name coordinated after one so cued)
    if (COORDINATED_LINK.test(tokens[t0 - 1]?.text ?? "") || COORDINATED_LINK.test(tokens[t0 - 2]?.text ?? "")) {
      let k = t0 - 1;
      while (k > sentenceStart && k >= t0 - COORDINATED_REACH && (isCapitalized(tokens[k]) || COORDINATED_LINK.test(tokens[k]!.text) || tokens[k]!.text === "-")) k--;
      for (let j = k; j >= Math.max(sentenceStart, k - 3); j--) {
        const cue = this.lex.settlementOf.longestAt(tokens, j, k + 2);
        if (cue && cue.end > k && cue.end < t0 && /s$/.test(tokens[cue.end - 2]?.norm ?? tokens[j]!.norm)) return true;
      }
    }
    // (a link word, adjectives, the settlement's noun)
    let k = t0 - 1;
    if (k <= sentenceStart || !this.lex.placeCues.has(tokens[k]!.norm)) return false;
    k--;
    while (k > sentenceStart && k >= t0 - 4 && this.lex.cueAdjectives.test(tokens[k]!.norm)) k--;
    return k < t0 - 2 && this.lex.settlementNouns.has(tokens[k]!.norm);
  }

  private settlementAfter(t1: number, end: number): boolean {
    const { tokens } = this.doc;
    if (tokens[t1]?.text !== "," || !this.lex.determiners.has(tokens[t1 + 1]?.norm ?? "")) return false;
    for (let k = t1 + 2; k < Math.min(end, t1 + 5); k++) {
      if (this.lex.settlementNouns.has(tokens[k]!.norm)) return true;
      if (tokens[k]!.kind !== "word" || CAPITAL.test(tokens[k]!.text)) return false;
    }
    return false;
  }

  /**
   * The type of a name the name [i, run) is joined to by "et", "and": a place's ("entre Chinon et
   * Tours"), an organization's ("PSA et Fiat Chrysler"), a person's ("Lamine Yamal et Vitinha").
   */
  private coordinatedType(i: number, run: number, out: Mention[], s: Sentence): EntityType | null {
    const { tokens } = this.doc;
    // ("de Belfort et de Reichshoffen", "in Lyon and in Turin": the same link word may repeat after the coordinator)
    const link = (k: number) => k >= s.firstToken && k < s.endToken && this.lex.placeCues.has(tokens[k]!.norm);
    const after = link(run + 1) ? run + 2 : run + 1;
    const joined = this.lex.coordinators.has(tokens[run]?.norm ?? "") ? this.knownAt(after, s) : null;
    // ("Fiat Chrysler and France's PSA": a name with a possessive determines the next name, it is not the one joined)
    const next = joined && !isPossessive(tokens[joined.t1]) ? kindOf(joined) : null;
    if (next) return next;
    const prev = out[out.length - 1];
    const and = link(i - 1) ? i - 2 : i - 1;
    return and >= 1 && this.lex.coordinators.has(tokens[and]!.norm) && prev?.t1 === and ? kindOf(prev) : null;
  }

  /**
   * Whether the name ending at `run` heads a list that a place closes or qualifies: "Amrousieh,
   * Choueifat, Haret Hreik et …", "Soings-en-Sologne et Billy, dans le Loir-et-Cher".
   */
  private listOfPlaces(run: number, s: Sentence): boolean {
    const { tokens } = this.doc;
    const isPlace = (m: Mention | null) => kindOf(m) === "location";
    const pastArticles = (j: number) => {
      while (j < s.endToken && this.lex.determiners.has(tokens[j]!.norm)) j++;
      return j;
    };
    let k = run;
    for (let items = 0; items < LIST_ITEMS && k < s.endToken; items++) {
      const comma = tokens[k]!.text === ",";
      if (!comma && !this.lex.coordinators.has(tokens[k]!.norm)) return false;
      k++;
      // (", dans l'Indre", ", in Idlib province": a place after a preposition qualifies the list)
      if (comma && this.lex.placePrepositions.has(tokens[k]?.text.toLowerCase() ?? "")) return isPlace(this.knownAt(pastArticles(k + 1), s));
      if (/^(de|d['’]|of)$/i.test(tokens[k]?.text ?? "")) k++;
      const known = this.knownAt(k, s);
      if (known) return isPlace(known) && !isPossessive(tokens[known.t1]);
      if (!isCapitalized(tokens[k])) return false;
      k = this.capitalizedRun(k, s.endToken);
    }
    return false;
  }

  /** The lower-case head of a street's name before the place named at t0, past its link words ("place d'", "rue de la"). */
  private streetBefore(t0: number, sentenceStart: number): number | null {
    const { tokens } = this.doc;
    let k = t0 - 1;
    while (k > sentenceStart && k >= t0 - 3 && this.lex.streetLinks.has(tokens[k]!.norm)) k--;
    // (a street is named after a name written with its capital: "place la zone euro" is a verb and its object)
    return k < t0 - 1 && k >= sentenceStart && this.lex.streetHeads.has(tokens[k]!.norm) && !CAPITAL.test(tokens[k]!.text) && CAPITAL.test(tokens[t0]!.text) ? k : null;
  }

  /** Whether the name is an office's portfolio: "le ministre de l'Agriculture", "the Minister of Culture". */
  private portfolio(t0: number, sentenceStart: number): boolean {
    const { tokens } = this.doc;
    let k = t0 - 1;
    while (k > sentenceStart && /^(de|du|des|d['’]|la|le|l['’]|of|for|the)$/i.test(tokens[k]!.text)) k--;
    return k < t0 - 1 && this.lex.portfolioHeads.has(tokens[k]!.norm);
  }

  /**
   * Where the complement of a noun ends at `last` (one or two lower-case words after a link and
   * maybe an article: "de pneumatiques", "de la distribution"): the link's position, or null.
   */
  private cueComplementStart(last: number, sentenceStart: number): number | null {
    const { tokens } = this.doc;
    const plain = (k: number) => k > sentenceStart && tokens[k]?.kind === "word" && !CAPITAL.test(tokens[k]!.text) && !this.lex.functionWords.has(tokens[k]!.text);
    for (let k = last; k >= last - 1 && plain(k); k--) {
      let link = k - 1;
      if (this.lex.definiteArticles.has(tokens[link]?.norm ?? "") && link > sentenceStart) link--;
      if (this.lex.links.has(tokens[link]?.norm ?? "")) return link;
    }
    return null;
  }

  /** Whether the words before a name tell an organization: "la société Doctolib", "the chief executive of Instacart". */
  private cuedOrganization(t0: number, sentenceStart: number): boolean {
    const { tokens } = this.doc;
    // ("le constructeur ferroviaire Alstom", "le géant américain Apple": adjectives may stand between the cue and the name)
    const describing = (k: number) => tokens[k]!.kind === "word" && !CAPITAL.test(tokens[k]!.text) && (this.lex.cueAdjectives.test(tokens[k]!.norm) || !!this.lookups.demonyms.longestAt(tokens, k, k + 1));
    let c = t0 - 1;
    while (c > sentenceStart && c >= t0 - 2 && describing(c)) c--;
    const isCue = (k: number) => k >= sentenceStart && this.organizationCue(tokens[k]);
    if (isCue(c)) return true;
    // ("le fabricant de pneumatiques Michelin", "le géant de la distribution Carrefour": the cue's complement, a lower-case noun or two, may stand between)
    const complement = this.cueComplementStart(c, sentenceStart);
    if (complement !== null) {
      let k = complement - 1;
      while (k > sentenceStart && k >= complement - 2 && describing(k)) k--;
      if (isCue(k)) return true;
    }
    for (let k = t0 - 1; k >= Math.max(sentenceStart, t0 - 6); k--) if (this.lex.organizationOf.longestAt(tokens, k, t0)?.end === t0) return true;
    return false;
  }

  /**
   * Whether the name stands in apposition after a description whose noun says it is an
   * organization ("the European Union's naval mission in the region, Aspides, said"), no role
   * among its words ("the chief of the group, John Smith": a person).
   */
  private cuedApposition(t0: number, t1: number, sentenceStart: number): boolean {
    const { tokens } = this.doc;
    if (tokens[t0 - 1]?.text !== "," || tokens[t1]?.text !== ",") return false;
    let cued = false;
    for (let k = t0 - 2; k >= Math.max(sentenceStart, t0 - 2 - APPOSITION_REACH); k--) {
      const t = tokens[k]!;
      if (t.text === "," || this.lookups.roles.longestAt(tokens, k, t0)) return false;
      cued ||= this.organizationCue(t);
    }
    return cued;
  }

  /**
   * Whether an apposition after the name says it is an organization: "Toyota, Japan's largest
   * carmaker,", "Alstom, le constructeur ferroviaire français": a determiner or a possessive, a few
   * words, and an organization's cue that ends the phrase.
   */
  private cuedAfter(t1: number, end: number): boolean {
    const { tokens } = this.doc;
    if (tokens[t1]?.text !== ",") return false;
    let k = t1 + 1;
    if (this.lex.determiners.has(tokens[k]?.norm ?? "")) k++;
    else if (isCapitalized(tokens[k]) && isPossessive(tokens[k + 1])) k += 2;
    else return false;
    for (const stop = Math.min(end, k + APPOSITION_WORDS); k < stop; k++) {
      const t = tokens[k]!;
      // (words and clitics: "the world's biggest chipmaker", "a Paris-based startup")
      if (t.kind !== "word" && t.kind !== "clitic") return false;
      // (a link ends the apposition's head: "Toshiyuki Mimaki, a co-chair of the group" is a person)
      if (this.lex.links.has(t.norm)) return false;
      if (!this.lex.organizationCues.has(t.norm)) continue;
      const next = tokens[k + 1];
      return !next || next.kind === "punct" || this.lex.functionWords.has(next.text) || !!this.lookups.demonyms.longestAt(tokens, k + 1, k + 2) || this.lex.cueAdjectives.test(next.norm);
    }
    return false;
  }

  /** Whether a name ending before token `run` is followed by a relative pronoun of things after its comma, then by a verb of speech in its sentence: a body that speaks. */
  private speakingThing(run: number, s: Sentence): boolean {
    const { tokens } = this.doc;
    if (tokens[run]?.text !== "," || !this.lex.thingRelatives.has(tokens[run + 1]?.norm ?? "")) return false;
    const verbs = quoteLexicon(this.doc.lang).verbs;
    for (let k = run + 2; k < s.endToken; k++) if (verbs.longestAt(tokens, k, s.endToken)) return true;
    return false;
  }

  /** Whether the token at `run` makes the name before it a modifier: a number ("Game 7") or a clitic of a compound ("Kurdish-led"). */
  private modifiesNext(run: number): boolean {
    const next = this.doc.tokens[run];
    return next?.kind === "number" || (next?.kind === "clitic" && /^[\-‐‑]/.test(next.text));
  }

  /** Whether one of these places is named with the article before token i ("le Caire", "La Haye", "the Hague"). */
  private namedWithArticle(places: readonly KnownEntity[], i: number): boolean {
    const { tokens } = this.doc;
    const apostrophe = tokens[i - 1]!.kind === "clitic";
    const written = fold(`${tokens[i - 1]!.text}${apostrophe ? "" : " "}${tokens[i]!.text}`);
    return places.some((p) => [p.name, ...p.aliases].some((n) => fold(n) === written));
  }

  /** Whether a token is a lower-case noun of an organization ("groupe", "union", "carmaker"), or one written as an acronym ("l'ONG", "the NGO"). */
  private organizationCue(t: Token | undefined): boolean {
    return !!t && t.kind === "word" && (!CAPITAL.test(t.text) || t.text === t.text.toUpperCase()) && this.lex.organizationCues.has(t.norm);
  }

  /** Whether a lower-case noun of an organization stands right before token i ("le groupe Carrefour", "the carmaker Stellantis"). */
  private cueRightBefore(i: number): boolean {
    return this.organizationCue(this.doc.tokens[i - 1]);
  }

  /** Whether, in a language whose nouns follow their modifiers, a lower-case noun of an organization follows the name: "the Unite union", "the Wagner group". */
  private cueNounAfter(t1: number): boolean {
    return this.lex.stateNounOrder === "after" && this.organizationCue(this.doc.tokens[t1]);
  }

  /** Whether a role follows the name as an apposition (", the chief executive of …", ", le ministre …"). */
  private appositiveRole(t1: number, end: number): boolean {
    const { tokens } = this.doc;
    // "appointed Xabi Alonso as head coach", "nommé comme entraîneur": a role after "as" is the name's
    if (/^(as|comme)$/i.test(tokens[t1]?.text ?? "")) {
      let k = t1 + 1;
      if (/^(the|a|an|its|their|le|la|l['’]|son|sa|leur)$/i.test(tokens[k]?.text ?? "")) k++;
      const role = this.lookups.roles.longestAt(tokens, k, end);
      if (role && !isCapitalized(tokens[role.end])) return true;
    }
    // "Alonso, 43, left …": an age in commas after a name
    if (tokens[t1]?.text === "," && tokens[t1 + 1]?.kind === "number" && tokens[t1 + 2]?.text === "," && /^\d{2}$/.test(tokens[t1 + 1]!.text) && Number(tokens[t1 + 1]!.text) >= 15) return true;
    if (tokens[t1]?.text !== ",") return false;
    let k = t1 + 1;
    if (/^(the|a|an|le|la|l['’]|un|une|son|sa|its|his|her)$/i.test(tokens[k]?.text ?? "")) k++;
    for (let seen = 0; k < end && seen < 3; k++, seen++) {
      // "À Yvetot, le maire Emmanuel Quevilly": a role before another name is that name's
      const role = this.lookups.roles.longestAt(tokens, k, end);
      if (role) return !isCapitalized(tokens[role.end]) || this.lex.notNames.has(tokens[role.end]!.text);
      if (this.lex.titles.has(tokens[k]!.norm)) return !isCapitalized(tokens[k + 1]) && tokens[k + 1]?.text !== ".";
      if (!this.lookups.demonyms.longestAt(tokens, k, k + 1) && !/^(former|ancien|ancienne|new|nouveau|nouvelle)$/i.test(tokens[k]!.text)) return false;
    }
    return false;
  }

  /** Whether the name is the inverted subject of a verb of speech ("…, a déclaré Kadibaf", "…, said Smith"). */
  private spokenBy(t0: number, t1: number, sentenceStart: number): boolean {
    const { tokens } = this.doc;
    // ("Darren Cahill, told Sky Sport Italia that …": a name the content follows is the verb's object, not its inverted subject)
    const q = quoteLexicon(this.doc.lang);
    if (q.complementizers.has(tokens[t1]?.norm ?? "")) return false;
    for (let k = t0 - 1; k >= Math.max(sentenceStart, t0 - 3); k--) if (this.lex.speechBefore.longestAt(tokens, k, t0)?.end === t0) return true;
    // any verb of speech right after the comma or mark closing a quotation ("“…,” declared Jon Holden", "« … », s'est félicité X")
    for (let k = t0 - 1; k >= Math.max(sentenceStart + 1, t0 - 3); k--) {
      if (q.verbs.longestAt(tokens, k, t0)?.end !== t0) continue;
      const aux = [k - 1, k - 2, k - 3].find((a) => a >= sentenceStart && q.auxiliaries.longestAt(tokens, a, k)?.end === k);
      return CLOSING.test(tokens[(aux ?? k) - 1]?.text ?? "");
    }
    return false;
  }

  /**
   * The end of a name alone in brackets right after a person's name (two capitalized words before
   * the bracket), lower-case link words allowed inside ("Visma-Lease a Bike"); 0 when there is none.
   */
  private affiliationEnd(i: number, end: number): number {
    const { tokens } = this.doc;
    if (tokens[i - 1]?.text !== "(" || !isCapitalized(tokens[i - 2]) || !isCapitalized(tokens[i - 3]) || isAllCaps(tokens[i - 2]!)) return 0;
    for (let k = i + 1; k < Math.min(end, i + AFFILIATION_TOKENS); k++) {
      const t = tokens[k]!;
      if (t.text === ")") return tokens.slice(i, k).some((w) => /\p{N}/u.test(w.text)) ? 0 : k;
      if (t.kind !== "word" && t.text !== "-" && t.text !== "&") return 0;
    }
    return 0;
  }

  /** Whether a lower-case noun of a weapon or a product stands right after the name, or right before it. */
  private productNear(t0: number, t1: number): boolean {
    const { tokens } = this.doc;
    const lower = (k: number) => tokens[k]?.kind === "word" && !CAPITAL.test(tokens[k]!.text);
    if (lower(t1) && this.lex.productNouns.longestAt(tokens, t1)) return true;
    // (an adjective may stand between: "des missiles américains ATACMS")
    for (let j = t0 - 1; j >= Math.max(0, t0 - 3) && lower(j); j--) if (this.lex.productNouns.longestAt(tokens, j, t0)) return true;
    return false;
  }

  /** Whether a verb of speech or an age follows the name ("a déclaré", "said", ", 41 ans"). */
  private speaks(t1: number, end: number): boolean {
    const { tokens } = this.doc;
    let k = t1;
    if (tokens[k]?.text === ",") k++;
    const verb = this.lex.personVerbs.longestAt(tokens, k, end);
    // ("…, Haret Hreik et Burj al-Barajneh, a indiqué la chaîne": a subject after the verb is the one who speaks)
    if (verb) return k === t1 || !(this.lex.determiners.has(tokens[verb.end]?.norm ?? "") || isCapitalized(tokens[verb.end]));
    return tokens[k]?.kind === "number" && /^(ans|years?|-year-old)$/i.test(tokens[k + 1]?.text ?? "") && tokens[t1]?.text === ",";
  }

  /** The type the text gives an unknown name; null when it says nothing; "skip" for no entity at all (an award, a cup). */
  private classify(t0: number, t1: number, s: Sentence): EntityType | null | "skip" {
    const words = this.doc.tokens.slice(t0, t1);
    const texts = words.map((t) => t.text);
    // ("la Fondation Vendée Globe": where a name's head comes first, an organization's head word there names a body whatever award or race its name holds)
    const bodyFirst = this.lex.lowercaseComplements && this.lex.organizationHeads.has(texts[0]!) && !this.lex.nonEntityHeads.has(texts[0]!);
    if (!bodyFirst && texts.some((t) => this.lex.nonEntityHeads.has(t))) return "skip";
    // "le festival Lumière", "l'opération Barkhane": a lower-case cue of a work, an event or an operation before the name
    const cue = this.doc.tokens[t0 - 1];
    if (cue && cue.kind === "word" && !CAPITAL.test(cue.text) && this.lex.nonEntityCues.has(cue.norm)) return "skip";
    // "ATACMS missiles", "les chars Leopard": a name next to a noun of a weapon or a product is a model's
    if (this.productNear(t0, t1)) return "skip";
    // "The Council said": a head word alone names no one
    if (t1 - t0 === 1 && (this.lex.organizationHeads.has(texts[0]!) || this.lex.locationHeads.has(texts[0]!))) return "skip";
    // "18H00", "A320", "iPhone16": clock times, models and codes the knowledge does not know name nobody
    if (texts.some((t) => /\p{N}/u.test(t))) return "skip";
    // "the town of Kavumu", "la commune de Vaudrelle"
    if (this.settlementBefore(t0, s.firstToken) || this.settlementAfter(t1, s.endToken)) return "location";
    // ("Procter & Gamble", "M&S": an ampersand joins the names of a firm)
    if (texts.includes("&")) return "organization";
    // "Spirit AeroSystems", "OpenAI", "PayPal": a capital inside a word after small letters is a company's spelling
    if (texts.some((t) => /^\p{Lu}\p{Ll}+\p{Lu}/u.test(t))) return "organization";
    if (t1 - t0 >= 2 && texts.some((t) => this.lex.organizationHeads.has(t))) return "organization";
    if (t1 - t0 >= 2 && this.lex.locationHeads.has(texts[texts.length - 1]!)) return "location";
    if (this.cuedOrganization(t0, s.firstToken) || this.cuedAfter(t1, s.endToken) || this.cuedApposition(t0, t1, s.firstToken) || this.cueNounAfter(t1)) return "organization";
    // "Mathieu van der Poel (Alpecin-Deceuninck)", "Jean Dupont (Horizons)": a name in brackets right after a name is an affiliation
    const tokens = this.doc.tokens;
    // (a person's name before, no acronym: "NCP (Sharad Pawar)" is a party's name; nor initials in brackets)
    const before = tokens[t0 - 2];
    if (tokens[t0 - 1]?.text === "(" && tokens[t1]?.text === ")" && isCapitalized(before) && !isAllCaps(before!) && words.some((w) => /\p{Ll}/u.test(w.text))) return "organization";
    if (t1 - t0 >= 2 && this.lex.givenNames.has(words[0]!.norm)) return "person";
    // one word in capitals: after a number a model ("Boeing 737 MAX"), else of 3 to 6 letters an acronym
    const capitals = t1 - t0 === 1 && isAllCaps(words[0]!);
    // ("CAC 40", "FTSE 100": capitals before a number name an index or a model too)
    const model = capitals && (this.doc.tokens[t0 - 1]?.kind === "number" || this.doc.tokens[t1]?.kind === "number");
    const acronym = capitals && !model && words[0]!.text.length >= 3 && words[0]!.text.length <= 6;
    // "AMD announced": an acronym is no person's name, whatever verb follows it (unless it is a given name in capitals)
    if (acronym && !this.lex.givenNames.has(words[0]!.norm)) return "organization";
    if (this.portfolio(t0, s.firstToken) && !this.lex.givenNames.has(words[0]!.norm)) return "skip";
    if (this.nationalityBefore(t0, t1, s.firstToken)) return "person";
    if (this.titled(t0, s.firstToken) || this.speaks(t1, s.endToken) || this.spokenBy(t0, t1, s.firstToken) || this.appositiveRole(t1, s.endToken)) return "person";
    if (model) return "skip";
    if (acronym) return "organization";
    // "Aryna Sabalenka", "Kyriakos Papadopoulos": a family name's ending
    const last = texts[texts.length - 1]!;
    if (t1 - t0 >= 2 && t1 - t0 <= 3 && last.length >= 6 && this.lex.surnameEndings.test(last) && words.every((w) => isCapitalized(w) && !isAllCaps(w))) return "person";
    // "BNP Paribas", "JP Morgan Chase": an acronym inside a name of a few words makes it an organization's
    // (not a country's before a title or a given name: "US District Judge X", "former US Marine Paul Whelan" name a title)
    const acronymAt = (k: number) => isAllCaps(tokens[k]!) && tokens[k]!.text.length >= 2 && !/^[IVXLC]+$/.test(tokens[k]!.text);
    const country = (k: number) => !!this.lookups.names.longestAt(tokens, k, k + 1)?.values.some((c) => c.geo?.kind === "country");
    const acronyms = words.map((_, n) => t0 + n).filter(acronymAt);
    const titleAfter = this.lex.titles.has(tokens[t1]?.norm ?? "") || this.lex.givenNames.has(tokens[t1]?.norm ?? "");
    if (t1 - t0 >= 2 && t1 - t0 <= 4 && acronyms.length && !(titleAfter && acronyms.every(country)) && !words.some((w) => this.common.has(w.text.toLowerCase())))
      return "organization";
    // "Ryanair chief executive Michael O'Leary", "Tesla boss Elon Musk": a name before a role and another name employs that one
    // (or a lower-case title: "Mercedes driver George Russell")
    // (not a portfolio's word before its office, "Finance minister Choi Sang-mok", a role phrase from its first word)
    const portfolio = () => (this.lookups.roles.longestAt(tokens, t0, s.endToken)?.end ?? 0) > t1 || this.lex.portfolioHeads.has(tokens[t1]?.norm ?? "");
    const title = /^\p{Ll}/u.test(tokens[t1]?.text ?? "") && this.lex.titles.has(tokens[t1]!.norm) && !portfolio() ? { end: t1 + 1 } : null;
    const role = this.lookups.roles.longestAt(tokens, t1, s.endToken) ?? title;
    if (role && isCapitalized(tokens[role.end]) && !this.lookups.demonyms.longestAt(tokens, t0, t1)) return "organization";
    return null;
  }

  /** "ministère de l'Intérieur", "rue de la Paix", "musée Grévin": a lower-case head word before a capitalized name. */
  private headBefore(t0: number, sentenceStart: number): { at: number; type: EntityType } | null {
    const { tokens } = this.doc;
    let k = t0 - 1;
    // (lower-case links only: "L'" opens a name, "le groupe L'Oréal")
    while (k > sentenceStart && /^(de|du|des|d['’]|la|le|l['’]|of|the)$/.test(tokens[k]!.text)) k--;
    const head = tokens[k];
    if (k < sentenceStart || !head || CAPITAL.test(head.text)) return null;
    // ("le groupe Hamas", "le parti Renaissance": an organization's head right before a name is no part of it; "le musée Grévin", "la rue Oberkampf": a place's is)
    if (k < t0 - 1 && this.lex.organizationHeads.has(head.text)) return { at: k, type: "organization" };
    if (this.lex.locationHeads.has(head.text)) return { at: k, type: "location" };
    return null;
  }

  /**
   * Lower-case words that complete a name after its head ("ministère des Affaires étrangères",
   * "Fédération nationale des éleveurs"): words that are not function words, and link words
   * followed by one; five at most.
   */
  private tail(t1: number, end: number): number {
    const { tokens } = this.doc;
    // (a demonym after the name is its country's, not part of it: "ministère de la Défense russe"; unless the name's acronym follows it in
    // brackets: "l'Agence météorologique espagnole (Aemet)")
    const acronymAfter = (k: number) => tokens[k]?.text === "(" && CAPITAL.test(tokens[k + 1]?.text ?? "") && tokens[k + 2]?.text === ")";
    const rare = (t: Token | undefined, k: number) =>
      !!t && isWord(t) && !CAPITAL.test(t.text) && !this.lex.functionWords.has(t.text) && (!this.lookups.demonyms.longestAt(tokens, k, k + 1) || acronymAfter(k + 1));
    let k = t1;
    // adjectives right after the head, then complements ("nationale des éleveurs", "internationale de l'énergie");
    // a bare word after a complement is the sentence's verb more often than the name's ("des journalistes dénonce")
    let complemented = false;
    while (k < end && k - t1 < 6) {
      // (a word an article follows is the sentence's verb: "la Cour constitutionnelle annule l'élection")
      if (!complemented && rare(tokens[k], k) && !this.lex.definiteArticles.has(tokens[k + 1]?.norm ?? "")) k++;
      else if (this.linkAt(k)) {
        let j = k + 1;
        if (/^(de|d['’])$/i.test(tokens[k]!.text) && /^(la|le|les|l['’])$/i.test(tokens[j]?.text ?? "")) j++;
        // ("Orchestre national de Lyon", "Théâtre national de Strasbourg": after the head's adjectives, the place it is of ends the name)
        const place = !complemented && k > t1 && j === k + 1 ? this.lookups.names.longestAt(tokens, j, end) : null;
        if (place && CAPITAL.test(tokens[j]!.text) && place.values.some((c) => c.type === "location")) return place.end;
        if (j >= end || !rare(tokens[j], j)) break;
        k = j + 1;
        complemented = true;
      } else break;
    }
    return k;
  }

  /**
   * Types a run of capitalized words and records it, or hands part of it back to the caller:
   * returns where scanning goes on. Titles before a name are passed over ("Sheikh", "Colonel
   * de Gendarmerie"), and a name inside a run starts afresh ("Reportage Tim Hepher").
   */
  private addRun(out: Mention[], i: number, run: number, s: Sentence, titleCase: boolean): number {
    const { tokens } = this.doc;
    // "Jonas Vingegaard (Visma-Lease a Bike)", "le député Jean Martel (Horizons)": a name in brackets after a person's is their team's or party's
    const affiliation = this.affiliationEnd(i, s.endToken);
    if (affiliation > 0) {
      out.push(mention(i, affiliation, "organization"));
      return affiliation;
    }
    // "Maj." before "Gen. Patrick Ryder": a title alone names nobody
    if (run - i === 1 && this.lex.titles.has(tokens[i]!.norm)) return run;
    // "Chief Executive Jensen Huang", "Executive Chairman Eric Schmidt": a capitalized role before a name is no part of it
    const role = this.lookups.roles.longestAt(tokens, i, run);
    const body = (k: number) => this.lex.organizationHeads.has(tokens[k]!.text);
    if (role && role.end < run && isCapitalized(tokens[role.end]) && !body(role.end)) return role.end;
    // "South Korean Finance Minister Choi Sang-mok": a demonym of several words before the rest of the run is no part of it
    const demonym = this.lookups.demonyms.longestAt(tokens, i, run);
    if (demonym && demonym.end < run) return demonym.end;
    // "Trade Minister Park Dong-soo", "WHO Director-General Tedros": a role or a title inside the run ends the name before it and starts the next one's
    // (titles that open the run name nobody before the next one: "Rear Admiral John Smithers")
    let lead = i;
    while (lead < run - 1 && this.lex.titles.has(tokens[lead]!.norm)) lead++;
    for (let p = lead + 1; p < run - 1; p++) {
      const end = this.lookups.roles.longestAt(tokens, p, run)?.end ?? (this.lex.titles.has(tokens[p]!.norm) && !this.knownAt(p, s) ? p + 1 : run);
      if (end >= run || !isCapitalized(tokens[end]) || body(end) || this.lex.givenNames.has(tokens[p]!.norm)) continue;
      this.typeRun(out, i, p, s, titleCase);
      return p;
    }
    let k = i;
    while (k < run - 1 && this.lex.titles.has(tokens[k]!.norm)) k += tokens[k + 1]?.text === "." ? 2 : 1;
    // ("Premier League", "General Assembly": a title before an organization's head word is part of its name)
    if (k > i && !body(k)) {
      while (k < run - 1 && this.lex.particles.has(tokens[k]!.norm)) k++;
      return k;
    }
    // "Shares of Novo Nordisk fell": a capitalized cue at the start of a sentence is no part of the company it names
    const cue = this.lex.organizationOf.longestAt(tokens, i, run);
    if (cue && cue.end < run && !isCapitalized(tokens[cue.end - 1])) {
      out.push(mention(cue.end, run, "organization"));
      return run;
    }
    // "USS Carl Vinson": a run that begins with a prefix of no entity (a ship's) is none, whatever names it holds
    if (isAllCaps(tokens[i]!) && this.lex.nonEntityHeads.has(tokens[i]!.text)) return run;
    const inner = this.innerName(i, run, false);
    if (inner) {
      if (inner.firstEnd > i) this.typeRun(out, i, inner.firstEnd, s, titleCase);
      return inner.at;
    }
    this.typeRun(out, i, run, s, titleCase);
    return run;
  }

  private typeRun(out: Mention[], i: number, run: number, s: Sentence, titleCase: boolean): void {
    if (this.quotedTitle(i, run)) return;
    // "Fédération nationale des éleveurs": a capitalized head word and its lower-case complement
    if (run - i === 1 && !titleCase && this.lex.lowercaseComplements && this.lex.organizationHeads.has(this.doc.tokens[i]!.text)) {
      const k = this.tail(run, s.endToken);
      // ("la Ligue des champions": a competition's name, no body's)
      if (k > run && !this.lex.nonEntityHeads.has(this.surface(i, k))) out.push(mention(i, k, "organization"));
      return;
    }
    const type = this.classify(i, run, s);
    if (type === "skip") return;
    // ("le ministère de la Santé a annoncé": a head word before one capitalized word outweighs the verb after it)
    const head = type !== "person" || run - i === 1 ? this.headBefore(i, s.firstToken) : null;
    // (lower-case words complete an institution's name, not a place's: "quartier des Buers réclament")
    if (head) out.push(...this.headed(head, i, run, s));
    else if (type && (!titleCase || type === "person")) out.push(mention(type === "organization" ? this.withDemonym(i, run) : i, run, type));
    else if (!titleCase && run - i <= UNTYPED_WORDS) {
      // a name the words around it do not type: the document may ("Tadej Pogacar a remporté … a expliqué Pogacar")
      const m = mention(i, run, null);
      // a name joined by "et", "and" to another is of its kind ("Haret Hreik et Burj al-Barajneh", "PSA et Fiat Chrysler");
      // "à Yvetot", "in Grimsby": one unknown word after a preposition of place is a place, unless it is a surname of the document
      const prev = this.doc.tokens[i - 1];
      const joined = this.coordinatedType(i, run, out, s) ?? (this.listOfPlaces(run, s) ? "location" : null);
      if (joined) m.fallback = joined;
      // (not the complement of a prize's or an event's name: "the Nobel Prize in Literature")
      // (nor a name and its number, "in Game 7", nor the first half of a compound, "from Kurdish-led forces")
      else if (run - i === 1 && prev && !this.sentenceInitial(i, s) && this.lex.placePrepositions.has(prev.text.toLowerCase()) && !this.lex.nonEntityHeads.has(this.doc.tokens[i - 2]?.text ?? "") && !this.modifiesNext(run)) m.fallback = "location";
      else if (this.personByContext(i, run, s)) m.fallback = "person";
      else if (this.sourceCued(i, run, s)) m.fallback = "organization";
      else if (this.personShaped(i, run, s)) m.fallback = "person";
      // ("Lumora, which is based in Stockholm, said": a relative pronoun of things after its comma, and a verb of speech after it in the sentence)
      else if (this.speakingThing(run, s)) m.fallback = "organization";
      out.push(m);
    }
  }

  /**
   * "selon l'Insee", "according to Circana": an unknown name right after a phrase that attributes
   * what is said (an article between) is a source's; with no person of that name in the document, an
   * organization's (a data provider, an agency: "selon Kantar", "according to Pollstar").
   */
  private sourceCued(i: number, run: number, s: Sentence): boolean {
    const { tokens } = this.doc;
    // (not a name that lower-case words go on: "selon la Défense civile palestinienne" is a body's description)
    const next = tokens[run];
    if (run < s.endToken && next && next.kind === "word" && !CAPITAL.test(next.text) && !this.lex.determiners.has(next.norm) && !this.lex.links.has(next.norm)) return false;
    let k = i;
    if (k - 1 > s.firstToken && (this.lex.determiners.has(tokens[k - 1]!.norm) || (tokens[k - 1]!.kind === "clitic" && !isPossessive(tokens[k - 1])))) k--;
    const according = quoteLexicon(this.doc.lang).according;
    for (let j = Math.max(s.firstToken, k - 4); j < k; j++) if (according.longestAt(tokens, j, k)?.end === k) return true;
    return false;
  }

  /**
   * Whether an unknown name of two or three words reads as a person's by its place: in
   * apposition after a title's phrase ("selon le chef de l'administration militaire, Serguiï
   * Popko"), or as the subject of a verb of speech ("Serguiï Popko a déclaré", "Kemi Adeyemi said").
   */
  private personByContext(i: number, run: number, s: Sentence): boolean {
    const { tokens } = this.doc;
    if (run - i < 2 || run - i > 3 || !tokens.slice(i, run).every((t) => isCapitalized(t) && !isAllCaps(t))) return false;
    if (tokens.slice(i, run).some((t) => this.lex.organizationHeads.has(t.text) || this.lex.locationHeads.has(t.text))) return false;
    const quotes = quoteLexicon(this.doc.lang);
    if (run < s.endToken && quotes.verbs.longestAt(tokens, run, s.endToken)) return true;
    if (tokens[i - 1]?.text !== ",") return false;
    for (let k = i - 2; k >= Math.max(s.firstToken, i - 10); k--) {
      const t = tokens[k]!;
      if (t.kind === "punct") return false;
      if ((this.lex.titles.has(t.norm) || quotes.personTitles.has(t.norm)) && this.lex.determiners.has(tokens[k - 1]?.norm ?? "")) return true;
    }
    return false;
  }

  /**
   * Whether an unknown name reads as a person's by its shape alone, when nothing around it types
   * it: two or three words of letters, each capitalized and none a common word of the language
   * or of the document, a title, a demonym, a head word of a body or a place, or alone the name of
   * a country or an organization ("Remco Evenepoel finished ahead of Primoz
   * Roglic"): the names news names thus are people's far more often than anything else's.
   */
  private personShaped(i: number, run: number, s: Sentence): boolean {
    if (run - i < 2 || run - i > 3) return false;
    const { tokens } = this.doc;
    // (not part of a longer phrase in capitals, "Best Original Score"; nor inside quotation marks, a work's title, or brackets, a party's or a film's: "NCP (Sharad Pawar)", "(Lady Bird, Barbie)")
    if ((i > s.firstToken && isCapitalized(tokens[i - 1])) || isCapitalized(tokens[run]) || this.enclosed(i, s)) return false;
    // (nor after an article: a person's name takes none, a race's or a prize's does, "l'Amstel Gold Race", "the Tour Down Under")
    const before = tokens[i - 1];
    if (before && (this.lex.determiners.has(before.norm) || (before.kind === "clitic" && /['’]$/.test(before.text)))) return false;
    const titles = quoteLexicon(this.doc.lang).personTitles;
    // (the words the document writes in lower case: "Original Score", "Have Nice Things" are words of the text, capitalized as a title)
    this.lowerWords ??= new Set(tokens.filter((t) => t.kind === "word" && /^\p{Ll}/u.test(t.text)).map((t) => t.norm));
    for (let k = i; k < run; k++) {
      const t = tokens[k]!;
      if (!/^\p{Lu}\p{Ll}+$/u.test(t.text) || this.common.has(t.text.toLowerCase()) || this.lowerWords.has(t.norm)) return false;
      if (this.lex.organizationHeads.has(t.text) || this.lex.locationHeads.has(t.text) || this.lex.titles.has(t.norm) || titles.has(t.norm) || this.lookups.demonyms.longestAt(tokens, k, k + 1)) return false;
      // (nor a word that alone names a country or an organization: "Sky Sport Italia", "Fiat Chrysler")
      if (this.lookups.names.longestAt(tokens, k, k + 1)?.values.some((e) => e.type === "organization" || e.geo?.kind === "country")) return false;
    }
    return true;
  }

  /** Whether token i lies between an opening quotation mark or bracket and its closing one in its sentence. */
  private enclosed(i: number, s: Sentence): boolean {
    let open = false;
    for (let k = s.firstToken; k < i; k++) {
      const t = this.doc.tokens[k]!;
      if (t.text === "(") open = true;
      else if (t.text === ")") open = false;
      if (t.kind !== "quote") continue;
      if (/^[«“„‹]$/.test(t.text)) open = true;
      else if (/^[»”›]$/.test(t.text)) open = false;
      else if (t.text === '"') open = !open;
    }
    return open;
  }

  /** the folded words the document writes in lower case somewhere (see personShaped), gathered on first use */
  private lowerWords: Set<string> | null = null;

  /** Past the suffixes of a company's name after k ("Motor", "Group", "Holdings", "Inc"), when nothing capitalized follows them; else k. */
  private pastCompanySuffixes(k: number, end: number): number {
    const { tokens } = this.doc;
    let j = k;
    while (j < end && j < k + 2 && isWord(tokens[j]) && this.lex.companySuffixes.has(tokens[j]!.text)) j++;
    return j > k && !isCapitalized(tokens[j]) ? j : k;
  }

  /** Where a name led by a demonym ends ("Georgian Dream" in "the ruling Georgian Dream party"): capitalized words, then a lower-case noun of an organization; else -1. */
  private demonymLedName(i: number, after: number, s: Sentence): number {
    const { tokens } = this.doc;
    let j = after;
    while (j < s.endToken && j < after + 3 && isCapitalized(tokens[j]) && !this.lookups.demonyms.longestAt(tokens, j, j + 1) && !this.knownAt(j, s)) j++;
    const cue = tokens[j];
    return j > after && this.organizationCue(cue) ? j : -1;
  }

  /** The name a lower-case head word begins: an organization's goes on in lower-case words; a facility's may have an English name ("l'aéroport de Kavumu": Kavumu Airport). */
  private headed(head: { at: number; type: EntityType }, i: number, run: number, s: Sentence): Mention[] {
    if (head.type === "organization") return [mention(head.at, this.tail(run, s.endToken), head.type)];
    // ("le stade Vélodrome de Marseille": a known place after a link word is the facility's town, no part of its name)
    let town: Mention | null = null;
    for (let p = i + 1; p < run - 1 && !town; p++) {
      const known = this.lex.particles.has(this.doc.tokens[p]!.norm) ? this.knownAt(p + 1, s) : null;
      // (read as the town, whatever club bears its name)
      if (kindOf(known) === "location" && known!.t1 === run) [town, run] = [{ ...known!, candidates: known!.candidates.filter((c) => c.type === "location") }, p];
    }
    const m = mention(head.at, run, head.type);
    const name = this.lex.facilityNames.get(this.doc.tokens[head.at]!.norm);
    if (name) m.name = name.replace("{name}", this.surface(i, run));
    return town ? [m, town] : [m];
  }

  /** "the Dutch Data Protection Authority": a demonym before an institution's name (a head word in it) is part of that name. */
  private withDemonym(i: number, run: number): number {
    const { tokens } = this.doc;
    const d = i - 1;
    if (d < 0 || !isCapitalized(tokens[d]) || this.lookups.demonyms.longestAt(tokens, d, i)?.end !== i) return i;
    return tokens.slice(i, run).some((t) => this.lex.organizationHeads.has(t.text)) ? d : i;
  }

  /**
   * Where another person's name begins inside the run [i, run): a given name and a capitalized
   * word, not after a binding particle ("Reportage Tim Hepher", "Anora de Sean Baker"); with
   * `afterParticle`, only after a lower-case link particle. `firstEnd` is where the first name ends.
   */
  private innerName(i: number, run: number, afterParticle: boolean): { at: number; firstEnd: number } | null {
    const { tokens } = this.doc;
    for (let p = i + 1; p < run - 1; p++) {
      if (!this.lex.givenNames.has(tokens[p]!.norm) || !isCapitalized(tokens[p + 1])) continue;
      const before = tokens[p - 1]!;
      if (BINDING_PARTICLES.has(before.norm)) continue;
      const linked = this.lex.particles.has(before.norm);
      if (afterParticle && !(linked && isWord(before) && !CAPITAL.test(before.text))) continue;
      return { at: p, firstEnd: linked ? p - 1 : p };
    }
    return null;
  }

  /** Whether a word is a capitalized place head word ("Stade", "Hôpital", "Stadium"), whatever the lexicon's case. */
  private placeHead(t: Token | undefined): boolean {
    return !!t && foldedHeads(this.lex.locationHeads).has(t.norm) && isCapitalized(t);
  }

  /**
   * "Stade de France", "Parc des Princes", "Hôpital Necker", "Place de la Concorde": a capitalized
   * place head word before a name names a place, a facility, even where a town bears the head's
   * name (Stade) or the name is a country's (France); returns where it ends (i when it is none).
   * A name the knowledge lists as a landmark ("Palais de l'Élysée") is left to the knowledge.
   */
  private facilityAt(i: number, s: Sentence): number {
    const { tokens } = this.doc;
    if (!this.placeHead(tokens[i]) || this.commonAtStart(i, s)) return i;
    let j = i + 1;
    while (j < s.endToken && j - i <= 3 && isWord(tokens[j]!) && !CAPITAL.test(tokens[j]!.text) && (this.lex.particles.has(tokens[j]!.norm) || /^(la|le|les|l['’]|of|the)$/i.test(tokens[j]!.text))) j++;
    if (j >= s.endToken || !isCapitalized(tokens[j]) || this.lookups.demonyms.longestAt(tokens, j, j + 1)) return i;
    // ("Grand Tour de Miguel Gomes": a person's name after the head makes it a title, not a place)
    if (this.lex.givenNames.has(tokens[j]!.norm)) return i;
    const inner = this.knownAt(j, s);
    if (inner?.candidates.some((c) => (c.type === "location" && c.geo?.kind === "other") || c.type === "person")) return i;
    // ("Tour de France": a head that also names no entity, a race, a prize, is read as such)
    if (this.lex.nonEntityHeads.has(tokens[i]!.text)) return i;
    return this.capitalizedRun(j, s.endToken);
  }

  /**
   * "Milwaukee Bucks", "Boston Celtics", "Texas Instruments": a place's name and one or two
   * capitalized words, the last a plural that is no place head ("Golan Heights", "Canary
   * Islands"), name a team or a company.
   */
  private placeNamedOrganization(t1: number, end: number): boolean {
    const { tokens } = this.doc;
    if (end - t1 < 1 || end - t1 > 2) return false;
    const last = tokens[end - 1]!;
    // (not an event held there: "Paris Olympics")
    return /\p{Ll}s$/u.test(last.text) && last.text.length >= 4 && !isAllCaps(last) && !this.placeHead(last) && !this.common.has(last.text.toLowerCase()) && !this.lex.nonEntityHeads.has(last.text);
  }

  /** "“Emilia Perez” won four awards", "« La Vie devant soi »": an unknown name that fills quotation marks is a work's title. */
  private quotedTitle(i: number, run: number): boolean {
    const { tokens } = this.doc;
    return tokens[i - 1]?.kind === "quote" && tokens[run]?.kind === "quote" && /^[«“"‘]$/.test(tokens[i - 1]!.text) && /^[»”"’]$/.test(tokens[run]!.text);
  }

  /** A headline in title case: capitals tell nothing there. */
  private titleCase(s: Sentence): boolean {
    const words = this.doc.tokens.slice(s.firstToken, s.endToken).filter((t) => isWord(t) && t.text.length > 3 && !this.lex.particles.has(t.norm));
    if (words.length < 4 || words.filter((t) => CAPITAL.test(t.text)).length / words.length < 0.75) return false;
    // a sentence with names in it still writes its own words in lower case ("Inflation slowed in Paris, the Office … said")
    const lower = words.filter((t) => !CAPITAL.test(t.text) && !this.lex.functionWords.has(t.text)).length;
    return lower <= Math.floor(words.length / 10);
  }

  /** All mentions of one sentence, left to right, none overlapping. */
  sentence(s: Sentence): Mention[] {
    const { tokens } = this.doc;
    const out: Mention[] = [];
    this.known.clear();
    const titleCase = this.titleCase(s);
    let i = s.firstToken;
    while (i < s.endToken) {
      const t = tokens[i]!;
      if (!isWord(t) && t.kind !== "number" && !(t.kind === "clitic" && this.articleOpensName(i, s))) {
        i++;
        continue;
      }
      // "SUD-Rail", "CGT-Cheminots": an acronym joined by a hyphen to a capitalized word the knowledge does not know is one organization's name
      const compound = this.acronymCompound(i, s);
      if (compound > i) {
        out.push(mention(i, compound, "organization"));
        i = compound;
        continue;
      }
      const known = this.knownAt(i, s);
      const placeOnly = !!known && known.candidates.every((c) => c.type === "location");
      // ("à l'Olympia", "le Bataclan": in a language whose modifiers follow their noun, a city's one-word name after a definite article is
      // no city but a venue the knowledge does not know; not a city named with its article, "le Caire", nor the first half of a compound;
      // English puts a city before its noun, "the London office", "the Dublin-based airline")
      const article = this.lex.stateNounOrder === "before" && this.lex.definiteArticles.has(tokens[i - 1]?.norm ?? "");
      if (known && article && known.t1 - known.t0 === 1 && known.candidates.every((c) => c.geo?.kind === "city") && !isCapitalized(tokens[known.t1]) && !this.modifiesNext(known.t1) && !this.namedWithArticle(known.candidates, i)) {
        out.push(mention(i, known.t1, "location"));
        i = known.t1;
        continue;
      }
      // "Stade de France", "Wembley Stadium": a place head word and a name name a facility
      const facility = known && placeOnly && known.t1 < s.endToken && this.placeHead(tokens[known.t1]) ? known.t1 + 1 : this.facilityAt(i, s);
      if (facility > i && (!known || known.t1 < facility)) {
        out.push(mention(i, facility, "location"));
        i = facility;
        continue;
      }
      // "Concerning Lebanon, …", "Shares of Nvidia": an unknown first word of a sentence before a known name is a word
      if (!known && i === s.firstToken && this.plainWordBeforeName(i, s)) {
        i++;
        continue;
      }
      // ("South Korean Finance Minister Choi Sang-mok": a demonym of several words names no one; the name starts after it)
      const demonym = known ? null : this.lookups.demonyms.longestAt(tokens, i, s.endToken);
      if (demonym && demonym.end > i + 1) {
        i = demonym.end;
        continue;
      }
      const run = this.startsRun(i, s) ? this.capitalizedRun(i, s.endToken) : i;
      // ("le Normand Charlie Dalin", "la Lyonnaise Inès Morel": after an article, a capitalized word before a given name and a
      // further name is a noun that describes the person, whatever given name it is too; the name starts after it)
      // (not a prefix of no entity in capitals: "the USS Carl Vinson" is a ship's name)
      if (run - i >= 3 && !known && i > s.firstToken && this.lex.determiners.has(tokens[i - 1]!.norm) && this.lex.givenNames.has(tokens[i + 1]!.norm) && !isAllCaps(t)) {
        i++;
        continue;
      }
      // "la ministre de la Culture Rachida Dati": the portfolio after a title and its link is no part of the name after it
      // (a portfolio that is also a given name somewhere, "Santé", is one when a given name follows it)
      if (run - i >= 2 && this.portfolio(i, s.firstToken) && (!this.lex.givenNames.has(t.norm) || this.lex.givenNames.has(tokens[i + 1]!.norm))) {
        i++;
        continue;
      }
      // "Florence Parly": a given name that is also a place starts a person's name
      // ("Davis Cup", "Victoria Day": a word that names no entity, closing the run, makes it no one's name)
      const headed = tokens.slice(i, run).some((w) => this.lex.organizationHeads.has(w.text) || this.lex.locationHeads.has(w.text)) || (run > i && this.lex.nonEntityHeads.has(tokens[run - 1]!.text));
      // (not after a cue of an organization: "the militia Kata Hezbollah"; nor a title before a given name: "Judge Inés Rojas")
      const titleFirst = this.lex.titles.has(t.norm) && this.lex.givenNames.has(tokens[i + 1]?.norm ?? "");
      if (run - i >= 2 && !headed && !titleFirst && this.lex.givenNames.has(t.norm) && (!known || (known.t1 < run && placeOnly)) && !this.quotedTitle(i, run) && !this.cuedOrganization(i, s.firstToken)) {
        // "Anora de Sean Baker": another person's name after a particle ends the first name
        const other = this.innerName(i, run, true);
        if (other) {
          this.typeRun(out, i, other.firstEnd, s, titleCase);
          i = other.at;
          continue;
        }
        out.push(mention(i, run, "person"));
        i = run;
        continue;
      }
      // "la Confédération paysanne": a head word the knowledge knows alone (Switzerland's) and its lower-case complement are an organization's name
      if (known && known.t1 - known.t0 === 1 && this.lex.lowercaseComplements && this.lex.organizationHeads.has(t.text)) {
        const end = this.tail(known.t1, s.endToken);
        if (end > known.t1) {
          out.push(mention(i, end, "organization"));
          i = end;
          continue;
        }
      }
      // "University of Michigan": a head word that is also a town's name begins an organization's
      if (known && placeOnly && this.lex.organizationHeads.has(t.text)) {
        const end = this.capitalizedRun(i, s.endToken);
        if (end > known.t1) {
          out.push(mention(i, end, "organization"));
          i = end;
          continue;
        }
      }
      // "Middle East Institute", "Federal Reserve Bank of Philadelphia": a known name inside an organization's
      if (known && run > known.t1 && tokens.slice(known.t1, run).some((w) => this.lex.organizationHeads.has(w.text))) {
        out.push(mention(i, run, "organization"));
        i = run;
        continue;
      }
      // "la place d'Italie", "la rue de Rivoli": a street or a square named after a place is that street
      const street = known ? this.streetBefore(i, s.firstToken) : null;
      if (known && street !== null && known.candidates.some((c) => c.type === "location")) {
        out.push(mention(street, known.t1, "location"));
        i = known.t1;
        continue;
      }
      // "Amnesty International Kenya": an organization the knowledge knows, then a country's name, is its national section
      const section = known && known.candidates.every((c) => c.type === "organization") ? this.knownAt(known.t1, s) : null;
      if (known && section && section.candidates.some((c) => c.geo?.kind === "country") && !isCapitalized(tokens[section.t1])) {
        out.push(mention(known.t0, section.t1, "organization"));
        i = section.t1;
        continue;
      }
      // "Honda Motor", "Nissan Motor Co": a company the knowledge knows and the suffixes of a company's name are that company
      const suffixed = known && known.candidates.some((c) => c.type === "organization") ? this.pastCompanySuffixes(known.t1, s.endToken) : -1;
      if (known && suffixed > known.t1) {
        out.push({ ...known, t1: suffixed, candidates: known.candidates.filter((c) => c.type === "organization") });
        i = suffixed;
        continue;
      }
      // "the ruling Georgian Dream party": a demonym, capitalized words and a lower-case noun of a party or a group name an organization
      const party = !known && demonym ? this.demonymLedName(i, demonym.end, s) : -1;
      if (party > i) {
        out.push(mention(i, party, "organization"));
        i = party;
        continue;
      }
      // "Wagner Moura", "Fidji Simo", "The Guardian Council": a known name that a word the
      // knowledge does not know continues is part of another name
      if (known && (this.continuesName(known.t1, s) || this.twoTowns(known, s))) {
        const start = this.lex.notNames.has(tokens[i]!.text) ? i + 1 : i;
        const end = this.capitalizedRun(known.t1, s.endToken);
        const inner = start > i ? this.knownAt(start, s) : null;
        if (inner && inner.t1 >= end) {
          out.push(inner);
          i = inner.t1;
        } else if (tokens.slice(known.t1, end).some((w) => this.lex.organizationHeads.has(w.text)) || (start === i && known.candidates.some((c) => c.type === "location") && this.placeNamedOrganization(known.t1, end))) {
          out.push(mention(start, end, "organization"));
          i = end;
        } else i = this.addRun(out, start, end, s, titleCase);
        continue;
      }
      // "Liberation Day", "Nobel Prize", "Davis Cup": a known name before a word that names no entity is part of that other name
      if (known && isCapitalized(tokens[known.t1]) && this.lex.nonEntityHeads.has(tokens[known.t1]!.text)) {
        i = known.t1 + 1;
        continue;
      }
      // "Tour de France : …", "Coupe de France" opening a headline: a word that names no entity, a link, then the known name, is one name of an event
      if (known && this.lex.particles.has(tokens[known.t0 - 1]?.norm ?? "") && isCapitalized(tokens[known.t0 - 2]) && this.lex.nonEntityHeads.has(tokens[known.t0 - 2]!.text)) {
        i = known.t1;
        continue;
      }
      if (known) {
        // "shares of Rio Tinto", "analysts at Berenberg": a company cue before a small town's name makes it a company's;
        // "l'équipe UAE Emirates": before a place's name and more capitalized words, the whole run is an organization's name
        // ("le groupe Carrefour": a cue noun right before the name makes a city that is no capital a company, whatever its size)
        const notCapital = placeOnly && known.candidates.every((c) => c.geo?.kind !== "country" && !c.capitalOf);
        const town = notCapital && (known.candidates.every((c) => c.population < SMALL_TOWN) || this.cueRightBefore(i));
        const cued = placeOnly && this.cuedOrganization(i, s.firstToken);
        const end = cued ? Math.max(known.t1, this.capitalizedRun(i, s.endToken)) : known.t1;
        // ("Toyota, Japan's largest carmaker": an apposition that says a company names it, whatever the town's size, not a country or a capital)
        const described = placeOnly && known.candidates.every((c) => c.geo?.kind !== "country" && !c.capitalOf) && this.cuedAfter(known.t1, s.endToken);
        out.push((cued && (town || end > known.t1)) || described ? mention(known.t0, end, "organization") : known);
        i = end;
        continue;
      }
      if (run > i) {
        i = this.addRun(out, i, run, s, titleCase);
        continue;
      }
      i++;
    }
    return out;
  }
}
