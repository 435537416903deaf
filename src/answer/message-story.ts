/**
 * The story a message of several questions is about. "When did Mexico agree to release the captured troopers,
 * and how many people turned out to meet them at the river?" asks two things of one report, and each part alone
 * says too little to find it: the first lands on another article's "the Mexican government … had him arrested",
 * the second on any crowd. Together their words point to one article (or two near alike), and a part answered
 * from another is asked again there.
 */
import type { Draft } from './handlers.ts';
import { MIN_CONFIDENCE } from './handlers.ts';
import type { KnowledgeIndex } from './knowledge-index.ts';
import { subjectSources } from './declined-subject.ts';
import type { Understanding } from './understanding.ts';

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

/**
 * The draft for a part of a message whose `story` is known: `draft` when its evidence comes from that story
 * (or there is none, or the part names an outlet of its own), else the part asked again within the story
 * (`redo`), when that answers it at the confidence an answer is shown at. `null` keeps `draft`.
 */
export function draftInStory(
  draft: Draft | null,
  story: readonly string[],
  u: Understanding,
  redo: (u: Understanding) => Draft | null,
): Draft | null {
  if (story.length === 0 || u.outletSourceIds.length > 0) return draft;
  if (draft && draft.confidence >= MIN_CONFIDENCE && draft.evidence.some((e) => story.includes(e.sourceId)))
    return draft;
  const there = redo({ ...u, outletSourceIds: [...story] });
  return there && there.evidence.length > 0 && there.confidence >= MIN_CONFIDENCE ? there : draft;
}
