/**
 * Building the page: every text from the store (titles, names, article text) goes in as a
 * text node, never as markup, so a document holding "<script>" shows those characters.
 */
type Child = Node | string | number | null | undefined | false;
type Props = Record<string, string | number | boolean | undefined | null | ((e: Event) => void)>;

export function h<K extends keyof HTMLElementTagNameMap>(tag: K, props: Props = {}, ...children: (Child | Child[])[]): HTMLElementTagNameMap[K] {
  const el = document.createElement(tag);
  for (const [key, value] of Object.entries(props)) {
    if (value === undefined || value === null || value === false) continue;
    if (typeof value === "function") el.addEventListener(key.replace(/^on/, ""), value);
    else if (key === "href") el.setAttribute("href", safeHref(String(value)));
    else el.setAttribute(key, value === true ? "" : String(value));
  }
  append(el, ...children);
  return el;
}

export function append(el: Element, ...children: (Child | Child[])[]): void {
  for (const c of children.flat()) {
    if (c === null || c === undefined || c === false) continue;
    el.append(typeof c === "object" ? c : document.createTextNode(String(c)));
  }
}

/** Links of the app itself ("?page=…", "./"), or web pages: never javascript: or data: URLs. */
export function safeHref(href: string): string {
  if (href.startsWith("?") || href.startsWith("./") || href.startsWith("#")) return href;
  return /^https?:\/\//i.test(href) ? href : "#";
}

const SVG = "http://www.w3.org/2000/svg";
export function svg(tag: string, attrs: Record<string, string | number> = {}, ...children: (SVGElement | string)[]): SVGElement {
  const el = document.createElementNS(SVG, tag) as SVGElement;
  for (const [k, v] of Object.entries(attrs)) el.setAttribute(k, String(v));
  for (const c of children) el.append(typeof c === "string" ? document.createTextNode(c) : c);
  return el;
}

/** A link to a page of the app with these parameters. */
export function pageLink(params: Record<string, string | number | undefined>, ...children: (Child | Child[])[]): HTMLAnchorElement {
  return h("a", { href: pageUrl(params) }, ...children);
}

/** A query string of the parameters that have a value ("" when none has). */
export function queryString(params: Record<string, string | number | undefined>): string {
  const q = new URLSearchParams();
  for (const [k, v] of Object.entries(params)) if (v !== undefined && v !== "") q.set(k, String(v));
  return q.toString();
}

export function pageUrl(params: Record<string, string | number | undefined>): string {
  const s = queryString(params);
  return s ? `?${s}` : "./";
}

export function clear(el: Element): void {
  while (el.firstChild) el.firstChild.remove();
}

/** A small square of a colour (set through the CSSOM: the CSP forbids style attributes). */
export function swatch(color: string): HTMLElement {
  const el = h("i", { class: "swatch" });
  el.style.backgroundColor = color;
  return el;
}
