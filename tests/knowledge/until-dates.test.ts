/**
 * A day or month a bound ends an act at, which the tagger reads as a span of time ("until Monday", "till
 * July"): read as a date, the next such day or month from the day told, which the act lasts to.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import type { KnowledgeBase } from '../../src/knowledge/schema.ts';
import { articlesAlone } from '../answer/setup.ts';

const RIOT = `---
id: wire-1916-saloons-closed
title: "Troops in the streets after a night of rioting"
outlet: The Wire
published: 1916-01-14
language: en
---
By order of the mayor, every saloon in the downtown district is to stay closed until Monday morning.

The exhibit on the riot will stay open until July, the museum said.

The killings took place on Monday, on the railroad west of Chihuahua.

The order runs for two weeks.
`;

let kb: KnowledgeBase;

beforeAll(async () => {
  ({ kb } = await articlesAlone({ 'wire-1916-saloons-closed.md': RIOT }));
});

/** The dates read in the sentence that holds `words`, as text → calendar date. */
function datesIn(words: string): Record<string, string> {
  const sentence = kb.sentences.find((s) => s.text.includes(words));
  if (!sentence) throw new Error(`no sentence holds ${words}`);
  return Object.fromEntries(
    kb.dates.filter((d) => d.sentenceId === sentence.id).map((d) => [d.text, d.date]),
  );
}

describe('a date a bound ends an act at', () => {
  it('reads "until Monday" as the Monday after the day told', () => {
    expect(datesIn('stay closed')).toEqual({ 'until Monday': '1916-01-17' });
  });

  it('reads "until July" told of what is to come as the July ahead', () => {
    expect(datesIn('stay open')).toEqual({ 'until July': '1916-07' });
  });

  it('leaves a weekday told without a bound, and a span, as they were', () => {
    expect(datesIn('killings')).toEqual({ Monday: '1916-01-10' });
    expect(datesIn('two weeks')).toEqual({});
  });
});
