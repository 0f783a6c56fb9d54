import type { Stage } from "../pipeline/pipeline.js";
import { identifyLanguage } from "../text/language.js";

export const languageStage: Stage = {
  name: "language",
  run(doc) {
    const guess = identifyLanguage(doc.text, doc.meta.declaredLang);
    doc.lang = guess.lang;
    doc.langConfidence = guess.confidence;
  },
};
