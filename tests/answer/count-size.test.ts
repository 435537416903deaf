import { beforeAll, describe, expect, it } from 'vitest';
import type { AnswerEngine } from '../../src/answer/engine.ts';
import { withArticles } from './setup.ts';

/** A deployment's size beside other figures: a caucus, a sum of money, a span of time. */
const ARTICLE = `---
id: capitol-2010-guard-order
title: President orders Guard troops to the border
outlet: Example Capitol Wire
published: 2010-05-26
url: https://example.org/guard-order
language: en
---
The president on Tuesday ordered up to 1,200 National Guard troops to the border and will ask Congress for $500 million.
The announcement came after he met the 41-member Senate Republican caucus, which wants a bigger guard deployment.
`;

let engine: AnswerEngine;

beforeAll(async () => {
  ({ engine } = await withArticles(ARTICLE));
});

describe('how big something is', () => {
  it('gives how many people a deployment has, not another figure near it', async () => {
    const a = await engine.ask('how big was the 2010 guard deployment', { userId: 'a' });
    expect(a.answered).toBe(true);
    expect(a.direct).toContain('1,200');
    expect(a.text).not.toContain('41-member');
  });
});

/** A figure reported at the time, and the same deployment recalled differently years later. */
const AT_THE_TIME = `---
id: desert-2006-guard-arrives
title: First Guard soldiers reach the border
outlet: Example Desert Courier
published: 2006-06-16
url: https://example.org/guard-arrives
language: en
---
The first soldiers sent to the border under President Hollis Grant's plan reported for duty on Thursday, a mission that is to put as many as 6,000 Guard troops alongside the Border Patrol.
`;
const LOOKING_BACK = `---
id: desert-2010-guard-again
title: Guard heads back to the border
outlet: Example Desert Courier
published: 2010-05-26
url: https://example.org/guard-again
language: en
---
In 2006, President Hollis Grant sent some 5,000 Guard troops to the border to perform support duties.
`;

describe('a figure for a year asked about', () => {
  it('comes from the report of that year rather than a later article looking back', async () => {
    const { engine: both } = await withArticles(AT_THE_TIME, LOOKING_BACK);
    const a = await both.ask('how many guard troops did hollis grant send in 2006', { userId: 'b' });
    expect(a.answered).toBe(true);
    expect(a.direct).toContain('6,000');
  });
});

/** A quantity of a drug in its unit, and a count of people in chat words. */
const SEIZURE = `---
id: norte-2025-lab-raid
title: Soldiers raid drug labs near Culiacán
outlet: Example Norte
published: 2025-02-20
url: https://example.org/lab-raid
language: en
---
Soldiers dismantled three drug laboratories near Culiacán on Tuesday and seized about 380 kilos of fentanyl.
About 750 federal police officers were pulled into the operation from other states.
`;

describe('how much of a substance, how many people in chat words', () => {
  it('answers "how much fentanyl" with the quantity of it, not a count of the labs', async () => {
    const { engine } = await withArticles(SEIZURE);
    const a = await engine.ask('how much fentanyl did the soldiers seize near culiacan', { userId: 'c' });
    expect(a.direct).toContain('380');
  });

  it('answers "how much marijuana" with a quantity written with a thousands comma ("1,200 pounds of marijuana")', async () => {
    const { engine } = await withArticles(
      SEIZURE.replace('about 380 kilos of fentanyl', 'about 1,200 pounds of marijuana, officials said'),
    );
    const a = await engine.ask('how much marijuana did the soldiers seize near culiacan', { userId: 'e' });
    expect(a.direct).toContain('1,200');
  });

  it('reads chat words for police and drugs ("cops", "weed") as the words the coverage uses', async () => {
    const { engine } = await withArticles(
      SEIZURE.replace('about 380 kilos of fentanyl', 'about 1,200 pounds of marijuana, officials said'),
    );
    const cops = await engine.ask('how many federal cops got pulled into the operation lol', { userId: 'f' });
    expect(cops.direct).toContain('750');
    const weed = await engine.ask('how much weed did the soldiers seize', { userId: 'g' });
    expect(weed.direct).toContain('1,200');
  });

  it('answers "how many police guys" with the count of officers', async () => {
    const { engine } = await withArticles(SEIZURE);
    const a = await engine.ask('how many federal police guys were pulled into the operation', {
      userId: 'd',
    });
    expect(a.direct).toContain('750');
  });
});
