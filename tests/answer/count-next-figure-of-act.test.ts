/**
 * A count whose best figure is of an act the question does not ask goes on to the figure of the same sentence
 * that is of the act asked, and heads the answer with it, rather than showing the sentence without a headline.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import type { AnswerEngine } from '../../src/answer/engine.ts';
import { articlesAlone } from './setup.ts';

const ARTICLE = `---
id: coastwire-2024-truck-stopped
title: Soldiers stop a truck on the coastal highway
outlet: Example Coast Wire
published: 2024-10-03
url: https://example.org/truck
language: en
---
Soldiers stopped a truck on the coastal highway on Tuesday night.

Forty migrants were fed at a church shelter, and nine smugglers were arrested at the roadblock.
`;

let engine: AnswerEngine;

beforeAll(async () => {
  ({ engine } = await articlesAlone({ 'coastwire-2024-truck-stopped.md': ARTICLE }));
}, 300_000);

describe('a count whose best figure is of another act', () => {
  it('is headed by the figure of its sentence that is of the act asked', async () => {
    const a = await engine.ask('How many people were arrested at the roadblock?', { userId: 'arrested' });
    expect(a.direct ?? '').toContain('nine');
  });
});
