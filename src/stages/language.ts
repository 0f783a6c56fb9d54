import type { Stage } from "../pipeline/pipeline.js";
import type { LanguageIdentifier } from "../text/language.js";

export function languageStage(identify: LanguageIdentifier): Stage {
  return {
    name: "language",
    run(doc) {
      const guess = identify(doc.text, doc.meta.declaredLang);
      doc.lang = guess.lang;
      doc.langConfidence = guess.confidence;
    },
  };
}
