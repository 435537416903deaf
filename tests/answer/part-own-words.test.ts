/** A later part of a two-part message: found in its story by the other part, answered there by its own words. */
import { beforeAll, describe, expect, it } from 'vitest';
import type { Runtime } from '../../src/answer/create.ts';
import type { Draft } from '../../src/answer/handlers.ts';
import { ownWordsInStory, storyOf } from '../../src/answer/part-own-words.ts';
import type { Understanding } from '../../src/answer/understanding.ts';
import { engineFor } from '../../src/eval/sets.ts';
import { fixtureEngine, shippedRuntime } from './setup.ts';

let runtime: Runtime;
beforeAll(async () => {
  runtime = await shippedRuntime();
});

const draft = (confidence: number, ids: string[]): Draft => ({
  answeredAs: 'what',
  confidence,
  direct: null,
  lead: null,
  evidence: ids.map((id) => ({
    kind: 'sentence',
    id,
    sourceId: id.split('#')[0] ?? id,
    text: id,
    speaker: null,
    context: null,
    social: false,
  })),
  lines: [],
  focus: [],
});
const own = { outletSourceIds: [] } as unknown as Understanding;
const fits = (d: Draft | null): d is Draft => d !== null;

describe('storyOf', () => {
  it('returns the articles of the evidence once each, in the order shown', () => {
    expect(storyOf(draft(1, ['a#1.1', 'b#2.1', 'a#3.1']))).toEqual(['a', 'b']);
  });
});

describe('ownWordsInStory', () => {
  it('asks again only within the articles the part was first answered from', () => {
    let asked: string[] = [];
    ownWordsInStory(draft(0.5, ['ledger#5.3']), own, (u) => ((asked = u.outletSourceIds), null), fits);
    expect(asked).toEqual(['ledger']);
  });

  it('takes the answer on the part’s own words when it covers them better and leads with a new sentence', () => {
    const again = draft(0.89, ['ledger#20.1']);
    expect(ownWordsInStory(draft(0.51, ['ledger#5.3']), own, () => again, fits)).toBe(again);
  });

  it('keeps the first answer when the own words cover no better (a vague part leans on the other)', () => {
    const first = draft(1, ['herald#1.1']);
    expect(ownWordsInStory(first, own, () => draft(1, ['herald#9.1']), fits)).toBe(first);
  });

  it('keeps the first answer when the own words lead with a sentence it already shows', () => {
    const first = draft(0.7, ['herald#1.1', 'herald#2.1']);
    expect(ownWordsInStory(first, own, () => draft(0.9, ['herald#2.1']), fits)).toBe(first);
  });

  it('keeps the first answer when the part names its articles itself', () => {
    const first = draft(0.5, ['a#1.1']);
    const named = { outletSourceIds: ['b'] } as unknown as Understanding;
    expect(ownWordsInStory(first, named, () => draft(1, ['b#1.1']), fits)).toBe(first);
  });
});

describe('a two-part message', () => {
  it('answers the later part from its own sentence in the first part’s article, not the first part’s again', async () => {
    const engine = await fixtureEngine(runtime, 'articles-7');
    const a = await engine.ask(
      'How many people were charged over the Otay Mesa rail tunnel in May 2022, and which agency took credit for finding it?',
      { userId: 'parts-own-1' },
    );
    expect(a.text).toContain('Six people');
    expect(a.text).toContain('Homeland Security Investigations');
  });

  it('keeps a vague later part on the sentence the other part points to ("where was she when she said it")', async () => {
    const engine = engineFor(runtime, runtime.kb);
    const a = await engine.ask('what did Sheinbaum say on Saturday, and where was she when she said it?', {
      userId: 'parts-own-2',
    });
    expect(a.text).toContain('eastern Mexico');
  });
});
