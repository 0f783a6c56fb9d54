/**
 * Weapons and forces around a trigger: a weapon shot down (no assault), a weapon stored, made
 * or sent (no assault either), and forces sent (a mobilization), read from the event lexicon.
 */
import type { Sentence, Token } from "../../document/document.js";
import type { EventLexicon, Trigger } from "./lexicon.js";

/** how many tokens after a verb of air defence its weapon may be named ("shot down 81 of the 93 missiles") */
const WEAPON_REACH = 6;
/** how far after a verb of sending, in tokens, the noun of troops sent may stand ("send 200 more troops") */
const TROOPS_REACH = 5;
/** the trigger a verb of sending and a noun of troops make */
const SENT_TROOPS: Trigger = { type: "MOBILIZE", mode: null };

/** The token of a noun of a weapon in flight that is the object after token k (a count and a few words before it: "81 Russian missiles"), or -1. */
export function weaponAfter(tokens: readonly Token[], lex: EventLexicon, k: number, s: Sentence): number {
  for (let j = k; j < Math.min(s.endToken, k + WEAPON_REACH); j++) {
    if (tokens[j]!.kind === "punct") return -1;
    if (lex.weaponNouns.has(tokens[j]!.norm)) return j;
  }
  return -1;
}

/**
 * "will send 200 troops", "a dépêché 300 soldats supplémentaires": a verb of sending at k and,
 * within a few words (a count, adjectives), a noun of troops: a mobilization from the verb to
 * the noun; else null.
 */
export function sendingTroops(tokens: readonly Token[], lex: EventLexicon, k: number, s: Sentence): { end: number; values: Trigger[] } | null {
  const verb = lex.sendVerbs.longestAt(tokens, k, s.endToken);
  if (!verb) return null;
  for (let j = verb.end; j < Math.min(s.endToken, verb.end + TROOPS_REACH); j++) {
    const t = tokens[j]!;
    if (t.kind === "punct") return null;
    if (lex.troopNouns.has(t.norm)) return { end: j + 1, values: [SENT_TROOPS] };
  }
  return null;
}

/** Whether a weapon's noun at [k, end) is the complement or the modifier of a noun of a place or thing that holds, makes or launches weapons, or the object of a verb of sending. */
export function weaponHeld(tokens: readonly Token[], lex: EventLexicon, k: number, end: number): boolean {
  if (end - k !== 1 || !lex.weaponNouns.has(tokens[k]!.norm)) return false;
  if (lex.weaponHolders.has(tokens[end]?.norm ?? "")) return true;
  // ("deploy missiles", "a déployé des missiles": weapons sent, not fired)
  if (lex.sendVerbs.longestAt(tokens, k - 1, end)?.end === k || lex.sendVerbs.longestAt(tokens, k - 2, end)?.end === k - 1) return true;
  return lex.agentLinks.has(tokens[k - 1]?.norm ?? "") && lex.weaponHolders.has(tokens[k - 2]?.norm ?? "");
}
