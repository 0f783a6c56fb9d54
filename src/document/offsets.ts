import type { Token } from "./document.js";

/** The index of the last token that starts at or before `offset` (a binary search over token starts). */
export function tokenIndexAt(tokens: readonly Token[], offset: number): number {
  let lo = 0;
  let hi = tokens.length - 1;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if (tokens[mid]!.start <= offset) lo = mid;
    else hi = mid - 1;
  }
  return lo;
}

/**
 * "Julien Ravel (RN) a réclamé": where the token before a bracketed aside that closes at token k
 * stands (the aside passed over), or k itself when no "(" opens it within `reach` tokens after `from`.
 */
export function beforeBrackets(tokens: readonly Token[], k: number, from: number, reach = 12): number {
  if (tokens[k]?.text !== ")") return k;
  for (let open = k - 1; open > from && open >= k - reach; open--) {
    if (tokens[open]!.text === ")") return k;
    if (tokens[open]!.text === "(") return open - 1;
  }
  return k;
}
