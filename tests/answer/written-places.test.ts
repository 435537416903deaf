import { beforeAll, describe, expect, it } from 'vitest';
import type { AnswerEngine } from '../../src/answer/engine.ts';
import { isWrittenPlace, writtenPlaceNames } from '../../src/answer/written-places.ts';
import type { Sentence } from '../../src/knowledge/schema.ts';
import { articlesAlone } from './setup.ts';

const sentences = (...texts: string[]) => texts.map((text) => ({ text }) as Sentence);

describe('writtenPlaceNames', () => {
  it('reads the capitalised words after a preposition of place, folded without accents', () => {
    const names = writtenPlaceNames(
      sentences('Troops ended up in Juárez on Monday.', 'Shelling went on in Mexico City for ten days.'),
    );
    expect(names.has('juarez')).toBe(true);
    expect(names.has('mexico city')).toBe(true);
  });

  it('leaves out months and a one-word name the coverage also writes in lower case', () => {
    const names = writtenPlaceNames(
      sentences('Troops Arrive In Force.', 'The force was large.', 'They left in March.'),
    );
    expect(names.has('force')).toBe(false);
    expect(names.has('march')).toBe(false);
  });

  it('reads no one-word name after "the", a body\'s short name', () => {
    expect(isWrittenPlace(sentences('He served in the Guard for years.'), 'guard')).toBe(false);
  });

  it('reads no name after "to" or "from", after which a person is as often named', () => {
    expect(isWrittenPlace(sentences('She wrote to Santa Anna.'), 'santa anna')).toBe(false);
    expect(isWrittenPlace(sentences('A letter from General Taylor came.'), 'general taylor')).toBe(false);
  });

  it('ends a name at a weekday and reads no one-letter word as a place', () => {
    const names = writtenPlaceNames(sentences('They met in Juárez Tuesday.', 'Boats waited in U.S. waters.'));
    expect(names.has('juarez')).toBe(true);
    expect(names.has('juarez tuesday')).toBe(false);
    expect(names.has('u')).toBe(false);
  });
});

// The figure is of one place; the article names another, after a preposition of place, well past its opening.
const SHELLING = `---
id: valley-2025-shelling-counts
title: Soldiers count the cost of the fighting
outlet: Example Valley News
published: 2025-04-02
url: https://example.org/shelling-counts
language: en
---
About 2,000 soldiers were posted in Mexico on Monday as the fighting began.

Officials said the deployment would run for thirty days.

The soldiers set up checkpoints on the highways leading north.

Trucks waited for hours at the bridges as inspections slowed.

Business owners said the delays cost them sales.

The mayor said the town welcomed the help.

Residents watched the convoys pass on the main avenue.

Some shops closed early on the first day.

The federal government did not say how long the troops would stay.

Other units were sent on to Mexico City and to Juárez, and the shelling went on in Mexico City and in Juárez for days.
`;

let engine: AnswerEngine;

beforeAll(async () => {
  ({ engine } = await articlesAlone({ 'shelling.md': SHELLING }));
});

describe('a count is of the place the coverage writes, however the question writes it', () => {
  it('declines a figure of another place when the question names a place in lower case', async () => {
    const answer = await engine.ask('how many soldiers were posted in juarez?', { userId: 'a' });
    expect(answer.answered).toBe(false);
  });

  it('declines a figure of another place for a place of several words that is no entity', async () => {
    const answer = await engine.ask('How many soldiers were posted in Mexico City?', { userId: 'b' });
    expect(answer.answered).toBe(false);
  });

  it('still answers with the figure of the place asked', async () => {
    const answer = await engine.ask('How many soldiers were posted in Mexico?', { userId: 'c' });
    expect(answer.answered).toBe(true);
    expect(answer.text).toContain('2,000');
  });
});
