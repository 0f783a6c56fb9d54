const COMBINING = /[\u0300-\u036f]/g;
const APOSTROPHES = /[’‘`´ʼ]/g;

/** Lower case, diacritics removed, typographic apostrophes made straight: the form lookups compare. */
export function fold(s: string): string {
  return s.normalize("NFD").replace(COMBINING, "").replace(APOSTROPHES, "'").toLowerCase();
}
