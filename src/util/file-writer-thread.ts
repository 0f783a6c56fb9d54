/** The thread of a FileWriter: writes the files it is sent, in order, and tells back which were written and which failed. */
import { writeFileSync } from "node:fs";
import { parentPort } from "node:worker_threads";

const port = parentPort!;
port.on("message", (batch: [number, string, string][]) => {
  const written: number[] = [];
  const failed: [number, string][] = [];
  for (const [seq, file, text] of batch) {
    try {
      writeFileSync(file, text);
      written.push(seq);
    } catch (err) {
      failed.push([seq, (err as Error).message]);
    }
  }
  port.postMessage({ written, failed });
});
