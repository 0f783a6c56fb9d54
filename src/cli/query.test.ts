import { spawnSync } from "node:child_process";
import { readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { beforeAll, describe, expect, it } from "vitest";
import { tempDir } from "../test-support/temp.js";

const CLI = fileURLToPath(new URL("../../dist/cli/main.js", import.meta.url));
const vigie = (args: string[]) => spawnSync(process.execPath, [CLI, ...args], { encoding: "utf8", env: { ...process.env, NO_COLOR: "1" } });
let dir: string;
let db: string;

beforeAll(() => {
  dir = tempDir("query-cli");
  db = join(dir, "q.db");
  writeFileSync(join(dir, "a.txt"), "date 2024-12-02 Des frappes aériennes ont tué douze civils à Alep lundi, selon l'Observatoire syrien des droits de l'homme.");
  expect(vigie(["ingest", join(dir, "a.txt"), "--db", db, "--workers", "1", "--quiet"]).status).toBe(0);
});

describe("vigie events, export", () => {
  it("prints events as JSON Lines when piped, and writes an export file", () => {
    const events = vigie(["events", "--db", db, "--type", "ASSAULT"]);
    expect(JSON.parse(events.stdout.trim().split("\n")[0]!)).toMatchObject({ event_type: "ASSAULT", place: "Aleppo" });
    const out = join(dir, "events.csv");
    const r = vigie(["export", "events", "--db", db, "--format", "csv", "--out", out]);
    expect(r.status).toBe(0);
    expect(readFileSync(out, "utf8")).toMatch(/^event_id,event_date,/);
  });

  it("names an export file it cannot write, and a database that does not exist, in one line each", () => {
    const r = vigie(["export", "events", "--db", db, "--out", join(dir, "missing", "e.csv")]);
    expect(r.status).toBe(1);
    expect(r.stderr.trim().split("\n")).toEqual([expect.stringMatching(/missing\/e\.csv: cannot write the export \(no such file or directory\)/)]);
    const none = vigie(["events", "--db", join(dir, "none.db")]);
    expect(none.stderr.trim()).toMatch(/none\.db: no such database/);
    expect(vigie(["events", "--db", db, "--limit", "zero"]).stderr.trim()).toBe('vigie: --limit takes a positive whole number, not "zero"');
  });

  it("refuses odd queries and invalid options with exit 2 and one line, never a crash", () => {
    for (const q of ['"', '""""', "", "   ", "-"]) {
      const r = vigie(["search", q, "--db", db]);
      expect(r.status).toBe(2);
      expect(r.stderr.trim()).toBe("vigie: search needs a QUERY with at least one word or number");
    }
    const refused = (args: string[], message: RegExp) => {
      const r = vigie([...args, "--db", db]);
      expect(r.status).toBe(2);
      expect(r.stderr.trim()).toMatch(message);
    };
    for (const cmd of [["search", "Alep"], ["events"], ["export", "events"], ["stories"]]) refused([...cmd, "--limit", "99999999999999999999"], /--limit takes a whole number up to/);
    refused(["events", "--from", "banana"], /--from takes a date/);
    refused(["events", "--from", "2024-13"], /--from takes a date/);
    refused(["search", "Alep", "--to", "2024-12-32"], /--to takes a date/);
    refused(["events", "--type", "BOMBING"], /--type is one of AGREE, ACCUSE/);
    refused(["events", "--status", "maybe"], /--status is one of reported/);
    refused(["quotes", "--kind", "loud"], /--kind is one of direct, indirect, partial/);
    refused(["events", "--country", "Syria"], /--country takes a two-letter ISO 3166/);
    expect(vigie(["events", "--db", db, "--type", "assault", "--country", "sy", "--from", "2024-02-29"]).status).toBe(0);
  });
});
