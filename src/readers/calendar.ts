import type { CalendarValue } from "../document/document.js";

const pad = (n: number) => String(n).padStart(2, "0");

function daysInMonth(year: number, month: number): number {
  return new Date(Date.UTC(year, month, 0)).getUTCDate();
}

/** A calendar value from its parts, or null when the parts name no real date. */
export function calendarValue(year: number, month?: number, day?: number): CalendarValue | null {
  if (!Number.isInteger(year) || year < 1 || year > 9999) return null;
  if (month === undefined) return { value: String(year).padStart(4, "0"), precision: "year" };
  if (!Number.isInteger(month) || month < 1 || month > 12) return null;
  if (day === undefined) return { value: `${year}-${pad(month)}`, precision: "month" };
  if (!Number.isInteger(day) || day < 1 || day > daysInMonth(year, month)) return null;
  return { value: `${year}-${pad(month)}-${pad(day)}`, precision: "day" };
}

const ISO = /^(\d{4})(?:-(\d{1,2})(?:-(\d{1,2}))?)?(?=$|[T\s])/;

/**
 * A publication date as inputs give it: YYYY, YYYY-MM, YYYY-MM-DD, an ISO date-time, or a
 * date the JavaScript Date parser reads (RFC 2822, as feeds write them). Null when unreadable.
 */
export function parseDateString(raw: string | null | undefined): CalendarValue | null {
  const s = (raw ?? "").trim();
  if (!s) return null;
  const iso = ISO.exec(s);
  if (iso) return calendarValue(Number(iso[1]), iso[2] ? Number(iso[2]) : undefined, iso[3] ? Number(iso[3]) : undefined);
  const ms = Date.parse(s);
  if (Number.isNaN(ms)) return null;
  const d = new Date(ms);
  return calendarValue(d.getUTCFullYear(), d.getUTCMonth() + 1, d.getUTCDate());
}
