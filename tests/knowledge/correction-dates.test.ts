/**
 * A correction of the outlet's own earlier report, under a one-word "Correction" heading or opening with
 * "Correction:", does not date the event with the date it retracts: "we said the raid took place on Aug. 9,
 * 1915. It took place on Aug. 8." dates the raid on 8 August 1915.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import type { AnswerEngine } from '../../src/answer/engine.ts';
import type { KnowledgeBase } from '../../src/knowledge/schema.ts';
import { articlesAlone } from '../answer/setup.ts';

const LETTERS = `---
id: courier-2015-raid-letters
title: "Readers write about the ranch raid series"
outlet: The Valley Courier
published: 2015-08-16
language: en
---
Readers wrote to us about our series on the raid on the Palo Blanco ranch house a century ago.

My grandfather carried water to the defenders that night, and he never forgot it.

— Ana Ruiz, Raymondville

Correction

In Part 2 of our series, we said the Palo Blanco raid took place on Aug. 9, 1915. It took place on Aug. 8.
`;

const BULLETIN = `---
id: herald-2024-bridge-bulletin
title: "Bridge closing moved"
outlet: The Herald
published: 2024-03-02
language: en
---
The county will close the river bridge for repairs in the spring.

Correction: A story on Thursday said the bridge would close on March 11. It will close on March 18.
`;

const MENU = `---
id: ledger-2019-guard-announcement
title: "Guard members to go to the border"
outlet: The Ledger
published: 2019-06-22
language: en
---
Corrections

Gen. Cabeza de Vaca said on June 20 that 100 Guard members would go to the border in July.

Correction

An earlier version of this story misspelled the name of the battalion's commander.

Soldiers of the battalion were called to testify on Aug. 12, prosecutors said.
`;

let kb: KnowledgeBase;
let engine: AnswerEngine;

beforeAll(async () => {
  ({ kb, engine } = await articlesAlone({
    'courier-2015-raid-letters.md': LETTERS,
    'herald-2024-bridge-bulletin.md': BULLETIN,
    'ledger-2019-guard-announcement.md': MENU,
  }));
});

/** The dates read in the sentence of `sourceId` that holds `words`, as calendar dates. */
function datesIn(sourceId: string, words: string): string[] {
  const sentence = kb.sentences.find((s) => s.sourceId === sourceId && s.text.includes(words));
  if (!sentence) throw new Error(`no sentence holds "${words}"`);
  return kb.dates.filter((d) => d.sentenceId === sentence.id).map((d) => d.date);
}

describe('a correction of the outlet’s own report', () => {
  it('does not read the date it says the earlier report gave, under a "Correction" heading', () => {
    expect(datesIn('courier-2015-raid-letters', 'we said')).toEqual([]);
  });

  it('reads the date it gives instead, in the year of the one retracted', () => {
    expect(datesIn('courier-2015-raid-letters', 'It took place')).toEqual(['1915-08-08']);
  });

  it('does not read the retracted date after "Correction:"', () => {
    expect(datesIn('herald-2024-bridge-bulletin', 'would close')).not.toContain('2024-03-11');
    expect(datesIn('herald-2024-bridge-bulletin', 'It will close')).toEqual(['2024-03-18']);
  });

  it('still dates the story under a "Corrections" menu line or after a correction about something else', () => {
    expect(datesIn('ledger-2019-guard-announcement', 'Cabeza de Vaca said')).toContain('2019-06-20');
    expect(
      datesIn('ledger-2019-guard-announcement', 'called to testify').some((d) => d.endsWith('-08-12')),
    ).toBe(true);
  });

  it('does not answer when the raid took place with the retracted date', async () => {
    const a = await engine.ask('When did the Palo Blanco raid take place?', { userId: 'raid' });
    expect(a.text).not.toContain('9 August 1915');
  });
});
