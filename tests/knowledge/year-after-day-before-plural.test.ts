/**
 * A year written after a day stays the date's year though a plural noun follows: a centenary story's
 * "On March 9, 1916 raiders under Pancho Villa crossed" dates the raid in 1916, not in the story's 2016.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import type { KnowledgeBase } from '../../src/knowledge/schema.ts';
import { articlesAlone } from '../answer/setup.ts';

const CENTENARY = `---
id: ledger-2016-columbus-centenary
title: "Columbus remembers the raid"
outlet: The Ledger
published: 2016-03-10
language: en
---
Columbus, N.M., marked the centenary of the raid on Wednesday with a march to the old depot.

On March 9, 1916 raiders under Pancho Villa crossed the border and attacked Columbus, killing 18 Americans.
`;

let kb: KnowledgeBase;

beforeAll(async () => {
  ({ kb } = await articlesAlone({ 'centenary.md': CENTENARY }));
});

describe('a year after a day of the month', () => {
  it('is the date’s year though a plural noun follows it', () => {
    const sentence = kb.sentences.find((s) => s.text.includes('raiders under Pancho Villa'));
    expect(sentence).toBeDefined();
    const dates = kb.dates.filter((d) => d.sentenceId === sentence?.id).map((d) => d.date);
    expect(dates).toContain('1916-03-09');
    expect(dates).not.toContain('2016-03-09');
  });
});
