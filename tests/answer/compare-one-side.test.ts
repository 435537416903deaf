/** "Which came first, A or B?" when the coverage dates only one of them. */
import { beforeAll, describe, expect, it } from 'vitest';
import type { AnswerEngine } from '../../src/answer/engine.ts';
import { oneSideDated } from '../../src/answer/compare-one-side.ts';
import type { Draft } from '../../src/answer/handlers.ts';
import { renderDraft } from '../../src/answer/render.ts';
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

describe('the one-side lead as shown', () => {
  it('escapes a markdown mark of the asked side once, not twice', () => {
    const dated: Draft = {
      answeredAs: 'date',
      confidence: 1,
      direct: '3 March 1931',
      lead: null,
      evidence: [],
      lines: [],
      focus: [],
      date: '1931-03-03',
    };
    const draft = oneSideDated('the *new* bridge', dated, 'the customs_house');
    expect(draft).not.toBeNull();
    const text = renderDraft(draft!, []);
    expect(text).toContain('The \\*new\\* bridge: 3 March 1931.');
    expect(text).not.toContain('\\\\');
    expect(text).toContain('when the customs\\_house was');
  });
});
