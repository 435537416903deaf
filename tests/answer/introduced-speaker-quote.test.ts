import { beforeAll, describe, expect, it } from 'vitest';
import type { AnswerEngine } from '../../src/answer/engine.ts';
import { withArticles } from './setup.ts';

/** A broadcast transcript: the reporter's narration introduces an unnamed caretaker, whose turn follows. */
const TRANSCRIPT = `---
id: krvt5-2025-fort-anniversary-transcript
title: "Transcript: the old fort at 150"
outlet: Example Valley TV — "Valle Sunday" transcripts
published: 2025-11-23
url: https://example.org/fort-anniversary-transcript
language: en
---
PATRICIA OCHOA (HOST): Good morning and welcome to Valle Sunday. Esteban Rocha went to Rio Grande City for the anniversary.

ESTEBAN ROCHA: At Fort Ringgold, where the museum has a new exhibit for the anniversary, the caretaker of the old post hospital walked me past a display of a Gatling gun like the one the Army had at the river that November.

UNIDENTIFIED CARETAKER: Kids want to touch it. I tell them that gun is the reason a lot of people lived, because it stayed on this side.

ESTEBAN ROCHA: Back on the Texas side, at the livestock auction, the sale barn was quiet on Saturday morning.

UNIDENTIFIED CATTLE BUYER: Every year somebody loses a few head and somebody says, call the Rangers. It's a joke.
`;

let engine: AnswerEngine;

beforeAll(async () => {
  ({ engine } = await withArticles(TRANSCRIPT));
});

describe('quotationOfIntroduced', () => {
  it('shows the turn of the speaker the narration introduces when the question asks what they tell people', async () => {
    const a = await engine.ask(
      'What does the man who looks after the old infirmary tell children about the rapid-fire weapon on display?',
      { userId: 'a' },
    );
    expect(a.text).toContain('the reason a lot of people lived');
  });

  it('does not show a turn whose speaker the narration does not introduce', async () => {
    const a = await engine.ask('What do people tell each other at the quiet sale barn on Saturday morning?', {
      userId: 'b',
    });
    expect(a.text).not.toContain('call the Rangers');
  });
});
