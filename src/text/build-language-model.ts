/** Writes eld's small n-gram database as JSON beside the built code (run by `npm run build`; see language-model.ts). */
import { writeFileSync } from "node:fs";
import { eldVersion, MODEL_FILE, type PrebuiltModel } from "./language-model.js";

const { ngramsData } = (await import(new URL("../ngrams/small.js", import.meta.resolve("eld/small")).href)) as { ngramsData: unknown };
const model: PrebuiltModel = { eld: eldVersion(), ngramsData };
writeFileSync(MODEL_FILE, JSON.stringify(model));
process.stdout.write(`language model: eld ${model.eld}, ${MODEL_FILE}\n`);
