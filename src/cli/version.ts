import { readFileSync } from "node:fs";

/** The version in the package's package.json (same depth from src/ and dist/). */
export function packageVersion(): string {
  return (JSON.parse(readFileSync(new URL("../../package.json", import.meta.url), "utf8")) as { version: string }).version;
}
