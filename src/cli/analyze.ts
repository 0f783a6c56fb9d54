import { mkdirSync } from "node:fs";
import { availableParallelism } from "node:os";
import { join } from "node:path";
import { parseArgs } from "node:util";
import { createAnalyzer, type Analyzer } from "../analyze.js";
import type { SourceDocument } from "../document/document.js";
import { AnalysisPool, type SerializedAnalysis } from "../ingest/analysis-pool.js";
import { countDocuments, readInputs, type ReadOutcome } from "../readers/inputs.js";
import { DEFAULT_MAX_BYTES } from "../readers/source.js";
import { prettyRecord, prettyTotals, type BatchTotals } from "./pretty.js";
import { knowledgeFiles } from "./config.js";
import { reportKnowledgeErrors } from "./knowledge.js";
import { positiveInteger, UsageError } from "./usage.js";
import type { AnalysisRecord } from "../record/record.js";
import { Progress } from "./progress.js";
import { readAhead } from "../util/read-ahead.js";
import { FileWriter } from "../util/file-writer.js";

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

/** Documents read ahead of the one being analyzed. */
const READ_AHEAD = 8;

/** Inputs of at least this many documents are analyzed in worker threads, one per core, unless --workers says otherwise. */
const POOL_FROM_DOCUMENTS = 2000; // (below it, the workers' own start-up and warm-up cost more than they save on two cores)

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
      workers: { type: "string" },
      kb: { type: "string", multiple: true },
      config: { type: "string" },
    },
  });
  if (positionals.length === 0) throw new UsageError("analyze needs at least one PATH (a file, a directory, or - for standard input)");
  if (values.json && values.pretty) throw new UsageError("choose --json or --pretty, not both");
  const maxBytes = positiveInteger(values["max-bytes"], "--max-bytes", DEFAULT_MAX_BYTES);
  const askedWorkers = values.workers === undefined ? null : positiveInteger(values.workers, "--workers", 1);
  const outDir = values.out;
  if (outDir) mkdirSync(outDir, { recursive: true });
  const pretty = values.pretty ?? (!values.json && !outDir && process.stdout.isTTY === true);
  const files = knowledgeFiles(values.config, values.kb);

  // a bar on the terminal while records go to files or down a pipe (not between pretty records)
  const showBar = process.stderr.isTTY === true && !pretty;
  const count = showBar || askedWorkers === null ? await countDocuments(positionals) : null;
  const workers = askedWorkers ?? (count !== null && count >= POOL_FROM_DOCUMENTS ? availableParallelism() : 1);
  const names = new OutputNames();
  const totals: BatchTotals = { documents: 0, failed: 0, languages: new Map() };
  const progress = new Progress(!showBar, showBar ? count : null);
  const say = (message: string) => progress.line(message);
  const step = () => progress.update({ added: totals.documents, nearDuplicates: 0, duplicates: 0, failed: totals.failed });
  // files are written by a thread of their own while the next documents are analyzed; one that cannot be written fails its document
  const writer = outDir
    ? new FileWriter((file, err) => {
        totals.failed++;
        say(`vigie: ${file}: cannot write the record (${err.message})`);
      })
    : null;
  // a document counts as analyzed once its record is out
  const done = (lang: string) => {
    totals.documents++;
    totals.languages.set(lang, (totals.languages.get(lang) ?? 0) + 1);
  };
  const emit = async (doc: SourceDocument, analysis: SerializedAnalysis, record: () => AnalysisRecord) => {
    for (const w of analysis.warnings) say(`vigie: ${nameOf(doc)}: warning: ${w}`);
    if (outDir) {
      const file = join(outDir, `${names.take(doc.outputName)}.json`);
      await writer!.write(file, `${analysis.json}\n`, () => done(analysis.lang));
      return;
    }
    process.stdout.write(pretty ? `${prettyRecord(record())}\n\n` : `${analysis.json}\n`);
    done(analysis.lang);
  };
  const fail = (doc: SourceDocument, err: unknown) => {
    totals.failed++;
    say(`vigie: ${nameOf(doc)}: analysis failed (${(err as Error).message})`);
  };
  const inputs = readAhead(readInputs(positionals, { maxBytes }), READ_AHEAD);
  const unreadable = (outcome: ReadOutcome & { ok: false }) => {
    totals.failed++;
    say(`vigie: ${outcome.error.message}`);
    step();
  };
  if (workers > 1) await analyzeInPool(inputs, workers, files, { emit, fail, unreadable, step, knowledgeErrors: (errors) => errors.forEach((e) => say(`vigie: ${e} (entry skipped)`)) });
  else {
    // the language model loads only if a document needs it: most French and English say so by their function words
    const analyzer = await createAnalyzer({ files, lazyLanguageModel: true });
    reportKnowledgeErrors(analyzer.pipeline.knowledge);
    for await (const outcome of inputs) {
      if (!outcome.ok) {
        unreadable(outcome);
        continue;
      }
      try {
        const record = await analyzeOne(analyzer, outcome.doc);
        await emit(outcome.doc, { json: JSON.stringify(record), lang: record.doc.lang, warnings: record.doc.warnings }, () => record);
      } catch (err) {
        fail(outcome.doc, err);
      }
      step();
    }
  }
  await writer?.close();
  progress.clear();
  if (pretty || outDir) process.stderr.write(`${prettyTotals(totals)}\n`);
  return totals.failed > 0 ? 1 : 0;
}

const nameOf = (doc: SourceDocument) => doc.meta.source ?? doc.meta.id;

async function analyzeOne(analyzer: Analyzer, doc: SourceDocument): Promise<AnalysisRecord> {
  await analyzer.ready(doc.text);
  return analyzer.analyzeSource(doc);
}

interface PoolOutput {
  emit: (doc: SourceDocument, analysis: SerializedAnalysis, record: () => AnalysisRecord) => Promise<void>;
  fail: (doc: SourceDocument, err: unknown) => void;
  unreadable: (outcome: ReadOutcome & { ok: false }) => void;
  step: () => void;
  knowledgeErrors: (errors: string[]) => void;
}

/**
 * Large inputs: documents read ahead and analyzed in worker threads, records coming back as JSON
 * text, written in input order by this thread (which does nothing else).
 */
async function analyzeInPool(inputs: AsyncIterable<ReadOutcome>, workers: number, files: string[], out: PoolOutput): Promise<void> {
  const { pool, knowledgeErrors } = await AnalysisPool.start(workers, files, true);
  out.knowledgeErrors(knowledgeErrors);
  const pending: { outcome: ReadOutcome; result: Promise<SerializedAnalysis> | null }[] = [];
  const settle = async () => {
    const { outcome, result } = pending.shift()!;
    if (!outcome.ok) return out.unreadable(outcome);
    try {
      const analysis = await result!;
      await out.emit(outcome.doc, analysis, () => JSON.parse(analysis.json) as AnalysisRecord);
    } catch (err) {
      out.fail(outcome.doc, err);
    }
    out.step();
  };
  try {
    for await (const outcome of inputs) {
      const result = outcome.ok ? pool.analyzeToJson(outcome.doc) : null;
      result?.catch(() => {}); // settled in order below
      pending.push({ outcome, result });
      if (pending.length >= workers * 16) await settle();
    }
    while (pending.length) await settle();
  } finally {
    await pool.close();
  }
}
