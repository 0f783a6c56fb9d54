const COMBINING = /[\u0300-\u036f]/g;
const APOSTROPHES = /[’‘`´ʼ]/g;
const ASCII = /^[\x20-\x7e]*$/;

const cache = new Map<string, string>();
const CACHE_LIMIT = 50_000;

/** Lower case, diacritics removed, typographic apostrophes made straight: the form lookups compare. */
export function fold(s: string): string {
  if (ASCII.test(s)) return s.toLowerCase();
  let hit = cache.get(s);
  if (hit === undefined) {
    hit = s.normalize("NFD").replace(COMBINING, "").replace(APOSTROPHES, "'").toLowerCase();
    if (cache.size >= CACHE_LIMIT) cache.clear();
    cache.set(s, hit);
  }
  return hit;
}
