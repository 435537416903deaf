import { beforeAll, describe, expect, it } from 'vitest';
import type { AnswerEngine } from '../../src/answer/engine.ts';
import { articlesAlone } from './setup.ts';

const article = (id: string, later: string) => `---
id: ${id}
title: Appeals court upholds Corbin conviction
outlet: Example Valley Observer
published: 1982-07-21
url: https://example.org/${id}
language: en
---
Appeals court upholds Corbin conviction in 1976 attack on three Mexican workers

SAN FRANCISCO — A federal appeals court on Monday upheld the conviction of Dale Corbin, the rancher found guilty last year of robbing three workers on his family's land.

The case began on the morning of Wednesday, Aug. 18, 1976, when three men from Agua Prieta crossed the line looking for farm work.${later}

Corbin could not be reached Tuesday.
`;

let oneDay: AnswerEngine;
let twoDays: AnswerEngine;

beforeAll(async () => {
  ({ engine: oneDay } = await articlesAlone({ 'valley-one-day.md': article('valley-one-day', '') }));
  ({ engine: twoDays } = await articlesAlone({
    'valley-two-days.md': article(
      'valley-two-days',
      ' A grand jury met on Monday, Oct. 4, 1976, and heard the men.',
    ),
  }));
});

describe('the day of an event the headline gives only a year', () => {
  it("answers the article's one day of that year, not the year alone", async () => {
    const a = await oneDay.ask('corbin attack date?', { userId: 'a' });
    expect(a.answered).toBe(true);
    expect(a.direct).toContain('18 August 1976');
  });

  it('keeps the year when the article tells two days of it', async () => {
    const a = await twoDays.ask('corbin attack date?', { userId: 'b' });
    expect(a.direct).not.toContain('August');
    expect(a.direct).not.toContain('October');
  });
});
