/**
 * Whether a sentence reports words someone said or wrote: what the answer for a speaker the coverage never
 * quotes ("The coverage has no direct quote from X on this; it reports:") must show. "In April … Belknap had
 * come to Fort Clark and met with Mackenzie" reports a meeting, not what he told Mackenzie; "Gavin has
 * complained publicly that Mexican police are not doing enough" reports his words.
 */
import { nounKindsOf } from './compare-attributed.ts';
import { CONTENT_VERBS } from './said-content.ts';
import type { QuestionReader } from './understand.ts';

/**
 * Steps at most from a verb's first sense to an act of giving words: "complain" is three (complain → charge →
 * claim), "criticize" three (criticize → comment → note → say), "admit" one (admit → declare); "meet", "tour",
 * "return", "agree" reach none in any number.
 */
const MAX_REPORTING_DEPTH = 4;
/**
 * Words of WordNet's acts of giving words besides the question lexicon's verbs of saying ("say", "tell",
 * "claim", "declare"): communicating in general and speaking ("urge" is a way of talking in four steps).
 * English, not words of any article.
 */
const GIVING_WORDS: readonly string[] = ['communicate', 'verbalize', 'talk'];

/**
 * True when `text` reports words said: a verb of saying (`speechVerbs`), one whose object is words ("asked",
 * "promised"), or one WordNet makes a way of giving words ({@link MAX_REPORTING_DEPTH}); or a noun for a
 * communication ("did not respond to a request for comment", "a letter to the governor"). True without WordNet.
 */
export function reportsWords(
  reader: Pick<QuestionReader, 'analyse' | 'speechVerbs' | 'data'>,
  text: string,
): boolean {
  const wordnet = reader.data.wordnet;
  if (!wordnet) return true;
  const giving = (words: readonly string[]) =>
    words.some((w) => reader.speechVerbs.has(w) || GIVING_WORDS.includes(w));
  const kinds = nounKindsOf(wordnet);
  return reader
    .analyse(text)
    .tokens.some((t) =>
      t.pos === 'VERB'
        ? reader.speechVerbs.has(t.lemma) ||
          CONTENT_VERBS.has(t.lemma) ||
          wordnet.isWayOf(t.lemma, MAX_REPORTING_DEPTH, giving)
        : t.pos === 'NOUN' && kinds.isCommunication(t.lemma),
    );
}
