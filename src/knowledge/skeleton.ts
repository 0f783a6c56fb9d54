import { fold } from "../text/fold.js";

/**
 * A transliteration-blind key for a place name: the consonants of each word, Arabic articles
 * dropped, variant spellings of the same sounds merged. Salamiyah, Salamieh and Salamiya share
 * "slm"; Deir ez-Zor and Dayr az Zawr share "dr zr". Keys this coarse collide: callers accept a
 * match only within the countries a document is about.
 */
const memo = new Map<string, string>();

export function skeleton(name: string): string {
  let key = memo.get(name);
  if (key === undefined) {
    key = computeSkeleton(name);
    if (memo.size > 100_000) memo.clear();
    memo.set(name, key);
  }
  return key;
}

const ARTICLES = new Set(["al", "el", "ar", "as", "ad", "an", "at", "az", "ash", "ed", "es", "ez", "en", "et", "ul"]);
const VOWELS = /[aeiouywh]/g;

/** The skeleton of a name, not remembered (for building an index of many names, each seen once). */
export function computeSkeleton(name: string): string {
  const folded = fold(name);
  let out = "";
  let word = "";
  // words of a-z between spaces and hyphens; any other character is dropped
  for (let i = 0; i <= folded.length; i++) {
    const c = i < folded.length ? folded.charCodeAt(i) : 32;
    if (c >= 97 && c <= 122) word += folded[i];
    else if (c === 32 || c === 45 || c === 0x2010 || c === 0x2011) {
      if (word && !ARTICLES.has(word)) out += (out ? " " : "") + consonants(word);
      word = "";
    }
  }
  return out;
}

/** A word's first letter and its consonants, variant spellings of one sound merged, doubled letters once. */
function consonants(w: string): string {
  const v = w.replace(/ch/g, "sh").replace(/sh/g, "s").replace(/ou/g, "u").replace(/q/g, "k").replace(/dj/g, "j").replace(/ph/g, "f");
  const rest = v.slice(1).replace(VOWELS, "");
  let key = v[0]!;
  for (const ch of rest) if (ch !== key[key.length - 1]) key += ch;
  return key;
}

/** Edit distance between two strings (insertions, deletions, substitutions). */
export function editDistance(a: string, b: string): number {
  let prev = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const row = [i];
    for (let j = 1; j <= b.length; j++) row.push(Math.min(prev[j]! + 1, row[j - 1]! + 1, prev[j - 1]! + (a[i - 1] === b[j - 1] ? 0 : 1)));
    prev = row;
  }
  return prev[b.length]!;
}

/** Whether two spellings are close enough to be one name transliterated twice: under 30% of letters differ. */
export function closeSpelling(a: string, b: string): boolean {
  const [x, y] = [fold(a), fold(b)];
  return editDistance(x, y) / Math.max(x.length, y.length) < 0.3;
}
