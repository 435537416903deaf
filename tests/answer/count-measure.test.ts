import { beforeAll, describe, expect, it } from 'vitest';
import type { AnswerEngine } from '../../src/answer/engine.ts';
import { withArticles } from './setup.ts';

const ARTICLE = `---
id: noreste-2025-labs-test
title: Army dismantles fentanyl labs in Sinaloa
outlet: Example Diario
published: 2025-02-20
url: https://example.org/labs
language: en
---
Soldiers dismantled three clandestine synthetic-drug laboratories in the mountains of Culiacán municipality on Tuesday and seized about 380 kilos of what officials described as fentanyl pills and powder, the federal Security Cabinet said Wednesday.

According to figures shown at the briefing, federal forces have arrested more than 750 people and seized more than 1,000 kilos of drugs, including fentanyl, in the first two weeks of the operation.
`;

let engine: AnswerEngine;

beforeAll(async () => {
  ({ engine } = await withArticles(ARTICLE));
});

describe('how much of a substance', () => {
  it('answers with the quantity of the substance, not of drugs that include it', async () => {
    const a = await engine.ask('how much fentanyl did the army grab in those sinaloa labs', {
      userId: 'a',
    });
    expect(a.text).toContain('about 380 kilos');
    expect(a.text).not.toContain('1,000 kilos');
  });
});
