#!/usr/bin/env node
// Scores story grouping against stories grouped by hand: ingests the inputs into a fresh store
// (in input order, as a stream would bring them) and compares each document's story with its
// label. Pairwise precision, recall and F1 over same-story pairs; B-cubed over documents.
// Usage: node scripts/eval/stories.mjs --labels LABELS.json [--month] INPUT... (labels: document id -> story)
// --month cuts the dates of JSON Lines inputs to their month, as the corpus dates most articles.
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { parseArgs } from "node:util";
import { ingest, Store } from "../../dist/index.js";

const { values, positionals } = parseArgs({ options: { labels: { type: "string" }, month: { type: "boolean" } }, allowPositionals: true });
if (!values.labels || !positionals.length) {
  console.error("usage: node scripts/eval/stories.mjs --labels LABELS.json [--month] INPUT...");
  process.exit(2);
}
let labels;
try {
  labels = JSON.parse(readFileSync(values.labels, "utf8"));
} catch (err) {
  console.error(`stories.mjs: ${values.labels}: cannot read the labels (${err.code === "ENOENT" ? "no such file" : err.message})`);
  process.exit(2);
}
const dir = mkdtempSync(join(tmpdir(), "vigie-stories-"));
try {
  const store = await Store.open(join(dir, "stories.db"));
  let failed = 0;
  const inputs = values.month ? positionals.map((path, i) => monthDated(path, join(dir, `month-${i}.jsonl`))) : positionals;
  await ingest(store, inputs, { read: {}, workers: 1, files: [], onFailure: (m) => (failed++, console.error(`stories.mjs: ${m}`)), onProgress: () => {}, onKnowledgeErrors: () => {} });
  const system = new Map();
  for (const row of await store.stories({ limit: 100000 })) {
    const view = await store.story(row.id);
    for (const d of view.documents) system.set(d.id, row.id);
  }
  await store.close();
  const ids = Object.keys(labels).filter((id) => system.has(id));
  const missing = Object.keys(labels).filter((id) => !system.has(id));
  if (missing.length) console.error(`stories.mjs: labelled but not in the inputs or not grouped: ${missing.join(", ")}`);
  // (a batch goes on past a bad input, but the run says so in its exit code)
  if (failed) process.exitCode = 1;
  if (!ids.length) {
    console.error("stories.mjs: no labelled document was grouped: nothing to score");
    process.exitCode = 1;
  } else score(ids, labels, system);
} finally {
  rmSync(dir, { recursive: true, force: true });
}

/** Prints pairwise and B-cubed scores of the stories Vigie made against the labels, and the stories. */
function score(ids, labels, system) {
  let tp = 0, fp = 0, fn = 0;
  for (let i = 0; i < ids.length; i++)
    for (let j = i + 1; j < ids.length; j++) {
      const gold = labels[ids[i]] === labels[ids[j]];
      const sys = system.get(ids[i]) === system.get(ids[j]);
      if (gold && sys) tp++;
      else if (sys) fp++;
      else if (gold) fn++;
    }
  // B-cubed: for each document, the share of its system cluster in its gold cluster, and the converse
  let bp = 0, br = 0;
  for (const id of ids) {
    const sysMates = ids.filter((x) => system.get(x) === system.get(id));
    const goldMates = ids.filter((x) => labels[x] === labels[id]);
    const both = sysMates.filter((x) => labels[x] === labels[id]).length;
    bp += both / sysMates.length;
    br += both / goldMates.length;
  }
  const f1 = (p, r) => (p + r ? (2 * p * r) / (p + r) : 0);
  const pct = (x) => (100 * x).toFixed(1);
  const pp = tp + fp ? tp / (tp + fp) : 1, pr = tp + fn ? tp / (tp + fn) : 1;
  console.log(`documents ${ids.length}, stories by hand ${new Set(ids.map((i) => labels[i])).size}, by Vigie ${new Set(ids.map((i) => system.get(i))).size}`);
  console.log(`pairwise  P ${pct(pp)}  R ${pct(pr)}  F1 ${pct(f1(pp, pr))}  (${tp} right pairs, ${fp} wrong, ${fn} missed)`);
  console.log(`B-cubed   P ${pct(bp / ids.length)}  R ${pct(br / ids.length)}  F1 ${pct(f1(bp / ids.length, br / ids.length))}`);
  const clusters = new Map();
  for (const id of ids) clusters.set(system.get(id), [...(clusters.get(system.get(id)) ?? []), `${id}(${labels[id]})`]);
  for (const members of clusters.values()) console.log(`  ${members.join(" ")}`);
}

/** A copy of a JSON Lines file with each document's date cut to its month ("2024-12-04" -> "2024-12"); returns its path. */
function monthDated(path, copy) {
  if (!path.endsWith(".jsonl")) {
    console.error(`stories.mjs: ${path}: --month reads JSON Lines inputs only`);
    process.exit(2);
  }
  const out = [];
  readFileSync(path, "utf8").split("\n").forEach((line, i) => {
    if (!line.trim()) return;
    try {
      const d = JSON.parse(line);
      if (typeof d.date === "string") d.date = d.date.slice(0, 7);
      out.push(JSON.stringify(d));
    } catch (err) {
      // (the rest goes on; the run's exit code says a document was left out)
      console.error(`stories.mjs: ${path}:${i + 1}: not a JSON object (${err.message}); left out`);
      process.exitCode = 1;
    }
  });
  writeFileSync(copy, out.join("\n"));
  return copy;
}
