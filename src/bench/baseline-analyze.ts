/**
 * The baseline the end-to-end benchmark compares `vigie analyze` with: what a developer would
 * write with two well-known libraries, compromise (people, places, organizations) and
 * chrono-node (dates, in English or French against the document's date), reading the same
 * directory of `date …` files and writing one JSON file per document, on one thread.
 * Usage: node dist/bench/baseline-analyze.js DIR OUT
 */
import { mkdirSync, readdirSync, readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import * as chrono from "chrono-node";
import nlp from "compromise";

const FRENCH = /\b(le|la|les|des|du|une|est|dans|pour|qui)\b/gi;

const [dir, out] = process.argv.slice(2);
if (!dir || !out) throw new Error("usage: baseline-analyze DIR OUT");
mkdirSync(out, { recursive: true });
for (const name of readdirSync(dir).filter((f) => f.endsWith(".txt")).sort()) {
  const raw = readFileSync(join(dir, name), "utf8");
  const header = /^\s*date\s+(\d{4}-\d{2}(?:-\d{2})?)\s*/.exec(raw);
  const text = header ? raw.slice(header[0].length) : raw;
  const ref = header ? new Date(`${header[1]!.length === 7 ? `${header[1]}-15` : header[1]}T12:00:00Z`) : new Date();
  const french = (text.match(FRENCH)?.length ?? 0) > text.length / 400;
  const doc = nlp(text);
  const record = {
    people: doc.people().out("array") as string[],
    places: doc.places().out("array") as string[],
    organizations: doc.organizations().out("array") as string[],
    quotes: doc.quotations().out("array") as string[],
    times: (french ? chrono.fr : chrono.en).parse(text, ref).map((r) => ({ text: r.text, index: r.index, value: r.start.date().toISOString().slice(0, 10) })),
  };
  writeFileSync(join(out, `${name.replace(/\.txt$/, "")}.json`), `${JSON.stringify(record)}\n`);
}
