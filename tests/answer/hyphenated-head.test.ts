import { beforeAll, describe, expect, it } from 'vitest';
import type { AnswerEngine } from '../../src/answer/engine.ts';
import { withArticles } from './setup.ts';

const ARTICLE = `---
id: tucsonledger-1931-fort-huachuca-reunion-test
title: Old soldiers meet again at Fort Huachuca
outlet: Example Ledger
published: 1931-05-04
url: https://example.org/huachuca-reunion
language: en
---
Amos Redfield, 70, who was a sergeant at Fort Huachuca in 1886, said the post never slept that summer. "We rode out every night and came back every morning," Redfield said.
`;

let engine: AnswerEngine;

beforeAll(async () => {
  ({ engine } = await withArticles(ARTICLE));
});

describe('a hyphenated word the coverage knows by its head', () => {
  it('reads "the ex-sergeant" as the sergeant the article speaks of, not as a name the coverage lacks', () => {
    const u = engine.read('What did the ex-sergeant from Fort Huachuca remember about 1886?');
    expect(u.unknownSubjects).toEqual([]);
    // As "the sergeant from Fort Huachuca" is read: the words that describe someone, or the topic.
    expect(u.content).toEqual(
      engine.read('What did the sergeant from Fort Huachuca remember about 1886?').content,
    );
  });

  it('still reads a hyphenated word whose head the coverage never uses as unknown', () => {
    expect(
      engine.read('What did the ex-quartermaster from Fort Huachuca remember?').unknownSubjects,
    ).toContain('ex-quartermaster');
  });

  it('does not read a word whose prefix negates its head ("non-sergeants") as the head', () => {
    const u = engine.read('What did the non-sergeants at Fort Huachuca remember about 1886?');
    expect(u.content).not.toContain('sergeant');
    const anti = engine.read('What did the anti-sergeant men at Fort Huachuca remember?');
    expect(anti.content).not.toContain('sergeant');
  });
});
