/**
 * Two letter writers said to differ on how many attackers there were, each giving the figure as "there was
 * three hundred of them" after naming the attackers: each one's own figure, not another figure of their
 * letters (the women in the garrison, the dead they counted).
 */
import { beforeAll, describe, expect, it } from 'vitest';
import type { AnswerEngine } from '../../src/answer/engine.ts';
import { articlesAlone } from './setup.ts';

const ARTICLE = `---
id: harborpilot-1848-mission-siege-letters
title: Letters from the siege of the old mission
outlet: Example Harbor Pilot
published: 1848-05-20
url: https://example.org/mission-siege-letters
language: en
---
Letters from the siege of the old mission
We print below a letter from our townsman Mr. Thomas Hale, private of Marines, who was shut up with the garrison in the old mission at Santa Rosa.
THE LETTER OF PRIVATE HALE.
"Santa Rosa, March 2d. Dear Mother — I write to tell you that I am alive and well.
"On the 3d Corporal Vance went out with four men for water, and the Mexicans took the whole party. After that they fired on us every day and most nights. There was three hundred of them at the least, and their captain is named Ortega."
"We were put on half rations. There was near forty women and children in the mission with us, and they suffered the worst. Your affectionate son, Thomas Hale."
A second letter comes from Mr. Samuel Crane, seaman of the relieving ship, written to his brother. Mr. Crane was in the landing party. He makes the enemy stronger than Private Hale does. "We were told there were four or five hundred of them," he writes, "and from the smoke on the hills I should not say it was less."
Mr. Crane writes of the fighting: "They left eleven dead on the ground that I counted, but the townspeople say above thirty were carried off."
`;

/** Two sources' counts of the same soldiers, the second larger and given as "of them". */
const TWO_COUNTS = `---
id: valleytv-2024-river-town-soldiers-count
title: How many soldiers are in River Town?
outlet: Example Valley TV
published: 2024-02-29
url: https://example.org/river-town-soldiers
language: en
---
How many soldiers are in River Town?
How many soldiers are in River Town? It depends on who you ask. A spokesman for the State Military Department said that "roughly 1,000 soldiers and airmen are assigned to the River Town area" this winter. Council member Ana Ibarra, who has criticized the deployment, put it differently: "At the peak in January there were close to 2,000 of them in this town. Nobody in the capital has ever given the city a straight number."
`;

let engine: AnswerEngine;
let user = 0;
const fresh = () => ({ userId: `compare-differ-of-them-${++user}` });

beforeAll(async () => {
  ({ engine } = await articlesAlone({ 'mission.md': ARTICLE, 'river-town.md': TWO_COUNTS }));
}, 120_000);

describe('two letter writers who differ on how many attackers there were', () => {
  it('gives each writer\'s "there was … of them" figure of the attackers', async () => {
    const answer = await engine.ask(
      'How do Private Hale and seaman Crane differ on how many Mexicans besieged the mission?',
      fresh(),
    );
    expect(answer.answered).toBe(true);
    expect(answer.text).toContain('three hundred of them');
    expect(answer.text).toContain('four or five hundred of them');
    expect(answer.text).not.toContain('forty women');
  });

  it('gives a second source\'s larger count "of them" as its own figure of the soldiers', async () => {
    const answer = await engine.ask(
      'How do the State Military Department and council member Ana Ibarra differ on how many soldiers are in River Town?',
      fresh(),
    );
    expect(answer.answered).toBe(true);
    expect(answer.text).toContain('roughly 1,000');
    expect(answer.text).toContain('close to 2,000');
  });
});
