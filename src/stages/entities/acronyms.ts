import type { AnalyzedDocument, Token } from "../../document/document.js";
import type { Mention } from "./mentions.js";

/** Words an acronym skips: "Observatoire syrien des droits de l'homme" is OSDH. */
const FUNCTION_WORDS = /^(de|du|des|d['’]|la|le|les|l['’]|et|pour|en|à|au|aux|sur|of|the|and|for|in|on|to|a|an)$/i;

/** The first letters of a phrase's significant words, accents off ("al-Chams" gives C, "électoral" E). */
export function initials(words: readonly Token[]): string {
  return words
    .filter((t) => t.kind === "word" && !FUNCTION_WORDS.test(t.text))
    .map((t) => t.text.replace(/^(al|el|ad|as|ash|at|az)-/i, "").normalize("NFD")[0]!.toUpperCase())
    .join("");
}

/** An acronym's capitals, accents off ("CNE", "ÉI" gives EI). */
export const acronymLetters = (s: string) => s.normalize("NFD").replace(/[^\p{Lu}]/gu, "");

/** the most words of a short name in brackets, and the fewest letters of each */
const CLIPPED_WORDS = 3;
const CLIPPED_LETTERS = 3;

const ACRONYM = /^\p{Lu}[\p{Lu}\p{N}&.-]{1,9}$/u;

/** The tokens of the phrase an acronym in brackets stands for, ending at `close` (exclusive), or null. */
function definedPhrase(tokens: readonly Token[], close: number, letters: string): number | null {
  let significant = 0;
  for (let k = close - 1; k >= Math.max(0, close - 14); k--) {
    const t = tokens[k]!;
    if (t.kind !== "word" && t.kind !== "clitic") return null;
    if (t.kind === "word" && !FUNCTION_WORDS.test(t.text)) significant++;
    if (significant === letters.length) return initials(tokens.slice(k, close)) === letters && /^\p{Lu}/u.test(t.text) ? k : null;
  }
  return null;
}

/**
 * "Hayat Tahrir al-Chams (HTC)", "Département fédéral des affaires étrangères (DFAE)": an
 * acronym in brackets names the phrase before it when its letters are that phrase's initials
 * (or when both are names of the same known entity); every other use of the acronym then
 * names it too.
 */
export function linkAcronyms(doc: AnalyzedDocument, mentions: Mention[]): Mention[] {
  const { tokens } = doc;
  const defined = new Map<string, Mention>();
  for (let i = 1; i + 2 < tokens.length + 1; i++) {
    const [open, acr, close] = [tokens[i], tokens[i + 1], tokens[i + 2]];
    if (open?.text !== "(" || close?.text !== ")" || !acr || !ACRONYM.test(acr.text)) continue;
    const letters = acronymLetters(acr.text);
    const before = mentions.find((m) => m.t1 === i);
    const inside = mentions.find((m) => m.t0 === i + 1);
    const sameEntity = before && inside && before.candidates.some((c) => inside.candidates.includes(c));
    if (before && (sameEntity || initials(tokens.slice(before.t0, before.t1)) === letters)) {
      defined.set(acr.text, before);
      continue;
    }
    const start = definedPhrase(tokens, i, letters);
    if (start === null) continue;
    const phrase: Mention = { t0: start, t1: i, candidates: [], type: "organization", source: "name", region: false };
    mentions = mentions.filter((m) => m.t1 <= start || m.t0 >= i);
    mentions.push(phrase);
    defined.set(acr.text, phrase);
  }
  // "California Department of Forestry and Fire Protection (Cal Fire)": a short name in brackets clipped from the name's words
  for (const m of mentions) {
    if (tokens[m.t1]?.text !== "(" || !m.type || m.type === "person") continue;
    let close = m.t1 + 1;
    while (close <= m.t1 + 1 + CLIPPED_WORDS && tokens[close] && tokens[close]!.text !== ")") close++;
    const words = tokens[close]?.text === ")" ? tokens.slice(m.t1 + 1, close) : [];
    if (words.length < 2 || !clippedFrom(words, tokens.slice(m.t0, m.t1))) continue;
    defined.set(words.map((t) => t.text).join(" "), m);
  }
  if (!defined.size) return mentions;
  // every use of a defined short name names what it stands for, in place of what the text made of its words
  const byFirst = new Map<string, { words: string[]; def: Mention }[]>();
  for (const [name, def] of defined) {
    const words = name.split(" ");
    byFirst.set(words[0]!, [...(byFirst.get(words[0]!) ?? []), { words, def }]);
  }
  const uses: Mention[] = [];
  for (let i = 0; i < tokens.length; i++)
    for (const { words, def } of byFirst.get(tokens[i]!.text) ?? [])
      if (words.every((w, j) => tokens[i + j]?.text === w))
        uses.push({ t0: i, t1: i + words.length, candidates: def.candidates, type: def.type, source: "acronym", region: false, standsFor: doc.text.slice(tokens[def.t0]!.start, tokens[def.t1 - 1]!.end) });
  // (a mention within a use gives way to it: each token's use, found once, not each use asked of each mention)
  const useAt = new Int32Array(tokens.length).fill(-1);
  uses.forEach((u, n) => useAt.fill(n, u.t0, u.t1));
  const out = mentions.filter((m) => useAt[m.t0]! < 0 || useAt[m.t0] !== useAt[m.t1 - 1]);
  return [...out, ...uses].sort((a, b) => a.t0 - b.t0);
}

/** Whether each word of a short name is the start of one of the name's significant words, in order ("Cal Fire" of "California … Fire Protection"). */
function clippedFrom(words: readonly Token[], name: readonly Token[]): boolean {
  let j = 0;
  for (const w of words) {
    if (w.kind !== "word" || !/^\p{Lu}/u.test(w.text) || w.text.length < CLIPPED_LETTERS) return false;
    while (j < name.length && !(name[j]!.kind === "word" && !FUNCTION_WORDS.test(name[j]!.text) && name[j]!.norm.startsWith(w.norm))) j++;
    if (j++ >= name.length) return false;
  }
  return true;
}
