import { describe, expect, it } from "vitest";
import { colorsWanted } from "./colors.js";

describe("colorsWanted", () => {
  it("colors a terminal only, whatever CI says", () => {
    expect(colorsWanted({}, true)).toBe(true);
    expect(colorsWanted({}, false)).toBe(false);
    expect(colorsWanted({ CI: "true" }, false)).toBe(false);
  });
  it("honours NO_COLOR and FORCE_COLOR", () => {
    expect(colorsWanted({ NO_COLOR: "1" }, true)).toBe(false);
    expect(colorsWanted({ FORCE_COLOR: "1" }, false)).toBe(true);
    expect(colorsWanted({ FORCE_COLOR: "0" }, true)).toBe(false);
  });
});
