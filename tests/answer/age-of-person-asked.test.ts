/**
 * "How old was he?": the age said of the person asked about, not a span of years between two events nor the
 * age of someone in another article. Real text: the Grand River Chronicle's 1903 obituary of a Doniphan
 * veteran with the articles beside it (tests/fixtures/articles-46, dev question a46-024), the Black Range
 * Prospector's 1929 recollections of Las Animas Canyon (tests/fixtures/articles-43, dev question a43-033) and
 * the Pan American Wire's 1997 story on the Redford shooting (tests/fixtures/articles-4).
 */
import { beforeAll, describe, expect, it } from 'vitest';
import type { AnswerEngine } from '../../src/answer/engine.ts';
import { articlesAlone, fixtureEngine, shippedRuntime } from './setup.ts';

const RECOLLECTIONS = `---
id: blackrangeprospector-1929-las-animas-canyon-50-reminiscences
title: "Fifty Years Since the Fight in Las Animas Canyon: Old-Timers Recall Victorio's Ambush of the Ninth Cavalry"
outlet: The Black Range Prospector (Hillsboro, N.M.)
published: 1929-09-20
url: https://www.blackrangeprospector.example/archive/1929/09/20/fifty-years-since-las-animas-canyon
language: en
---
Learning that we meant to mark the anniversary, Mr. Isaiah Greer, late first sergeant of Company C, Ninth Cavalry, now living in retirement at Leavenworth, Kansas, and a subscriber to this paper for many years, wrote us the following, which we print as he sent it:

Sergeant Greer served twenty-eight years in the Ninth and retired in 1903. He is now eighty-one.

Marco Villanueva, 20, a nursing student at the university, was in a chemistry lab when the announcement came.
`;

const REDFORD = `---
id: panamericanwire-1997-redford-suspension
title: Pentagon suspends armed troop patrols on the border
outlet: Pan American Wire
published: 1997-07-30
url: https://www.panamericanwire.example/archive/1997/07/30/pentagon-suspends-armed-border-patrols-redford
language: en
---
EL PASO, Texas (PAW) — Defense Secretary William S. Cohen has suspended the use of armed troops for ground surveillance along the U.S.-Mexico border, ten weeks after a Marine on an anti-drug mission shot and killed an 18-year-old goat herder near the village of Redford.
`;

const NO_AGE = `---
id: grandriverchronicle-1903-scholl-no-age
title: Reuben F. Scholl Is Dead
outlet: The Grand River Chronicle (Chillicothe, Missouri)
published: 1903-03-06
url: https://www.grandriverchronicle.example/archive/1903/03/06/reuben-f-scholl-is-dead
language: en
---
Reuben Franklin Scholl, one of the last men in north Missouri who marched with Col. Doniphan into Mexico, died at his home three miles east of Chillicothe on Saturday afternoon, February 28. Old soldiers who called at the house on Sunday remarked that he died fifty-six years to the day after the battle of the Sacramento, in which he bore a part.
`;

let engine: AnswerEngine;
let noAge: AnswerEngine;
let obituaries: AnswerEngine;

beforeAll(async () => {
  ({ engine } = await articlesAlone({
    'blackrangeprospector-1929-las-animas-canyon-50-reminiscences.md': RECOLLECTIONS,
    'panamericanwire-1997-redford-suspension.md': REDFORD,
  }));
  ({ engine: noAge } = await articlesAlone({ 'grandriverchronicle-1903-scholl-no-age.md': NO_AGE }));
  obituaries = await fixtureEngine(await shippedRuntime(), 'articles-46');
}, 300_000);

describe('the age of the person asked about', () => {
  it('answers "and how old was he?" after an obituary with the age it gives, not the years since the battle', async () => {
    await obituaries.ask('When did Reuben F. Scholl die?', { userId: 'scholl' });
    await obituaries.ask("what battle's anniversary was that?", { userId: 'scholl' });
    const a = await obituaries.ask('and how old was he?', { userId: 'scholl' });
    expect(a.direct).toContain('Scholl, 76');
    expect(a.direct ?? '').not.toContain('fifty-six');
  });

  it('reads an age written in words after "is now" ("He is now eighty-one.")', async () => {
    const a = await engine.ask('How old is Isaiah Greer now?', { userId: 'greer' });
    expect(a.direct).toBe('Isaiah Greer, eighty-one');
  });

  it('does not give the age of "an 18-year-old goat herder" to the official the sentence names', async () => {
    const a = await engine.ask('How old is William S. Cohen?', { userId: 'cohen' });
    expect(a.direct ?? '').not.toContain('Cohen, 18');
  });

  it('does not answer a person\'s age with the years between two events ("died fifty-six years … after the battle")', async () => {
    await noAge.ask('When did Reuben Franklin Scholl die?', { userId: 'span' });
    const a = await noAge.ask('and how old was he?', { userId: 'span' });
    expect(a.direct ?? '').not.toContain('fifty-six');
  });
});

describe('a figure with a thousands comma after "was"', () => {
  it('is a distance, not the age of the man it is said of', async () => {
    const { engine } = await articlesAlone({
      'prospector-1929-greer-distance.md': `---
id: prospector-1929-greer-distance
title: "Fifty Years Since the Fight"
outlet: The Black Range Prospector
published: 1929-09-20
url: https://example.org/g
language: en
---
Mr. Isaiah Greer, late first sergeant of Company C, Ninth Cavalry, wrote us the following letter from Leavenworth.

Sergeant Greer, who was 1,500 miles from the canyon when the letter reached him, remembered the fight well.
`,
    });
    const a = await engine.ask('How old is Isaiah Greer?', { userId: 'greer-distance' });
    expect(a.direct ?? '').not.toMatch(/, 1\b|1 years/);
  });
});
