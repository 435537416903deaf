import { beforeAll, describe, expect, it } from 'vitest';
import type { AnswerEngine } from '../../src/answer/engine.ts';
import { withArticles } from './setup.ts';

const ARTICLE = `---
id: valleywire-2005-desert-watch
title: Volunteers start a month of watching the border
outlet: Example Valley Wire
published: 2005-04-01
url: https://example.org/desert-watch
language: en
---
The Desert Watch Project, a civilian border-watch effort of lawn chairs and binoculars, began today and is scheduled to run until the end of April.
Organizers said about 400 volunteers had signed up.
`;

let engine: AnswerEngine;

beforeAll(async () => {
  engine = (await withArticles(ARTICLE)).engine;
});

describe('a question asking when an event ends', () => {
  it('is answered by the date a bound gives, not the day it began', async () => {
    const a = await engine.ask('When does the whole lawn-chair watch wrap up?', { userId: 'end-1' });
    expect(a.answered).toBe(true);
    expect(a.direct ?? '').toContain('April');
    expect(a.direct ?? '').not.toContain('1 April');
  });
});
