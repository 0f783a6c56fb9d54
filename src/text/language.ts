import { readDataJson, readLangData } from "../util/data.js";
import { loadEld, type Eld } from "./language-model.js";

export interface LanguageGuess {
  /** ISO 639-1 code, or "und" when the text says too little */
  lang: string;
  confidence: number;
}

export type LanguageIdentifier = (text: string, declared?: string | null) => LanguageGuess;

/** What the quick reading knows of French and of English (data/lang/<lang>/common-words.json): its function words, and the letters of its words. */
interface QuickLexicon {
  functionWords: Set<string>;
  letters: Set<string>;
  /** the function words other languages do not share ("le", "the"; not "la", "de") */
  markers: Set<string>;
}

function quickLexicon(lang: string): QuickLexicon {
  const data = readLangData<{ functionWords: string[]; letters: string; markers: string[] }>(lang, "common-words");
  return { functionWords: new Set(data.functionWords), letters: new Set(data.letters), markers: new Set(data.markers) };
}

/** Whether a word (lower case) is written in these letters (and apostrophes). */
function writtenIn(word: string, letters: Set<string>): boolean {
  for (const c of word) if (c !== "'" && !letters.has(c)) return false;
  return true;
}

/** Function words of the other languages written in the Latin alphabet (data/lang/default/function-words.json). */
function foreignFunctionWords(): Set<string> {
  return new Set(Object.values(readDataJson<{ byLanguage: Record<string, string[]> }>("lang/default/function-words.json").byLanguage).flat());
}

const WORD = /[\p{L}']+/gu;
/** function words past which an eight-to-one lead decides */
const DECISIVE = 40;
/** the function words a text needs to be read plainly, and those a short text needs (with a quarter of its words, and none of another language) */
const PLAIN = 12;
const PLAIN_SHORT = 3;

/**
 * French or English when the text's function words say so plainly (most of the press Vigie
 * reads): twelve of them at least, four times as many of one language as of the other (a word
 * that is a function word of both, "a", "on", counts for neither). A short text ("Le président
 * iranien a promis de reconstruire le pays") needs three, a quarter of its words, one the
 * language's own ("le", not "la" or "de", which Spanish has too), all its words in the language's
 * letters, and none of the function words of another language written in the Latin alphabet:
 * "La policía detuvo a tres personas en la capital" is no French, nor "El gobierno anunció que la
 * reforma entrará en vigor", nor "La final de la Copa se juega en Madrid".
 * Otherwise null, and the n-gram identifier decides.
 */
function plainFrenchOrEnglish(text: string, fr: QuickLexicon, en: QuickLexicon, foreign: Set<string>): LanguageGuess | null {
  let f = 0;
  let e = 0;
  let words = 0;
  let foreignWords = 0;
  let frLetters = true;
  let enLetters = true;
  let frMarked = false;
  let enMarked = false;
  for (const m of text.matchAll(WORD)) {
    const w = m[0].toLowerCase();
    const isFr = fr.functionWords.has(w);
    const isEn = en.functionWords.has(w);
    words++;
    // a word of both lists ("a", "on") tells neither
    if (isFr && !isEn) f++;
    else if (isEn && !isFr) e++;
    else if (foreign.has(w)) foreignWords++;
    frMarked ||= fr.markers.has(w);
    enMarked ||= en.markers.has(w);
    frLetters &&= writtenIn(w, fr.letters);
    enLetters &&= writtenIn(w, en.letters);
    // (a lead this wide is not overturned by the rest: a long text is read no further)
    if (f + e >= DECISIVE && (f >= 8 * e || e >= 8 * f)) break;
  }
  const plain = (n: number, other: number, letters: boolean, marked: boolean) =>
    n >= 4 * other && (n >= PLAIN || (n >= PLAIN_SHORT && 4 * n >= words && letters && marked && !foreignWords));
  if (plain(f, e, frLetters, frMarked)) return { lang: "fr", confidence: f / (f + e) };
  if (plain(e, f, enLetters, enMarked)) return { lang: "en", confidence: e / (f + e) };
  return null;
}

const SAMPLE = 800;

/** The n-gram model (eld, its small database): loaded once, on demand (it takes about 0.2 s; see language-model.ts). */
let model: Eld | null = null;
let modelLoading: Promise<void> | null = null;

export function loadLanguageModel(): Promise<void> {
  modelLoading ??= loadEld().then((eld) => {
    model = eld;
  });
  return modelLoading;
}

let fr: QuickLexicon | null = null;
let en: QuickLexicon | null = null;
let foreign: Set<string> | null = null;

/** the last sample read and its reading: a document's is asked for twice, before its analysis (needsLanguageModel) and in it */
let lastSample: string | null = null;
let lastGuess: LanguageGuess | null = null;

/** The reading by function words alone, when it is plain (null when the n-gram model must decide). */
function quickGuess(sample: string): LanguageGuess | null {
  if (sample === lastSample) return lastGuess && { ...lastGuess };
  fr ??= quickLexicon("fr");
  en ??= quickLexicon("en");
  foreign ??= foreignFunctionWords();
  lastGuess = plainFrenchOrEnglish(sample, fr, en, foreign);
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
