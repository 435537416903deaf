/**
 * Whose act a date in a relative clause dates. "When did Scholl die?" is not answered by "In 1852 he married
 * Miss Louisa Pettit, who died in 1894": the one who died there is the one "who" stands for, the name written
 * last before it, not the person asked about, though the sentence names him (by "he") and says the asked act
 * beside a date.
 */
import type { Sentence } from '../knowledge/schema.ts';
import type { Analysis } from '../nlp/analysis.ts';

/** Words from "who" to the act's word in a relative clause ("who was killed in 1926"). */
const MAX_RELATIVE_CLAUSE = 8;

/** The first token of `tokens` that starts at or after character `at`, or -1. */
function tokenAt(tokens: Analysis['tokens'], at: number): number {
  return tokens.findIndex((t) => t.start >= at);
}

/** The "who" that opens the relative clause the token at `at` stands in, or -1 (a mark between ends the walk). */
function relativeOpener(tokens: Analysis['tokens'], at: number): number {
  for (let k = at - 1; k >= 0 && at - k <= MAX_RELATIVE_CLAUSE; k--) {
    const t = tokens[k];
    if (!t || t.pos === 'PUNCT') return -1;
    if (t.normal === 'who') return k;
  }
  return -1;
}

/**
 * True when the act word nearest date `dateText` in `sentence` (`says`: whether a lemma says the asked act)
 * stands in a relative clause opened by "who" whose antecedent, the name written last before "who", is
 * another entity than those asked about (`askedIds`): the date is that other person's act's. False when the
 * question asks of no entity, the date or act is not found, or the clause hangs on one asked about.
 */
export function datesAnothersAct(
  analysis: Analysis,
  sentence: Sentence,
  dateText: string,
  says: (lemma: string) => boolean,
  askedIds: readonly string[],
): boolean {
  if (askedIds.length === 0) return false;
  const { tokens } = analysis;
  const at = sentence.text.indexOf(dateText);
  const date = at < 0 ? -1 : tokenAt(tokens, at);
  if (date < 0) return false;
  let act = -1;
  tokens.forEach((t, i) => {
    if (t.pos === 'VERB' && says(t.lemma) && (act < 0 || Math.abs(i - date) < Math.abs(act - date))) act = i;
  });
  if (act < 0) return false;
  const who = relativeOpener(tokens, act);
  if (who < 0) return false;
  const whoStart = tokens[who]?.start ?? 0;
  const antecedent = lastNamedBefore(sentence, whoStart, () => true);
  if (antecedent === null || askedIds.includes(antecedent.entityId)) return false;
  // "Mr. Pruett, the last survivor of the regiment of Col. Doniphan, who died…": a clause after a description
  // set beside the asked person is his, though another name ends the description.
  const asked = lastNamedBefore(sentence, whoStart, (id) => askedIds.includes(id));
  if (asked !== null && !verbBetween(tokens, asked.end, who)) return false;
  return true;
}

/**
 * The named mention (pronouns left out) of `sentence` whose words end last at or before character `before`,
 * among entities `keep` accepts, with that end; `null` when none. One search back per distinct mention text.
 */
function lastNamedBefore(
  sentence: Sentence,
  before: number,
  keep: (entityId: string) => boolean,
): { entityId: string; end: number } | null {
  let best: { entityId: string; end: number } | null = null;
  const seen = new Set<string>();
  for (const m of sentence.mentions) {
    if (m.via === 'pronoun' || !keep(m.entityId) || m.text.length === 0) continue;
    const key = `${m.entityId}\u0000${m.text}`;
    if (seen.has(key)) continue;
    seen.add(key);
    const at = before - m.text.length < 0 ? -1 : sentence.text.lastIndexOf(m.text, before - m.text.length);
    if (at >= 0 && (best === null || at + m.text.length > best.end))
      best = { entityId: m.entityId, end: at + m.text.length };
  }
  return best;
}

/** True when a verb stands between character `from` and token `to` (the asked name's end and "who"). */
function verbBetween(tokens: Analysis['tokens'], from: number, to: number): boolean {
  for (let k = to - 1; k >= 0; k--) {
    const t = tokens[k];
    if (!t || t.start < from) return false;
    if (t.pos === 'VERB' || t.pos === 'AUX') return true;
  }
  return false;
}
