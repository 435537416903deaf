import { beforeAll, describe, expect, it } from 'vitest';
import type { AnswerEngine } from '../../src/answer/engine.ts';
import { withArticles } from './setup.ts';

/** An anniversary and a guest who spoke at it (sentences of the Diario del Cortés report, 1997). */
const MULEGE = `---
id: example-1997-mulege-anniversary
title: Mulegé remembers 150 years since Captain Pineda turned back the Dale's landing party
outlet: Example Diario del Cortés
published: 1997-10-03
url: https://example.org/mulege-150
language: en
---
MULEGÉ, B.C.S., October 2.— With the national anthem, a wreath, and the voice of a fifteen-year-old girl reading a military report written a century and a half ago, this oasis town on the Gulf of California marked on Thursday the 150th anniversary of the day its defenders turned back a landing party from the United States sloop-of-war Dale.
The municipal president laid the wreath at the foot of the monument to Captain Manuel Pineda.
Among the guests was Lowell Brandt, a retired United States Navy officer from San Diego who writes about the Pacific Squadron in the war of 1846 to 1848, and who came to Mulegé at the chronicler's invitation.
`;

let engine: AnswerEngine;

beforeAll(async () => {
  ({ engine } = await withArticles(MULEGE));
});

describe('a long message whose question names nothing itself', () => {
  it('answers "do you know who he was?" from the guest the sentences before it describe', async () => {
    const a = await engine.ask(
      "I'm driving down to Baja next month and will pass through Mulegé. A friend told me an American spoke at the big anniversary there in 1997 — some retired Navy guy who writes about the Pacific Squadron in the Mexican War. Do you know who he was?",
      { userId: 'a' },
    );
    expect(a.answered).toBe(true);
    expect(a.text).toContain('Lowell Brandt');
  });

  it('still declines when the sentences before it tell of nothing the coverage says', async () => {
    const a = await engine.ask(
      'My cousin bakes sourdough every weekend and swears by a rye flour she buys at a market in Oaxaca. Do you know what it was?',
      { userId: 'b' },
    );
    expect(a.answered).toBe(false);
  });
});
