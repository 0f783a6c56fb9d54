import type { Paragraph, Span } from "../document/document.js";
import { readLangData } from "../util/data.js";

const abbreviationSets = new Map<string, Set<string>>();

function abbreviations(lang: string): Set<string> {
  let set = abbreviationSets.get(lang);
  if (!set) {
    set = new Set(readLangData<{ abbreviations: string[] }>(lang, "abbreviations").abbreviations);
    abbreviationSets.set(lang, set);
  }
  return set;
}

const PAIRS: Record<string, string> = { "«": "»", "“": "”", "„": "“", "‹": "›", "‘": "’" };

const LETTER = /[\p{L}\p{N}]/u;
/** a paragraph break, then an opening quotation mark */
const OPENS_NEXT = /^\s*\n\s*[«“„"]/;

/**
 * Spans of quotations that open and close inside the paragraph: « … », “ … ”, straight " … "
 * taken in pairs, and ‘ … ’ where the marks stand outside words (’ is also an apostrophe). An
 * unclosed mark opens no region, so it never swallows the text after it; except when the next
 * paragraph opens with a quotation mark: a quotation running over paragraphs is left open at
 * the end of each but the last, and its part in this paragraph runs to the paragraph's end; and
 * except when a paragraph opening with a mark ends the text mid-sentence (an excerpt cut inside a quotation).
 */
export function quoteRegions(text: string, from: number, to: number): Span[] {
  const regions: Span[] = [];
  const stack: { close: string; at: number }[] = [];
  let straight = -1;
  const marks = /[«»“”„‹›"‘’]/g;
  marks.lastIndex = from;
  for (let m = marks.exec(text); m && m.index < to; m = marks.exec(text)) {
    const i = m.index;
    const c = m[0];
    if (c === "‘" && LETTER.test(text[i - 1] ?? "")) continue;
    if (c === "’" && (LETTER.test(text[i + 1] ?? "") || !stack.some((q) => q.close === "’"))) continue;
    const top = stack[stack.length - 1];
    if (top && c === top.close) {
      stack.pop();
      if (stack.length === 0) regions.push({ start: top.at, end: i + 1 });
    } else if (PAIRS[c] !== undefined) {
      stack.push({ close: PAIRS[c]!, at: i });
    } else if (c === '"' && stack.length === 0) {
      if (straight < 0) straight = i;
      else {
        regions.push({ start: straight, end: i + 1 });
        straight = -1;
      }
    }
  }
  const open = stack[0]?.at ?? (straight >= 0 ? straight : -1);
  // (or the text ends in it: an excerpt cut inside a quotation that opens its paragraph)
  const cut = open >= 0 && text.slice(from, open).trim() === "" && text.slice(to).trim() === "" && !/[.!?…»”"]\s*$/.test(text.slice(open, to));
  if (open >= 0 && (cut || OPENS_NEXT.test(text.slice(to, to + 8)))) {
    let end = to;
    while (end > open + 1 && /\s/.test(text[end - 1]!)) end--;
    // (a region ends with its closing mark; a cut one has none, its last word is its own)
    regions.push({ start: open, end: cut ? end + 1 : end });
  }
  return regions.sort((a, b) => a.start - b.start);
}

const TERMINAL = /[.!?…]/;
const CLOSING = /[»”"'’)\]]/;
const STARTER = /[\p{Lu}\p{N}«“"„‹(\[—–-]/u;
const INITIAL_OR_ACRONYM = /^(?:\p{Lu}|(?:\p{L}\.)+\p{L})$/u;

/** The word just before offset `at` (letters, digits, dots, apostrophes). */
function wordBefore(text: string, at: number, from: number): string {
  let i = at;
  while (i > from && /[\p{L}\p{N}.'’°]/u.test(text[i - 1]!)) i--;
  return text.slice(i, at).replace(/^.*['’]/, "");
}

function isAbbreviation(word: string, lang: string): boolean {
  if (!word) return false;
  return INITIAL_OR_ACRONYM.test(word) || abbreviations(lang).has(word);
}

/**
 * Sentences of one paragraph. A sentence ends at . ! ? … (and the closing marks after them)
 * when a capital, a digit or an opening mark follows, but not after an abbreviation or an
 * initial, and not inside a quotation that closes later in the paragraph.
 */
function splitParagraph(text: string, p: Paragraph, lang: string): Span[] {
  const regions = quoteRegions(text, p.start, p.end);
  const insideQuote = (i: number, j: number) => regions.some((r) => r.start < i && j < r.end);
  const out: Span[] = [];
  let start = p.start;
  const terminals = /[.!?…]/g;
  terminals.lastIndex = p.start;
  for (let m = terminals.exec(text); m && m.index < p.end; m = terminals.exec(text)) {
    const i = m.index;
    let j = i + 1;
    for (;;) {
      while (j < p.end && (TERMINAL.test(text[j]!) || CLOSING.test(text[j]!))) j++;
      // French sets a space before the closing guillemet: « Non. »
      const m = /^[ \u00A0\u202F]+[»”]/.exec(text.slice(j, Math.min(p.end, j + 4)));
      if (!m) break;
      j += m[0].length;
    }
    let k = j;
    while (k < p.end && /\s/.test(text[k]!)) k++;
    if (k === j || k >= p.end || !STARTER.test(text[k]!)) continue;
    if (insideQuote(i, j)) continue;
    if (text[i] === "." && j === i + 1 && isAbbreviation(wordBefore(text, i, p.start), lang)) continue;
    out.push({ start, end: j });
    start = k;
    terminals.lastIndex = k;
  }
  if (start < p.end) out.push({ start, end: p.end });
  return out;
}

export function splitSentences(text: string, paragraphs: Paragraph[], lang: string): (Span & { paragraph: number })[] {
  return paragraphs.flatMap((p) => splitParagraph(text, p, lang).map((s) => ({ ...s, paragraph: p.index })));
}
