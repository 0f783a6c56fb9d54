/**
 * Assigning a document to a story through an index of stories (in memory, or the store's
 * tables): one function for the incremental path and the rebuild, so that both end alike.
 */
import type { StoryFeatures } from "./features.js";
import { absorb, blockingKeys, choose, frequencyKeys, GROUPING, openStory, vectors, type Frequencies, type StoryState } from "./grouping.js";

/** What may come back at once (an index in memory) or later (one in a database). */
type Maybe<T> = T | Promise<T>;

export interface StoryIndex extends Frequencies {
  /** Called first with the document and the feature keys it will ask about (a store reads their frequencies at once). */
  prepare?(f: StoryFeatures, keys: readonly string[]): Maybe<void>;
  /** Stories found by any of these entities whose days reach `fromDay` or later (any, undated ones too, when null), newest first, at most `limit`. */
  candidates(entities: string[], fromDay: number | null, limit: number): Maybe<StoryState[]>;
  /** A story created or grown, saved with the entities it is found by. */
  save(story: StoryState, isNew: boolean): Maybe<void>;
  /** A new story's id. */
  nextId(): Maybe<number>;
  /** Counts a document's features once it is grouped. */
  count(keys: readonly string[]): Maybe<void>;
}

export interface Assignment {
  story: number;
  /** how well the document fits the story it joined (0 when it opened it) */
  score: number;
  opened: boolean;
}

/** The earliest last day a story may have to take a document of these days. */
function reach(f: StoryFeatures): number | null {
  return f.days ? f.days[0] - GROUPING.maxGapDays : null;
}

/** Groups one document: joins the best-fitting story among the candidates, or opens one. */
export async function assign(index: StoryIndex, f: StoryFeatures): Promise<Assignment> {
  await index.prepare?.(f, frequencyKeys(f));
  const candidates = await index.candidates(blockingKeys(f, index), reach(f), GROUPING.maxCandidates);
  // (the document's vectors, weighted by the frequencies as they stand before it is counted, serve both choosing and joining)
  const v = vectors(f, index);
  const chosen = choose(f, candidates, index, v);
  let result: Assignment;
  if (chosen) {
    absorb(chosen.story, f, chosen.score, index, v);
    await index.save(chosen.story, false);
    result = { story: chosen.story.id, score: chosen.score, opened: false };
  } else {
    const story = openStory(await index.nextId(), f, index, v);
    await index.save(story, true);
    result = { story: story.id, score: 0, opened: true };
  }
  await index.count(frequencyKeys(f));
  return result;
}

/** Adds a document to a known story (a near-duplicate to its original's) and counts it. */
export async function join(index: StoryIndex, story: StoryState, f: StoryFeatures): Promise<Assignment> {
  await index.prepare?.(f, frequencyKeys(f));
  absorb(story, f, 0, index);
  await index.save(story, false);
  await index.count(frequencyKeys(f));
  return { story: story.id, score: 1, opened: false };
}

/** Stories held in memory: for tests, and for grouping documents outside a store. */
export class MemoryStoryIndex implements StoryIndex {
  documents = 0;
  private readonly freq = new Map<string, number>();
  readonly stories = new Map<number, StoryState>();
  /** the entities each story is found by: the blocking keys of the documents that joined it */
  private readonly keys = new Map<number, Set<string>>();
  private current: StoryFeatures | null = null;

  prepare(f: StoryFeatures): void {
    this.current = f;
  }

  df(key: string): number {
    return this.freq.get(key) ?? 0;
  }

  candidates(entities: string[], fromDay: number | null, limit: number): StoryState[] {
    const wanted = new Set(entities);
    return [...this.stories.values()]
      .filter((s) => (fromDay === null || (s.hi !== null && s.hi >= fromDay)) && [...(this.keys.get(s.id) ?? [])].some((e) => wanted.has(e)))
      .sort((a, b) => (b.hi ?? -Infinity) - (a.hi ?? -Infinity) || b.id - a.id)
      .slice(0, limit);
  }

  save(story: StoryState): void {
    this.stories.set(story.id, story);
    const keys = this.keys.get(story.id) ?? new Set<string>();
    if (this.current) for (const e of blockingKeys(this.current, this)) keys.add(e);
    this.keys.set(story.id, keys);
  }

  nextId(): number {
    return this.stories.size + 1;
  }

  count(keys: readonly string[]): void {
    this.current = null;
    this.documents++;
    for (const k of keys) this.freq.set(k, (this.freq.get(k) ?? 0) + 1);
  }
}
