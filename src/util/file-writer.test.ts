import { readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { tempDir } from "../test-support/temp.js";
import { FileWriter } from "./file-writer.js";

describe("FileWriter", () => {
  it("writes every file handed over, tells each one written, reports one that cannot be written with the reason, and waits for all on close", async () => {
    const dir = tempDir("file-writer");
    const failed: [string, string][] = [];
    const written: string[] = [];
    const writer = new FileWriter((file, err) => failed.push([file, err.message]));
    // (more files than may be pending at once: the writer makes the caller wait, losing none)
    for (let i = 0; i < 600; i++) await writer.write(join(dir, `r${i}.json`), `{"n":${i}}\n`, () => written.push(`r${i}`));
    await writer.write(join(dir, "no-such-folder", "x.json"), "{}\n", () => written.push("x"));
    await writer.close();
    expect(written).toHaveLength(600);
    expect(written.slice(0, 3)).toEqual(["r0", "r1", "r2"]);
    expect(readFileSync(join(dir, "r599.json"), "utf8")).toBe('{"n":599}\n');
    expect(failed).toHaveLength(1);
    expect(failed[0]![0]).toContain("no-such-folder");
    expect(failed[0]![1]).toMatch(/ENOENT/);
  });
});
