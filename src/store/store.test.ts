import { spawn, spawnSync } from "node:child_process";
import { mkdtempSync, writeFileSync, mkdirSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import Database from "better-sqlite3";
import { beforeAll, describe, expect, it } from "vitest";
import { createAnalyzer, type Analyzer } from "../analyze.js";
import { Store, StoreError } from "./store.js";

const CLI = fileURLToPath(new URL("../../dist/cli/main.js", import.meta.url));
let vigie: Analyzer;
let dir: string;
beforeAll(async () => {
  vigie = await createAnalyzer();
  dir = mkdtempSync(join(tmpdir(), "vigie-store-"));
});

describe("store", () => {
  it("stores a document and its analysis once: the same text again adds nothing", () => {
    const store = new Store(join(dir, "once.db"));
    const record = vigie.analyzeText("date 2024-12 Les rebelles sont entrés dans Alep. Le président Bachar el-Assad a quitté Damas.");
    expect(store.add(record)).toBe("added");
    expect(store.add(record)).toBe("duplicate");
    expect(store.add(vigie.analyzeText("date 2024-12 LES REBELLES sont entrés dans Alep ;  le président Bachar el-Assad a quitté Damas !"))).toBe("duplicate");
    expect(store.stats().documents).toBe(1);
    store.close();
  });

  it("searches without regard to diacritics, and finds a place under any of its names", () => {
    const store = new Store(join(dir, "search.db"));
    store.add(vigie.analyzeText("date 2024-12 Des frappes ont visé Alep et Téhéran a protesté.", { id: "fr" }));
    store.add(vigie.analyzeText("date 2024-12 Strikes hit Aleppo overnight, residents said.", { id: "en" }));
    expect(store.search("Teheran").map((h) => h.key)).toEqual(["fr"]);
    expect(store.search("Alep").map((h) => h.key).sort()).toEqual(["en", "fr"]);
    expect(store.search("Aleppo").map((h) => h.key).sort()).toEqual(["en", "fr"]);
    expect(store.search("frappes", { lang: "en" })).toEqual([]);
    store.close();
  });

  it("refuses a database from a newer Vigie with a clear message", () => {
    const path = join(dir, "newer.db");
    const db = new Database(path);
    db.pragma("user_version = 99");
    db.close();
    expect(() => new Store(path)).toThrow(StoreError);
    expect(() => new Store(path)).toThrow(/schema version 99, newer than this Vigie/);
  });
});

describe("vigie ingest", () => {
  const corpus = () => {
    const c = join(dir, "corpus");
    mkdirSync(c, { recursive: true });
    for (let i = 0; i < 120; i++) writeFileSync(join(c, `a${String(i).padStart(3, "0")}.txt`), `date 2024-12 Dépêche numéro ${i}. Les combats se poursuivent près d'Alep, selon l'OSDH, qui fait état de ${i} morts.`);
    return c;
  };

  it("ends, after a kill -9 and a second run, in exactly the state of an uninterrupted run", async () => {
    const c = corpus();
    const whole = join(dir, "whole.db");
    expect(spawnSync(process.execPath, [CLI, "ingest", c, "--db", whole, "--quiet"]).status).toBe(0);
    const killed = join(dir, "killed.db");
    const child = spawn(process.execPath, [CLI, "ingest", c, "--db", killed, "--quiet"]);
    const exited = new Promise((r) => child.on("exit", r));
    await Promise.race([exited, new Promise((r) => setTimeout(r, 1500))]);
    child.kill("SIGKILL");
    await exited;
    expect(spawnSync(process.execPath, [CLI, "ingest", c, "--db", killed, "--quiet"]).status).toBe(0);
    const count = (p: string) => {
      const s = new Store(p, { readonly: true });
      const st = s.stats();
      s.close();
      return [st.documents, st.mentions, st.events, st.quotes];
    };
    expect(count(killed)).toEqual(count(whole));
    expect(count(whole)[0]).toBe(120);
  }, 120_000);
});
