/**
 * The timeline: events per day, stacked by PLOVER type. Dragging across it selects a date
 * range (the brush), which becomes the from/to filter.
 */
import { typeColor } from "../colors.js";
import { h, svg } from "../dom.js";

export interface DayCount {
  day: string;
  type: string;
  n: number;
}

const DAY_MS = 86_400_000;
/** the most days the chart spans, ending on the last */
const MAX_DAYS = 120;
const toDay = (s: string) => Math.round(Date.parse(`${s}T00:00:00Z`) / DAY_MS);
const dayString = (d: number) => new Date(d * DAY_MS).toISOString().slice(0, 10);

/** Days of a count, as whole days (a month-precision value falls on the month's first day). */
function dayOf(value: string): number {
  return toDay(value.length === 7 ? `${value}-01` : value.length === 4 ? `${value}-01-01` : value);
}

/** Draws the counts; `clip` keeps the last MAX_DAYS days only (when no start date was asked for). */
export function showTimeline(container: HTMLElement, counts: DayCount[], clip: boolean, onBrush: (from: string, to: string) => void): void {
  if (!counts.length) {
    container.append(h("p", { class: "notice" }, "No dated event matches."));
    return;
  }
  const all = counts.map((c) => dayOf(c.day));
  const last = Math.max(...all);
  // a long tail of old events (history recalled in the reports) would squeeze the news into a line
  const first = clip ? Math.max(Math.min(...all), last - MAX_DAYS + 1) : Math.min(...all);
  const earlier = counts.filter((_, i) => all[i]! < first).reduce((s, c) => s + c.n, 0);
  counts = counts.filter((_, i) => all[i]! >= first);
  const days = counts.map((c) => dayOf(c.day));
  const span = last - first + 1;
  const totals = new Map<number, number>();
  counts.forEach((c, i) => totals.set(days[i]!, (totals.get(days[i]!) ?? 0) + c.n));
  const max = Math.max(...totals.values());
  const W = 1000;
  const H = 120;
  const barW = W / span;
  const chart = svg("svg", { viewBox: `0 0 ${W} ${H + 18}`, class: "timeline-chart", role: "img", "aria-label": "Events per day" });
  const stacked = new Map<number, number>();
  counts.forEach((c, i) => {
    const d = days[i]!;
    const below = stacked.get(d) ?? 0;
    const height = (c.n / max) * H;
    stacked.set(d, below + height);
    const rect = svg("rect", { x: (d - first) * barW + 0.5, y: H - below - height, width: Math.max(1, barW - 1), height, fill: typeColor(c.type) });
    rect.append(svg("title", {}, `${dayString(d)} ${c.type}: ${c.n}`));
    chart.append(rect);
  });
  chart.append(svg("text", { x: 0, y: H + 14, class: "axis" }, dayString(first)));
  chart.append(svg("text", { x: W, y: H + 14, class: "axis", "text-anchor": "end" }, dayString(last)));
  const brush = svg("rect", { class: "brush", x: 0, y: 0, width: 0, height: H });
  chart.append(brush);
  // the brush: drag to select days
  let start: number | null = null;
  const dayAt = (ev: PointerEvent) => {
    const box = chart.getBoundingClientRect();
    const x = ((ev.clientX - box.left) / box.width) * W;
    return Math.min(last, Math.max(first, first + Math.floor(x / barW)));
  };
  chart.addEventListener("pointerdown", (ev) => {
    start = dayAt(ev as PointerEvent);
    chart.setPointerCapture((ev as PointerEvent).pointerId);
  });
  chart.addEventListener("pointermove", (ev) => {
    if (start === null) return;
    const end = dayAt(ev as PointerEvent);
    const a = Math.min(start, end);
    brush.setAttribute("x", String((a - first) * barW));
    brush.setAttribute("width", String((Math.abs(end - start) + 1) * barW));
  });
  chart.addEventListener("pointerup", (ev) => {
    if (start === null) return;
    const end = dayAt(ev as PointerEvent);
    const [a, b] = [Math.min(start, end), Math.max(start, end)];
    start = null;
    onBrush(dayString(a), dayString(b));
  });
  container.append(chart, h("p", { class: "hint" }, "Drag across the timeline to keep those days.", earlier ? ` ${earlier} earlier events are not drawn (set From to see them).` : ""));
}
