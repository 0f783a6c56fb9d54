import type { CalendarValue } from "../document/document.js";
import type { KnownEntity, Office } from "./types.js";

const DAY = 86_400_000;

const boundsCache = new Map<string, [number, number]>();

/** [start, end) in ms of a partial date YYYY[-MM[-DD]]; `end` of a from-date is not used. */
function bounds(value: string): [number, number] {
  let b = boundsCache.get(value);
  if (!b) {
    b = computeBounds(value);
    boundsCache.set(value, b);
  }
  return b;
}

function computeBounds(value: string): [number, number] {
  const [y, m, d] = value.split("-").map(Number) as [number, number?, number?];
  if (m === undefined) return [Date.UTC(y, 0, 1), Date.UTC(y + 1, 0, 1)];
  if (d === undefined) return [Date.UTC(y, m - 1, 1), Date.UTC(y, m, 1)];
  const t = Date.UTC(y, m - 1, d);
  return [t, t + DAY];
}

/** How long (ms) a term of office overlaps [start, end). */
function overlap(office: Office, start: number, end: number): number {
  const from = office.from ? bounds(office.from)[0] : -Infinity;
  const to = office.to ? bounds(office.to)[0] : Infinity;
  return Math.min(end, to) - Math.max(start, from);
}

interface Term {
  holder: KnownEntity;
  office: Office;
}

/** Who held an office of a country or organization at a date: "President of Syria" in December 2024. */
export class OfficeIndex {
  private readonly terms = new Map<string, Term[]>();

  add(holder: KnownEntity): void {
    for (const office of holder.offices) {
      const key = `${office.office}|${office.of}`;
      const list = this.terms.get(key) ?? [];
      list.push({ holder, office });
      this.terms.set(key, list);
    }
  }

  /**
   * The holder of `office` of `of` during `date`: the term that covers most of the date's span
   * (a month-precision date is a month). Without a date, the current holder.
   */
  holder(office: string, of: string, date: CalendarValue | null): { holder: KnownEntity; office: Office } | null {
    const terms = this.terms.get(`${office}|${of}`);
    if (!terms) return null;
    if (!date) return terms.find((t) => t.office.to === null) ?? null;
    const [start, end] = bounds(date.value);
    let best: Term | null = null;
    let bestOverlap = 0;
    for (const t of terms) {
      const o = overlap(t.office, start, end);
      if (o > bestOverlap) {
        best = t;
        bestOverlap = o;
      }
    }
    return best;
  }

  /** The offices someone held during `date` (all of them when no date is known). */
  static heldAt(entity: KnownEntity, date: CalendarValue | null): Office[] {
    if (!date) return entity.offices.filter((o) => o.to === null);
    const [start, end] = bounds(date.value);
    return entity.offices.filter((o) => overlap(o, start, end) > 0);
  }
}
