/** "Which came first, A or B?" when the coverage dates only one of them. */
import { beforeAll, describe, expect, it } from 'vitest';
import type { AnswerEngine } from '../../src/answer/engine.ts';
import { articlesAlone } from './setup.ts';

const ARTICLE = `---
id: bigbendtimes-1931-santa-elena-bridge
title: Bridge opens at Santa Elena crossing
outlet: Example Big Bend Times
published: 1931-03-10
url: https://example.org/santa-elena-bridge
language: en
---
Bridge opens at Santa Elena crossing
The new bridge at the Santa Elena crossing was opened to wagons and cars on March 3, 1931.
The customs house stands at the foot of the bridge on the American side, and its two inspectors say traffic has doubled.
Ranchers on both sides of the river had asked for a bridge for years.
`;

let engine: AnswerEngine;
let user = 0;
const fresh = () => ({ userId: `compare-one-side-${++user}` });

beforeAll(async () => {
  ({ engine } = await articlesAlone({ 'santa-elena.md': ARTICLE }));
}, 120_000);

describe('an order comparison with one side dated', () => {
  it('gives the dated side and says plainly the coverage does not date the other', async () => {
    const answer = await engine.ask(
      'Which came first, the opening of the bridge at Santa Elena or the building of the customs house?',
      fresh(),
    );
    expect(answer.answered).toBe(true);
    expect(answer.text).toContain('1931');
    expect(answer.text).toContain("doesn't say when the building of the customs house was");
  });
});
