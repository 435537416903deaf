/**
 * A date whose year the article does not write is dated by the article's own year; when the question asks
 * about another year, that date is shown without a headline.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import type { AnswerEngine } from '../../src/answer/engine.ts';
import { yearInferredAgainstAsked, yearsAsked } from '../../src/answer/inferred-year.ts';
import { articlesAlone } from './setup.ts';

const ANNIVERSARY = `---
id: valley-1951-mill-fire-anniversary
title: Valley remembers the mill fire
outlet: Example Valley Herald
published: 1951-06-16
language: en
---
SAN ROQUE — Some four hundred people gathered at the river on Thursday, the 14th, for the fiftieth anniversary of the day in 1901 when the old mill burned to the ground.
The mayor laid a wreath where the mill wheel once stood.
`;

let engine: AnswerEngine;

beforeAll(async () => {
  ({ engine } = await articlesAlone({ 'anniversary.md': ANNIVERSARY }));
});

describe('yearInferredAgainstAsked', () => {
  it('is true of a day the article dated in another year than the one asked', () => {
    expect(yearInferredAgainstAsked({ text: 'Thursday, the 14th', date: '1951-06-14' }, [1901])).toBe(true);
  });

  it('is false when the date writes its year, or the question names none or the same', () => {
    expect(yearInferredAgainstAsked({ text: 'June 14, 1951', date: '1951-06-14' }, [1901])).toBe(false);
    expect(yearInferredAgainstAsked({ text: 'Thursday, the 14th', date: '1951-06-14' }, [])).toBe(false);
    expect(yearInferredAgainstAsked({ text: 'Thursday, the 14th', date: '1951-06-14' }, [1951])).toBe(false);
  });
});

describe('yearsAsked', () => {
  it('reads years of any century the coverage tells of, not other figures', () => {
    expect(yearsAsked([{ value: 'in' }, { value: '1846' }, { value: '2019' }, { value: '400' }])).toEqual([
      1846, 2019,
    ]);
  });
});

describe('a day dated by the article in another year than asked', () => {
  it('is shown without a headline of the article’s year', async () => {
    const a = await engine.ask('On what date did the old mill burn down in 1901?', { userId: 'mill' });
    expect(a.direct ?? '').not.toContain('1951');
    expect(a.text).toContain('the 14th');
  });
});
