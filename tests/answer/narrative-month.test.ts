import { beforeAll, describe, expect, it } from 'vitest';
import type { AnswerEngine } from '../../src/answer/engine.ts';
import { articlesAlone } from './setup.ts';

const OBITUARY = `---
id: lantern-1936-teague-obituary
title: O. B. Teague, who rode at Ojos Azules, dies at 47
outlet: Example Lantern
published: 1936-05-07
url: https://example.org/teague
language: en
---
Orville Teague, a former sergeant of cavalry, died at his home here on Tuesday.

On the evening of May 4, 1916, Gen. John Pershing had word that some 120 Villistas were near the mining town of Cusi. The order to move on Cusi went to Maj. Robert Howze, who had six troops of cavalry on the road within two hours. They rode all night and charged at dawn.

He is survived by his widow and a daughter.
`;

let engine: AnswerEngine;

beforeAll(async () => {
  ({ engine } = await articlesAlone({ 'lantern-1936-teague-obituary.md': OBITUARY }));
});

describe('a month asked of a story dated once', () => {
  it('answers from a sentence the story dated in the sentence before it', async () => {
    const a = await engine.ask('Who got the order to move on Cusi in May 1916?', { userId: 'a' });
    expect(a.answered).toBe(true);
    expect(a.text).toContain('Howze');
  });

  it('still declines a month the story never reaches', async () => {
    const a = await engine.ask('Who got the order to move on Cusi in August 1916?', { userId: 'b' });
    expect(a.answered).toBe(false);
  });
});
