import type { Token } from "../document/document.js";
import { fold } from "../text/fold.js";
import { tokenize } from "../text/tokens.js";

/** The languages whose tokenization rules names are keyed under, so that a name matches in any of them. */
const KEY_LANGUAGES = ["fr", "en"];

/** How a name is written: shapes (bits) a surface in the text must agree with. */
export const Shape = {
  /** starts with a lower-case letter: a description ("armée syrienne", "bande de Gaza") */
  Lower: 1,
  /** starts with a capital ("Aleppo", "Hayat Tahrir al-Sham") */
  Capital: 2,
  /** all capitals, a short acronym ("HTS", "UN") */
  Acronym: 4,
  /** an article then a capitalized word ("Le Maire", "La Fontaine"): "le maire" is not the name */
  Article: 8,
} as const;

const ARTICLE_NAME = /^([Ll]e|[Ll]a|[Ll]es|[Ll]['’]|[Tt]he)\s+\p{Lu}/u;
const PLAIN_WORDS = /^\p{L}[\p{L}\p{M}\p{N}]*(?: \p{L}[\p{L}\p{M}\p{N}]*)*$/u;

export function shapeOf(s: string): number {
  const letters = s.replace(/[^\p{L}]/gu, "");
  if (letters.length >= 2 && letters.length <= 6 && letters === letters.toUpperCase() && letters !== letters.toLowerCase()) return Shape.Acronym;
  const first = letters[0] ?? "";
  return first && first === first.toLowerCase() && first !== first.toUpperCase() ? Shape.Lower : Shape.Capital;
}

/**
 * Whether a surface in the text may be the name: a capitalized surface is not an acronym
 * ("Un" is not "UN"), a lower-case one only a description; an all-capitals surface may be
 * either an acronym or a name written in capitals ("TEHRAN" in a dateline).
 */
export function shapeAgrees(surface: string, shapes: number): boolean {
  if (shapes & Shape.Article && !ARTICLE_NAME.test(surface)) return false;
  const s = shapeOf(surface);
  if (s === Shape.Lower) return (shapes & Shape.Lower) !== 0;
  const letters = surface.replace(/[^\p{L}]/gu, "");
  if (letters === letters.toUpperCase()) return (shapes & (Shape.Acronym | Shape.Capital)) !== 0;
  return (shapes & Shape.Capital) !== 0;
}

export interface NameMatch<T> {
  /** tokens[start, end) */
  start: number;
  end: number;
  values: T[];
  /** the shapes (Shape bits) in which the matched name is written in the knowledge */
  shapes: number;
}

interface Entry<T> {
  values: T[];
  shapes: number;
}

/**
 * Names to values, looked up over token sequences: each name is keyed by its folded tokens
 * (case, diacritics and apostrophe style ignored, elisions split as the text's tokenizer splits
 * them), and the longest name starting at a token is found with one hash probe per length.
 */
export class NameIndex<T> {
  /** An index of phrases that are only to be found (a lexicon's word list). */
  static of(phrases: Iterable<string>): NameIndex<true> {
    const index = new NameIndex<true>();
    for (const p of phrases) index.add(p, true);
    return index;
  }

  private readonly byKey = new Map<string, Entry<T>>();
  /** every proper token prefix of a key: a lookup stops as soon as the text leaves all names */
  private readonly prefixes = new Set<string>();
  /** first tokens of the names written in lower case: a lower-case word starts no other name */
  private readonly lowerFirst = new Set<string>();
  /** first tokens of all names: most tokens start none, and one lookup tells */
  private readonly first = new Set<string>();

  get size(): number {
    return this.byKey.size;
  }

  /** Token-key variants of a name: per tokenization language, and with hyphens read as spaces. */
  static keys(name: string): string[] {
    // words of letters and digits between single spaces: their tokens are those words, folded (most names: no tokenizer needed)
    if (PLAIN_WORDS.test(name)) return [fold(name)];
    // only apostrophes and hyphens tokenize differently from one language to another
    if (!/['’\-‐‑]/.test(name)) {
      const key = tokenize(name, "default").map((t) => t.norm).join(" ");
      return key ? [key] : [];
    }
    const keys = new Set<string>();
    for (const variant of new Set([name, name.replace(/[-‐‑]/g, " ")]))
      for (const lang of KEY_LANGUAGES) {
        const norms = tokenize(variant, lang).map((t) => t.norm);
        if (norms.length) keys.add(norms.join(" "));
      }
    return [...keys];
  }

  add(name: string, value: T): void {
    const shape = shapeOf(name) | (ARTICLE_NAME.test(name) ? Shape.Article : 0);
    for (const key of NameIndex.keys(name)) {
      const entry = this.byKey.get(key);
      if (!entry) this.byKey.set(key, { values: [value], shapes: shape });
      else {
        if (!entry.values.includes(value)) entry.values.push(value);
        entry.shapes |= shape;
      }
      for (let at = key.indexOf(" "); at > 0; at = key.indexOf(" ", at + 1)) this.prefixes.add(key.slice(0, at));
      const head = key.split(" ", 1)[0]!;
      this.first.add(head);
      if (shape === Shape.Lower) this.lowerFirst.add(head);
    }
  }

  /** Values of a name given as a string (any of its spellings). */
  get(name: string): T[] {
    const out: T[] = [];
    for (const key of NameIndex.keys(name)) for (const v of this.byKey.get(key)?.values ?? []) if (!out.includes(v)) out.push(v);
    return out;
  }

  /** The first tokens of all names. */
  firstTokens(): Set<string> {
    return new Set(this.first);
  }

  /** Whether some name starts with this folded token. */
  startsWith(norm: string): boolean {
    return this.first.has(norm);
  }

  /** Whether some name written in lower case starts with this folded token. */
  startsLowerName(norm: string): boolean {
    return this.lowerFirst.has(norm);
  }

  /** Whether a name of this index ends by token k, starting at most `reach` tokens before it and after `from`, with no punctuation between ("suspendre … les frappes", "calls terrorists"). */
  endsNear(tokens: readonly Token[], k: number, from: number, reach: number): boolean {
    for (let j = k - 1; j >= Math.max(from, k - reach); j--) {
      if (tokens[j]!.kind === "punct") return false;
      if (this.longestAt(tokens, j, k)) return true;
    }
    return false;
  }

  /** The longest name that starts at tokens[i] and ends by `limit`, or null. */
  longestAt(tokens: readonly Token[], i: number, limit = tokens.length): NameMatch<T> | null {
    const first = tokens[i];
    if (!first || !this.first.has(first.norm)) return null;
    let key = first.norm;
    let best: NameMatch<T> | null = null;
    for (let n = 1; ; n++) {
      const entry = this.byKey.get(key);
      if (entry) best = { start: i, end: i + n, values: entry.values, shapes: entry.shapes };
      if (i + n >= limit || !this.prefixes.has(key)) return best;
      key += ` ${tokens[i + n]!.norm}`;
    }
  }
}
