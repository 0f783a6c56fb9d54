import type { AnalyzedDocument, CalendarValue, TimeRecord } from "../../document/document.js";
import type { Knowledge } from "../../knowledge/knowledge.js";
import type { Stage } from "../../pipeline/pipeline.js";
import { Day } from "./days.js";
import { timeLexicon } from "./lexicon.js";
import { quoteLexicon } from "../quotes/lexicon.js";
import { TimeMatcher, type Found } from "./patterns.js";
import { pastDateline } from "../../text/dateline.js";
import { referenceOf, resolveAbsolute, resolveRelative, resolveWeekday, type Reference, type Resolution } from "./resolve.js";

interface Item {
  found: Found;
  /** a date that names a past happening ("la frappe du 1er avril"): it pins no weekday, nor the day of writing */
  naming: boolean;
  /** index of the sentence */
  sentence: number;
  future: boolean;
  /** a date in what is called for, or bounded by "jusqu'au", "until": the nearest such date, either side of the day of writing */
  nearest: boolean;
  resolution: Resolution | null;
}

const latest = (days: (Day | null)[]): Day | null =>
  days.reduce<Day | null>((best, d) => (d && (!best || d.since(best) > 0) ? d : best), null);

/** how many sentences may come before the dateline's (a headline, a standfirst) */
const DATELINE_SENTENCES = 3;

/**
 * The day a dateline gives ("NAIROBI, June 26 -" in a month-dated document, under a headline or
 * not): the day of writing, when it falls within the document's date.
 */
function datelineDay(doc: AnalyzedDocument, items: Item[], ref: Reference): Day | null {
  if (!ref.start || !ref.end) return null;
  const at = doc.sentences.slice(0, DATELINE_SENTENCES).findIndex((s) => pastDateline(doc.tokens, s) > s.firstToken);
  const opening = doc.sentences[at];
  if (!opening) return null;
  const end = pastDateline(doc.tokens, opening);
  const it = items.find((x) => x.sentence === at && x.found.t1 <= end && x.resolution?.day);
  const day = it?.resolution?.day;
  return day && day.since(ref.start) >= 0 && day.since(ref.end) <= 0 ? day : null;
}

/** Resolves the document's time expressions; `knownDays` are days the knowledge base dates (an office that ended). */
function resolveTimes(doc: AnalyzedDocument, knownDays: Day[]): void {
  const lex = timeLexicon(doc.lang);
  const matcher = new TimeMatcher(doc.tokens, lex, quoteLexicon(doc.lang).verbs);
  const items: Item[] = doc.sentences.flatMap((s, sentence) => {
    // (not a day relative to the writing quoted as a title, capitalized within its sentence: NBC's "Today" show; a named period stays one, le « Printemps arabe »)
    const title = (f: Found) =>
      f.expr.kind === "relDay" && f.t0 - 1 > s.firstToken && doc.tokens[f.t0 - 1]!.kind === "quote" && doc.tokens[f.t1]?.kind === "quote" && /^\p{Lu}/u.test(doc.tokens[f.t0]!.text);
    return matcher.find(s.firstToken, s.endToken).filter((f) => !title(f)).map((f) => ({
      found: f,
      naming: matcher.namesHappening(f),
      sentence,
      future: matcher.future(f.t0, f.t1, s.firstToken, s.endToken),
      // ("a appelé à une journée de grève le 12 juin": a date in what is called for is to come, or has just come)
      // (and "jusqu'au 1er mars", "until March 1": a limit is as likely before as after the day of writing; the nearest)
      nearest: (f.expr.kind === "date" || f.expr.kind === "weekday" || f.expr.kind === "holiday") && (matcher.calledFor(f.t0, s.firstToken) || matcher.until(f.t0)),
      resolution: null as Resolution | null,
    }));
  });
  const ref = referenceOf(doc.meta.date);
  for (const it of items) it.resolution = resolveAbsolute(it.found.expr, ref, it.future || (it.nearest ? "nearest" : false));
  ref.day ??= datelineDay(doc, items, ref);

  // a month-dated document: the latest date the text pins, a month before it at most, anchors its weekdays
  const near = (d: Day | null) => !!d && !!ref.start && !!ref.end && d.since(ref.start) >= -31 && d.since(ref.end) <= 0;
  // (a date still to come pins none: "a annoncé dimanche" elections "le 30 juin" may have been announced any day before)
  const pinned = items.filter((it) => !it.future && !it.naming).map((it) => it.resolution?.day ?? null).filter(near);
  const anchor = ref.day ? null : (latest(pinned) ?? latest(knownDays));
  for (const it of items) {
    const e = it.found.expr;
    if (e.kind !== "weekday") continue;
    const known = e.dir !== 1 && !it.future ? knownDays.find((d) => d.weekday === e.weekday) : undefined;
    it.resolution = known ? { value: known.value(), day: known } : resolveWeekday(e, ref, it.future || (it.nearest ? "nearest" : false), anchor);
  }

  if (!ref.day && ref.start && ref.end) {
    const inMonth = (d: Day | null) => !!d && d.since(ref.start!) >= 0 && d.since(ref.end!) <= 0;
    // (the day of writing follows what the text tells as past; "sera examiné à partir du 24 mars" is still to come)
    ref.day = latest(items.filter((it) => !it.future && !it.naming).map((it) => it.resolution?.day ?? null).filter(inMonth));
  }
  let previous: Day | null = null;
  let previousValue: CalendarValue | null = null;
  for (const it of items) {
    // ("talks resume on Sept. 12 … fighting intensified the previous night": a past clause is not told from a day to come)
    const ahead = !it.future && !!previous && !!ref.day && previous.since(ref.day) > 0;
    it.resolution ??= resolveRelative(it.found.expr, ref, ahead ? null : previous, ahead ? null : previousValue);
    previous = it.resolution?.day ?? previous;
    previousValue = it.resolution?.value ?? previousValue;
  }

  doc.reference = ref.day ? ref.day.value() : doc.meta.date;
  const seen = new Set<string>();
  doc.times = items.flatMap(({ found, resolution, sentence }): TimeRecord[] => {
    if (!resolution) return [];
    // "lundi … lundi" in one sentence: one expression written twice
    const key = `${sentence}|${doc.tokens.slice(found.t0, found.t1).map((t) => t.norm).join(" ")}|${resolution.value.value}`;
    if (seen.has(key)) return [];
    seen.add(key);
    const start = doc.tokens[found.t0]!.start;
    const end = doc.tokens[found.t1 - 1]!.end;
    return [{ start, end, text: doc.text.slice(start, end), ...resolution.value, kind: found.expr.kind }];
  });
}

/**
 * Times: every date expression resolved to a calendar value with its precision, against the
 * document's date. Explicit dates first; then weekdays (pinned, in a month-dated document, by
 * the latest date the text gives); then expressions relative to the day of writing, which the
 * text may have pinned too. The day of writing is kept for the stages after (`doc.reference`).
 */
export const timesStage: Stage = {
  name: "times",
  run(doc: AnalyzedDocument) {
    resolveTimes(doc, []);
  },
};

/**
 * After entities: in a month-dated document whose weekdays nothing in the text pins, a day the
 * knowledge dates pins them when it is the one such day and falls on a weekday the text names:
 * an office of one of the document's entities that began or ended that month, where the text
 * tells of an office won or lost ("dimanche" in an article on Bashar al-Assad's fall: 2024-12-08), or an event of the calendar whose country and
 * words the document names (an earthquake in Turkey, 2023-02-06).
 */
export function timeAnchorsStage(knowledge: Knowledge): Stage {
  return {
    name: "time-anchors",
    run(doc: AnalyzedDocument) {
      const date = doc.meta.date;
      if (date?.precision !== "month" || doc.reference?.precision === "day") return;
      if (!doc.times.some((t) => t.kind === "weekday" && t.precision === "month")) return;
      const [start, end] = Day.span(date);
      const lex = timeLexicon(doc.lang);
      const named = new Set(doc.tokens.map((t) => lex.weekdays.get(t.norm)).filter((w) => w !== undefined));
      const days = new Map<number, Day>();
      const consider = (v: string | null, earliest = 0) => {
        if (!v || v.length !== 10) return;
        const d = Day.span({ value: v, precision: "day" })[0];
        if (d.since(start) >= earliest && d.since(end) <= 0 && named.has(d.weekday)) days.set(d.ms, d);
      };
      // (only where the text tells of an office won or lost: "la chute de Bachar al-Assad", not a president's term ending that month unsaid)
      if (doc.tokens.some((_, i) => lex.officeChanges.longestAt(doc.tokens, i))) for (const e of doc.known.values()) for (const o of e.offices) [o.from, o.to].forEach((v) => consider(v));
      const countries = new Set(doc.entities.map((e) => e.country));
      for (const ev of knowledge.calendar) {
        if (!ev.countries.some((c) => countries.has(c))) continue;
        if (doc.tokens.some((_, i) => ev.cues.longestAt(doc.tokens, i))) consider(ev.date, -7);
      }
      if (days.size === 1) resolveTimes(doc, [...days.values()]);
    },
  };
}
