import type { CalendarValue } from "../../document/document.js";
import { addMonths, calendar, Day, easter } from "./days.js";
import type { HolidayRule } from "./lexicon.js";
import type { Found, TimeExpression } from "./patterns.js";

/** What the document's date says: the span it covers, and the day it was written when known. */
export interface Reference {
  /** the document date's span ([1 Dec, 31 Dec] for 2024-12), or null for an undated document */
  start: Day | null;
  end: Day | null;
  /** the day of writing: the document's date at day precision, or one pinned by the text */
  day: Day | null;
}

export function referenceOf(date: CalendarValue | null): Reference {
  if (!date) return { start: null, end: null, day: null };
  const [start, end] = Day.span(date);
  return { start, end, day: date.precision === "day" ? start : null };
}

/** The document's month (or year) as a value: what a relative expression resolves to when no day is known. */
function coarse(ref: Reference): CalendarValue | null {
  if (!ref.start || !ref.end) return null;
  return ref.start.month === ref.end.month && ref.start.year === ref.end.year ? calendar(ref.start.year, ref.start.month) : calendar(ref.start.year);
}

/**
 * Days a date without a year may lie on the other side of the writing day from its tense and
 * keep the document's year ("expected to resume on Sept. 30" written on 2 October: a schedule
 * just passed, not one a year away).
 */
const TENSE_TOLERANCE_DAYS = 7;

/**
 * A day that comes back each year (a day-month without a year, a holiday), given by its day in a
 * year: the occurrence in the past of the document (or its future, for a future sentence; nearest
 * the writing day either way for a day called for, which may have come by the time of writing),
 * near the writing day.
 */
function occurrence(at: (year: number) => Day | null, ref: Reference, future: boolean | "nearest"): Day | null {
  if (!ref.start || !ref.end) return null;
  const year = ref.end.year;
  if (future === "nearest") {
    const gap = (d: Day | null) => (d ? Math.abs(d.since(ref.start!)) : Infinity);
    return [at(year - 1), at(year), at(year + 1)].reduce((best, d) => (gap(d) < gap(best) ? d : best), at(year));
  }
  const d = at(year);
  if (!d) return null;
  if (future) return d.since(ref.start) < -TENSE_TOLERANCE_DAYS ? at(year + 1) : d;
  return d.since(ref.end) > TENSE_TOLERANCE_DAYS ? at(year - 1) : d;
}

const holidayIn = (rule: HolidayRule) => (year: number): Day | null => {
  if ("easter" in rule) return easter(year).plus(rule.easter);
  const [month, day] = rule.date.split("-").map(Number) as [number, number];
  return Day.of(year, month, day);
};

export interface Resolution {
  value: CalendarValue;
  /** the day it pins, when it pins one */
  day: Day | null;
}

const dayValue = (d: Day | null): Resolution | null => (d ? { value: d.value(), day: d } : null);

/** Explicit dates, years, months and named periods: they need the document's year at most. */
export function resolveAbsolute(e: TimeExpression, ref: Reference, future: boolean | "nearest"): Resolution | null {
  switch (e.kind) {
    case "date":
      return dayValue(e.year !== undefined ? Day.of(e.year, e.month, e.day) : occurrence((y) => Day.of(y, e.month, e.day), ref, future));
    case "holiday":
      return dayValue(occurrence(holidayIn(e.rule), ref, future));
    case "year":
      return { value: calendar(e.year), day: null };
    case "period":
      return { value: { value: e.value, precision: e.value.length === 4 ? "year" : e.value.length === 7 ? "month" : "day" }, day: null };
    case "month":
    case "monthPart": {
      if (e.month === undefined) return e.year !== undefined ? { value: calendar(e.year), day: null } : null;
      if (e.year !== undefined) return { value: calendar(e.year, e.month), day: null };
      if (!ref.end) return null;
      const dir = e.kind === "month" ? e.dir : 0;
      let year = ref.end.year;
      if (dir === -1) year = e.month < ref.end.month ? year : year - 1;
      else if (dir === 1 || future) year = e.month > ref.end.month ? year : year + 1;
      else year = e.month > ref.end.month ? year - 1 : year;
      return { value: calendar(year, e.month), day: null };
    }
    default:
      return null;
  }
}

/**
 * A weekday: with a known day of writing, the most recent such day (or the next one, in a future
 * sentence); without one, the first such day after the latest date the text pins (`anchor`),
 * kept inside the document's month; else the month itself.
 */
export function resolveWeekday(
  e: Extract<TimeExpression, { kind: "weekday" }>,
  ref: Reference,
  /** "nearest": a day in what is called for ("appellent à un débrayage lundi"): the nearest such day, either side */
  future: boolean | "nearest",
  anchor: Day | null,
): Resolution | null {
  if (future === "nearest" && e.dir === null && ref.day) {
    const ahead = ref.day.plus(1).nearest(e.weekday, false);
    const back = ref.day.nearest(e.weekday, true);
    return dayValue(ahead.since(ref.day) <= ref.day.since(back) ? ahead : back);
  }
  const forward = e.dir === 1 || (e.dir === null && future === true);
  if (ref.day) {
    if (e.dir === 0) return dayValue(ref.day.monday().plus(e.weekday - 1));
    // ("vendredi" in a Friday's article is that day, what is done and what is to be done; "last Friday", "vendredi dernier"
    // is a week before it, "next Friday", "vendredi prochain" a week after)
    const latest = e.dir === -1 ? ref.day.plus(-1) : ref.day;
    const earliest = e.dir === 1 ? ref.day.plus(1) : ref.day;
    return dayValue(forward ? earliest.nearest(e.weekday, false) : latest.nearest(e.weekday, true));
  }
  if (!ref.start || !ref.end) return null;
  if (anchor) {
    let d = anchor.nearest(e.weekday, false);
    while (d.since(ref.start) < 0) d = d.plus(7);
    if (d.since(ref.end) <= 0) return dayValue(d);
  }
  const month = coarse(ref);
  return month ? { value: month, day: null } : null;
}

/** Expressions counted from the day of writing or from the previous date of the text. */
export function resolveRelative(e: TimeExpression, ref: Reference, previous: Day | null, previousValue: CalendarValue | null = null): Resolution | null {
  const fallback = () => {
    const m = coarse(ref);
    return m ? { value: m, day: null } : null;
  };
  switch (e.kind) {
    case "relDay":
      return ref.day ? dayValue(ref.day.plus(e.days)) : fallback();
    case "weekend":
      return ref.day ? dayValue(ref.day.plus(-1).nearest(6, true)) : fallback();
    case "anchored":
      // (nothing dated before it: counted from the day of writing, when the document has one)
      return previous ? dayValue(previous.plus(e.days)) : ref.day ? dayValue(ref.day.plus(e.days)) : fallback();
    case "offset": {
      if (e.unit === "year" || e.unit === "month") {
        // from the previous date of the text, a year or a month being enough ("en 2015 … l'année suivante")
        const [y0, m0] = previous ? [previous.year, previous.month] : previousValue ? previousValue.value.split("-").map(Number) : [];
        if (y0 === undefined || (e.unit === "month" && m0 === undefined)) {
          // "three years later" after nothing the text dates has no value; "a year earlier" counts back from the writing
          const from = e.n < 0 ? (ref.day ?? ref.end) : null;
          if (!from) return null;
          return e.unit === "year" ? { value: calendar(from.year + e.n), day: null } : { value: calendar(...addMonths(from.year, from.month, e.n)), day: null };
        }
        return e.unit === "year" ? { value: calendar(y0 + e.n), day: null } : { value: calendar(...addMonths(y0, m0!, e.n)), day: null };
      }
      if (!previous && e.n > 0) return null;
      const base = previous ?? ref.day;
      return base ? dayValue(base.plus(e.unit === "week" ? 7 * e.n : e.n)) : fallback();
    }
    case "season": {
      // this season (this year's; a winter: the one going on, else the next), the last one ended, the next one to begin;
      // a winter is dated by the year of its January and February
      const base = ref.day ?? ref.end;
      if (!base) return null;
      const latestStart = base.month >= e.month ? base.year : base.year - 1;
      const ended = (base.year - latestStart) * 12 + base.month - e.month >= 3;
      const yearOf = (start: number) => (e.month === 12 ? start + 1 : start);
      let year: number;
      if (e.n === 0) year = e.month === 12 ? yearOf(ended ? latestStart + 1 : latestStart) : base.year;
      else if (e.n < 0) year = yearOf(ended ? latestStart : latestStart - 1);
      else year = yearOf(latestStart + 1);
      return { value: calendar(year), day: null };
    }
    case "quarter": {
      // of the year given; else the latest one begun by the day of writing ("sales rose in the third quarter", written in October)
      if (e.year !== undefined) return { value: calendar(e.year), day: null };
      const base = ref.day ?? ref.end;
      if (!base) return null;
      return { value: calendar(base.month >= e.month ? base.year : base.year - 1), day: null };
    }
    case "relPeriod":
    case "ago": {
      const n = e.kind === "ago" ? -e.n : e.n;
      const base = ref.day ?? ref.end;
      if (!base) return null;
      if (e.unit === "year") return { value: calendar(base.year + n), day: null };
      if (e.unit === "month") {
        const [y, m] = addMonths(base.year, base.month, n);
        return { value: calendar(y, m), day: null };
      }
      if (!ref.day) return fallback();
      if (e.unit === "week") return dayValue(e.kind === "ago" ? ref.day.plus(7 * n) : ref.day.monday().plus(7 * n));
      return dayValue(ref.day.plus(n));
    }
    default:
      return null;
  }
}

export type { Found };
