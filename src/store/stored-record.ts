/**
 * A stored document's analysis read back from the tables, as far as they keep it: enough for
 * what is computed afterwards from a record (story features of documents stored before stories
 * existed). Sentences are not stored: the first one is found again by its final stop.
 */
import type { CalendarValue, EntityRecord, EventRecord, EventStatus, Precision, TimeRecord } from "../document/document.js";
import { SCHEMA, type AnalysisRecord } from "../record/record.js";
import type { Sql } from "./sql.js";

const FIRST_SENTENCE = /^[\s\S]*?[.!?…](?=\s|$)/;

export async function storedRecord(sql: Sql, id: number): Promise<AnalysisRecord> {
  const d = (await sql.get<{
    doc_key: string; source: string | null; url: string | null; outlet: string | null; lang: string; date: string | null; date_precision: Precision | null; title: string | null; text: string;
  }>("SELECT doc_key, source, url, outlet, lang, date, date_precision, title, text FROM documents WHERE id = ?", [id]))!;
  const date = (value: string | null, precision: Precision | null): CalendarValue | null => (value && precision ? { value, precision } : null);
  const entities = new Map<number, EntityRecord>();
  const mentions = await sql.all<{ entity_id: number; local_id: string; role: string | null; start: number; end: number; text: string; kb: string | null; name: string; type: EntityRecord["type"]; country: string | null }>(
    "SELECT m.entity_id, m.local_id, m.role, m.start, m.stop AS end, m.text, e.kb, e.name, e.type, e.country FROM mentions m JOIN entities e ON e.id = m.entity_id WHERE m.document_id = ? ORDER BY m.start, m.stop",
    [id],
  );
  for (const m of mentions) {
    let e = entities.get(m.entity_id);
    if (!e) entities.set(m.entity_id, (e = { id: m.local_id, name: m.name, type: m.type, aliases: [], role: m.role, country: m.country, countrySource: null, kb: m.kb, geo: null, mentions: [] }));
    e.mentions.push({ start: m.start, end: m.end, text: m.text });
  }
  const local = (entityId: number | null) => (entityId === null ? null : (entities.get(entityId)?.id ?? null));
  const times = (await sql.all<Omit<TimeRecord, "kind">>("SELECT start, stop AS end, text, value, precision FROM times WHERE document_id = ? ORDER BY start, stop", [id])).map((t) => ({ ...t, kind: "date" }));
  const events = (
    await sql.all<{
      id: number; type: string; mode: string | null; trigger_start: number; trigger_end: number; trigger_text: string; actor_id: number | null; target_id: number | null; place_id: number | null;
      date: string | null; date_precision: Precision | null; status: EventStatus; source_id: number | null; fatalities: number | null; evidence_start: number; evidence_end: number;
    }>("SELECT id, type, mode, trigger_start, trigger_end, trigger_text, actor_id, target_id, place_id, date, date_precision, status, source_id, fatalities, evidence_start, evidence_end FROM events WHERE document_id = ? ORDER BY id", [id])
  ).map((v): EventRecord => ({
    id: `V${v.id}`, type: v.type, mode: v.mode, trigger: { start: v.trigger_start, end: v.trigger_end, text: v.trigger_text },
    actor: local(v.actor_id), target: local(v.target_id), place: local(v.place_id), date: date(v.date, v.date_precision), status: v.status,
    source: local(v.source_id), fatalities: v.fatalities, evidence: { start: v.evidence_start, end: v.evidence_end },
  }));
  const first = FIRST_SENTENCE.exec(d.text)?.[0].length ?? d.text.length;
  return {
    schema: SCHEMA,
    doc: { id: d.doc_key, source: d.source, lang: d.lang, date: date(d.date, d.date_precision), outlet: d.outlet, title: d.title, url: d.url, author: null, langConfidence: 1, warnings: [] },
    text: d.text, entities: [...entities.values()], times, quotes: [], events, framing: [],
    sentences: [{ start: 0, end: first }, { start: first, end: d.text.length }],
  };
}
