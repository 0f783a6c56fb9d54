import type { Token } from "../document/document.js";
import { fold } from "../text/fold.js";
import { elidedWords, tokenize } from "../text/tokens.js";

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

/**
 * Keys with, beside each phrase of two words or more that ends in a word an elision shortens, the
 * key of its elided form: "alors que" also matches "alors qu'il", "accusé de" "accusé d'avoir".
 */
function withElidedEnd(keys: string[]): string[] {
  const out = [...keys];
  for (const key of keys) {
    const space = key.lastIndexOf(" ");
    if (space < 0) continue;
    for (const lang of KEY_LANGUAGES) {
      const short = elidedWords(lang).get(key.slice(space + 1));
      if (short && !out.includes(`${key.slice(0, space)} ${short}`)) out.push(`${key.slice(0, space)} ${short}`);
    }
  }
  return out;
}

/**
 * A name's two-letter initialisms written the other way, with or without points ("US State
 * Department" and "U.S. State Department", "U.N. envoy" and "UN envoy"): the press writes both.
 */
function withDottedInitials(name: string): string {
  return name.replace(/\b([A-Z])\.([A-Z])\.(?!\p{L})|\b([A-Z])([A-Z])\b(?!\.)/gu, (_, a, b, c, d) => (a ? `${a}${b}` : `${c}.${d}.`));
}

/**
 * A name's tokens as the text's tokenizer splits them. A name that ends in an elision ("d'",
 * "de l'", "qu'") is split as it stands before a word, where the text has it: as a clitic, not
 * as a letter and a quotation mark.
 */
function elidedTokens(name: string, lang: string): Token[] {
  if (!/\p{L}['’]$/u.test(name)) return tokenize(name, lang);
  const tokens = tokenize(`${name}x`, lang);
  return tokens.at(-1)?.text === "x" ? tokens.slice(0, -1) : tokenize(name, lang);
}

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

/** Indexes whose names' first tokens are kept in OWNERS: ids past it are probed as before. */
const OWNER_WORDS = 8;
/**
 * For each token that starts a name of some index, the indexes it starts names in (a bit per
 * index id, OWNER_WORDS words at an offset of one shared pool): a document's token is looked up
 * here once, and each of the many indexes asked about it then turns it away with a bit test
 * instead of a lookup in its own map. `ownersVersion` changes whenever a first token is added,
 * so that what a token remembered is read again.
 */
const OWNERS = new Map<string, number>();
let pool = new Uint32Array(OWNER_WORDS * 4096);
let pooled = 0;
let ownersVersion = 0;
let indexCount = 0;

/** The offset of a token's owner bits in the pool (-1: no index's names start with it), read once per token and again after an index has grown. */
function ownersOf(token: Token): number {
  if (token.ownersVersion !== ownersVersion) {
    token.owners = OWNERS.get(token.norm) ?? -1;
    token.ownersVersion = ownersVersion;
  }
  return token.owners ?? -1;
}

/** The offset of a first token's owner bits, made on first use. */
function ownerSlot(word: string): number {
  let at = OWNERS.get(word);
  if (at === undefined) {
    if (pooled + OWNER_WORDS > pool.length) {
      const grown = new Uint32Array(pool.length * 2);
      grown.set(pool);
      pool = grown;
    }
    at = pooled;
    pooled += OWNER_WORDS;
    OWNERS.set(word, at);
  }
  return at;
}

/**
 * A node of the token trie: the name ending here, and the tokens that carry on to longer names.
 * (A class with both fields set at birth: every node has one shape, so the lookups' property
 * reads stay monomorphic.)
 */
class Node<T> {
  entry: Entry<T> | undefined = undefined;
  next: Map<string, Node<T>> | undefined = undefined;
}

/**
 * Names to values, looked up over token sequences: each name is keyed by its folded tokens
 * (case, diacritics and apostrophe style ignored, elisions split as the text's tokenizer splits
 * them) in a trie of tokens, so the longest name starting at a token is found with one probe per
 * token, on the token's own string (no key is built while looking up).
 */
export class NameIndex<T> {
  /** An index of phrases that are only to be found (a lexicon's word list). */
  static of(phrases: Iterable<string>): NameIndex<true> {
    const index = new NameIndex<true>();
    for (const p of phrases) index.add(p, true);
    return index;
  }

  /** names by their first token */
  private readonly first = new Map<string, Node<T>>();
  /** this index's bit in OWNERS (word -1: an index past OWNER_WORDS * 32, probed without it) */
  private readonly ownerWord: number;
  private readonly ownerBit: number;

  constructor() {
    const id = indexCount++;
    this.ownerWord = id < OWNER_WORDS * 32 ? id >>> 5 : -1;
    this.ownerBit = 1 << (id & 31);
  }
  /** first tokens of the names written in lower case: a lower-case word starts no other name */
  private readonly lowerFirst = new Set<string>();
  private names = 0;

  get size(): number {
    return this.names;
  }

  /**
   * Keys computed ahead (a knowledge snapshot's), consulted before computing a name's; and where
   * computed keys are recorded (while a snapshot is built). See snapshot.ts.
   */
  private static known: Map<string, string[]> | null = null;
  private static recording: Map<string, string[]> | null = null;

  /** Uses (or, with null, stops using) keys computed ahead. */
  static primeKeys(keys: Map<string, string[]> | null): void {
    NameIndex.known = keys;
  }

  /** Records every name's keys computed from now on into `into` (null: stops). */
  static recordKeys(into: Map<string, string[]> | null): void {
    NameIndex.recording = into;
  }

  /** Token-key variants of a name: per tokenization language, and with hyphens read as spaces. */
  static keys(name: string): string[] {
    const known = NameIndex.known?.get(name);
    if (known) return known;
    const keys = NameIndex.computeKeys(name);
    NameIndex.recording?.set(name, keys);
    return keys;
  }

  private static computeKeys(name: string): string[] {
    const dotted = withDottedInitials(name);
    const keys = NameIndex.tokenKeys(name);
    if (dotted !== name) for (const k of NameIndex.tokenKeys(dotted)) if (!keys.includes(k)) keys.push(k);
    return withElidedEnd(keys);
  }

  private static tokenKeys(name: string): string[] {
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
        const norms = elidedTokens(variant, lang).map((t) => t.norm);
        if (norms.length) keys.add(norms.join(" "));
      }
    return [...keys];
  }

  /** The trie node of a key (tokens joined by spaces); made on the way when `make`. */
  private node(key: string, make: boolean): Node<T> | undefined {
    const words = key.split(" ");
    let level = this.first;
    let node: Node<T> | undefined;
    for (const [k, word] of words.entries()) {
      node = level.get(word);
      if (!node) {
        if (!make) return undefined;
        node = new Node<T>();
        level.set(word, node);
        if (k === 0) this.own(word);
      }
      if (k === words.length - 1) break;
      if (!node.next) {
        if (!make) return undefined;
        node.next = new Map();
      }
      level = node.next;
    }
    return node;
  }

  add(name: string, value: T): void {
    const shape = shapeOf(name) | (ARTICLE_NAME.test(name) ? Shape.Article : 0);
    for (const key of NameIndex.keys(name)) {
      const node = this.node(key, true)!;
      if (!node.entry) {
        node.entry = { values: [value], shapes: shape };
        this.names++;
      } else {
        if (!node.entry.values.includes(value)) node.entry.values.push(value);
        node.entry.shapes |= shape;
      }
      if (shape === Shape.Lower) this.lowerFirst.add(key.split(" ", 1)[0]!);
    }
  }

  /** Marks this index as one whose names start with `word`. */
  private own(word: string): void {
    if (this.ownerWord < 0) return;
    pool[ownerSlot(word) + this.ownerWord]! |= this.ownerBit;
    ownersVersion++;
  }

  /** Values of a name given as a string (any of its spellings). */
  get(name: string): T[] {
    const out: T[] = [];
    for (const key of NameIndex.keys(name)) for (const v of this.node(key, false)?.entry?.values ?? []) if (!out.includes(v)) out.push(v);
    return out;
  }

  /** The first tokens of all names. */
  firstTokens(): Set<string> {
    return new Set(this.first.keys());
  }

  /** Whether some name starts with this folded token. */
  startsWith(norm: string): boolean {
    return this.first.has(norm);
  }

  /** Whether some name starts with this token (its owner bits read, not this index's map, when it has them). */
  startsAt(token: Token): boolean {
    if (this.ownerWord < 0) return this.first.has(token.norm);
    const at = ownersOf(token);
    return at >= 0 && (pool[at + this.ownerWord]! & this.ownerBit) !== 0;
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

  /**
   * The longest name that starts at tokens[i] and ends by `limit`, or null. Tokens that `passable`
   * allows may stand inside it, between two of its words ("ont pris jeudi le contrôle").
   */
  longestAt(tokens: readonly Token[], i: number, limit = tokens.length, passable?: (k: number) => boolean): NameMatch<T> | null {
    const first = tokens[i];
    if (!first) return null;
    if (this.ownerWord >= 0) {
      const at = ownersOf(first);
      if (at < 0 || !(pool[at + this.ownerWord]! & this.ownerBit)) return null;
    }
    let node = this.first.get(first.norm);
    let best: NameMatch<T> | null = null;
    for (let end = i + 1; node; end++) {
      if (node.entry) best = { start: i, end, values: node.entry.values, shapes: node.entry.shapes };
      if (end >= limit || !node.next) break;
      let next = node.next.get(tokens[end]!.norm);
      if (!next && passable) {
        let after = end;
        while (after < limit && passable(after)) after++;
        next = after > end && after < limit ? node.next.get(tokens[after]!.norm) : undefined;
        if (next) end = after;
      }
      node = next;
    }
    return best;
  }
}
