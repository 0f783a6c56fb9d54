import { spawn, spawnSync } from "node:child_process";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { beforeAll, describe, expect, it } from "vitest";
import { tempDir } from "../test-support/temp.js";

const CLI = fileURLToPath(new URL("../../dist/cli/main.js", import.meta.url));
const FIXTURE = fileURLToPath(new URL("../server/fixtures/hostile.jsonl", import.meta.url));
let db: string;

beforeAll(() => {
  db = join(tempDir("serve-cli"), "s.db");
  expect(spawnSync(process.execPath, [CLI, "ingest", FIXTURE, "--db", db, "--workers", "1", "--quiet"]).status).toBe(0);
}, 60_000);

describe("vigie serve", () => {
  it("refuses a host other machines reach without --allow-remote, and a missing store", () => {
    const remote = spawnSync(process.execPath, [CLI, "serve", "--db", db, "--host", "0.0.0.0"], { encoding: "utf8" });
    expect(remote.status).toBe(2);
    expect(remote.stderr).toMatch(/--allow-remote/);
    const missing = spawnSync(process.execPath, [CLI, "serve", "--db", join(tmpdir(), "no-such-vigie.db")], { encoding: "utf8" });
    expect(missing.status).toBe(1);
    expect(missing.stderr).toMatch(/no such database/);
  });

  it("serves the store on loopback until interrupted", async () => {
    const child = spawn(process.execPath, [CLI, "serve", "--db", db, "--port", "0"], { stdio: ["ignore", "ignore", "pipe"] });
    let err = "";
    const address = await new Promise<string>((resolve, reject) => {
      child.stderr.on("data", (chunk: Buffer) => {
        err += chunk.toString();
        const m = /at (http:\/\/127\.0\.0\.1:\d+)\//.exec(err);
        if (m) resolve(m[1]!);
      });
      child.on("exit", () => reject(new Error(err)));
    });
    const stats = (await (await fetch(`${address}/api/stats`)).json()) as { documents: number };
    expect(stats.documents).toBe(1);
    const exited = new Promise<number | null>((resolve) => child.on("exit", resolve));
    child.kill("SIGINT");
    expect(await exited).toBe(0);
  });
});
