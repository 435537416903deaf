/**
 * A date question is answered with the year the article states for the event: not the year of the story
 * around it when the date writes out its own, and not a year a correction states only to correct it.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import type { AnswerEngine } from '../../src/answer/engine.ts';
import { articlesAlone } from './setup.ts';

const ORDER = `---
id: courier-2026-river-order
title: "The order that let troops cross the river"
outlet: The Courier
published: 2026-11-16
language: en
---
Washington recognized the new government in April 1878. The river order stayed on the books until Feb. 24, 1880, when it was withdrawn.
`;

const STORM = `---
id: gazette-2026-port-hurricane
title: "The port the storm took"
outlet: The Gazette
published: 2026-01-05
language: en
---
The port never recovered. In October 1867 a hurricane destroyed most of what was left of the town.

Correction: An earlier version of this report said that the hurricane that destroyed the port struck in 1866. It was in October 1867.
`;

let engine: AnswerEngine;

beforeAll(async () => {
  ({ engine } = await articlesAlone({
    'courier-2026-river-order.md': ORDER,
    'gazette-2026-port-hurricane.md': STORM,
  }));
});

describe('answerDate', () => {
  it('answers the year a date writes out, not the year the paragraph told before it', async () => {
    const a = await engine.ask('When was the river order withdrawn?', { userId: 'order' });
    expect(a.direct).toContain('1880');
  });

  it('does not answer the year a correction says was wrong', async () => {
    const a = await engine.ask('What year did the hurricane destroy the port?', { userId: 'storm' });
    expect(a.text).not.toContain('1866');
    expect(a.text).toContain('1867');
  });
});
