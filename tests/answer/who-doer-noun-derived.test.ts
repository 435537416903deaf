import { beforeAll, describe, expect, it } from 'vitest';
import type { AnswerEngine } from '../../src/answer/engine.ts';
import { withArticles } from './setup.ts';

/** A report naming who presided over a commission only by the noun WordNet forms from "preside". */
const ARTICLE = `---
id: example-1918-border-claims-commission
title: "Border claims commission ends its hearings at Nogales"
outlet: Example Border Herald
published: 1918-06-14
url: https://example.org/border-claims-commission
language: en
---
NOGALES, Ariz., June 13 — The border claims commission closed its hearings here today after eleven days of testimony from ranchers on both sides of the line.

The commission's president, Judge Albert Wendt of Tucson, said a report would go to Washington by the end of the month.

Ranchers asked the commission to pay for cattle lost in the fighting of last August.
`;

let engine: AnswerEngine;

beforeAll(async () => {
  ({ engine } = await withArticles(ARTICLE));
});

describe('a who-question answered by a noun WordNet forms for the doer of the asked verb', () => {
  it('answers "who presided over" a commission with the name beside "the commission\'s president"', async () => {
    const a = await engine.ask('Who presided over the border claims commission?', { userId: 'a' });
    expect(a.answered).toBe(true);
    expect(a.text).toContain('**Albert Wendt**');
  });
});
