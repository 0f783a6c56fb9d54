import type { XMLParser } from "fast-xml-parser";
import type { SourceDocument } from "../document/document.js";
import { parseDateString } from "./calendar.js";
import { InputError } from "./errors.js";
import { stemOf } from "./formats.js";
import { fragmentText } from "./html.js";
import { makeSource, type ReadOptions, type ReadOutcome } from "./source.js";

type Node = Record<string, unknown>;

/** The XML parser and validator, loaded with the first feed read (a run that reads none does not load them: some 40 ms). */
let xml: Promise<{ parser: XMLParser; validate: (text: string) => true | { err: { line: number; msg: string } } }> | null = null;

function xmlTools(): NonNullable<typeof xml> {
  xml ??= import("fast-xml-parser").then(({ XMLParser, XMLValidator }) => ({
    parser: new XMLParser({
      ignoreAttributes: false,
      attributeNamePrefix: "@",
      textNodeName: "#text",
      isArray: (name) => name === "item" || name === "entry" || name === "link",
      processEntities: true,
      htmlEntities: true,
    }),
    validate: (text: string) => XMLValidator.validate(text) as true | { err: { line: number; msg: string } },
  }));
  return xml;
}

/** Text of an element whatever its shape: a string, a number, or an object with text and attributes. */
function textOf(value: unknown): string | null {
  if (value == null) return null;
  if (typeof value === "string" || typeof value === "number") return String(value).trim() || null;
  if (Array.isArray(value)) return textOf(value[0]);
  if (typeof value === "object") return textOf((value as Node)["#text"]);
  return null;
}

/** RSS gives a link as text; Atom as `<link rel="alternate" href=…>`. */
function linkOf(item: Node): string | null {
  const links = (item.link as unknown[] | undefined) ?? [];
  for (const l of links) {
    if (typeof l === "string") return l.trim() || null;
    const o = l as Node;
    const rel = (o["@rel"] as string | undefined) ?? "alternate";
    if (rel === "alternate" && typeof o["@href"] === "string") return o["@href"];
  }
  return null;
}

/** The root's items, whichever of RSS 2.0, RSS 1.0 (RDF) or Atom the feed is. */
function feedItems(root: Node): { outlet: string | null; lang: string | null; items: Node[] } | null {
  const rss = root.rss as Node | undefined;
  if (rss) {
    const channel = (rss.channel ?? {}) as Node;
    return { outlet: textOf(channel.title), lang: textOf(channel.language), items: (channel.item as Node[]) ?? [] };
  }
  const rdf = root["rdf:RDF"] as Node | undefined;
  if (rdf) return { outlet: textOf((rdf.channel as Node | undefined)?.title), lang: null, items: (rdf.item as Node[]) ?? [] };
  const atom = root.feed as Node | undefined;
  if (atom) return { outlet: textOf(atom.title), lang: textOf(atom["@xml:lang"]), items: (atom.entry as Node[]) ?? [] };
  return null;
}

async function readItem(file: string, n: number, item: Node, outlet: string | null, lang: string | null, options: ReadOptions): Promise<SourceDocument> {
  const name = `${file}#${n}`;
  const body = textOf(item["content:encoded"]) ?? textOf(item.content) ?? textOf(item.description) ?? textOf(item.summary);
  if (!body) throw new InputError(name, "feed item with no content or description");
  const text = await fragmentText(body);
  const rawDate = textOf(item.pubDate) ?? textOf(item.published) ?? textOf(item["dc:date"]) ?? textOf(item.updated);
  const date = parseDateString(rawDate);
  const warnings = rawDate && !date ? [`unreadable date "${rawDate}"; date left unknown`] : [];
  const title = textOf(item.title);
  const outputName = `${stemOf(file)}-${n}`;
  const url = linkOf(item);
  const id = textOf(item.guid) ?? textOf(item.id) ?? url ?? outputName;
  return makeSource(name, title && !text.startsWith(title) ? `${title}\n\n${text}` : text, { id, source: file, date, url, title, outlet, declaredLang: lang }, outputName, warnings, options);
}

/**
 * The items of an RSS or Atom feed, one document each (title, then the content or the
 * description). A malformed feed is one error naming the file and the line; a bad item is
 * one error naming the item, and the others are read.
 */
export async function readFeed(file: string, text: string, options: ReadOptions): Promise<ReadOutcome[]> {
  const { parser, validate } = await xmlTools();
  const valid = validate(text);
  if (valid !== true) throw new InputError(file, `malformed feed XML (line ${valid.err.line}: ${valid.err.msg})`);
  const feed = feedItems(parser.parse(text) as Node);
  if (!feed) throw new InputError(file, "XML but not an RSS or Atom feed");
  if (!feed.items.length) throw new InputError(file, "feed with no items");
  const out: ReadOutcome[] = [];
  for (const [i, item] of feed.items.entries()) {
    try {
      out.push({ ok: true, doc: await readItem(file, i + 1, item, feed.outlet, feed.lang, options) });
    } catch (err) {
      out.push({ ok: false, error: err instanceof InputError ? err : new InputError(`${file}#${i + 1}`, String(err)) });
    }
  }
  return out;
}
