import { describe, expect, it } from "vitest";
import { inflect } from "./inflect.js";

describe("inflect", () => {
  it("replaces the ending of the first rule that fits, and skips lemmas no rule fits", () => {
    const rules: [string, string[]][] = [
      ["cer", ["ce", "çait"]],
      ["er", ["e", "é"]],
    ];
    expect(inflect(["annoncer", "souligner", "dire"], rules)).toEqual(["annonce", "annonçait", "souligne", "souligné"]);
  });

  it("takes the empty suffix as a default", () => {
    expect(inflect(["deny", "warn"], [["y", ["ied"]], ["", ["ed", "s"]]])).toEqual(["denied", "warned", "warns"]);
  });
});
