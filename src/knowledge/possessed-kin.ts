/**
 * A relative named by whose they are ("Sergio's mother") as the one a pronoun inside another's quotation
 * stands for: 'Carbajal said Sergio's mother heard the news by phone. "She asked, 'Then where do I go?'"'
 * — the "she" is the mother, not the last woman the article named.
 */
import { firstTokenAtOrAfter, lowerBound, type Analysis } from '../nlp/pipeline.ts';
import { MAX_PRONOUN_LOOKBACK, tokenAt, type PersonMention } from './speakers.ts';
import { opensWithCapital } from '../nlp/letter-tests.ts';
import { readingOrder } from './mention-order.ts';
import { POSSESSIVE_ENDINGS } from '../nlp/possessive.ts';

/** Tokens read back from a quotation for the possessed relative a pronoun inside it may stand for. */
const MAX_TOKENS_TO_POSSESSED = 40;

/** What a pronoun's reader asks of the article: the gender a noun marks, and nouns for people. */
export interface KinReader {
  nounGender(lemma: string): 'male' | 'female' | null;
  isPersonNoun(lemma: string): boolean;
  genderOf(id: string): 'male' | 'female' | null;
}

/**
 * "Sergio's mother" when, in the paragraph before character `at` (where the quotation holding the pronoun
 * opens) of `analysis`, paragraph `paragraph`, a name and "'s" own a noun for a relative of `gender` within
 * {@link MAX_TOKENS_TO_POSSESSED} tokens, and no one of that gender but `speakerId` (the quotation's speaker)
 * is named between it and the quotation; `null` otherwise.
 */
export function possessedKinBefore(
  reader: KinReader,
  analysis: Analysis,
  paragraph: number,
  at: number,
  gender: 'male' | 'female',
  people: readonly PersonMention[],
  speakerId: string | null,
): string | null {
  const end = firstTokenAtOrAfter(analysis, 0, analysis.tokens.length, at);
  for (let t = end - 1; t > 1 && end - t <= MAX_TOKENS_TO_POSSESSED; t--) {
    const noun = tokenAt(analysis, t);
    const mark = tokenAt(analysis, t - 1);
    const owner = tokenAt(analysis, t - 2);
    if (noun.pos !== 'NOUN' || !POSSESSIVE_ENDINGS.has(mark.normal) || owner.pos !== 'PROPN') continue;
    if (!opensWithCapital(owner.value) || mark.start !== owner.end) continue;
    if (reader.nounGender(noun.lemma) !== gender || !reader.isPersonNoun(noun.lemma)) continue;
    const from = readingOrder(paragraph - 1, noun.end);
    const to = readingOrder(paragraph - 1, at);
    const between = namedBetween(reader, people, from, to, gender, speakerId);
    // "Sergio Hernández's mother": the owner's whole name.
    let first = t - 2;
    while (
      first > 0 &&
      tokenAt(analysis, first - 1).pos === 'PROPN' &&
      opensWithCapital(tokenAt(analysis, first - 1).value)
    )
      first--;
    return between ? null : analysis.text.slice(tokenAt(analysis, first).start, noun.end);
  }
  return null;
}

/**
 * True when someone of `gender` other than `speakerId` is named between orders `from` and `to` of `people`
 * (in reading order): found by binary search and read back at most {@link MAX_PRONOUN_LOOKBACK} mentions,
 * so an article of thousands of names is not scanned once for each quotation.
 */
function namedBetween(
  reader: KinReader,
  people: readonly PersonMention[],
  from: number,
  to: number,
  gender: 'male' | 'female',
  speakerId: string | null,
): boolean {
  const end = lowerBound(0, people.length, (k) => (people[k]?.order ?? 0) < to);
  for (let i = end - 1; i >= Math.max(0, end - MAX_PRONOUN_LOOKBACK); i--) {
    const p = people[i];
    if (!p || p.order <= from) return false;
    if (p.entityId !== speakerId && reader.genderOf(p.entityId) === gender) return true;
  }
  return false;
}
