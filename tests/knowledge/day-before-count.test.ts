/**
 * A figure written right after a day of the month is the date's year only when it can be one: "On May 3, 1500
 * Mexican soldiers crossed" counts soldiers on May 3 of the story's year, and the days after it keep that year.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import type { AnswerEngine } from '../../src/answer/engine.ts';
import type { KnowledgeBase } from '../../src/knowledge/schema.ts';
import { articlesAlone } from '../answer/setup.ts';

const CROSSING = `---
id: sentinel-2018-river-crossing
title: "Soldiers cross the river"
outlet: The Sentinel
published: 2018-06-10
language: en
---
On May 3, 1500 Mexican soldiers crossed the river near the old bridge. The column withdrew on May 5, and the governor protested the crossing on May 7.

The report to Congress, dated Sept. 20, 2017 and signed by the colonel, was released on May 9.
`;

const FORT = `---
id: ledger-2016-fort-centennial
title: "The fort at one hundred"
outlet: The Ledger
published: 2016-03-01
language: en
---
The fort was founded in 1916. On March 9, 1916 troopers of the 13th Cavalry rode out of the fort.
`;

let kb: KnowledgeBase;
let engine: AnswerEngine;

beforeAll(async () => {
  ({ kb, engine } = await articlesAlone({
    'sentinel-2018-river-crossing.md': CROSSING,
    'ledger-2016-fort-centennial.md': FORT,
  }));
});

/** The dates read in the sentence of `sourceId` that holds `words`, as calendar dates. */
function datesIn(sourceId: string, words: string): string[] {
  const sentence = kb.sentences.find((s) => s.sourceId === sourceId && s.text.includes(words));
  if (!sentence) throw new Error(`no sentence holds "${words}"`);
  return kb.dates.filter((d) => d.sentenceId === sentence.id).map((d) => d.date);
}

describe('a figure after a day of the month', () => {
  it('is no year when it counts the plural noun after it and the story is in another year', () => {
    expect(datesIn('sentinel-2018-river-crossing', 'Mexican soldiers crossed')).toEqual(['2018-05-03']);
  });

  it('leaves the later days of the article in the story year', () => {
    expect(datesIn('sentinel-2018-river-crossing', 'column withdrew')).toEqual(['2018-05-05', '2018-05-07']);
  });

  it('is the year when the article writes that year for its story', () => {
    expect(datesIn('ledger-2016-fort-centennial', 'troopers of the')).toEqual(['1916-03-09']);
  });

  it('is the year when a singular noun follows it', () => {
    expect(datesIn('sentinel-2018-river-crossing', 'report to Congress')).toContain('2017-09-20');
  });

  it('answers when the soldiers crossed with the story year, not the count', async () => {
    const a = await engine.ask('When did the Mexican soldiers cross the river?', { userId: 'crossing' });
    expect(a.direct).not.toContain('1500');
    expect(a.direct).toContain('3 May 2018');
  });
});
