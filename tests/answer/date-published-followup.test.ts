/**
 * "When was that published?" after an answer about a story that mentions another article: the date that
 * article was published, as the story gives it, not the day the story's own events took place.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import type { AnswerEngine } from '../../src/answer/engine.ts';
import { articlesAlone } from './setup.ts';

const ARTICLE = `---
id: valleyherald-2024-mayor-rejects-guard-patrols
title: Mayor rejects Guard patrols on the river road
outlet: Example Valley Herald
published: 2024-03-10
url: https://example.org/mayor-guard-patrols
language: en
---
Mayor rejects Guard patrols on the river road
Mayor Elena Fuentes of Riverbend said on Saturday, 9 March, that the governor had offered to send National Guard patrols along the river road, but that she turned the offer down.
Her remarks to residents came in response to a Border Ledger article published the day before, describing a tense meeting last month between the mayor and the governor's staff.
The governor's office did not respond to a request for comment.
`;

let engine: AnswerEngine;

beforeAll(async () => {
  ({ engine } = await articlesAlone({ 'mayor.md': ARTICLE }));
}, 120_000);

describe('a follow-up asking when the article a story mentions was published', () => {
  it('gives the day that article was published, next to the words saying so', async () => {
    const user = { userId: 'published-followup' };
    const why = await engine.ask('Why was Fuentes talking about the Guard patrols in March 2024?', user);
    expect(why.text).toContain('Border Ledger article published the day before');
    const when = await engine.ask('when was that published', user);
    expect(when.direct).toBe('Friday 8 March 2024 (“the day before”)');
    expect(when.text).toContain('the day before');
  });
});
