/**
 * What a document brings to story grouping, computed once from its analysis record and kept
 * with it: the language-neutral parts (canonical entities, event signatures, the day the
 * development happened) and the same-language part (content words).
 */
import type { AnalysisRecord } from "../record/record.js";
import { identity } from "../record/identity.js";
import { skeleton } from "../knowledge/skeleton.js";
import { fold } from "../text/fold.js";
import { perLanguage, readLangData } from "../util/data.js";
import { dayNumber, dayRange } from "./days.js";
import { counts } from "./grouping.js";

export interface StoryFeatures {
  lang: string;
  /** the days the development may fall on: the day the text pins (in a month-dated document, up to the earliest day it can have been written), else the document's date; null when undated */
  days: [number, number] | null;
  /** whether `days` are days the text or the document's date pins */
  pinned: boolean;
  /** entity identities (see groupingIdentity()) with their weight: mentions, those of the lead counting thrice; and the figures the text gives ("n:185") with their counts */
  entities: Record<string, number>;
  /** what happened to whom or where: "TYPE|identity" for each party of each event told as news */
  events: string[];
  /** the document's most frequent content words (folded, common words left out) with their counts */
  terms: Record<string, number>;
  /** the headline, else the lead sentence */
  title: string;
  /**
   * the person or organization the report is about, when one outweighs the others (a speech's
   * speaker, a raid's author): its identity, then its country as "cc:XX" (an army stands for its
   * state); absent in features stored before it was kept
   */
  lead?: string[] | null;
  /** the countries of the entities it names ("cc:XX"), sorted */
  countries?: string[];
}

/** How far before the document's last day a pinned day still counts as the news it reports. */
const NEWS_WINDOW_DAYS = 14;
const TITLE_CHARS = 200;
/** Content words kept per document: enough to tell a development, few enough to count cheaply. */
const DOCUMENT_TERMS = 50;
/** Sentences of the lead whose dates may pin the development when no event is dated. */
const LEAD_SENTENCES = 3;

const commonWords = perLanguage((lang) => {
  const data = readLangData<{ words: string[]; functionWords: string[] }>(lang, "common-words");
  return new Set([...data.words, ...data.functionWords].map(fold));
});

const WORD = /\p{L}[\p{L}\p{M}]{2,}/gu;

/** Content words of a text: folded, common words left out, a plural's final s dropped; with their counts. */
function contentTerms(text: string, lang: string): Map<string, number> {
  const common = commonWords(lang);
  const terms = new Map<string, number>();
  const words = new RegExp(WORD);
  for (let m = words.exec(text); m; m = words.exec(text)) {
    let w = fold(m[0]);
    if (common.has(w)) continue;
    if (w.length > 4 && w.endsWith("s")) w = w.slice(0, -1);
    terms.set(w, (terms.get(w) ?? 0) + 1);
  }
  return terms;
}

/** The n most frequent words of a count (ties in alphabetical order). */
function mostFrequent(terms: Map<string, number>, n: number): Record<string, number> {
  // most words come once: words grouped by their count, the counts taken from the highest, each group in alphabetical order
  const byCount = new Map<number, string[]>();
  for (const [w, k] of terms) {
    const group = byCount.get(k);
    if (group) group.push(w);
    else byCount.set(k, [w]);
  }
  const out = counts();
  let left = n;
  for (const k of [...byCount.keys()].sort((a, b) => b - a)) {
    const taken = byCount.get(k)!.sort().slice(0, left);
    for (const w of taken) out[w] = k;
    left -= taken.length;
    if (left === 0) break;
  }
  return out;
}

/**
 * The days a report's development covers: from the latest day pinned by a date in the lead, else
 * by an event told as news (reported or claimed), within the fortnight before the document's
 * date — in a document dated by its month, up to the earliest day it can have been written (a
 * December report of a Wednesday in late November tells a development still running on
 * 1 December); else the document's own day; else its month (not pinned).
 */
function developmentDays(record: AnalysisRecord): { days: [number, number] | null; pinned: boolean } {
  const docDays = record.doc.date ? dayRange(record.doc.date) : null;
  const inWindow = (day: number) => !docDays || (day <= docDays[1] + 1 && day >= docDays[0] - NEWS_WINDOW_DAYS);
  const latest = (days: number[]) => days.filter(inWindow).reduce<number | null>((a, d) => (a === null || d > a ? d : a), null);
  const eventDays = record.events
    .filter((v) => v.date?.precision === "day" && (v.status === "reported" || v.status === "claimed"))
    .map((v) => dayNumber(v.date!.value));
  const leadEnd = record.sentences[Math.min(LEAD_SENTENCES, record.sentences.length) - 1]?.end ?? record.text.length;
  const leadDays = record.times.filter((t) => t.precision === "day" && t.start < leadEnd).map((t) => dayNumber(t.value));
  // a date the lead writes outranks an event's, which may be the document's own date by default
  const day = latest(leadDays) ?? latest(eventDays);
  if (day !== null) {
    const monthDated = docDays !== null && docDays[0] !== docDays[1];
    return { days: [day, monthDated ? Math.max(day, docDays[0]) : day], pinned: true };
  }
  if (docDays) return { days: docDays, pinned: docDays[0] === docDays[1] };
  return { days: null, pinned: false };
}

/**
 * An entity's identity for grouping: the store's (see identity()), except that a person the
 * knowledge does not know is known by the transliteration-blind key of the name, so that one
 * report's "Alexandre Drozdenko" meets another's "Alexander Drozdenko" (a key two people may
 * share: it only weighs in the likeness of two reports); and a place or a body the knowledge does
 * not know by its name alone, whatever country one report's context gave it ("le lac Kivu" in a
 * report that names the Congo and one that does not).
 */
function groupingIdentity(e: AnalysisRecord["entities"][number]): string {
  if (e.kb) return e.kb;
  if (e.type === "person") return `person~${skeleton(e.name)}`;
  return e.countrySource === "knowledge" ? identity(e) : `${e.type}|${fold(e.name)}`;
}

/** a number as written: digits, with groups of three after a space, a comma or a point ("195 000", "195,000") */
const NUMBER = /\d{1,3}(?:[ \u00a0\u202f,.]\d{3})+(?!\d)|\d+/g;
/** the smallest figure worth comparing (smaller ones are everywhere: "two", "3 days") */
const LEAST_FIGURE = 10;

/**
 * The figures a document gives, outside its dates ("185 prisoners", "195 000 manifestants", "195,000
 * protesters"): written alike in every language once their group separators are dropped, they
 * join reports of one development across languages. Keyed "n:<value>", with their counts.
 */
function figures(record: AnalysisRecord): Record<string, number> {
  const inTime = (start: number, end: number) => record.times.some((t) => start < t.end && end > t.start);
  const out = counts();
  for (const m of record.text.matchAll(NUMBER)) {
    const value = Number(m[0].replace(/[^\d]/g, ""));
    if (value < LEAST_FIGURE || inTime(m.index!, m.index! + m[0].length)) continue;
    const key = `n:${value}`;
    out[key] = (out[key] ?? 0) + 1;
  }
  return out;
}

/** A mention in the headline or the lead sentence weighs this many mentions elsewhere. */
const LEAD_WEIGHT = 3;
/** How much the report's main actor must outweigh the next person or organization, and the least weight it needs. */
const LEAD_MARGIN = 1.5;
const LEAD_LEAST = 3;

/** The heaviest person or organization of a report when it outweighs the next one by LEAD_MARGIN, else null. */
function mainActor(weights: Map<string, number>): string | null {
  const ranked = [...weights].sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1));
  const [first, second] = ranked;
  if (!first || first[1] < LEAD_LEAST || (second && first[1] < LEAD_MARGIN * second[1])) return null;
  return first[0];
}

/** A country as a story feature, beside the entities' identities. */
export const countryKey = (code: string) => `cc:${code}`;

/** What stands for a report's main actor: its identity, and its country. */
function leadOf(record: AnalysisRecord, actors: Map<string, number>, identities: Map<string, string>): string[] | null {
  const main = mainActor(actors);
  if (!main) return null;
  const country = record.entities.find((e) => identities.get(e.id) === main)?.country;
  return country ? [main, countryKey(country)] : [main];
}

export function storyFeatures(record: AnalysisRecord): StoryFeatures {
  const entities = counts();
  const identities = new Map<string, string>();
  const leadEnd = record.sentences[0]?.end ?? record.text.length;
  const actors = new Map<string, number>();
  for (const e of record.entities) {
    const key = groupingIdentity(e);
    identities.set(e.id, key);
    const weight = e.mentions.reduce((sum, m) => sum + (m.start < leadEnd ? LEAD_WEIGHT : 1), 0);
    entities[key] = (entities[key] ?? 0) + weight;
    if (e.type !== "location") actors.set(key, (actors.get(key) ?? 0) + weight);
  }
  for (const [figure, n] of Object.entries(figures(record))) entities[figure] = (entities[figure] ?? 0) + n;
  const events = new Set<string>();
  for (const v of record.events) {
    if (v.status === "historical" || v.status === "negated") continue;
    for (const party of [v.actor, v.target, v.place]) {
      const key = party ? identities.get(party) : undefined;
      if (key) events.add(`${v.type}|${key}`);
    }
  }
  const lead = record.sentences[0] ? record.text.slice(record.sentences[0].start, record.sentences[0].end) : record.text;
  const title = (record.doc.title ?? lead).replace(/\s+/g, " ").trim().slice(0, TITLE_CHARS);
  const text = record.doc.title ? `${record.doc.title}\n${record.text}` : record.text;
  return { lang: record.doc.lang, ...developmentDays(record), entities, events: [...events].sort(), terms: mostFrequent(contentTerms(text, record.doc.lang), DOCUMENT_TERMS), title, lead: leadOf(record, actors, identities), countries: [...new Set(record.entities.flatMap((e) => (e.country ? [countryKey(e.country)] : [])))].sort() };
}
