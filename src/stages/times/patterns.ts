import type { Token } from "../../document/document.js";
import type { NameIndex } from "../../knowledge/names.js";
import type { HolidayRule, TimeLexicon } from "./lexicon.js";

/** how many words may stand before a date that opens its sentence ("Le 10 janvier,", "On Monday,") */
const FRONTED_DATE = 2;
/** how far back, in tokens, a verb may stand and give its tense to a date in its clause ("will cut 1,200 jobs at its plant in the south by December"): a clause is ended sooner by a comma or a clause break */
const CLAUSE_REACH = 16;
export type Unit = "day" | "week" | "month" | "year";

/** What a time expression says, before it is resolved against the document's date. */
export type TimeExpression =
  | { kind: "date"; year?: number; month: number; day: number }
  | { kind: "month"; month: number; year?: number; dir: -1 | 0 | 1 }
  | { kind: "monthPart"; part: "early" | "mid" | "late"; month?: number; year?: number }
  | { kind: "year"; year: number; decade: boolean }
  | { kind: "weekday"; weekday: number; dir: -1 | 0 | 1 | null }
  | { kind: "relDay"; days: number }
  | { kind: "weekend" }
  | { kind: "anchored"; days: number }
  | { kind: "relPeriod"; unit: Unit; n: number }
  | { kind: "ago"; unit: Unit; n: number }
  | { kind: "offset"; unit: Unit; n: number }
  | { kind: "period"; value: string }
  /** a holiday of each year: a fixed day, or days from Easter */
  | { kind: "holiday"; rule: HolidayRule }
  | { kind: "season"; month: number; n: number }
  /** a quarter or a half of a year, by its first month, of a year given or not */
  | { kind: "quarter"; month: number; year?: number };

export interface Found {
  /** tokens[t0, t1) */
  t0: number;
  t1: number;
  expr: TimeExpression;
}

const YEAR = /^(1[89]\d\d|20\d\d|2100)$/;
const DAY_NUMBER = /^(0?[1-9]|[12]\d|3[01])$/;
const CURRENCY = /^[$€£¥]$|^(usd|eur|dollars?|euros?|n°|no|number|numéro|numero|route|vol|flight|article|art)$/i;

/** Finds the time expressions of one sentence's tokens, longest first, none overlapping. */
export class TimeMatcher {
  constructor(
    private readonly tokens: readonly Token[],
    private readonly lex: TimeLexicon,
    /** the language's verbs of speech: a day right after one dates the saying ("said on Monday it would …") */
    private readonly speechVerbs: NameIndex<true> | null = null,
  ) {}

  private norm(i: number): string {
    return this.tokens[i]?.norm ?? "";
  }
  private text(i: number): string {
    return this.tokens[i]?.text ?? "";
  }
  private month(i: number): number | undefined {
    if (this.lex.monthsCapitalized && !/^\p{Lu}/u.test(this.text(i))) return undefined;
    return this.lex.months.get(this.norm(i));
  }
  private weekday(i: number): number | undefined {
    return this.lex.weekdays.get(this.norm(i));
  }
  private dayNumber(i: number): number | undefined {
    const t = this.tokens[i];
    return t && t.kind === "number" && DAY_NUMBER.test(t.text) ? Number(t.text) : undefined;
  }
  private year(i: number): number | undefined {
    const t = this.tokens[i];
    return t && t.kind === "number" && YEAR.test(t.text) ? Number(t.text) : undefined;
  }
  private count(i: number): number | undefined {
    const t = this.tokens[i];
    if (!t) return undefined;
    if (t.kind === "number" && /^\d{1,3}$/.test(t.text)) return Number(t.text);
    return this.lex.numbers.get(t.norm);
  }
  /** i past a period after an abbreviation ("Dec.") */
  private skipDot(i: number): number {
    return this.text(i) === "." ? i + 1 : i;
  }

  /** DAY [er] MONTH [YEAR] | MONTH DAY [th] [,] [YEAR] | DAY/MONTH[/YEAR] | YEAR-MONTH-DAY, after an optional weekday. */
  private date(i: number, end: number): Found | null {
    let k = i;
    if (this.weekday(k) !== undefined) {
      k++;
      if (this.text(k) === ",") k++;
    }
    const day = this.dayNumber(k);
    if (day !== undefined) {
      let j = k + 1;
      if (this.lex.ordinalDay.has(this.norm(j))) j++;
      const month = this.month(j);
      if (month !== undefined && j < end) {
        j = this.skipDot(j + 1);
        const year = this.year(j);
        return { t0: i, t1: year !== undefined ? j + 1 : j - (this.text(j - 1) === "." ? 1 : 0), expr: { kind: "date", month, day, ...(year !== undefined ? { year } : {}) } };
      }
      // 27/11/2024, (2/12)
      if (this.text(k + 1) === "/" && this.dayNumber(k + 2) !== undefined && Number(this.text(k + 2)) <= 12) {
        const m = Number(this.text(k + 2));
        const hasYear = this.text(k + 3) === "/" && this.year(k + 4) !== undefined;
        return { t0: i, t1: hasYear ? k + 5 : k + 3, expr: { kind: "date", month: m, day, ...(hasYear ? { year: this.year(k + 4)! } : {}) } };
      }
    }
    const month = this.month(k);
    if (month !== undefined) {
      let j = this.skipDot(k + 1);
      const d = this.dayNumber(j);
      if (d !== undefined) {
        j++;
        if (this.lex.ordinalDay.has(this.norm(j))) j++;
        const afterComma = this.text(j) === "," ? j + 1 : j;
        const year = this.year(afterComma);
        return { t0: i, t1: year !== undefined ? afterComma + 1 : j, expr: { kind: "date", month, day: d, ...(year !== undefined ? { year } : {}) } };
      }
    }
    // (June 5) after a weekday: "Wednesday (June 5)", "lundi (2/12)"
    if (k > i && this.text(k) === "(") {
      const inner = this.date(k + 1, end);
      if (inner && inner.expr.kind === "date" && this.text(inner.t1) === ")") return { t0: i, t1: inner.t1 + 1, expr: inner.expr };
    }
    // 2024-12-02
    const y = this.year(i);
    if (y !== undefined && this.text(i + 1) === "-" && this.text(i + 3) === "-") {
      const m = Number(this.text(i + 2));
      const d2 = Number(this.text(i + 4));
      if (m >= 1 && m <= 12 && d2 >= 1 && d2 <= 31) return { t0: i, t1: i + 5, expr: { kind: "date", year: y, month: m, day: d2 } };
    }
    return null;
  }

  /** MONTH YEAR; MONTH with a preposition before or "dernier"/"last" after. */
  private monthExpression(i: number, end: number): Found | null {
    const month = this.month(i);
    if (month === undefined || (this.text(i) === "May" && !this.prepositionBefore(i))) return null;
    const j = this.skipDot(i + 1);
    const year = this.year(j);
    if (year !== undefined) return { t0: i, t1: j + 1, expr: { kind: "month", month, year, dir: 0 } };
    // ("de sept ans", "en sept jours": a month's short name that is also a number word names the month only with its year)
    if (this.lex.numbers.has(this.norm(i))) return null;
    const named = (t0: number, t1: number, dir: -1 | 0 | 1): Found => ({ t0, t1, expr: { kind: "month", month, dir } });
    // ("novembre dernier", "March next"; "last November", "next March": the word after or before the month;
    // in a November article, "last November" is a year back)
    const direction = (k: number): -1 | 1 | null => (this.lex.last.has(this.norm(k)) ? -1 : this.lex.next.has(this.norm(k)) ? 1 : null);
    const after = i + 1 < end ? direction(i + 1) : null;
    if (after) return named(i, i + 2, after);
    const before = direction(i - 1);
    if (before) return named(i - 1, i + 1, before);
    // ("le mois d'avril", "the month of March": the month's noun and its link belong to the span)
    const linked = this.lex.monthLinks.has(this.norm(i - 1));
    if (linked && this.lex.monthNouns.has(this.norm(i - 2))) return named(i - 2, i + 1, 0);
    // ("postponed to January", "from March to June": a range's closing link stands for a preposition)
    if (linked || this.prepositionBefore(i) || this.lex.rangeTo.has(this.norm(i - 1))) return named(i, i + 1, 0);
    return null;
  }

  /** "fin novembre", "mi-décembre", "début 2024", "early December", "mid-2023", "the end of November". */
  private monthPart(i: number): Found | null {
    const t = this.norm(i);
    const dash = /^([a-z]+)-(.+)$/.exec(t);
    if (dash && this.lex.monthParts.has(dash[1]!)) {
      const part = this.lex.monthParts.get(dash[1]!)!;
      const m = this.lex.months.get(dash[2]!);
      if (m !== undefined) return { t0: i, t1: i + 1, expr: { kind: "monthPart", part, month: m, ...(this.year(i + 1) ? { year: this.year(i + 1)! } : {}) } };
      if (YEAR.test(dash[2]!)) return { t0: i, t1: i + 1, expr: { kind: "monthPart", part, year: Number(dash[2]) } };
    }
    const part = this.lex.monthParts.get(t);
    if (!part) return null;
    let k = i + 1;
    if (/^(of|de|d'|du)$/.test(this.norm(k))) k++;
    if (this.norm(k) === "-") k++;
    const m = this.month(k);
    if (m !== undefined) {
      const y = this.year(k + 1);
      return { t0: i, t1: y !== undefined ? k + 2 : k + 1, expr: { kind: "monthPart", part, month: m, ...(y !== undefined ? { year: y } : {}) } };
    }
    const y = this.year(k);
    if (y === undefined || this.text(k + 1) === "s") return null; // "the late 1800s" is too vague
    return { t0: i, t1: k + 1, expr: { kind: "monthPart", part, year: y } };
  }

  /** "lundi", "ce mardi", "mardi dernier", "next Monday", "this coming Friday", "dimanche soir". */
  private weekdayExpression(i: number, end: number): Found | null {
    let k = i;
    let dir: -1 | 0 | 1 | null = null;
    if (this.lex.this.has(this.norm(k)) && this.weekday(k + 1) === undefined && this.lex.next.has(this.norm(k + 1))) {
      dir = 1;
      k += 2;
    } else if (this.lex.last.has(this.norm(k)) && this.weekday(k + 1) !== undefined) {
      dir = -1;
      k++;
    } else if (this.lex.next.has(this.norm(k)) && this.weekday(k + 1) !== undefined) {
      dir = 1;
      k++;
    } else if (this.lex.this.has(this.norm(k)) && this.weekday(k + 1) !== undefined) {
      dir = 0;
      k++;
    }
    const weekday = this.weekday(k);
    if (weekday === undefined) return null;
    const dated = this.date(k, end);
    if (dated && dated.t1 > k + 1) return { ...dated, t0: i };
    // an abbreviation alone ("Sun", "Sat") is a name or a word more often than a day
    const abbreviated = this.text(k).length <= 4 && !/day$/i.test(this.text(k));
    if (abbreviated && this.text(k + 1) !== "," && this.text(k + 1) !== ".") return null;
    let t1 = k + 1;
    if (this.lex.last.has(this.norm(t1)) && t1 < end) {
      dir = -1;
      t1++;
    } else if (this.lex.next.has(this.norm(t1)) && t1 < end) {
      dir = 1;
      t1++;
    }
    const part = this.lex.dayParts.longestAt(this.tokens, t1, end);
    if (part) t1 = part.end;
    // "une grève pour lundi", "called for Monday": the coming one
    if (dir === null && k === i && i > 0 && this.lex.futureBefore.has(this.norm(i - 1))) dir = 1;
    return { t0: i, t1, expr: { kind: "weekday", weekday, dir } };
  }

  /** "dans la nuit de vendredi à samedi": the night begins on the first day. */
  private nightOf(i: number, end: number): Found | null {
    const m = this.lex.nightOf.longestAt(this.tokens, i, end);
    if (!m) return null;
    const w = this.weekday(m.end);
    if (w === undefined) return null;
    const t1 = this.weekday(m.end + 2) !== undefined ? m.end + 3 : m.end + 1;
    return { t0: i, t1, expr: { kind: "weekday", weekday: w, dir: null } };
  }

  /** "du 16 au 21 février", "les 12 et 13 décembre": the start of the range. */
  private range(i: number): Found | null {
    const first = this.dayNumber(i);
    if (first !== undefined && this.lex.dayPairLinks.has(this.norm(i + 1))) {
      const second = this.date(i + 2, this.tokens.length);
      if (second && second.expr.kind === "date") return { t0: i, t1: second.t1, expr: { ...second.expr, day: first } };
    }
    if (!this.lex.rangeFrom.has(this.norm(i))) return null;
    const d1 = this.dayNumber(i + 1);
    if (d1 === undefined || !this.lex.rangeTo.has(this.norm(i + 2))) return null;
    const second = this.date(i + 3, this.tokens.length);
    if (!second || second.expr.kind !== "date") return null;
    return { t0: i, t1: second.t1, expr: { ...second.expr, day: d1 } };
  }

  /** "il y a trois jours", "13 years ago"; "two days later", "une semaine plus tôt". */
  private ago(i: number, end: number): Found | null {
    const before = this.lex.agoBefore.longestAt(this.tokens, i, end);
    if (before) {
      const n = this.count(before.end);
      const unit = this.lex.units.get(this.norm(before.end + 1));
      if (n !== undefined && unit) return { t0: i, t1: before.end + 2, expr: { kind: "ago", unit, n } };
    }
    const n = this.count(i);
    const unit = this.lex.units.get(this.norm(i + 1));
    if (n === undefined || !unit) return null;
    if (this.lex.agoAfter.has(this.norm(i + 2))) return { t0: i, t1: i + 3, expr: { kind: "ago", unit, n } };
    // "two days later", "une semaine plus tôt": from the previous date of the text
    const offset = i + 2 < end ? this.lex.offsets.longestAt(this.tokens, i + 2, end) : null;
    if (offset) return { t0: i, t1: offset.end, expr: { kind: "offset", unit, n: n * offset.values[0]! } };
    return null;
  }

  /** A four-digit year that is no count, amount or number ("2 000 personnes", "$2024", "route 2024"). */
  private bareYear(i: number, end: number): Found | null {
    const year = this.year(i);
    if (year === undefined) return null;
    const prev = this.tokens[i - 1];
    const next = this.tokens[i + 1];
    if (prev && (CURRENCY.test(prev.text) || prev.kind === "number" || prev.text === "/" || prev.text === "-")) return null;
    if (next && (next.text === "/" || next.text === "-" || next.text === "%" || (next.kind === "number" && next.start - this.tokens[i]!.end <= 1))) return null;
    if (next && i + 1 < end && this.lex.countNouns.has(next.norm)) return null;
    // "les années 1980", "the 1980s"; "the late 1800s" is too vague to resolve
    const decade = /0$/.test(String(year)) && (this.text(i + 1) === "s" || (this.lex.decades.has(this.norm(i - 1)) && this.norm(i - 2) === "les"));
    if (decade && this.lex.monthParts.has(this.norm(i - 1))) return null;
    if (decade) return { t0: i, t1: this.text(i + 1) === "s" ? i + 2 : i + 1, expr: { kind: "year", year, decade: true } };
    return { t0: i, t1: i + 1, expr: { kind: "year", year, decade: false } };
  }

  /** Whether an expression may start at token i: a number, or a word some time expression starts with. */
  private mayStart(i: number): boolean {
    const t = this.tokens[i]!;
    if (t.kind === "number") return true;
    if (t.kind !== "word" && t.kind !== "clitic") return false;
    const n = t.norm;
    return this.lex.starters.has(n) || (n.includes("-") && this.lex.monthParts.has(n.slice(0, n.indexOf("-"))));
  }

  /** "the third quarter (of 2024)", "au premier semestre 2025", "Q3 2024": a quarter or a half, with the year after it if any. */
  private quarter(i: number, end: number): Found | null {
    const always = this.lex.quarters.longestAt(this.tokens, i, end);
    const q = always ?? this.lex.yearQuarters.longestAt(this.tokens, i, end);
    if (!q) return null;
    const at = q.end < end && this.lex.yearLinks.has(this.norm(q.end)) ? q.end + 1 : q.end;
    const year = at < end && YEAR.test(this.text(at)) ? Number(this.text(at)) : undefined;
    if (year === undefined && !always) return null;
    return { t0: i, t1: year !== undefined ? at + 1 : q.end, expr: { kind: "quarter", month: q.values[0]!, ...(year !== undefined ? { year } : {}) } };
  }

  /**
   * Whether a holiday's name at tokens [i, end) modifies a noun rather than dating anything: after
   * an article or a noun's link ("the Christmas market", "le marché de Noël"), or between a name
   * and a lower-case noun ("Magdeburg Christmas market").
   */
  private holidayModifies(i: number, end: number): boolean {
    if (i > 0 && this.lex.holidayModifiers.has(this.norm(i - 1))) return true;
    const before = this.tokens[i - 1];
    const after = this.tokens[end];
    // (a name, not the capitalized first word of a sentence: "Le lundi de Pentecôte sera travaillé")
    const opening = i < 2 || /^[.!?:;—–-]$/.test(this.tokens[i - 2]!.text);
    return !!before && !!after && !opening && before.kind === "word" && /^\p{Lu}/u.test(before.text) && after.kind === "word" && /^\p{Ll}/u.test(after.text);
  }

  private at(i: number, end: number): Found | null {
    if (!this.mayStart(i)) return null;
    const p = this.lex.periods.longestAt(this.tokens, i, end);
    if (p) return { t0: i, t1: p.end, expr: { kind: "period", value: p.values[0]! } };
    // (not "Noël Le Graët": a capitalized word after the name makes it someone's)
    const h = this.lex.holidays.longestAt(this.tokens, i, end);
    if (h && !/^\p{Lu}/u.test(this.tokens[h.end]?.text ?? "") && !this.holidayModifies(i, h.end)) return { t0: i, t1: h.end, expr: { kind: "holiday", rule: h.values[0]! } };
    const rel = this.lex.relativeDays.longestAt(this.tokens, i, end);
    const anchored = this.lex.anchoredDays.longestAt(this.tokens, i, end);
    const period = this.lex.relativePeriods.longestAt(this.tokens, i, end);
    const anchoredPeriod = this.lex.anchoredPeriods.longestAt(this.tokens, i, end);
    const season = this.lex.seasons.longestAt(this.tokens, i, end);
    const fixed = [
      rel && ({ t0: i, t1: rel.end, expr: { kind: "relDay", days: rel.values[0]! } } as Found),
      anchored && ({ t0: i, t1: anchored.end, expr: { kind: "anchored", days: anchored.values[0]! } } as Found),
      period && ({ t0: i, t1: period.end, expr: { kind: "relPeriod", unit: period.values[0]![0], n: period.values[0]![1] } } as Found),
      anchoredPeriod && ({ t0: i, t1: anchoredPeriod.end, expr: { kind: "offset", unit: anchoredPeriod.values[0]![0], n: anchoredPeriod.values[0]![1] } } as Found),
      season && ({ t0: i, t1: season.end, expr: { kind: "season", month: season.values[0]![0], n: season.values[0]![1] } } as Found),
    ].filter((f): f is Found => !!f);
    const quarter = this.quarter(i, end);
    if (quarter) fixed.push(quarter);
    const weekend = this.lex.weekend.longestAt(this.tokens, i, end);
    if (weekend) fixed.push({ t0: i, t1: weekend.end, expr: { kind: "weekend" } });
    const longestFixed = fixed.sort((a, b) => b.t1 - a.t1)[0];
    return (
      this.nightOf(i, end) ??
      this.range(i) ??
      this.date(i, end) ??
      this.monthPart(i) ??
      longestFixed ??
      this.ago(i, end) ??
      this.weekdayExpression(i, end) ??
      this.monthExpression(i, end) ??
      this.bareYear(i, end)
    );
  }

  /** The expressions of tokens[from, end), each with a preposition just before it taken into its span. */
  find(from: number, end: number): Found[] {
    const out: Found[] = [];
    for (let i = from; i < end; i++) {
      const f = this.at(i, end);
      if (!f) continue;
      const before = f.t0 > from ? this.prepositionBefore(f.t0) : 0;
      if (before === 1 && this.tokens[f.t0 - 1]!.kind === "word") f.t0--;
      else if (before === 2 && f.t0 - 2 >= from) f.t0 -= 2;
      out.push(f);
      i = f.t1 - 1;
    }
    return out;
  }

  /** How many tokens a preposition just before token i takes: one ("en", "in"), two for an elided one ("d'ici": "d'" and "ici"), else 0. */
  private prepositionBefore(i: number): 0 | 1 | 2 {
    if (i > 0 && this.lex.prepositions.has(this.norm(i - 1))) return 1;
    return i > 1 && this.tokens[i - 2]!.kind === "clitic" && this.lex.prepositions.has(this.norm(i - 2) + this.norm(i - 1)) ? 2 : 0;
  }

  /**
   * Whether a day's date names what happened that day, after its noun ("la frappe du 1er avril",
   * "the attack of October 7") or before it ("the April 1 strike"): a past happening told by its
   * day, not the day the story runs from. A time's own noun is none ("la nuit du 13 avril").
   */
  namesHappening(f: Found): boolean {
    if (f.expr.kind !== "date") return false;
    const noun = (i: number) => {
      const t = this.tokens[i];
      if (!t || t.kind !== "word" || t.text !== t.text.toLowerCase() || t.text.length < 3) return false;
      const n = this.norm(i);
      return !this.lex.units.has(n) && !this.lex.dayParts.longestAt(this.tokens, i, i + 1) && !this.lex.notEventNouns.has(n);
    };
    if (this.lex.eventDateLinks.has(this.norm(f.t0))) return noun(f.t0 - 1);
    return f.t0 > 0 && this.lex.eventDateDeterminers.has(this.norm(f.t0 - 1)) && noun(f.t1);
  }

  /** Whether a word of a limit ("jusqu'au", "until") opens the expression at tokens[t0] or stands just before it. */
  until(t0: number): boolean {
    return this.lex.untilWords.has(this.norm(t0)) || (t0 > 0 && this.lex.untilWords.has(this.norm(t0 - 1)));
  }

  /** Whether a verb of calling for something ("appelé à", "called for") stands a few words before tokens[t0], in its clause. */
  calledFor(t0: number, from: number): boolean {
    for (let i = t0 - 2; i >= from && i >= t0 - CLAUSE_REACH; i--) {
      if ([",", ";", "—", "("].includes(this.text(i))) return false;
      if (this.lex.callCues.longestAt(this.tokens, i, t0)) return true;
    }
    return false;
  }

  /** Whether the clause around tokens[t0, t1) speaks of the future ("lundi prochain", "will travel", "reviendra"). */
  future(t0: number, t1: number, from: number, end: number): boolean {
    const cueAt = (i: number) =>
      !!this.lex.futureCues.longestAt(this.tokens, i, end) || (!!this.lex.futureVerb && this.tokens[i]!.kind === "word" && this.text(i) === this.text(i).toLowerCase() && this.lex.futureVerb.test(this.norm(i)) && !this.lex.notFutureVerbs.has(this.norm(i)));
    const boundary = (i: number) => [",", ";", "—", "("].includes(this.text(i)) || !!this.lex.clauseBreaks.longestAt(this.tokens, i, end);
    let reach = t0 - CLAUSE_REACH;
    for (let i = t0 - 1; i >= from && i >= reach; i--) {
      if (boundary(i)) {
        // "Le concert aura lieu samedi, puis un autre en juin": a clause of a few words after a coordinator, with no verb, has the tense of the one before
        const coordinator = this.lex.ellipsisCoordinators.has(this.norm(i)) ? i : this.text(i) === "," && this.lex.ellipsisCoordinators.has(this.norm(i + 1)) ? i + 1 : -1;
        if (coordinator < 0 || t0 - coordinator > 4) break;
        reach = i - CLAUSE_REACH;
        continue;
      }
      if (cueAt(i)) return true;
    }
    // ("avait abaissé fin septembre ses prévisions", "had cut in March its forecast": a past auxiliary and its participle just before the date set the clause in the past)
    if (t0 >= from + 2 && this.lex.pastAuxiliaries.has(this.norm(t0 - 2)) && this.tokens[t0 - 1]!.kind === "word") return false;
    // a fronted date ("Le 10 janvier, le sommet se tiendra…") speaks for the clause after its comma; one inside a clause
    // ("X, who took office in January, said prices would fall") for its own clause only
    const fronted = t0 - from <= FRONTED_DATE;
    if (this.text(t1) === "," && !fronted) return false;
    // "said on Monday it would cut jobs", "a annoncé lundi qu'il fermera": a day right after a verb of speech dates the saying, not what is said
    if (t0 > from && this.speechVerbs?.endsNear(this.tokens, t0, from, 3)) return false;
    for (let i = this.text(t1) === "," ? t1 + 1 : t1; i < end && i < t1 + 8 && !boundary(i); i++) if (cueAt(i)) return true;
    return false;
  }
}
