/**
 * For bench/para-study.ts (RANK=1): why a gold sentence ranks where it does. Its rank with each of the
 * ranking's filters left off (years, required people, typed boost), and the question's terms it and the
 * first-ranked sentence match, each as term×weight(idf).
 */
import type { Sentence } from '../src/knowledge/schema.ts';
import { rankOptions, confidenceOf, type Context } from '../src/answer/handlers.ts';
import { ENTITY_TERM, type KnowledgeIndex } from '../src/answer/knowledge-index.ts';
import { allowedSources, rankSentences } from '../src/answer/retrieval.ts';
import type { Understanding } from '../src/answer/understanding.ts';

const VARIANTS: Array<[string, (o: ReturnType<typeof rankOptions>) => ReturnType<typeof rankOptions>]> = [
  ['noYears', (o) => ({ ...o, years: [] })],
  ['noReqPeople', (o) => ({ ...o, requireEntities: [] })],
  ['noBoost', ({ boost: _b, ...o }) => o],
  ['noFilters', ({ boost: _b, ...o }) => ({ ...o, years: [], requireEntities: [] })],
];

function matched(index: KnowledgeIndex, u: Understanding, s: Sentence): string {
  const have = new Set([...s.lemmas, ...s.mentions.map((m) => ENTITY_TERM + m.entityId)]);
  return [...u.terms]
    .filter(([t]) => have.has(t))
    .map(([t, w]) => `${t}*${w.toFixed(2)}(${index.sentenceBm25.idf(t).toFixed(1)})`)
    .join(' ');
}

export function rankParts(
  index: KnowledgeIndex,
  u: Understanding,
  ctx: Context,
  g: Sentence,
  order: readonly number[],
  gold: readonly number[],
): void {
  const base = rankOptions(u, ctx, { limit: 1000 });
  const gi = index.sentenceIndex.get(g.id)!;
  const allowed = allowedSources(index, base);
  const dropped = allowed !== null && allowed[index.sentenceSource[gi]!] !== 1;
  const parts = VARIANTS.map(([name, f]) => {
    const o = rankSentences(index, u.terms, f(base)).map((r) => index.sentenceIndex.get(r.sentence.id)!);
    const k = o.findIndex((i) => gold.includes(i));
    return `${name}=${k < 0 ? '>1000' : k + 1}`;
  });
  console.log(
    `   RANK filtered=${dropped ? `YES(years=${(base.years ?? []).join(',')} req=${(base.requireEntities ?? []).join(',')})` : 'no'} ${parts.join(' ')} boost=${base.boost ? 'yes' : 'no'}`,
  );
  console.log(`   terms: ${[...u.terms].map(([t, w]) => `${t}*${w.toFixed(2)}`).join(' ')}`);
  console.log(`   gold matches: ${matched(index, u, g)}  cov=${confidenceOf(u, ctx, [g]).toFixed(2)}`);
  const before = index.sentences[gi - 1];
  const bk = order.indexOf(gi - 1);
  if (before && before.sourceId === g.sourceId)
    console.log(
      `   BEFORE rank=${bk < 0 ? '>1000' : bk + 1}${before.text.trim().endsWith('?') ? ' ASKS' : ''} :: ${before.text.slice(0, 120)}`,
    );
  const first = index.sentences[order[0] ?? -1];
  if (first)
    console.log(
      `   #1 matches: ${matched(index, u, first)}  cov=${confidenceOf(u, ctx, [first]).toFixed(2)} :: ${first.text.slice(0, 120)}`,
    );
}
