import { readLangData } from "../util/data.js";

export interface LanguageGuess {
  /** ISO 639-1 code, or "und" when the text says too little */
  lang: string;
  confidence: number;
}

export type LanguageIdentifier = (text: string, declared?: string | null) => LanguageGuess;

/** The function words of French and English (data/lang/<lang>/common-words.json), for a quick first reading. */
function functionWords(lang: string): Set<string> {
  return new Set(readLangData<{ functionWords: string[] }>(lang, "common-words").functionWords);
}

const WORD = /[\p{L}']+/gu;
/** function words past which an eight-to-one lead decides */
const DECISIVE = 40;

/**
 * French or English when the text's function words say so plainly (most of the press Vigie
 * reads): twelve of them at least, four times as many of one language as of the other (a word
 * that is a function word of both, "a", "on", counts for neither).
 * Otherwise null, and the n-gram identifier decides.
 */
function plainFrenchOrEnglish(text: string, fr: Set<string>, en: Set<string>): LanguageGuess | null {
  let f = 0;
  let e = 0;
  for (const m of text.matchAll(WORD)) {
    const w = m[0].toLowerCase();
    const isFr = fr.has(w);
    const isEn = en.has(w);
    // a word of both lists ("a", "on") tells neither
    if (isFr && !isEn) f++;
    else if (isEn && !isFr) e++;
    // (a lead this wide is not overturned by the rest: a long text is read no further)
    if (f + e >= DECISIVE && (f >= 8 * e || e >= 8 * f)) break;
  }
  if (f >= 12 && f >= 4 * e) return { lang: "fr", confidence: f / (f + e) };
  if (e >= 12 && e >= 4 * f) return { lang: "en", confidence: e / (f + e) };
  return null;
}

const SAMPLE = 800;

interface Eld {
  detect(text: string): { language: string; isReliable(): boolean; getScores(): Record<string, number> };
}

/** The n-gram model (eld, its small database): loaded once, on demand (it takes about half a second). */
let model: Eld | null = null;
let modelLoading: Promise<void> | null = null;

export function loadLanguageModel(): Promise<void> {
  modelLoading ??= import("eld/small").then(({ eld }) => {
    model = eld as Eld;
  });
  return modelLoading;
}

let fr: Set<string> | null = null;
let en: Set<string> | null = null;

/** the last sample read and its reading: a document's is asked for twice, before its analysis (needsLanguageModel) and in it */
let lastSample: string | null = null;
let lastGuess: LanguageGuess | null = null;

/** The reading by function words alone, when it is plain (null when the n-gram model must decide). */
function quickGuess(sample: string): LanguageGuess | null {
  if (sample === lastSample) return lastGuess && { ...lastGuess };
  fr ??= functionWords("fr");
  en ??= functionWords("en");
  lastGuess = plainFrenchOrEnglish(sample, fr, en);
  lastSample = sample;
  return lastGuess && { ...lastGuess };
}

/** Whether identifying this text's language needs the n-gram model, not loaded yet. */
export function needsLanguageModel(text: string): boolean {
  return !model && !quickGuess(text.slice(0, SAMPLE));
}

/**
 * Identifies the language of a text from its first eight hundred characters: French or English
 * by their function words when plain, else by the n-gram model (which must be loaded: see
 * loadLanguageModel and needsLanguageModel), falling back on the declared language when the
 * text says too little.
 */
export const identifyLanguage: LanguageIdentifier = (text, declared = null) => {
  const sample = text.slice(0, SAMPLE);
  const plain = quickGuess(sample);
  if (plain) return plain;
  if (!model) throw new Error("the language model is not loaded (await loadLanguageModel() first)");
  const result = model.detect(sample);
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
};

/** The identifier with its model loaded (for callers that analyze synchronously whatever comes). */
export async function loadLanguageIdentifier(): Promise<LanguageIdentifier> {
  await loadLanguageModel();
  return identifyLanguage;
}
