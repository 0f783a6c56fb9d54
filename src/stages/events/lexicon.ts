import { NameIndex } from "../../knowledge/names.js";
import { fold } from "../../text/fold.js";
import { readLangData } from "../../util/data.js";

export interface Trigger {
  type: string;
  mode: string | null;
}

interface EventData {
  triggers: { phrase: string; type: string; mode: string | null }[];
  negations: string[];
  intentions: string[];
  passiveAgents: string[];
  targetLinks: string[];
  placeLinks: string[];
  governmentForces: string[];
  nonConflict: string[];
  casualties: string[];
  numberWords: Record<string, number>;
  approximations: string[];
  rebelNouns: string[];
  complementLinks: string[];
  weakTriggers: string[];
}

/** A language's event words (data/lang/<lang>/events.json), indexed. */
export interface EventLexicon {
  triggers: NameIndex<Trigger>;
  negations: NameIndex<true>;
  intentions: NameIndex<true>;
  passiveAgents: NameIndex<true>;
  targetLinks: Set<string>;
  placeLinks: NameIndex<true>;
  governmentForces: NameIndex<true>;
  nonConflict: NameIndex<true>;
  casualties: NameIndex<true>;
  numberWords: Map<string, number>;
  approximations: NameIndex<true>;
  rebelNouns: Set<string>;
  /** words before a complement, which is no subject */
  complementLinks: Set<string>;
  /** triggers that make an event only with both an actor and a target */
  weakTriggers: Set<string>;
}

const cache = new Map<string, EventLexicon>();

export function eventLexicon(lang: string): EventLexicon {
  let lex = cache.get(lang);
  if (!lex) {
    const d = readLangData<EventData>(lang, "events");
    const triggers = new NameIndex<Trigger>();
    for (const t of d.triggers) triggers.add(t.phrase, { type: t.type, mode: t.mode });
    lex = {
      triggers,
      negations: NameIndex.of(d.negations),
      intentions: NameIndex.of(d.intentions),
      passiveAgents: NameIndex.of(d.passiveAgents),
      targetLinks: new Set(d.targetLinks.map(fold)),
      placeLinks: NameIndex.of(d.placeLinks),
      governmentForces: NameIndex.of(d.governmentForces),
      nonConflict: NameIndex.of(d.nonConflict),
      casualties: NameIndex.of(d.casualties),
      numberWords: new Map(Object.entries(d.numberWords).map(([k, v]) => [fold(k), v])),
      approximations: NameIndex.of(d.approximations),
      rebelNouns: new Set((d.rebelNouns ?? []).map(fold)),
      complementLinks: new Set((d.complementLinks ?? []).map(fold)),
      weakTriggers: new Set((d.weakTriggers ?? []).map(fold)),
    };
    cache.set(lang, lex);
  }
  return lex;
}
