import type { Token, TokenKind } from "../document/document.js";
import { readLangData } from "../util/data.js";
import { fold } from "./fold.js";

interface TokenRules {
  elisions: string[];
  /** the words an elision shortens, and their elided form ("que": "qu'") */
  elidedWords?: Record<string, string>;
  suffixClitics: string[];
  hyphenClitics: string[];
  /**
   * What else ends a capitalized word after a hyphen as a clitic of its own: a regular
   * expression of the hyphen and the ending ("-\\p{Ll}+ed": Amsterdam-listed, Kremlin-appointed),
   * matched only after a capitalized stem ("well-known", "long-awaited" stay one word).
   */
  hyphenClitic?: string;
}

interface CompiledRules {
  elision: RegExp | null;
  suffix: RegExp | null;
  hyphen: RegExp | null;
  hyphenAfterName: RegExp | null;
}

const compiled = new Map<string, CompiledRules>();
const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
const apostrophes = (s: string) => escape(s).replace(/'/g, "['’]");

function rulesFor(lang: string): CompiledRules {
  let rules = compiled.get(lang);
  if (!rules) {
    const data = readLangData<TokenRules>(lang, "tokens");
    const alt = (xs: string[]) => xs.map(apostrophes).join("|");
    rules = {
      elision: data.elisions.length ? new RegExp(`^(?:${alt(data.elisions)})['’](?=\\p{L})`, "iu") : null,
      suffix: data.suffixClitics.length ? new RegExp(`(?:${alt(data.suffixClitics)})$`, "iu") : null,
      hyphen: data.hyphenClitics.length ? new RegExp(`(?<=\\p{L})(?:${alt(data.hyphenClitics)})$`, "iu") : null,
      hyphenAfterName: data.hyphenClitic ? new RegExp(`(?<=^\\p{Lu}[\\p{L}\\p{M}]*)(?:${data.hyphenClitic})$`, "u") : null,
    };
    compiled.set(lang, rules);
  }
  return rules;
}

const elided = new Map<string, Map<string, string>>();

/** A language's words that an elision shortens before a vowel, folded, with their elided form as a token's norm ("que" -> "qu'"). */
export function elidedWords(lang: string): Map<string, string> {
  let words = elided.get(lang);
  if (!words) {
    words = new Map(Object.entries(readLangData<TokenRules>(lang, "tokens").elidedWords ?? {}).map(([w, e]) => [fold(w), fold(e)]));
    elided.set(lang, words);
  }
  return words;
}

// A word: letters, marks and digits, with inner apostrophes and hyphens (l'Iran, a-t-il, al-Assad).
const WORD = "\\p{L}[\\p{L}\\p{M}\\p{N}]*(?:['’\\-‐‑][\\p{L}\\p{N}][\\p{L}\\p{M}\\p{N}]*)*";
const NUMBER = "\\p{N}+(?:[.,]\\p{N}+)*";
const QUOTE = "[«»“”\"„‹›‘’']";
const PUNCT = "[.,;:!?…()\\[\\]{}—–\\-‐‑/]";
const TOKEN_RE = new RegExp(`(${WORD})|(${NUMBER})|(${QUOTE})|(${PUNCT})|(\\S)`, "gu");

/** Two names joined by a hyphen, one of them an acronym of two to four capitals, the other a capitalized word. */
const ACRONYM_PAIR = /^(?=\p{Lu}{2,4}[\-‐‑]|.*[\-‐‑]\p{Lu}{2,4}$)(\p{Lu}{2,4}|\p{Lu}\p{Ll}+)([\-‐‑])(\p{Lu}{2,4}|\p{Lu}\p{Ll}+)$/u;

function push(out: Token[], text: string, start: number, kind: TokenKind): void {
  out.push({ start, end: start + text.length, text, kind, norm: fold(text), owners: -1, ownersVersion: -1 });
}

/** Splits a word into clitics and stem according to the language's rules. */
function pushWord(out: Token[], word: string, start: number, rules: CompiledRules): void {
  if (!/['’-]/.test(word)) {
    push(out, word, start, "word");
    return;
  }
  const elided = rules.elision?.exec(word);
  if (elided) {
    push(out, elided[0], start, "clitic");
    pushWord(out, word.slice(elided[0].length), start + elided[0].length, rules);
    return;
  }
  // ("China-EU", "UE-Chine", "US-China": an acronym joined to a name by a hyphen is two names; "Jean-Luc", "Bosnie-Herzégovine" stay one word)
  const pair = ACRONYM_PAIR.exec(word);
  if (pair) {
    const [, first, dash, second] = pair as unknown as [string, string, string, string];
    push(out, first, start, "word");
    push(out, dash, start + first.length, "punct");
    push(out, second, start + first.length + dash.length, "word");
    return;
  }
  for (const re of [rules.hyphen, rules.hyphenAfterName, rules.suffix]) {
    const m = re?.exec(word);
    if (m && m.index > 0) {
      push(out, word.slice(0, m.index), start, "word");
      push(out, m[0], start + m.index, "clitic");
      return;
    }
  }
  push(out, word, start, "word");
}

/** Tokens of `text` with their offsets, clitics split off by the rules of `lang`. */
export function tokenize(text: string, lang: string): Token[] {
  const rules = rulesFor(lang);
  const out: Token[] = [];
  for (const m of text.matchAll(TOKEN_RE)) {
    const start = m.index;
    if (m[1] !== undefined) pushWord(out, m[1], start, rules);
    else if (m[2] !== undefined) push(out, m[2], start, "number");
    else if (m[3] !== undefined) push(out, m[3], start, "quote");
    else if (m[4] !== undefined) push(out, m[4], start, "punct");
    else push(out, m[0], start, "symbol");
  }
  return out;
}

/** Whether a token is the English possessive ending split off its noun ("Iran" "'s"). */
export const isPossessive = (t: Token | undefined): boolean => !!t && /^['’]s$/i.test(t.text);
