/**
 * A count asked with a comparative ("how many inches lower", "how much lower"): the figure of the measure
 * the comparative goes by answers, the comparative naming nothing counted. Real text: the Pinacate Press's
 * 2020 report on the Quitobaquito pond (tests/fixtures/articles-42, dev question a42-072).
 */
import { beforeAll, describe, expect, it } from 'vitest';
import type { AnswerEngine } from '../../src/answer/engine.ts';
import { articlesAlone } from './setup.ts';

const ARTICLE = `---
id: pinacatepress-2020-quitobaquito
title: "At Quitobaquito, a prayer for a spring as the wall goes up"
outlet: Pinacate Press (Ajo, Arizona)
published: 2020-09-14
url: https://example.org/quitobaquito
language: en
---
QUITOBAQUITO SPRINGS, Ariz. — The pond is the only place in the United States where the Quitobaquito pupfish lives.

Dale Okimoto, a retired hydrologist who has volunteered at the monument for 11 years, checks a measuring stake at the pond's inlet every week. On Saturday, he said, the water stood 14 inches lower than it did in the same week last year.
`;

let engine: AnswerEngine;

beforeAll(async () => {
  ({ engine } = await articlesAlone({ 'pinacatepress-2020-quitobaquito.md': ARTICLE }));
}, 300_000);

describe('a count asked with a comparative', () => {
  it('answers how many inches lower the water was with the 14 inches', async () => {
    const a = await engine.ask('How many inches lower was the water on Saturday?', { userId: 'inches' });
    expect(a.direct).toContain('14 inches');
  });

  it('answers how much lower the water was with the 14 inches', async () => {
    const a = await engine.ask('How much lower was the water on Saturday than a year earlier?', {
      userId: 'much',
    });
    expect(a.direct).toContain('14 inches');
  });
});
