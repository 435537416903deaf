import { beforeAll, describe, expect, it } from 'vitest';
import type { AnswerEngine } from '../../src/answer/engine.ts';
import { withArticles } from './setup.ts';

/** Events whose reason or outcome the article tells in the sentence after them. */
const ARTICLE = `---
id: frontier-2015-naco-and-bliss
title: The border task forces, then and now
outlet: Example Frontier Times
published: 2025-04-23
url: https://example.org/naco-and-bliss
language: en
---
A new headquarters, Joint Task Force-Southern Border, stood up in March under U.S. Northern Command. It took over the border mission that Joint Task Force-North had run from Fort Bliss for decades and is led by Army Maj. Gen. Scott Naumann.

"The old task force was built to support law enforcement with a few hundred people at a time," Ms. Villaseñor said. "You don't run a division-size operation out of that shop."

The Battle of Ambos Nogales began a little after 4 p.m. on Aug. 27, 1918, at the customs house at the foot of Morley Avenue. By most accounts it started with a man named Zeferino Córdova, who tried to carry a bundle back into Mexico without stopping for U.S. inspection.

Historians still argue over why a customs dispute turned into a battle. Both armies were on edge after years of revolution and raids.

The siege of Naco ended only after Brig. Gen. Hugh L. Scott, the Army's chief of staff, came to Naco in December and pressed both Mexican commanders to sign an agreement. Under the deal, signed in mid-January 1915, Hill's troops left for Agua Prieta, and the port of Naco was declared neutral and closed.
`;

let engine: AnswerEngine;

beforeAll(async () => {
  ({ engine } = await withArticles(ARTICLE));
});

describe('a why-question about an event that ends its paragraph', () => {
  it('shows the next paragraph when it speaks to the question, where the reason is told', async () => {
    const a = await engine.ask("Why couldn't the old task force at Fort Bliss just run the whole thing?", {
      userId: 'a',
    });
    expect(a.answered).toBe(true);
    expect(a.text).toContain('few hundred people');
  });
});

describe('a how-question about how something came about', () => {
  it('shows the rest of the paragraph after the event, where the outcome is told', async () => {
    const a = await engine.ask('How did the siege of Naco finally come to an end?', { userId: 'b' });
    expect(a.answered).toBe(true);
    expect(a.text).toContain('Agua Prieta');
  });
});

describe('a how-question whose event the article tells of twice', () => {
  it('shows the sentence right after the event, not after the next-best passage', async () => {
    const a = await engine.ask('how did the nogales battle even start, something about a guy at customs?', {
      userId: 'c',
    });
    expect(a.answered).toBe(true);
    expect(a.text).toContain('Zeferino Córdova');
  });
});
