/**
 * Whom and what a follow-up points back to: the person a who-question's answer named, not the one its words
 * first matched.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import type { AnswerEngine } from '../../src/answer/engine.ts';
import { withArticles } from './setup.ts';

/** A shooting: the man shot is named in the question, the Marine who shot him only in the answer. */
const SHOOTING = `---
id: presidio-1997-marine-shooting
title: Marine who shot goat herder tells his side
outlet: Example Wire
published: 1997-07-30
url: https://example.org/presidio-shooting
language: en
---
Tomás Ibarra, 18, was herding goats near the river when he was shot on May 20.

Cpl. Daniel Reyes, the Marine who fired the shot, spoke to reporters in Marfa on Tuesday.

"I thought he was going to fire at my team again," Reyes said. He said he had followed his orders.
`;

let engine: AnswerEngine;
let user = 0;
const fresh = () => ({ userId: `followup-referent-${++user}` });

beforeAll(async () => {
  ({ engine } = await withArticles(SHOOTING));
});

describe('a pronoun after a who-question', () => {
  it('points to the person the answer named, not the one the question asked about', async () => {
    const who = fresh();
    const first = await engine.ask('who shot tomas ibarra?', who);
    expect(first.text).toContain('Reyes');
    const a = await engine.ask('what did he tell reporters?', who);
    expect(a.answered).toBe(true);
    expect(a.text).toContain('fire at my team');
  });
});
