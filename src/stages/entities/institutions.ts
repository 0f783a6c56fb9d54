/**
 * "le tribunal administratif de Grenoble", "la section de recherches de Bourges": French writes
 * the names of a place's institutions in lower case before the place's name. With the place, such
 * a name is an organization; the place keeps its own mention.
 */
import type { AnalyzedDocument } from "../../document/document.js";
import type { EntityLexicon } from "./lexicon.js";
import type { Mention } from "./mentions.js";

const isPlace = (m: Mention) => m.type === "location" || (m.type === null && m.candidates.some((c) => c.type === "location"));

export function institutionMentions(doc: AnalyzedDocument, lex: EntityLexicon, mentions: Mention[]): Mention[] {
  const { tokens } = doc;
  const out: Mention[] = [];
  for (const m of mentions) {
    if (!isPlace(m)) continue;
    // the link words before the place ("de", "du", "de la")
    let link = m.t0;
    while (link > 0 && m.t0 - link < 2 && lex.streetLinks.has(tokens[link - 1]!.norm)) link--;
    if (link === m.t0) continue;
    // the longest institution's name that ends at the link
    for (let k = Math.max(0, link - 5); k < link; k++) {
      const head = lex.institutionHeads.longestAt(tokens, k, link);
      if (head?.end !== link || /^\p{Lu}/u.test(tokens[k]!.text)) continue;
      out.push({ t0: k, t1: m.t1, candidates: [], type: "organization", source: "name", region: false });
      break;
    }
  }
  return out;
}
