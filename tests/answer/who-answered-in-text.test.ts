import { beforeAll, describe, expect, it } from 'vitest';
import type { AnswerEngine } from '../../src/answer/engine.ts';
import { withArticles } from './setup.ts';

/** An interview that asks "who" itself and answers in the next turn. */
const ARTICLE = `---
id: plains-2022-salt-war-interview
title: "A historian on the 1877 San Elizario Salt War"
outlet: Example Plains Quarterly
published: 2022-06-01
url: https://example.org/salt-war-interview
language: en
---
Example Plains Quarterly: What happened at the salt lakes in 1877?

Dr. Inés Carbajal: A company of Texas Rangers was sent to San Elizario to guard a claim to the salt lakes, and the townspeople besieged them.

Example Plains Quarterly: Who led them?

Dr. Inés Carbajal: The records name Lt. John B. Tays. He surrendered the company after four days.
`;

let engine: AnswerEngine;

beforeAll(async () => {
  ({ engine } = await withArticles(ARTICLE));
});

describe('a who-question the text asks and answers itself', () => {
  it('names the person the answer after "Who led them?" gives, not the one answering', async () => {
    const a = await engine.ask('Who led the Texas Rangers at San Elizario?', { userId: 'a' });
    expect(a.answered).toBe(true);
    expect(a.text).toContain('Tays');
    expect(a.direct ?? '').not.toContain('Carbajal');
  });
});
