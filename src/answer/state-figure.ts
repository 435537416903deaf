/**
 * A figure that counts people only by what befell them ("the captain later said two wounded", read in
 * knowledge/casualty-figures.ts) names no one: its participle is no noun that a question's counted noun could
 * be said in other words by. "How many gunmen were wounded?" is not answered by "two wounded" after "six
 * horses were wounded"; only the asked act and the asked people named in its sentence make it theirs
 * (counted-state.ts).
 */
import { isState } from '../knowledge/casualty-figures.ts';
import type { NumberFact } from '../knowledge/schema.ts';
import type { Token } from '../nlp/pipeline.ts';

/** {@link isState}, read as a plain test: a token it turns down may still be a participle read as a noun. */
const readAsState: (tok: Token | undefined) => boolean = isState;

/**
 * A participle the tagger reads as a noun after a figure ("said two wounded"): its lemma is itself, as a
 * plural noun's is not, and it ends as a past participle does.
 */
const PARTICIPLE_NOUN = /^[a-z]{3,}ed$/;

/**
 * True when figure `n` of sentence `text` counts what its participle or state adjective says befell people
 * ("two wounded", "650 dead", "120 killed"); `analyse` reads the sentence's tokens, only for a figure whose counted words
 * are one word.
 */
export function countsByState(
  n: Pick<NumberFact, 'text' | 'counts'>,
  text: string,
  analyse: (text: string) => { tokens: readonly Token[] },
): boolean {
  if (n.counts === '' || /\s/.test(n.counts)) return false;
  const figure = text.indexOf(n.text);
  if (figure < 0) return false;
  const at = text.indexOf(n.counts, figure + n.text.length);
  if (at < 0) return false;
  const tok = analyse(text).tokens.find((t) => t.start === at);
  return (
    readAsState(tok) || (tok?.pos === 'NOUN' && tok.lemma === tok.normal && PARTICIPLE_NOUN.test(tok.normal))
  );
}

/**
 * True when figure `n` of sentence `text` counts people a participle or state adjective right after its noun
 * says what befell ("three men killed", "twenty soldiers wounded"): those the act was done to, a part of the
 * group, not how many it had. `analyse` reads the sentence's tokens.
 */
export function countedThenBefell(
  n: Pick<NumberFact, 'text' | 'counts'>,
  text: string,
  analyse: (text: string) => { tokens: readonly Token[] },
): boolean {
  if (n.counts === '') return false;
  const figure = text.indexOf(n.text);
  if (figure < 0) return false;
  const at = text.indexOf(n.counts, figure + n.text.length);
  if (at < 0) return false;
  const end = at + n.counts.length;
  const tok = analyse(text).tokens.find((t) => t.start > end - 1);
  return tok !== undefined && tok.start <= end + 1 && readAsState(tok);
}
