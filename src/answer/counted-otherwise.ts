/**
 * A count question's counted noun said otherwise by a figure: "how many kids…" answered by "more than 2,300
 * children", "how much time do the parents get" by "25 days". WordNet says when two nouns name the same thing
 * or one is a direct kind of the other, in a first sense of each.
 */
import { refersToThings } from '../knowledge/counted.ts';
import type { WordNet } from '../nlp/wordnet.ts';

/** The forms of a lemma WordNet may list: itself and, for a plural the lemmatiser kept, its singular. */
function forms(lemma: string): string[] {
  return lemma.endsWith('s') && lemma.length > 3 ? [lemma, lemma.slice(0, -1)] : [lemma];
}

/**
 * True when WordNet makes the two nouns name the same thing, or one a direct kind of the other, in a first
 * sense of each ("kid" and "child", "time" and "day"); false for equal words (those are said as asked) or
 * words it lacks.
 */
export function sameOrKind(wordnet: WordNet, asked: string, counted: string): boolean {
  if (asked === counted) return false;
  return forms(asked).some((a) =>
    forms(counted).some((c) => {
      const r = wordnet.relation(a, c);
      return r === 'same' || r === 'kind';
    }),
  );
}

/**
 * True when a figure (what it counts, its qualifier) counts what a question counting `asked` names, in other
 * words ({@link sameOrKind}). Asked with "how many" (`things`), a unit ("about twenty minutes", "$4
 * million") counts no thing: "how many times" asks occasions, where "how much time" is answered by "25 days".
 */
export function countedOtherwise(
  asked: string,
  figure: { countsLemma: string; qualifier: string | null },
  things: boolean,
  wordnet: WordNet | null | undefined,
): boolean {
  if (!wordnet || figure.countsLemma === '') return false;
  if (things && !refersToThings(figure)) return false;
  return sameOrKind(wordnet, asked, figure.countsLemma);
}
