/**
 * Bounds how deeply an HTML page's elements nest before it is parsed: the article extractor's
 * work grows with the square of the depth, and the DOM walk with the stack. Real pages nest a
 * few dozen elements deep; past MAX_DEPTH, tags are dropped and their text kept.
 */

export const MAX_DEPTH = 100;

const TAG = /<(\/?)([a-zA-Z][a-zA-Z0-9-]*)\b[^>]*?(\/?)>/g;
const VOID = new Set("area base br col embed hr img input link meta param source track wbr".split(" "));

/** The page with every tag opened deeper than `maxDepth` (and its closing tag) removed; the page itself when none is. */
export function boundDepth(html: string, maxDepth = MAX_DEPTH): string {
  const parts: string[] = [];
  let depth = 0;
  /** tags opened past the bound whose closing tags are still to drop */
  let dropped = 0;
  let last = 0;
  let changed = false;
  for (const m of html.matchAll(TAG)) {
    const [, closing, name, selfClosing] = m;
    if (VOID.has(name!.toLowerCase()) || selfClosing) continue;
    let drop = false;
    if (!closing) {
      if (depth >= maxDepth) {
        dropped++;
        drop = true;
      } else depth++;
    } else if (dropped > 0) {
      dropped--;
      drop = true;
    } else if (depth > 0) depth--;
    if (drop) {
      parts.push(html.slice(last, m.index), " ");
      last = m.index + m[0].length;
      changed = true;
    }
  }
  if (!changed) return html;
  parts.push(html.slice(last));
  return parts.join("");
}
