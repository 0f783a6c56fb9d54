/**
 * The events page: filters (kept in the query string, so a view can be shared), the map, the
 * timeline and the list of events, each with the sentence it was read from and a link to its
 * article with the trigger highlighted.
 */
import { api, type EventRow, type Page, type Stats } from "../api.js";
import { PLOVER_TYPES, STATUSES, typeColor } from "../colors.js";
import { append, h, pageLink, pageUrl, swatch } from "../dom.js";
import { showMap } from "./map.js";
import { showTimeline, type DayCount } from "./timeline.js";

const FILTERS = ["type", "status", "actor", "country", "from", "to", "lang", "outlet"] as const;
const MAP_EVENTS = 1000;
const LISTED = 200;

function select(name: string, label: string, choices: string[], value: string | null): HTMLLabelElement {
  const el = h("select", { name }, h("option", { value: "" }, "any"), ...choices.map((c) => h("option", { value: c, selected: c === value }, c)));
  return h("label", {}, label, el);
}

/** Countries by name where the browser knows it ("Syria (120)"), the most frequent first; the value stays the ISO code. */
function countrySelect(countries: Stats["countries"], value: string | null): HTMLLabelElement {
  const names = new Intl.DisplayNames(["en"], { type: "region" });
  const label = (code: string) => {
    try {
      return names.of(code) ?? code;
    } catch {
      return code;
    }
  };
  const el = h("select", { name: "country" }, h("option", { value: "" }, "any"), ...countries.map((c) => h("option", { value: c.country, selected: c.country === value?.toUpperCase() }, `${label(c.country)} (${c.events})`)));
  return h("label", {}, "Country", el);
}

function input(name: string, label: string, value: string | null, attrs: Record<string, string> = {}): HTMLLabelElement {
  return h("label", {}, label, h("input", { name, value: value ?? "", ...attrs }));
}

export function eventLine(e: EventRow): HTMLElement {
  const parties = [e.actor1, e.actor2 && `→ ${e.actor2}`].filter(Boolean).join(" ");
  return h(
    "li",
    { class: "event", "data-event": e.event_id },
    h("span", { class: "type" }, swatch(typeColor(e.event_type)), e.event_type),
    h("span", { class: "date" }, e.event_date ?? "undated"),
    e.status !== "reported" ? h("span", { class: "status" }, e.status) : null,
    parties ? h("span", { class: "parties" }, parties) : null,
    e.place ? h("span", { class: "place" }, `at ${e.place}`) : null,
    e.fatalities !== null ? h("span", { class: "fatalities" }, `${e.fatalities} killed${e.source ? ` (per ${e.source})` : ""}`) : null,
    h("blockquote", {}, e.evidence),
    h("span", { class: "source" }, pageLink({ page: "article", id: e.document_id, event: e.event_id }, "read the article"), ` · ${e.outlet ?? e.document} · ${e.lang}`),
  );
}

export async function showExplore(root: HTMLElement, params: URLSearchParams): Promise<void> {
  const filters = Object.fromEntries(FILTERS.map((f) => [f, params.get(f) ?? undefined])) as Record<(typeof FILTERS)[number], string | undefined>;
  const [stats, timeline, events] = await Promise.all([
    api<Stats>("stats"),
    api<{ days: DayCount[] }>("events/timeline", filters),
    api<Page<EventRow>>("events", { ...filters, limit: MAP_EVENTS }),
  ]);
  const form = h(
    "form",
    { class: "filters", method: "get", action: "./" },
    select("type", "Type", PLOVER_TYPES, params.get("type")),
    select("status", "Status", STATUSES, params.get("status")),
    input("actor", "Actor", params.get("actor"), { placeholder: "any name" }),
    countrySelect(stats.countries, params.get("country")),
    input("from", "From", params.get("from"), { placeholder: "YYYY-MM-DD", size: "10" }),
    input("to", "To", params.get("to"), { placeholder: "YYYY-MM-DD", size: "10" }),
    select("lang", "Language", Object.keys(stats.languages), params.get("lang")),
    select("outlet", "Outlet", stats.outlets.map((o) => o.outlet), params.get("outlet")),
    h("button", { type: "submit" }, "Apply"),
    h("a", { href: "./", class: "reset" }, "Reset"),
  );
  // empty fields are left out of the shared URL
  form.addEventListener("submit", (ev) => {
    ev.preventDefault();
    location.href = pageUrl(Object.fromEntries([...new FormData(form)].map(([k, v]) => [k, String(v).trim()])));
  });
  const count = events.items.length;
  const mapBox = h("div", { id: "map", class: "map" });
  const picked = h("ul", { class: "events picked" });
  const timelineBox = h("div", { class: "timeline" });
  append(root, 
    h("section", { class: "panel" }, form),
    h("p", { class: "summary" }, h("strong", { id: "event-count" }, `${count}${events.next ? "+" : ""} events`), ` in ${stats.documents} documents`),
    h("div", { class: "explore" }, mapBox, h("aside", { class: "side" }, h("h3", {}, "On the map"), h("p", { class: "hint" }, "Click a circle to see its events."), picked)),
    timelineBox,
    h("h2", {}, "Events"),
    h("ul", { class: "events", id: "event-list" }, events.items.slice(0, LISTED).map(eventLine)),
    count > LISTED ? h("p", { class: "hint" }, `The first ${LISTED} are listed; narrow the filters to see others.`) : null,
  );
  showTimeline(timelineBox, timeline.days, !params.get("from"), (from, to) => {
    const next = new URLSearchParams(params);
    next.set("from", from);
    next.set("to", to);
    location.search = next.toString();
  });
  showMap(mapBox, events.items, (chosen) => picked.replaceChildren(...chosen.map(eventLine)));
}
