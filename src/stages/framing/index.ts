import type { AnalyzedDocument, FramingRecord } from "../../document/document.js";
import { NameIndex } from "../../knowledge/names.js";
import type { Stage } from "../../pipeline/pipeline.js";
import { fold } from "../../text/fold.js";
import { perLanguage, readLangData } from "../../util/data.js";

interface Label {
  form: string;
  category: string;
  neutral: string;
  refers: string;
  /** a label only in someone else's words: the outlet's own use of the word is plain ("l'occupation allemande") */
  quotedOnly: boolean;
}

interface FramingData {
  entries: { forms: string[]; category: string; neutral: string; refers: string; quotedOnly?: boolean }[];
  designatedGroups: string[];
  notAfter: Record<string, string[]>;
  /** words just before a form that make it no label ("pension regime") */
  notBefore?: Record<string, string[]>;
  /** verbs by which a subject names something ("calls", "qualifie de"): a label after one is in that subject's voice */
  namingVerbs?: string[];
}

interface FramingLexicon {
  labels: NameIndex<Label>;
  designated: Set<string>;
  /** words after a form that make it no label ("régime alimentaire") */
  notAfter: Map<string, NameIndex<true>>;
  namingVerbs: NameIndex<true>;
  notBefore: Map<string, Set<string>>;
}

const framingLexicon = perLanguage((lang): FramingLexicon => {
  const d = readLangData<FramingData>(lang, "framing");
  const labels = new NameIndex<Label>();
  for (const e of d.entries) for (const form of e.forms) labels.add(form, { form, category: e.category, neutral: e.neutral, refers: e.refers, quotedOnly: !!e.quotedOnly });
  const notAfter = new Map<string, NameIndex<true>>();
  for (const [form, words] of Object.entries(d.notAfter)) notAfter.set(fold(form), NameIndex.of(words));
  const lex: FramingLexicon = { labels, designated: new Set(d.designatedGroups), notAfter, namingVerbs: NameIndex.of(d.namingVerbs ?? []),
    notBefore: new Map(Object.entries(d.notBefore ?? {}).map(([form, words]) => [fold(form), new Set(words.map(fold))])),
  };
  return lex;
});

/**
 * Framing: loaded labels ("terroristes", "régime", "entité sioniste", "martyrs"…) with their
 * category, who uses them (the outlet's own voice, or a speaker inside a quotation), the
 * entity they label when the text makes it clear, and the neutral term a wire would write.
 */
export const framingStage: Stage = {
  name: "framing",
  run(doc) {
    const lex = framingLexicon(doc.lang);
    const { tokens } = doc;
    const mentions = doc.entities.flatMap((e) => e.mentions.map((m) => ({ id: e.id, start: m.start, end: m.end })));
    const countries = doc.entities.filter((e) => e.geo?.kind === "country");
    const main = [...countries].sort((a, b) => b.mentions.length - a.mentions.length)[0]?.id ?? null;
    const quoted = doc.quotes.filter((q) => q.kind !== "indirect");
    const out: FramingRecord[] = [];
    for (const s of doc.sentences) {
      for (let i = s.firstToken; i < s.endToken; i++) {
        const m = lex.labels.longestAt(tokens, i, s.endToken);
        if (!m) continue;
        const label = m.values[0]!;
        const start = tokens[i]!.start;
        const end = tokens[m.end - 1]!.end;
        // ("the “Kyiv regime”", "l'« entité sioniste »": a label in quotation marks of its own is someone else's word)
        const marked = tokens[i - 1]?.kind === "quote" && tokens[m.end]?.kind === "quote";
        i = m.end - 1;
        if (lex.notAfter.get(fold(label.form))?.longestAt(tokens, m.end, s.endToken)) continue;
        if (i > s.firstToken && lex.notBefore.get(fold(label.form))?.has(tokens[i - 1]!.norm)) continue;
        // a label inside a name ("Islamic Resistance in Iraq") labels nothing
        if (mentions.some((x) => x.start <= start && end <= x.end && x.end - x.start > end - start)) continue;
        const sentenceStart = tokens[s.firstToken]!.start;
        const sentenceEnd = tokens[s.endToken - 1]!.end;
        const refersTo = referent(doc, label, start, end, sentenceStart, sentenceEnd, mentions, main);
        const name = refersTo ? doc.entities.find((e) => e.id === refersTo)?.name : undefined;
        // wires call designated groups terrorist in their own voice too
        if (/terror/i.test(fold(label.form)) && !/takfir/i.test(fold(label.form)) && name && lex.designated.has(name)) continue;
        // ("whom Israel calls terrorists", "qualifié d'« acte terroriste »": the namer's words, not the author's)
        const named = lex.namingVerbs.endsNear(tokens, i, s.firstToken, NAMING_REACH);
        const voice = named || marked || quoted.some((q) => q.start <= start && end <= q.end) ? "quoted" : "author";
        if (label.quotedOnly && voice !== "quoted") continue;
        const term = doc.text.slice(start, end);
        // one record per label, voice and referent in a document ("groupes terroristes" and "terroristes" for one group too); each use listed in occurrences
        const folded = fold(term);
        // (the same words in the same voice are one label too, whatever the referent found for each use)
        const same = out.find(
          (f) => f.voice === voice && (fold(f.term) === folded || (f.refersTo === refersTo && refersTo !== null && (fold(f.term).includes(folded) || folded.includes(fold(f.term))))),
        );
        if (same) {
          same.occurrences.push({ start, end });
          same.refersTo ??= refersTo;
        }
        else out.push({ start, end, term, category: label.category, refersTo, voice, neutral: label.neutral, occurrences: [{ start, end }] });
      }
    }
    doc.framing = out;
  },
};

/** how far before a label a verb of naming may stand, in tokens */
const NAMING_REACH = 5;

/** The entity a label stands for, when the sentence (or the document) makes it clear. */
function referent(
  doc: AnalyzedDocument,
  label: Label,
  start: number,
  end: number,
  from: number,
  to: number,
  mentions: { id: string; start: number; end: number }[],
  main: string | null,
): string | null {
  const known = (id: string) => doc.known.get(id);
  const near = (pick: (id: string) => boolean) =>
    mentions
      .filter((m) => m.start >= from && m.end <= to && pick(m.id))
      .sort((a, b) => Math.abs(a.start - end) - Math.abs(b.start - end))[0]?.id ?? null;
  switch (label.refers) {
    case "rebels":
      return near((id) => known(id)?.sector === "REB") ?? lastBefore(doc, mentions, start, (id) => known(id)?.sector === "REB");
    case "government":
      // the state a government label stands for: the country named near it, else the country of the office holder named near it
      return near((id) => doc.entities.find((e) => e.id === id)?.geo?.kind === "country") ?? stateOf(doc, near((id) => doc.entities.find((e) => e.id === id)?.type === "person" && !!known(id)?.offices.length)) ?? main;
    case "israel":
      return doc.entities.find((e) => e.country === "IL" && e.geo?.kind === "country")?.id ?? null;
    default:
      return null;
  }
}

/** The document's entity for the country a person holds office in, else the person. */
function stateOf(doc: AnalyzedDocument, person: string | null): string | null {
  if (!person) return null;
  const office = doc.known.get(person)?.offices.find((o) => /^[A-Z]{2}$/.test(o.of));
  return doc.entities.find((e) => e.geo?.kind === "country" && e.country === office?.of)?.id ?? person;
}

function lastBefore(doc: AnalyzedDocument, mentions: { id: string; start: number }[], at: number, pick: (id: string) => boolean): string | null {
  let best: { id: string; start: number } | null = null;
  for (const m of mentions) if (m.start < at && pick(m.id) && (!best || m.start > best.start)) best = m;
  return best?.id ?? null;
}
