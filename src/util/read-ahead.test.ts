import { describe, expect, it } from "vitest";
import { BackgroundWrites, readAhead } from "./read-ahead.js";

async function* numbers(n: number, failAt = -1) {
  for (let i = 0; i < n; i++) {
    await new Promise((r) => setTimeout(r, 1));
    if (i === failAt) throw new Error(`failed at ${i}`);
    yield i;
  }
}

describe("readAhead", () => {
  it("yields every item in order, whatever the depth", async () => {
    for (const depth of [1, 3, 50]) {
      const out: number[] = [];
      for await (const x of readAhead(numbers(20), depth)) out.push(x);
      expect(out).toEqual(Array.from({ length: 20 }, (_, i) => i));
    }
  });

  it("passes the source's error on after the items before it", async () => {
    const out: number[] = [];
    await expect(async () => {
      for await (const x of readAhead(numbers(10, 4), 3)) out.push(x);
    }).rejects.toThrow("failed at 4");
    expect(out).toEqual([0, 1, 2, 3]);
  });
});

describe("BackgroundWrites", () => {
  it("keeps at most `limit` writes at once, reports failures by label, and waits for all", async () => {
    let running = 0;
    let most = 0;
    const failed: string[] = [];
    const writes = new BackgroundWrites(2, (label) => failed.push(label));
    for (let i = 0; i < 6; i++)
      await writes.add(`w${i}`, async () => {
        running++;
        most = Math.max(most, running);
        await new Promise((r) => setTimeout(r, 2));
        running--;
        if (i === 3) throw new Error("disk full");
      });
    await writes.settled();
    expect(most).toBe(2);
    expect(running).toBe(0);
    expect(failed).toEqual(["w3"]);
  });
});
