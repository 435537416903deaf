import { beforeAll, describe, expect, it } from 'vitest';
import type { AnswerEngine } from '../../src/answer/engine.ts';
import { withArticles } from './setup.ts';

const ARTICLE = `---
id: desert-2025-troops-questions
title: Border troops, your questions answered
outlet: Example Desert Radio
published: 2025-04-23
url: https://example.org/troops-questions
language: en
---
Maj. Gen. Carla Ruiz served two years in France before she took the command.
Defense Secretary Pete Hegseth first visited the border in February.
On March 5, Hegseth returned with Vice President JD Vance to Eagle Pass, Texas, the scene of last year's standoff over Shelby Park.
"We will hold the line," said Maj. Gen. Carla Ruiz, who commands the troops in the sector.
`;

let engine: AnswerEngine;

beforeAll(async () => {
  engine = (await withArticles(ARTICLE)).engine;
});

const ask = (q: string) => engine.ask(q, { userId: q });

describe('what someone said on an occasion', () => {
  it('does not answer with their words from another occasion', async () => {
    expect(
      (await ask('What did Carla Ruiz say about holding the line once she got to France?')).answered,
    ).toBe(false);
    const a = await ask('What did Carla Ruiz say about holding the line?');
    expect(a.answered).toBe(true);
    expect(a.text).toContain('hold the line');
  });

  it('declines when the coverage reports the occasion but nothing said on it', async () => {
    const a = await ask('What did Hegseth tell reporters when he went to Eagle Pass with Vance?');
    expect(a.answered).toBe(false);
  });

  // The sentence on the topic tells his visit, no words of his (reported-words.ts): nothing he said is reported.
  it('declines what they said on a topic when the coverage reports only a visit there', async () => {
    const a = await ask('What did Hegseth say about Eagle Pass?');
    expect(a.answered).toBe(false);
  });
});
