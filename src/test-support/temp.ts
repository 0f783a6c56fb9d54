/**
 * Temporary folders for tests, removed after each test file (see cleanup.ts, a setup file of
 * vitest.config.ts), so that runs leave nothing behind in the system's temporary folder.
 */
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";

const made: string[] = [];

/** A new empty folder named `vigie-<prefix>-…` in the system's temporary folder. */
export function tempDir(prefix: string): string {
  const dir = mkdtempSync(join(tmpdir(), `vigie-${prefix}-`));
  made.push(dir);
  return dir;
}

/** Removes the folders made so far (a test file's, once it is done). */
export function removeTempDirs(): void {
  for (const dir of made.splice(0)) rmSync(dir, { recursive: true, force: true });
}
