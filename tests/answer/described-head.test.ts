import { beforeAll, describe, expect, it } from 'vitest';
import type { AnswerEngine } from '../../src/answer/engine.ts';
import { withArticles } from './setup.ts';

/** Two retired servicemen the article describes alike but for what each was. */
const ARTICLE = `---
id: yuma-2025-spy-flights-veterans
title: Veterans watch the spy flights off Baja
outlet: Example Desert Daily
published: 2025-02-21
url: https://example.org/spy-flights-veterans
language: en
---
Military planes have circled off Baja California for weeks.
"The planes are the cheapest part of this," said Diane Whitlock, a retired Air Force intelligence officer who flew on RC-135s in the 1990s.
"Nobody in Yuma has asked me about it yet," said Tom Baker, a retired Army sergeant who runs a bait shop.
`;

let engine: AnswerEngine;

beforeAll(async () => {
  ({ engine } = await withArticles(ARTICLE));
});

describe('a person asked about by the noun their description heads with', () => {
  it('finds "the retired intel officer" in the retired one the article calls an officer', async () => {
    const a = await engine.ask('According to the retired intel officer, what did she say about the planes?', {
      userId: 'a',
    });
    expect(a.answered).toBe(true);
    expect(a.text).toContain('cheapest part');
    expect(a.text).not.toContain('bait shop');
  });

  it('does not make the officer the one asked for when no other word of the question fits her', async () => {
    const a = await engine.ask('what did the navy officer in San Diego say about the planes', {
      userId: 'b',
    });
    expect(a.text).not.toContain('cheapest part');
  });
});
