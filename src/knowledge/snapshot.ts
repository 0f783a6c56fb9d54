/**
 * The shipped knowledge, prebuilt: `npm run build` writes it beside the built code. It holds the
 * entries as data/knowledge gives them (amendments applied, shadowed names merged), the dated
 * events, and the lookup keys of every name, so that loading skips parsing the source files and
 * tokenizing some hundred thousand names. It is used only with no user knowledge files, and only
 * while the source files and the tokenizer's rules are the ones it was built from (the hash of
 * their contents); otherwise the sources are read as before.
 */
import { createHash } from "node:crypto";
import { existsSync, readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { DATA_DIR } from "../util/data.js";
import type { KnownEntity } from "./types.js";

/** Changed whenever what a snapshot holds changes shape. */
export const SNAPSHOT_VERSION = 1;
export const SNAPSHOT_FILE = fileURLToPath(new URL("./snapshot.json", import.meta.url));

export interface Snapshot {
  version: number;
  /** the hash of the files it was built from */
  signature: string;
  entries: KnownEntity[];
  /** the countries, by their place among the entries */
  countries: number[];
  calendar: { date: string; name: string; countries: string[]; cueWords: string[] }[];
  /** the shipped files' problems: file, line, what */
  errors: [string, number, string][];
  /** each name's lookup keys: [name, ...keys] */
  keys: string[][];
}

/** The tokenizer's rules (data/lang/<lang>/tokens.json), which a name's keys follow. */
function tokenRuleFiles(): string[] {
  const lang = join(DATA_DIR, "lang");
  return readdirSync(lang)
    .sort()
    .map((l) => join(lang, l, "tokens.json"))
    .filter((f) => existsSync(f));
}

/** The hash of the knowledge's source files and of the tokenizer's rules. */
export function signature(files: string[]): string {
  const hash = createHash("sha1");
  for (const f of [...files, ...tokenRuleFiles()]) {
    hash.update(f.slice(DATA_DIR.length));
    hash.update(readFileSync(f));
  }
  return hash.digest("hex");
}

/** The snapshot built from these very files, or null (none built, another version, files changed since, unreadable). */
export function readSnapshot(files: string[], file: string = SNAPSHOT_FILE): Snapshot | null {
  if (!existsSync(file)) return null;
  try {
    const snapshot = JSON.parse(readFileSync(file, "utf8")) as Snapshot;
    return snapshot.version === SNAPSHOT_VERSION && snapshot.signature === signature(files) ? snapshot : null;
  } catch {
    return null;
  }
}
