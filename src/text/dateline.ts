import type { Sentence, Token } from "../document/document.js";

/** how long a dateline may be, in tokens ("BRUXELLES, 2 avril (Reuters) -" is 9) */
const DATELINE_TOKENS = 12;
const DASH = /^[—–-]$/;

/**
 * Where a sentence's own words begin, past a dateline ("BRUXELLES, 2 avril (Reuters) -",
 * "WASHINGTON (AP) —", "NAIROBI, June 26 -", "Beyrouth (AFP) -"): a word in capitals, or a
 * capitalized one and a source in brackets, then within a few tokens a dash. The sentence's
 * first token when it opens with no dateline.
 */
export function pastDateline(tokens: readonly Token[], s: Sentence): number {
  let past = known.get(s);
  if (past === undefined) known.set(s, (past = datelineEnd(tokens, s)));
  return past;
}

/** each sentence's answer, asked again by every stage and cue */
const known = new WeakMap<Sentence, number>();

function datelineEnd(tokens: readonly Token[], s: Sentence): number {
  const first = tokens[s.firstToken];
  if (!first || first.kind !== "word" || first.text.length < 2 || !/^\p{Lu}/u.test(first.text)) return s.firstToken;
  // ("Beyrouth, 4 décembre 2024 (AFP) —": a city written in small letters opens a dateline only with its source in brackets)
  const capitals = first.text === first.text.toUpperCase();
  let bracket = false;
  for (let k = s.firstToken + 1; k < Math.min(s.endToken - 1, s.firstToken + DATELINE_TOKENS); k++) {
    bracket ||= tokens[k]!.text === "(";
    if (tokens[k]!.kind === "punct" && DASH.test(tokens[k]!.text)) return capitals || bracket ? k + 1 : s.firstToken;
  }
  return s.firstToken;
}
