/**
 * The figure a user sees: `vigie analyze DIR --out OUT` timed from process start to exit (reading,
 * analysis in worker threads, writing) on a directory of generated dispatches, beside the same
 * for a compromise + chrono-node baseline (baseline-analyze.ts) run on the same files; and the
 * start-up of `vigie analyze` on one short file.
 */
import { spawnSync } from "node:child_process";
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { generateCorpus } from "./corpus.js";

const CLI = fileURLToPath(new URL("../cli/main.js", import.meta.url));
const BASELINE = fileURLToPath(new URL("./baseline-analyze.js", import.meta.url));
/** runs of each, alternately */
const ROUNDS = 2;

/** Seconds a node process takes from start to exit; throws on failure. */
function timed(args: string[]): number {
  const t0 = performance.now();
  const r = spawnSync(process.execPath, args, { encoding: "utf8", stdio: ["ignore", "ignore", "pipe"] });
  if (r.status !== 0) throw new Error(`${args.join(" ")}: exit ${r.status}: ${r.stderr}`);
  return (performance.now() - t0) / 1000;
}

export function benchEndToEnd(n: number): void {
  const dir = mkdtempSync(join(tmpdir(), "vigie-e2e-"));
  try {
    const input = join(dir, "in");
    spawnSync("mkdir", [input]);
    for (const d of generateCorpus(n)) writeFileSync(join(input, d.meta.source ?? `${d.meta.id}.txt`), `date ${d.meta.date?.value ?? ""}\n\n${d.text}`);
    const one = join(dir, "one.txt");
    // a short dispatch of the corpus's kind (its function words tell its language: no n-gram model to load)
    writeFileSync(one, "date 2024-12\nLe président de la République a parlé lundi à Paris devant les maires de France. « Nous tiendrons, et nous ne céderons rien sur ce qui fait la force de nos communes », a-t-il déclaré, avant de rencontrer les élus de la région.");
    const start = Math.min(...[0, 1, 2].map(() => timed([CLI, "analyze", one])));
    // each run twice, alternately, the best of each kept: the machine's speed drifts over minutes, and one run of each alone can fall in different phases
    let vigie = Infinity;
    let baseline = Infinity;
    for (let round = 0; round < ROUNDS; round++) {
      vigie = Math.min(vigie, timed([CLI, "analyze", input, "--out", join(dir, `vigie-${round}`)]));
      baseline = Math.min(baseline, timed([BASELINE, input, join(dir, `baseline-${round}`)]));
    }
    console.log(`\nvigie bench — end to end, ${n} files in a directory (process start, reading, analysis, one JSON file each; best of ${ROUNDS} alternate runs each)`);
    console.log(`  vigie analyze      ${(n / vigie).toFixed(0)} documents/s (${vigie.toFixed(1)} s; worker threads from 2000 documents, else one thread)`);
    console.log(`  baseline           ${(n / baseline).toFixed(0)} documents/s (${baseline.toFixed(1)} s: compromise people/places/organizations/quotations + chrono-node dates, one thread)`);
    console.log(`  ratio              ${(vigie ? baseline / vigie : 0).toFixed(2)}× the baseline's documents per second`);
    console.log(`  start-up           ${(start * 1000).toFixed(0)} ms for \`vigie analyze\` of one short French dispatch, process start to exit (best of 3)`);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
