import { spawn, spawnSync } from "node:child_process";
import { existsSync, readFileSync, writeFileSync, mkdirSync } from "node:fs";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import Database from "better-sqlite3";
import { beforeAll, describe, expect, it } from "vitest";
import { createAnalyzer, type Analyzer } from "../analyze.js";
import { MIGRATIONS, SCHEMA_VERSION } from "./sqlite/schema.js";
import { Store, StoreError } from "./store.js";
import { BACKENDS } from "../test-support/stores.js";
import { tempDir } from "../test-support/temp.js";

const CLI = fileURLToPath(new URL("../../dist/cli/main.js", import.meta.url));
let vigie: Analyzer;
let dir: string;
beforeAll(async () => {
  vigie = await createAnalyzer();
  dir = tempDir("store");
});

describe.each(BACKENDS)("store ($name)", (backend) => {
  it("stores a document and its analysis once: the same text again adds nothing", async () => {
    const store = await Store.open(await backend.location("once"));
    const record = vigie.analyzeText("date 2024-12 Les rebelles sont entrés dans Alep. Le président Bachar el-Assad a quitté Damas.");
    expect(await store.add(record)).toBe("added");
    expect(await store.add(record)).toBe("duplicate");
    expect(await store.add(vigie.analyzeText("date 2024-12 LES REBELLES sont entrés dans Alep ;  le président Bachar el-Assad a quitté Damas !"))).toBe("duplicate");
    expect((await store.stats()).documents).toBe(1);
    await store.close();
  });

  it("makes a batch's documents searchable at its commit, and none of a batch rolled back", async () => {
    const store = await Store.open(await backend.location("batch-search"));
    await store.beginBatch();
    await store.add(vigie.analyzeText("date 2024-12 Des frappes ont visé Alep dans la nuit.", { id: "a" }));
    expect(await store.add(vigie.analyzeText("date 2024-12 Des frappes ont visé Alep dans la nuit.", { id: "again" }))).toBe("duplicate");
    await store.add(vigie.analyzeText("date 2024-12 Le port de Lattaquié a rouvert mardi.", { id: "b" }));
    await store.commitBatch();
    await store.beginBatch();
    await store.add(vigie.analyzeText("date 2024-12 Le port de Tartous a fermé mercredi.", { id: "c" }));
    await store.rollbackBatch();
    expect((await store.search("frappes")).map((h) => h.key)).toEqual(["a"]);
    expect((await store.search("port")).map((h) => h.key)).toEqual(["b"]);
    expect(await store.search("Tartous")).toEqual([]);
    await store.close();
  });

  it("searches without regard to diacritics, and finds a place under any of its names", async () => {
    const store = await Store.open(await backend.location("search"));
    await store.add(vigie.analyzeText("date 2024-12 Des frappes ont visé Alep et Téhéran a protesté.", { id: "fr" }));
    await store.add(vigie.analyzeText("date 2024-12 Strikes hit Aleppo overnight, residents said.", { id: "en" }));
    expect((await store.search("Teheran")).map((h) => h.key)).toEqual(["fr"]);
    expect((await store.search("Alep")).map((h) => h.key).sort()).toEqual(["en", "fr"]);
    expect((await store.search("Aleppo")).map((h) => h.key).sort()).toEqual(["en", "fr"]);
    expect(await store.search("frappes", { lang: "en" })).toEqual([]);
    // each hit's snippet comes from its own document
    await store.add(vigie.analyzeText("date 2024-12 Le premier texte nomme la vallée de Zorglub.", { id: "z1" }));
    await store.add(vigie.analyzeText("date 2024-12 Un second texte parle aussi de Zorglub, plus loin.", { id: "z2" }));
    const zorglub = await store.search("zorglub");
    expect(zorglub.map((h) => h.key).sort()).toEqual(["z1", "z2"]);
    for (const h of zorglub) expect(h.snippet).toContain(h.key === "z1" ? "premier texte" : "second texte");
    expect(await store.search('""')).toEqual([]);
    await store.close();
  });

  it("keeps a lightly edited copy of a stored story, linked to its original, and leaves other stories alone", async () => {
    const store = await Store.open(await backend.location("near"));
    const story =
      "date 2024-06-03 Les dockers du port du Havre ont entamé lundi une grève de quarante-huit heures pour protester contre la réforme des retraites. " +
      "Selon la CGT, près de neuf dockers sur dix ont cessé le travail dès six heures du matin, bloquant le déchargement de plusieurs porte-conteneurs. " +
      "La direction du port estime que le mouvement coûtera plusieurs millions d'euros aux entreprises de la place. " +
      "Le syndicat appelle à une nouvelle journée d'action la semaine prochaine si le gouvernement ne revient pas sur son projet.";
    const edited = `${story.replace("lundi", "ce lundi")} (Avec AFP)`;
    const other =
      "date 2024-06-03 Le festival de jazz de la ville a dévoilé sa programmation, avec une quarantaine de concerts prévus sur trois scènes en plein air pendant dix jours. " +
      "Les organisateurs attendent plus de cent mille spectateurs et promettent des tarifs réduits pour les étudiants et les familles.";
    expect(await store.add(vigie.analyzeText(story, { id: "original" }))).toBe("added");
    expect(await store.add(vigie.analyzeText(edited, { id: "copy" }))).toBe("near-duplicate");
    expect(await store.add(vigie.analyzeText(other, { id: "other" }))).toBe("added");
    const rows = await store.sql.all("SELECT doc_key, duplicate_of FROM documents ORDER BY id");
    expect(rows).toEqual([
      { doc_key: "original", duplicate_of: null },
      { doc_key: "copy", duplicate_of: 1 },
      { doc_key: "other", duplicate_of: null },
    ]);
    expect((await store.stats()).nearDuplicates).toBe(1);
    await store.close();
  });

  it("stores a text once when two writers add it at the same time", async () => {
    const location = await backend.location("two-writers");
    const first = await Store.open(location);
    const second = await Store.open(location);
    const text = "date 2024-12-03 Deux rédactions reçoivent la même dépêche au même instant et l'enregistrent chacune dans la base commune.";
    const outcomes = await Promise.all([first.add(vigie.analyzeText(text, { id: "a" })), second.add(vigie.analyzeText(text, { id: "b" }))]);
    expect(outcomes.sort()).toEqual(["added", "duplicate"]);
    expect((await first.stats()).documents).toBe(1);
    await Promise.all([first.close(), second.close()]);
  });

  it("links a near-duplicate to its original and its story when two writers store them at once", async () => {
    const location = await backend.location("two-writers-near");
    const writers = [await Store.open(location), await Store.open(location)];
    const base =
      "date 2024-06-05 Le conseil municipal de Montbrison a voté mardi soir la rénovation complète de la piscine couverte, fermée depuis deux ans pour des raisons de sécurité. " +
      "Les travaux, estimés à six millions d'euros, doivent commencer à l'automne et durer dix-huit mois, selon l'adjointe aux sports, qui promet une réouverture avant l'été 2026.";
    const edits = ["", " (Avec AFP)", " (Avec Reuters)", " Mis à jour.", " (Avec AFP et Reuters)", " Corrigé."];
    const texts = edits.map((e) => `${base} La maire a salué un vote unanime, rare sur ce dossier.${e}`);
    await Promise.all(texts.map((t, i) => writers[i % 2]!.add(vigie.analyzeText(t, { id: `v${i}` }))));
    await Promise.all(writers.map((w) => w.close()));
    const store = await Store.open(location, { readonly: true });
    const rows = await store.sql.all<{ doc_key: string; duplicate_of: number | null; story_id: number | null }>("SELECT doc_key, duplicate_of, story_id FROM documents ORDER BY id");
    expect(rows).toHaveLength(6);
    // the first stored is the original; every other copy points to it, in its story
    expect(rows.filter((r) => r.duplicate_of === null)).toHaveLength(1);
    expect(new Set(rows.map((r) => r.story_id)).size).toBe(1);
    expect(rows.every((r) => r.story_id !== null)).toBe(true);
    await store.close();
  });
});

describe("store (SQLite file)", () => {
  it("lets two first ingests into a new database create its schema once, without a race", async () => {
    const path = join(dir, "race.db");
    const texts = ["date 2024-12 Des frappes ont visé Alep lundi.", "date 2024-12 Strikes hit Aleppo on Monday."];
    const runs = texts.map((text, i) => {
      const file = join(dir, `race-${i}.txt`);
      writeFileSync(file, text);
      return new Promise<number>((done) => spawn(process.execPath, [CLI, "ingest", file, "--db", path, "--workers", "1", "--quiet"], { stdio: "ignore" }).on("close", (code) => done(code ?? -1)));
    });
    expect(await Promise.all(runs)).toEqual([0, 0]);
    const store = await Store.open(path, { readonly: true });
    expect((await store.stats()).documents).toBe(2);
    await store.close();
  });

  it("migrates a database of an older schema version when opened", async () => {
    const path = join(dir, "v1.db");
    const db = new Database(path);
    db.exec(MIGRATIONS[0]!);
    db.pragma("user_version = 1");
    db.close();
    const store = await Store.open(path);
    expect(store.sqlite!.db.pragma("user_version", { simple: true })).toBe(SCHEMA_VERSION);
    expect(await store.add(vigie.analyzeText("date 2024-12 Un texte assez long pour avoir une empreinte, écrit pour vérifier que la migration ajoute bien la colonne attendue."))).toBe("added");
    await store.close();
  });

  it("refuses a database from a newer Vigie with a clear message", async () => {
    const path = join(dir, "newer.db");
    const db = new Database(path);
    db.pragma("user_version = 99");
    db.close();
    await expect(Store.open(path)).rejects.toThrow(StoreError);
    await expect(Store.open(path)).rejects.toThrow(/schema version 99, newer than this Vigie/);
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
    const count = async (p: string) => {
      const s = await Store.open(p, { readonly: true });
      const st = await s.stats();
      await s.close();
      return [st.documents, st.mentions, st.events, st.quotes];
    };
    expect(await count(killed)).toEqual(await count(whole));
    expect((await count(whole))[0]).toBe(120);
  }, 120_000);

  it("is left closed in rollback mode, so that it can be read where nothing may be written", async () => {
    const path = join(dir, "handover.db");
    const writer = await Store.open(path);
    await writer.add(vigie.analyzeText("date 2024-12-02 Un texte écrit pour vérifier qu'une base fermée se lit sans fichier -wal ni -shm."));
    const reader = await Store.open(path, { readonly: true });
    const started = Date.now();
    await writer.close();
    // another connection open: the writer closes at once and the store stays in WAL mode
    expect(Date.now() - started).toBeLessThan(1000);
    expect((await reader.stats()).documents).toBe(1);
    await reader.close();
    await (await Store.open(path)).close();
    expect(readFileSync(path).subarray(18, 20)).toEqual(Buffer.from([1, 1]));
    const again = await Store.open(path, { readonly: true });
    expect((await again.stats()).documents).toBe(1);
    await again.close();
    expect(existsSync(`${path}-wal`) || existsSync(`${path}-shm`)).toBe(false);
  });
});
