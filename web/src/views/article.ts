/**
 * The article page: the text with every extracted item highlighted at its span — entities,
 * times, quotations with their speakers, event triggers, framing labels. Items may nest (a
 * name inside a quotation): the text is cut at every item's edges and each piece carries the
 * items covering it. A click on a piece shows their records.
 */
import { api } from "../api.js";
import { append, h, pageLink, swatch } from "../dom.js";
import { typeColor } from "../colors.js";

interface Span { start: number; end: number; text: string }
interface DocumentView {
  id: number; key: string; title: string | null; date: string | null; outlet: string | null; lang: string; url: string | null; story_id: number | null; text: string;
  entities: { id: number; name: string; type: string; kb: string | null; country: string | null; lat: number | null; lon: number | null; roles: string[]; mentions: Span[] }[];
  times: (Span & { value: string; precision: string })[];
  quotes: (Span & { kind: string; speaker: string | null; speaker_text: string | null; cue: string | null })[];
  events: { id: number; type: string; status: string; trigger: Span; actor: string | null; target: string | null; place: string | null; source: string | null; date: string | null; fatalities: number | null }[];
  framing: (Span & { term: string; category: string; voice: string; neutral: string | null; refers_to: string | null; spans: { start: number; end: number }[] })[];
}

type Kind = "entity" | "time" | "quote" | "event" | "framing";
interface Item { kind: Kind; start: number; end: number; record: object; css: string }

function items(doc: DocumentView): Item[] {
  const out: Item[] = [];
  for (const e of doc.entities) {
    const { mentions: _m, ...record } = e;
    for (const m of e.mentions) out.push({ kind: "entity", start: m.start, end: m.end, record, css: `hl-entity hl-${e.type}` });
  }
  for (const t of doc.times) out.push({ kind: "time", start: t.start, end: t.end, record: t, css: "hl-time" });
  for (const q of doc.quotes) out.push({ kind: "quote", start: q.start, end: q.end, record: q, css: `hl-quote hl-${q.kind}` });
  for (const v of doc.events) out.push({ kind: "event", start: v.trigger.start, end: v.trigger.end, record: v, css: "hl-event" });
  for (const f of doc.framing) for (const s of f.spans) out.push({ kind: "framing", start: s.start, end: s.end, record: { ...f, spans: undefined }, css: "hl-framing" });
  return out.filter((i) => i.end > i.start && i.start >= 0 && i.end <= doc.text.length);
}

/** The text cut at every item's edges, each piece with the items covering it (a sweep: items open at their start and close at their end). */
export function pieces(text: string, all: Item[]): { start: number; end: number; items: Item[] }[] {
  const edges = new Map<number, { open: Item[]; close: Item[] }>();
  const at = (p: number) => edges.get(p) ?? (edges.set(p, { open: [], close: [] }), edges.get(p)!);
  for (const i of all) {
    at(i.start).open.push(i);
    at(i.end).close.push(i);
  }
  at(0);
  at(text.length);
  const points = [...edges.keys()].sort((a, b) => a - b);
  const active = new Set<Item>();
  const out: { start: number; end: number; items: Item[] }[] = [];
  for (let k = 0; k < points.length - 1; k++) {
    const p = points[k]!;
    for (const i of edges.get(p)!.close) active.delete(i);
    for (const i of edges.get(p)!.open) active.add(i);
    out.push({ start: p, end: points[k + 1]!, items: [...active] });
  }
  return out;
}

function recordView(item: Item): HTMLElement {
  const rows = Object.entries(item.record).filter(([, v]) => v !== null && v !== undefined && !(Array.isArray(v) && !v.length));
  return h(
    "div",
    { class: `record record-${item.kind}` },
    h("h4", {}, item.kind),
    h("dl", {}, rows.flatMap(([k, v]) => [h("dt", {}, k), h("dd", {}, typeof v === "object" ? JSON.stringify(v) : String(v))])),
  );
}

export async function showArticle(root: HTMLElement, params: URLSearchParams): Promise<void> {
  const doc = await api<DocumentView>(`documents/${encodeURIComponent(params.get("id") ?? "")}`);
  const focusEvent = Number(params.get("event") ?? NaN);
  const panel = h("aside", { class: "side records" }, h("p", { class: "hint" }, "Click a highlighted word to see what was read there."));
  const body = h("div", { class: "article-text", lang: doc.lang });
  let focused: HTMLElement | null = null;
  for (const piece of pieces(doc.text, items(doc))) {
    const text = doc.text.slice(piece.start, piece.end);
    if (!piece.items.length) {
      body.append(text);
      continue;
    }
    const span = h("span", { class: [...new Set(piece.items.map((i) => i.css))].join(" ") }, text);
    const event = piece.items.find((i) => i.kind === "event");
    if (event) {
      const v = event.record as DocumentView["events"][number];
      span.dataset.event = String(v.id);
      span.style.borderBottomColor = typeColor(v.type);
      if (v.id === focusEvent) {
        span.classList.add("focus");
        focused ??= span;
      }
    }
    span.addEventListener("click", () => panel.replaceChildren(...[...piece.items].sort((a, b) => a.end - a.start - (b.end - b.start)).map(recordView)));
    body.append(span);
  }
  const legend = h(
    "p",
    { class: "legend" },
    ...(["entity", "time", "quote", "event", "framing"] as const).map((k) => h("span", { class: `hl-${k === "entity" ? "entity hl-PER" : k}` }, k)),
  );
  append(root, 
    h("article", { class: "article" },
      h("h1", {}, doc.title ?? doc.key),
      h("p", { class: "meta" }, [doc.outlet, doc.date, doc.lang, doc.key].filter(Boolean).join(" · "), " ",
        doc.story_id ? pageLink({ page: "story", id: doc.story_id }, "its story") : null, " ",
        doc.url ? h("a", { href: doc.url, rel: "noopener noreferrer", target: "_blank" }, "original") : null),
      legend,
      h("div", { class: "reader" }, body, panel),
      h("h2", {}, "Events read here"),
      h("ul", { class: "events" }, doc.events.map((v) =>
        h("li", { "data-event": v.id }, swatch(typeColor(v.type)), `${v.type} `, h("strong", {}, v.trigger.text), ` ${[v.actor, v.target && `→ ${v.target}`, v.place && `at ${v.place}`, v.date, v.status].filter(Boolean).join(" ")}`))),
    ),
  );
  focused?.scrollIntoView({ block: "center" });
  if (focused) {
    const item = doc.events.find((v) => v.id === focusEvent);
    if (item) panel.replaceChildren(recordView({ kind: "event", start: 0, end: 0, record: item, css: "" }));
  }
}
