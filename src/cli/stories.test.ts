import { spawnSync } from "node:child_process";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { beforeAll, describe, expect, it } from "vitest";
import { tempDir } from "../test-support/temp.js";

const CLI = fileURLToPath(new URL("../../dist/cli/main.js", import.meta.url));
const FIXTURE = fileURLToPath(new URL("../stories/fixtures/multi-outlet.jsonl", import.meta.url));
const vigie = (args: string[]) => spawnSync(process.execPath, [CLI, ...args], { encoding: "utf8", env: { ...process.env, NO_COLOR: "1" } });
let db: string;

beforeAll(() => {
  db = join(tempDir("stories-cli"), "s.db");
  expect(vigie(["ingest", FIXTURE, "--db", db, "--workers", "1", "--quiet"]).status).toBe(0);
}, 60_000);

describe("vigie stories, story, export stories", () => {
  it("lists stories as JSON Lines, filtered, and regroups them the same with --rebuild", () => {
    const list = vigie(["stories", "--db", db]);
    expect(list.status).toBe(0);
    const rows = list.stdout.trim().split("\n").map((l) => JSON.parse(l) as { id: number; documents: number; outlets: number });
    expect(rows.map((r) => r.documents).sort()).toEqual([1, 1, 2, 3]);
    expect(vigie(["stories", "--db", db, "--min-outlets", "3"]).stdout.trim().split("\n")).toHaveLength(1);
    const rebuilt = vigie(["stories", "--db", db, "--rebuild"]);
    expect(rebuilt.stderr).toMatch(/4 stories regrouped/);
    expect(rebuilt.stdout).toBe(list.stdout);
  });

  it("shows one story with each outlet's labels and voices", () => {
    const rows = vigie(["stories", "--db", db, "--min-outlets", "3"]).stdout.trim();
    const id = (JSON.parse(rows) as { id: number }).id;
    const story = vigie(["story", String(id), "--db", db, "--json"]);
    const view = JSON.parse(story.stdout) as { outlets: { outlet: string; labels: { term: string; voice: string; speaker: string | null }[] }[] };
    expect(view.outlets.map((o) => o.outlet).sort()).toEqual(["Agence d'État", "Le Quotidien", "World Wire"]);
    expect(vigie(["story", "999", "--db", db]).stderr.trim()).toBe("vigie: no story 999");
    expect(vigie(["story", "--db", db]).status).toBe(2);
  });

  it("exports stories as CSV, and refuses GeoJSON for them", () => {
    const csv = vigie(["export", "stories", "--db", db, "--format", "csv"]);
    expect(csv.stdout.split("\n")[0]).toBe("id,title,first_day,last_day,documents,outlets,languages,entities");
    expect(csv.stderr.trim()).toBe("vigie: 4 stories exported");
    expect(vigie(["export", "stories", "--db", db, "--format", "geojson"]).status).toBe(2);
  });
});
