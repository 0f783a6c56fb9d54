import { readFileSync } from "node:fs";

/** A problem in a knowledge file: the file, the line, what is wrong. That entry is skipped; the rest loads. */
export class KnowledgeError extends Error {
  constructor(
    readonly file: string,
    readonly line: number,
    readonly problem: string,
  ) {
    super(`${file}:${line}: ${problem}`);
    this.name = "KnowledgeError";
  }
}

/**
 * The objects of a JSON Lines file (blank lines and lines starting with // skipped), each handed
 * to `read`; an unparsable line or one that `read` refuses (by throwing) becomes a KnowledgeError.
 */
export function readJsonLines<T>(file: string, read: (o: Record<string, unknown>) => T, errors: KnowledgeError[]): T[] {
  const out: T[] = [];
  const lines = readFileSync(file, "utf8").split("\n");
  lines.forEach((line, i) => {
    const t = line.trim();
    if (!t || t.startsWith("//")) return;
    try {
      const o: unknown = JSON.parse(t);
      if (!o || typeof o !== "object" || Array.isArray(o)) throw new Error("an entry must be a JSON object");
      out.push(read(o as Record<string, unknown>));
    } catch (err) {
      errors.push(new KnowledgeError(file, i + 1, (err as Error).message));
    }
  });
  return out;
}

export const str = (o: Record<string, unknown>, key: string): string | null => {
  const v = o[key];
  if (v === undefined || v === null) return null;
  if (typeof v !== "string") throw new Error(`"${key}" must be a string`);
  return v;
};

export const requiredStr = (o: Record<string, unknown>, key: string): string => {
  const v = str(o, key);
  if (!v) throw new Error(`"${key}" is required`);
  return v;
};

export const strList = (o: Record<string, unknown>, key: string): string[] => {
  const v = o[key];
  if (v === undefined || v === null) return [];
  if (!Array.isArray(v) || !v.every((x) => typeof x === "string")) throw new Error(`"${key}" must be a list of strings`);
  return v as string[];
};

export const num = (o: Record<string, unknown>, key: string): number | null => {
  const v = o[key];
  if (v === undefined || v === null) return null;
  if (typeof v !== "number" || !Number.isFinite(v)) throw new Error(`"${key}" must be a number`);
  return v;
};
