/**
 * Whether a definite description ("The telegraph operator at the Nogales depot, who …, said") may be
 * someone the article already brought in: "the X" often refers back ("The captain, who …" after Capt.
 * Ashby; "The teacher, who …" after "a teacher who brought her class"), so it is taken as a new unnamed
 * speaker only when no one before holds that role.
 */
import type { Analysis } from '../nlp/pipeline.ts';
import type { ArticlePerson } from './people.ts';
import { roleForm } from './name-words.ts';

/**
 * True when the definite description with head noun `head`, at token `start` of paragraph `paragraph`,
 * may be someone already in the article: its head is a title (anyone titled so may be meant), a role word
 * of one of `people` the article named, or a noun the paragraphs before it (`analyses`) already wrote.
 */
export function refersBack(
  head: string,
  paragraph: number,
  start: number,
  analyses: readonly Analysis[],
  people: readonly Pick<ArticlePerson, 'roleWords' | 'unnamedAt'>[],
  isTitle: (value: string) => boolean,
): boolean {
  const role = roleForm(head);
  return (
    isTitle(head) ||
    people.some((p) => p.unnamedAt === undefined && p.roleWords.has(role)) ||
    analyses.some((a, p) => p <= paragraph && nounWritten(a, role, p === paragraph ? start : a.tokens.length))
  );
}

/** True when one of the first `end` tokens of `analysis` is the noun `role` (in its role form). */
function nounWritten(analysis: Analysis, role: string, end: number): boolean {
  return analysis.tokens.slice(0, end).some((t) => t.pos === 'NOUN' && roleForm(t.lemma) === role);
}
