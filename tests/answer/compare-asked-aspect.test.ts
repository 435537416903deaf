/**
 * "Did Purcell and Tolliver agree about whether Daly was to blame for the losses?": each side of a stance
 * comparison shows what it says on the clause the question asks about ("whether Daly was to blame"), not its
 * first words on the story's topic.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import type { AnswerEngine } from '../../src/answer/engine.ts';
import { aspectLemmas } from '../../src/answer/asked-aspect.ts';
import type { Runtime } from '../../src/answer/create.ts';
import { articlesAlone } from './setup.ts';

const ARTICLE = `---
id: percharecord-1921-canyon-fight-old-timers
title: Old-timers recall the fight in the canyon
outlet: Example Percha Record
published: 1921-08-19
url: https://example.org/canyon-fight-old-timers
language: en
---
Old-timers recall the fight in the canyon
Mr. Walter Hensley told the story to this paper in 1906, on the twenty-fifth anniversary of the fight in Cedar Canyon.
"There were near thirty of us, miners mostly, and we went up the canyon in a bunch," Mr. Hensley said. "I was off my horse and behind a rock before I knew I had jumped."
Mr. Hensley was plain about the man who led them. "Bowden was a brave man and a hot-headed one, and the lieutenant told him twice to keep back," he said.
Mr. Amos Kittredge, of Hillsboro, who rode with the miners that day, says the party was smaller than Mr. Hensley always claimed. "There were not above a dozen of us in the canyon, I don't care what Walt said," Mr. Kittredge said.
"We lost three men in that canyon and the soldiers lost their lieutenant, and the losses were the talk of the county for a year," Mr. Kittredge said.
Mr. Hensley, for his part, said the losses would have been worse without the sergeant. "The sergeant got the troopers together and went up the hill after the Indians, and that saved the rest of us," he said.
Nor will Mr. Kittredge have it that Bowden was to blame. "Sam Bowden did not get anybody killed. The Apaches got men killed," he said.
`;

const SPRING = `---
id: ajobulletin-2020-agua-dulce-spring-wall
title: The spring at Agua Dulce drops as the wall goes up
outlet: Example Ajo Bulletin
published: 2020-09-14
url: https://example.org/agua-dulce-spring-wall
language: en
---
The spring at Agua Dulce drops as the wall goes up
Martin Oyelaran, a retired hydrologist who volunteers at the monument, checks a stake at the spring's pool every week. On Saturday, he said, the water stood a foot lower than a year ago.
"If that pool goes dry for one summer, the pupfish is gone from this country," Oyelaran said. "There is no second pool."
Oyelaran said he believes pumping of groundwater for the wall's concrete is drawing down the aquifer.
Hollis Brandt, who runs cattle on a ranch near Why, said he has found people dead of thirst on his land three times. "I'm sorry about the pool. I mean that," Brandt said by phone on Sunday. "But a wall that keeps people from walking into that desert is saving lives."
Brandt said he did not believe the construction was to blame for the dropping water. "It hasn't rained. That's the whole story," he said.
`;

let engine: AnswerEngine;
let runtime: Runtime;
let user = 0;
const fresh = () => ({ userId: `asked-aspect-${++user}` });

beforeAll(async () => {
  ({ engine, runtime } = await articlesAlone({ 'canyon.md': ARTICLE }));
}, 120_000);

describe('a stance comparison asking about a clause', () => {
  it('shows what each side says on whether the leader was to blame, not their words on the canyon', async () => {
    const answer = await engine.ask(
      'Did Hensley and Kittredge agree about whether Sam Bowden was to blame for the losses?',
      fresh(),
    );
    expect(answer.answered).toBe(true);
    expect(answer.text).toContain('did not get anybody killed');
    expect(answer.text).toContain('hot-headed');
  });
});

describe('a stance comparison asking why', () => {
  let spring: AnswerEngine;
  beforeAll(async () => {
    ({ engine: spring } = await articlesAlone({ 'spring.md': SPRING }));
  }, 120_000);

  it('shows the cause a side gives, not its words on the pool', async () => {
    const answer = await spring.ask(
      'Oyelaran and Brandt disagree about why the pool at Agua Dulce is dropping. What does each think?',
      fresh(),
    );
    expect(answer.answered).toBe(true);
    expect(answer.text).toContain('to blame for the dropping water');
    expect(answer.text).toContain("It hasn't rained");
  });

  it('shows the cause a side named by what they do gives ("the cattle rancher")', async () => {
    const answer = await spring.ask(
      'Do the hydrologist and the cattle rancher agree about why the pool at Agua Dulce is dropping?',
      fresh(),
    );
    expect(answer.answered).toBe(true);
    expect(answer.text).toContain('to blame for the dropping water');
  });
});

describe('aspectLemmas', () => {
  it('reads the clause after "whether", leaving out the words naming the sides', () => {
    const analysis = runtime.questionNlp.analyse(
      'Did Hensley and Kittredge agree about whether Sam Bowden was to blame for the losses?',
    );
    expect(aspectLemmas(analysis, new Set(['hensley', 'kittredge']))).toEqual([
      'sam',
      'bowden',
      'blame',
      'loss',
    ]);
  });

  it('reads the clause a preposition opens with a question word, and words of cause for "why"', () => {
    const analysis = runtime.questionNlp.analyse('Do the two men disagree about why the pond is dropping?');
    expect(aspectLemmas(analysis, new Set())).toEqual([
      'pond',
      'drop',
      'blame',
      'cause',
      'explain',
      'reason',
      'fault',
    ]);
  });

  it('finds no clause in a question asking the same way of both', () => {
    const analysis = runtime.questionNlp.analyse(
      'Did the historian and the teacher see the troops the same way?',
    );
    expect(aspectLemmas(analysis, new Set())).toEqual([]);
  });
});
