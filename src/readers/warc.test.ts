import { writeFileSync } from "node:fs";
import { join } from "node:path";
import { gzipSync } from "node:zlib";
import { beforeAll, describe, expect, it } from "vitest";
import { readInputs, type ReadOutcome } from "./inputs.js";
import { tempDir } from "../test-support/temp.js";

let dir: string;

function record(type: string, url: string, contentType: string, block: string): Buffer {
  const body = Buffer.from(block, "utf8");
  const head =
    `WARC/1.0\r\nWARC-Type: ${type}\r\nWARC-Target-URI: ${url}\r\nWARC-Date: 2024-06-11T09:30:00Z\r\n` +
    `WARC-Record-ID: <urn:uuid:${type}-${url.length}>\r\nContent-Type: ${contentType}\r\nContent-Length: ${body.length}\r\n\r\n`;
  return Buffer.concat([Buffer.from(head), body, Buffer.from("\r\n\r\n")]);
}
const http = (status: string, mime: string, payload: string) => `HTTP/1.1 ${status}\r\nContent-Type: ${mime}\r\n\r\n${payload}`;

const ARTICLE = `<!doctype html><html lang="fr"><head><title>Crue</title></head><body><article>
<p>La rivière est sortie de son lit dans la nuit de lundi, inondant les caves de trois villages de la vallée selon les pompiers du département.</p>
<p>Le préfet a ouvert un centre d'accueil dans la salle des fêtes et annoncé une évaluation des dégâts dès la décrue attendue jeudi.</p>
<p>Les habitants interrogés disent n'avoir jamais vu l'eau monter aussi vite depuis l'hiver de leur enfance.</p>
</article></body></html>`;

async function collect(path: string): Promise<ReadOutcome[]> {
  const out: ReadOutcome[] = [];
  for await (const o of readInputs([path])) out.push(o);
  return out;
}

beforeAll(() => {
  dir = tempDir("warc");
  const records = [
    record("warcinfo", "", "application/warc-fields", "software: hand-made\r\n"),
    record("request", "https://example.org/crue", "application/http; msgtype=request", "GET /crue HTTP/1.1\r\nHost: example.org\r\n\r\n"),
    record("response", "https://example.org/crue", "application/http; msgtype=response", http("200 OK", "text/html; charset=utf-8", ARTICLE)),
    record("response", "https://example.org/gone", "application/http; msgtype=response", http("404 Not Found", "text/html", "<p>gone</p>")),
    record("response", "https://example.org/logo.png", "application/http; msgtype=response", http("200 OK", "image/png", "PNG")),
    record("response", "https://example.org/", "application/http; msgtype=response", http("200 OK", "text/html", "<html><body><nav><a href='/'>Accueil</a></nav></body></html>")),
    record("conversion", "https://example.org/rapport.pdf", "text/plain", "date 2024-06-10 Le rapport annuel recense quarante crues en dix ans."),
  ];
  writeFileSync(join(dir, "crawl.warc.gz"), Buffer.concat(records.map((r) => gzipSync(r))));
  writeFileSync(join(dir, "plain.warc"), Buffer.concat(records.slice(2, 3)));
  writeFileSync(join(dir, "truncated.warc.gz"), gzipSync(Buffer.concat(records)).subarray(0, 40));
  writeFileSync(join(dir, "garbage.warc"), "this is not an archive\n\nat all\n");
  const compressed = Buffer.concat(records.map((r) => gzipSync(r)));
  writeFileSync(join(dir, "cut.warc.gz"), compressed.subarray(0, compressed.length - 60));
  const oversized = record("conversion", "https://example.org/note", "text/plain", "Une note brève sur la crue de lundi.");
  writeFileSync(join(dir, "oversized.warc"), Buffer.concat([records[6]!, Buffer.from(oversized.toString("latin1").replace(/Content-Length: \d+/, "Content-Length: 90000"), "latin1")]));
});

describe("WARC archives", () => {
  it("reads HTML responses and text conversions, passing over requests, errors and images", async () => {
    const out = await collect(join(dir, "crawl.warc.gz"));
    const docs = out.flatMap((o) => (o.ok ? [o.doc] : []));
    expect(docs.map((d) => d.meta.url)).toEqual(["https://example.org/crue", "https://example.org/rapport.pdf"]);
    expect(docs[0]!.text).toMatch(/^La rivière est sortie/);
    expect(docs[0]!.meta.date).toEqual({ value: "2024-06-11", precision: "day" });
    expect(docs[0]!.warnings.join()).toMatch(/crawl date/);
    expect(docs[0]!.outputName).toBe("crawl-3");
    expect(docs[1]!.meta.date).toEqual({ value: "2024-06-10", precision: "day" });
    const errors = out.flatMap((o) => (o.ok ? [] : [o.error.message]));
    expect(errors).toEqual([expect.stringMatching(/crawl\.warc\.gz#6 \(https:\/\/example\.org\/\): no article text/)]);
  });

  it("reads an uncompressed archive", async () => {
    const out = await collect(join(dir, "plain.warc"));
    expect(out.filter((o) => o.ok)).toHaveLength(1);
  });

  it("names a truncated archive and a file that is no WARC", async () => {
    const [truncated] = await collect(join(dir, "truncated.warc.gz"));
    expect(truncated!.ok ? "" : truncated!.error.message).toMatch(/truncated\.warc\.gz: no WARC records/);
    const [garbage] = await collect(join(dir, "garbage.warc"));
    expect(garbage!.ok ? "" : garbage!.error.message).toMatch(/garbage\.warc: record 1 is not a WARC record/);
  });

  it("names an archive cut short in its compressed data or by an oversized Content-Length, after the records it could read", async () => {
    const cut = await collect(join(dir, "cut.warc.gz"));
    expect(cut.filter((o) => o.ok).length).toBeGreaterThan(0);
    const last = cut.at(-1)!;
    expect(last.ok ? "" : last.error.message).toMatch(/cut\.warc\.gz: the compressed data is cut short \(\d+ bytes read\); the records after the last whole one \(\d+\) are lost/);
    const oversized = await collect(join(dir, "oversized.warc"));
    expect(oversized.map((o) => o.ok)).toEqual([true, false]);
    expect(oversized[1]!.ok ? "" : oversized[1]!.error.message).toMatch(/oversized\.warc: truncated at record 2 \(offset \d+\): its Content-Length says 90000 bytes/);
  });
});
