import { beforeAll, describe, expect, it } from 'vitest';
import type { AnswerEngine } from '../../src/answer/engine.ts';
import { withArticles } from './setup.ts';

const OBITUARY = `---
id: prairieherald-1938-brannock-obituary-test
title: Mrs. Edith Varney Dies; Saw Mexico City's Ten Tragic Days in 1913
outlet: Example Prairie Herald
published: 1938-02-18
url: https://example.org/1938/varney-obituary
language: en
---
Mrs. Edith Varney, 71, died Tuesday evening at her home on Maple Street after an illness of several weeks.

It was in the capital, in February of 1913, that Mrs. Varney saw the ten tragic days which ended with the fall of President Francisco Madero.

Her first letter home, dated Monday, February 10, 1913, tells of the beginning of the fighting.

"The shooting began at the Ciudadela before breakfast," she wrote.

Her second letter, dated February 15, 1913, was written on the kitchen floor.

"The guns begin at eight in the morning and go on until dark," she wrote. "Nobody goes out."

"Mother kept those letters in a drawer," her son, Walter Varney, said this week.

"She only took them out when somebody asked," he said.

On Tuesday the 18th, troops under General Aureliano Blanquet arrested President Madero in the Palace.

Lieutenant Amos Pryor of the embassy guard said the colony was safe.

John Keller, an aide to the president, said the palace was quiet.

On July 4, 1913, Mrs. Varney sailed from Veracruz for New York aboard the steamer Espagne.
`;

let engine: AnswerEngine;

beforeAll(async () => {
  ({ engine } = await withArticles(OBITUARY));
});

describe('a weekday and day read after the date a story is told at ("On Tuesday the 18th")', () => {
  it('answers who arrested President Madero on February 18, 1913, from "On Tuesday the 18th" in a 1938 obituary', async () => {
    const answer = await engine.ask('Who arrested President Madero in the Palace on February 18, 1913?', {
      userId: 'm1',
    });
    expect(answer.answered).toBe(true);
    expect(answer.text).toContain('Blanquet');
  });

  it('declines a month the evidence is not dated in, though the article names it ("sail … in February 1913")', async () => {
    const answer = await engine.ask('When did Mrs. Varney sail for New York in February 1913?', {
      userId: 'm2',
    });
    expect(answer.answered).toBe(false);
    const july = await engine.ask('When did Mrs. Varney sail for New York in July 1913?', { userId: 'm3' });
    expect(july.answered).toBe(true);
  });
});

describe('a title before a name the coverage knows', () => {
  it('reads "President Madero" as Madero, not as an office asked about', () => {
    const u = engine.read('Who arrested President Madero on February 18, 1913?');
    expect(u.unknownSubjects).toEqual([]);
    expect(u.entities).toEqual([expect.stringContaining('madero')]);
  });

  it('still declines "President Pryor", a title the lieutenant never held', async () => {
    const answer = await engine.ask('What did President Pryor say about the colony?', { userId: 't2' });
    expect(answer.answered).toBe(false);
  });

  it('still declines "President Keller", whose description only names the president he serves', async () => {
    const answer = await engine.ask('What did President Keller say about the palace?', { userId: 't3' });
    expect(answer.answered).toBe(false);
  });
});
