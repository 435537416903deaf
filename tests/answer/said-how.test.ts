import { beforeAll, describe, expect, it } from 'vitest';
import type { Runtime } from '../../src/answer/create.ts';
import type { Draft } from '../../src/answer/handlers.ts';
import type { Sentence } from '../../src/knowledge/schema.ts';
import { reportedAct, shownSaysReportedAct } from '../../src/answer/said-how.ts';
import type { ShownActWords } from '../../src/answer/shown-act.ts';
import { shippedRuntime } from './setup.ts';

let runtime: Runtime;
const sayings = new Set(['say', 'tell', 'explain']);

beforeAll(async () => {
  runtime = await shippedRuntime();
}, 120_000);

const read = (q: string) => reportedAct(runtime.questionNlp.analyse(q), sayings);

describe('the act a question of what someone said asks about', () => {
  it('is the verb of the clause a verb of saying opens, with the things it is said of', () => {
    const act = read('Did the mayor say how the $4 million grant will be divided among the towns?');
    expect(act?.lemma).toBe('divide');
    expect(act?.things).toEqual(expect.arrayContaining(['grant', 'town']));
  });

  it('is none when the saying verb opens no question', () => {
    expect(read('Did the mayor say anything about the grant?')).toBeNull();
  });

  it('is none for a question that asks no yes or no', () => {
    expect(read('How did the mayor say the grant will be divided?')).toBeNull();
  });
});

describe('a reported act in the shown sentences', () => {
  const sentence = (id: string, lemmas: string[]) => ({ id, lemmas }) as unknown as Sentence;
  const sentences = new Map([
    ['s1', sentence('s1', ['council', 'remain', 'divide', 'whether', 'bridge', 'belong'])],
    ['s2', sentence('s2', ['state', 'award', 'grant', 'town'])],
    ['s3', sentence('s3', ['grant', 'split', 'evenly', 'town'])],
  ]);
  const index = {
    evidenceSentenceIds: (e: { id: string }) => [e.id],
    sentence: (id: string) => sentences.get(id) ?? null,
  } as unknown as Parameters<typeof shownSaysReportedAct>[2];
  const words: ShownActWords = {
    synonymsOf: (l) => (l === 'divide' ? ['split'] : []),
    sameStem: () => [],
    wordNetSays: () => false,
    nearest: () => 0.2,
  };
  const draft = (...ids: string[]) =>
    ({ evidence: ids.map((id) => ({ kind: 'sentence', id })) }) as unknown as Draft;
  const act = { lemma: 'divide', things: ['grant', 'town'] };

  it('is not said by the word said of something else beside a sentence naming the things', () => {
    expect(shownSaysReportedAct(draft('s1', 's2'), act, index, words)).toBe(false);
  });

  it('is said by a sentence saying the act, in any of its words, of the things asked', () => {
    expect(shownSaysReportedAct(draft('s2', 's3'), act, index, words)).toBe(true);
  });

  it('lets any draft through when there is no reported act', () => {
    expect(shownSaysReportedAct(draft('s1'), null, index, words)).toBe(true);
  });
});
