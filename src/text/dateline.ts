import type { Sentence, Token } from "../document/document.js";

/** how long a dateline may be, in tokens ("BRUXELLES, 2 avril (Reuters) -" is 9) */
const DATELINE_TOKENS = 12;

/**
 * Where a sentence's own words begin, past a dateline ("BRUXELLES, 2 avril (Reuters) -",
 * "WASHINGTON (AP) —", "NAIROBI, June 26 -"): a word in capitals, then within a few tokens a
 * dash. The sentence's first token when it opens with no dateline.
 */
export function pastDateline(tokens: readonly Token[], s: Sentence): number {
  const first = tokens[s.firstToken];
  if (!first || first.kind !== "word" || first.text.length < 2 || first.text !== first.text.toUpperCase()) return s.firstToken;
  for (let k = s.firstToken + 1; k < Math.min(s.endToken - 1, s.firstToken + DATELINE_TOKENS); k++)
    if (/^[—–-]$/.test(tokens[k]!.text) && tokens[k]!.kind === "punct") return k + 1;
  return s.firstToken;
}
