export interface LanguageGuess {
  /** ISO 639-1 code, or "und" when the text says too little */
  lang: string;
  confidence: number;
}

export type LanguageIdentifier = (text: string, declared?: string | null) => LanguageGuess;

const SAMPLE = 800;
let loading: Promise<LanguageIdentifier> | null = null;

/**
 * Loads the n-gram language identifier (eld, its small database: half a second, once) and
 * returns a function that identifies the language of a text from its first eight hundred
 * characters, falling back on the declared language when the text says too little.
 */
export function loadLanguageIdentifier(): Promise<LanguageIdentifier> {
  loading ??= import("eld/small").then(({ eld }) => (text: string, declared: string | null = null): LanguageGuess => {
    const result = eld.detect(text.slice(0, SAMPLE));
    let lang = result.language;
    if ((lang === "fr" || lang === "en") && result.isReliable()) return { lang, confidence: result.getScores()[lang] ?? 0 };
    const scores = result.getScores();
    // French and English come first: a close second reading in one of them wins over another language
    const main = (["fr", "en"] as const).filter((l) => l !== lang && (scores[l] ?? 0) >= 0.9 * (scores[lang] ?? 0)).sort((a, b) => (scores[b] ?? 0) - (scores[a] ?? 0))[0];
    if (lang && main && !["fr", "en"].includes(lang)) lang = main;
    if (lang && result.isReliable()) return { lang, confidence: scores[lang] ?? 0 };
    const fallback = declared?.toLowerCase().slice(0, 2);
    if (fallback && /^[a-z]{2}$/.test(fallback)) return { lang: fallback, confidence: 0 };
    return { lang: lang || "und", confidence: lang ? (scores[lang] ?? 0) : 0 };
  });
  return loading;
}
