import { describe, expect, it } from "vitest";
import { splitParagraphs } from "./paragraphs.js";
import { splitSentences } from "./sentences.js";

const sentences = (text: string, lang: string) =>
  splitSentences(text, splitParagraphs(text), lang).map((s) => text.slice(s.start, s.end));

describe("splitSentences", () => {
  it("does not split after French abbreviations and initials", () => {
    expect(sentences("M. Dupont a vu Mme Durand et le gén. Martin. Puis le Dr Lévy est parti.", "fr")).toEqual([
      "M. Dupont a vu Mme Durand et le gén. Martin.",
      "Puis le Dr Lévy est parti.",
    ]);
  });

  it("does not split inside dotted acronyms", () => {
    expect(sentences("L'O.N.U. a réagi. Les U.S. aussi.", "fr")).toEqual(["L'O.N.U. a réagi.", "Les U.S. aussi."]);
  });

  it("does not split after English abbreviations of titles and months", () => {
    expect(sentences("Talks began on Dec. 1 in Doha. Mr. Smith and Jan. Kowalski came. Dr. Lee left.", "en")).toEqual([
      "Talks began on Dec. 1 in Doha.",
      "Mr. Smith and Jan. Kowalski came.",
      "Dr. Lee left.",
    ]);
  });

  it("keeps a quotation whole and ends the sentence after its closing mark", () => {
    expect(sentences("« Nous resterons. Nous vaincrons. » Le ministre est parti.", "fr")).toEqual([
      "« Nous resterons. Nous vaincrons. »",
      "Le ministre est parti.",
    ]);
    expect(sentences("« Nous resterons ! » a-t-il lancé. Ensuite il est parti.", "fr")).toEqual([
      "« Nous resterons ! » a-t-il lancé.",
      "Ensuite il est parti.",
    ]);
  });

  it("is not swallowed by an unclosed quotation mark", () => {
    expect(sentences("« Nous resterons. Le ministre est parti. Puis il a plu.", "fr")).toHaveLength(3);
  });

  it("ends sentences at line breaks (headlines, datelines)", () => {
    expect(sentences("Rebels take a city\nThe city fell on Thursday. Crowds gathered.", "en")).toEqual([
      "Rebels take a city",
      "The city fell on Thursday.",
      "Crowds gathered.",
    ]);
  });

  it("does not split before a lower-case word", () => {
    expect(sentences("Il a dit « non ! » et il est parti.", "fr")).toEqual(["Il a dit « non ! » et il est parti."]);
  });
});
