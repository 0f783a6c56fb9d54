import { writeFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { tempDir } from "../test-support/temp.js";
import { tokenize } from "../text/tokens.js";
import { buildSnapshot, loadKnowledge, shippedFiles, type Knowledge } from "./knowledge.js";
import { readSnapshot } from "./snapshot.js";

/** An entry's fields in a fixed order, to compare entries however their fields were set. */
const fields = (e: object) => JSON.stringify(Object.fromEntries(Object.entries(e).sort(([a], [b]) => (a < b ? -1 : 1))));

describe("the knowledge snapshot", () => {
  it("loads the same knowledge as the source files, and is not used once a source file has changed", () => {
    const file = join(tempDir("snapshot"), "snapshot.json");
    const snapshot = buildSnapshot();
    writeFileSync(file, JSON.stringify(snapshot));
    const fromSources: Knowledge = loadKnowledge({ snapshot: null });
    const fromSnapshot: Knowledge = loadKnowledge({ snapshot: file });
    expect(fromSnapshot.byId.size).toBe(fromSources.byId.size);
    for (const [id, e] of fromSources.byId) expect(fields(fromSnapshot.byId.get(id)!)).toBe(fields(e));
    expect(fromSnapshot.names.size).toBe(fromSources.names.size);
    expect(fromSnapshot.demonyms.size).toBe(fromSources.demonyms.size);
    expect(fromSnapshot.calendar.map((c) => c.cueWords)).toEqual(fromSources.calendar.map((c) => c.cueWords));
    // (the countries are entries themselves, as when read from the sources)
    for (const c of fromSnapshot.countries.values()) expect(fromSnapshot.byId.get(c.id)).toBe(c);
    // (names with keys of their own, an elision, a hyphen, diacritics, are found as from the sources)
    for (const text of ["Alep", "Côte d'Ivoire", "Bosnie-Herzégovine", "l'Élysée"]) {
      const tokens = tokenize(text, "fr");
      const at = tokens[0]!.kind === "clitic" ? 1 : 0;
      expect(fromSnapshot.names.longestAt(tokens, at)?.values.map((v) => v.id)).toEqual(fromSources.names.longestAt(tokens, at)?.values.map((v) => v.id));
    }
    // a snapshot built from other files is not read
    writeFileSync(file, JSON.stringify({ ...snapshot, signature: "0", stamp: "0" }));
    expect(readSnapshot(shippedFiles(), file)).toBeNull();
    // files of other times but the same contents (a copy of the package) are hashed, and the snapshot is read
    writeFileSync(file, JSON.stringify({ ...snapshot, stamp: "0" }));
    expect(readSnapshot(shippedFiles(), file)).not.toBeNull();
    // nor a file that is not one
    writeFileSync(file, "{oops");
    expect(readSnapshot(shippedFiles(), file)).toBeNull();
  });
});
