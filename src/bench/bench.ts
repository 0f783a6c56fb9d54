/**
 * `npm run bench`: throughput and memory of `analyze` over a corpus generated from the demo
 * articles: ~2 KB dispatches, each varied so that no two are identical, analyzed on one core.
 * Then the ingest benchmark (see ingest-bench.ts).
 * Then the end-to-end benchmark (see end-to-end.ts), and story grouping at scale (see grouping-bench.ts).
 * Options: --docs N (default 3000; 0 skips the analysis benchmark), --e2e-docs N (default 1220; 0 skips the end-to-end benchmark), --ingest-docs N (default 50000; 0 skips the ingest benchmark),
 * --grouping-docs N (default 200000; 0 skips the story grouping benchmark, see grouping-bench.ts),
 * --keep (leave the benchmark's store on disk and print its path); --postgres URL (a server where
 * the benchmark may create databases: runs the PostgreSQL benchmark, see postgres-bench.ts, with
 * --pg-docs N documents, default 3000, and --pg-events N events for the query latency, default
 * 1000000).
 */
import { parseArgs } from "node:util";
import { createAnalyzer } from "../analyze.js";
import { loadKnowledge } from "../knowledge/knowledge.js";
import { generateCorpus } from "./corpus.js";
import { benchEndToEnd } from "./end-to-end.js";
import { benchGrouping } from "./grouping-bench.js";
import { benchIngest } from "./ingest-bench.js";
import { benchPostgres } from "./postgres-bench.js";
import { tuneCompiler } from "../util/compiler.js";
import { withFewerHelpers } from "../cli/relaunch.js";

const mb = (bytes: number) => (bytes / 1e6).toFixed(1);

/** The analysis benchmark: n generated documents through the pipeline on one core, with each stage's share. */
async function benchAnalysis(n: number): Promise<void> {
  const rss0 = process.memoryUsage().rss;
  const kbStart = performance.now();
  const knowledge = loadKnowledge();
  const kbMs = performance.now() - kbStart;
  const kbRss = process.memoryUsage().rss - rss0;
  const loadStart = performance.now();
  const analyzer = await createAnalyzer({ knowledge });
  const loadMs = performance.now() - loadStart;
  const corpus = generateCorpus(n);
  const bytes = corpus.reduce((s, d) => s + Buffer.byteLength(d.text), 0);
  (globalThis as { gc?: () => void }).gc?.();
  const rssBefore = process.memoryUsage().rss;

  for (const d of corpus.slice(0, 50)) analyzer.analyzeSource(d); // warm-up
  analyzer.pipeline.profiling = true;
  let peakRss = rssBefore;
  let output = 0;
  const t0 = performance.now();
  corpus.forEach((d, i) => {
    output += JSON.stringify(analyzer.analyzeSource(d)).length;
    if (i % 200 === 0) peakRss = Math.max(peakRss, process.memoryUsage().rss);
  });
  const seconds = (performance.now() - t0) / 1000;
  peakRss = Math.max(peakRss, process.memoryUsage().rss);

  console.log(`vigie bench — analyze, one core, ${n} documents of ${(bytes / n / 1000).toFixed(1)} KB on average (${mb(bytes)} MB)`);
  console.log(`  knowledge load     ${kbMs.toFixed(0)} ms, +${mb(kbRss)} MB RSS (${knowledge.byId.size} entries, ${knowledge.names.size} name keys)`);
  console.log(`  other stages load  ${loadMs.toFixed(0)} ms`);
  console.log(`  throughput         ${(n / seconds).toFixed(0)} documents/s, ${(bytes / 1e6 / seconds).toFixed(2)} MB/s`);
  console.log(`  records            ${mb(output)} MB of JSON`);
  console.log(`  memory             RSS ${mb(rssBefore)} MB before, peak ${mb(peakRss)} MB, max RSS of the process ${mb(process.resourceUsage().maxRSS * 1024)} MB`);
  const total = [...analyzer.pipeline.profile.values()].reduce((a, b) => a + b, 0);
  // what a pipeline cut after each stage would sustain, from the stages' measured times (the records' JSON aside)
  let cumulative = 0;
  const prefixes: string[] = [];
  for (const [stage, ms] of analyzer.pipeline.profile) {
    cumulative += ms;
    prefixes.push(`${stage} ${(n / (cumulative / 1000)).toFixed(0)}`);
  }
  console.log(`  documents/s of the stages up to each one: ${prefixes.join(", ")}`);
  for (const [stage, ms] of analyzer.pipeline.profile)
    console.log(`  stage ${stage.padEnd(14)} ${((ms / n) * 1000).toFixed(0).padStart(6)} µs/doc  ${((100 * ms) / total).toFixed(0).padStart(3)}%`);
}

async function main(): Promise<void> {
  // (as the CLI runs: see tuneCompiler)
  tuneCompiler();
  const { values } = parseArgs({ options: { docs: { type: "string", default: "3000" }, "e2e-docs": { type: "string", default: "1220" }, "ingest-docs": { type: "string", default: "50000" }, "grouping-docs": { type: "string", default: "200000" }, keep: { type: "boolean" }, postgres: { type: "string" }, "pg-docs": { type: "string", default: "3000" }, "pg-events": { type: "string", default: "1000000" } } });
  const n = Number(values.docs);
  if (n > 0) await benchAnalysis(n);
  const e2eDocs = Number(values["e2e-docs"]);
  if (e2eDocs > 0) benchEndToEnd(e2eDocs);
  const ingestDocs = Number(values["ingest-docs"]);
  if (ingestDocs > 0) await benchIngest(ingestDocs, values.keep === true);
  const groupingDocs = Number(values["grouping-docs"]);
  if (groupingDocs > 0) await benchGrouping(groupingDocs);
  if (values.postgres) await benchPostgres(values.postgres, Number(values["pg-docs"]), Number(values["pg-events"]));
}

// (in a process with the helper threads the CLI's analyze and ingest run with: see relaunch.ts)
const code = await withFewerHelpers(process.argv.slice(2));
if (code === null) await main();
else process.exitCode = code;
