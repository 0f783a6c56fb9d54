import { NameIndex } from "../../knowledge/names.js";
import { fold } from "../../text/fold.js";
import { perLanguage, readDataJson, readLangData } from "../../util/data.js";

/** A holiday's day in a year: a fixed month-day ("12-25"), or days from Easter Sunday. */
export type HolidayRule = { date: string } | { easter: number };

type Unit = "day" | "week" | "month" | "year";

interface TimeData {
  months: Record<string, number>;
  weekdays: Record<string, number>;
  officeChanges?: string[];
  dayParts: string[];
  relativeDays: Record<string, number>;
  anchoredDays: Record<string, number>;
  relativePeriods: Record<string, [Unit, number]>;
  seasons?: Record<string, [number, number]>;
  quarters?: Record<string, number>;
  yearQuarters?: Record<string, number>;
  yearLinks?: string[];
  monthLinks?: string[];
  pastAuxiliaries?: string[];
  monthNouns?: string[];
  holidayModifiers?: string[];
  ago: { before: string[]; after: string[] };
  units: Record<string, Unit>;
  numbers: Record<string, number>;
  monthParts: Record<string, "early" | "mid" | "late">;
  next: string[];
  last: string[];
  this: string[];
  ordinalDay: string[];
  prepositions: string[];
  rangeLinks: { from: string[]; to: string[] };
  nightOf: string[];
  decades: string[];
  futureCues: string[];
  countNouns: string[];
  weekend: string[];
  monthsCapitalized: boolean;
  futureSuffixes: string[];
  /** words with a future ending that are no verbs */
  notFutureVerbs?: string[];
  /** words after a count of units that count it from the previous date (later +1, earlier -1) */
  offsets?: Record<string, number>;
  /** periods counted from the previous date of the text (le mois suivant) */
  anchoredPeriods?: Record<string, [Unit, number]>;
  /** words just before a bare weekday that make it the coming one */
  futureBefore?: string[];
  clauseBreaks: string[];
  /** words opening a clause that has no verb of its own and shares the tense of the one before ("puis", "then") */
  ellipsisCoordinators?: string[];
  /** verbs of calling for something: a dated day in what follows is to come ("appelé à une grève le 12 juin") */
  callCues?: string[];
  untilWords?: string[];
  /** words joining two days of one month ("les 12 et 13 décembre") */
  dayPairLinks?: string[];
  /** words by which a date follows the noun of what happened that day ("la frappe du 1er avril", "the attack of October 7") */
  eventDateLinks?: string[];
  /** words before a date that a noun follows ("the April 1 strike") */
  eventDateDeterminers?: string[];
  /** words before such a link that are no happening (time nouns are none already: "la nuit du 13 au 14 avril"; "à partir du 1er avril") */
  notEventNouns?: string[];
}

/** A language's time words (data/lang/<lang>/times.json), folded and indexed. */
export interface TimeLexicon {
  months: Map<string, number>;
  weekdays: Map<string, number>;
  /** words that tell of an office won or lost ("la chute de", "sworn in"): only then does a change of office pin a month-dated document's weekdays */
  officeChanges: NameIndex<true>;
  dayParts: NameIndex<true>;
  relativeDays: NameIndex<number>;
  anchoredDays: NameIndex<number>;
  relativePeriods: NameIndex<[Unit, number]>;
  /** "cet été", "last winter": the season's first month and which one (0 this, -1 the last, 1 the next) */
  seasons: NameIndex<[number, number]>;
  /** "the third quarter", "le premier semestre": the period's first month (a year may follow, after a link of yearLinks or none) */
  quarters: NameIndex<number>;
  /** those that are a time only with a year after them ("the second half of 2024"; not a match's second half) */
  yearQuarters: NameIndex<number>;
  yearLinks: Set<string>;
  /** "le mois d'avril", "the month of March": links after which a month's name is a time, and the month's noun before them */
  monthLinks: Set<string>;
  /** "avait abaissé fin septembre": auxiliaries of a past tense, whose participle just before a date sets its clause in the past */
  pastAuxiliaries: Set<string>;
  monthNouns: Set<string>;
  /** words that, just before a holiday's name, make it a noun's modifier ('the Christmas market', 'le marché de Noël') */
  holidayModifiers: Set<string>;
  agoBefore: NameIndex<true>;
  agoAfter: Set<string>;
  units: Map<string, Unit>;
  numbers: Map<string, number>;
  monthParts: Map<string, "early" | "mid" | "late">;
  next: Set<string>;
  last: Set<string>;
  this: Set<string>;
  ordinalDay: Set<string>;
  prepositions: Set<string>;
  rangeFrom: Set<string>;
  rangeTo: Set<string>;
  nightOf: NameIndex<true>;
  decades: Set<string>;
  futureCues: NameIndex<true>;
  countNouns: Set<string>;
  periods: NameIndex<string>;
  /** holidays of each year (data/knowledge/holidays.json) */
  holidays: NameIndex<HolidayRule>;
  weekend: NameIndex<true>;
  monthsCapitalized: boolean;
  /** every word a time expression may start with */
  starters: Set<string>;
  /** future-tense verb endings (reviendra), or null */
  futureVerb: RegExp | null;
  /** words with a future ending that are no verbs (caméra, environs) */
  notFutureVerbs: Set<string>;
  /** "later" +1, "plus tôt" -1: after a count of units, from the previous date of the text */
  offsets: NameIndex<number>;
  /** "le mois suivant", "the previous year": from the previous date of the text */
  anchoredPeriods: NameIndex<[Unit, number]>;
  /** "pour lundi", "for Monday": the coming weekday */
  futureBefore: Set<string>;
  ellipsisCoordinators: Set<string>;
  callCues: NameIndex<true>;
  /** "jusqu'au", "until": a date they bound is the nearest such date, either side of the day of writing */
  untilWords: Set<string>;
  dayPairLinks: Set<string>;
  eventDateLinks: Set<string>;
  eventDateDeterminers: Set<string>;
  notEventNouns: Set<string>;
  clauseBreaks: NameIndex<true>;
}

function index<T>(entries: [string, T][]): NameIndex<T> {
  const i = new NameIndex<T>();
  for (const [k, v] of entries) i.add(k, v);
  return i;
}

const folded = (xs: string[]) => new Set(xs.map(fold));
const foldedMap = <T>(o: Record<string, T>) => new Map(Object.entries(o).map(([k, v]) => [fold(k), v] as const));

export const timeLexicon = perLanguage((lang): TimeLexicon => {
  const d = readLangData<TimeData>(lang, "times");
  const periods = readDataJson<{ periods: { value: string; names: string[] }[] }>("knowledge/periods.json").periods;
  const holidays = readDataJson<{ holidays: (HolidayRule & { names: string[] })[] }>("knowledge/holidays.json").holidays;
  const lex: TimeLexicon = {
    months: foldedMap(d.months),
    weekdays: foldedMap(d.weekdays),
    officeChanges: index((d.officeChanges ?? []).map((p) => [p, true as const])),
    dayParts: index(d.dayParts.map((p) => [p, true as const])),
    relativeDays: index(Object.entries(d.relativeDays)),
    anchoredDays: index(Object.entries(d.anchoredDays)),
    relativePeriods: index(Object.entries(d.relativePeriods)),
    seasons: index(Object.entries(d.seasons ?? {})),
    quarters: index(Object.entries(d.quarters ?? {})),
    yearQuarters: index(Object.entries(d.yearQuarters ?? {})),
    yearLinks: folded(d.yearLinks ?? []),
    monthLinks: folded(d.monthLinks ?? []),
    pastAuxiliaries: folded(d.pastAuxiliaries ?? []),
    monthNouns: folded(d.monthNouns ?? []),
    holidayModifiers: folded(d.holidayModifiers ?? []),
    agoBefore: index(d.ago.before.map((p) => [p, true as const])),
    agoAfter: folded(d.ago.after),
    units: foldedMap(d.units),
    numbers: foldedMap(d.numbers),
    monthParts: foldedMap(d.monthParts),
    next: folded(d.next),
    last: folded(d.last),
    this: folded(d.this),
    ordinalDay: folded(d.ordinalDay),
    prepositions: folded(d.prepositions),
    rangeFrom: folded(d.rangeLinks.from),
    rangeTo: folded(d.rangeLinks.to),
    nightOf: index(d.nightOf.map((p) => [p, true as const])),
    decades: folded(d.decades),
    futureCues: index(d.futureCues.map((p) => [p, true as const])),
    countNouns: folded(d.countNouns),
    periods: index(periods.flatMap((p) => p.names.map((n) => [n, p.value] as [string, string]))),
    holidays: index(holidays.flatMap(({ names, ...rule }) => names.map((n) => [n, rule] as [string, HolidayRule]))),
    weekend: index(d.weekend.map((p) => [p, true as const])),
    monthsCapitalized: d.monthsCapitalized,
    futureVerb: d.futureSuffixes.length ? new RegExp(`^[a-z]{3,}(?:${d.futureSuffixes.join("|")})$`) : null,
    notFutureVerbs: folded(d.notFutureVerbs ?? []),
    offsets: index(Object.entries(d.offsets ?? {})),
    anchoredPeriods: index(Object.entries(d.anchoredPeriods ?? {})),
    futureBefore: folded(d.futureBefore ?? []),
    ellipsisCoordinators: folded(d.ellipsisCoordinators ?? []),
    callCues: index((d.callCues ?? []).map((p) => [p, true as const])),
    untilWords: folded(d.untilWords ?? []),
    dayPairLinks: folded(d.dayPairLinks ?? []),
    eventDateLinks: folded(d.eventDateLinks ?? []),
    eventDateDeterminers: folded(d.eventDateDeterminers ?? []),
    notEventNouns: folded(d.notEventNouns ?? []),
    clauseBreaks: index(d.clauseBreaks.map((p) => [p, true as const])),
    starters: new Set(),
  };
  lex.starters = new Set([
    ...lex.months.keys(), ...lex.weekdays.keys(), ...lex.monthParts.keys(), ...lex.numbers.keys(),
    ...lex.this, ...lex.next, ...lex.last, ...lex.rangeFrom,
    ...[lex.periods, lex.holidays, lex.relativeDays, lex.anchoredDays, lex.relativePeriods, lex.seasons, lex.quarters, lex.yearQuarters, lex.anchoredPeriods, lex.agoBefore, lex.nightOf, lex.weekend].flatMap((x) => [...x.firstTokens()]),
  ]);
  return lex;
});
