import { pc } from "./colors.js";
import type { AnalysisRecord } from "../record/record.js";

const clip = (s: string, n: number) => (s.length > n ? `${s.slice(0, n - 1)}…` : s);

/** A few readable lines about one analyzed document. */
export function prettyRecord(r: AnalysisRecord): string {
  const date = r.doc.date ? `${r.doc.date.value}` : "date unknown";
  const lines = [
    `${pc.bold(pc.cyan(r.doc.id))}  ${pc.dim(`${r.doc.lang} · ${date} · ${r.text.length} chars · ${r.sentences.length} sentences`)}`,
  ];
  const headline = r.doc.title ?? r.text.slice(r.sentences[0]?.start ?? 0, r.sentences[0]?.end ?? 0);
  lines.push(`  ${clip(headline.replace(/\s+/g, " "), 110)}`);
  const counts = [
    ["entities", r.entities.length],
    ["times", r.times.length],
    ["quotes", r.quotes.length],
    ["events", r.events.length],
    ["framing", r.framing.length],
  ] as const;
  lines.push(`  ${pc.dim(counts.map(([k, n]) => `${k} ${n}`).join(" · "))}`);
  if (r.entities.length) {
    const top = [...r.entities].sort((a, b) => b.mentions.length - a.mentions.length).slice(0, 6);
    lines.push(`  ${pc.green("who/where")} ${top.map((e) => `${e.name}${e.role ? ` (${e.role})` : ""}`).join(", ")}`);
  }
  for (const q of r.quotes.slice(0, 2)) lines.push(`  ${pc.yellow("said")} ${q.speakerText ?? "?"}: “${clip(q.text, 90)}”`);
  const entity = (id: string | null) => (id ? (r.entities.find((e) => e.id === id)?.name ?? "?") : "?");
  for (const v of r.events.slice(0, 3)) {
    const where = v.place ? ` @ ${entity(v.place)}` : "";
    const dead = v.fatalities ? ` †${v.fatalities}` : "";
    lines.push(`  ${pc.magenta(v.type)} ${entity(v.actor)} → ${entity(v.target)}${where} ${pc.dim(`${v.date?.value ?? "undated"} · ${v.status} · “${clip(v.trigger.text, 40)}”`)}${dead}`);
  }
  lines.push(...framingSummary(r));
  for (const w of r.doc.warnings) lines.push(`  ${pc.yellow("warning")} ${w}`);
  return lines.join("\n");
}

/** Which loaded labels the outlet uses in its own voice, and which its sources use, for which actors. */
function framingSummary(r: AnalysisRecord): string[] {
  const name = (id: string | null) => (id ? (r.entities.find((e) => e.id === id)?.name ?? "?") : "unspecified");
  const lines: string[] = [];
  for (const voice of ["author", "quoted"] as const) {
    const labels = r.framing.filter((f) => f.voice === voice);
    if (!labels.length) continue;
    const items = labels.map((f) => `“${f.term}” → ${name(f.refersTo)} (wire: ${f.neutral ?? "?"})`);
    lines.push(`  ${pc.red(voice === "author" ? "outlet's words" : "sources' words")} ${items.join("; ")}`);
  }
  return lines;
}

export interface BatchTotals {
  documents: number;
  failed: number;
  languages: Map<string, number>;
}

export function prettyTotals(t: BatchTotals): string {
  const langs = [...t.languages].sort((a, b) => b[1] - a[1]).map(([l, n]) => `${l} ${n}`).join(", ");
  const failed = t.failed ? pc.red(`${t.failed} failed`) : "none failed";
  return `${pc.bold(`${t.documents} documents analyzed`)} (${langs || "no language"}); ${failed}`;
}
