import { writeFileSync } from "node:fs";
import { join } from "node:path";
import { beforeAll, describe, expect, it } from "vitest";
import { readInputs, type ReadOutcome } from "./inputs.js";
import { tempDir } from "../test-support/temp.js";

let dir: string;

async function collect(path: string): Promise<ReadOutcome[]> {
  const out: ReadOutcome[] = [];
  for await (const o of readInputs([path])) out.push(o);
  return out;
}
const messages = (os: ReadOutcome[]) => os.flatMap((o) => (o.ok ? [] : [o.error.message]));

const RSS = `<?xml version="1.0" encoding="UTF-8"?>
<rss version="2.0" xmlns:content="http://purl.org/rss/1.0/modules/content/">
<channel><title>Le Courrier du Port</title><language>fr</language>
<item><title>Grève au port</title><link>https://example.org/greve</link><guid>greve-1</guid>
<pubDate>Tue, 04 Jun 2024 07:15:00 +0200</pubDate>
<content:encoded><![CDATA[<p>Les dockers ont cessé le travail mardi.</p><p>Le syndicat réclame &laquo; des garanties &raquo;.</p>]]></content:encoded></item>
<item><title>Marché</title><link>https://example.org/marche</link><description>Le marché du samedi déménage sur la place de l&apos;église.</description></item>
<item><title>Vide</title><link>https://example.org/vide</link></item>
</channel></rss>`;

const ATOM = `<?xml version="1.0" encoding="utf-8"?>
<feed xmlns="http://www.w3.org/2005/Atom" xml:lang="en"><title>Harbour News</title>
<entry><title>Dock strike ends</title><id>tag:example.org,2024:strike</id>
<link rel="alternate" href="https://example.org/strike-ends"/><published>2024-06-07T18:00:00Z</published>
<content type="html">&lt;p&gt;Dockers went back to work on Friday.&lt;/p&gt;</content></entry>
</feed>`;

beforeAll(() => {
  dir = tempDir("feed");
  writeFileSync(join(dir, "port.rss"), RSS);
  writeFileSync(join(dir, "harbour.xml"), ATOM);
  writeFileSync(join(dir, "broken.rss"), RSS.replace("</channel>", ""));
  writeFileSync(join(dir, "other.xml"), `<?xml version="1.0"?><catalog><book>Un livre</book></catalog>`);
  writeFileSync(join(dir, "unnamed-feed"), ATOM);
});

describe("RSS and Atom feeds", () => {
  it("reads each RSS item as a document, title first, with its link, date and outlet", async () => {
    const out = await collect(join(dir, "port.rss"));
    const docs = out.flatMap((o) => (o.ok ? [o.doc] : []));
    expect(docs).toHaveLength(2);
    expect(docs[0]!.text).toBe("Grève au port\n\nLes dockers ont cessé le travail mardi.\nLe syndicat réclame « des garanties ».");
    expect(docs[0]!.meta).toMatchObject({ id: "greve-1", url: "https://example.org/greve", outlet: "Le Courrier du Port", declaredLang: "fr" });
    expect(docs[0]!.meta.date).toEqual({ value: "2024-06-04", precision: "day" });
    expect(docs[1]!.text).toMatch(/place de l'église/);
    expect(messages(out)).toEqual([expect.stringMatching(/port\.rss#3: feed item with no content/)]);
  });

  it("reads Atom entries, by extension or by content", async () => {
    for (const name of ["harbour.xml", "unnamed-feed"]) {
      const [entry] = await collect(join(dir, name));
      expect(entry!.ok && entry!.doc.meta).toMatchObject({ url: "https://example.org/strike-ends", outlet: "Harbour News", declaredLang: "en" });
      expect(entry!.ok && entry!.doc.text).toBe("Dock strike ends\n\nDockers went back to work on Friday.");
    }
  });

  it("names a malformed feed with its line, and XML that is no feed", async () => {
    expect(messages(await collect(join(dir, "broken.rss")))[0]).toMatch(/broken\.rss: malformed feed XML \(line \d+/);
    expect(messages(await collect(join(dir, "other.xml")))[0]).toMatch(/other\.xml: XML but not an RSS or Atom feed/);
  });
});
