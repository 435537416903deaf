import { beforeAll, describe, expect, it } from 'vitest';
import type { AnswerEngine } from '../../src/answer/engine.ts';
import { withArticles } from './setup.ts';

/** Subjects set apart from their verb by a phrase placing them, or by a verb the asked one completes. */
const ARTICLE = `---
id: plains-2021-ranch-fence-vote
title: County weighs a ranch fence
outlet: Example Plains Courier
published: 2021-03-02
url: https://example.org/ranch-fence-vote
language: en
---
The county board met on Monday to discuss the fence along the Vidal ranch.
Commissioner Rosa Vidal of Hidalgo County said the fence would keep cattle off the highway.
Sheriff Tomas Ybarra is expected to approve the patrol schedule for the ranch road on Friday.
`;

/** Someone a relative clause describes, set off by commas after their name. */
const DESCRIBED = `---
id: plains-2014-smuggling-tunnel-hearing
title: Grand jury hears about the smuggling tunnel
outlet: Example Plains Courier
published: 2014-02-11
url: https://example.org/tunnel-hearing
language: en
---
A grand jury in Laredo heard on Tuesday from Sgt. Dana Whitfield, the ranger who found the smuggling tunnel, and from two customs inspectors.
The tunnel ran 300 yards under the river.
`;

/** Someone who "says" something, asked about as having talked. */
const SPOKEN = `---
id: plains-2017-river-gauge-warning
title: Gauges rise on the Rio Verde
outlet: Example Plains Courier
published: 2017-09-12
url: https://example.org/river-gauge
language: en
---
The Rio Verde rose four feet overnight, and two crossings were closed.
County Judge Elena Marrufo says the low-water crossings will stay closed until the river gauges fall.
`;

let engine: AnswerEngine;

beforeAll(async () => {
  ({ engine } = await withArticles(ARTICLE, DESCRIBED, SPOKEN));
});

describe('who did something, the subject of the asked verb', () => {
  it('names the person before "of <place>" as the one who said it', async () => {
    const a = await engine.ask('who said the fence would keep cattle off the highway?', { userId: 'a' });
    expect(a.direct).toBe('Rosa Vidal');
  });

  it('names the person expected to do something as the one who does it', async () => {
    const a = await engine.ask('who is going to approve the patrol schedule for the ranch road?', {
      userId: 'b',
    });
    expect(a.direct).toBe('Tomas Ybarra');
  });

  it('names the one a relative clause describes as the one who did it', async () => {
    const a = await engine.ask('who found the smuggling tunnel?', { userId: 'c' });
    expect(a.direct).toBe('Dana Whitfield');
  });

  it('names the one who says something as the one who talked about it', async () => {
    const a = await engine.ask('who talked about the low-water crossings?', { userId: 'd' });
    expect(a.direct).toBe('Elena Marrufo');
  });
});
