import { beforeAll, describe, expect, it } from 'vitest';
import type { AnswerEngine } from '../../src/answer/engine.ts';
import { articlesAlone } from './setup.ts';

const APPEAL = `---
id: valley-1982-ranch-appeal
title: Appeals court upholds rancher's conviction
outlet: Example Valley Observer
published: 1982-07-21
url: https://example.org/appeal
language: en
---
SAN FRANCISCO — A federal appeals court on Monday upheld the conviction of Dale Corbin, the rancher found guilty last year of robbing three workers on his family's land.

A first federal trial in Tucson in the summer of 1980 ended with the jury deadlocked. At a second trial last year, Dale Corbin was convicted and his brother Roy Corbin was acquitted. Both brothers denied taking part.

Judge Helen Marsh presided over the first trial. She declined to comment on the ruling.
`;

let engine: AnswerEngine;

beforeAll(async () => {
  ({ engine } = await articlesAlone({ 'valley-1982-ranch-appeal.md': APPEAL }));
});

describe('who held a title the coverage gives no one', () => {
  it('declines who the judge was at a trial whose judge is never named, rather than naming a defendant', async () => {
    const a = await engine.ask('Who was the judge at the second federal trial of the Corbin brothers?', {
      userId: 'a',
    });
    expect(a.answered).toBe(false);
  });

  it('still names the judge the coverage calls one', async () => {
    const a = await engine.ask('Who was the judge at the first trial?', { userId: 'b' });
    expect(a.answered).toBe(true);
    expect(a.text).toContain('Marsh');
  });
});
