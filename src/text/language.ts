export interface LanguageGuess {
  /** ISO 639-1 code, or "und" when the text says too little */
  lang: string;
  confidence: number;
}

export type LanguageIdentifier = (text: string, declared?: string | null) => LanguageGuess;

const SAMPLE = 3000;
let loading: Promise<LanguageIdentifier> | null = null;

/**
 * Loads the n-gram language identifier (eld, its small database: half a second, once) and
 * returns a function that identifies the language of a text from its first few thousand
 * characters, falling back on the declared language when the text says too little.
 */
export function loadLanguageIdentifier(): Promise<LanguageIdentifier> {
  loading ??= import("eld/small").then(({ eld }) => (text: string, declared: string | null = null): LanguageGuess => {
    const result = eld.detect(text.slice(0, SAMPLE));
    const scores = result.getScores();
    const lang = result.language;
    if (lang && result.isReliable()) return { lang, confidence: scores[lang] ?? 0 };
    const fallback = declared?.toLowerCase().slice(0, 2);
    if (fallback && /^[a-z]{2}$/.test(fallback)) return { lang: fallback, confidence: 0 };
    return { lang: lang || "und", confidence: lang ? (scores[lang] ?? 0) : 0 };
  });
  return loading;
}
