import { beforeAll, describe, expect, it } from 'vitest';
import type { AnswerEngine } from '../../src/answer/engine.ts';
import { withArticles } from './setup.ts';

const ARTICLE = `---
id: kdsn-2025-live-part-test
title: Live updates - active-duty troops ordered to the southern border
outlet: Example 11 News
published: 2025-01-22
url: https://example.org/live-part
language: en
---
The Pentagon says 1,500 active-duty troops will deploy to the U.S.-Mexico border.

The official said the 1,500 would come from Army and Marine Corps units. About 1,000 would be Army soldiers, the official said.
`;

let engine: AnswerEngine;

beforeAll(async () => {
  ({ engine } = await withArticles(ARTICLE));
});

describe('a part of a force the coverage counts with "be"', () => {
  it('answers "how many of the 1,500 were army" with the Army soldiers among them', async () => {
    const a = await engine.ask('how many of the 1,500 were army soldiers', {
      userId: 'a',
    });
    expect(a.text).toContain('About 1,000');
  });
});
