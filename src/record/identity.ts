import type { EntityRecord } from "../document/document.js";
import { fold } from "../text/fold.js";

/** The identity of an entity across documents: its Wikidata id, else its canonical name, type and country. */
export function identity(e: Pick<EntityRecord, "kb" | "type" | "name" | "country">): string {
  return e.kb ?? `${e.type}|${fold(e.name)}|${e.country ?? ""}`;
}
