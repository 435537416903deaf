/**
 * A year said of an event ("Appeals court upholds Hanigan conviction in 1976 attack") is the year of a day
 * the article tells elsewhere ("The case began on the morning of Wednesday, Aug. 18, 1976, when…"): when the
 * article tells one day of that year and no other, that day dates the event the year was said of.
 */
import type { DateFact, Sentence } from '../knowledge/schema.ts';
import type { KnowledgeIndex } from './knowledge-index.ts';

/** Sentences of an article read for its days: a long article's later pages tell other stories. */
const MAX_ARTICLE_SENTENCES = 400;

/**
 * The one day of `year`'s date's year that the article of `sentence` tells (not its own day of publication),
 * with its sentence; `null` when it tells none or more than one, or `year` is finer than a year.
 */
export function onlyDayOfYear(
  index: KnowledgeIndex,
  sentence: Sentence,
  year: DateFact,
): { d: DateFact; sentence: Sentence } | null {
  if (year.precision !== 'year') return null;
  const at = index.sentenceIndex.get(sentence.id);
  if (at === undefined) return null;
  const source = index.sentenceSource[at];
  const published = index.sources.get(sentence.sourceId)?.published ?? '';
  const prefix = year.date.slice(0, 4);
  let found: { d: DateFact; sentence: Sentence } | null = null;
  const start = index.articleStart[at] ?? at;
  for (let i = start; i < start + MAX_ARTICLE_SENTENCES && index.sentenceSource[i] === source; i++) {
    const s = index.sentences[i];
    if (!s) break;
    for (const d of index.datesBySentence.get(s.id) ?? []) {
      if (d.precision !== 'day' || !d.date.startsWith(prefix) || d.date === published || d.end !== null)
        continue;
      if (found && found.d.date !== d.date) return null;
      found ??= { d, sentence: s };
    }
  }
  return found;
}
