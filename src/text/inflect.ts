/**
 * Regular inflection from a language's data: each rule names a lemma ending and the endings that
 * replace it ("er" → "e", "ent", "é", "ait"…), the first rule whose ending the lemma has applies.
 * The forms a language writes irregularly are listed as forms beside the lemmas.
 */
export type InflectionRule = [suffix: string, endings: string[]];

export function inflect(lemmas: readonly string[], rules: readonly InflectionRule[]): string[] {
  const forms: string[] = [];
  for (const lemma of lemmas) {
    const rule = rules.find(([suffix]) => lemma.endsWith(suffix));
    if (!rule) continue;
    const stem = lemma.slice(0, lemma.length - rule[0].length);
    for (const ending of rule[1]) forms.push(stem + ending);
  }
  return forms;
}
