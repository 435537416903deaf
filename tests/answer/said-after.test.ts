import { beforeAll, describe, expect, it } from 'vitest';
import type { AnswerEngine } from '../../src/answer/engine.ts';
import { fixtureEngine, shippedRuntime, withArticles } from './setup.ts';

/** Speakers introduced by a report first and quoted in the sentence after it. */
const ARTICLE = `---
id: sasabe-2024-fence-neighbors
title: Sasabe ranchers react to new border fence
outlet: Example Tribune
published: 2024-05-14
url: https://example.org/sasabe-fence
language: en
---
The Army finished a new section of fence near Sasabe, Arizona, on Monday.

In Sasabe, a ranching town of about 50 people west of Nogales, neighbors said the new fence came too late.

"They cut our water lines twice last summer and nobody came," said Marta Ocampo, 52, who runs the store on the main road.

Luis Arvizu, 70, a retired rancher who feeds his horses by the fence most mornings, has watched four administrations promise to close this stretch. "Every spring somebody in Phoenix discovers this fence, and every fall the desert takes it back."

The Army did not say how much the section cost.
`;

/** A group's words that the article leaves unattributed ("they wrote") after the report that introduces them. */
const LETTER = `---
id: nogales-2024-school-letter
title: Parents ask mayor to reopen school near border post
outlet: Example Tribune
published: 2024-09-03
url: https://example.org/nogales-letter
language: en
---
The school on Calle Elías has been closed since soldiers set up a post across the street in August.

In a letter delivered to City Hall on Friday, a group of about 30 parents asked Mayor Rosa Ibarra to reopen it.

"Our children walk two miles every morning, and now they walk past soldiers to get to a school that is closed," they wrote.

The mayor's office said it would answer next week.
`;

let engine: AnswerEngine;

beforeAll(async () => {
  ({ engine } = await withArticles(ARTICLE, LETTER));
});

describe('a question about what someone said, answered by a report that introduces them', () => {
  it('shows the quotation that follows a report of what the neighbors said', async () => {
    const a = await engine.ask('what did the sasabe neighbor lady say', { userId: 'a' });
    expect(a.answered).toBe(true);
    expect(a.text).toContain('water lines');
  });

  it('shows the words of the person the report describes, quoted in the next sentence', async () => {
    const a = await engine.ask("what'd the retired rancher in sasabe say", { userId: 'b' });
    expect(a.answered).toBe(true);
    expect(a.text).toContain('the desert takes it back');
  });

  it('shows the unattributed words that follow a report of who wrote them ("…," they wrote)', async () => {
    const a = await engine.ask('what did the parents write in their letter to city hall', { userId: 'c' });
    expect(a.answered).toBe(true);
    expect(a.text).toContain('walk past soldiers');
  });
});

describe('a question about what someone said, when another speaker is quoted beside the report', () => {
  it('still shows the words of the person the report introduces', async () => {
    const runtime = await shippedRuntime();
    const nogales = await fixtureEngine(runtime, 'articles-8');
    const a = await nogales.ask(
      'What did the culture official from Nogales, Sonora, say at the centennial ceremony?',
      { userId: 'd' },
    );
    expect(a.answered).toBe(true);
    expect(a.text).toContain('celebrate a battle');
  });
});
