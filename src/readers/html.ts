import type { CalendarValue } from "../document/document.js";
import { parseDateString } from "./calendar.js";
import { boundDepth } from "./html-depth.js";

/** The little of the DOM this reader walks (linkedom provides it). */
interface DomNode {
  nodeType: number;
  nodeName: string;
  textContent: string | null;
  childNodes: ArrayLike<DomNode>;
}
interface DomDocument {
  querySelector(selector: string): { getAttribute(name: string): string | null; textContent: string | null } | null;
  querySelectorAll(selector: string): ArrayLike<{ textContent: string | null }>;
  documentElement: { getAttribute(name: string): string | null } | null;
}

export interface HtmlArticle {
  text: string;
  title: string | null;
  author: string | null;
  outlet: string | null;
  date: CalendarValue | null;
  lang: string | null;
}

const BLOCKS = new Set(
  "P DIV H1 H2 H3 H4 H5 H6 LI UL OL BLOCKQUOTE PRE SECTION ARTICLE HEADER FOOTER ASIDE TR TABLE FIGURE FIGCAPTION DD DT DL BR HR MAIN".split(" "),
);

/** Text of a DOM subtree with one line per block element, inline white space folded. */
export function blockText(root: DomNode): string {
  const lines: string[] = [];
  let line = "";
  const flush = () => {
    const t = line.replace(/\s+/g, " ").trim();
    if (t) lines.push(t);
    line = "";
  };
  const walk = (node: DomNode) => {
    if (node.nodeType === 3) {
      line += node.textContent ?? "";
      return;
    }
    if (node.nodeType !== 1 && node.nodeType !== 9 && node.nodeType !== 11) return;
    const tag = node.nodeName.toUpperCase();
    if (tag === "SCRIPT" || tag === "STYLE" || tag === "NOSCRIPT") return;
    const block = BLOCKS.has(tag);
    if (block) flush();
    for (let i = 0; i < node.childNodes.length; i++) walk(node.childNodes[i]!);
    if (block) flush();
  };
  walk(root);
  flush();
  return lines.join("\n");
}

function meta(doc: DomDocument, selectors: string[]): string | null {
  for (const sel of selectors) {
    const el = doc.querySelector(sel);
    const v = el?.getAttribute("content") ?? el?.getAttribute("datetime") ?? null;
    if (v && v.trim()) return v.trim();
  }
  return null;
}

function jsonLdDate(doc: DomDocument): string | null {
  const scripts = doc.querySelectorAll('script[type="application/ld+json"]');
  for (let i = 0; i < scripts.length; i++) {
    const m = /"datePublished"\s*:\s*"([^"]+)"/.exec(scripts[i]!.textContent ?? "");
    if (m) return m[1]!;
  }
  return null;
}

const DATE_SELECTORS = [
  'meta[property="article:published_time"]',
  'meta[name="article:published_time"]',
  'meta[itemprop="datePublished"]',
  'meta[name="date"]',
  'meta[name="pubdate"]',
  'meta[name="publish-date"]',
  'meta[name="dc.date"]',
  'meta[name="DC.date.issued"]',
  "time[datetime]",
];

/** Text of an HTML fragment (a feed item's content), one line per block element. */
export async function fragmentText(html: string): Promise<string> {
  const { parseHTML } = await import("linkedom");
  const { document } = parseHTML(`<!doctype html><html><body>${boundDepth(html)}</body></html>`) as unknown as { document: { body: DomNode } };
  return blockText(document.body);
}

/** Fewer words than this is a menu, a teaser or an index, not an article. */
const MIN_ARTICLE_WORDS = 25;

const wordCount = (text: string) => text.split(/\s+/).filter((w) => /\p{L}/u.test(w)).length;

/**
 * The main text and metadata of an HTML page, or null when the page holds no article
 * (a home page, an index, a login form).
 */
export async function readHtml(html: string): Promise<HtmlArticle | null> {
  // loaded on first use: most corpora hold no HTML
  const [{ Readability }, { parseHTML }] = await Promise.all([import("@mozilla/readability"), import("linkedom")]);
  const { document } = parseHTML(boundDepth(html)) as unknown as { document: DomDocument };
  const lang = document.documentElement?.getAttribute("lang") ?? null;
  const date = parseDateString(meta(document, DATE_SELECTORS) ?? jsonLdDate(document));
  const outlet = meta(document, ['meta[property="og:site_name"]', 'meta[name="application-name"]']);
  const metaAuthor = meta(document, ['meta[name="author"]', 'meta[property="article:author"]']);
  const article = new Readability(document as never, { serializer: (node: unknown) => node as DomNode }).parse();
  const content = article?.content as DomNode | null | undefined;
  if (!article || !content) return null;
  const text = blockText(content);
  if (wordCount(text) < MIN_ARTICLE_WORDS) return null;
  return {
    text,
    title: article.title?.trim() || null,
    author: article.byline?.trim() || metaAuthor,
    outlet: article.siteName?.trim() || outlet,
    date: date ?? parseDateString(article.publishedTime ?? null),
    lang: article.lang ?? lang,
  };
}
