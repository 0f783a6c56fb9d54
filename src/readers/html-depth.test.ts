import { describe, expect, it } from "vitest";
import { readHtml } from "./html.js";
import { boundDepth } from "./html-depth.js";

const ARTICLE = `<p>${"Le ministre a parlé à Paris lundi devant la presse réunie pour une longue conférence sur la situation. ".repeat(4)}</p>`;
const nested = (n: number) => `<html><body>${"<div>".repeat(n)}${ARTICLE}${"</div>".repeat(n)}</body></html>`;

describe("deeply nested HTML", () => {
  it("leaves an ordinary page as it is", () => {
    const page = `<html><body><div><p>Un <b>texte</b><br/> et <img src="a.png"> une image.</p></div></body></html>`;
    expect(boundDepth(page)).toBe(page);
  });

  it("drops the tags nested past the bound and keeps their text", () => {
    const flat = boundDepth(`<div><div><div><span>mot</span></div></div></div>`, 2);
    expect(flat.match(/<div>/g)).toHaveLength(2);
    expect(flat.match(/<\/div>/g)).toHaveLength(2);
    expect(flat).toContain("mot");
  });

  it("reads the article of a page 10,000 elements deep, without overflowing the stack", async () => {
    const article = await readHtml(nested(10_000));
    expect(article?.text).toMatch(/^Le ministre a parlé à Paris/);
  });
});
