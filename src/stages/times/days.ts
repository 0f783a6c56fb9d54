import type { CalendarValue, Precision } from "../../document/document.js";

const DAY_MS = 86_400_000;

/** A calendar day (UTC), the unit time arithmetic works in. */
export class Day {
  private constructor(readonly ms: number) {}

  static of(year: number, month: number, day: number): Day | null {
    const ms = Date.UTC(year, month - 1, day);
    const d = new Date(ms);
    return d.getUTCFullYear() === year && d.getUTCMonth() === month - 1 && d.getUTCDate() === day ? new Day(ms) : null;
  }

  /** The first and last day of a calendar value's span (a month runs from its 1st to its last day). */
  static span(v: CalendarValue): [Day, Day] {
    const [y, m, d] = v.value.split("-").map(Number) as [number, number?, number?];
    if (m === undefined) return [new Day(Date.UTC(y, 0, 1)), new Day(Date.UTC(y, 11, 31))];
    if (d === undefined) return [new Day(Date.UTC(y, m - 1, 1)), new Day(Date.UTC(y, m, 0))];
    const day = new Day(Date.UTC(y, m - 1, d));
    return [day, day];
  }

  get year(): number {
    return new Date(this.ms).getUTCFullYear();
  }
  get month(): number {
    return new Date(this.ms).getUTCMonth() + 1;
  }
  /** Monday = 1 … Sunday = 7 */
  get weekday(): number {
    return ((new Date(this.ms).getUTCDay() + 6) % 7) + 1;
  }

  plus(days: number): Day {
    return new Day(this.ms + days * DAY_MS);
  }
  /** days from `other` to this day */
  since(other: Day): number {
    return Math.round((this.ms - other.ms) / DAY_MS);
  }
  monday(): Day {
    return this.plus(1 - this.weekday);
  }

  /** The `weekday` on or before this day (back = true) or on or after it. */
  nearest(weekday: number, back: boolean): Day {
    const diff = weekday - this.weekday;
    return back ? this.plus(diff > 0 ? diff - 7 : diff) : this.plus(diff < 0 ? diff + 7 : diff);
  }

  value(): CalendarValue {
    const d = new Date(this.ms);
    const p = (n: number) => String(n).padStart(2, "0");
    return { value: `${d.getUTCFullYear()}-${p(d.getUTCMonth() + 1)}-${p(d.getUTCDate())}`, precision: "day" };
  }
}

export function calendar(year: number, month?: number): CalendarValue {
  const precision: Precision = month === undefined ? "year" : "month";
  return { value: month === undefined ? String(year) : `${year}-${String(month).padStart(2, "0")}`, precision };
}

/** The month `n` months after year/month. */
export function addMonths(year: number, month: number, n: number): [number, number] {
  const total = year * 12 + (month - 1) + n;
  return [Math.floor(total / 12), (total % 12) + 1];
}

/** Easter Sunday of a Gregorian year (the anonymous Gregorian computus). */
export function easter(year: number): Day {
  const a = year % 19;
  const b = Math.floor(year / 100);
  const c = year % 100;
  const h = (19 * a + b - Math.floor(b / 4) - Math.floor((8 * b + 13) / 25) + 15) % 30;
  const l = (32 + 2 * (b % 4) + 2 * Math.floor(c / 4) - h - (c % 4)) % 7;
  const m = Math.floor((a + 11 * h + 22 * l) / 451);
  const month = Math.floor((h + l - 7 * m + 114) / 31);
  const day = ((h + l - 7 * m + 114) % 31) + 1;
  return Day.of(year, month, day)!;
}
