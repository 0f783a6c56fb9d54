import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import type { SourceDocument } from "../document/document.js";
import { readText } from "../readers/formats.js";
import { defaultReadOptions } from "../readers/source.js";

const DEMO = fileURLToPath(new URL("../../demo/articles/", import.meta.url));
const TARGET_CHARS = 2000;

/** A small deterministic pseudo-random generator (mulberry32), so that every run sees the same corpus. */
function random(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/**
 * n ~2 KB dispatches made from the demo articles: the opening paragraph of one article (its
 * date header with it), then paragraphs drawn at random from the articles in its language, so
 * that dispatches share paragraphs as news copy does without being copies of one another.
 */
export function generateCorpus(n: number, first = 0): SourceDocument[] {
  const files = readdirSync(DEMO)
    .filter((f) => f.endsWith(".txt"))
    .sort();
  const texts = files.map((f) => readFileSync(join(DEMO, f), "utf8").split("\n\n"));
  // paragraphs drawn from articles of the same language (the file names begin with it)
  const language = (i: number) => files[i]!.slice(0, 2);
  const pools = new Map<string, string[]>();
  texts.forEach((parts, i) => pools.set(language(i), [...(pools.get(language(i)) ?? []), ...parts.slice(1)]));
  const docs: SourceDocument[] = [];
  for (let i = first; i < first + n; i++) {
    const next = random(i + 1);
    const article = i % texts.length;
    const pool = pools.get(language(article))!;
    const paragraphs = [texts[article]![0]!];
    while (paragraphs.join("\n\n").length < TARGET_CHARS) paragraphs.push(pool[Math.floor(next() * pool.length)]!);
    paragraphs.push(`Dépêche ${i}.`);
    docs.push(readText(`bench-${i}.txt`, null, paragraphs.join("\n\n"), [], defaultReadOptions));
  }
  return docs;
}
