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
  /** per token: 0 not asked yet, 1 some name starts with it, 2 none does */
  private readonly starts: Uint8Array;

  constructor(
    private readonly index: NameIndex<T>,
    private readonly tokens: readonly Token[],
  ) {
    this.starts = new Uint8Array(tokens.length);
  }

  /** Whether some name starts with token i (asked of the index once per token: a cheap test before a lookup). */
  startsAt(i: number): boolean {
    const known = this.starts[i];
    if (known) return known === 1;
    const yes = this.index.startsAt(this.tokens[i]!);
    this.starts[i] = yes ? 1 : 2;
    return yes;
  }

  longestAt(_tokens: readonly Token[], i: number, limit = this.tokens.length): NameMatch<T> | null {
    if (i < 0 || i >= this.tokens.length || !this.startsAt(i)) return null;
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
