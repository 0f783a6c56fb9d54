/**
 * Stories: the list, and one story's comparison — each outlet in its own column with the labels
 * it uses for each referent and in whose voice, the figures it gives and on whose authority,
 * the quotations it carries, and the story's events it leaves out.
 */
import { api, type Page } from "../api.js";
import { append, h, pageLink, swatch } from "../dom.js";
import { typeColor } from "../colors.js";

interface StoryRow { id: number; title: string; first_day: string | null; last_day: string | null; documents: number; outlets: number; languages: Record<string, number>; entities: string[] }
interface StoryView {
  id: number; title: string; first_day: string | null; last_day: string | null;
  documents: { id: string; outlet: string | null; lang: string; date: string | null; title: string | null; store_id: number }[];
  entities: { name: string; type: string; documents: number }[];
  timeline: { date: string | null; type: string; actor: string | null; target: string | null; place: string | null; status: string; documents: string[]; figures: { document: string; outlet: string; fatalities: number; source: string | null }[]; conflicting: boolean }[];
  outlets: {
    outlet: string; documents: string[]; languages: string[];
    labels: { term: string; category: string; referent: string | null; voice: "own" | "quoted"; speaker: string | null; neutral: string | null; uses: number }[];
    figures: { type: string; fatalities: number | null; source: string | null; evidence: string }[];
    quotes: { speaker: string | null; kind: string; text: string }[];
    reports: number[]; leavesOut: number[];
  }[];
}

const days = (s: { first_day: string | null; last_day: string | null }) => (s.first_day === s.last_day ? (s.first_day ?? "undated") : `${s.first_day} – ${s.last_day}`);

export async function showStories(root: HTMLElement, params: URLSearchParams): Promise<void> {
  const page = await api<Page<StoryRow>>("stories", { minOutlets: params.get("minOutlets") ?? undefined, entity: params.get("entity") ?? undefined, limit: 200 });
  append(root, 
    h("h1", {}, "Stories"),
    h("p", { class: "hint" }, "One development told by one or more outlets, newest first. ", pageLink({ page: "stories", minOutlets: 2 }, "Only those told by two outlets or more"), "."),
    h("ul", { class: "stories" }, page.items.map((s) =>
      h("li", {}, pageLink({ page: "story", id: s.id }, s.title), h("span", { class: "meta" }, ` ${days(s)} · ${s.documents} documents · ${s.outlets} outlets · ${Object.keys(s.languages).join(", ")}`), h("div", { class: "entities" }, s.entities.join(" · "))))),
  );
}

function outletColumn(o: StoryView["outlets"][number], story: StoryView): HTMLElement {
  return h(
    "section",
    { class: "outlet", "data-outlet": o.outlet },
    h("h3", {}, o.outlet),
    h("p", { class: "meta" }, `${o.documents.length} document(s) · ${o.languages.join(", ")}`),
    h("h4", {}, "Labels"),
    o.labels.length
      ? h("ul", { class: "labels" }, o.labels.map((l) =>
          h("li", { class: `voice-${l.voice}` }, h("strong", {}, `« ${l.term} »`), l.referent ? ` for ${l.referent}` : "", " — ",
            l.voice === "own" ? h("em", {}, "in its own voice") : h("em", {}, `quoting ${l.speaker ?? "a source"}`),
            l.uses > 1 ? ` (${l.uses}×)` : "", l.neutral ? h("span", { class: "neutral" }, ` neutral: ${l.neutral}`) : null)))
      : h("p", { class: "hint" }, "No loaded label."),
    h("h4", {}, "Figures"),
    o.figures.length
      ? h("ul", {}, o.figures.map((f) => h("li", {}, `${f.type}${f.fatalities !== null ? `: ${f.fatalities} killed` : ""}`, f.source ? h("em", {}, ` per ${f.source}`) : h("em", {}, " (no source named)"), h("blockquote", {}, f.evidence))))
      : h("p", { class: "hint" }, "None."),
    h("h4", {}, "Quotations"),
    o.quotes.length ? h("ul", {}, o.quotes.map((q) => h("li", {}, h("strong", {}, q.speaker ?? "unattributed"), ` (${q.kind}): `, h("q", {}, q.text)))) : h("p", { class: "hint" }, "None."),
    o.leavesOut.length ? h("p", { class: "leaves-out" }, `Leaves out ${o.leavesOut.length} of the story's ${story.timeline.length} events.`) : null,
  );
}

export async function showStory(root: HTMLElement, params: URLSearchParams): Promise<void> {
  const s = await api<StoryView>(`stories/${encodeURIComponent(params.get("id") ?? "")}`);
  append(root, 
    h("h1", {}, s.title),
    h("p", { class: "meta" }, `${days(s)} · ${s.documents.length} documents · ${s.outlets.length} outlets`),
    h("p", { class: "entities" }, s.entities.map((e) => pageLink({ page: "entity", name: e.name }, e.name)).flatMap((a, i) => (i ? [" · ", a] : [a]))),
    h("h2", {}, "Side by side"),
    h("div", { class: "comparison" }, s.outlets.map((o) => outletColumn(o, s))),
    h("h2", {}, "Timeline"),
    h("table", { class: "story-timeline" },
      h("thead", {}, h("tr", {}, ["Date", "Type", "Who", "Where", "Reported by", "Figures"].map((c) => h("th", {}, c)))),
      h("tbody", {}, s.timeline.map((v) =>
        h("tr", { class: v.conflicting ? "conflicting" : "" },
          h("td", {}, v.date ?? ""), h("td", {}, swatch(typeColor(v.type)), v.type), h("td", {}, [v.actor, v.target].filter(Boolean).join(" → ")), h("td", {}, v.place ?? ""),
          h("td", {}, v.documents.join(", ")),
          h("td", {}, v.figures.map((f) => `${f.fatalities} (${f.outlet}${f.source ? `, per ${f.source}` : ""})`).join("; "), v.conflicting ? h("strong", {}, " — figures differ") : null))))),
    h("h2", {}, "Documents"),
    h("ul", {}, s.documents.map((d) => h("li", {}, pageLink({ page: "article", id: d.store_id }, d.title ?? d.id), ` · ${[d.outlet, d.lang, d.date].filter(Boolean).join(" · ")}`))),
  );
}
