import { beforeAll, describe, expect, it } from 'vitest';
import type { AnswerEngine } from '../../src/answer/engine.ts';
import { withArticles } from './setup.ts';

const MEXICAN = `---
id: bulletin-2024-guard-reform-test
title: Senate hands control of the National Guard to the army
outlet: Example Bulletin
published: 2024-09-21
url: https://example.org/guard-reform
language: en
---
Mexico's Senate approved a constitutional reform on Friday that places the National Guard under the Secretariat of National Defence.
The Guard was founded in 2019, drawing on the disbanded Federal Police.
Adán Augusto López Hernández, the Morena leader in the Senate, said the National Guard had been born with the discipline of the army.
`;

const TEXAN = `---
id: valley-2021-texas-guard-test
title: More Texas Guard troops head to the river
outlet: Example Valley News
published: 2021-07-22
url: https://example.org/texas-guard
language: en
---
Gov. Greg Abbott on Thursday ordered about 500 more Texas National Guard members to the border.
`;

let engine: AnswerEngine;

beforeAll(async () => {
  ({ engine } = await withArticles(MEXICAN, TEXAN));
});

/** The Guard bodies a question is read as naming. */
function guardsAsked(question: string): string[] {
  return engine.read(question).entities.filter((id) => id === 'national-guard' || id === 'guardia-nacional');
}

describe('which National Guard a question means', () => {
  it('reads "national guard" with no other clue as the US National Guard', () => {
    expect(guardsAsked('how many national guard troops are there')).toEqual(['national-guard']);
  });

  it("reads it as Mexico's when the question says Mexico's or Mexican", () => {
    expect(guardsAsked("who controls mexico's national guard now")).toEqual(['guardia-nacional']);
    expect(guardsAsked('what did the mexican senate do with the national guard')).toEqual([
      'guardia-nacional',
    ]);
  });

  it('reads "guardia nacional" as Mexico\'s and "texas national guard" as the US one', () => {
    expect(guardsAsked('when was the guardia nacional founded')).toEqual(['guardia-nacional']);
    expect(guardsAsked('how many texas national guard members did abbott send')).toEqual(['national-guard']);
  });

  it('reads it by the articles of the people the question names', () => {
    expect(guardsAsked('what did lópez hernández say about the national guard')).toEqual([
      'guardia-nacional',
    ]);
    expect(guardsAsked('what did greg abbott order the national guard to do')).toEqual(['national-guard']);
  });

  it('answers a question about Mexico’s Guard from the Mexican story', async () => {
    const a = await engine.ask("who commands mexico's national guard under the reform", { userId: 'g1' });
    expect(a.citations.map((c) => c.sourceId)).toContain('bulletin-2024-guard-reform-test');
  });
});
