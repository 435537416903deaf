/**
 * Whether a side's figure counts the kind of thing a comparison of figures asks about. "How do Dunagan and Don
 * Teodoro differ on the size of the Apache band?" asks how many people: "one horse dead in the traces" and
 * "Thirty head of my sheep" are figures of theirs, but of animals, where "not above a dozen" counts nothing
 * named and may be the band. "How many Americans were killed" is not answered by "a hundred and fifty
 * Mexicans": a figure counting people under another name the article writes with a capital. Reads the
 * question's own words (the noun after "how many", or the one whose size it asks) and the figure's counted
 * lemma; the kinds of noun are WordNet's, passed in.
 */
import type { Token } from '../nlp/analysis.ts';
import { sizedNoun } from './asked-size.ts';

/**
 * The noun a question counts: the first after "how many" or "how much", else the one whose size it asks, else
 * the first after "the number of".
 */
export function askedCounted(tokens: readonly Token[]): Token | undefined {
  const many = tokens.findIndex(
    (t, i) => (t.normal === 'many' || t.normal === 'much') && tokens[i - 1]?.normal === 'how',
  );
  if (many >= 0) {
    const noun = tokens.slice(many + 1).find((t) => t.pos === 'NOUN' || t.pos === 'PROPN');
    // "How many were killed": nothing counted named; "how many of the raiders": what the "of" names.
    if (noun) return noun;
  }
  const sized = sizedNoun(tokens);
  if (sized !== null) return tokens.find((t) => t.lemma === sized && t.pos === 'NOUN');
  // "Differ on the number of men who landed": what "the number of" counts.
  const number = tokens.findIndex((t, i) => t.lemma === 'number' && tokens[i + 1]?.normal === 'of');
  return number < 0 ? undefined : tokens.slice(number + 2).find((t) => t.pos === 'NOUN' || t.pos === 'PROPN');
}

/** A noun's lemma without the plural "-s" a name keeps in its lemma ("americans", "mexicans"). */
export function singular(lemma: string): string {
  return lemma.length > 3 && lemma.endsWith('s') && !lemma.endsWith('ss') ? lemma.slice(0, -1) : lemma;
}

/** A capitalised word, as written right after a figure ("Mexicans" of "a hundred and fifty Mexicans killed"). */
const CAPITALISED_AFTER = /^\s+(\p{Lu}\p{L}*)/u;

/**
 * True when a figure counts a thing of another kind than the question's counted noun `asked`: the question
 * counts people (a person, a body or a group of them: `ofPeople`) and the figure counts a noun that is none of
 * them ("horse", "head", "medal"), or both count people named with a capital by different names ("Americans",
 * "Mexicans"). A figure counting nothing named (`counts` '') is of no other kind: it may be the one asked.
 */
export function countsOtherKind(
  asked: Token | undefined,
  counts: string,
  figureAfter: string,
  ofPeople: (lemma: string) => boolean,
): boolean {
  if (!asked || counts === '') return false;
  const wanted = singular(asked.lemma);
  const counted = singular(counts);
  if (counted === wanted) return false;
  if (!ofPeople(wanted)) return false;
  if (!ofPeople(counted)) return true;
  const name = CAPITALISED_AFTER.exec(figureAfter)?.[1];
  const askedName = asked.pos === 'PROPN' || /^\p{Lu}/u.test(asked.value);
  return askedName && name !== undefined && singular(name.toLowerCase()) === counted;
}
