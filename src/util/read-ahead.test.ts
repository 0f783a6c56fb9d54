import { describe, expect, it } from "vitest";
import { readAhead } from "./read-ahead.js";

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
