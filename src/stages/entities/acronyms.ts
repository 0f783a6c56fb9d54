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
  if (!defined.size) return mentions;
  const out = mentions.filter((m) => !(m.t1 - m.t0 === 1 && defined.has(tokens[m.t0]!.text)));
  for (let i = 0; i < tokens.length; i++) {
    const def = defined.get(tokens[i]!.text);
    if (def) out.push({ t0: i, t1: i + 1, candidates: def.candidates, type: def.type, source: "acronym", region: false });
  }
  return out.sort((a, b) => a.t0 - b.t0);
}
