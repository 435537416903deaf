/**
 * Whether a sentence denies the act a yes/no question asks about: a word of negation with the act's word,
 * or one WordNet makes the same act, right after it ("they never **got** it" for "did the scouts ever
 * receive the acreage?", "have not been told to **detain**"). A negation elsewhere in the sentence bears on
 * another act ("ground no one else could **read**") and settles nothing of the one asked.
 * Reads the sentence's tokens; the act and its words come from asked-act.ts.
 */
import type { Token } from '../nlp/pipeline.ts';
import { ACT_SAID, type ActWords, type AskedAct } from './asked-act.ts';

/** Words that deny what follows them. */
export const NEGATIONS: ReadonlySet<string> = new Set([
  'not',
  "n't",
  'n’t',
  'never',
  'no',
  'nobody',
  'none',
  'nothing',
  'neither',
  'nor',
  'cannot',
]);
/** How many words after a negation the denied act may come ("never got", "did not ever receive", "not allowed to try"). */
export const NEGATION_SCOPE = 4;

/** True when a word `matches` comes within {@link NEGATION_SCOPE} after a negation of `tokens`. */
export function negatedWithin(tokens: readonly Token[], matches: (t: Token) => boolean): boolean {
  for (let i = 0; i < tokens.length; i++) {
    if (!NEGATIONS.has(tokens[i]!.normal)) continue;
    if (tokens.slice(i + 1, i + 1 + NEGATION_SCOPE).some(matches)) return true;
  }
  return false;
}

/** True when a token of `tokens` denies `act`: a negation with the act's word within {@link NEGATION_SCOPE} after it. */
export function deniesAct(tokens: readonly Token[], act: AskedAct, words: ActWords): boolean {
  const forms = new Set([act.lemma, act.normal, ...words.synonymsOf(act.lemma)]);
  const stem = words.stem(act.lemma);
  return negatedWithin(
    tokens,
    (t) =>
      (t.pos === 'VERB' || t.pos === 'NOUN') &&
      (forms.has(t.lemma) ||
        forms.has(t.normal) ||
        words.stem(t.normal) === stem ||
        words.related(act.lemma, new Set([t.lemma])) >= ACT_SAID),
  );
}
