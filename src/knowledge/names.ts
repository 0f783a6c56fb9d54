import type { Token } from "../document/document.js";
import { tokenize } from "../text/tokens.js";

/** The languages whose tokenization rules names are keyed under, so that a name matches in any of them. */
const KEY_LANGUAGES = ["fr", "en"];

export interface NameMatch<T> {
  /** tokens[start, end) */
  start: number;
  end: number;
  values: T[];
}

/**
 * Names to values, looked up over token sequences: each name is keyed by its folded tokens
 * (case, diacritics and apostrophe style ignored, elisions split as the text's tokenizer splits
 * them), and the longest name starting at a token is found with one hash probe per length.
 */
export class NameIndex<T> {
  private readonly byKey = new Map<string, T[]>();
  /** longest name, in tokens, by first token */
  private readonly maxLength = new Map<string, number>();

  get size(): number {
    return this.byKey.size;
  }

  /** Token-key variants of a name: per tokenization language, and with hyphens read as spaces. */
  static keys(name: string): string[] {
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
    for (const key of NameIndex.keys(name)) {
      const list = this.byKey.get(key);
      if (!list) this.byKey.set(key, [value]);
      else if (!list.includes(value)) list.push(value);
      const first = key.split(" ", 1)[0]!;
      const n = key.split(" ").length;
      if ((this.maxLength.get(first) ?? 0) < n) this.maxLength.set(first, n);
    }
  }

  /** Values of a name given as a string (any of its spellings). */
  get(name: string): T[] {
    const out: T[] = [];
    for (const key of NameIndex.keys(name)) for (const v of this.byKey.get(key) ?? []) if (!out.includes(v)) out.push(v);
    return out;
  }

  /** The longest name that starts at tokens[i] and ends by `limit`, or null. */
  longestAt(tokens: readonly Token[], i: number, limit = tokens.length): NameMatch<T> | null {
    const first = tokens[i];
    if (!first) return null;
    const max = Math.min(this.maxLength.get(first.norm) ?? 0, limit - i);
    for (let n = max; n >= 1; n--) {
      let key = first.norm;
      for (let k = 1; k < n; k++) key += ` ${tokens[i + k]!.norm}`;
      const values = this.byKey.get(key);
      if (values) return { start: i, end: i + n, values };
    }
    return null;
  }
}
