import { beforeAll, describe, expect, it } from 'vitest';
import type { AnswerEngine } from '../../src/answer/engine.ts';
import { withArticles } from './setup.ts';

const ARTICLE = `---
id: kmvr-2000-santa-teresa-transcript
title: "Transcript: Mexican soldiers cross into New Mexico, hold Border Patrol agents at gunpoint"
outlet: KMVR Mesilla Valley Radio
published: 2000-03-07
url: https://www.kmvr.example/programs/2000/03/07/santa-teresa-transcript
language: en
---
MONTOYA: They kept their weapons holstered, which their supervisors are pretty proud of. One agent speaks Spanish, and he talked to the lieutenant in charge for about 20 minutes. Eventually the soldiers got back in the Humvee and drove south. I spoke to the Border Patrol's El Paso sector spokesman, Agent Luis Barragán. Here's what he told me.

MONTOYA: Barragán says it's the fourth time since January that Mexican military units have been reported on the U.S. side in the El Paso sector, though he says the other three were brief and nobody pointed a weapon at anybody.
`;

let engine: AnswerEngine;

beforeAll(async () => {
  ({ engine } = await withArticles(ARTICLE));
});

describe('a who-question naming the role in a figure of speech', () => {
  it('is answered by the person the coverage gives that role in its own words ("mouthpiece": spokesman)', async () => {
    const a = await engine.ask(
      "Who did the radio station get as the Border Patrol's mouthpiece for the El Paso area?",
      { userId: 'a' },
    );
    expect(a.answered).toBe(true);
    expect(a.text).toContain('Barragán');
  });

  it('still declines a role for a person the coverage never gives anyone ("chaplain")', async () => {
    const a = await engine.ask(
      "Who did the radio station get as the Border Patrol's chaplain for the El Paso area?",
      {
        userId: 'b',
      },
    );
    expect(a.answered).toBe(false);
  });
});
