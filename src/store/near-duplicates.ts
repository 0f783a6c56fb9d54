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

/** Two independent 32-bit FNV-1a hashes of the word text[from, to), into hi[i] and lo[i]. */
function hashWord(text: string, from: number, to: number, hi: Uint32Array, lo: Uint32Array, i: number): void {
  let a = 0x811c9dc5;
  let b = 0x050c5d1f;
  for (let k = from; k < to; k++) {
    const c = text.charCodeAt(k);
    a = Math.imul(a ^ c, 0x01000193);
    b = Math.imul(b ^ c, 0x01000193) ^ (b >>> 15);
  }
  hi[i] = a;
  lo[i] = b;
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
  const words = /[\p{L}\p{N}]+/gu;
  const lower = text.normalize("NFC").toLowerCase();
  const hiWords = new Uint32Array(lower.length >> 1 || 1);
  const loWords = new Uint32Array(hiWords.length);
  let n = 0;
  for (let m = words.exec(lower); m; m = words.exec(lower)) hashWord(lower, m.index, m.index + m[0].length, hiWords, loWords, n++);
  if (n < SHINGLE * 4) return null;
  const weights = new Int32Array(64);
  for (let i = 0; i + SHINGLE <= n; i++) {
    const hi = combine(hiWords[i]!, hiWords[i + 1]!, hiWords[i + 2]!);
    const lo = combine(loWords[i]!, loWords[i + 1]!, loWords[i + 2]!);
    for (let bit = 0; bit < 32; bit++) {
      weights[bit] = weights[bit]! + ((hi >>> bit) & 1 ? 1 : -1);
      weights[32 + bit] = weights[32 + bit]! + ((lo >>> bit) & 1 ? 1 : -1);
    }
  }
  let hi = 0;
  let lo = 0;
  for (let bit = 0; bit < 32; bit++) {
    if (weights[bit]! > 0) hi |= 1 << bit;
    if (weights[32 + bit]! > 0) lo |= 1 << bit;
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
