/**
 * The web app in a real browser: Debian's Chromium driven by playwright-core (never a
 * downloaded browser). Skipped when /usr/bin/chromium is absent, unless VIGIE_BROWSER_TESTS=required
 * (as in CI, which installs it).
 */
import { spawnSync } from "node:child_process";
import { existsSync } from "node:fs";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import type { FastifyInstance } from "fastify";
import { chromium, type Browser, type Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { Store } from "../store/store.js";
import { createServer } from "./server.js";
import { tempDir } from "../test-support/temp.js";

const CHROMIUM = process.env.CHROMIUM_PATH ?? "/usr/bin/chromium";
const required = process.env.VIGIE_BROWSER_TESTS === "required";
const available = existsSync(CHROMIUM);
if (!available && required) throw new Error(`${CHROMIUM} is missing: apt-get install -y chromium`);

const CLI = fileURLToPath(new URL("../../dist/cli/main.js", import.meta.url));
const FIXTURES = [fileURLToPath(new URL("../stories/fixtures/multi-outlet.jsonl", import.meta.url)), fileURLToPath(new URL("./fixtures/hostile.jsonl", import.meta.url))];

let store: Store;
let app: FastifyInstance;
let browser: Browser;
let base: string;
/** requests to anywhere but the server, and CSP complaints, over every page opened */
const offMachine: string[] = [];
const violations: string[] = [];

async function open(path: string, ready = "body[data-ready=yes]"): Promise<Page> {
  const page = await browser.newPage({ viewport: { width: 1300, height: 900 } });
  page.on("request", (r) => {
    if (!r.url().startsWith(base) && !r.url().startsWith("data:") && !r.url().startsWith("blob:")) offMachine.push(r.url());
  });
  page.on("console", (m) => {
    if (/Content Security Policy|Refused to/i.test(m.text())) violations.push(m.text());
  });
  page.on("dialog", (d) => {
    violations.push(`dialog: ${d.message()}`);
    void d.dismiss();
  });
  await page.goto(base + path);
  await page.waitForSelector(ready);
  return page;
}

describe.skipIf(!available)("the web app in Chromium", () => {
  beforeAll(async () => {
    const db = join(tempDir("web"), "web.db");
    const run = spawnSync(process.execPath, [CLI, "ingest", ...FIXTURES, "--db", db, "--workers", "1", "--quiet"], { encoding: "utf8" });
    expect(run.status, run.stderr).toBe(0);
    store = await Store.open(db, { readonly: true });
    app = await createServer(store);
    base = `${await app.listen({ port: 0, host: "127.0.0.1" })}/`;
    browser = await chromium.launch({ executablePath: CHROMIUM, args: ["--no-sandbox", "--disable-dev-shm-usage", "--use-angle=swiftshader", "--enable-unsafe-swiftshader"] });
  }, 120_000);

  afterAll(async () => {
    await browser?.close();
    await app?.close();
    store?.close();
  });

  it("shows the events on the map, and a filter changes their count", async () => {
    const page = await open("");
    await expect.poll(async () => Number(await page.getAttribute("#map", "data-markers")), { timeout: 30_000 }).toBeGreaterThan(0);
    const all = await page.textContent("#event-count");
    await page.selectOption("select[name=type]", "ASSAULT");
    await page.click("form.filters button[type=submit]");
    await page.waitForURL(/type=ASSAULT/);
    await page.waitForSelector("body[data-ready=yes]");
    const assaults = await page.textContent("#event-count");
    expect(Number.parseInt(assaults!)).toBeGreaterThan(0);
    expect(Number.parseInt(assaults!)).toBeLessThan(Number.parseInt(all!));
    expect(await page.$$eval("#event-list li .type", (els) => els.every((e) => e.textContent === "ASSAULT"))).toBe(true);
    // a week in one country, chosen by the country's name
    await page.selectOption("select[name=country]", "SY");
    await page.fill("input[name=from]", "2024-12-01");
    await page.fill("input[name=to]", "2024-12-07");
    await page.click("form.filters button[type=submit]");
    await page.waitForURL(/country=SY/);
    await page.waitForSelector("body[data-ready=yes]");
    expect(await page.locator("select[name=country] option:checked").textContent()).toMatch(/^Syria \(\d+\)$/);
    const week = await page.$$eval("#event-list li .date", (els) => els.map((e) => e.textContent ?? ""));
    expect(week.length).toBeGreaterThan(0);
    expect(week.every((d) => d >= "2024-12-01" && d <= "2024-12-07")).toBe(true);
    await page.close();
  });

  it("opens an event's article with its trigger highlighted", async () => {
    const page = await open("?type=ASSAULT");
    const first = page.locator("#event-list li").first();
    const eventId = await first.getAttribute("data-event");
    await first.getByText("read the article").click();
    await page.waitForURL(/page=article/);
    await page.waitForSelector("body[data-ready=yes]");
    const focus = page.locator(`.hl-event.focus[data-event="${eventId}"]`);
    await expect(focus.count()).resolves.toBeGreaterThan(0);
    await focus.first().click();
    expect(await page.locator(".records .record-event").count()).toBeGreaterThan(0);
    await page.close();
  });

  it("shows a story's outlets side by side", async () => {
    const stories = (await (await fetch(`${base}api/stories?minOutlets=2`)).json()) as { items: { id: number }[] };
    const page = await open(`?page=story&id=${stories.items[0]!.id}`);
    const boxes = await page.locator(".comparison .outlet").evaluateAll((els) => els.map((e) => e.getBoundingClientRect().top));
    expect(boxes.length).toBeGreaterThanOrEqual(2);
    expect(boxes[1]).toBe(boxes[0]);
    expect(await page.locator(".outlet .labels li").count()).toBeGreaterThan(0);
    await page.close();
  });

  it("shows markup in a document as text and runs none of it", async () => {
    const hits = (await (await fetch(`${base}api/search?q=Markup`)).json()) as { items: { id: number }[] };
    const page = await open(`?page=article&id=${hits.items[0]!.id}`);
    expect(await page.textContent("h1")).toContain("<script>window.__pwned = 1</script>");
    expect(await page.textContent(".article-text")).toContain('<img src=x onerror="window.__pwned = 2">');
    expect(await page.locator(".article-text img, .article-text script, h1 script").count()).toBe(0);
    expect(await page.evaluate(() => (globalThis as { __pwned?: number }).__pwned)).toBeUndefined();
    const search = await open("?page=search&q=Markup");
    expect(await search.evaluate(() => (globalThis as { __pwned?: number }).__pwned)).toBeUndefined();
    await page.close();
    await search.close();
  });

  it("serves the API's docs page from the machine itself", async () => {
    const page = await open("docs", ".swagger-ui .opblock");
    expect(await page.locator(".opblock").count()).toBeGreaterThan(10);
    await page.close();
  });

  it("asked nothing of any other machine, and broke no rule of its Content-Security-Policy", async () => {
    expect(offMachine).toEqual([]);
    expect(violations).toEqual([]);
  });
});
