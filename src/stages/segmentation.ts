import type { Stage } from "../pipeline/pipeline.js";
import { splitParagraphs } from "../text/paragraphs.js";
import { splitSentences } from "../text/sentences.js";
import { tokenize } from "../text/tokens.js";

/** Paragraphs, sentences and tokens, each sentence knowing its range of tokens. */
export const segmentationStage: Stage = {
  name: "segmentation",
  run(doc) {
    doc.paragraphs = splitParagraphs(doc.text);
    doc.tokens = tokenize(doc.text, doc.lang);
    let t = 0;
    doc.sentences = splitSentences(doc.text, doc.paragraphs, doc.lang).map((s) => {
      while (t < doc.tokens.length && doc.tokens[t]!.start < s.start) t++;
      const firstToken = t;
      while (t < doc.tokens.length && doc.tokens[t]!.end <= s.end) t++;
      return { ...s, firstToken, endToken: t };
    });
  },
};
