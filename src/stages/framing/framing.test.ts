import { beforeAll, describe, expect, it } from "vitest";
import { createAnalyzer, type Analyzer } from "../../analyze.js";

let vigie: Analyzer;
beforeAll(async () => {
  vigie = await createAnalyzer();
});

/** [term, category, voice, referent name, neutral] of each label */
function framing(text: string) {
  const r = vigie.analyzeText(text);
  const name = (id: string | null) => (id ? r.entities.find((e) => e.id === id)?.name : null);
  return r.framing.map((f) => [f.term, f.category, f.voice, name(f.refersTo), f.neutral]);
}

describe("framing", () => {
  it("finds delegitimizing labels in the outlet's voice and links them to the actor they label", () => {
    expect(framing("date 2024-12 Des groupes terroristes, dirigés par Hayat Tahrir al-Cham (HTC), ont attaqué Alep.")).toEqual([
      ["groupes terroristes", "delegitimizing label", "author", "Hayat Tahrir al-Sham", "groupes rebelles"],
    ]);
    expect(framing("date 2024-12 Le régime syrien a perdu Alep.")).toEqual([["régime syrien", "delegitimizing label", "author", "Syria", "gouvernement"]]);
  });

  it("takes a scourge named beside others for the generic concept, and a current wave of it for a label", () => {
    expect(framing("date 2024-12 « Nous combattrons le terrorisme et l'insécurité partout », a déclaré le ministre.")).toEqual([]);
    expect(framing("date 2024-12 “We will defeat terrorism and extremism in all their forms,” the minister said.")).toEqual([]);
    expect(framing("date 2024-12 La télévision d'État dénonce la résurgence du terrorisme dans le nord du pays.").map((f) => f[0])).toEqual(["terrorisme"]);
    expect(framing("date 2024-12 State media blamed a new wave of terrorism in the north on armed groups.").map((f) => f[0])).toEqual(["terrorism"]);
  });

  it("tells a quoted speaker's labels from the outlet's", () => {
    expect(framing("date 2024-12 « Nous vaincrons les complots sionistes », a déclaré le ministre.")).toEqual([
      ["complots sionistes", "delegitimizing label", "quoted", null, "Israël"],
    ]);
    expect(framing("date 2024-12 “The Zionist entity will fall,” the cleric said.")[0]?.slice(0, 3)).toEqual(["Zionist entity", "delegitimizing label", "quoted"]);
  });

  it("covers the other categories in both languages", () => {
    const cats = (t: string) => framing(t).map((f) => f[1]);
    expect(cats("date 2024-12 Les martyrs de la ville ont été enterrés.")).toEqual(["legitimizing label"]);
    expect(cats("date 2024-12 Le président dénonce un complot.")).toEqual(["conspiracy frame"]);
    expect(cats("date 2024-12 The strike caused collateral damage.")).toEqual(["euphemism"]);
    expect(cats("date 2024-12 He called them cockroaches.")).toEqual(["dehumanizing term"]);
    expect(cats("date 2024-12 The forces kept liberating villages in the north.")).toEqual(["legitimizing label"]);
  });

  it("lets context decide: a diet is no regime, and wires call a designated group terrorist themselves", () => {
    expect(framing("date 2024-12 Il suit un régime alimentaire strict.")).toEqual([]);
    expect(framing("date 2024-12 Le groupe terroriste État islamique a revendiqué l'attentat.")).toEqual([]);
  });

  it("reads no regime in a system of pensions or taxes, and a label after a verb of naming in the namer's voice", () => {
    expect(framing("date 2025-03-10 Le régime des retraites est déficitaire.")).toEqual([]);
    expect(framing("date 2025-03-10 The pension regime will change, and the tax regime too.")).toEqual([]);
    expect(framing("date 2025-03-10 The militants, whom Israel calls terrorists, fired rockets.").map((f) => f[2])).toEqual(["quoted"]);
    expect(framing("date 2025-03-10 Le gouvernement qualifie de terroristes les auteurs de l'attaque.").map((f) => f[2])).toEqual(["quoted"]);
  });

  it("lists one label once per voice and referent, every use in its occurrences", () => {
    const r = vigie.analyzeText("date 2024-12 Le régime a menti. Le régime a encore menti.");
    expect(r.framing).toHaveLength(1);
    expect(r.framing[0]!.occurrences).toHaveLength(2);
    // a shorter form of the label for the same group is the same label
    const group = vigie.analyzeText("date 2024-12 Des groupes terroristes dirigés par Hayat Tahrir al-Cham ont attaqué Alep. Les terroristes de Hayat Tahrir al-Cham ont avancé.");
    expect(group.framing.map((f) => [f.term, f.occurrences.length])).toEqual([["groupes terroristes", 2]]);
    // the same words in one voice are one label, whichever entity each use was tied to; a government label stands for the state
    const state = framing("date 2024-12 Le régime de Bachar al-Assad vacille. En Syrie, le régime a perdu Alep. Le président du régime s'est tu.");
    expect(state.map((f) => [f[0], f[3]])).toEqual([["régime de Bachar al-Assad", "Syria"]]);
  });
});

describe("framing: a label in quotation marks of its own", () => {
  it("is someone else's word, even with no quotation recorded around it", () => {
    const labels = framing("date 2025-06-20 State television in Moscow described Ukraine's army as \"neo-Nazis\" and its government as the \"Kyiv regime\".");
    expect(labels.map((f) => [f[0], f[2]])).toEqual([
      ["neo-Nazis", "quoted"],
      ["Kyiv regime", "quoted"],
    ]);
  });
});

describe("framing: freeing hostages is no liberation of a place", () => {
  it("reads no label in 'libérer des otages'", () => {
    expect(framing("date 2024-03-01 Un accord permettrait au Hamas de libérer des otages israéliens.")).toEqual([]);
  });
});

describe("framing: a participle is no label", () => {
  it("reads 'occupant' as a label only as a noun, not in 'occupant également des secteurs'", () => {
    const labels = framing("date 2024-12-01 Le groupe tient Idleb, occupant également des secteurs d'Alep. L'occupant israélien a bombardé la ville.");
    expect(labels.map((f) => f[0])).toEqual(["occupant"]);
    expect(labels).toHaveLength(1);
  });
});

describe("framing: words that label only in someone else's voice", () => {
  it("reads 'occupation' in a quotation as a contested label, and not in the outlet's own history", () => {
    const quoted = framing("date 2025-01-21 Israël a détruit des maisons. « Nous ne pouvons pas accepter que l'occupation se prolonge », a déclaré Najib Mikati.");
    expect(quoted.map((f) => [f[0], f[2]])).toContainEqual(["occupation", "quoted"]);
    expect(framing("date 2025-01-21 Le musée raconte l'occupation allemande de Paris.")).toEqual([]);
    expect(framing("date 2024-12-13 Russia fired 90 missiles at Ukraine. \"This is Russian terror,\" Volodymyr Zelensky said.").map((f) => [f[0], f[2]])).toContainEqual(["terror", "quoted"]);
    expect(framing("date 2024-12-13 The museum tells of the Terror of 1793 and of a reign of terror in the novel.")).toEqual([]);
  });
});

describe("framing: a conspiracy frame, not a charge of conspiracy", () => {
  it("reads 'a plot against', 'a foreign conspiracy', 'un complot contre' as the frame, not a charge of conspiracy, a company's conspiracy nor a film's plot", () => {
    expect(framing("date 2025-03 Le régime a dénoncé « un complot contre la nation ».").map((f) => f[0])).toContain("complot contre");
    expect(framing("date 2025-03 The minister blamed \"a foreign conspiracy\" for the unrest.").map((f) => f[0])).toContain("foreign conspiracy");
    expect(framing("date 2025-03 \"Because of the company's conspiracy, 346 people died,\" the lawyer said.")).toEqual([]);
    expect(framing("date 2025-03 The film's plot follows two sisters in Lisbon.")).toEqual([]);
    expect(framing("date 2025-03 He was charged with conspiracy to commit fraud.")).toEqual([]);
    // (a bare one still frames what it is said of: "le président dénonce un complot")
    expect(framing("date 2025-03 Le président dénonce un complot.").map((f) => f[0])).toEqual(["complot"]);
  });
});

describe("framing: labels in someone else's words only", () => {
  // (each: a text, and the labels found in it with their voice; the outlet's own use of the word in another sense, none)
  const cases: [string, string[][]][] = [
    ["date 2024-08 The president said the war would move \"onto the aggressor's territory\".", [["aggressor", "quoted"]]],
    ["date 2024-08 « Nous frapperons l'agresseur », a déclaré le président.", [["agresseur", "quoted"]]],
    ["date 2024-08 The police arrested the aggressor after the fight in a bar.", []],
    ["date 2024-08-02 Le président a affirmé que les « fascistes » ne reviendraient jamais au pouvoir.", [["fascistes", "quoted"]]],
    ["date 2024-08-02 Italian fascist squads marched on Rome in 1922.", []],
    ["date 2024-05-16 Le ministre a qualifié certains de ses membres de « mafieux ».", [["mafieux", "quoted"]]],
  ];
  it("reads 'aggressor', 'fascistes', 'mafieux' as labels in a speaker's words, not in the outlet's account of a crime or of history", () => {
    for (const [text, labels] of cases) expect(framing(text).map((f) => [f[0], f[2]])).toEqual(labels);
  });
});

describe("framing: the name of a charge", () => {
  it("is no label ('poursuivi pour terrorisme', 'charged with terrorism', 'terrorism charges'); terrorism ascribed to a party still is", () => {
    expect(framing("date 2024-06-27 Selon le parquet, il sera poursuivi pour terrorisme et soulèvement armé.")).toEqual([]);
    expect(framing("date 2024-06-27 The former officer was charged with terrorism on Monday.")).toEqual([]);
    expect(framing("date 2024-06-27 He faces terrorism charges after the attack.")).toEqual([]);
    expect(framing("date 2024-06-27 Le gouvernement a dénoncé le terrorisme des rebelles.").map((f) => f[0])).toEqual(["terrorisme"]);
  });
});
