import { describe, expect, it } from "vitest";
import { parseCorpusHeader } from "./corpus.js";
import { parseDateString } from "./calendar.js";

describe("parseCorpusHeader", () => {
  it("reads a header inline with the first paragraph, after leading white space", () => {
    const h = parseCorpusHeader(" date 2024-12 Le ministre a parlé.");
    expect(h.date).toEqual({ value: "2024-12", precision: "month" });
    expect(h.body).toBe("Le ministre a parlé.");
  });

  it("reads a day-precision header on its own line", () => {
    const h = parseCorpusHeader("date 2023-02-06\nAn earthquake struck.\n");
    expect(h.date).toEqual({ value: "2023-02-06", precision: "day" });
    expect(h.body).toBe("An earthquake struck.\n");
  });

  it("gives a null date for 'date unknown' and for no header", () => {
    expect(parseCorpusHeader("date unknown Un texte.")).toMatchObject({ date: null, body: "Un texte." });
    expect(parseCorpusHeader("Un texte sans en-tête.")).toMatchObject({ date: null, body: "Un texte sans en-tête." });
  });

  it("does not take a sentence that starts with the word date as a header", () => {
    expect(parseCorpusHeader("Date limite: demain.").date).toBeNull();
    expect(parseCorpusHeader("Date limite: demain.").body).toBe("Date limite: demain.");
  });

  it("warns about an impossible date and keeps the text", () => {
    const h = parseCorpusHeader("date 2024-13 Texte.");
    expect(h.date).toBeNull();
    expect(h.body).toBe("Texte.");
    expect(h.warnings[0]).toMatch(/not a real date/);
  });
});

describe("parseDateString", () => {
  it("reads ISO dates, date-times and feed dates with their precision", () => {
    expect(parseDateString("2024")).toEqual({ value: "2024", precision: "year" });
    expect(parseDateString("2024-02-29T10:00:00Z")).toEqual({ value: "2024-02-29", precision: "day" });
    expect(parseDateString("Tue, 03 Dec 2024 10:00:00 GMT")).toEqual({ value: "2024-12-03", precision: "day" });
  });

  it("refuses dates that do not exist", () => {
    expect(parseDateString("2023-02-29")).toBeNull();
    expect(parseDateString("yesterday-ish")).toBeNull();
    expect(parseDateString("")).toBeNull();
  });
});
