const SNIFF = 8192;

/** True when the bytes look like a binary file rather than text: a NUL byte, or many control bytes. */
export function looksBinary(bytes: Uint8Array): boolean {
  const n = Math.min(bytes.length, SNIFF);
  let control = 0;
  for (let i = 0; i < n; i++) {
    const b = bytes[i]!;
    if (b === 0) return true;
    if (b < 32 && b !== 9 && b !== 10 && b !== 12 && b !== 13 && b !== 27) control++;
  }
  return n > 0 && control / n > 0.1;
}

const strict = new TextDecoder("utf-8", { fatal: true });
const lenient = new TextDecoder("utf-8");

/** UTF-8 text of the bytes; invalid sequences become U+FFFD and are reported in `warning`. */
export function decodeUtf8(bytes: Uint8Array): { text: string; warning: string | null } {
  try {
    return { text: strict.decode(bytes), warning: null };
  } catch {
    const text = lenient.decode(bytes);
    const bad = text.split("\uFFFD").length - 1;
    return { text, warning: `invalid UTF-8: ${bad} byte sequence(s) replaced with U+FFFD` };
  }
}
