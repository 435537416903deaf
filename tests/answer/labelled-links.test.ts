import { beforeAll, describe, expect, it } from 'vitest';
import type { AnswerEngine } from '../../src/answer/engine.ts';
import type { KnowledgeBase } from '../../src/knowledge/schema.ts';
import { articlesAlone } from './setup.ts';

const DISPATCH = `---
id: prairie-1861-fort-surrender
title: The surrender at the springs
outlet: Example Prairie Gazette
published: 1861-12-14
url: https://example.org/surrender
language: en
---
Reporter: Ann Holt | Desk: Territories

WASHINGTON, Dec. 5. — The order reads: "Major Amos Carrow, for abandoning his post — the Old Fort — on the 27th of July, 1861, and subsequently surrendering his command to an inferior force of Texans, is, by direction of the President of the United States, dropped from the rolls of the Army from this date."

The House asked the Secretary of War what has been done to punish officers now on parole.

The column marched out at one o'clock in the morning and ran out of water before the pass.

At the springs the Major could not bring a hundred men into line, and the terms were signed that afternoon.

Related in this archive: The Texans at the Old Fort Garrison (Aug. 3, 1861) · Colonel Marsh's Call for Volunteers (Sept. 21, 1861)
`;

let engine: AnswerEngine;
let kb: KnowledgeBase;

beforeAll(async () => {
  ({ engine, kb } = await articlesAlone({ 'prairie-1861-fort-surrender.md': DISPATCH }));
});

describe('other stories named on one line at the end of a page', () => {
  it('answers who did it from the report, not from the line of other stories’ headlines', async () => {
    const a = await engine.ask('Who surrendered the Old Fort garrison to the Texans in July 1861?', {
      userId: 'a',
    });
    expect(a.answered).toBe(true);
    expect(a.text).toContain('Carrow');
    expect(a.text).not.toContain('Related in this archive');
  });

  it('keeps no sentence of the labelled line of headlines, and keeps a labelled line in the first half', () => {
    const texts = kb.sentences.map((s) => s.text);
    expect(texts.some((t) => t.includes('Call for Volunteers'))).toBe(false);
    expect(texts.some((t) => t.includes('Reporter: Ann Holt'))).toBe(true);
  });
});
