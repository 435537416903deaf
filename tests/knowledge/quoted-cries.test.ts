import { describe, expect, it } from 'vitest';
import { withArticles } from '../answer/setup.ts';

/** A sentence that quotes two cries in the middle of itself (sentences written for the test). */
const ARTICLE = `---
id: plains-2024-river-town-raid
title: The night the river town was raided
outlet: Example Plains Radio
published: 2024-09-28
url: https://example.org/river-town-raid
language: en
---
The garrison had been pulled out in the spring. So when the riders came in shouting "¡Viva la frontera!" and "¡Fuera!", there was nobody in a uniform to meet them. "Run!" she told him. He ran.
`;

describe('a cry quoted inside a sentence', () => {
  it('keeps the sentence whole when it goes on after the quoted cry', async () => {
    const { kb } = await withArticles(ARTICLE);
    const texts = kb.sentences.filter((s) => s.sourceId === 'plains-2024-river-town-raid').map((s) => s.text);
    expect(texts).toContain(
      'So when the riders came in shouting "¡Viva la frontera!" and "¡Fuera!", there was nobody in a uniform to meet them.',
    );
    expect(texts.some((t) => t.startsWith(','))).toBe(false);
  });

  it('still ends a sentence at a quoted cry followed by a new sentence', async () => {
    const { kb } = await withArticles(ARTICLE);
    const texts = kb.sentences.filter((s) => s.sourceId === 'plains-2024-river-town-raid').map((s) => s.text);
    expect(texts).toContain('He ran.');
  });
});
