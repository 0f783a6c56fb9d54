import { writeFileSync } from "node:fs";
import { join } from "node:path";
import { gzipSync } from "node:zlib";
import Database from "better-sqlite3";
import { beforeAll, describe, expect, it } from "vitest";
import { Store, StoreError } from "../store/store.js";
import { ingest, type IngestCounts } from "./ingest.js";
import { tempDir } from "../test-support/temp.js";

let dir: string;
let corpus: string;

const ARTICLE = (n: number) =>
  `date 2024-03-0${(n % 9) + 1} Le conseil régional a adopté jeudi son budget numéro ${n}, consacré pour moitié aux transports. ` +
  `Le président de la région a défendu « un effort sans précédent » pour les lignes de bus rurales, au terme d'une séance de ${n + 3} heures.`;

async function run(store: Store, paths: string[], batchDocuments = 4): Promise<{ counts: IngestCounts; failures: string[] }> {
  const failures: string[] = [];
  const counts = await ingest(store, paths, {
    read: { maxBytes: 1_000_000 },
    workers: 2,
    files: [],
    onFailure: (m) => failures.push(m),
    onProgress: () => {},
    onKnowledgeErrors: () => {},
    batchDocuments,
  });
  return { counts, failures };
}

beforeAll(async () => {
  dir = tempDir("ingest");
  corpus = join(dir, "corpus");
  const files: Record<string, string | Buffer> = {
    "a.txt": ARTICLE(1),
    "b.txt": ARTICLE(2),
    "c.txt": ARTICLE(3),
    "broken.warc.gz": gzipSync(Buffer.from("WARC/1.0\r\nWARC-Type: response\r\nContent-Length: 9999\r\n\r\nshort")).subarray(0, 30),
    "broken.rss": "<rss><channel><item><title>Sans fin</title></channel></rss>",
    "menu.html": "<html><body><nav><a href='/'>Accueil</a> <a href='/contact'>Contact</a></nav></body></html>",
  };
  for (const [name, content] of Object.entries(files)) {
    writeFileSync(join(dir, name), content);
  }
  writeFileSync(join(dir, "corpus.jsonl"), Array.from({ length: 40 }, (_, i) => JSON.stringify({ text: ARTICLE(10 + i) })).join("\n"));
});

describe("ingest", () => {
  it("stores the good documents in input order and names each bad input: corrupt archive, malformed feed, page with no article", async () => {
    const store = await Store.open(join(dir, "mixed.db"));
    const { counts, failures } = await run(store, [join(dir, "a.txt"), join(dir, "broken.warc.gz"), join(dir, "broken.rss"), join(dir, "menu.html"), join(dir, "b.txt")]);
    expect(counts).toEqual({ added: 2, nearDuplicates: 0, duplicates: 0, failed: 3 });
    expect(failures).toEqual([
      expect.stringMatching(/broken\.warc\.gz: no WARC records \(empty, truncated or corrupt archive\)/),
      expect.stringMatching(/broken\.rss: malformed feed XML \(line 1/),
      expect.stringMatching(/menu\.html: no article text found/),
    ]);
    expect(await store.sql.all("SELECT doc_key FROM documents ORDER BY id")).toEqual([{ doc_key: "a" }, { doc_key: "b" }]);
    const again = await run(store, [join(dir, "a.txt"), join(dir, "b.txt"), join(dir, "c.txt")]);
    expect(again.counts).toEqual({ added: 1, nearDuplicates: 0, duplicates: 2, failed: 0 });
    await store.close();
  });

  it("finds an entity afterwards under the knowledge base's other names for it, not only those met in the text", async () => {
    const store = await Store.open(join(dir, "names.db"));
    writeFileSync(join(dir, "sharaa.txt"), "date 2024-12-10 Ahmed al-Sharaa a reçu mardi à Damas une délégation venue de Turquie, selon la télévision syrienne.");
    await run(store, [join(dir, "sharaa.txt")]);
    expect(await store.entitiesNamed("Joulani")).toHaveLength(1);
    expect(await store.entitiesNamed("Abu Mohammad al-Jolani")).toEqual(await store.entitiesNamed("Ahmed al-Sharaa"));
    expect((await store.entity("Jolani"))[0]!.name).toBe("Ahmed al-Sharaa");
    await store.close();
  });

  it("stops on a full disk with a clear message, keeping every document committed before", async () => {
    const path = join(dir, "full.db");
    const store = await Store.open(path);
    const pages = store.sqlite!.db.pragma("page_count", { simple: true }) as number;
    store.sqlite!.db.pragma(`max_page_count = ${pages + 3}`); // what a full disk looks like to SQLite
    const error = await run(store, [join(dir, "corpus.jsonl")]).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(StoreError);
    expect((error as Error).message).toMatch(/full\.db: the disk is full .*; stopped at .*corpus\.jsonl:\d+, after \d+ documents added \(all kept; a run again adds the rest\)/);
    const kept = Number(/after (\d+) documents/.exec((error as Error).message)![1]);
    expect(kept).toBeGreaterThan(0);
    await store.close();
    const reopened = await Store.open(path, { readonly: true });
    expect((await reopened.stats()).documents).toBe(kept);
    await reopened.close();
  });

  it("stops on a database locked by another process, naming the problem", async () => {
    const path = join(dir, "locked.db");
    await (await Store.open(path)).close();
    const other = new Database(path);
    other.exec("BEGIN EXCLUSIVE");
    // a closed store is in rollback mode, so the lock may stop it as it opens (switching to WAL) or as it writes
    const error = await (async () => {
      const store = await Store.open(path, { busyTimeoutMs: 50 });
      try {
        return await run(store, [join(dir, "c.txt")]);
      } finally {
        await store.close();
      }
    })().catch((e: unknown) => e);
    expect((error as Error).message).toMatch(/locked\.db: .*the database is locked by another process/);
    other.exec("ROLLBACK");
    other.close();
  });

  it("stops on a read-only database, naming the problem", async () => {
    const path = join(dir, "readonly.db");
    await (await Store.open(path)).close();
    const store = await Store.open(path, { readonly: true }); // as a file without write permission opens
    const error = await run(store, [join(dir, "c.txt")]).catch((e: unknown) => e);
    expect((error as Error).message).toMatch(/readonly\.db: the database is read-only/);
    await store.close();
  });

  it("names a database that cannot be opened", async () => {
    await expect(Store.open(join(dir, "no-such-dir", "x.db"))).rejects.toThrow(/no-such-dir\/x\.db: cannot open the database/);
    await expect(Store.open(join(dir, "absent.db"), { readonly: true })).rejects.toThrow(/absent\.db: no such database \(vigie ingest creates it\)/);
    writeFileSync(join(dir, "notadb.db"), "this is a text file, not SQLite ".repeat(200));
    await expect(Store.open(join(dir, "notadb.db"))).rejects.toThrow(/notadb\.db: cannot use the database \(the file is not a Vigie database, or it is corrupt\)/);
  });
});
