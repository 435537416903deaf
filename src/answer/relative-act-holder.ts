/**
 * Whose act a date in a relative clause dates. "When did Scholl die?" is not answered by "In 1852 he married
 * Miss Louisa Pettit, who died in 1894": the one who died there is the one "who" stands for, the name written
 * last before it, not the person asked about, though the sentence names him (by "he") and says the asked act
 * beside a date.
 */
import type { Sentence } from '../knowledge/schema.ts';
import type { Analysis } from '../nlp/analysis.ts';
import { mentionSpans } from './agent.ts';

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
  const before = mentionSpans(analysis, sentence).filter((m) => m.end <= who);
  const antecedent = before.reduce<(typeof before)[number] | undefined>(
    (last, m) => (!last || m.end > last.end ? m : last),
    undefined,
  );
  return antecedent !== undefined && !askedIds.includes(antecedent.entityId);
}
