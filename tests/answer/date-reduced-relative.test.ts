/**
 * A date in a participle's clause after a noun ("an article published the day before") dates the publishing,
 * not the remarks the sentence opens with: asked when the remarks were made, that day is not stated as theirs.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { datedActTest } from '../../src/answer/dated-act.ts';
import type { AnswerEngine } from '../../src/answer/engine.ts';
import { Nlp } from '../../src/nlp/pipeline.ts';
import { articlesAlone, shippedRuntime } from './setup.ts';

const ARTICLE = `---
id: gulfpaper-2025-president-rally
title: The president answers the newspaper
outlet: Example Gulf Paper
published: 2025-05-04
url: https://example.org/president-rally
language: en
---
President Ana Ruiz of Mexico said on Saturday, 3 May, that a foreign leader had proposed sending troops into Mexico, but that she rejected it.

Her remarks to supporters in eastern Mexico came in response to a Wall Street Journal article published the day before, describing a tense phone call last month.
`;

let engine: AnswerEngine;
let nlp: Nlp;

beforeAll(async () => {
  ({ engine } = await articlesAlone({ 'gulfpaper-2025-president-rally.md': ARTICLE }));
  nlp = (await shippedRuntime()).nlp;
}, 300_000);

describe('a date in a participle clause after a noun', () => {
  it('is not stated as the day of the remarks to supporters', async () => {
    const a = await engine.ask('when did ruiz speak to her supporters in eastern mexico', {
      userId: 'remarks',
    });
    expect(a.direct ?? '').not.toContain('Friday');
  });

  it('dates the participle’s act, not a word of the clause before the noun', () => {
    const sentence = {
      text: 'Her remarks to supporters in eastern Mexico came in response to a newspaper article published the day before.',
      lemmas: [
        'her',
        'remark',
        'supporter',
        'eastern',
        'mexico',
        'come',
        'response',
        'newspaper',
        'article',
        'publish',
        'day',
      ],
    };
    const test = datedActTest(['supporter'], { synonymsOf: () => [] }, (w) => nlp.stem(w), {
      acts: [],
      tokensOf: (text) => nlp.analyse(text).tokens,
    });
    expect(test?.(sentence, 'the day before')).toBe('says-act');
  });
});
