/**
 * Online story grouping: each document joins the story it is most like, or opens one. A story
 * is one development over a few days, so a document is compared only with stories whose days
 * lie near its own, and must share its specific names (entities weighted by rarity, which also
 * joins reports across languages) and, when the story holds a report in the document's
 * language, its words (TF-IDF). Rarity is counted over the documents grouped before this one,
 * so grouping the same documents in the same order always gives the same stories; a story
 * keeps the sum of its documents' weighted vectors as they were when each joined.
 */
import type { StoryFeatures } from "./features.js";

/** A story as grouping sees it, kept as it grows (serialisable as JSON). */
export interface StoryState {
  id: number;
  documents: number;
  /** first and last pinned development days of its documents (null when none is pinned) */
  first: number | null;
  last: number | null;
  /** the latest day a document that joined it may have been written on, when after `last` (a month-dated report of an earlier day): its development may run until then */
  until?: number;
  /** the days its documents' ranges cover, pinned or not */
  lo: number | null;
  hi: number | null;
  /** entity identity -> summed weight over its documents (each document's weights a unit vector, rarity as of its grouping) */
  entities: Record<string, number>;
  /** language -> content word -> summed weight over its documents in that language, likewise */
  terms: Record<string, Record<string, number>>;
  /** event signature -> documents telling it */
  events: Record<string, number>;
  title: string;
  /** how well the document that gave the title fits the story */
  titleFit: number;
  /** main actor -> the documents it leads, and what stands for it (see StoryFeatures.lead); absent in stories stored before it was kept */
  leads?: Record<string, { n: number; as: string[] }>;
  /** the countries of its documents' entities ("cc:XX") -> documents naming them */
  countries?: Record<string, number>;
}

/** How often a feature was met among the documents grouped so far. */
export interface Frequencies {
  documents: number;
  df(key: string): number;
}

/**
 * A record of weights or counts keyed by words and names: without a prototype, so that a word
 * such as "constructor" or "toString" is a key like any other (a plain object answers
 * Object.prototype's function for it), and filled fast (it starts as a dictionary).
 */
export function counts<T = number>(from?: Record<string, T>): Record<string, T> {
  const out = Object.create(null) as Record<string, T>;
  return from ? Object.assign(out, from) : out;
}

/** A story state read back from its JSON: its records of weights and counts as `counts`. */
export function storyFromJson(json: string): StoryState {
  const s = JSON.parse(json) as StoryState;
  s.entities = counts(s.entities);
  s.terms = counts(Object.fromEntries(Object.entries(s.terms).map(([lang, words]) => [lang, counts(words)])));
  s.events = counts(s.events);
  if (s.leads) s.leads = counts(s.leads);
  if (s.countries) s.countries = counts(s.countries);
  return s;
}

export const entityKey = (identity: string) => `e:${identity}`;
export const termKey = (lang: string, term: string) => `t:${lang}:${term}`;

/** A document's frequency keys, in the order of its entities and terms, made once per document (the same strings then hash once). */
interface Keys {
  entities: string[];
  terms: string[];
  all: string[];
  /** its figures worth comparing (see sharedFigure) */
  figures: string[];
}
const keyCache = new WeakMap<StoryFeatures, Keys>();

function keysOf(f: StoryFeatures): Keys {
  let k = keyCache.get(f);
  if (!k) {
    const entities = Object.keys(f.entities).map(entityKey);
    const terms = Object.keys(f.terms).map((t) => termKey(f.lang, t));
    const figures = Object.keys(f.entities).filter((key) => {
      if (!key.startsWith("n:")) return false;
      const value = Number(key.slice(2));
      return value >= 100 && (value < 1900 || value > 2100);
    });
    keyCache.set(f, (k = { entities, terms, all: [...entities, ...terms], figures }));
  }
  return k;
}

/** Grouping's settings; the defaults are what the tests and the benchmark use. */
export const GROUPING = {
  /** days between a document's development and the nearest of a story's */
  maxGapDays: 1,
  /** days from a story's first development to its last */
  maxSpanDays: 5,
  /** the score a document needs to join a story whose days pin its own */
  joinScore: 0.4,
  /** the score needed when either side is dated only by month, or not at all */
  looseJoinScore: 0.5,
  /** the share of a shared event signature in the score */
  eventWeight: 0.15,
  /** what a rare figure both give adds to the score, and how rare it must be: met in at most so many documents, or this share of them */
  figureBonus: 0.1,
  rareFigureDocuments: 3,
  rareFigureShare: 0.001,
  /** what the score is multiplied by when a report's main actor is absent from the story, or the story's from the report */
  absentLeadFactor: 0.5,
  /** content words a story keeps per language, and entities it keeps (the heaviest) */
  storyTerms: 150,
  storyEntities: 100,
  /** the rarest entities of a document by which candidate stories are found */
  blockingEntities: 8,
  /** and its most mentioned ones */
  salientEntities: 4,
  /** the most stories compared with one document */
  maxCandidates: 24,
};

function idf(freq: Frequencies, key: string): number {
  return Math.log((freq.documents + 1) / (freq.df(key) + 1)) + 1;
}

/** A weighted vector as two parallel lists (walked by index when a document is compared with many stories), and its norm. */
export interface Vector {
  keys: string[];
  weights: number[];
  norm: number;
}

/** A document's weighted vectors, computed once per assignment. */
export interface DocumentVectors {
  entities: Vector;
  terms: Vector;
}

/** Counts weighted by the rarity of their frequency keys (`frequencyKeys[i]` for the i-th count). */
function weighted(counted: Record<string, number>, frequencyKeys: string[], freq: Frequencies): Vector {
  const keys: string[] = [];
  const weights: number[] = [];
  Object.keys(counted).forEach((k, i) => {
    const n = counted[k];
    // (features stored by an earlier version may hold a word's count spoilt by Object.prototype: left out)
    if (typeof n !== "number" || !(n > 0)) return;
    keys.push(k);
    weights.push(idf(freq, frequencyKeys[i]!) * (1 + Math.log(n)));
  });
  return { keys, weights, norm: norm(weights) };
}

export function vectors(f: StoryFeatures, freq: Frequencies): DocumentVectors {
  const keys = keysOf(f);
  return { entities: weighted(f.entities, keys.entities, freq), terms: weighted(f.terms, keys.terms, freq) };
}

const norm = (weights: Iterable<number>) => {
  let sum = 0;
  for (const w of weights) sum += w * w;
  return Math.sqrt(sum);
};

/** The norms of a story's vectors, remembered until it grows. */
const storyNorms = new WeakMap<StoryState, Map<string, number>>();

function storyNorm(s: StoryState, which: string, weights: Record<string, number>): number {
  let norms = storyNorms.get(s);
  if (!norms) storyNorms.set(s, (norms = new Map()));
  let n = norms.get(which);
  if (n === undefined) norms.set(which, (n = norm(Object.values(weights))));
  return n;
}

/** Cosine of a document's vector and a story's. */
function cosine(doc: Vector, story: Record<string, number>, storyNormValue: number): number {
  if (!doc.norm || !storyNormValue) return 0;
  let dot = 0;
  const { keys, weights } = doc;
  for (let i = 0; i < keys.length; i++) {
    const v = story[keys[i]!];
    if (v !== undefined) dot += weights[i]! * v;
  }
  return dot / (doc.norm * storyNormValue);
}

/** The day of a document's pinned range nearest to the days `lo`..`hi`: the day it is taken to tell. */
function nearestDay([from, to]: [number, number], lo: number, hi: number): number {
  return Math.min(Math.max(lo, from), to, Math.max(hi, from));
}

/** Whether a document's days allow it into a story; "strict" when both sides pin a day. */
function dayFit(f: StoryFeatures, s: StoryState): "strict" | "loose" | null {
  if (!f.days || s.lo === null || s.hi === null) return "loose";
  if (f.pinned && s.first !== null && s.last !== null) {
    // up to `until` the story's development may still be running: no gap is allowed beyond it
    const until = Math.max(s.last, s.until ?? s.last);
    const day = nearestDay(f.days, s.first, until);
    const gap = day >= s.first && day <= until ? 0 : Math.max(s.first - day, day - s.last);
    const span = Math.max(s.last, day) - Math.min(s.first, day);
    return gap <= GROUPING.maxGapDays && span <= GROUPING.maxSpanDays ? "strict" : null;
  }
  const overlaps = f.days[0] <= s.hi + GROUPING.maxGapDays && f.days[1] >= s.lo - GROUPING.maxGapDays;
  return overlaps ? "loose" : null;
}

/** How well a document fits a story, 0 to 1 (before the threshold). */
export function fit(f: StoryFeatures, s: StoryState, freq: Frequencies, v: DocumentVectors = vectors(f, freq)): number {
  const byEntities = cosine(v.entities, s.entities, storyNorm(s, "", s.entities));
  const words = s.terms[f.lang];
  const score = words ? (byEntities + cosine(v.terms, words, storyNorm(s, f.lang, words))) / 2 : byEntities;
  const sharedEvent = f.events.some((sig) => s.events[sig]);
  const figure = sharedFigure(f, s, freq);
  const fitted = (1 - GROUPING.eventWeight) * score + (sharedEvent ? GROUPING.eventWeight : 0) + (figure ? GROUPING.figureBonus : 0);
  // (a rare figure both give outweighs another source's name: "le bilan est passé à 78 morts … plus de 270 personnes à bord", citing no governor)
  return figure || leadsAgree(f, s) ? fitted : fitted * GROUPING.absentLeadFactor;
}

/**
 * Whether a report and a story give the same rare figure ("185 prisonniers", "195,000 protesters"):
 * of three digits or more, no year, and met in few of the documents grouped so far.
 */
function sharedFigure(f: StoryFeatures, s: StoryState, freq: Frequencies): boolean {
  for (const key of keysOf(f).figures) {
    if (s.entities[key] && freq.df(entityKey(key)) <= Math.max(GROUPING.rareFigureDocuments, freq.documents * GROUPING.rareFigureShare)) return true;
  }
  return false;
}

/**
 * Whether a report and a story are about the same actors: the report's main actor is named in
 * the story, and the story's main actor (the one most of its reports lead with) in the report. A
 * speech by Erdogan on the rebels' advance and a report of the advance that never names him are
 * two developments, however many places they share.
 */
function leadsAgree(f: StoryFeatures, s: StoryState): boolean {
  // (an actor, or its country named anywhere: "the Israeli army" stands where "Israel" is named)
  if (f.lead?.length && s.countries && !f.lead.some((id) => s.entities[id] || s.countries![id])) return false;
  const lead = storyLead(s);
  return !lead || !f.countries || lead.some((id) => f.entities[id] || f.countries!.includes(id));
}

/** What stands for a story's main actor (the one most of its reports lead with), remembered until it grows; null when none leads. */
function storyLead(s: StoryState): string[] | null {
  let lead = storyLeads.get(s);
  if (lead === undefined) {
    const leads = Object.entries(s.leads ?? {}).sort((a, b) => b[1].n - a[1].n || (a[0] < b[0] ? -1 : 1));
    storyLeads.set(s, (lead = leads[0]?.[1].as ?? null));
  }
  return lead;
}
const storyLeads = new WeakMap<StoryState, string[] | null>();

/** The story a document joins among the candidates (the best fit over the threshold), or null. */
export function choose(f: StoryFeatures, candidates: StoryState[], freq: Frequencies, v: DocumentVectors = vectors(f, freq)): { story: StoryState; score: number } | null {
  let best: { story: StoryState; score: number } | null = null;
  for (const s of candidates) {
    const days = dayFit(f, s);
    if (!days) continue;
    const score = fit(f, s, freq, v);
    const needed = days === "strict" ? GROUPING.joinScore : GROUPING.looseJoinScore;
    if (score >= needed && (!best || score > best.score || (score === best.score && s.id < best.story.id))) best = { story: s, score };
  }
  return best;
}

/**
 * The keys by which a document finds its candidate stories, and by which the story it joins is
 * found: its rarest entities (what only this development names) and its most mentioned ones
 * (what every report of it names: the group, the city, the leader), in a fixed order.
 */
export function blockingKeys(f: StoryFeatures, freq: Frequencies): string[] {
  const all = Object.keys(f.entities);
  const keys = keysOf(f).entities;
  const top = (weight: (e: string, i: number) => number, n: number) =>
    all
      .map((e, i) => ({ e, w: weight(e, i) }))
      .sort((a, b) => b.w - a.w || (a.e < b.e ? -1 : 1))
      .slice(0, n)
      .map((x) => x.e);
  return [...new Set([...top((_, i) => idf(freq, keys[i]!), GROUPING.blockingEntities), ...top((e) => f.entities[e]!, GROUPING.salientEntities)])];
}

/** The feature keys a document adds to the frequencies once grouped (the same array each time: not to be changed). */
export function frequencyKeys(f: StoryFeatures): readonly string[] {
  return keysOf(f).all;
}

/** A new story of one document. */
export function openStory(id: number, f: StoryFeatures, freq: Frequencies, v: DocumentVectors = vectors(f, freq)): StoryState {
  const s: StoryState = { id, documents: 0, first: null, last: null, lo: null, hi: null, entities: counts(), terms: counts(), events: counts(), title: f.title, titleFit: 0 };
  absorb(s, f, 0, freq, v);
  return s;
}

/**
 * Adds a vector, scaled to unit length, to a sum; once the sum holds twice `keep` weights, only
 * its `keep` heaviest are kept (trimming now and then, not at every document, spares a sort).
 */
function addUnit(sum: Record<string, number>, v: Vector, keep: number): Record<string, number> {
  const n = v.norm || 1;
  let size = sizes.get(sum) ?? Object.keys(sum).length;
  for (let i = 0; i < v.keys.length; i++) {
    const k = v.keys[i]!;
    const before = sum[k];
    if (before === undefined) size++;
    sum[k] = (before ?? 0) + v.weights[i]! / n;
  }
  if (size <= 2 * keep) {
    sizes.set(sum, size);
    return sum;
  }
  const kept = counts(Object.fromEntries(Object.entries(sum).sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1)).slice(0, keep)));
  sizes.set(kept, keep);
  return kept;
}

/** The number of weights a story's sum holds, once counted (a sum read from the store is counted on its first growth). */
const sizes = new WeakMap<Record<string, number>, number>();

/** Adds a document to a story's state; its title becomes the story's when it fits best. */
export function absorb(s: StoryState, f: StoryFeatures, score: number, freq: Frequencies, v: DocumentVectors = vectors(f, freq)): void {
  s.documents++;
  if (f.days) {
    if (f.pinned) {
      // the day the document tells: the one of its range nearest the story's days
      const day = s.first === null || s.last === null ? f.days[0] : nearestDay(f.days, s.first, Math.max(s.last, s.until ?? s.last));
      s.first = s.first === null ? day : Math.min(s.first, day);
      s.last = s.last === null ? day : Math.max(s.last, day);
      if (f.days[1] > day) s.until = Math.max(s.until ?? f.days[1], f.days[1]);
    }
    s.lo = s.lo === null ? f.days[0] : Math.min(s.lo, f.days[0]);
    s.hi = s.hi === null ? f.days[1] : Math.max(s.hi, f.days[1]);
  }
  s.entities = addUnit(s.entities, v.entities, GROUPING.storyEntities);
  s.terms[f.lang] = addUnit(s.terms[f.lang] ?? counts(), v.terms, GROUPING.storyTerms);
  for (const sig of f.events) s.events[sig] = (s.events[sig] ?? 0) + 1;
  if (f.lead?.length) {
    s.leads ??= counts();
    s.leads[f.lead[0]!] = { n: (s.leads[f.lead[0]!]?.n ?? 0) + 1, as: f.lead };
  }
  if (f.countries) {
    s.countries ??= counts();
    for (const c of f.countries) s.countries[c] = (s.countries[c] ?? 0) + 1;
  }
  storyNorms.delete(s);
  storyLeads.delete(s);
  if (score > s.titleFit) {
    s.title = f.title;
    s.titleFit = score;
  }
}
