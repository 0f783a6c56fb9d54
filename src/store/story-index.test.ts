
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { assign } from "../stories/assign.js";
import type { StoryFeatures } from "../stories/features.js";
import { SqliteConnection } from "./sqlite/connection.js";
import { StoredStoryIndex } from "./story-index.js";
import { tempDir } from "../test-support/temp.js";

/** A stream of documents whose words and names recur: a few developments a day, each told several times. */
function stream(n: number): StoryFeatures[] {
  return Array.from({ length: n }, (_, i) => {
    const development = Math.floor(i / 3);
    const entities: Record<string, number> = { [`e${development}`]: 2, [`e${development + 1}`]: 1, [`common${i % 4}`]: 1 };
    const terms: Record<string, number> = {};
    for (let k = 0; k < 6; k++) terms[`t${(development * 5 + k) % 40}`] = 1 + (k % 2);
    return { lang: i % 2 ? "fr" : "en", days: [20000 + Math.floor(i / 12), 20000 + Math.floor(i / 12)], pinned: true, entities, events: [], terms, title: `document ${i}` };
  });
}

/** Groups the stream in batches of `batch`, as an ingest does; returns each document's story and the counts stored. */
async function group(features: StoryFeatures[], cache: number, batch: number): Promise<{ stories: number[]; counts: unknown[]; wrong: string[] }> {
  const conn = new SqliteConnection(join(tempDir("story-index"), "s.db"));
  const index = new StoredStoryIndex(cache);
  const stories: number[] = [];
  await conn.beginBatch();
  for (const [i, f] of features.entries()) {
    await conn.transaction(async (tx) => {
      await index.begin(tx, f, true);
      stories.push((await assign(index, f)).story);
    });
    index.accept();
    if ((i + 1) % batch === 0) {
      await conn.transaction((tx) => index.flush(tx));
      await conn.endBatch(true);
      await conn.beginBatch();
    }
  }
  await conn.transaction((tx) => index.flush(tx));
  await conn.endBatch(true);
  const counts = await conn.all<{ key: string; n: number }>("SELECT key, n FROM story_frequencies ORDER BY key");
  // (a count held in memory is the stored one)
  const wrong = counts.filter((c) => index.df(c.key) !== 0 && index.df(c.key) !== c.n).map((c) => c.key);
  await conn.close();
  return { stories, counts, wrong };
}

describe("the store's story index", () => {
  it("groups the same whatever the size of its frequency cache (counts dropped from memory are read again, not taken for 0)", async () => {
    const features = stream(240);
    const large = await group(features, 1_000_000, 16);
    const small = await group(features, 12, 16);
    expect(small.stories).toEqual(large.stories);
    expect(small.counts).toEqual(large.counts);
    expect(small.wrong).toEqual([]);
  });
});
