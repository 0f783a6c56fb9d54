import { queryString } from "./dom.js";

/** The API of the server that served the app (same origin: nothing else is ever asked). */
export class ApiError extends Error {}

export async function api<T>(path: string, params: Record<string, string | number | undefined> = {}): Promise<T> {
  const q = queryString(params);
  const url = `api/${path}${q ? `?${q}` : ""}`;
  const res = await fetch(url, { headers: { accept: "application/json" } });
  const body = (await res.json().catch(() => null)) as { message?: string } | null;
  if (!res.ok) throw new ApiError(body?.message ?? `${res.status} ${res.statusText}`);
  return body as T;
}

export interface Page<T> {
  items: T[];
  next: string | null;
}

export interface EventRow {
  event_id: number; event_date: string | null; date_precision: string | null; event_type: string; status: string;
  actor1: string | null; actor2: string | null; place: string | null; place_country: string | null;
  latitude: number | null; longitude: number | null; source: string | null; fatalities: number | null;
  evidence: string; trigger: string; document: string; outlet: string | null; document_id: number; lang: string;
}

export interface Stats {
  documents: number; events: number; entities: number; quotes: number; stories: number;
  languages: Record<string, number>; outlets: { outlet: string; documents: number }[]; eventTypes: { type: string; n: number }[];
  countries: { country: string; events: number }[];
}
