import { mkdirSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { beforeAll, describe, expect, it } from "vitest";
import { readInputs, type ReadOutcome } from "./inputs.js";
import { tempDir } from "../test-support/temp.js";

let dir: string;

async function collect(paths: string[], maxBytes = 5_000_000): Promise<ReadOutcome[]> {
  const out: ReadOutcome[] = [];
  for await (const o of readInputs(paths, { maxBytes })) out.push(o);
  return out;
}
const problems = (os: ReadOutcome[]) => os.flatMap((o) => (o.ok ? [] : [o.error.message]));
const docs = (os: ReadOutcome[]) => os.flatMap((o) => (o.ok ? [o.doc] : []));

beforeAll(() => {
  dir = tempDir("readers");
  writeFileSync(join(dir, "inline.txt"), " date 2024-12 Le ministre a parlé lundi.\n\nIl est reparti.");
  writeFileSync(join(dir, "ownline.txt"), "date 2023-02-06\nAn earthquake struck on Monday.");
  writeFileSync(join(dir, "plain.txt"), "No header here, just text.");
  writeFileSync(join(dir, "empty.txt"), "date 2024-12\n   \n");
  writeFileSync(join(dir, "binary.txt"), Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x00, 0x00, 0x01, 0x02]));
  writeFileSync(join(dir, "latin1.txt"), Buffer.concat([Buffer.from("date 2024-01 Caf"), Buffer.from([0xe9]), Buffer.from(" ouvert.")]));
  writeFileSync(join(dir, "big.txt"), `date 2024-01 ${"mot ".repeat(100)}`);
  writeFileSync(
    join(dir, "feed.jsonl"),
    [
      JSON.stringify({ text: "Premier article.", date: "2024-05-02T08:00:00Z", outlet: "Le Courrier", url: "https://example.org/a" }),
      "{not json",
      "",
      JSON.stringify({ title: "no text field" }),
      JSON.stringify({ id: "custom-7", text: "Second article.", lang: "fr" }),
    ].join("\n"),
  );
  writeFileSync(
    join(dir, "page.html"),
    `<!doctype html><html lang="fr"><head><title>Un titre</title>
     <meta property="article:published_time" content="2024-03-05T10:00:00+01:00">
     <meta property="og:site_name" content="La Gazette"><meta name="author" content="Claire Martin"></head>
     <body><nav>Menu Accueil Contact</nav><article><h1>Un titre</h1>
     <p>Le conseil municipal a voté mardi un budget de rénovation des écoles de la ville, après trois heures de débat animé entre la majorité et l'opposition.</p>
     <p>Le maire a salué « un budget responsable » et promis des travaux dès l'été prochain dans les quartiers nord, où plusieurs bâtiments vieillissent.</p>
     <p>L'opposition a dénoncé un calendrier trop serré et demandé une consultation des parents d'élèves avant tout chantier.</p>
     </article><footer>© 2024</footer></body></html>`,
  );
  mkdirSync(join(dir, "nested", "deeper"), { recursive: true });
  writeFileSync(join(dir, "nested", "deeper", "inner.txt"), "date 2024-07 Texte imbriqué.");
  writeFileSync(join(dir, "nested", "notes.json"), "{}");
  mkdirSync(join(dir, "nothing"));
});

describe("readInputs", () => {
  it("reads corpus headers inline and on their own line", async () => {
    const [inline] = docs(await collect([join(dir, "inline.txt")]));
    expect(inline!.text).toBe("Le ministre a parlé lundi.\n\nIl est reparti.");
    expect(inline!.meta.date).toEqual({ value: "2024-12", precision: "month" });
    expect(inline!.meta.id).toBe("inline");
    const [own] = docs(await collect([join(dir, "ownline.txt")]));
    expect(own!.meta.date).toEqual({ value: "2023-02-06", precision: "day" });
    expect(own!.text).toBe("An earthquake struck on Monday.");
  });

  it("reads a plain text with no header as undated", async () => {
    const [plain] = docs(await collect([join(dir, "plain.txt")]));
    expect(plain!.meta.date).toBeNull();
  });

  it("refuses an empty document, a binary file and a document over the size limit, by name", async () => {
    expect(problems(await collect([join(dir, "empty.txt")]))[0]).toMatch(/empty\.txt: empty document/);
    expect(problems(await collect([join(dir, "binary.txt")]))[0]).toMatch(/binary\.txt: binary file/);
    expect(problems(await collect([join(dir, "big.txt")], 100))[0]).toMatch(/big\.txt: document too large \(\d+ bytes, limit 100/);
  });

  it("decodes invalid UTF-8 with replacement and warns", async () => {
    const [doc] = docs(await collect([join(dir, "latin1.txt")]));
    expect(doc!.text).toBe("Caf\uFFFD ouvert.");
    expect(doc!.warnings[0]).toMatch(/invalid UTF-8/);
  });

  it("ignores a byte-order mark before the first JSON line", async () => {
    writeFileSync(join(dir, "bom.jsonl"), `\uFEFF${JSON.stringify({ text: "Premier texte." })}\n${JSON.stringify({ text: "Second texte." })}\n`);
    const out = await collect([join(dir, "bom.jsonl")]);
    expect(problems(out)).toEqual([]);
    expect(docs(out).map((d) => d.text)).toEqual(["Premier texte.", "Second texte."]);
  });

  it("reads JSON Lines, naming malformed lines and going on with the rest", async () => {
    const out = await collect([join(dir, "feed.jsonl")]);
    const [first, second] = docs(out);
    expect(first!.meta).toMatchObject({ date: { value: "2024-05-02", precision: "day" }, outlet: "Le Courrier", url: "https://example.org/a" });
    expect(first!.outputName).toBe("feed-1");
    expect(second!.meta.id).toBe("custom-7");
    expect(second!.meta.declaredLang).toBe("fr");
    expect(second!.outputName).toBe("feed-5");
    const errs = problems(out);
    expect(errs).toHaveLength(2);
    expect(errs[0]).toMatch(/feed\.jsonl:2: malformed JSON/);
    expect(errs[1]).toMatch(/feed\.jsonl:4: no "text" string field/);
  });

  it("reads the main text and metadata of an HTML page", async () => {
    const [page] = docs(await collect([join(dir, "page.html")]));
    expect(page!.meta).toMatchObject({
      title: "Un titre",
      author: "Claire Martin",
      outlet: "La Gazette",
      declaredLang: "fr",
      date: { value: "2024-03-05", precision: "day" },
    });
    expect(page!.text).toMatch(/^Le conseil municipal/m);
    expect(page!.text).not.toMatch(/Menu Accueil/);
    expect(page!.text.split("\n").length).toBeGreaterThanOrEqual(3);
  });

  it("walks directories recursively, reading only the formats it knows", async () => {
    const out = await collect([join(dir, "nested")]);
    expect(docs(out).map((d) => d.meta.id)).toEqual(["inner"]);
    expect(problems(out)).toEqual([]);
  });

  it("names an unreadable path and an empty directory, and goes on", async () => {
    const out = await collect([join(dir, "missing.txt"), join(dir, "nothing"), join(dir, "plain.txt")]);
    const errs = problems(out);
    expect(errs[0]).toMatch(/missing\.txt: no such file or directory/);
    expect(errs[1]).toMatch(/nothing: no readable documents/);
    expect(docs(out)).toHaveLength(1);
  });
});
