/**
 * Organizations named with words the name finder does not take: the lower-case names of a
 * place's institutions, and names in quotation marks after an organization's cue.
 */
import type { AnalyzedDocument } from "../../document/document.js";
import { slug } from "../../knowledge/kb.js";
import { knownEntity } from "../../knowledge/types.js";
import type { EntityLexicon } from "./lexicon.js";
import { kindOf, type Mention } from "./mentions.js";

/**
 * "le tribunal administratif de Grenoble", "la section de recherches de Bourges": French writes
 * the names of a place's institutions in lower case before the place's name. With the place, such
 * a name is an organization; the place keeps its own mention.
 */
export function institutionMentions(doc: AnalyzedDocument, lex: EntityLexicon, mentions: Mention[]): Mention[] {
  const { tokens } = doc;
  const out: Mention[] = [];
  for (const m of mentions) {
    if (kindOf(m) !== "location") continue;
    // the link words before the place ("de", "du", "de la")
    let link = m.t0;
    while (link > 0 && m.t0 - link < 2 && lex.streetLinks.has(tokens[link - 1]!.norm)) link--;
    if (link === m.t0) continue;
    // the longest institution's name that ends at the link
    for (let k = Math.max(0, link - 5); k < link; k++) {
      const head = lex.institutionHeads.longestAt(tokens, k, link);
      if (head?.end !== link || /^\p{Lu}/u.test(tokens[k]!.text)) continue;
      // (named in English after the place the knowledge gives: "Administrative Court of Grenoble")
      const place = m.candidates.find((c) => c.type === "location");
      const name = place ? head.values[0]!.replace("{place}", place.name) : null;
      const known = name ? [knownEntity({ id: `organization:${slug(name)}`, name, type: "organization", country: place!.country, sector: "GOV" })] : [];
      out.push({ t0: k, t1: m.t1, candidates: known, type: "organization", source: known.length ? "kb" : "name", region: false });
      break;
    }
  }
  return out;
}

/** How many words a name in quotation marks may have ("le collectif « Touche pas à mon école »"). */
const QUOTED_NAME_WORDS = 8;

/** "le collectif « Touche pas à mon école »", "the campaign group 'Stop the Tower'": an organization's cue, then its name in quotation marks. */
export function quotedNameMentions(doc: AnalyzedDocument, lex: EntityLexicon): Mention[] {
  const { tokens } = doc;
  const out: Mention[] = [];
  for (let k = 0; k + 2 < tokens.length; k++) {
    const cue = tokens[k]!;
    if (cue.kind !== "word" || /^\p{Lu}/u.test(cue.text) || !lex.organizationCues.has(cue.norm) || tokens[k + 1]!.kind !== "quote") continue;
    const first = k + 2;
    let close = first;
    while (close < tokens.length && close - first < QUOTED_NAME_WORDS && tokens[close]!.kind !== "quote" && tokens[close]!.kind !== "punct") close++;
    if (close > first && tokens[close]?.kind === "quote" && /^\p{Lu}/u.test(tokens[first]!.text)) out.push({ t0: first, t1: close, candidates: [], type: "organization", source: "name", region: false });
  }
  return out;
}
