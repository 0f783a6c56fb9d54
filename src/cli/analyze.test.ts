import { spawnSync } from "node:child_process";
import { existsSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { beforeAll, describe, expect, it } from "vitest";
import { spanProblems, type AnalysisRecord } from "../record/record.js";
import { tempDir } from "../test-support/temp.js";

// The built CLI, as users run it (`npm test` builds first).
const CLI = fileURLToPath(new URL("../../dist/cli/main.js", import.meta.url));
const vigie = (args: string[], input?: string) => spawnSync(process.execPath, [CLI, ...args], { input, encoding: "utf8", env: { ...process.env, NO_COLOR: "1" } });

let dir: string;
beforeAll(() => {
  dir = tempDir("cli");
  writeFileSync(join(dir, "a.txt"), " date 2024-12 Le ministre a parlé lundi. « Nous restons », a-t-il dit.");
  writeFileSync(join(dir, "b.txt"), "date 2024-11-03\nThe minister spoke on Monday. He said talks would go on.");
  writeFileSync(join(dir, "empty.txt"), "date 2024-12\n");
  writeFileSync(join(dir, "feed.jsonl"), `${JSON.stringify({ text: "Premier." })}\n{oops\n`);
});

describe("vigie analyze", () => {
  it("prints one contract record per document as JSON Lines when piped", () => {
    const r = vigie(["analyze", join(dir, "a.txt"), join(dir, "b.txt")]);
    expect(r.status).toBe(0);
    const records = r.stdout.trim().split("\n").map((l) => JSON.parse(l) as AnalysisRecord);
    expect(records.map((x) => [x.doc.id, x.doc.lang, x.doc.date?.value])).toEqual([
      ["a", "fr", "2024-12"],
      ["b", "en", "2024-11-03"],
    ]);
    for (const rec of records) {
      expect(rec.schema).toBe("vigie.analysis/1");
      for (const key of ["entities", "times", "quotes", "events", "framing"] as const) expect(Array.isArray(rec[key])).toBe(true);
      expect(spanProblems(rec)).toEqual([]);
    }
  });

  it("analyzes in worker threads with --workers: the same records in the same order, bad documents reported, the rest kept", () => {
    const one = vigie(["analyze", dir]);
    const pooled = vigie(["analyze", dir, "--workers", "2"]);
    expect(pooled.status).toBe(one.status);
    expect(pooled.stdout).toBe(one.stdout);
    expect(pooled.stderr).toContain("empty.txt");
    expect(pooled.stderr).toContain("feed.jsonl:2");
    expect(vigie(["analyze", dir, "--workers", "0"]).status).toBe(2);
  });

  it("names a record it cannot write in one line, counts that document failed, and writes the rest", () => {
    const input = tempDir("in");
    writeFileSync(join(input, "a.txt"), "date 2024-12\nLe ministre a parlé lundi.");
    writeFileSync(join(input, "b.txt"), "date 2024-12\nLe président a parlé mardi.");
    const out = tempDir("out");
    mkdirSync(join(out, "a.json")); // a directory where a's record should go
    const r = vigie(["analyze", input, "--out", out]);
    expect(r.status).toBe(1);
    expect(r.stderr).toMatch(/a\.json: cannot write the record \(EISDIR/);
    expect(r.stderr).toContain("1 documents analyzed (fr 1); 1 failed");
    expect(existsSync(join(out, "b.json"))).toBe(true);
  });

  it("writes one file per document with --out, JSONL lines named by line number", () => {
    const out = tempDir("out");
    const r = vigie(["analyze", dir, "--out", out]);
    expect(r.status).toBe(1);
    expect(readdirSync(out).sort()).toEqual(["a.json", "b.json", "feed-1.json"]);
    expect(JSON.parse(readFileSync(join(out, "a.json"), "utf8")).doc.id).toBe("a");
    const lines = r.stderr.trim().split("\n");
    expect(lines).toContain(`vigie: ${join(dir, "empty.txt")}: empty document (no text to analyze)`);
    expect(lines.some((l) => l.startsWith(`vigie: ${join(dir, "feed.jsonl")}:2: malformed JSON`))).toBe(true);
    expect(r.stderr).not.toMatch(/\bat .*\.js:\d+/);
  });

  it("reads standard input with -", () => {
    const r = vigie(["analyze", "-"], "date 2024-05 Le conseil a voté hier soir.");
    expect(r.status).toBe(0);
    expect(JSON.parse(r.stdout).doc).toMatchObject({ id: "stdin", lang: "fr", date: { value: "2024-05" } });
  });

  it("prints a readable summary with --pretty", () => {
    const r = vigie(["analyze", join(dir, "b.txt"), "--pretty"]);
    expect(r.status).toBe(0);
    expect(r.stdout).toMatch(/^b {2}en · 2024-11-03/m);
  });

  it("answers a usage error with one line and exit code 2", () => {
    for (const args of [["analyze"], ["analyze", "x", "--max-bytes", "zero"], ["analyze", "--bogus", "x"], ["frobnicate"]]) {
      const r = vigie(args);
      expect(r.status).toBe(2);
      expect(r.stderr.trim().split("\n")).toHaveLength(1);
      expect(r.stderr).toMatch(/^vigie: /);
    }
  });

  it("exits 1 when a path cannot be read, after the others are done", () => {
    const r = vigie(["analyze", join(dir, "nope.txt"), join(dir, "a.txt")]);
    expect(r.status).toBe(1);
    expect(r.stderr).toMatch(/nope\.txt: no such file or directory/);
    expect(JSON.parse(r.stdout).doc.id).toBe("a");
  });

  it("loads user knowledge with --kb, naming a malformed entry by line and going on", () => {
    const kb = join(dir, "kb.jsonl");
    writeFileSync(kb, `${JSON.stringify({ name: "Lucie Marchal", type: "person", country: "FR" })}\n{broken\n`);
    const r = vigie(["analyze", join(dir, "a.txt"), "--kb", kb]);
    expect(r.status).toBe(0);
    expect(r.stderr).toContain(`vigie: ${kb}:2: `);
    expect(r.stderr).toMatch(/entry skipped/);
    expect(JSON.parse(r.stdout).doc.id).toBe("a");
  });
});

describe("vigie lookup", () => {
  it("tells what the knowledge base knows of a name at a date", () => {
    const r = vigie(["lookup", "Bachar el-Assad", "Alep", "--date", "2024-12", "--json"]);
    expect(r.status).toBe(0);
    const [assad, alep] = r.stdout.trim().split("\n").map((l) => JSON.parse(l));
    expect(assad.matches[0]).toMatchObject({ name: "Bashar al-Assad", role: "President of Syria", country: "SY" });
    expect(alep.matches[0]).toMatchObject({ name: "Aleppo", geo: { kind: "city", country: "SY" } });
  });

  it("exits 1 for a name it does not know", () => {
    expect(vigie(["lookup", "Zzyzx Qwerty"]).status).toBe(1);
  });

  it("prints its version, and refuses a --kb file that does not exist", () => {
    expect(vigie(["--version"]).stdout).toMatch(/^vigie \d+\.\d+\.\d+\n$/);
    const r = vigie(["analyze", join(dir, "a.txt"), "--kb", join(dir, "missing.jsonl")]);
    expect(r.status).toBe(2);
    expect(r.stderr.trim()).toBe(`vigie: --kb ${join(dir, "missing.jsonl")}: no such file`);
  });

  it("prints each command's own help with every option it takes", () => {
    const ingest = vigie(["ingest", "--help"]);
    expect(ingest.status).toBe(0);
    for (const option of ["--workers", "--quiet", "--config", "--time-limit", "--kb"]) expect(ingest.stdout).toContain(option);
    expect(vigie(["help", "stories"]).stdout).toMatch(/^vigie stories/);
    expect(vigie(["events", "-h"]).stdout).toContain("--country CC");
  });

  it.skipIf(!existsSync("/usr/bin/script"))("draws a progress bar on a terminal while records go to files, and erases it before the summary", () => {
    const out = join(dir, "bar-out");
    const command = [process.execPath, CLI, "analyze", join(dir, "a.txt"), join(dir, "b.txt"), "--out", out].map((a) => `'${a}'`).join(" ");
    const r = spawnSync("/usr/bin/script", ["-qc", command, "/dev/null"], { encoding: "utf8", env: { ...process.env, NO_COLOR: "1" } });
    expect(r.stdout).toMatch(/\[#*\.*\] \d\/2 /);
    expect(r.stdout).toMatch(/\x1b\[K2 documents analyzed/);
    // piped, no bar
    expect(vigie(["analyze", join(dir, "a.txt"), "--out", out]).stderr).not.toContain("[#");
  });
});
