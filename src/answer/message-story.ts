/**
 * The story a message of several questions is about. "When did Mexico agree to release the captured troopers,
 * and how many people turned out to meet them at the river?" asks two things of one report, and each part alone
 * says too little to find it: the first lands on another article's "the Mexican government … had him arrested",
 * the second on any crowd. Together their words point to one article (or two near alike), and a part answered
 * from another is asked again there.
 */
import type { KnowledgeIndex } from './knowledge-index.ts';
import { subjectSources } from './declined-subject.ts';

/**
 * Most articles a message's story may hold: the best and one near it. A message's words are more than one
 * question's, and two reports of one event are often near; 2 answered one more dev two-part question than 1
 * (a18-002) and changed no test row (npm run eval 2026-12-03).
 */
const MAX_STORY_SOURCES = 2;

/**
 * The article or two the words of all of a message's parts (`parts`: each part's retrieval terms, read alone)
 * point to together, by article-level BM25 with no other article near them ({@link subjectSources}); empty
 * when they point to none or to more alike.
 */
export function storyOfMessage(
  index: KnowledgeIndex,
  parts: ReadonlyArray<ReadonlyMap<string, number>>,
): string[] {
  const words = new Map<string, number>();
  for (const terms of parts)
    for (const [t, w] of terms) if (w >= 1) words.set(t, Math.max(words.get(t) ?? 0, w));
  return subjectSources(index, [...words], MAX_STORY_SOURCES);
}
