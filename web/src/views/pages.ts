/** The entity page, the documents list and search results. */
import { api, type Page } from "../api.js";
import { append, h, pageLink } from "../dom.js";

interface EntityProfile {
  name: string; type: string; kb: string | null; country: string | null; names: string[];
  roles: { role: string; documents: number }[]; timeline: { month: string; documents: number }[];
  cooccurring: { name: string; type: string; documents: number }[];
  quotes: { kind: string; text: string; speaker: string | null; document: string; date: string | null }[];
  events: { as: string; type: string; n: number }[];
}

export async function showEntity(root: HTMLElement, params: URLSearchParams): Promise<void> {
  const name = params.get("name") ?? "";
  const { items } = await api<{ items: EntityProfile[] }>(`entities/${encodeURIComponent(name)}`);
  for (const e of items) {
    const max = Math.max(1, ...e.timeline.map((t) => t.documents));
    append(root, 
      h("section", { class: "entity" },
        h("h1", {}, e.name, h("span", { class: "meta" }, ` ${e.type}${e.country ? ` · ${e.country}` : ""}${e.kb ? ` · ${e.kb}` : ""}`)),
        h("p", {}, pageLink({ actor: e.name }, "Its events on the map")),
        h("p", {}, h("strong", {}, "Names: "), e.names.join(", ")),
        e.roles.length ? h("p", {}, h("strong", {}, "Roles: "), e.roles.map((r) => `${r.role} (${r.documents})`).join(", ")) : null,
        h("h3", {}, "Documents by month"),
        h("ul", { class: "bars" }, e.timeline.map((t) => {
          const bar = h("span", { class: "bar" });
          bar.style.width = `${(100 * t.documents) / max}%`;
          return h("li", {}, h("span", { class: "month" }, t.month), bar, ` ${t.documents}`);
        })),
        h("h3", {}, "Events"),
        h("ul", {}, e.events.map((v) => h("li", {}, `${v.type} as ${v.as}: ${v.n}`))),
        h("h3", {}, "Quotations"),
        h("ul", {}, e.quotes.map((q) => h("li", {}, h("q", {}, q.text), ` — ${q.document}${q.date ? `, ${q.date}` : ""}`))),
        h("h3", {}, "Named with"),
        h("p", {}, e.cooccurring.map((c) => pageLink({ page: "entity", name: c.name }, c.name)).flatMap((a, i) => (i ? [" · ", a] : [a]))),
      ),
    );
  }
}

interface DocumentRow { id: number; key: string; title: string | null; date: string | null; outlet: string | null; lang: string }

export async function showDocuments(root: HTMLElement, params: URLSearchParams): Promise<void> {
  const page = await api<Page<DocumentRow>>("documents", { limit: 100, cursor: params.get("cursor") ?? undefined });
  append(root, 
    h("h1", {}, "Documents"),
    h("ul", { class: "documents" }, page.items.map((d) => h("li", {}, pageLink({ page: "article", id: d.id }, d.title ?? d.key), h("span", { class: "meta" }, ` ${d.outlet ?? ""} · ${d.lang} · ${d.date ?? "undated"}`)))),
    page.next ? pageLink({ page: "documents", cursor: page.next }, "Next page") : null,
  );
}

interface SearchHit { id: number; key: string; title: string | null; date: string | null; outlet: string | null; lang: string; snippet: string }

/** A snippet with its matches (marked [like this] by the server) shown in bold, as text. */
function snippet(s: string): (string | HTMLElement)[] {
  return s.split(/(\[[^\]]*\])/).map((part) => (part.startsWith("[") && part.endsWith("]") ? h("mark", {}, part.slice(1, -1)) : part));
}

export async function showSearch(root: HTMLElement, params: URLSearchParams): Promise<void> {
  const q = params.get("q") ?? "";
  const page = await api<Page<SearchHit>>("search", { q, limit: 50 });
  append(root, 
    h("h1", {}, `Search: ${q}`),
    page.items.length ? null : h("p", {}, "No results."),
    h("ul", { class: "documents" }, page.items.map((d) => h("li", {}, pageLink({ page: "article", id: d.id }, d.title ?? d.key), h("span", { class: "meta" }, ` ${d.outlet ?? ""} · ${d.lang} · ${d.date ?? ""}`), h("p", { class: "snippet" }, snippet(d.snippet))))),
  );
}
