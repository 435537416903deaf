import { beforeAll, describe, expect, it } from 'vitest';
import type { AnswerEngine } from '../../src/answer/engine.ts';
import { withArticles } from './setup.ts';

const ARTICLE = `---
id: riverwire-2026-garrison-exhibit
title: Museum marks the old river garrison
outlet: Example River Wire
published: 2026-05-04
url: https://example.org/garrison-exhibit
language: en
---
The county museum opened a small exhibit on the 1866 river garrison on Saturday, May 2.
The exhibit, with a cavalry saddle and letters from the garrison, will stay up until the end of September.
Curator Ana Villarreal said about 300 visitors came on the first day.
The town marks 160 years since the garrison left the river.
`;

/** The date it lasts until in the sentence after the one naming it, which points back to it ("It will…"). */
const POINTING_BACK = `---
id: gulfwire-2025-fort-exhibit
title: Museum opens an exhibit on the old fort
outlet: Example Gulf Wire
published: 2025-06-12
url: https://example.org/fort-exhibit
language: en
---
The town marks 160 years since the cavalry left the river.

On Tuesday, the Casa Blanca museum in Brownsville opened a small exhibition on the cavalry garrison of 1865, with maps lent by the state archive. It will remain open until the end of September, and entry is free on Sundays.
`;

let engine: AnswerEngine;
let pointing: AnswerEngine;

beforeAll(async () => {
  engine = (await withArticles(ARTICLE)).engine;
  pointing = (await withArticles(POINTING_BACK)).engine;
});

describe('"how long will it last", asked of what is still to come', () => {
  it('is answered by the date it lasts until, not by a span told of the past', async () => {
    const a = await engine.ask('How long will the garrison exhibit at the county museum stay up?', {
      userId: 'how-long-1',
    });
    expect(a.answered).toBe(true);
    expect(a.text).toContain('end of September');
    expect(a.text).not.toContain('160 years');
  });

  it('is not answered by the day it began', async () => {
    const a = await engine.ask('How long will the garrison exhibit at the county museum stay up?', {
      userId: 'how-long-2',
    });
    expect(a.direct ?? '').not.toContain('May');
  });

  it('is answered by the date in the sentence after the one naming the thing, which points back to it', async () => {
    const a = await pointing.ask('How long will the Casa Blanca show about the 1865 garrison stay up?', {
      userId: 'how-long-3',
    });
    expect(a.answered).toBe(true);
    expect(a.text).toContain('end of September');
    expect(a.text).not.toContain('160 years');
  });
});
