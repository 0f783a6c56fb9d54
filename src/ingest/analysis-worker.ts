/** A worker thread of the analysis pool: analyzes the documents it is sent, one at a time (records as objects, or as JSON text for a `serialized` pool). */
import { parentPort, workerData } from "node:worker_threads";
import { createAnalyzer } from "../analyze.js";
import type { SourceDocument } from "../document/document.js";
import { toRecord } from "../record/record.js";
import { simhash } from "../store/near-duplicates.js";
import { storyFeatures } from "../stories/features.js";

const { files, serialized } = workerData as { files: string[]; serialized?: boolean };
// the language model loads only if a document needs it (most French and English say so by their function words)
const analyzer = await createAnalyzer({ files, lazyLanguageModel: true });
const port = parentPort!;
port.postMessage({ ready: true, knowledgeErrors: analyzer.pipeline.knowledge?.errors.map((e) => e.message) ?? [] });
// documents are analyzed one at a time, in the order they came (a model being loaded holds the ones after)
let queue: Promise<void> = Promise.resolve();
port.on("message", (m: { seq: number; doc: SourceDocument }) => {
  queue = queue.then(() => analyze(m));
});

async function analyze({ seq, doc }: { seq: number; doc: SourceDocument }): Promise<void> {
  try {
    await analyzer.ready(doc.text);
  } catch (err) {
    port.postMessage({ seq, error: err instanceof Error ? err.message : String(err) });
    return;
  }
  port.postMessage({ started: seq });
  try {
    const analyzed = analyzer.pipeline.analyze(doc);
    const record = toRecord(analyzed);
    if (serialized) {
      port.postMessage({ seq, json: JSON.stringify(record), lang: record.doc.lang, warnings: record.doc.warnings });
      return;
    }
    // the knowledge base's names of the entities, so that the store finds them under any of them
    const knownNames = Object.fromEntries([...analyzed.known].map(([id, k]) => [id, [k.name, ...k.aliases]]));
    port.postMessage({ seq, record, simhash: simhash(record.text), knownNames, storyFeatures: storyFeatures(record) });
  } catch (err) {
    port.postMessage({ seq, error: err instanceof Error ? err.message : String(err) });
  }
}
