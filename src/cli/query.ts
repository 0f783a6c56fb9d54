import { closeSync, openSync, writeSync } from "node:fs";
import { describeFsError } from "../readers/errors.js";
import { parseArgs } from "node:util";
import { pc } from "./colors.js";
import { EXPORT_FORMATS, exportEvents, exportStories, type ExportFormat } from "../store/export.js";
import type { EventFilters } from "../store/queries.js";
import { Store } from "../store/store.js";
import { DEFAULT_DB } from "./store.js";
import { choiceFlag, countryFlag, dateFlag, positiveInteger, UsageError } from "./usage.js";
import { EVENT_STATUSES, PLOVER_TYPES, QUOTE_KINDS } from "../document/document.js";
import { STORY_OPTIONS, storyFilters } from "./stories.js";

const EVENT_OPTIONS = {
  db: { type: "string", default: DEFAULT_DB },
  type: { type: "string" },
  actor: { type: "string" },
  target: { type: "string" },
  country: { type: "string" },
  place: { type: "string" },
  status: { type: "string" },
  from: { type: "string" },
  to: { type: "string" },
  limit: { type: "string" },
  json: { type: "boolean" },
} as const;

function eventFilters(values: Record<string, string | boolean | undefined>, fallbackLimit: number | undefined): EventFilters {
  const s = (k: string) => values[k] as string | undefined;
  return {
    type: choiceFlag(s("type"), "--type", PLOVER_TYPES),
    actor: s("actor"),
    target: s("target"),
    country: countryFlag(s("country"), "--country"),
    place: s("place"),
    status: choiceFlag(s("status"), "--status", EVENT_STATUSES),
    from: dateFlag(s("from"), "--from"),
    to: dateFlag(s("to"), "--to"),
    limit: positiveInteger(s("limit"), "--limit", fallbackLimit),
  };
}

export const asJson = (flag: boolean | undefined) => flag === true || !process.stdout.isTTY;

/** Runs `body` on the store opened read-only, closing it whatever happens. */
export async function withStore<T>(db: string, body: (store: Store) => Promise<T>): Promise<T> {
  const store = await Store.open(db, { readonly: true });
  try {
    return await body(store);
  } finally {
    await store.close();
  }
}

/** `vigie events [filters] [--json]`: who did what to whom, where and when. */
export async function runEvents(argv: string[]): Promise<number> {
  const { values } = parseArgs({ args: argv, options: EVENT_OPTIONS });
  const rows = await withStore(values.db, (s) => s.events(eventFilters(values, 50)));
  if (asJson(values.json)) for (const r of rows) process.stdout.write(`${JSON.stringify(r)}\n`);
  else if (!rows.length) process.stdout.write("no results\n");
  else
    for (const r of rows) {
      const who = `${r.actor1 ?? "?"} → ${r.actor2 ?? "?"}`;
      const where = r.place ? ` @ ${r.place}` : "";
      const dead = r.fatalities ? pc.red(` †${r.fatalities}`) : "";
      process.stdout.write(`${pc.dim(r.event_date ?? "undated")} ${pc.magenta(r.event_type)} ${pc.dim(r.status)} ${who}${where}${dead}\n  ${pc.dim(r.evidence.replace(/\s+/g, " ").slice(0, 160))}\n`);
    }
  return rows.length ? 0 : 1;
}

/** `vigie quotes [--speaker NAME] [--text WORDS] [--kind K] [--json]` */
export async function runQuotes(argv: string[]): Promise<number> {
  const { values } = parseArgs({
    args: argv,
    options: { db: { type: "string", default: DEFAULT_DB }, speaker: { type: "string" }, text: { type: "string" }, kind: { type: "string" }, limit: { type: "string" }, json: { type: "boolean" } },
  });
  const rows = await withStore(values.db, (s) => s.quotes({ speaker: values.speaker, text: values.text, kind: choiceFlag(values.kind, "--kind", QUOTE_KINDS), limit: positiveInteger(values.limit, "--limit", 50) }));
  if (asJson(values.json)) for (const r of rows) process.stdout.write(`${JSON.stringify(r)}\n`);
  else if (!rows.length) process.stdout.write("no results\n");
  else for (const r of rows) process.stdout.write(`${pc.yellow(r.speaker ?? r.speaker_text ?? "unattributed")} ${pc.dim(`(${r.kind}, ${r.date ?? "undated"})`)} “${r.text.replace(/\s+/g, " ")}”\n`);
  return rows.length ? 0 : 1;
}

/** `vigie entity NAME [--json]`: roles, mentions over time, company kept, quotes, events. */
export async function runEntity(argv: string[]): Promise<number> {
  const { values, positionals } = parseArgs({ args: argv, allowPositionals: true, options: { db: { type: "string", default: DEFAULT_DB }, json: { type: "boolean" } } });
  if (!positionals.length) throw new UsageError("entity needs a NAME");
  const profiles = await withStore(values.db, (s) => s.entity(positionals.join(" ")));
  if (asJson(values.json)) for (const p of profiles) process.stdout.write(`${JSON.stringify(p)}\n`);
  else if (!profiles.length) process.stdout.write("no results\n");
  else
    for (const p of profiles) {
      const out = (label: string, text: string) => text && process.stdout.write(`  ${pc.dim(label.padEnd(12))}${text}\n`);
      process.stdout.write(`${pc.bold(p.name)} ${pc.dim(`${p.type}${p.country ? ` ${p.country}` : ""}${p.kb ? ` ${p.kb}` : ""}`)}\n`);
      out("also", p.names.filter((n) => n !== p.name).join(", "));
      out("roles", p.roles.map((r) => `${r.role} (${r.documents})`).join(", "));
      out("mentions", p.timeline.map((t) => `${t.month}: ${t.documents}`).join("  "));
      out("with", p.cooccurring.map((c) => `${c.name} (${c.documents})`).join(", "));
      out("events", p.events.map((e) => `${e.as} of ${e.type} ×${e.n}`).join(", "));
      for (const q of p.quotes) out("said", `“${q.text.replace(/\s+/g, " ").slice(0, 140)}” ${pc.dim(q.date ?? "")}`);
    }
  return profiles.length ? 0 : 1;
}

/** `vigie export events --format jsonl|csv|geojson [filters] [--out FILE]` */
export async function runExport(argv: string[]): Promise<number> {
  const { values, positionals } = parseArgs({
    args: argv,
    allowPositionals: true,
    options: { ...EVENT_OPTIONS, ...STORY_OPTIONS, format: { type: "string", default: "jsonl" }, out: { type: "string" } },
  });
  const what = positionals[0];
  if (what !== "events" && what !== "stories") throw new UsageError('export takes what to export: "vigie export events --format jsonl|csv|geojson" or "vigie export stories --format jsonl|csv"');
  const format = values.format as ExportFormat;
  const formats = what === "events" ? EXPORT_FORMATS : EXPORT_FORMATS.filter((f) => f !== "geojson");
  if (!formats.includes(format)) throw new UsageError(`--format is one of ${formats.join(", ")} for ${what}, not "${values.format}"`);
  const skipped = { count: 0 };
  let count: number;
  let chunks: AsyncIterable<string>;
  if (what === "stories") {
    const rows = await withStore(values.db, (s) => s.stories(storyFilters(values, undefined)));
    count = rows.length;
    chunks = exportStories(rows, format as "jsonl" | "csv");
  } else {
    const rows = await withStore(values.db, (s) => s.events(eventFilters(values, undefined)));
    count = rows.length;
    chunks = exportEvents(rows, format, skipped);
  }
  if (values.out) {
    try {
      const fd = openSync(values.out, "w");
      try {
        for await (const chunk of chunks) writeSync(fd, chunk);
      } finally {
        closeSync(fd);
      }
    } catch (err) {
      process.stderr.write(`vigie: ${values.out}: cannot write the export (${describeFsError(err)})\n`);
      return 1;
    }
  } else for await (const chunk of chunks) process.stdout.write(chunk);
  process.stderr.write(`vigie: ${count - skipped.count} ${what} exported${skipped.count ? ` (${skipped.count} without coordinates left out of the GeoJSON)` : ""}\n`);
  return 0;
}
