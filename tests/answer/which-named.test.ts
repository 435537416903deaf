import { beforeAll, describe, expect, it } from 'vitest';
import type { AnswerEngine } from '../../src/answer/engine.ts';
import { withArticles } from './setup.ts';

const DIGEST = `---
id: theline-2008-aid-digest
title: Aid money passes; the border mission ends
outlet: Example Weekly
published: 2008-06-27
url: https://example.org/aid-digest
language: en
---
The Senate on Thursday passed the war spending bill that carries the first year of the aid package.
The 10th Cavalry dug in along the boundary line at the mining town while the shooting went on.
`;

let engine: AnswerEngine;

beforeAll(async () => {
  ({ engine } = await withArticles(DIGEST));
});

describe('a "which <kind>" question of a kind nothing is typed as', () => {
  it('declines when the evidence names none of the kind (new-articles-17 dev)', async () => {
    const a = await engine.ask('Which senators voted against the aid package?', { userId: 'a' });
    expect(a.answered).toBe(false);
  });

  it('answers with a name whose own word is one for the kind ("the 10th Cavalry" of a regiment)', async () => {
    const a = await engine.ask('Which regiment dug in along the boundary line at the mining town?', {
      userId: 'b',
    });
    expect(a.answered).toBe(true);
    expect(a.text).toContain('10th Cavalry');
  });
});
