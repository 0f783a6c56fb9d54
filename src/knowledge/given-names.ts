/**
 * The gender a given name has in every list that gives it one (data/knowledge/given-names-
 * generated.json: female, male), for pronouns to agree with ("selon elle": the last woman named).
 */
import { fold } from "../text/fold.js";
import { readDataJson } from "../util/data.js";

let genders: Map<string, "f" | "m"> | null = null;

/** "f" or "m" for a person's name whose first word is a given name of one gender; null when unknown or both. */
export function nameGender(name: string): "f" | "m" | null {
  if (!genders) {
    const data = readDataJson<{ female?: string[]; male?: string[] }>("knowledge/given-names-generated.json");
    genders = new Map();
    for (const n of data.female ?? []) genders.set(fold(n), "f");
    for (const n of data.male ?? []) genders.set(fold(n), "m");
  }
  const first = name.split(/[\s-]+/, 1)[0] ?? "";
  return genders.get(fold(first)) ?? null;
}
