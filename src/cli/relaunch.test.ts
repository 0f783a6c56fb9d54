import { spawnSync } from "node:child_process";
import { mkdirSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { beforeAll, describe, expect, it } from "vitest";
import { tempDir } from "../test-support/temp.js";
import { helperThreads, inputsReach } from "./relaunch.js";

const CLI = fileURLToPath(new URL("../../dist/cli/main.js", import.meta.url));

let dir: string;
beforeAll(() => {
  dir = tempDir("relaunch");
  mkdirSync(join(dir, "in"));
  mkdirSync(join(dir, "out"));
  writeFileSync(join(dir, "in", "small.txt"), "date 2025-02-03\nLa ministre a parlé lundi à Lyon.");
  // (about 300 KB: one long dispatch, past the size from which the command restarts)
  writeFileSync(join(dir, "in", "large.txt"), `date 2025-02-03\n${"La ministre Claire Morel a visité l'usine de Lyon lundi. « Nous resterons », a-t-elle dit. ".repeat(3200)}`);
  writeFileSync(join(dir, "out", "filler.bin"), "x".repeat(300 * 1024));
});

describe("restarting with fewer V8 helper threads", () => {
  it("leaves one core to the main thread, and Node's default of four where there are more cores", () => {
    expect(helperThreads(1)).toBe(1);
    expect(helperThreads(2)).toBe(1);
    expect(helperThreads(4)).toBe(3);
    expect(helperThreads(8)).toBeNull();
  });

  it("weighs only the inputs: not an option's value, nor standard input", () => {
    const limit = 256 * 1024;
    expect(inputsReach([join(dir, "in")], limit)).toBe(true);
    expect(inputsReach([join(dir, "in", "small.txt")], limit)).toBe(false);
    expect(inputsReach([join(dir, "in", "small.txt"), "--out", join(dir, "out")], limit)).toBe(false);
    expect(inputsReach(["-", "--json"], limit)).toBe(false);
    expect(inputsReach([join(dir, "missing")], limit)).toBe(false);
  });

  it("gives the same records and exit code from the restarted process as from one run in place", () => {
    const run = (nodeOptions: string) =>
      spawnSync(process.execPath, [CLI, "analyze", join(dir, "in"), join(dir, "missing.txt")], { encoding: "utf8", maxBuffer: 64 << 20, env: { ...process.env, NODE_OPTIONS: nodeOptions } });
    const restarted = run("");
    // (a pool size chosen by the user: no restart)
    const inPlace = run("--v8-pool-size=4");
    expect(restarted.status).toBe(1);
    expect(inPlace.status).toBe(1);
    expect(restarted.stdout).toBe(inPlace.stdout);
    expect(restarted.stdout.trim().split("\n")).toHaveLength(2);
    expect(restarted.stderr).toContain("missing.txt");
  });
});
