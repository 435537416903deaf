/**
 * A quotation question the quote handler finds no quotation for, answered by reported speech when the
 * best sentence says the whole question (typed-said-whole.ts). Real text: the Independent's 2019 report in
 * the shipped knowledge, whose "Mr Trump… claimed that the country had agreed to help" quotes nothing.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import type { AnswerEngine } from '../../src/answer/engine.ts';
import { engineFor } from '../../src/eval/sets.ts';
import { articlesAlone, shippedRuntime } from './setup.ts';

let engine: AnswerEngine;

beforeAll(async () => {
  const runtime = await shippedRuntime();
  engine = engineFor(runtime, runtime.kb);
}, 300_000);

describe('a typed question answered by a sentence that says all of it in other words', () => {
  it('shows what Trump claimed in the words the report gives, without a headline', async () => {
    const a = await engine.ask('What did Trump claim Mexico agreed to in June 2019?', { userId: 'claim' });
    expect(a.answered).toBe(true);
    expect(a.direct).toBeNull();
    expect(a.text).toContain('agreed to help');
  });

  it('still declines what someone said on a subject the report never gives his words on', async () => {
    const a = await engine.ask('what did amlo say about trumps border wall', { userId: 'wall' });
    expect(a.answered).toBe(false);
  });

  it("does not give another person's words as the asked speaker's: what Mattis told the AP is not a US official's", async () => {
    const a = await engine.ask('What did Mattis tell the Associated Press?', { userId: 'mattis-ap' });
    expect(a.text).not.toContain('a US official told the Associated Press');
  });
});

const PATROLS = `---
id: sonoraherald-2025-patrols
title: Sheinbaum rejects talk of joint patrols
outlet: Example Sonora Herald
published: 2025-04-08
url: https://example.org/patrols
language: en
---
Sheinbaum rejects talk of joint patrols

Defense Secretary Pete Hegseth told Fox News on Sunday that Sheinbaum had agreed to joint patrols along the Sonora border, a claim her office denied.

Sheinbaum said in March 2025 that López Obrador had kept the army out of the cartel war.
`;

describe('reported speech answers only for the one who speaks in it', () => {
  let alone: AnswerEngine;
  beforeAll(async () => {
    ({ engine: alone } = await articlesAlone({ 'patrols.md': PATROLS }));
  }, 120_000);

  it("declines what López Obrador said in 2025 rather than show Sheinbaum's sentence about him", async () => {
    const a = await alone.ask('What did López Obrador say in 2025?', { userId: 'amlo-2025' });
    expect(a.text).not.toContain('Sheinbaum said in March 2025');
  });

  it("declines what Sheinbaum said about Hegseth rather than show Hegseth's claim about her", async () => {
    const a = await alone.ask('What did Sheinbaum say about Hegseth?', { userId: 'sheinbaum-hegseth' });
    expect(a.text).not.toContain('Hegseth told Fox News');
  });
});
