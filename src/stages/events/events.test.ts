import { beforeAll, describe, expect, it } from "vitest";
import { createAnalyzer, type Analyzer } from "../../analyze.js";

let vigie: Analyzer;
beforeAll(async () => {
  vigie = await createAnalyzer();
});

/** [type, actor, target, status] of each event, with entity names */
function events(text: string) {
  const r = vigie.analyzeText(text);
  const name = (id: string | null) => (id ? r.entities.find((e) => e.id === id)?.name : null);
  return r.events.map((v) => [v.type, name(v.actor), name(v.target), v.status]);
}

describe("events: types and arguments", () => {
  it("codes a phone call with its participants, in French", () => {
    expect(events("date 2024-12-03 Lors d'une conversation téléphonique avec son homologue syrien, Bachar al-Assad, le président iranien Massoud Pezeshkian a exprimé son appui.")).toContainEqual([
      "CONSULT",
      "Masoud Pezeshkian",
      "Bashar al-Assad",
      "reported",
    ]);
  });

  it("reads a passive's agent as the actor and its subject as the target", () => {
    const es = vigie.analyzeText("date 2024-12-03 Des dizaines de combattants de Hayat Tahrir al-Cham ont été tués par l'armée syrienne près de Hama.");
    const v = es.events.find((e) => e.type === "ASSAULT")!;
    const name = (id: string | null) => es.entities.find((e) => e.id === id)?.name;
    expect([name(v.actor), name(v.target)]).toEqual(["Syrian Arab Army", "Hayat Tahrir al-Sham"]);
  });

  it("codes English events, a capture of a city against its state", () => {
    expect(events("date 2024-12-05 Hayat Tahrir al-Sham captured the city of Hama, in central Syria, on Thursday.")).toEqual([["ASSAULT", "Hayat Tahrir al-Sham", "Syria", "reported"]]);
  });

  it("counts the killed", () => {
    const r = vigie.analyzeText("date 2024-08-26 Russia launched a missile attack on Ukraine on Monday, killing at least four people.");
    expect(r.events.find((e) => e.type === "ASSAULT")?.fatalities).toBe(4);
  });
});

describe("events: status", () => {
  it("marks negated, intended, historical and claimed events", () => {
    expect(events("date 2024-12-03 L'armée russe n'a pas attaqué la ville d'Odessa.")[0]?.[3]).toBe("negated");
    expect(events("date 2024-12-03 L'Iran est prêt à renforcer sa coopération avec la Syrie.")[0]).toEqual(["COOPERATE", "Iran", "Syria", "intended"]);
    expect(events("date 2024-12-03 En 2017, la Russie a aidé la Syrie.")[0]).toEqual(["AID", "Russia", "Syria", "historical"]);
    expect(events("date 2024-12-03 Selon la télévision d'État syrienne, l'armée syrienne a attaqué Hayat Tahrir al-Cham.")[0]?.[3]).toBe("claimed");
  });
});

describe("events: ordinary news is no conflict", () => {
  it("does not code a sports attack or a conquered market as an assault", () => {
    expect(events("date 2024-05-25 Le Paris Saint-Germain a attaqué sans relâche face à l'Olympique lyonnais.").filter((e) => e[0] === "ASSAULT")).toEqual([]);
    expect(events("date 2024-06-18 Nvidia conquered the AI market faster than any rival.").filter((e) => e[0] === "ASSAULT")).toEqual([]);
  });
});
