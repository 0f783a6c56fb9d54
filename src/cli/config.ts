import { existsSync, readFileSync } from "node:fs";
import { dirname, resolve } from "node:path";
import { UsageError } from "./usage.js";

/** vigie.config.json: settings a user keeps instead of repeating flags. */
export interface Config {
  /** user knowledge files, applied after the shipped knowledge */
  kb: string[];
}

export const CONFIG_FILE = "vigie.config.json";

/**
 * The configuration from `path`, or from ./vigie.config.json when it exists; paths in it are
 * relative to the file. A file that cannot be read or parsed is a usage error.
 */
export function loadConfig(path: string | undefined): Config {
  const file = path ?? (existsSync(CONFIG_FILE) ? CONFIG_FILE : null);
  if (!file) return { kb: [] };
  let raw: unknown;
  try {
    raw = JSON.parse(readFileSync(file, "utf8"));
  } catch (err) {
    throw new UsageError(`${file}: cannot read the configuration (${(err as Error).message})`);
  }
  const kb = (raw as { kb?: unknown }).kb ?? [];
  if (!Array.isArray(kb) || !kb.every((x) => typeof x === "string"))
    throw new UsageError(`${file}: "kb" must be a list of file paths`);
  return { kb: kb.map((k) => resolve(dirname(file), k)) };
}

/**
 * The knowledge files a command is given: the configuration's, then the --kb flags'. A file that
 * does not exist is a usage error (a typo would otherwise pass unnoticed).
 */
export function knowledgeFiles(configPath: string | undefined, flags: string[] | undefined): string[] {
  const files = [...loadConfig(configPath).kb, ...(flags ?? [])];
  for (const f of files) if (!existsSync(f)) throw new UsageError(`--kb ${f}: no such file`);
  return files;
}
