import type { AnalyzedDocument, CalendarValue, EntityRecord, EventRecord, EventStatus, QuoteRecord, Sentence } from "../../document/document.js";
import type { Knowledge } from "../../knowledge/knowledge.js";
import { tokenIndexAt } from "../../document/offsets.js";
import type { Stage } from "../../pipeline/pipeline.js";
import { timeLexicon } from "../times/lexicon.js";
import { eventLexicon, type EventLexicon, type Trigger } from "./lexicon.js";

interface Slot {
  id: string;
  t0: number;
  t1: number;
}

const DAY = 86_400_000;
const PASSIVE = /^(été|ete|était|étaient|est|sont|was|were|been|being|is|are)$/i;
const CLAUSE_END = /^[;:—–]$/;
/** acts of force, where a state acts through its leader */
const MILITARY = new Set(["ASSAULT", "COERCE", "MOBILIZE", "RETREAT", "THREATEN"]);

/**
 * Events: who did what to whom, where and when, coded in the PLOVER ontology. Triggers come
 * from the language's lexicon; actor and target from the entities around the trigger (a
 * passive's agent after "par"/"by"); a country's forces stand for the country, a capital for
 * its state; the status from negations, intentions, dates long past and reported speech.
 */
export function eventsStage(knowledge: Knowledge): Stage {
  return {
    name: "events",
    run(doc) {
      new EventFinder(doc, eventLexicon(doc.lang), knowledge).run();
    },
  };
}

class EventFinder {
  private readonly mentionStart = new Map<number, Slot>();
  private readonly mentionEnd = new Map<number, Slot>();
  private readonly covered: Uint8Array;
  private readonly entities = new Map<string, EntityRecord>();
  private readonly countryEntity = new Map<string, string>();
  private readonly mainCountry: string | null;
  private readonly out: Omit<EventRecord, "id">[] = [];

  constructor(
    private readonly doc: AnalyzedDocument,
    private readonly lex: EventLexicon,
    private readonly knowledge: Knowledge,
  ) {
    const { tokens } = doc;
    this.covered = new Uint8Array(tokens.length);
    const at = (offset: number) => tokenIndexAt(tokens, offset);
    const counts = new Map<string, number>();
    for (const e of doc.entities) {
      this.entities.set(e.id, e);
      if (e.geo?.kind === "country" && e.country) this.countryEntity.set(e.country, e.id);
      for (const m of e.mentions) {
        const slot = { id: e.id, t0: at(m.start), t1: at(m.end - 1) + 1 };
        this.mentionStart.set(slot.t0, slot);
        this.mentionEnd.set(slot.t1 - 1, slot);
        this.covered.fill(1, slot.t0, slot.t1);
        if (e.country) counts.set(e.country, (counts.get(e.country) ?? 0) + 1);
      }
    }
    const top = [...counts].sort((a, b) => b[1] - a[1])[0];
    this.mainCountry = top ? (this.countryEntity.get(top[0]) ?? null) : null;
  }

  /** A country's forces, army or capital (and, for a military act, its leader in office) stand for the country the document names. */
  private stateOf(id: string, military: boolean): string {
    const known = this.doc.known.get(id);
    const e = this.entities.get(id);
    if (!known || !e) return id;
    const leads = military && e.type === "person" && known.offices.some((o) => o.to === null || (this.doc.reference && o.to > this.doc.reference.value));
    const code = known.capitalOf ?? ((known.sector === "MIL" && e.type === "organization") || leads ? known.country : null);
    return (code && this.countryEntity.get(code)) ?? id;
  }

  /** The last armed group named before token k: what "les rebelles", "the insurgents" point back to. */
  private lastArmedGroup(k: number): string | null {
    let best: Slot | null = null;
    let distance = Infinity;
    for (const s of this.mentionStart.values()) {
      if (this.doc.known.get(s.id)?.sector !== "REB") continue;
      // one named within a few words after ("groupes terroristes, dirigés par HTC") is the one meant; else the last before
      const d = s.t0 > k ? (s.t0 - k <= 8 ? s.t0 - k : Infinity) : k - s.t0 + 8;
      if (d < distance) {
        best = s;
        distance = d;
      }
    }
    return best?.id ?? null;
  }

  /** Whether an entity can act or be acted on: people, organizations, countries, capitals (for their state); other places are where things happen. */
  private participant(id: string): boolean {
    const e = this.entities.get(id);
    if (!e) return false;
    if (e.type !== "location") return true;
    return e.geo?.kind === "country" || !!this.doc.known.get(id)?.capitalOf;
  }

  /** The nearest participant before the trigger: an entity, "les forces gouvernementales", "the rebels"; an apposition just before it passed over. */
  private before(t0: number, from: number): { id: string; at: number } | null {
    const { tokens } = this.doc;
    let k = t0 - 1;
    while (k >= from && /^(a|ont|avait|avaient|has|have|had|a-t-il|ont-ils|est|sont|was|were|will|would)$/i.test(tokens[k]!.text)) k--;
    // "les forces syriennes, soutenues par l'Iran et la Russie, ont remporté": the subject stands before the apposition
    if (tokens[k]?.text === ",") {
      for (let j = k - 1; j >= Math.max(from, k - 12); j--)
        if (tokens[j]!.text === ",") {
          k = j;
          break;
        }
    }
    for (; k >= from && k >= t0 - 20; k--) {
      if (CLAUSE_END.test(tokens[k]!.text)) break;
      const m = this.mentionEnd.get(k);
      if (m && this.participant(m.id) && !this.placeLinked(m.t0) && !this.complement(m.t0) && this.doc.known.get(m.id)?.sector !== "MED") return { id: m.id, at: m.t0 };
      const forces = this.lex.governmentForces.longestAt(tokens, k, t0);
      if (forces && this.mainCountry) return { id: this.mainCountry, at: k };
      if (this.lex.rebelNouns.has(tokens[k]!.norm)) {
        const group = this.lastArmedGroup(k);
        if (group) return { id: group, at: k };
      }
    }
    return null;
  }

  /** The nearest participant after the trigger, or a place when a place word leads to it. */
  private after(t1: number, end: number): { id: string; place: boolean; at: number } | null {
    const { tokens } = this.doc;
    // "avec son homologue syrien, Bachar Assad": a target link carries past an apposition
    const linked = this.lex.targetLinks.has(tokens[t1]?.norm ?? "") || this.lex.targetLinks.has(tokens[t1 + 1]?.norm ?? "");
    for (let k = t1; k < end && k < t1 + 15; k++) {
      if (CLAUSE_END.test(tokens[k]!.text) || (tokens[k]!.text === "," && k > t1 + 1 && !(linked && k < t1 + 8))) break;
      const m = this.mentionStart.get(k);
      if (m) return { id: m.id, place: this.placeLinked(k) || !this.participant(m.id), at: k };
      const forces = this.lex.governmentForces.longestAt(tokens, k, end);
      if (forces && this.mainCountry) return { id: this.mainCountry, place: false, at: k };
      if (this.lex.rebelNouns.has(tokens[k]!.norm)) {
        const group = this.lastArmedGroup(k);
        if (group) return { id: group, place: false, at: k };
      }
    }
    return null;
  }

  /** Whether a preposition stands before token k ("contre le régime de Bachar al-Assad", "a blow to Assad"): a complement, no subject. */
  private complement(k: number): boolean {
    const { tokens } = this.doc;
    let j = k - 1;
    while (j >= 0 && /^(le|la|les|l'|l’|the|a|an|son|sa|ses|its|his|her|their|president|président)$/i.test(tokens[j]!.text)) j--;
    return this.lex.complementLinks.has(tokens[j]?.norm ?? "");
  }

  /** Whether a place word leads to token k ("à Alep", "in Syria", "près de Hama"). */
  private placeLinked(k: number): boolean {
    const { tokens } = this.doc;
    for (let j = k - 1; j >= Math.max(0, k - 3); j--) {
      const m = this.lex.placeLinks.longestAt(tokens, j, k);
      if (m && m.end === k) return this.entities.get(this.mentionStart.get(k)?.id ?? "")?.type === "location";
    }
    return false;
  }

  /** The nearest time expression in the sentence, else the day of writing. */
  private dateOf(s: Sentence, t0: number): CalendarValue | null {
    const { tokens } = this.doc;
    const from = tokens[s.firstToken]!.start;
    const to = tokens[s.endToken - 1]!.end;
    const at = tokens[t0]!.start;
    const inSentence = this.doc.times.filter((t) => t.start >= from && t.end <= to).sort((a, b) => Math.abs(a.start - at) - Math.abs(b.start - at));
    const t = inSentence[0];
    if (t) return { value: t.value, precision: t.precision };
    return this.doc.reference;
  }

  /** The quotation (direct or reported) the trigger stands in, if any. */
  private quoteAround(start: number): QuoteRecord | undefined {
    return this.doc.quotes.find((q) => q.start <= start && start < q.end && q.kind !== "partial");
  }

  private statusOf(t0: number, t1: number, s: Sentence, date: CalendarValue | null, quote: QuoteRecord | undefined): EventStatus {
    const { tokens } = this.doc;
    for (let k = Math.max(s.firstToken, t0 - 3); k < Math.min(s.endToken, t1 + 2); k++) if (this.lex.negations.longestAt(tokens, k, s.endToken)) return "negated";
    for (let k = Math.max(s.firstToken, t0 - 5); k < t0; k++) if (this.lex.intentions.longestAt(tokens, k, t0 + 1)) return "intended";
    const future = timeLexicon(this.doc.lang).futureVerb;
    if (future && tokens.slice(t0, t1).some((t) => t.kind === "word" && t.text === t.text.toLowerCase() && future.test(t.norm))) return "intended";
    const ref = this.doc.reference;
    if (date && ref && date.value < ref.value.slice(0, date.value.length)) {
      const [y, m = 1, d = 1] = date.value.split("-").map(Number) as [number, number?, number?];
      const [ry, rm = 1, rd = 1] = ref.value.split("-").map(Number) as [number, number?, number?];
      if ((Date.UTC(ry, rm - 1, rd) - Date.UTC(y, m - 1, d)) / DAY > 31) return "historical";
    }
    if (date && date.value > (ref?.value ?? "9999")) return "intended";
    return quote ? "claimed" : "reported";
  }

  /** Killed people a sentence counts: "environ 320 terroristes avaient été tués", "killing at least four people". */
  private fatalities(s: Sentence): number | null {
    const { tokens } = this.doc;
    for (let k = s.firstToken; k < s.endToken; k++) {
      const c = this.lex.casualties.longestAt(tokens, k, s.endToken);
      if (!c || /bless|wound|injur/i.test(tokens[k]!.norm)) continue;
      for (const j of [k - 1, k - 2, k - 3, k - 4, c.end, c.end + 1, c.end + 2, c.end + 3]) {
        const n = this.number(j);
        if (n !== null) return n;
      }
    }
    return null;
  }

  private number(j: number): number | null {
    const t = this.doc.tokens[j];
    if (!t) return null;
    if (t.kind === "number") {
      let text = t.text.replace(/[,.](?=\d{3}\b)/g, "");
      // "30 800": a thousands group after a space
      const next = this.doc.tokens[j + 1];
      if (next?.kind === "number" && /^\d{3}$/.test(next.text) && next.start - t.end === 1 && /^\d{1,3}$/.test(t.text)) text += next.text;
      const n = Number(text);
      return Number.isFinite(n) && !(n >= 1900 && n <= 2100 && text.length === 4) ? n : null;
    }
    return this.lex.numberWords.get(t.norm) ?? null;
  }

  private add(trigger: Trigger, t0: number, t1: number, s: Sentence): void {
    const { tokens, text } = this.doc;
    const passive =
      PASSIVE.test(tokens[t0 - 1]?.text ?? "") || PASSIVE.test(tokens[t0 - 2]?.text ?? "") || !!this.lex.passiveAgents.longestAt(tokens, t1, s.endToken);
    let actor: string | null = null;
    let target: string | null = null;
    let place: string | null = null;
    const left = this.before(t0, s.firstToken);
    const agent = passive ? this.agent(t1, s.endToken) : null;
    if (agent) {
      actor = agent;
      target = left?.id ?? null;
    } else {
      actor = left?.id ?? null;
      const right = this.after(t1, s.endToken);
      if (right?.place) place = right.id;
      if (right && (!right.place || this.entities.get(right.id)?.geo?.kind === "country")) target = right.id;
      if (!actor && right) actor = this.firstParticipantAfter(right.at + 1, s.endToken, target);
    }
    // "frappes aériennes israéliennes", "Russian bombardment": a demonym next to the trigger names the actor
    actor ??= this.demonymActor(t0, t1);
    // ", en menaçant de …", ", killing …": a participle acts for the sentence's subject
    if (!actor && /(ant|ing)$/i.test(tokens[t0]!.text) && /^(,|en)$/i.test(tokens[t0 - 1]?.text ?? "")) actor = this.firstParticipantAfter(s.firstToken, t0, target);
    // conquering a market, attacking in a match: no conflict
    if (["ASSAULT", "COERCE", "THREATEN"].includes(trigger.type)) {
      if ([actor, target].some((id) => id && ["BUS", "MED"].includes(this.doc.known.get(id)?.sector ?? ""))) return;
      for (let k = t1; k < Math.min(s.endToken, t1 + 4); k++) if (this.lex.nonConflict.longestAt(tokens, k, s.endToken)) return;
    }
    if (this.lex.weakTriggers.has(tokens[t0]!.norm) && t1 - t0 === 1 && !(actor && target)) return;
    actor = actor && this.stateOf(actor, MILITARY.has(trigger.type));
    target = target && this.stateOf(target, false);
    if (place && (trigger.type === "ASSAULT" || trigger.type === "COERCE") && !target) {
      const country = this.entities.get(place)?.geo?.country;
      const state = country ? this.countryEntity.get(country) : undefined;
      if (state && state !== actor) target = state;
    }
    // an armed group's assault with no target named strikes the state the document is about
    if (trigger.type === "ASSAULT" && !target && actor && this.mainCountry && actor !== this.mainCountry && this.doc.known.get(actor)?.sector === "REB")
      target = this.mainCountry;
    if (actor && actor === target) target = null;
    // what an actor says of its own deed is reported; what another says of it is claimed
    const around = this.quoteAround(tokens[t0]!.start);
    const quote = around && around.speaker && around.speaker === actor ? undefined : around;
    const date = this.dateOf(s, t0);
    const status = this.statusOf(t0, t1, s, date, quote);
    const from = tokens[s.firstToken]!.start;
    const to = tokens[s.endToken - 1]!.end;
    this.out.push({
      type: trigger.type,
      mode: trigger.mode,
      trigger: { start: tokens[t0]!.start, end: tokens[t1 - 1]!.end, text: text.slice(tokens[t0]!.start, tokens[t1 - 1]!.end) },
      actor,
      target,
      place,
      date,
      status,
      source: status === "claimed" ? (quote?.speaker ?? null) : null,
      fatalities: trigger.type === "ASSAULT" ? this.fatalities(s) : null,
      evidence: { start: from, end: to },
    });
  }

  /** A country a demonym just after (French) or before (English) the trigger names, if the document names it too. */
  private demonymActor(t0: number, t1: number): string | null {
    const { tokens } = this.doc;
    for (const k of [t1, t1 + 1, t0 - 1, t0 - 2]) {
      if (k < 0 || k >= tokens.length) continue;
      const d = this.knowledge.demonyms.longestAt(tokens, k, k + 1);
      const id = d ? this.countryEntity.get(d.values[0]!.country!) : undefined;
      if (id) return id;
    }
    return null;
  }

  /** The first person or organization after token k: the subject of a clause a fronted trigger belongs to. */
  private firstParticipantAfter(k: number, end: number, not: string | null): string | null {
    for (let j = k; j < end && j < k + 20; j++) {
      const m = this.mentionStart.get(j);
      if (m && m.id !== not && this.entities.get(m.id)?.type !== "location" && this.doc.known.get(m.id)?.sector !== "MED") return m.id;
    }
    return null;
  }

  /** The agent of a passive trigger: "tués par les forces gouvernementales", "killed by Russian bombardment". */
  private agent(t1: number, end: number): string | null {
    const { tokens } = this.doc;
    for (let k = t1; k < Math.min(end, t1 + 3); k++) {
      const by = this.lex.passiveAgents.longestAt(tokens, k, end);
      if (!by) continue;
      const who = this.after(by.end, end);
      return who ? who.id : null;
    }
    return null;
  }

  run(): void {
    const { tokens } = this.doc;
    for (const s of this.doc.sentences) {
      const from = this.out.length;
      for (let k = s.firstToken; k < s.endToken; k++) {
        if (this.covered[k]) continue;
        const m = this.lex.triggers.longestAt(tokens, k, s.endToken);
        if (!m) continue;
        this.add(m.values[0]!, k, m.end, s);
        k = m.end - 1;
      }
      this.mergeSentence(from);
    }
    // a headline and its article tell one event twice
    const seen = new Set<string>();
    const unique = this.out.filter((e) => {
      const key = `${e.type}|${e.actor}|${e.target}|${e.place}|${e.date?.value}`;
      if (seen.has(key)) return false;
      seen.add(key);
      return true;
    });
    this.doc.events = unique.map((e, i) => ({ id: `V${i + 1}`, ...e }));
  }

  /**
   * One sentence's events: those with neither actor nor target go; of one type, an event whose
   * participants another's include ("attaques" beside "missiles" beside "tués") is that one.
   */
  private mergeSentence(from: number): void {
    const events = this.out.splice(from).filter((e) => e.actor || e.target);
    const kept: typeof events = [];
    for (const e of events) {
      const same = kept.find((k) => k.type === e.type && (!e.actor || !k.actor || e.actor === k.actor) && (!e.target || !k.target || e.target === k.target));
      if (!same) {
        kept.push(e);
        continue;
      }
      same.actor ??= e.actor;
      same.target ??= e.target;
      same.place ??= e.place;
      same.fatalities ??= e.fatalities;
      same.mode ??= e.mode;
    }
    this.out.push(...kept);
  }
}
