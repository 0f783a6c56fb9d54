import { parseArgs } from "node:util";
import { pc } from "./colors.js";
import { defaultIngestWorkers, ingest } from "../ingest/ingest.js";
import { countDocuments } from "../readers/inputs.js";
import { DEFAULT_MAX_BYTES } from "../readers/source.js";
import { hasSearchWords } from "../store/search.js";
import { Store } from "../store/store.js";
import { knowledgeFiles } from "./config.js";
import { Progress } from "./progress.js";
import { dateFlag, positiveInteger, UsageError } from "./usage.js";

/** The store: VIGIE_DB (a file, or a postgres:// URL) when set, else vigie.db here. */
export const DEFAULT_DB = process.env.VIGIE_DB || "vigie.db";

/** `vigie ingest PATH… [--db FILE] [--workers N]`: every document and its analysis into the store, once each. */
export async function runIngest(argv: string[]): Promise<number> {
  const { values, positionals } = parseArgs({
    args: argv,
    allowPositionals: true,
    options: {
      db: { type: "string", default: DEFAULT_DB },
      "max-bytes": { type: "string" },
      workers: { type: "string" },
      kb: { type: "string", multiple: true },
      config: { type: "string" },
      quiet: { type: "boolean" },
      "time-limit": { type: "string" },
    },
  });
  if (!positionals.length) throw new UsageError("ingest needs at least one PATH (a file, a directory, or - for standard input)");
  const maxBytes = positiveInteger(values["max-bytes"], "--max-bytes", DEFAULT_MAX_BYTES);
  const workers = positiveInteger(values.workers, "--workers", defaultIngestWorkers());
  const timeLimitMs = positiveInteger(values["time-limit"], "--time-limit", 60) * 1000;
  const store = await Store.open(values.db);
  const progress = new Progress(values.quiet === true, process.stderr.isTTY ? await countDocuments(positionals) : null);
  try {
    const counts = await ingest(store, positionals, {
      read: { maxBytes },
      workers,
      timeLimitMs,
      files: knowledgeFiles(values.config, values.kb),
      onFailure: (message) => progress.line(`vigie: ${message}`),
      onProgress: (c) => progress.update(c),
      onKnowledgeErrors: (messages) => messages.forEach((m) => progress.line(`vigie: ${m} (entry skipped)`)),
    });
    progress.done(counts, store.path);
    return counts.failed ? 1 : 0;
  } finally {
    await store.close();
  }
}

/** `vigie search QUERY [--db FILE] [--lang L] [--from D] [--to D] [--outlet O] [--entity NAME] [--limit N] [--json]` */
export async function runSearch(argv: string[]): Promise<number> {
  const { values, positionals } = parseArgs({
    args: argv,
    allowPositionals: true,
    options: {
      db: { type: "string", default: DEFAULT_DB },
      lang: { type: "string" },
      from: { type: "string" },
      to: { type: "string" },
      outlet: { type: "string" },
      entity: { type: "string" },
      limit: { type: "string" },
      json: { type: "boolean" },
    },
  });
  const query = positionals.join(" ");
  if (!hasSearchWords(query)) throw new UsageError("search needs a QUERY with at least one word or number");
  const filters = { from: dateFlag(values.from, "--from"), to: dateFlag(values.to, "--to"), limit: positiveInteger(values.limit, "--limit", 20) };
  const store = await Store.open(values.db, { readonly: true });
  try {
    const hits = await store.search(query, {
      ...filters,
      lang: values.lang,
      outlet: values.outlet,
      entity: values.entity,
    });
    if (values.json || !process.stdout.isTTY) for (const h of hits) process.stdout.write(`${JSON.stringify(h)}\n`);
    else if (!hits.length) process.stdout.write("no results\n");
    else for (const h of hits) process.stdout.write(`${pc.bold(h.key)} ${pc.dim(`${h.date ?? "undated"} ${h.lang}${h.outlet ? ` ${h.outlet}` : ""}`)}\n  ${h.snippet.replace(/\s+/g, " ")}\n`);
    return hits.length ? 0 : 1;
  } finally {
    await store.close();
  }
}

/** `vigie stats [--db FILE] [--json | --pretty]`: what the store holds. */
export async function runStats(argv: string[]): Promise<number> {
  const { values } = parseArgs({ args: argv, options: { db: { type: "string", default: DEFAULT_DB }, json: { type: "boolean" }, pretty: { type: "boolean" } } });
  const store = await Store.open(values.db, { readonly: true });
  try {
    const summary = { ...(await store.stats()), topEntities: await store.topEntities(), eventsByType: await store.eventsByType(), sampleQuotes: await store.someQuotes() };
    if (values.json || (!process.stdout.isTTY && !values.pretty)) {
      process.stdout.write(`${JSON.stringify(summary)}\n`);
      return 0;
    }
    const s = summary;
    process.stdout.write(`${pc.bold(`${s.documents} documents`)} (${Object.entries(s.languages).map(([l, n]) => `${l} ${n}`).join(", ")}; ${s.nearDuplicates} near-duplicates), ${s.entities} entities, ${s.quotes} quotes, ${s.events} events\n`);
    process.stdout.write(`${pc.green("most mentioned")} ${s.topEntities.map((e) => `${e.name} (${e.documents})`).join(", ")}\n`);
    process.stdout.write(`${pc.magenta("events")} ${s.eventsByType.map((e) => `${e.type} ${e.n}`).join(", ")}\n`);
    for (const q of s.sampleQuotes) process.stdout.write(`${pc.yellow("said")} ${q.speaker}: “${q.text.slice(0, 100)}”\n`);
    return 0;
  } finally {
    await store.close();
  }
}
