/**
 * Near-duplicate detection by SimHash (Charikar): a 64-bit fingerprint of a text's word
 * 3-shingles, in which texts that share most of their shingles differ by few bits. The
 * fingerprint is cut into five bands of 12 or 13 bits: two fingerprints within MAX_DISTANCE bits of
 * each other agree on at least one whole band (pigeonhole), so the store finds candidates by
 * band in an index and checks the distance of those alone.
 */

const BAND_BITS = [13, 13, 13, 13, 12];
/** Fingerprints this many bits apart or fewer are one story republished with small edits. */
export const MAX_DISTANCE = BAND_BITS.length - 1;

/** words per shingle (combine() takes three) */
const SHINGLE = 3;

/** FNV-1a's start and prime; the second hash of a word also folds its high bits down at each step. */
const FNV_START = 0x811c9dc5;
const FNV_START_2 = 0x050c5d1f;
const FNV_PRIME = 0x01000193;

const WORD_CHARACTER = /[\p{L}\p{N}]/u;
/** per UTF-16 code unit of the Basic Multilingual Plane: 0 not yet looked at, 1 a letter or a digit, 2 not */
const wordUnits = new Uint8Array(0x10000);

function isWordUnit(code: number): boolean {
  let kind = wordUnits[code]!;
  if (kind === 0) {
    kind = WORD_CHARACTER.test(String.fromCharCode(code)) ? 1 : 2;
    wordUnits[code] = kind;
  }
  return kind === 1;
}

/**
 * The words of a text (runs of letters and digits), each as two independent 32-bit FNV-1a hashes
 * in hi[i] and lo[i]; returns how many. One pass over the code units, a table telling letters
 * and digits (a character outside the Basic Multilingual Plane is asked of the pattern).
 */
function hashWords(text: string, hi: Uint32Array, lo: Uint32Array): number {
  let n = 0;
  let a = 0;
  let b = 0;
  let inWord = false;
  for (let k = 0; k < text.length; k++) {
    const code = text.charCodeAt(k);
    const pair = code >= 0xd800 && code <= 0xdbff && k + 1 < text.length && (text.charCodeAt(k + 1) & 0xfc00) === 0xdc00;
    const units = pair ? 2 : 1;
    if (pair ? WORD_CHARACTER.test(text.slice(k, k + 2)) : isWordUnit(code)) {
      if (!inWord) {
        a = FNV_START;
        b = FNV_START_2;
        inWord = true;
      }
      for (let u = k; u < k + units; u++) {
        const c = text.charCodeAt(u);
        a = Math.imul(a ^ c, FNV_PRIME);
        b = Math.imul(b ^ c, FNV_PRIME) ^ (b >>> 15);
      }
    } else if (inWord) {
      hi[n] = a;
      lo[n++] = b;
      inWord = false;
    }
    k += units - 1;
  }
  if (inWord) {
    hi[n] = a;
    lo[n++] = b;
  }
  return n;
}

/** A 32-bit hash of a sequence of word hashes, order-sensitive, well mixed (murmur3's finalizer). */
function combine(x: number, y: number, z: number): number {
  let h = Math.imul(x, 0x9e3779b1) ^ Math.imul(y ^ (y >>> 13), 0x85ebca6b) ^ Math.imul(z ^ (z >>> 7), 0xc2b2ae35);
  h ^= h >>> 16;
  h = Math.imul(h, 0x85ebca6b);
  h ^= h >>> 13;
  h = Math.imul(h, 0xc2b2ae35);
  return (h ^ (h >>> 16)) >>> 0;
}

/** The text's SimHash as 16 hexadecimal digits; null when it has too few words to fingerprint. */
export function simhash(text: string): string | null {
  const lower = text.normalize("NFC").toLowerCase();
  const hiWords = new Uint32Array(lower.length >> 1 || 1);
  const loWords = new Uint32Array(hiWords.length);
  const n = hashWords(lower, hiWords, loWords);
  if (n < SHINGLE * 4) return null;
  // each bit set where more than half of the shingles' hashes have it
  const ones = new Int32Array(64);
  const shingles = n - SHINGLE + 1;
  for (let i = 0; i < shingles; i++) {
    const hi = combine(hiWords[i]!, hiWords[i + 1]!, hiWords[i + 2]!);
    const lo = combine(loWords[i]!, loWords[i + 1]!, loWords[i + 2]!);
    for (let bit = 0; bit < 32; bit++) {
      ones[bit] = ones[bit]! + ((hi >>> bit) & 1);
      ones[32 + bit] = ones[32 + bit]! + ((lo >>> bit) & 1);
    }
  }
  let hi = 0;
  let lo = 0;
  for (let bit = 0; bit < 32; bit++) {
    if (2 * ones[bit]! > shingles) hi |= 1 << bit;
    if (2 * ones[32 + bit]! > shingles) lo |= 1 << bit;
  }
  return (hi >>> 0).toString(16).padStart(8, "0") + (lo >>> 0).toString(16).padStart(8, "0");
}

/** The fingerprint's bands, each a number of 12 or 13 bits. */
export function bands(fingerprint: string): number[] {
  let rest = BigInt(`0x${fingerprint}`);
  return BAND_BITS.map((bits) => {
    const band = Number(rest & ((1n << BigInt(bits)) - 1n));
    rest >>= BigInt(bits);
    return band;
  });
}

/** How many bits two fingerprints differ by. */
export function distance(a: string, b: string): number {
  let d = 0;
  for (let i = 0; i < 16; i += 8) {
    let x = (parseInt(a.slice(i, i + 8), 16) ^ parseInt(b.slice(i, i + 8), 16)) >>> 0;
    while (x) {
      x &= x - 1;
      d++;
    }
  }
  return d;
}
