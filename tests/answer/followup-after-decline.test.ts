/** A follow-up after a declined first question asks on about that question's subject, in its article. */
import { beforeAll, describe, expect, it } from 'vitest';
import type { AnswerEngine } from '../../src/answer/engine.ts';
import { articlesAlone } from './setup.ts';

const RAID = `---
id: deminglamp-1916-guerrero-fight
title: Cavalry routs Villa band at Guerrero
outlet: Example Deming Lamp
published: 1916-03-31
url: https://example.org/guerrero-fight
language: en
---
Cavalry routs Villa band at Guerrero
American cavalry under Col. George A. Dodd struck a band of Villa's men at Guerrero at dawn on Wednesday.
The horsemen rode all night over the mountains before they charged the town.
Col. Dodd is a veteran of the Indian campaigns. Officers at Columbus say he is 63 years of age and the oldest officer of his rank in the field.
`;

const PARDON = `---
id: alpinecaller-1999-fort-davis-pardon
title: Fort Davis listens to the pardon
outlet: Example Alpine Caller
published: 1999-02-20
url: https://example.org/fort-davis-pardon
language: en
---
Fort Davis listens to the pardon
A crowd gathered at the old post on Friday to hear the pardon read aloud.
One of the people listening at the old fort was Walter Pruitt, 71, of Alpine, whose great-grandfather served in the 10th Cavalry there.
`;

let engine: AnswerEngine;
let user = 0;
const fresh = () => ({ userId: `followup-after-decline-${++user}` });

beforeAll(async () => {
  ({ engine } = await articlesAlone({ 'raid.md': RAID, 'pardon.md': PARDON }));
}, 120_000);

describe('a follow-up after a declined question', () => {
  it('answers "how old was he?" from the article the declined question was about, not with a person of another', async () => {
    const user = fresh();
    const first = await engine.ask('Who paid for the horses of the cavalry at Guerrero?', user);
    expect(first.answered).toBe(false);
    const age = await engine.ask('how old was he?', user);
    expect(age.answered).toBe(true);
    expect(age.text).toContain('63');
    expect(age.text).not.toContain('Pruitt');
    expect(age.citations.map((c) => c.sourceId)).toEqual(['deminglamp-1916-guerrero-fight']);
  });
});
