/**
 * The shipped knowledge, prebuilt: `npm run build` writes it beside the built code. It holds the
 * entries as data/knowledge gives them (amendments applied, shadowed names merged), the dated
 * events, and the lookup keys of the names that are not plain ASCII words, so that loading skips
 * parsing the source files and tokenizing those names. It is used only with no user knowledge
 * files, and only while the source files, the tokenizer's rules and the code that reads them are
 * the ones it was built from (the hash of their contents: a build of changed code that did not
 * write the snapshot again does not use a stale one); otherwise the sources are read as before.
 */
import { createHash } from "node:crypto";
import { existsSync, readdirSync, readFileSync, statSync } from "node:fs";
import { basename, dirname, extname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { DATA_DIR } from "../util/data.js";
import type { KnownEntity } from "./types.js";

/** Changed whenever what a snapshot holds changes shape. */
export const SNAPSHOT_VERSION = 2;
export const SNAPSHOT_FILE = fileURLToPath(new URL("./snapshot.json", import.meta.url));

export interface Snapshot {
  version: number;
  /** the hash of the files it was built from, and of their sizes and times (see stamp) */
  signature: string;
  stamp: string;
  /** the entries, plain cities as rows of their values (see cityRow in knowledge.ts) */
  entries: (KnownEntity | (string | number)[])[];
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

/** The code that reads the knowledge and keys its names: this folder's modules, the tokenizer and the folding. */
function codeFiles(): string[] {
  const self = fileURLToPath(import.meta.url);
  const here = dirname(self);
  const ext = extname(self);
  const own = readdirSync(here).filter((f) => f.endsWith(ext) && !f.endsWith(`.d${ext}`) && !f.includes(".test."));
  return [...own.sort().map((f) => join(here, f)), join(here, "..", "text", `tokens${ext}`), join(here, "..", "text", `fold${ext}`)];
}

/** The files a snapshot is built from: the knowledge's sources, the tokenizer's rules, the code that reads them. */
const signedFiles = (files: string[]) => [...files, ...tokenRuleFiles(), ...codeFiles()];

/** The hash of the contents of the files a snapshot is built from. */
export function signature(files: string[]): string {
  const hash = createHash("sha1");
  for (const f of signedFiles(files)) {
    hash.update(basename(f));
    hash.update(readFileSync(f));
  }
  return hash.digest("hex");
}

/**
 * The hash of those files' names, sizes and modification times: when it is the one the snapshot
 * was built with, the files are the ones it was built from, and their contents are not read
 * again (a copy of the package with other times has its contents hashed).
 */
export function stamp(files: string[]): string {
  const hash = createHash("sha1");
  for (const f of signedFiles(files)) {
    const info = statSync(f);
    hash.update(`${basename(f)}\t${info.size}\t${info.mtimeMs}\n`);
  }
  return hash.digest("hex");
}

/** The snapshot built from these very files, or null (none built, another version, files changed since, unreadable). */
export function readSnapshot(files: string[], file: string = SNAPSHOT_FILE): Snapshot | null {
  if (!existsSync(file)) return null;
  try {
    const snapshot = JSON.parse(readFileSync(file, "utf8")) as Snapshot;
    return snapshot.version === SNAPSHOT_VERSION && (snapshot.stamp === stamp(files) || snapshot.signature === signature(files)) ? snapshot : null;
  } catch {
    return null;
  }
}
