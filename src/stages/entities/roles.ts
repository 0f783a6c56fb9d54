import type { AnalyzedDocument, Token } from "../../document/document.js";
import type { NameIndex } from "../../knowledge/names.js";
import type { KnownEntity } from "../../knowledge/types.js";
import type { DocLookups, MemoIndex } from "./lookups.js";
import type { Mention } from "./mentions.js";
import { isPossessive } from "../../text/tokens.js";

/** A role phrase: an office, and the country or organization it is of ("le ministre iranien des Affaires étrangères"). */
export interface RolePhrase {
  t0: number;
  t1: number;
  office: string;
  /** a country code or an organization's knowledge id */
  of: string;
}

export class RoleFinder {
  private readonly roles: MemoIndex<string>;

  constructor(
    private readonly doc: AnalyzedDocument,
    private readonly lookups: DocLookups,
    /** mentions by their first token (`at`), and by the token after their last (`endingAt`) */
    private readonly mentions: { at: Map<number, Mention>; endingAt: Map<number, Mention> },
    /** the language's role phrases, for phrases read with a demonym taken out */
    private readonly roleIndex: NameIndex<string>,
    /**
     * the language's words around a role: folded link words and articles between a role and what it is of ("de la", "of the"),
     * and words that qualify an office's holding ("caretaker", "par intérim")
     */
    private readonly words: { links: Set<string>; modifiers: NameIndex<true> },
    /** the reading of a name with several ("le président du Congo" in a text about Brazzaville) */
    private readonly choose: (m: Mention) => KnownEntity = (m) => m.candidates[0]!,
  ) {
    this.roles = lookups.roles;
  }

  private demonymAt(i: number, end: number): { end: number; country: string } | null {
    const m = this.lookups.demonyms.longestAt(this.doc.tokens, i, end);
    return m ? { end: m.end, country: m.values[0]!.country! } : null;
  }

  /** The country, organization or place named after a link word ("de la Syrie", "du Hezbollah", "of Iran", "de Kyiv"). */
  private scopeAfter(i: number, end: number): { end: number; of: string; seatOf?: string } | null {
    const { tokens } = this.doc;
    let k = i;
    while (k < end && this.words.links.has(tokens[k]!.norm)) k++;
    if (k === i) return null;
    const m = this.mentions.at.get(k);
    const target = m?.candidates.length ? this.choose(m) : null;
    if (!m || !target) return null;
    if (target.geo?.kind === "country") return { end: m.t1, of: target.country! };
    // (an organization, or a place whose office the knowledge keys by its name: "le maire de Kyiv", "le porte-parole du Kremlin")
    // (a seat of power also stands for its state: "le chef du Kremlin", below)
    if (target.type === "organization" || target.type === "location") return { end: m.t1, of: target.name, ...(target.seatOf ? { seatOf: target.seatOf } : {}) };
    return null;
  }

  /** The office phrase at i, read again with a demonym taken out of its middle ("ministre [iranien] des Affaires étrangères"). */
  private officeAround(i: number, end: number): RolePhrase | null {
    const { tokens } = this.doc;
    const r = this.roles.longestAt(tokens, i, end);
    if (!r) return this.splitByDemonym(i, end);
    const office = r.values[0]!;
    const d = this.demonymAt(r.end, end);
    if (d) {
      const joined: Token[] = [...tokens.slice(i, r.end), ...tokens.slice(d.end, Math.min(end, d.end + 6))];
      const longer = this.roleIndex.longestAt(joined, 0);
      const extra = longer ? longer.end - (r.end - i) : 0;
      return { t0: i, t1: d.end + Math.max(0, extra), office: extra > 0 ? longer!.values[0]! : office, of: d.country };
    }
    const scope = this.scopeAfter(r.end, end);
    // (the leader of a seat of power heads its state: "le chef du Kremlin")
    if (!scope) return null;
    return scope.seatOf && office === "leader" ? { t0: i, t1: scope.end, office: "head_of_state", of: scope.seatOf } : { t0: i, t1: scope.end, office, of: scope.of };
  }

  /** "ministre [iranien] des Affaires étrangères": a head word, a demonym, and the rest of the office's name. */
  private splitByDemonym(i: number, end: number): RolePhrase | null {
    const { tokens } = this.doc;
    const d = this.demonymAt(i + 1, end);
    if (!d) return null;
    const joined: Token[] = [tokens[i]!, ...tokens.slice(d.end, Math.min(end, d.end + 6))];
    const r = this.roleIndex.longestAt(joined, 0);
    return r && r.end > 1 ? { t0: i, t1: d.end + r.end - 1, office: r.values[0]!, of: d.country } : null;
  }

  /** An office phrase alone ("ministre de la Défense"), read in `country`, for the offices given. */
  bare(i: number, end: number, country: string, offices: Set<string>): RolePhrase | null {
    const r = this.roles.longestAt(this.doc.tokens, i, end);
    const office = r?.values[0];
    // ("le président de la métropole de Lyon": an office of something else named after it is no national office)
    if (r && this.words.links.has(this.doc.tokens[r.end]?.norm ?? "") && r.end < end) return null;
    return r && office && offices.has(office) ? { t0: i, t1: r.end, office, of: country } : null;
  }

  /** The token after the words qualifying an office's holding from i on ("caretaker", "par intérim"), i when none. */
  private pastModifiers(i: number, end: number): number {
    let k = i;
    for (let m = this.words.modifiers.longestAt(this.doc.tokens, k, end); m; m = this.words.modifiers.longestAt(this.doc.tokens, k, end)) k = m.end;
    return k;
  }

  /** "Pakistan's (caretaker) prime minister": the office at i, of the country whose possessive stands before it. */
  private possessed(i: number, end: number): RolePhrase | null {
    const { tokens } = this.doc;
    let k = i;
    while (k > 0 && this.words.modifiers.longestAt(tokens, k - 1, k)) k--;
    if (!isPossessive(tokens[k - 1])) return null;
    const m = this.mentions.endingAt.get(k - 1);
    const country = m?.candidates.length ? this.choose(m) : null;
    const r = country?.geo?.kind === "country" ? this.roles.longestAt(tokens, i, end) : null;
    return r ? { t0: i, t1: r.end, office: r.values[0]!, of: country!.country! } : null;
  }

  /** The role phrase starting at i: "Iranian Foreign Minister", "le président iranien", "President of Syria", "Pakistan's prime minister"; with the words qualifying its holding ("Pakistani caretaker Prime Minister", "le Premier ministre pakistanais par intérim"). */
  at(i: number, end: number): RolePhrase | null {
    const d = this.demonymAt(i, end);
    const r = d ? this.afterDemonym(i, d, end) : (this.officeAround(i, end) ?? this.possessed(i, end));
    return r && { ...r, t1: this.pastModifiers(r.t1, end) };
  }

  private afterDemonym(i: number, d: { end: number; country: string }, end: number): RolePhrase | null {
    const r = this.roles.longestAt(this.doc.tokens, this.pastModifiers(d.end, end), end);
    return r ? { t0: i, t1: r.end, office: r.values[0]!, of: d.country } : null;
  }
}
