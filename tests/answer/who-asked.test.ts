import { beforeAll, describe, expect, it } from 'vitest';
import type { AnswerEngine } from '../../src/answer/engine.ts';
import { withArticles } from './setup.ts';

/** Two readers' quoted questions; the one asked about is told in other words. */
const ARTICLE = `---
id: plains-2012-bridge-battle-questions
title: Your questions about the 1913 bridge battle, answered
outlet: Example Plains Journal
published: 2012-05-06
url: https://example.org/bridge-battle-questions
language: en
---
We asked readers what they wanted to know about the battle at the Laredo bridge, and dozens wrote in.

Reader Tomasa Villegas of the South Side emailed our newsroom one question: "Was anybody on the Laredo side actually wounded?"

Yes. Stray bullets crossed the river, and several people in Laredo were wounded, according to accounts at the time.

Hector Salas, a retired teacher, wrote: "Why did the soldiers stay on the bridge all night?"
`;

let engine: AnswerEngine;

beforeAll(async () => {
  ({ engine } = await withArticles(ARTICLE));
});

describe('who asked something, the speaker of the quoted question', () => {
  it('names the reader whose quoted question says what the question reports being asked', async () => {
    const a = await engine.ask('who asked the paper whether anyone was wounded on the Laredo side?', {
      userId: 'a',
    });
    expect(a.text).toContain('Tomasa Villegas');
    expect(a.text).toContain('Was anybody on the Laredo side actually wounded?');
  });
});
