/**
 * Two givers said to differ on a figure asked by a noun ("the size of the crowd") or by "how many": both
 * figures set out, and no figure given for a giver or a thing the story never has.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import type { AnswerEngine } from '../../src/answer/engine.ts';
import { asksDisputedFigure } from '../../src/answer/compare-disputed.ts';
import { articlesAlone } from './setup.ts';

const ARTICLE = `---
id: riverpost-1931-plaza-meeting
title: Crowd fills the plaza at Santa Lucía to hear the strike leaders
outlet: Example River Post
published: 1931-09-12
url: https://example.org/santa-lucia-plaza
language: en
---
Crowd fills the plaza at Santa Lucía to hear the strike leaders
The mill hands of Santa Lucía met in the plaza on Friday night to hear the strike leaders speak from the bandstand.

A schoolteacher who watched from the church steps put the crowd at "more than six thousand, every street full." The police sergeant on duty at the bandstand said there were "no more than four thousand, and half of them came for the music."

The meeting ended at ten o'clock, and the mill hands went home without trouble.
`;

let engine: AnswerEngine;
let user = 0;
const fresh = () => ({ userId: `compare-disputed-differ-on-${++user}` });

beforeAll(async () => {
  ({ engine } = await articlesAlone({ 'plaza.md': ARTICLE }));
}, 120_000);

describe('two givers said to differ on the size of something', () => {
  it('sets out both figures ("how do the schoolteacher and the sergeant differ on the size of the crowd")', async () => {
    const answer = await engine.ask(
      'How do the schoolteacher and the police sergeant differ on the size of the crowd?',
      fresh(),
    );
    expect(answer.answered).toBe(true);
    expect(answer.text).toContain('more than six thousand');
    expect(answer.text).toContain('no more than four thousand');
  });

  it('sets out both figures when they are said to differ on how many', async () => {
    const answer = await engine.ask(
      'How do the schoolteacher and the police sergeant differ on how many people were in the plaza?',
      fresh(),
    );
    expect(answer.answered).toBe(true);
    expect(answer.text).toContain('more than six thousand');
    expect(answer.text).toContain('no more than four thousand');
  });
});

describe('a giver or a thing counted the story never has', () => {
  const neverGiven = [
    'How do the schoolteacher and the mayor differ on the size of the crowd?',
    'How do the bishop and the police sergeant differ on how many people were in the plaza?',
    'How do the schoolteacher and the police sergeant differ on how many rifles there were?',
  ];
  for (const question of neverGiven)
    it(`gives no one's figures as theirs: "${question}"`, async () => {
      const answer = await engine.ask(question, fresh());
      expect(answer.text).not.toContain('The coverage gives the figure more than one way');
      expect(answer.answered && /six thousand|four thousand/.test(answer.text)).toBe(false);
    });
});

describe('asksDisputedFigure', () => {
  const speech = new Set(['say']);
  it('is true of givers said to differ on a figure asked by a noun ("the size of the crowd")', () => {
    expect(
      asksDisputedFigure('How do the student and the official differ on the size of the crowd?', speech, []),
    ).toBe(true);
    expect(
      asksDisputedFigure('How do the cousin and the neighbor differ on how many men came?', speech, []),
    ).toBe(true);
  });
  it('is false of a size asked of one giver, set against nothing', () => {
    expect(asksDisputedFigure('What did the official say about the size of the crowd?', speech, [])).toBe(
      false,
    );
  });
});
