import { describe, expect, it } from "vitest";
import { tokenize } from "../text/tokens.js";
import { NameIndex } from "./names.js";

/** The phrases of `index` found in `text` (French tokens, elisions split), as [first token, token after]. */
function found(index: NameIndex<true>, text: string): [number, number][] {
  const tokens = tokenize(text, "fr");
  const out: [number, number][] = [];
  for (let k = 0; k < tokens.length; k++) {
    const m = index.longestAt(tokens, k, tokens.length);
    if (m) out.push([m.start, m.end]);
  }
  return out;
}

describe("NameIndex", () => {
  it("finds a phrase that ends in an elision where the text splits it off as a clitic", () => {
    const links = NameIndex.of(["de", "d'", "de l'", "qu’"]);
    // l' entraîneur d' Arsenal | le chef de l' armée | dit qu' il
    expect(found(links, "l'entraîneur d'Arsenal")).toEqual([[2, 3]]);
    expect(found(links, "le chef de l'armée")).toEqual([[2, 4]]);
    expect(found(links, "il a dit qu'il viendrait")).toEqual([[3, 4]]);
  });

  it("finds a phrase that ends in a word an elision shortens in its elided form ('alors que': 'alors qu'il')", () => {
    const phrases = NameIndex.of(["alors que", "accusé de", "que"]);
    expect(found(phrases, "alors qu'il pleuvait")).toEqual([[0, 2]]);
    expect(found(phrases, "il est accusé d'avoir menti")).toEqual([[2, 4]]);
    expect(found(phrases, "il est accusé de mentir")).toEqual([[2, 4]]);
    // (a word alone is not read in its elided form: "qu'" is no "que")
    expect(found(phrases, "dit qu'il")).toEqual([]);
  });

  it("finds a name's two-letter initialism written with or without points", () => {
    const bodies = NameIndex.of(["US Patent Office", "U.N. envoy"]);
    const at = (text: string) => { const tokens = tokenize(text, "en"); return tokens.map((_, k) => bodies.longestAt(tokens, k)).filter((m) => m).map((m) => tokens.slice(m!.start, m!.end).map((t) => t.text).join("")); };
    expect(at("The U.S. Patent Office said no.")).toEqual(["U.S.PatentOffice"]);
    expect(at("The US Patent Office said no.")).toEqual(["USPatentOffice"]);
    expect(at("The UN envoy arrived.")).toEqual(["UNenvoy"]);
  });

  it("keeps a phrase with an apostrophe inside a word whole", () => {
    expect(found(NameIndex.of(["aujourd'hui"]), "Il part aujourd'hui.")).toEqual([[2, 3]]);
  });
});
