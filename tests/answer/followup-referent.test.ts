/**
 * Whom and what a follow-up points back to: the person a who-question's answer named, not the one its words
 * first matched; "she" for a woman the article calls a spokeswoman but never "she", or whom the user called
 * a lady; after a question the coverage does not answer, what that question asked about.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import type { AnswerEngine } from '../../src/answer/engine.ts';
import { withArticles } from './setup.ts';

/** A shooting: the man shot is named in the question, the Marine who shot him only in the answer. */
const SHOOTING = `---
id: presidio-1997-marine-shooting
title: Marine who shot goat herder tells his side
outlet: Example Wire
published: 1997-07-30
url: https://example.org/presidio-shooting
language: en
---
Tomás Ibarra, 18, was herding goats near the river when he was shot on May 20.

Cpl. Daniel Reyes, the Marine who fired the shot, spoke to reporters in Marfa on Tuesday.

"I thought he was going to fire at my team again," Reyes said. He said he had followed his orders.
`;

/** A spokeswoman the article never calls "she", beside a governor it calls "he". */
const GUARD = `---
id: tucson-2023-guard-posts
title: Arizona Guard soldiers head to observation posts
outlet: Example Sun
published: 2023-05-18
url: https://example.org/guard-posts
language: en
---
Gov. Mark Halloran said on Thursday that 400 Arizona Guard soldiers would leave for the border next week.

"These soldiers are the best we have, and the soldiers will make the border safer," Halloran said. He thanked the soldiers' families.

"They will staff observation posts and help with barrier work," said Lt. Col. Ana Ruiz, an Arizona Department of Emergency and Military Affairs spokeswoman.

Arizona Guard engineers laid 12 miles of wire near Nogales last year.
`;

/** A volunteer the article never gives a gender, beside a director it calls "he". */
const SHELTER = `---
id: tijuana-2018-shelter-rumor
title: Rumor sends migrants to the San Ysidro gate
outlet: Example Pacific News
published: 2018-11-26
url: https://example.org/shelter-rumor
language: en
---
Hundreds of migrants walked to the San Ysidro port of entry on Sunday after a rumor spread through the shelter.

"That rumor did a lot of harm today," said Irma Bautista, who volunteers at the shelter's medical tent.

"The rumor was a lie, and the people who spread it should be ashamed," said Tomás Quiroga, the shelter's director. He said the gate had never been open.
`;

/** What Guard soldiers did at one post, with no figure for how many there are. */
const HANCOCK = `---
id: hancock-2024-guard-wire
title: Guard soldiers spend the winter on the river at Fort Hancock
outlet: Example Valley Times
published: 2024-02-14
url: https://example.org/hancock-wire
language: en
---
Texas National Guard soldiers at Fort Hancock have spent the winter laying concertina wire along the Rio Grande and running night patrols beside Border Patrol agents.

New barracks for the soldiers at Fort Hancock will open in March 2025, a Guard officer said.
`;

let engine: AnswerEngine;
let user = 0;
const fresh = () => ({ userId: `followup-referent-${++user}` });

beforeAll(async () => {
  ({ engine } = await withArticles(SHOOTING, GUARD, SHELTER, HANCOCK));
});

describe('a pronoun after a who-question', () => {
  it('points to the person the answer named, not the one the question asked about', async () => {
    const who = fresh();
    const first = await engine.ask('who shot tomas ibarra?', who);
    expect(first.text).toContain('Reyes');
    const a = await engine.ask('what did he tell reporters?', who);
    expect(a.answered).toBe(true);
    expect(a.text).toContain('fire at my team');
  });
});

describe('she or he', () => {
  it('means someone the article calls by a gendered noun ("a … spokeswoman") when it never says "she"', async () => {
    const who = fresh();
    await engine.ask('who is Ana Ruiz?', who);
    const a = await engine.ask('what did she say the soldiers would do?', who);
    expect(a.answered).toBe(true);
    expect(a.text).toContain('observation posts');
    expect(a.text).not.toContain('best we have');
  });

  it('means someone the user called by a gendered noun ("the volunteer lady") when the coverage shows no gender', async () => {
    const who = fresh();
    await engine.ask('who was the volunteer lady at the shelter?', who);
    const a = await engine.ask('what did she say about the rumor?', who);
    expect(a.answered).toBe(true);
    expect(a.text).toContain('did a lot of harm');
    expect(a.text).not.toContain('Quiroga');
  });
});

describe('a follow-up after a declined question', () => {
  it('asks on about what the declined question asked ("who laid it?" after the cost of the Fort Hancock wire)', async () => {
    const who = fresh();
    const first = await engine.ask('how much did the Fort Hancock wire cost?', who);
    expect(first.answered).toBe(false);
    const a = await engine.ask('who laid it?', who);
    expect(a.answered).toBe(true);
    expect(a.text).toContain('Fort Hancock');
    expect(a.text).not.toContain('Nogales');
  });

  it('is one when it leans on the conversation naming only whom the declined question named ("what has the National Guard been doing there then")', async () => {
    const who = fresh();
    const first = await engine.ask('how many National Guard soldiers are at Fort Hancock in 2024?', who);
    expect(first.answered).toBe(false);
    const a = await engine.ask('ok so what has the National Guard been doing there then', who);
    expect(a.answered).toBe(true);
    expect(a.text).toContain('concertina wire');
    expect(a.citations.map((c) => c.sourceId)).toEqual(['hancock-2024-guard-wire']);
  });
});
