import { beforeAll, describe, expect, it } from 'vitest';
import type { AnswerEngine } from '../../src/answer/engine.ts';
import { withArticles } from './setup.ts';

const ARTICLE = `---
id: valleywire-1999-ortiz-cleared
title: Marine in river shooting cleared again
outlet: Example Valley Wire
published: 1999-03-02
url: https://example.org/ortiz-cleared
language: en
---
Cpl. Daniel Ortiz shot the goatherd once during an anti-drug patrol along the river in 1997.
A grand jury declined to indict Ortiz in 1998, and the Justice Department closed its review of Ortiz on Monday.
Ortiz, 23, has returned to duty at Camp Wexford, Calif., the Marine Corps said.
The family of the goatherd said they would keep asking for answers.
`;

let engine: AnswerEngine;

beforeAll(async () => {
  engine = (await withArticles(ARTICLE)).engine;
});

describe('where someone is, said by a preposition of place', () => {
  it('answers with the sentence that puts them at a named place the coverage knows no entity for', async () => {
    const a = await engine.ask('Where is Daniel Ortiz now?', { userId: 'where-1' });
    expect(a.answered).toBe(true);
    expect(a.text).toContain('Camp Wexford');
  });
});
