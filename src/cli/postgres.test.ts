/**
 * The PostgreSQL back-end end to end, through the CLI: the same inputs give the same answers as
 * in SQLite, and the job queue's workers store every document once, even when one is killed.
 */
import { spawn, spawnSync } from "node:child_process";
import { mkdirSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { beforeAll, describe, expect, it } from "vitest";
import { JobQueue, type JobData } from "../queue/queue.js";
import { BACKENDS, POSTGRES_BACKEND } from "../test-support/stores.js";
import { tempDir } from "../test-support/temp.js";

const CLI = fileURLToPath(new URL("../../dist/cli/main.js", import.meta.url));
const DEMO = fileURLToPath(new URL("../../demo/articles", import.meta.url));
const vigie = (args: string[]) => spawnSync(process.execPath, [CLI, ...args], { encoding: "utf8", env: { ...process.env, NO_COLOR: "1" } });
const ok = (args: string[]) => {
  const r = vigie(args);
  if (r.status !== 0) throw new Error(`vigie ${args.join(" ")}: exit ${r.status}\n${r.stderr}`);
  return r.stdout;
};
const lines = (out: string) => out.trim().split("\n").filter(Boolean).map((l) => JSON.parse(l) as Record<string, unknown>);

let dir: string;
beforeAll(() => {
  dir = tempDir("pg-cli");
});

/** A corpus of dispatches written for the tests: many small documents, a few near-duplicates. */
function corpus(n: number): string {
  const c = join(dir, `corpus-${n}`);
  mkdirSync(c, { recursive: true });
  for (let i = 0; i < n; i++)
    writeFileSync(join(c, `d${String(i).padStart(3, "0")}.txt`), `date 2024-12-${String(1 + (i % 28)).padStart(2, "0")} Dépêche numéro ${i}. Les combats se poursuivent près d'Alep, selon l'OSDH, qui fait état de ${i + 3} morts. Le ministre turc des Affaires étrangères a appelé à un cessez-le-feu.`);
  return c;
}

describe.skipIf(!BACKENDS.includes(POSTGRES_BACKEND))("PostgreSQL store through the CLI", () => {
  it("gives the same counts and the same answers to every query as SQLite for the same inputs", async () => {
    const sqlite = join(dir, "same.db");
    const pg = await POSTGRES_BACKEND.location("same");
    for (const db of [sqlite, pg]) ok(["ingest", DEMO, "--db", db, "--quiet", "--workers", "1"]);
    const ask = (db: string) => ({
      stats: lines(ok(["stats", "--db", db, "--json"])),
      events: ok(["events", "--db", db, "--json", "--limit", "1000"]),
      assaults: ok(["events", "--db", db, "--json", "--type", "ASSAULT", "--country", "SY"]),
      quotes: ok(["quotes", "--db", db, "--json", "--limit", "1000"]),
      entity: ok(["entity", "Netanyahu", "--db", db, "--json"]),
      stories: ok(["stories", "--db", db, "--json"]),
      story: ok(["story", "1", "--db", db, "--json"]),
      csv: ok(["export", "events", "--db", db, "--format", "csv"]),
      // relevance is computed differently (bm25, ts_rank): compared as sets of documents
      search: ["Alep", "Biden", "frappes", "Téhéran"].map((q) => lines(vigie(["search", q, "--db", db, "--json", "--limit", "50"]).stdout).map((h) => h.key).sort()),
    });
    const [a, b] = [ask(sqlite), ask(pg)];
    expect(b.stats).toEqual(a.stats);
    expect(lines(a.events).length).toBeGreaterThan(20);
    for (const key of ["events", "assaults", "quotes", "entity", "stories", "story", "csv"] as const) expect(b[key], key).toBe(a[key]);
    // PostgreSQL stems French and English words, so it finds every SQLite hit and inflected forms too ("frappes": "frappé")
    a.search.forEach((keys, i) => expect(b.search[i]).toEqual(expect.arrayContaining(keys)));
    expect(a.search.every((keys) => keys.length > 0)).toBe(true);
  });

  it("has workers store every queued document once, a killed worker's jobs included", async () => {
    const input = corpus(150);
    const whole = join(dir, "whole.db");
    ok(["ingest", input, "--db", whole, "--quiet"]);
    const pg = await POSTGRES_BACKEND.location("queue");
    expect(ok(["enqueue", input, "--db", pg, "--quiet", "--lease", "6"])).toBe("");
    // one worker killed with -9 while it works, then two that finish the queue
    const doomed = spawn(process.execPath, [CLI, "worker", "--db", pg, "--quiet", "--lease", "6", "--time-limit", "3", "--concurrency", "2"], { stdio: "ignore" });
    const status = () => lines(ok(["queue", "status", "--db", pg, "--json"]))[0]! as { created: number; retry: number; active: number; completed: number; failed: number };
    while (status().completed < 10) await new Promise((r) => setTimeout(r, 100));
    doomed.kill("SIGKILL");
    await new Promise((r) => doomed.on("exit", r));
    const left = status();
    expect(left.created + left.active).toBeGreaterThan(0);
    const finish = () =>
      new Promise<number>((done) =>
        spawn(process.execPath, [CLI, "worker", "--db", pg, "--quiet", "--lease", "6", "--time-limit", "3", "--exit-when-empty"], { stdio: "ignore" }).on("exit", (code) => done(code ?? -1)),
      );
    expect(await Promise.all([finish(), finish()])).toEqual([0, 0]);
    expect(status()).toMatchObject({ created: 0, retry: 0, active: 0, failed: 0 });
    const counts = (db: string) => {
      const s = lines(ok(["stats", "--db", db, "--json"]))[0]!;
      return [s.documents, s.nearDuplicates, s.entities, s.mentions, s.quotes, s.events, s.framing];
    };
    expect(counts(pg)).toEqual(counts(whole));
    expect(counts(pg)[0]).toBe(150);
  }, 120_000);

  it("marks a poison job failed with its reason after its retries, and stores the rest", async () => {
    const pg = await POSTGRES_BACKEND.location("poison");
    const input = join(dir, "poison.jsonl");
    writeFileSync(input, ["date 2024-12-04 Un premier texte ordinaire, écrit pour ce test.", "date 2024-12-05 Un second texte ordinaire, écrit pour ce test."].map((text, i) => JSON.stringify({ id: `ok${i}`, text })).join("\n"));
    ok(["enqueue", input, "--db", pg, "--quiet"]);
    // a job whose document no reader would have made: its analysis throws
    const queue = await JobQueue.open(pg);
    await queue.add([{ meta: null, text: null, name: "poison.jsonl:99", outputName: "poison", warnings: [] } as unknown as JobData]);
    await queue.close();
    const run = vigie(["worker", "--db", pg, "--exit-when-empty"]);
    expect(run.status).toBe(0);
    expect(run.stderr).toMatch(/poison\.jsonl:99: not stored \(.+\); it will be tried again/);
    const status = lines(ok(["queue", "status", "--db", pg, "--json"]))[0] as { completed: number; failed: number; failures: { name: string; reason: string }[] };
    expect(status).toMatchObject({ completed: 2, failed: 1 });
    expect(status.failures).toEqual([expect.objectContaining({ name: "poison.jsonl:99", reason: expect.any(String) })]);
    expect(lines(ok(["stats", "--db", pg, "--json"]))[0]!.documents).toBe(2);
  }, 60_000);

  it("refuses the queue on a SQLite file, and names a server that does not answer", () => {
    const r = vigie(["worker", "--db", join(dir, "x.db")]);
    expect(r.status).toBe(2);
    expect(r.stderr).toMatch(/the job queue lives in PostgreSQL/);
    const down = vigie(["stats", "--db", "postgres://vigie:secret@127.0.0.1:1/none"]);
    expect(down.status).toBe(1);
    expect(down.stderr).toMatch(/postgres:\/\/vigie:\*\*\*@127\.0\.0\.1:1\/none: cannot use the database \(nothing answers at that address/);
    expect(down.stderr).not.toMatch(/secret/);
  });
});
