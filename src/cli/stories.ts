import { parseArgs } from "node:util";
import { pc } from "./colors.js";
import type { StoryView } from "../store/story-queries.js";
import { Store } from "../store/store.js";
import { DEFAULT_DB } from "./store.js";
import { dateFlag, positiveInteger, UsageError } from "./usage.js";
import { asJson, withStore } from "./query.js";

export const STORY_OPTIONS = {
  db: { type: "string", default: DEFAULT_DB },
  from: { type: "string" },
  to: { type: "string" },
  entity: { type: "string" },
  lang: { type: "string" },
  "min-outlets": { type: "string" },
  limit: { type: "string" },
  json: { type: "boolean" },
} as const;

export function storyFilters(values: Record<string, string | boolean | undefined>, fallbackLimit: number | undefined) {
  const s = (k: string) => values[k] as string | undefined;
  return { from: dateFlag(s("from"), "--from"), to: dateFlag(s("to"), "--to"), entity: s("entity"), lang: s("lang"), minOutlets: positiveInteger(s("min-outlets"), "--min-outlets", undefined), limit: positiveInteger(s("limit"), "--limit", fallbackLimit) };
}

/** `vigie stories [filters] [--rebuild] [--json]`: stories newest first, with outlet and language counts. */
export async function runStories(argv: string[]): Promise<number> {
  const { values } = parseArgs({ args: argv, options: { ...STORY_OPTIONS, rebuild: { type: "boolean" } } });
  if (values.rebuild) {
    const store = await Store.open(values.db);
    try {
      const started = Date.now();
      const n = await store.rebuildStories();
      process.stderr.write(`vigie: ${n} stories regrouped in ${((Date.now() - started) / 1000).toFixed(1)} s\n`);
    } finally {
      await store.close();
    }
  }
  const rows = await withStore(values.db, (s) => s.stories(storyFilters(values, 50)));
  if (asJson(values.json)) for (const r of rows) process.stdout.write(`${JSON.stringify(r)}\n`);
  else {
    if (!rows.length) process.stdout.write("no results\n");
    for (const r of rows) {
      const days = r.first_day === r.last_day ? (r.first_day ?? "undated") : `${r.first_day} → ${r.last_day}`;
      const langs = Object.entries(r.languages).map(([l, n]) => `${l} ${n}`).join(", ");
      process.stdout.write(`${pc.bold(`#${r.id}`)} ${pc.dim(days)} ${r.documents} doc${r.documents > 1 ? "s" : ""}, ${r.outlets} outlet${r.outlets > 1 ? "s" : ""} (${langs})\n  ${r.title}\n  ${pc.dim(r.entities.join(", "))}\n`);
    }
  }
  return rows.length ? 0 : 1;
}

/** `vigie story ID [--json]`: one story, its timeline and each outlet's words side by side. */
export async function runStory(argv: string[]): Promise<number> {
  const { values, positionals } = parseArgs({ args: argv, allowPositionals: true, options: { db: { type: "string", default: DEFAULT_DB }, json: { type: "boolean" } } });
  const id = positiveInteger(positionals[0] ?? (undefined as string | undefined), "story ID", undefined);
  if (id === undefined) throw new UsageError("story needs a story ID (see vigie stories)");
  const view = await withStore(values.db, (s) => s.story(id));
  if (!view) {
    process.stderr.write(`vigie: no story ${id}\n`);
    return 1;
  }
  if (asJson(values.json)) process.stdout.write(`${JSON.stringify(view)}\n`);
  else printStory(view);
  return 0;
}

function printStory(v: StoryView): void {
  const w = (s: string) => process.stdout.write(`${s}\n`);
  w(`${pc.bold(`Story #${v.id}`)} ${pc.dim(`${v.first_day ?? "undated"} → ${v.last_day ?? ""}`)}\n  ${v.title}`);
  w(`  ${pc.dim("about")} ${v.entities.map((e) => e.name).join(", ")}`);
  w(pc.bold("\nDocuments"));
  for (const d of v.documents) w(`  ${d.id} ${pc.dim(`${d.outlet ?? "unknown outlet"} · ${d.lang} · ${d.date ?? "undated"}`)} ${d.title ?? ""}`);
  w(pc.bold("\nTimeline"));
  v.timeline.forEach((e, i) => {
    const figures = e.figures.map((f) => `${f.fatalities} dead per ${f.source ?? f.outlet}`).join(" vs ");
    w(`  ${String(i + 1).padStart(2)}. ${pc.dim(e.date ?? "undated")} ${pc.magenta(e.type)} ${e.actor ?? "?"} → ${e.target ?? "?"}${e.place ? ` @ ${e.place}` : ""} ${pc.dim(`(${e.documents.length} doc${e.documents.length > 1 ? "s" : ""})`)}${figures ? ` ${e.conflicting ? pc.red(figures) : figures}` : ""}`);
  });
  for (const o of v.outlets) {
    w(pc.bold(`\n${o.outlet}`) + pc.dim(` (${o.languages.join(", ")}; ${o.documents.join(", ")})`));
    for (const l of o.labels) {
      const voice = l.voice === "own" ? pc.yellow("own voice") : `quoting ${l.speaker ?? "an unnamed source"}`;
      w(`  label  “${l.term}”${l.referent ? ` for ${l.referent}` : ""} — ${voice}${l.uses > 1 ? ` ×${l.uses}` : ""}${l.neutral ? pc.dim(` (neutral: ${l.neutral})`) : ""}`);
    }
    for (const f of o.figures) w(`  claim  ${f.type}${f.fatalities !== null ? ` ${f.fatalities} dead` : ""} ${pc.dim(`per ${f.source ?? "the outlet"}`)}`);
    for (const q of o.quotes) w(`  quote  ${q.speaker ?? "unattributed"}: “${q.text.replace(/\s+/g, " ").slice(0, 140)}”`);
    if (o.leavesOut.length) w(pc.dim(`  leaves out timeline rows ${o.leavesOut.map((i) => i + 1).join(", ")}`));
  }
}
