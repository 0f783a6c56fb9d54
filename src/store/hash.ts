import { createHash } from "node:crypto";

/** The identity of a text for de-duplication: case, spacing and punctuation aside. */
export function textHash(text: string): string {
  const normal = text.normalize("NFC").toLowerCase().replace(/[^\p{L}\p{N}]+/gu, " ").trim();
  return createHash("sha256").update(normal).digest("hex");
}
