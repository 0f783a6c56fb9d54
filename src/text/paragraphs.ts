import type { Paragraph } from "../document/document.js";

/** Each non-blank line is a paragraph (news text puts headlines, datelines and paragraphs on lines of their own). */
export function splitParagraphs(text: string): Paragraph[] {
  const out: Paragraph[] = [];
  for (const m of text.matchAll(/[^\n]+/g)) {
    const line = m[0];
    const lead = line.length - line.trimStart().length;
    const trimmed = line.trim();
    if (!trimmed) continue;
    const start = m.index + lead;
    out.push({ index: out.length, start, end: start + trimmed.length });
  }
  return out;
}
