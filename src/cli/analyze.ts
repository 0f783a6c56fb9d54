import { mkdirSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { parseArgs } from "node:util";
import { createAnalyzer } from "../analyze.js";
import { countDocuments, readInputs } from "../readers/inputs.js";
import { DEFAULT_MAX_BYTES } from "../readers/source.js";
import { prettyRecord, prettyTotals, type BatchTotals } from "./pretty.js";
import { knowledgeFiles } from "./config.js";
import { reportKnowledgeErrors } from "./knowledge.js";
import { positiveInteger, UsageError } from "./usage.js";
import { Progress } from "./progress.js";

/** Output file names, made unique when two inputs share a stem. */
class OutputNames {
  private readonly used = new Set<string>();
  take(name: string): string {
    let candidate = name;
    for (let i = 2; this.used.has(candidate); i++) candidate = `${name}-${i}`;
    this.used.add(candidate);
    return candidate;
  }
}

/** `vigie analyze`: returns the exit code. */
export async function runAnalyze(argv: string[]): Promise<number> {
  const { values, positionals } = parseArgs({
    args: argv,
    allowPositionals: true,
    options: {
      json: { type: "boolean" },
      pretty: { type: "boolean" },
      out: { type: "string" },
      "max-bytes": { type: "string" },
      kb: { type: "string", multiple: true },
      config: { type: "string" },
    },
  });
  if (positionals.length === 0) throw new UsageError("analyze needs at least one PATH (a file, a directory, or - for standard input)");
  if (values.json && values.pretty) throw new UsageError("choose --json or --pretty, not both");
  const maxBytes = positiveInteger(values["max-bytes"], "--max-bytes", DEFAULT_MAX_BYTES);
  const outDir = values.out;
  if (outDir) mkdirSync(outDir, { recursive: true });
  const pretty = values.pretty ?? (!values.json && !outDir && process.stdout.isTTY === true);

  // the language model loads only if a document needs it: most French and English say so by their function words
  const analyzer = await createAnalyzer({ files: knowledgeFiles(values.config, values.kb), lazyLanguageModel: true });
  reportKnowledgeErrors(analyzer.pipeline.knowledge);
  const names = new OutputNames();
  const totals: BatchTotals = { documents: 0, failed: 0, languages: new Map() };
  // a bar on the terminal while records go to files or down a pipe (not between pretty records)
  const showBar = process.stderr.isTTY === true && !pretty;
  const progress = new Progress(!showBar, showBar ? await countDocuments(positionals) : null);
  const say = (message: string) => progress.line(message);
  const step = () => progress.update({ added: totals.documents, nearDuplicates: 0, duplicates: 0, failed: totals.failed });
  for await (const outcome of readInputs(positionals, { maxBytes })) {
    if (!outcome.ok) {
      totals.failed++;
      say(`vigie: ${outcome.error.message}`);
      step();
      continue;
    }
    const name = outcome.doc.meta.source ?? outcome.doc.meta.id;
    try {
      await analyzer.ready(outcome.doc.text);
      const record = analyzer.analyzeSource(outcome.doc);
      for (const w of record.doc.warnings) say(`vigie: ${name}: warning: ${w}`);
      totals.documents++;
      totals.languages.set(record.doc.lang, (totals.languages.get(record.doc.lang) ?? 0) + 1);
      if (outDir) writeFileSync(join(outDir, `${names.take(outcome.doc.outputName)}.json`), `${JSON.stringify(record)}\n`);
      else if (pretty) process.stdout.write(`${prettyRecord(record)}\n\n`);
      else process.stdout.write(`${JSON.stringify(record)}\n`);
    } catch (err) {
      totals.failed++;
      say(`vigie: ${name}: analysis failed (${(err as Error).message})`);
    }
    step();
  }
  progress.clear();
  if (pretty || outDir) process.stderr.write(`${prettyTotals(totals)}\n`);
  return totals.failed > 0 ? 1 : 0;
}
