import type { Token } from "../../document/document.js";
import type { Knowledge } from "../../knowledge/knowledge.js";
import type { NameIndex, NameMatch } from "../../knowledge/names.js";
import type { KnownEntity } from "../../knowledge/types.js";
import type { Country } from "../../knowledge/places.js";

/**
 * One document's lookups in a name index, each token's done once: the entities stage asks
 * the same questions of the same tokens many times (is this a demonym? a role?).
 */
export class MemoIndex<T> {
  private readonly cache = new Map<number, NameMatch<T> | null>();

  constructor(
    private readonly index: NameIndex<T>,
    private readonly tokens: readonly Token[],
  ) {}

  /** Whether some name starts with this folded token (a cheap test before a lookup). */
  startsWith(norm: string): boolean {
    return this.index.startsWith(norm);
  }

  longestAt(_tokens: readonly Token[], i: number, limit = this.tokens.length): NameMatch<T> | null {
    const t = this.tokens[i];
    if (!t || !this.index.startsWith(t.norm)) return null;
    let m = this.cache.get(i);
    if (m === undefined) {
      m = this.index.longestAt(this.tokens, i);
      this.cache.set(i, m);
    }
    return m && m.end <= limit ? m : m ? this.index.longestAt(this.tokens, i, limit) : null;
  }
}

/** The name indexes the entities stage reads, memoized for one document. */
export interface DocLookups {
  names: MemoIndex<KnownEntity>;
  /** the index itself, for questions that are not lookups at a token */
  namesIndex: NameIndex<KnownEntity>;
  demonyms: MemoIndex<Country>;
  roles: MemoIndex<string>;
}

export function docLookups(knowledge: Knowledge, tokens: readonly Token[], lang: string): DocLookups {
  return {
    names: new MemoIndex(knowledge.names, tokens),
    namesIndex: knowledge.names,
    demonyms: new MemoIndex(knowledge.demonyms, tokens),
    roles: new MemoIndex(knowledge.roles(lang), tokens),
  };
}
