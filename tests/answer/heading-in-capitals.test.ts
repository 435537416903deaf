/**
 * A heading set in capitals inside the report ("THE ATTACK ON FORT LANCASTER.") ranks as a headline does,
 * below the report's own sentences: it shares the question's words but seldom holds what is asked.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import type { AnswerEngine } from '../../src/answer/engine.ts';
import { setAsHeading } from '../../src/answer/set-heading.ts';
import { articlesAlone } from './setup.ts';

const PIONEER = `---
id: example-1868-fort-lancaster
title: "Frontier intelligence"
outlet: Example Weekly Pioneer
published: 1868-01-11
url: https://example.org/fort-lancaster
language: en
---
Frontier intelligence

THE ATTACK ON FORT LANCASTER.

The El Paso mail, which was due on Thursday, came in on Saturday evening, two days behind its time, and it brings intelligence of a serious fight at that post on the afternoon of the 26th ult.

Fort Lancaster, our readers will remember, stands on Live Oak Creek about two miles above its mouth on the Pecos, on the road from this city to El Paso. It is now garrisoned by Company K of the Ninth Cavalry.
`;

let engine: AnswerEngine;

beforeAll(async () => {
  ({ engine } = await articlesAlone({ 'pioneer.md': PIONEER }));
}, 120_000);

describe('a heading set in capitals', () => {
  it('answers "fort lancaster garrison??" from the report\'s "garrisoned by Company K", not the heading above it', async () => {
    const answer = await engine.ask('fort lancaster garrison??', { userId: 'heading-in-capitals' });
    expect(answer.answered).toBe(true);
    expect(answer.text).toContain('Company K of the Ninth Cavalry');
    expect(answer.text.split('\n')[0]).not.toContain('THE ATTACK ON FORT LANCASTER');
  });
});

describe('setAsHeading', () => {
  it('reads a line in capitals as a heading, closing stop and all', () => {
    expect(setAsHeading('THE ATTACK ON FORT LANCASTER.')).toBe(true);
    expect(setAsHeading('AN OLD SOLDIER GONE.')).toBe(true);
  });

  it('reads no dateline, speaker label or sentence as one', () => {
    expect(
      setAsHeading('SEGUIN, Sept. 12. — Yesterday morning a Mexican army under Gen. Woll took the town.'),
    ).toBe(false);
    expect(setAsHeading('ANDREW KOVACS, HOST:')).toBe(false);
    expect(setAsHeading('Fort Lancaster stands on Live Oak Creek.')).toBe(false);
    expect(setAsHeading('US')).toBe(false);
  });
});
