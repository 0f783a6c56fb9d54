/**
 * The n-gram language model (eld's small database), loaded fast: eld ships its database as a
 * JavaScript module of 1.6 MB, which Node takes about 0.7 s to compile and run; `npm run build`
 * writes the same data as JSON beside the built code (build-language-model.ts), which parses in
 * about a fifth of that. The JSON is used only with the eld version it was written from (its
 * version is recorded in it); otherwise, or when it is missing, eld's own module is loaded.
 */
import { existsSync, readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";

/** What Vigie asks of eld's detector. */
export interface Eld {
  detect(text: string): { language: string; isReliable(): boolean; getScores(): Record<string, number> };
}

export const MODEL_FILE = fileURLToPath(new URL("./language-model.json", import.meta.url));

/** The prebuilt model's file: eld's version and its small database. */
export interface PrebuiltModel {
  eld: string;
  ngramsData: unknown;
}

/** eld's entry for its small database, and the package's folder beside it. */
const smallEntry = () => new URL(import.meta.resolve("eld/small"));
const eldFile = (path: string) => new URL(`../../${path}`, smallEntry());

/** The installed eld's version. */
export function eldVersion(): string {
  return (JSON.parse(readFileSync(eldFile("package.json"), "utf8")) as { version: string }).version;
}

/** eld's detector with its small database: from the prebuilt JSON when it is current, else from eld's module. */
export async function loadEld(file: string = MODEL_FILE): Promise<Eld> {
  try {
    if (existsSync(file)) {
      const prebuilt = JSON.parse(readFileSync(file, "utf8")) as PrebuiltModel;
      if (prebuilt.eld === eldVersion()) {
        // (the detector without a database, as eld's own entries make it, given the same data)
        const { createEld } = (await import(eldFile("src/languageDetector.js").href)) as {
          createEld(): { instance: Eld; loadData(data: unknown): unknown };
        };
        const { instance, loadData } = createEld();
        if (loadData(prebuilt.ngramsData)) return instance;
      }
    }
  } catch {
    // (a prebuilt file unreadable, or an eld laid out otherwise: its own module, as before)
  }
  return (await import("eld/small")).eld as Eld;
}
