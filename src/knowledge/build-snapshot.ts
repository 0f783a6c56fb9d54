/** Writes the shipped knowledge's snapshot beside the built code (run by `npm run build`; see snapshot.ts). */
import { writeFileSync } from "node:fs";
import { buildSnapshot } from "./knowledge.js";
import { SNAPSHOT_FILE } from "./snapshot.js";

const snapshot = buildSnapshot();
writeFileSync(SNAPSHOT_FILE, JSON.stringify(snapshot));
process.stdout.write(`knowledge snapshot: ${snapshot.entries.length} entries, ${snapshot.keys.length} names' keys, ${SNAPSHOT_FILE}\n`);
