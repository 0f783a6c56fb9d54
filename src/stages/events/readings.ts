/**
 * What a trigger word needs around it to be read as an event, or as which event: its readings
 * by cue words (a strike of workers is a protest), the complement a verb of control asks for,
 * the noun of an offer or an envoy after it, and the party a noun's complement names as its agent.
 */
import type { Sentence, Token } from "../../document/document.js";
import type { QuoteLexicon } from "../quotes/lexicon.js";
import type { EventLexicon, Trigger } from "./lexicon.js";

/** how far after a trigger that needs an offer or an envoy its noun may stand ("accepted Boeing's latest contract offer") */
const OBJECT_REACH = 6;
/** words from a verb of control to the link of what it asks for ("a appelé dans l'après-midi les habitants de trois localités à évacuer") */
const CONTROL_REACH = 12;

/** One document's readings of triggers that are read as another type near a cue word. */
export class TriggerReadings {
  /** words the document has shown in their own sense (a drone strike, a strike that killed): one sense for the whole document */
  private readonly ownSense = new Set<string>();

  constructor(
    private readonly tokens: readonly Token[],
    private readonly lex: EventLexicon,
  ) {}

  /**
   * A trigger read as another type where one of its cue words stands near it: a strike of workers
   * ("the RMT union called a strike"), a seizure of property ("seized an oil tanker"); or, for a
   * reading that needs its cue, no event without it ("warned that rivals could follow").
   */
  read(trigger: Trigger, t0: number, t1: number, s: Sentence): Trigger | null {
    const { tokens } = this;
    // (most triggers have no reading: their first word says so before any phrase is built)
    if (!this.lex.readingStarts.has(tokens[t0]!.norm)) return trigger;
    const word = t1 - t0 === 1 ? tokens[t0]!.norm : tokens.slice(t0, t1).map((t) => t.norm).join(" ");
    const r = this.lex.readings.get(word);
    if (!r) return trigger;
    // ("appalled by the strike" after "Drone strike … kills dozens": the sense the document gave the word holds)
    if (this.ownSense.has(word)) return trigger;
    // ("a drone strike", "missile strikes": a weapon names the trigger's own sense)
    if (r.unless === "casualties" && this.lex.weaponNouns.has(tokens[t0 - 1]?.norm ?? "")) {
      this.ownSense.add(word);
      return trigger;
    }
    const [from, to] = r.within === "sentence" ? [s.firstToken, s.endToken] : [t1, Math.min(s.endToken, t1 + OBJECT_REACH)];
    let cued = false;
    for (let k = from; k < to; k++) {
      if (r.unless === "casualties" && this.lex.casualties.longestAt(tokens, k, s.endToken)) {
        this.ownSense.add(word);
        return trigger;
      }
      cued ||= r.cues.has(tokens[k]!.norm) || (!!r.cueEnding && tokens[k]!.kind === "word" && /^\p{Ll}/u.test(tokens[k]!.text) && r.cueEnding.test(tokens[k]!.norm));
    }
    // ("warned that Israel would respond": a threat told by its modal; "warned that other developers could follow" is none)
    if (r.needed) return cued ? trigger : null;
    // (a reading as "none" is no event: "had warned the authorities about the man" told them, threatened no one)
    if (!cued) return trigger;
    // (another sense has no manner of the first: a workers' "strike" is no air strike)
    return r.as === "none" ? null : { ...trigger, type: r.as, mode: null };
  }
}

/** Whether the link of a verb of control ("à", "to") and a word after it follow the trigger, before any punctuation. */
export function controlAfter(tokens: readonly Token[], quotes: QuoteLexicon, t1: number, s: Sentence): boolean {
  for (let k = t1; k < Math.min(s.endToken - 1, t1 + CONTROL_REACH); k++) {
    if (tokens[k]!.kind === "punct" || tokens[k]!.kind === "quote") return false;
    // (what is asked may be quoted: "a appelé les grévistes à « ne pas prendre … »")
    if (quotes.controlLinks.has(tokens[k]!.norm) && (tokens[k + 1]!.kind === "word" || tokens[k + 1]!.kind === "quote")) return true;
  }
  return false;
}

/** Where one of these nouns follows the trigger within a few words, before any punctuation; -1 when none does. */
export function nounAfter(tokens: readonly Token[], t1: number, s: Sentence, nouns: Set<string>): number {
  for (let k = t1; k < Math.min(s.endToken, t1 + OBJECT_REACH); k++) {
    if (tokens[k]!.kind === "punct") return -1;
    if (nouns.has(tokens[k]!.norm)) return k;
  }
  return -1;
}

/** Whether a noun trigger whose complement is its agent (agentGenitives) is followed by a link and a few words only up to token `at`. */
export function genitiveAgent(tokens: readonly Token[], lex: EventLexicon, t0: number, t1: number, at: number): boolean {
  if (t1 - t0 !== 1 || !lex.agentGenitives.has(tokens[t0]!.norm) || at <= t1 || !lex.genitiveLinks.has(tokens[t1]!.norm)) return false;
  // (articles, or a title before the name: "du Premier ministre Michel Barnier")
  return at - t1 <= 4 && tokens.slice(t1 + 1, at).every((t) => t.kind === "word" || t.kind === "clitic");
}
