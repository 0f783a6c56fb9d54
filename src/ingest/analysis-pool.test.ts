import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { SourceDocument } from "../document/document.js";
import { AnalysisPool } from "./analysis-pool.js";

let pool: AnalysisPool;
beforeAll(async () => {
  ({ pool } = await AnalysisPool.start(2, []));
});
afterAll(() => pool.close());

const doc = (id: string): SourceDocument => ({
  meta: { id, source: null, date: { value: "2024-03-11", precision: "day" }, declaredLang: null, outlet: null, title: null, url: null, author: null },
  text: "Emmanuel Macron s'est entretenu avec Olaf Scholz à Berlin lundi.",
  outputName: id,
  name: id,
  warnings: [],
});

describe("analysis pool", () => {
  it("fails only the documents a stopped worker held, and goes on with a new worker", async () => {
    const held = [pool.analyze(doc("a")), pool.analyze(doc("b")), pool.analyze(doc("c"))];
    // a worker stops under its documents (as a crash or exhausted memory would stop it)
    const workers = (pool as unknown as { workers: { worker: { terminate(): Promise<number> } }[] }).workers;
    await workers[0]!.worker.terminate();
    const outcomes = await Promise.allSettled(held);
    const failed = outcomes.filter((o) => o.status === "rejected") as PromiseRejectedResult[];
    expect(failed.length).toBeGreaterThan(0);
    expect(String(failed[0]!.reason)).toMatch(/the analysis worker stopped/);
    const after = await pool.analyze(doc("d"));
    expect(after.record.doc.id).toBe("d");
    await expect.poll(() => pool.size, { timeout: 20_000 }).toBe(2);
  });

  it("loads the language model in a worker only for a text whose function words do not tell its language, in order", async () => {
    const german: SourceDocument = { ...doc("de"), text: "Der Bundeskanzler hat am Montag in Berlin eine lange Rede über die Wirtschaft gehalten." };
    const [de, fr] = await Promise.all([pool.analyze(german), pool.analyze(doc("fr"))]);
    expect(de.record.doc.lang).toBe("de");
    expect(fr.record.doc.id).toBe("fr");
  });

  it("fails a document over the time limit with the reason, and analyzes the ones queued behind it", async () => {
    // (long enough to take seconds: under a loaded machine the 5 ms timer must still fire before the analysis ends)
    const long: SourceDocument = { ...doc("long"), text: "Emmanuel Macron s'est entretenu avec Olaf Scholz à Berlin lundi. ".repeat(20000) };
    // (the limit in force when a document is handed over holds for it)
    pool.timeLimitMs = 5;
    const held = [pool.analyze(long)];
    pool.timeLimitMs = 60_000;
    held.push(pool.analyze(doc("next")));
    const [late, next] = await Promise.allSettled(held);
    expect(late!.status).toBe("rejected");
    expect(String((late as PromiseRejectedResult).reason)).toMatch(/the analysis took longer than 0\.005 s \(see --time-limit\)/);
    expect(next!.status).toBe("fulfilled");
    const after = await pool.analyze(doc("after"));
    expect(after.record.doc.id).toBe("after");
    await expect.poll(() => pool.size, { timeout: 20_000 }).toBe(2);
  });
});
