import { beforeAll, describe, expect, it } from 'vitest';
import type { AnswerEngine } from '../../src/answer/engine.ts';
import { withArticles } from './setup.ts';

/** A caretaker quoted twice: on the land the scouts were promised, and on what he tells visitors. */
const OPED = `---
id: lasmoras-2023-scouts-cemetery-oped
title: "Opinion: Remember the scouts, and the land they never got"
outlet: Example Las Moras Ledger
published: 2023-05-18
url: https://example.org/scouts-cemetery-oped
language: en
---
Elton Pierce Jr., who has looked after the scouts' cemetery for 31 years, told me last week that visitors always ask about the medals and almost never about the land.

"They were promised land for their service, and they never got it," Mr. Pierce said. "In 1914 the Army put them off Fort Clark."

"People drive in from San Antonio, take a picture of the Medal of Honor stones and leave. I tell them to walk to the back row. That's where the ones without medals are."
`;

let engine: AnswerEngine;

beforeAll(async () => {
  ({ engine } = await withArticles(OPED));
});

describe('answerQuote', () => {
  it('puts first the words in which the speaker tells of telling what the question asks he tells', async () => {
    const a = await engine.ask('What does Elton Pierce tell the visitors who come by?', { userId: 'a' });
    const row = a.text.indexOf('back row');
    expect(row).toBeGreaterThanOrEqual(0);
    const land = a.text.indexOf('promised land');
    expect(land < 0 || row < land).toBe(true);
  });

  it('still answers what he said about the land with the words on the land', async () => {
    const a = await engine.ask('What did Elton Pierce say about the land the scouts were promised?', {
      userId: 'b',
    });
    expect(a.text.split('\n').find((l) => l.startsWith('>'))).toContain('promised land');
  });
});
