import type { CalendarValue } from "../document/document.js";

const DAY_MS = 86_400_000;

/** A calendar day as a whole number of days since 1970-01-01 (UTC). */
export function dayNumber(value: string): number {
  const [y, m, d] = value.split("-").map(Number);
  return Math.round(Date.UTC(y!, (m ?? 1) - 1, d ?? 1) / DAY_MS);
}

/** A day number back to YYYY-MM-DD. */
export function dayString(day: number): string {
  return new Date(day * DAY_MS).toISOString().slice(0, 10);
}

/** The days a calendar value covers, first and last: one day, a month or a year. */
export function dayRange(v: CalendarValue): [number, number] {
  if (v.precision === "day") {
    const d = dayNumber(v.value);
    return [d, d];
  }
  const [y, m] = v.value.split("-").map(Number);
  if (v.precision === "month") return [dayNumber(v.value), Math.round(Date.UTC(y!, m!, 1) / DAY_MS) - 1];
  return [dayNumber(`${y}-01-01`), dayNumber(`${y}-12-31`)];
}
