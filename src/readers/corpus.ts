import type { CalendarValue } from "../document/document.js";
import { parseDateString } from "./calendar.js";

export interface CorpusHeader {
  date: CalendarValue | null;
  /** the text after the header (the whole text when there is none) */
  body: string;
  warnings: string[];
}

// "date 2024-12 Le président…", "date 2024-12-02\n…", "date unknown …", after optional white space.
const HEADER = /^\s*date[ \t]+(\d{4}(?:-\d{1,2}){0,2}|unknown|inconnue?)\b[ \t]*\n?/i;

/** Splits the corpus date header off a text. No header, or "date unknown": date null. */
export function parseCorpusHeader(text: string): CorpusHeader {
  const m = HEADER.exec(text);
  if (!m) return { date: null, body: text, warnings: [] };
  const raw = m[1]!;
  const body = text.slice(m[0].length);
  if (/^\d/.test(raw)) {
    const date = parseDateString(raw);
    if (!date) return { date: null, body, warnings: [`the date header "${raw}" is not a real date; date left unknown`] };
    return { date, body, warnings: [] };
  }
  return { date: null, body, warnings: [] };
}
