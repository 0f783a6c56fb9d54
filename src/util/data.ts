import { readFileSync, existsSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { join } from "node:path";

/** The package's shipped data folder (same depth from src/ and dist/). */
export const DATA_DIR = fileURLToPath(new URL("../../data/", import.meta.url));

const cache = new Map<string, unknown>();

/** Reads a JSON data file under data/, once. */
export function readDataJson<T>(relativePath: string): T {
  const hit = cache.get(relativePath);
  if (hit !== undefined) return hit as T;
  const value = JSON.parse(readFileSync(join(DATA_DIR, relativePath), "utf8")) as T;
  cache.set(relativePath, value);
  return value;
}

/**
 * Language knowledge lives in data/lang/<lang>/<name>.json. A language without its own file
 * gets the language-neutral default in data/lang/default/<name>.json.
 */
export function readLangData<T>(lang: string, name: string): T {
  const own = `lang/${lang}/${name}.json`;
  return readDataJson<T>(existsSync(join(DATA_DIR, own)) ? own : `lang/default/${name}.json`);
}

/** A function of a language, computed once per language: how each stage builds its lexicon from the language's data files. */
export function perLanguage<T>(build: (lang: string) => T): (lang: string) => T {
  const built = new Map<string, T>();
  return (lang) => {
    let value = built.get(lang);
    if (value === undefined) {
      value = build(lang);
      built.set(lang, value);
    }
    return value;
  };
}
