import { beforeAll, describe, expect, it } from 'vitest';
import type { AnswerEngine } from '../../src/answer/engine.ts';
import { withArticles } from './setup.ts';

const ARTICLE = `---
id: example-1956-veterans-reunion
title: Border veterans meet again at reunion
outlet: Example Evening Star
published: 1956-10-14
url: https://example.org/reunion
language: en
---
Some 200 veterans of the 1916 border service met in Austin on Saturday for their annual reunion.
The youngest veteran to sign the register was 57.
The next reunion will be held the following fall in San Antonio, the commander announced.
`;

let engine: AnswerEngine;

beforeAll(async () => {
  engine = (await withArticles(ARTICLE)).engine;
});

describe('a question word the evidence says the opposite of', () => {
  it('is not answered by the opposite ("most elderly" veteran: "the youngest veteran")', async () => {
    const a = await engine.ask('Who was the most elderly old-timer to sign in at the get-together?', {
      userId: 'a',
    });
    expect(a.text).not.toContain('youngest');
  });

  it('is still answered by the word itself ("youngest" veteran)', async () => {
    const a = await engine.ask('What was the age of the youngest veteran to sign the register?', {
      userId: 'b',
    });
    expect(a.text).toContain('57');
  });
});
