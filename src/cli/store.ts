import { parseArgs } from "node:util";
import pc from "picocolors";
import { createAnalyzer } from "../analyze.js";
import { readInputs } from "../readers/inputs.js";
import { DEFAULT_MAX_BYTES } from "../readers/source.js";
import { Store } from "../store/store.js";
import { loadConfig } from "./config.js";
import { reportKnowledgeErrors } from "./knowledge.js";
import { UsageError } from "./usage.js";

export const DEFAULT_DB = "vigie.db";

/** `vigie ingest PATH… [--db FILE]`: every document and its analysis into the store, once each. */
export async function runIngest(argv: string[]): Promise<number> {
  const { values, positionals } = parseArgs({
    args: argv,
    allowPositionals: true,
    options: { db: { type: "string", default: DEFAULT_DB }, "max-bytes": { type: "string" }, kb: { type: "string", multiple: true }, config: { type: "string" }, quiet: { type: "boolean" } },
  });
  if (!positionals.length) throw new UsageError("ingest needs at least one PATH (a file, a directory, or - for standard input)");
  const maxBytes = values["max-bytes"] === undefined ? DEFAULT_MAX_BYTES : Number(values["max-bytes"]);
  if (!Number.isInteger(maxBytes) || maxBytes <= 0) throw new UsageError(`--max-bytes takes a positive whole number, not "${values["max-bytes"]}"`);
  const store = new Store(values.db);
  const analyzer = await createAnalyzer({ files: [...loadConfig(values.config).kb, ...(values.kb ?? [])] });
  reportKnowledgeErrors(analyzer.pipeline.knowledge);
  const counts = { added: 0, nearDuplicates: 0, duplicates: 0, failed: 0 };
  const started = performance.now();
  const tty = process.stderr.isTTY === true && !values.quiet;
  const progress = () => {
    const seconds = (performance.now() - started) / 1000;
    const done = counts.added + counts.nearDuplicates + counts.duplicates;
    return `${done} documents (${counts.added} added, ${counts.nearDuplicates} near-duplicates linked to their original, ${counts.duplicates} already stored, ${counts.failed} failed), ${(done / Math.max(seconds, 0.001)).toFixed(0)}/s`;
  };
  try {
    for await (const outcome of readInputs(positionals, { maxBytes })) {
      if (!outcome.ok) {
        counts.failed++;
        process.stderr.write(`${tty ? "\r\x1b[K" : ""}vigie: ${outcome.error.message}\n`);
        continue;
      }
      const name = outcome.doc.meta.source ?? outcome.doc.meta.id;
      try {
        const outcomeOfAdd = store.has(outcome.doc.text) ? "duplicate" : store.add(analyzer.analyzeSource(outcome.doc));
        if (outcomeOfAdd === "added") counts.added++;
        else if (outcomeOfAdd === "near-duplicate") counts.nearDuplicates++;
        else counts.duplicates++;
      } catch (err) {
        counts.failed++;
        process.stderr.write(`vigie: ${name}: not stored (${(err as Error).message})\n`);
      }
      const done = counts.added + counts.nearDuplicates + counts.duplicates;
      if (tty && done % 10 === 0) process.stderr.write(`\r\x1b[K${progress()}`);
      else if (!tty && !values.quiet && done % 1000 === 0 && done) process.stderr.write(`vigie: ${progress()}\n`);
    }
  } finally {
    store.close();
  }
  process.stderr.write(`${tty ? "\r\x1b[K" : ""}vigie: ${progress()} into ${values.db}\n`);
  return counts.failed ? 1 : 0;
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
      limit: { type: "string", default: "20" },
      json: { type: "boolean" },
    },
  });
  if (!positionals.length) throw new UsageError("search needs a QUERY");
  const store = new Store(values.db, { readonly: true });
  try {
    const hits = store.search(positionals.join(" "), {
      lang: values.lang,
      from: values.from,
      to: values.to,
      outlet: values.outlet,
      entity: values.entity,
      limit: Number(values.limit),
    });
    if (values.json || !process.stdout.isTTY) for (const h of hits) process.stdout.write(`${JSON.stringify(h)}\n`);
    else for (const h of hits) process.stdout.write(`${pc.bold(h.key)} ${pc.dim(`${h.date ?? "undated"} ${h.lang}${h.outlet ? ` ${h.outlet}` : ""}`)}\n  ${h.snippet.replace(/\s+/g, " ")}\n`);
    return hits.length ? 0 : 1;
  } finally {
    store.close();
  }
}

/** `vigie stats [--db FILE] [--json | --pretty]`: what the store holds. */
export async function runStats(argv: string[]): Promise<number> {
  const { values } = parseArgs({ args: argv, options: { db: { type: "string", default: DEFAULT_DB }, json: { type: "boolean" }, pretty: { type: "boolean" } } });
  const store = new Store(values.db, { readonly: true });
  try {
    const summary = { ...store.stats(), topEntities: store.topEntities(), eventsByType: store.eventsByType(), sampleQuotes: store.someQuotes() };
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
    store.close();
  }
}
