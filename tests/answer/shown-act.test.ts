import { beforeAll, describe, expect, it } from 'vitest';
import type { ActReading } from '../../src/answer/asked-act.ts';
import { askedPredicate } from '../../src/answer/asked-predicate.ts';
import type { AnswerEngine } from '../../src/answer/engine.ts';
import type { Runtime } from '../../src/answer/create.ts';
import type { Draft } from '../../src/answer/handlers.ts';
import type { Sentence } from '../../src/knowledge/schema.ts';
import { shownActLemma, shownSaysAct, type ShownActWords } from '../../src/answer/shown-act.ts';
import { fixtureEngine, shippedRuntime, testActReading } from './setup.ts';

let runtime: Runtime;
let reading: ActReading;

beforeAll(async () => {
  runtime = await shippedRuntime();
  reading = testActReading(runtime);
}, 120_000);

const act = (q: string) => {
  const analysis = runtime.questionNlp.analyse(q);
  return shownActLemma(analysis, askedPredicate(analysis, reading));
};

describe('shownActLemma', () => {
  it("returns the question's predicate", () => {
    expect(act('Was anyone ever put on trial for the raid on the Brite Ranch?')).toBe('trial');
  });

  it('returns the verb a permission leads on to', () => {
    expect(act('Are the Stryker soldiers allowed to arrest migrants at the border?')).toBe('arrest');
  });

  it('returns null for a verb of a later clause whose "that" is left out', () => {
    expect(act('did trump have any proof the dems were paying for the caravan')).toBeNull();
  });
});

describe('shownSaysAct', () => {
  const sentence = (id: string, lemmas: string[], text = 'A sentence of its own.') =>
    ({ id, lemmas, text }) as unknown as Sentence;
  const sentences = new Map([
    ['s1', sentence('s1', ['raid', 'ranch', 'christmas'])],
    ['s2', sentence('s2', ['soldier', 'detain', 'woman'])],
    ['s3', sentence('s3', ['order', 'try', 'prisoner'], 'The orders were to try the prisoners.')],
    ['s4', sentence('s4', ['urrea'], "Urrea didn't.")],
  ]);
  const order = ['s1', 's2', 's3', 's4'];
  const index = {
    evidenceSentenceIds: (e: { id: string }) => [e.id],
    sentence: (id: string) => sentences.get(id) ?? null,
    neighbour: (id: string, offset: number) => sentences.get(order[order.indexOf(id) + offset] ?? '') ?? null,
  } as unknown as Parameters<typeof shownSaysAct>[2];
  const words: ShownActWords = {
    synonymsOf: (l) => (l === 'arrest' ? ['detain'] : []),
    sameStem: () => [],
    wordNetSays: () => false,
    nearest: (l, lemmas) => (l === 'deport' && lemmas.has('detain') ? 0.75 : 0.2),
  };
  const draft = (id: string) => ({ evidence: [{ kind: 'sentence', id }] }) as unknown as Draft;

  it('returns true when a shown sentence leaves out the verb phrase the sentence before says', () => {
    expect(shownSaysAct(draft('s4'), 'trial', index, words)).toBe(false);
    expect(shownSaysAct(draft('s4'), 'try', index, words)).toBe(true);
  });

  it('returns false when no shown sentence says the act in any word', () => {
    expect(shownSaysAct(draft('s1'), 'trial', index, words)).toBe(false);
  });

  it('returns true when a shown sentence says it by a synonym or a near word', () => {
    expect(shownSaysAct(draft('s2'), 'arrest', index, words)).toBe(true);
    expect(shownSaysAct(draft('s2'), 'deport', index, words)).toBe(true);
  });

  it('returns true with no act to test', () => {
    expect(shownSaysAct(draft('s1'), null, index, words)).toBe(true);
  });
});

describe('a yes/no question whose shown evidence never says the asked act', () => {
  let raids: AnswerEngine;
  let strykers: AnswerEngine;
  beforeAll(async () => {
    raids = await fixtureEngine(runtime, 'articles-22');
    strykers = await fixtureEngine(runtime, 'articles-9');
  }, 240_000);

  it('is declined when the shown sentences name the raid but no trial', async () => {
    const q = 'Was anyone ever put on trial for the raid on the Brite Ranch?';
    expect((await raids.ask(q, { userId: 'trial' })).answered).toBe(false);
  });

  it('is still answered when the shown sentences say the act a permission leads to', async () => {
    const q = 'Are the Stryker soldiers allowed to arrest migrants at the border?';
    expect((await strykers.ask(q, { userId: 'stryker' })).answered).toBe(true);
  });
});
