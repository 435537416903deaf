import { beforeAll, describe, expect, it } from 'vitest';
import type { AnswerEngine } from '../../src/answer/engine.ts';
import { isBareFigureReply } from '../../src/answer/reply-figure.ts';
import { withArticles } from './setup.ts';

const ARTICLE = `---
id: kpnr-2026-reply-figure-test
title: The captain who died in Sonora
outlet: Example Radio
published: 2026-01-16
url: https://example.org/reply-figure
language: en
---
MARIT ENGEBRETSEN (HOST): At dawn on Aug. 13, 1881, Mexican troops opened fire on a camp of American cattlemen in Guadalupe Canyon, just north of the Sonora line.

ENGEBRETSEN: And who was in the camp?

TAPIA WHITLEY: Seven men. Clanton, Jim Crane, Dixie Lee Gray, Charley Snow, Billy Lang, Harry Ernshaw and Billy Byers. They were driving a herd, and whose herd it was depends on who you ask.

ENGEBRETSEN: Did the scouts stay with him?

WHITLEY: They did. Forty years later a marker was put up near the trail.
`;

let engine: AnswerEngine;

beforeAll(async () => {
  ({ engine } = await withArticles(ARTICLE));
});

describe('isBareFigureReply', () => {
  it('returns true for a turn that says only a figure and what it counts', () => {
    expect(isBareFigureReply('OSTRANDER: Seven days.', { text: 'Seven', counts: 'days' })).toBe(true);
    expect(isBareFigureReply('Seven men.', { text: 'Seven', counts: 'men' })).toBe(true);
  });

  it('returns false when the sentence says more than the figure', () => {
    expect(isBareFigureReply('GUEST: Seven men rode north.', { text: 'Seven', counts: 'men' })).toBe(false);
    expect(isBareFigureReply('GUEST: They were seven men.', { text: 'seven', counts: 'men' })).toBe(false);
  });
});

describe('a figure given as the whole reply to a question', () => {
  it('answers with the reply, read with the question it answers', async () => {
    const a = await engine.ask('How many men were in the camp?', { userId: 'a' });
    expect(a.direct).toBe('Seven men');
    expect(a.text).toContain('who was in the camp');
  });

  it('does not take a figure from a reply that says more than a figure', async () => {
    const a = await engine.ask('How many scouts stayed with him?', { userId: 'b' });
    expect(a.direct ?? '').not.toContain('Forty');
  });
});
